"""The Markdown summary of ``readoutdiff check``: a CI job summary (``$GITHUB_STEP_SUMMARY``).

It opens with the verdict and the counts, then the key changes of the comparison (the same
ranked, quoted list that leads every output of ``readoutdiff A B``), then the full list:
every rule, every finding (errors first) and every formula that did not persist.
"""

from __future__ import annotations

from readoutdiff.check import CheckResult, Finding
from readoutdiff.check.rules import Severity
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.formulas.keys.key_record import inner, point_text
from readoutdiff.formulas.keys.naming import anchor_fates, anchor_names
from readoutdiff.model import Formula, FormulaStatus, Readout, Status
from readoutdiff.model.figures import said_similarity
from readoutdiff.model.places import place, told
from readoutdiff.render.check_text import in_reading_order
from readoutdiff.render.escape import shown_path
from readoutdiff.render.labels import (
    PAIRED,
    a_first,
    across_languages,
    around_what,
    formula_word,
    lone_words,
    one_call,
)
from readoutdiff.render.markdown import _escape


def render_check_markdown(result: CheckResult) -> str:
    """Return the job summary of ``result``.

    >>> from readoutdiff.check import check
    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.check.rules import parse
    >>> old = from_text("They met. They respect core interests.", path="old.txt")
    >>> rules = parse('[[watch]]\\ntext = "core interests"')
    >>> summary = render_check_markdown(check(compare(old, from_text("They met.", path="new.txt")), rules))
    >>> print(summary.splitlines()[0])
    ## readoutdiff check failed: 1 error, 0 warnings
    """
    errors, warnings = result.count(Severity.ERROR), result.count(Severity.WARNING)
    verdict = "failed" if result.failed else "passed"
    findings = sorted(  # errors first, each rule's in reading order as the terminal has them
        (f for outcome in result.outcomes for f in in_reading_order(outcome.findings)),
        key=lambda f: f.severity is not Severity.ERROR,
    )
    out = [
        f"## readoutdiff check {verdict}: {errors} error{'s' * (errors != 1)}, "
        f"{warnings} warning{'s' * (warnings != 1)}",
        "",
        f"A `{_code(shown_path(result.old.path))}` → B `{_code(shown_path(result.new.path))}` "
        f"· similarity {said_similarity(result.similarity)}",
        "",
        *(  # the pair view's notes, in its words: this summary names the sides A and B (u71)
            f"> note: {_cell(note)}\n"
            for note in (result.comparison.notes if result.comparison else ())
        ),
        "| | " + " | ".join(_formula_heads(result)) + " |",
        "| --- |" + " ---: |" * len(result.formula_counts()),
        "| formulas | " + " | ".join(map(str, _formula_values(result))) + " |",
        "",
        "| | " + " | ".join(_passage_heads(result)) + " |",
        "| --- |" + " ---: |" * len(result.passage_counts()),
        "| passages | " + " | ".join(map(str, result.passage_counts().values())) + " |",
        "",
    ]
    names = anchor_names(result.comparison) if result.comparison else {}
    fates = anchor_fates(result.comparison) if result.comparison else {}
    keys = key_changes(result.comparison, names) if result.comparison else ()
    if keys:
        out += ["### Key changes", ""]
        out += [f"{rank}. {_cell(key.summary)}" for rank, key in enumerate(keys, 1)]
        out.append("")
    out += [
        "### Rules",
        "",
        "| rule | severity | result | findings |",
        "| --- | --- | --- | --- |",
    ]
    for outcome in result.outcomes:
        state = "broken" if outcome.broken else "kept"
        out.append(
            f"| {_cell(outcome.rule.name)} | {outcome.rule.severity.value} | {state}: "
            f"{_cell(outcome.summary)} | {len(outcome.findings)} |"
        )
    if findings:
        out += ["", "### All findings", "", "| severity | where | message |", "| --- | --- | --- |"]
        out += [
            f"| {f.severity.value} | {_cell(_where(f))} | {_cell(f.message)} |" for f in findings
        ]
    moved = [f for f in _formulas(result) if f.status is not FormulaStatus.PERSISTED]
    if moved:
        out += ["", "### Formulas that did not persist", "", "| status | old | new |"]
        out += ["| --- | --- | --- |"]
        out += [
            f"| {_status(f, result)} | {_wording(f, result.old, 'a', around_what(f, names, fates))} "
            f"| {_wording(f, result.new, 'b')} |"
            for f in moved
        ]
    return "\n".join(out) + "\n"


