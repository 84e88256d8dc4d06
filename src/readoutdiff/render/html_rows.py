"""Turn alignments into the rows of the two-column HTML table.

One row per alignment, in the comparison's order (B's reading order, dropped
passages where they stood in A). A moved passage links to the row where it
stood in A, and that row carries a marker linking back. Long runs of
unchanged rows are grouped so the template can fold them.
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.languages.traditional import is_folded, script_as_equal
from readoutdiff.model import Alignment, Comparison, Formula, Op, Readout, Sentence, Status
from readoutdiff.model.places import sentences_place
from readoutdiff.records.record import record
from readoutdiff.render import labels
from readoutdiff.render.html_text import Mark, Run, marks_for, side_runs

FOLD_MIN = 4
"""Runs of at least this many unchanged rows fold into one line."""


@record
class Origin:
    """A marker where a moved passage stood in A, linking to the row that shows it now."""

    id: str
    href: str
    label: str


@record
class Cell:
    """One side of a row."""

    lines: str
    """Line numbers in the file, ``"12"`` or ``"12–14"``; on a line of several sentences with
    the sentence's number on it, ``"3.4"`` or ``"3.4–3.5"``; ``""`` for an empty side."""
    runs: tuple[Run, ...]
    lead: tuple[Origin, ...] = ()
    """Markers of passages that stood just before this text in A."""
    tail: tuple[Origin, ...] = ()
    """Markers of passages that stood just after this text in A."""


@record
class Row:
    """One alignment as a table row."""

    id: str
    status: str
    css: str
    change: bool
    """True when the row is something to review: any status but unchanged, or moved."""
    moved_href: str
    moved_label: str
    a: Cell
    b: Cell
    formulas: tuple[str, ...]
    """Ids of the formulas marked in this row."""
    regrouped: str = ""
    """``"split 1→3"``, ``"merged 2→1"`` or ``"regrouped 2→2"`` (:func:`labels.regrouped`), as
    the text view's head says it; ``""`` for one sentence a side."""


@record
class Group:
    """Consecutive rows: folded (a run of unchanged rows) or shown."""

    folded: bool
    summary: str
    rows: tuple[Row, ...]


def build_rows(comparison: Comparison, formulas: Sequence[tuple[str, Formula]]) -> tuple[Row, ...]:
    """Return one row per alignment; ``formulas`` pairs each formula with its id.

    >>> from readoutdiff import compare, from_text
    >>> c = compare(from_text("We met. Trade grew."), from_text("Trade grew. We met."))
    >>> [(r.id, r.status, r.moved_label) for r in build_rows(c, ())]
    [('r1', 'unchanged', ''), ('r2', 'unchanged', 'moved, in A before A\xa01.2')]
    """
    a_spans = [(fid, span) for fid, formula in formulas for span in formula.a_spans]
    b_spans = [(fid, span) for fid, formula in formulas for span in formula.b_spans]
    lead, tail = _origins(comparison)
    words = not labels.across_languages(comparison)  # two languages: no word diff to mark
    rows = []
    a, b = comparison.a, comparison.b
    scripts = is_folded(a) or is_folded(b)  # a word in the other script alone: no change
    for number, alignment in enumerate(comparison.alignments, 1):
        a_marks = marks_for(alignment.a, a_spans)
        origins = (lead.get(number, ()), tail.get(number, ()))
        a_cell = _cell(
            alignment, Op.DELETE, a_marks, origins, words, scripts, _lines(a, alignment.a)
        )
        b_marks = marks_for(alignment.b, b_spans)
        b_cell = _cell(
            alignment, Op.INSERT, b_marks, ((), ()), words, scripts, _lines(b, alignment.b)
        )
        rows.append(_row(number, alignment, a_cell, b_cell, comparison))
    return tuple(rows)


def fold(rows: Sequence[Row]) -> tuple[Group, ...]:
    """Group ``rows``: each run of ``FOLD_MIN`` or more unchanged, unmoved rows is folded."""
    groups: list[Group] = []
    shown: list[Row] = []
    for same, run in _runs(rows):
        if same and len(run) >= FOLD_MIN:
            if shown:
                groups.append(Group(folded=False, summary="", rows=tuple(shown)))
                shown = []
            groups.append(Group(folded=True, summary=_summary(run), rows=tuple(run)))
        else:
            shown.extend(run)
    if shown:
        groups.append(Group(folded=False, summary="", rows=tuple(shown)))
    return tuple(groups)


def _runs(rows: Sequence[Row]) -> list[tuple[bool, list[Row]]]:
    """Split ``rows`` into maximal runs of unchanged rows and of other rows."""
    runs: list[tuple[bool, list[Row]]] = []
    for row in rows:
        same = row.status == Status.UNCHANGED.value and not row.moved_href  # never "paired"
        if runs and runs[-1][0] == same:
            runs[-1][1].append(row)
        else:
            runs.append((same, [row]))
    return runs


