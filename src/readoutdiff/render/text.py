"""The terminal view: a header, the key changes, passages in B's reading order, then formulas."""

from __future__ import annotations

from collections.abc import Mapping

from readoutdiff.formulas.keys.key_changes import NO_CHANGE, key_changes
from readoutdiff.formulas.keys.key_record import in_columns
from readoutdiff.formulas.keys.naming import anchor_fates, anchor_names, one_line
from readoutdiff.languages import language
from readoutdiff.model import Alignment, Comparison, Op, Readout, Status
from readoutdiff.model.spacing import spacing_as_equal
from readoutdiff.render import labels
from readoutdiff.render.escape import shown_path, shown_text

_STYLE = {
    Op.DELETE: ("\x1b[9;31m", "\x1b[0m"),  # struck through, red
    Op.INSERT: ("\x1b[4;32m", "\x1b[0m"),  # underlined, green
}
_MARKERS = {Op.DELETE: ("[-", "-]"), Op.INSERT: ("{+", "+}")}
_SIGNS = {Status.UNCHANGED: "=", Status.CHANGED: "~", Status.DROPPED: "-", Status.ADDED: "+"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"
_FOLD_WIDTH = 96
"""Columns of an unchanged passage folded to one line: a Chinese character takes two, so a
Chinese passage is cut at about half as many characters (:func:`in_columns`)."""


def render_text(comparison: Comparison, *, color: bool = False) -> str:
    """Return the terminal view; ``color`` uses ANSI colours, else ``[-…-]{+…+}`` markers.

    >>> from readoutdiff import compare, from_text
    >>> view = render_text(compare(from_text("We met."), from_text("We met today.")))
    >>> view.splitlines()[-1]
    '    We met{+ today+}.'
    """
    names = anchor_names(comparison)  # for the key changes and the formula list
    out = _header(comparison, color) + _key_changes(comparison, names, color)
    across = labels.across_languages(comparison)
    for alignment in comparison.alignments:
        out.extend(_passage(alignment, comparison, color, across))
    out.extend(_formulas(comparison, names, color))
    out.extend(_ignored(comparison))
    out.extend(f"note: {note}" for note in comparison.notes)
    return "\n".join(out) + "\n"


def _shown(text: str) -> str:
    """Readout text as it may reach a terminal: control characters and bidi marks spelled out."""
    return shown_text(text)


def _bold(text: str, color: bool) -> str:
    return f"{_BOLD}{text}{_RESET}" if color else text


def _describe(label: str, readout: Readout) -> str:
    title = f"“{readout.title}”" if readout.title else None
    name = language(readout.language).name
    facts = ", ".join(fact for fact in (readout.date, title, name, *readout.notes) if fact)
    return _shown(f"{label} {shown_path(readout.path)}" + (f"  ({facts})" if facts else ""))


def _header(comparison: Comparison, color: bool) -> list[str]:
    summary = f"similarity {comparison.similarity:.2f} · {labels.counts(comparison)}"
    return [
        _bold(_describe("A", comparison.a), color),
        _bold(_describe("B", comparison.b), color),
        summary,
        "",
    ]


def _key_changes(comparison: Comparison, names: Mapping[str, str], color: bool) -> list[str]:
    keys = key_changes(comparison, names)
    if not keys:  # the same passages: say so, where a reader looks for what changed
        return [_bold("Key changes", color), f"  {NO_CHANGE}", ""]
    lines = [f"  {rank}. {_shown(key.summary)}" for rank, key in enumerate(keys, 1)]
    return [_bold("Key changes", color), *lines, ""]


def _passage(alignment: Alignment, comparison: Comparison, color: bool, across: bool) -> list[str]:
    sign = _SIGNS[alignment.status]
    where = labels.place(alignment, comparison)
    head = f"{sign} {where}  {labels.kind(alignment)}"
    if alignment.status is Status.CHANGED:
        head += f", score {alignment.score:.2f}"
    if alignment.status is Status.UNCHANGED and not alignment.moved:
        folded = in_columns(one_line(alignment.b_text), _FOLD_WIDTH)
        line = f"{sign} {where}  {_shown(folded)}"
        return [f"{_DIM}{line}{_RESET}" if color else line]
    if across and alignment.status is Status.CHANGED:  # two languages: no word diff, both sides
        a_text, b_text = one_line(alignment.a_text), one_line(alignment.b_text)
        return [head, f"    A: {_shown(a_text)}", f"    B: {_shown(b_text)}"]
    return [head, "    " + _marked(alignment, color)]


def _marked(alignment: Alignment, color: bool) -> str:
    if alignment.status in (Status.DROPPED, Status.ADDED):
        return _shown(one_line(alignment.a_text or alignment.b_text))
    pieces = []
    for op in spacing_as_equal(alignment.ops, Op.INSERT):
        if op.op is Op.EQUAL:
            pieces.append(_shown(one_line(op.text)))
        else:
            start, end = (_STYLE if color else _MARKERS)[op.op]
            pieces.append(f"{start}{_shown(one_line(op.text))}{end}")
    return "".join(pieces)


def _formulas(comparison: Comparison, names: Mapping[str, str], color: bool) -> list[str]:
    groups = labels.formulas_by_status(comparison)
    if not groups:
        return []
    fates = anchor_fates(comparison)
    out = ["", _bold("Formulas", color)]
    for status, formulas in groups:
        out.append(f"  {status.value} ({len(formulas)})")
        for formula in formulas:
            mined = " [mined]" if formula.source.value == "mined" else ""
            variant = " (variant)" if formula.variant else ""
            out.append(
                f"    {_shown(labels.formula_wording(formula, names, fates))}{variant}{mined}"
                f"  {labels.formula_lines(formula, comparison)}"
            )
    return out


def _ignored(comparison: Comparison) -> list[str]:
    items = [("A", item) for item in comparison.a.ignored] + [
        ("B", item) for item in comparison.b.ignored
    ]
    if not items:
        return []
    return ["", "Ignored (not compared):"] + [
        f"  {side} {item.span.line}  {item.reason}: {_shown(one_line(item.text))}"
        for side, item in items
    ]
