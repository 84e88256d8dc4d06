"""Check a new readout against an old one with rules: the CI mode (``readoutdiff check``).

:func:`check` is pure: a :class:`~readoutdiff.model.Comparison` and
:class:`~readoutdiff.check.rules.Rules` in, one :class:`Outcome` per rule out. A watch
or forbid rule names a formula by id (any of its wordings) or by wording
(matched on folded word stems against the formulas' wordings on each side,
then against the texts themselves, so a wording no lexicon knows still counts).
Formulas a watch or forbid rule speaks for are left out of the generic
``dropped`` and ``changed`` rules, so one change is reported once.

Lines point into each readout's text; for a readout read from an HTML page that
is the extracted text (``Finding.extracted``), not the page's source.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from readoutdiff import readout_paths
from readoutdiff.check.rules import Kind, Rule, Rules, Severity
from readoutdiff.compare import compare
from readoutdiff.errors import InputError, ReadoutError
from readoutdiff.formulas import matcher
from readoutdiff.formulas.phrases import STOP_WORDS, key, readout_words
from readoutdiff.ingest import DEFAULT_MAX_BYTES, HTML_NOTE, load
from readoutdiff.ingest.reading import refuse_shared_streams
from readoutdiff.model import (
    Comparison,
    Entry,
    Formula,
    FormulaStatus,
    Options,
    Readout,
    Span,
    Status,
)

"""Files of a folder that ``check DIR`` reads as readouts (a README excepted)."""


@dataclass(frozen=True, slots=True, kw_only=True)
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
    dropped formula's passage now stands, else the new readout's first line."""


@dataclass(frozen=True, slots=True, kw_only=True)
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


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckResult:
    """Every rule's outcome for one old/new pair."""

    old: Readout
    new: Readout
    similarity: float
    outcomes: tuple[Outcome, ...]
    rules_path: str | None = None
    comparison: Comparison | None = None
    """The comparison the rules were applied to (for counts and the job summary)."""

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
        """Return how many passages are unchanged, changed, moved, dropped and added."""
        alignments = self.comparison.alignments if self.comparison else ()
        counts = {status.value: sum(a.status is status for a in alignments) for status in Status}
        return {**counts, "moved": sum(a.moved for a in alignments)}


def check(comparison: Comparison, rules: Rules) -> CheckResult:
    """Apply ``rules`` to ``comparison`` (A is the old readout, B the new one).

    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.check.rules import parse
    >>> old = from_text("Both uphold true multilateralism. They respect core interests.", path="old.txt")
    >>> new = from_text("They respect core interests.", path="new.txt")
    >>> result = check(compare(old, new), parse('[[watch]]\\ntext = "true multilateralism"'))
    >>> result.failed, [(f.path, f.line, f.message) for o in result.outcomes for f in o.findings]
    (True, [('old.txt', 1, '"true multilateralism" was dropped (old line 1); it must persist')])
    """
    specific = [_specific(rule, comparison) for rule in rules.rules if _is_specific(rule)]
    claimed = {id(formula) for _, formulas in specific for formula in formulas}
    outcomes = []
    for rule in rules.rules:
        if _is_specific(rule):
            outcomes.append(specific.pop(0)[0])
        elif rule.kind is Kind.SIMILARITY:
            outcomes.append(_similarity(rule, comparison))
        else:
            free = [f for f in comparison.formulas if id(f) not in claimed]
            outcomes.append(_generic(rule, comparison, free))
    return CheckResult(
        old=comparison.a, new=comparison.b, similarity=comparison.similarity,
        outcomes=tuple(outcomes), rules_path=rules.path, comparison=comparison,
    )  # fmt: skip


def newest_pair(readouts: Sequence[Readout]) -> tuple[Readout, Readout]:
    """Return the readout before the newest and the newest, by date then file name.

    Undated readouts sort before dated ones.

    >>> from readoutdiff.ingest import from_text
    >>> pair = newest_pair([from_text(f"Met on {d}.", path=p) for d, p in
    ...     (("2021-12-15", "b.txt"), ("2021-06-28", "z.txt"), ("2021-12-15", "a.txt"))])
    >>> [readout.path for readout in pair]
    ['a.txt', 'b.txt']
    """
    if len(readouts) < 2:
        raise InputError("needs at least two readouts to compare the newest with the one before")
    ordered = sorted(readouts, key=lambda r: (r.date or "", Path(r.path).name, r.path))
    return ordered[-2], ordered[-1]