def _summary(run: Sequence[Row]) -> str:
    first_a, last_a = run[0].a.lines.split("–")[0], run[-1].a.lines.split("–")[-1]
    first_b, last_b = run[0].b.lines.split("–")[0], run[-1].b.lines.split("–")[-1]
    return f"{len(run)} unchanged passages · A {first_a}–{last_a} · B {first_b}–{last_b}"


def _moved_label(alignment: Alignment, comparison: Comparison, lines: str) -> str:
    """A moved row's label: the passage it followed in A (its own place may be the same
    number in A and B), else where it stood; ``""`` when not moved."""
    if not alignment.moved:
        return ""
    after = labels.moved_from(alignment, comparison)
    if not after:
        return f"moved from A\u00a0{lines}"
    words, at = after.rsplit(" ", 1)
    return f"moved, {words}\u00a0{at}"  # "A 1.2" never broken


def _row(
    number: int, alignment: Alignment, a_cell: Cell, b_cell: Cell, comparison: Comparison
) -> Row:
    status = labels.status_word(alignment, comparison)
    marked = (part.formulas for cell in (a_cell, b_cell) for run in cell.runs for part in run.parts)
    return Row(
        id=f"r{number}",
        status=status,
        # "only in A, Chinese" is shown, its row styled as the dropped one it is (ux9)
        css=f"s-{status if status == labels.PAIRED else alignment.status.value}"
        + (" moved" if alignment.moved else ""),
        # a passage beside its translation ("paired") is no stop of n/p nor a row of "Changes
        # only": what differs between two versions is what one of them lacks (ux5)
        change=status not in (Status.UNCHANGED.value, labels.PAIRED) or alignment.moved,
        moved_href=f"#o{number}" if alignment.moved else "",
        moved_label=_moved_label(alignment, comparison, a_cell.lines),
        a=a_cell,
        b=b_cell,
        formulas=tuple(dict.fromkeys(fid for ids in marked for fid in ids.split())),
        regrouped=labels.regrouped(alignment),
    )


def _cell(
    alignment: Alignment,
    keep: Op,
    marks: tuple[Mark, ...],
    origins: tuple[tuple[Origin, ...], tuple[Origin, ...]],
    words: bool,
    scripts: bool,
    lines: str,
) -> Cell:
    """One side of a row; ``words`` marks the word diff (not between two languages), in which
    with ``scripts`` (a side is Traditional Chinese) a word written in the other script alone
    is unmarked, in the side's own characters."""
    text = alignment.a_text if keep is Op.DELETE else alignment.b_text
    ops = alignment.ops if words and alignment.status is Status.CHANGED else ()
    if scripts and ops:
        ops = script_as_equal(ops, keep)
    lead, tail = origins
    runs = side_runs(text, ops, keep, marks)
    return Cell(lines=lines, runs=runs, lead=lead, tail=tail)


def _lines(readout: Readout, sentences: Sequence[Sentence]) -> str:
    """Return where ``sentences`` stand in the file: ``"12"``, ``"12–14"``, ``"3.4"`` (line 3,
    sentence 4 of a line of several), ``"3.4–3.5"`` or ``""``."""
    if not sentences:
        return ""
    last = sentences[-1]
    breaks = last.text.count("\n") + last.text.count("\r") - last.text.count("\r\n")
    if breaks:  # a sentence over several lines: the lines it covers
        return f"{sentences[0].span.line}–{last.span.line + breaks}"
    return sentences_place(readout, tuple(sentences), dash="–")


_Markers = dict[int, tuple[Origin, ...]]


def _origins(comparison: Comparison) -> tuple[_Markers, _Markers]:
    """Return, by row number, markers where moved passages stood: before and after the A text."""
    alignments = comparison.alignments
    row_of = {s.index: n for n, al in enumerate(alignments, 1) for s in al.a}
    lead: _Markers = {}
    tail: _Markers = {}
    for number, alignment in enumerate(alignments, 1):
        if not alignment.moved or not alignment.a:
            continue
        after = row_of.get(alignment.a[0].index - 1)
        where = after or row_of.get(alignment.a[-1].index + 1) or number
        a_lines, b_lines = _lines(comparison.a, alignment.a), _lines(comparison.b, alignment.b)
        label = f"A\u00a0{a_lines} stood here; moved to B\u00a0{b_lines}"
        marker = Origin(id=f"o{number}", href=f"#r{number}", label=label)
        markers = tail if after else lead
        markers[where] = (*markers.get(where, ()), marker)
    return lead, tail
