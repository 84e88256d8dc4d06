"""What a check found: each broken rule's findings, one outcome per rule, the whole result.

Lines point into each readout's text; for a readout read from an HTML page that is the
extracted text (``Finding.extracted``), not the page's source.
"""

from __future__ import annotations

from readoutdiff.check.rules import Rule, Severity
from readoutdiff.model import Comparison, FormulaStatus, Readout, Status
from readoutdiff.records.record import record


@record
class Finding:
    """One way a rule is broken, with the place to look."""

    severity: Severity
    message: str
    path: str
    """The readout to look in: the new one, or the old one for a drop."""
    line: int | None = None
    """1-based line in that readout's text; None for the whole file."""
    extracted: bool = False
    """The readout was read from an HTML page: ``line`` counts lines of its extracted text."""
    new_line: int | None = None
    """The new readout's line where the change has its place (for a pull request's annotation):
    ``line`` for a finding in the new readout; for a drop, the line of the new readout where the
    dropped formula's passage now stands, or where it stood when the new readout dropped it
    too (the passage after it there, else the last before it: ux18), else the new readout's
    first line."""
    formula: str | None = None
    """The id of the formula the finding is about (``core-interests``, ``mined:…``,
    ``good-neighbor-treaty/context``), for machines; the message names it by its words."""
    column: int | None = None
    """1-based column on ``line`` where the finding's wording starts, when that line holds
    several sentences (a readout body of one line holds every finding); None on a line of one
    sentence, where the line finds it."""
    new_column: int | None = None
    """The same on ``new_line`` (of the wording, or of the passage a drop's now stands in)."""


@record
class Outcome:
    """What one rule found."""

    rule: Rule
    findings: tuple[Finding, ...]
    summary: str
    """One line on what was seen, e.g. ``persisted (old line 6, new line 5)``."""

    @property
    def broken(self) -> bool:
        """True when the rule found something to report."""
        return bool(self.findings)


@record
class CheckResult:
    """Every rule's outcome for one old/new pair."""

    old: Readout
    new: Readout
    similarity: float
    outcomes: tuple[Outcome, ...]
    rules_path: str | None = None
    comparison: Comparison | None = None
    """The comparison the rules were applied to (for counts and the job summary)."""
    nothing: str = ""
    """Why nothing was compared, when nothing was: a folder of one readout (``check DIR`` on
    the first readout committed), whose ``old`` and ``new`` are that readout and whose rules
    did not run (no outcome). The reports written then say so (branch fix2)."""

    @property
    def failed(self) -> bool:
        """True when a rule with severity error is broken (exit status 1)."""
        return any(o.broken and o.rule.severity is Severity.ERROR for o in self.outcomes)

    def count(self, severity: Severity) -> int:
        """Return how many findings have ``severity``."""
        return sum(f.severity is severity for o in self.outcomes for f in o.findings)

    def formula_counts(self) -> dict[str, int]:
        """Return how many formulas persisted, changed, appeared and dropped."""
        formulas = self.comparison.formulas if self.comparison else ()
        return {status.value: sum(f.status is status for f in formulas) for status in FormulaStatus}

    def passage_counts(self) -> dict[str, int]:
        """Return how many passages are unchanged, changed, moved, dropped and added, in that
        order: the pair views' (HTML header, text counts line, JSON ``alignments``), so the check
        summary's table lists "moved" after "changed"/"paired" too (ux12; it came last)."""
        alignments = self.comparison.alignments if self.comparison else ()
        counts = [(status.value, sum(a.status is status for a in alignments)) for status in Status]
        counts.insert(2, ("moved", sum(a.moved for a in alignments)))
        return dict(counts)