def readout_files(directory: str | os.PathLike[str]) -> list[str]:
    """List the readout files of ``directory`` (not its subfolders), by name."""
    folder = Path(directory)
    try:
        return readout_paths.readout_files(folder)[0]
    except OSError as error:
        raise InputError(f"cannot list it ({error.strerror})", path=str(folder)) from None


def _is_specific(rule: Rule) -> bool:
    return rule.kind in (Kind.WATCH, Kind.FORBID)


def _specific(rule: Rule, comparison: Comparison) -> tuple[Outcome, list[Formula]]:
    formulas = [f for f in comparison.formulas if _names(rule, f.a_text) or _names(rule, f.b_text)]
    if rule.id is not None:
        formulas = [f for f in comparison.formulas if f.id == rule.id]
    old = _spans(rule, formulas, comparison.a, side="a")
    new = _spans(rule, formulas, comparison.b, side="b")
    if rule.kind is Kind.FORBID:
        return _forbid(rule, comparison.b, new), formulas
    return _watch(rule, comparison, formulas, old, new), formulas


def _on_a(rule: Rule, formula: Formula) -> bool:
    return formula.a_text is not None and (rule.id is not None or _names(rule, formula.a_text))


def _names(rule: Rule, wording: str | None) -> bool:
    """Tell whether the rule's wording stands inside ``wording`` (folded word stems)."""
    if rule.text is None or wording is None:
        return False
    wanted, found = _core(key(rule.text)), key(wording)
    return any(found[i : i + len(wanted)] == wanted for i in range(len(found) - len(wanted) + 1))


def _core(stems: tuple[str, ...]) -> tuple[str, ...]:
    """Drop stop words at the edges ("a community ..." is "community ...")."""
    content = [i for i, stem in enumerate(stems) if stem not in STOP_WORDS]
    return stems[content[0] : content[-1] + 1] if content else stems


def _spans(rule: Rule, formulas: list[Formula], readout: Readout, *, side: str) -> list[Span]:
    """Return where the rule's formula stands on one side (B's side of a change is its successor)."""
    if side == "a":
        spans = [s for f in formulas if _on_a(rule, f) for s in f.a_spans]
    else:
        by_id = rule.id is not None
        spans = [
            span
            for f in formulas
            if f.b_text is not None
            and (_names(rule, f.b_text) or by_id and f.status is not FormulaStatus.CHANGED)
            for span in f.b_spans
        ]
    if rule.text is not None and not spans:
        spans = _search(rule.text, readout)
    return sorted(set(spans), key=lambda span: span.start)


def _search(wording: str, readout: Readout) -> list[Span]:
    """Find ``wording`` in the text itself, for wordings no tracked formula carries."""
    search = matcher.build([Entry(id="rule", text=wording, fuzzy=False)])
    return [found.span for found in matcher.find(search, readout, readout_words(readout))]


def _watch(
    rule: Rule, comparison: Comparison, formulas: list[Formula], old: list[Span], new: list[Span]
) -> Outcome:
    name = _quoted(rule, formulas)
    if not old or new:
        seen = "persisted" if old else "appeared" if new else "not in either readout"
        return Outcome(rule=rule, findings=(), summary=f"{seen}{_lines(old, new)}")
    replaced = [f for f in formulas if _on_a(rule, f) and f.b_text is not None and f.b_spans]
    if replaced:
        formula = replaced[0]
        message = (
            f'{name} changed to "{formula.b_text}" (new line {formula.b_spans[0].line}; '
            f"was at old line {old[0].line}); it must persist"
        )
        finding = _finding(rule, message, comparison.b, formula.b_spans[0])
    else:
        message = f"{name} was dropped (old line {old[0].line}); it must persist"
        finding = _finding(rule, message, comparison.a, old[0], _new_place(comparison, old[0]))
    return Outcome(rule=rule, findings=(finding,), summary=message)


