"""The check stage (``readoutdiff check``, the CI mode): rules × comparison → findings.

- :mod:`~readoutdiff.check.rules`: the rules file (TOML) and the default rules;
- :mod:`~readoutdiff.check.apply`: each rule applied to one comparison;
- :mod:`~readoutdiff.check.outcome`: what a check found (findings, one outcome per rule);
- :mod:`~readoutdiff.check.pair`: the two readouts to compare (``OLD NEW`` or a folder's newest).

The public names live here, so ``from readoutdiff.check import check, run`` stays where
callers (the ``check`` command, the ``render.check_*`` modules) expect it.
"""

from readoutdiff.check.apply import check
from readoutdiff.check.outcome import CheckResult, Finding, Outcome
from readoutdiff.check.pair import newest_pair, readout_files, run

__all__ = ["CheckResult", "Finding", "Outcome", "check", "newest_pair", "readout_files", "run"]
