"""The check stage (``readoutdiff check``, the CI mode): rules × comparison → findings.

- :mod:`~readoutdiff.check.rules`: the rules file (TOML) and the default rules;
- :mod:`~readoutdiff.check.apply`: each rule applied to one comparison, one outcome per rule.

The public names live here, so ``from readoutdiff.check import check, run`` stays where
callers (the ``check`` command, the ``render.check_*`` modules) expect it.
"""

from readoutdiff.check.apply import (
    CheckResult,
    Finding,
    Outcome,
    check,
    newest_pair,
    readout_files,
    run,
)

__all__ = ["CheckResult", "Finding", "Outcome", "check", "newest_pair", "readout_files", "run"]