def _formulas(result: CheckResult) -> tuple[Formula, ...]:
    order = {FormulaStatus.DROPPED: 0, FormulaStatus.CHANGED: 1, FormulaStatus.APPEARED: 2}
    formulas = result.comparison.formulas if result.comparison else ()
    return tuple(sorted(formulas, key=lambda f: order.get(f.status, 3)))


def _wording(formula: Formula, readout: Readout, side: str, around: str = "") -> str:
    text, spans = (
        (formula.a_text, formula.a_spans) if side == "a" else (formula.b_text, formula.b_spans)
    )
    if text is None:
        return ""
    line = f" ({told(place(readout, spans[0]))})" if spans else ""
    return _cell(f"{around}“{inner(point_text(text))}”{line}")  # from the point's text


def nothing_summary(said: str, why: str = "nothing to compare yet") -> str:
    """The job summary of a check that passed with nothing compared (``why``): a folder's first
    readout, a readout first by date, or a ``--since`` that found none; ``said`` is its note,
    already Markdown (:func:`prose`, or :func:`readoutdiff.render.check_since.found_markdown`).
    One heading for ``check DIR`` and ``check DIR --since`` (branch fix4: written in two places).

    >>> print(nothing_summary(prose("nothing to compare yet: r/*a*.txt is the first readout")), end="")
    ## readoutdiff check passed: nothing to compare yet
    <BLANKLINE>
    nothing to compare yet: r/\\*a\\*.txt is the first readout.
    """
    return f"## readoutdiff check passed: {why}\n\n{said}.\n"


def prose(text: str) -> str:
    """``text`` (a note naming files) as Markdown that shows it as it is: a file name holding
    ``*``, ``_`` or ``[`` restyled the summary (rev19's finding)."""
    return _escape(text)


def code(text: str) -> str:
    """``text`` as a Markdown code span (a backtick in it, which would end the span, shown as
    ``'``).

    >>> code("readouts/a*b[1].txt")
    '`readouts/a*b[1].txt`'
    """
    return f"`{_code(text)}`"


def _where(finding: Finding) -> str:
    path = shown_path(finding.path)
    return f"{path}:{finding.line}" if finding.line is not None else path


def _cell(text: str) -> str:
    """Escape text for a Markdown table cell or list item (no HTML, no column breaks)."""
    for raw, escaped in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|")):
        text = text.replace(raw, escaped)
    return " ".join(text.split())


def _passage_heads(result: CheckResult) -> list[str]:
    """The passages table's heads: the statuses, "paired" for "changed" when the readouts are
    two languages (a translation is no change: ux6, as the pair views say since ux5; the JSON
    keeps "changed"), and "only in old, Chinese" / "only in new, English" for "dropped" /
    "added" when they are two versions of one call (ux9)."""
    heads = list(result.passage_counts())
    comparison = result.comparison
    if comparison is None or not across_languages(comparison):
        return heads
    lone = lone_words(comparison, OLD_NEW)
    words = {
        Status.CHANGED.value: PAIRED,
        Status.DROPPED.value: lone[0],
        Status.ADDED.value: lone[1],
    }
    return [words.get(head, head) for head in heads]


OLD_NEW = ("old", "new")
"""How check names A and B in its findings ("only in old, the Chinese version", ux8), and so in
its tables."""


def _formula_heads(result: CheckResult) -> list[str]:
    """The formulas table's heads: the statuses, "only in old, Chinese" for ``dropped`` and
    "only in new, English" for ``appeared`` when old and new are two languages' versions of
    one call, old's first (:func:`~readoutdiff.render.labels.formula_word`; the JSON keeps the keys)."""
    heads = a_first(list(result.formula_counts()), result.comparison)
    if result.comparison is None or not one_call(result.comparison):
        return list(heads)
    return [formula_word(FormulaStatus(h), result.comparison, OLD_NEW) for h in heads]


def _formula_values(result: CheckResult) -> list[int]:
    """The formulas table's counts, in :func:`_formula_heads`' order (old's before new's for
    two versions of one call, ux10)."""
    counts = result.formula_counts()
    return [counts[head] for head in a_first(list(counts), result.comparison)]


def _status(formula: Formula, result: CheckResult) -> str:
    """A formula's status in the "did not persist" table (:func:`_formula_heads`' words)."""
    if result.comparison is None:
        return formula.status.value
    return formula_word(formula.status, result.comparison, OLD_NEW)


def _code(text: str) -> str:
    return text.replace("`", "'")