def _forbid(rule: Rule, new_readout: Readout, new: list[Span]) -> Outcome:
    by_line = {span.line: span for span in reversed(new)}
    findings = tuple(
        _finding(
            rule,
            f'"{new_readout.text[s.start : s.end]}" appears (new line {line}); it must not',
            new_readout,
            s,
        )  # fmt: skip
        for line, s in sorted(by_line.items())
    )
    summary = findings[0].message if findings else "absent from the new readout"
    return Outcome(rule=rule, findings=findings, summary=summary)


def _similarity(rule: Rule, comparison: Comparison) -> Outcome:
    value = comparison.similarity
    if value >= rule.minimum:
        return Outcome(rule=rule, findings=(), summary=f"similarity {value:.2f}")
    message = f"similarity {value:.2f} is below the minimum {rule.minimum:.2f}"
    finding = Finding(severity=rule.severity, message=message, path=comparison.b.path,
                      extracted=_extracted(comparison.b))  # fmt: skip
    return Outcome(rule=rule, findings=(finding,), summary=message)


def _generic(rule: Rule, comparison: Comparison, formulas: Iterable[Formula]) -> Outcome:
    status = FormulaStatus.DROPPED if rule.kind is Kind.DROPPED else FormulaStatus.CHANGED
    findings = []
    for formula in formulas:
        if formula.status is not status or formula.source not in rule.sources:
            continue
        label = f'"{formula.a_text}"' + (f" ({formula.id})" if formula.id else "")
        if status is FormulaStatus.DROPPED and formula.a_spans:
            message = f"formula {label} was dropped (old line {formula.a_spans[0].line})"
            place = _new_place(comparison, formula.a_spans[0])
            findings.append(_finding(rule, message, comparison.a, formula.a_spans[0], place))
        elif formula.b_spans:
            message = f'formula {label} changed to "{formula.b_text}" (new line {formula.b_spans[0].line})'
            findings.append(_finding(rule, message, comparison.b, formula.b_spans[0]))
    summary = f"{len(findings)} {rule.kind.value}" if findings else f"none {rule.kind.value}"
    return Outcome(rule=rule, findings=tuple(findings), summary=summary)


def _finding(
    rule: Rule, message: str, readout: Readout, span: Span, new_line: int | None = None
) -> Finding:
    """A finding at ``span`` of ``readout``; ``new_line`` defaults to the span's own line."""
    return Finding(severity=rule.severity, message=message, path=readout.path, line=span.line,
                   extracted=_extracted(readout), new_line=new_line or span.line)  # fmt: skip


def _new_place(comparison: Comparison, old: Span) -> int:
    """The new readout's line where the old passage holding ``old`` now stands, else its first."""
    for alignment in comparison.alignments:
        if alignment.b and any(s.span.start <= old.start < s.span.end for s in alignment.a):
            return alignment.b[0].span.line
    first = comparison.b.sentences
    return first[0].span.line if first else 1


def _extracted(readout: Readout) -> bool:
    return HTML_NOTE in readout.notes


def _quoted(rule: Rule, formulas: list[Formula]) -> str:
    if rule.text is not None:
        return f'"{rule.text}"'
    wording = next((f.a_text for f in formulas if f.a_text), None)
    return f'"{wording}" ({rule.id})' if wording else str(rule.id)


def _lines(old: list[Span], new: list[Span]) -> str:
    parts = [
        f"{side} line {spans[0].line}" for side, spans in (("old", old), ("new", new)) if spans
    ]
    return f" ({', '.join(parts)})" if parts else ""


def run(
    paths: Sequence[str], rules: Rules, *, options: Options = Options(),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> CheckResult:  # fmt: skip
    """Load ``OLD NEW`` (or the two newest readouts of ``DIR``), compare them and apply ``rules``."""
    if len(paths) == 1 and Path(paths[0]).is_dir():
        pair = newest_pair([load(path, max_bytes=max_bytes) for path in readout_files(paths[0])])
    elif len(paths) == 2:
        refuse_shared_streams(paths)
        pair = (load(paths[0], max_bytes=max_bytes), load(paths[1], max_bytes=max_bytes))
    elif len(paths) == 1:
        problem = "a single file" if Path(paths[0]).exists() else "no such folder"
        raise InputError(f"{problem}; give OLD NEW (two readouts) or DIR (a folder)", path=paths[0])
    else:
        raise ReadoutError("give OLD NEW (two readouts) or DIR (a folder of readouts)")
    return check(compare(*pair, options=options), rules)
