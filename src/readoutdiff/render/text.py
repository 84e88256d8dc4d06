"""The terminal view: a header, the key changes, passages in B's reading order, then formulas."""

from __future__ import annotations

import re
from collections.abc import Mapping

from readoutdiff.formulas.keys.key_changes import NO_CHANGE, key_changes
from readoutdiff.formulas.keys.key_record import WHERE, columns, in_columns, inner
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
"""Columns of an unchanged passage folded to one line (fewer on a terminal too narrow for
them with the passage's place before them): a Chinese character takes two, so a
Chinese passage is cut at about half as many characters (:func:`in_columns`)."""


def render_text(comparison: Comparison, *, color: bool = False, width: int | None = None) -> str:
    """Return the terminal view; ``color`` uses ANSI colours, else ``[-…-]{+…+}`` markers.

    ``width``: the terminal's columns, to wrap the key changes to with a hanging indent under
    their numbers (a Chinese character takes two columns), and an unchanged passage's one
    line folded to fit it; None leaves every key change whole, as a file, a pipe or a pager
    wants it (the changed passages are always left to the terminal).

    >>> from readoutdiff import compare, from_text
    >>> view = render_text(compare(from_text("We met."), from_text("We met today.")))
    >>> view.splitlines()[-1]
    '    We met{+ today+}.'
    """
    names = anchor_names(comparison)  # for the key changes and the formula list
    out = _header(comparison, color) + _key_changes(comparison, names, color, width)
    across = labels.across_languages(comparison)
    for alignment in comparison.alignments:
        out.extend(_passage(alignment, comparison, color, across, width))
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
    title = f"“{inner(readout.title)}”" if readout.title else None
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


def _key_changes(
    comparison: Comparison, names: Mapping[str, str], color: bool, width: int | None
) -> list[str]:
    keys = key_changes(comparison, names)
    if not keys:  # the same passages: say so, where a reader looks for what changed
        return [_bold("Key changes", color), *_wrapped(f"  {NO_CHANGE}", width, 2), ""]
    lines = [
        line
        for rank, key in enumerate(keys, 1)
        for line in _wrapped(f"  {rank}. {_shown(key.summary)}", width, len(f"  {rank}. "))
    ]
    return [_bold("Key changes", color), *lines, ""]


_WIDE = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_CLOSERS = "，。、；：！？）》」』】”’…,.;:!?)"
_JOIN = "\ue000"
"""Stands for a space no line may break at (a private-use character, never in a summary)."""
_UNIT = re.compile(
    rf"(?:[^\s{_WIDE}]*[“‘][{_WIDE}]{{1,16}}[”’]|[^\s{_WIDE}]+[{_WIDE}]?|[{_WIDE}])[{_CLOSERS}]*\s*|\s+"
)
"""Where a line may break: after a word's spaces, or after any Chinese character (with the
marks that close it: no line opens with "，" or "”"); an opening “ stays with what follows,
and a Chinese name or formula in quotes (“一带一路”, “中沙关系处于历史最好时期”: sixteen
characters at most, 32 columns; ‘一带一路’ inside a key change's quote) is never broken."""


def _wrapped(line: str, width: int | None, indent: int) -> list[str]:
    """``line`` in lines of at most ``width`` columns, each after the first indented by
    ``indent`` spaces (a word longer than a line stands alone; a place, "(A line 3, sentence
    2)", is never broken); ``line`` whole if no width.

    >>> _wrapped("  1. Dropped formula “core interests” (A line 3, sentence 2).", 30, 5)
    ['  1. Dropped formula “core', '     interests”', '     (A line 3, sentence 2).']
    >>> _wrapped("  2. 双方同意加强合作，推进务实合作。", 20, 5)
    ['  2. 双方同意加强合', '     作，推进务实合', '     作。']
    >>> _wrapped("  3. 深化高质量共建“一带一路”合作", 24, 5)
    ['  3. 深化高质量共建', '     “一带一路”合作']
    """
    if width is None or columns(line) <= width:
        return [line]
    kept = WHERE.sub(lambda at: at[0].replace(" ", _JOIN), line)  # "(A line 3, sentence 4)"
    out: list[str] = []
    current, used = "", 0
    for unit in _UNIT.findall(kept):
        size = columns(unit.rstrip())
        if current.strip() and used + size > width:
            out.append(current.rstrip())
            current, used, unit = " " * indent, indent, unit.lstrip()
        current += unit
        used += columns(unit)
    return [line.replace(_JOIN, " ") for line in [*out, current.rstrip()]]


def _passage(
    alignment: Alignment, comparison: Comparison, color: bool, across: bool, width: int | None
) -> list[str]:
    sign = _SIGNS[alignment.status]
    where = labels.place(alignment, comparison)
    head = f"{sign} {where}  {labels.kind(alignment, comparison)}"
    if alignment.status is Status.CHANGED:
        head += f", score {alignment.score:.2f}"
    if alignment.status is Status.UNCHANGED and not alignment.moved:
        lead = f"{sign} {where}  "
        room = max(width - columns(lead), 20) if width else _FOLD_WIDTH
        folded = in_columns(one_line(alignment.b_text), min(room, _FOLD_WIDTH))
        line = f"{lead}{_shown(folded)}"
        return [f"{_DIM}{line}{_RESET}" if color else line]
    if across and alignment.status is Status.CHANGED:  # two languages: no word diff, both sides
        a_text, b_text = one_line(alignment.a_text), one_line(alignment.b_text)
        return [
            head,
            *_passage_lines([(f"    A: {_shown(a_text)}", Op.EQUAL)], color, width, 7),
            *_passage_lines([(f"    B: {_shown(b_text)}", Op.EQUAL)], color, width, 7),
        ]
    return [head, *_passage_lines([("    ", Op.EQUAL), *_pieces(alignment)], color, width, 4)]


def _pieces(alignment: Alignment) -> list[tuple[str, Op]]:
    """A passage's text as shown, each piece with what became of it (EQUAL for a dropped or
    added passage's whole text, which has no word diff)."""
    if alignment.status in (Status.DROPPED, Status.ADDED):
        return [(_shown(one_line(alignment.a_text or alignment.b_text)), Op.EQUAL)]
    return [(_shown(one_line(op.text)), op.op) for op in spacing_as_equal(alignment.ops, Op.INSERT)]


def _passage_lines(
    pieces: list[tuple[str, Op]], color: bool, width: int | None, indent: int
) -> list[str]:
    """The pieces marked ([-…-]{+…+} or colours), on one line if no ``width``, else wrapped to
    it with a hanging indent of ``indent`` spaces: after a word's spaces or a Chinese
    character (a Chinese character takes two columns), and never inside a mark that fits on
    one line; a longer mark is closed at the line's end and opened again on the next.

    >>> pieces = [("    We met ", Op.EQUAL), ("Premier Li", Op.DELETE), ("on Friday.", Op.EQUAL)]
    >>> _passage_lines(pieces, False, 22, 4)
    ['    We met', '    [-Premier Li-]on', '    Friday.']
    >>> _passage_lines([("    双方同意加强合作", Op.EQUAL)], False, 14, 4)
    ['    双方同意加', '    强合作']
    """
    whole = "".join(
        text if op is Op.EQUAL else text.join(_wrap_in(op, color)) for text, op in pieces
    )
    if width is None or _visible(whole) <= width:  # a file, a pipe: no work a character
        return [whole]
    chars = [(char, op) for text, op in pieces for char in text]
    room = width - indent
    solid = [False] * len(chars)  # inside a mark short enough for one line
    start = 0
    for at in range(1, len(chars) + 1):
        if at == len(chars) or chars[at][1] is not chars[start][1]:
            if chars[start][1] is not Op.EQUAL:
                size = columns("".join(char for char, _ in chars[start:at])) + 4
                solid[start:at] = [size <= room] * (at - start)
            start = at
    units: list[list[tuple[str, Op]]] = [[]]
    for at, (char, op) in enumerate(chars):
        inside = at and solid[at] and solid[at - 1] and chars[at - 1][1] is op
        replaced = at and Op.EQUAL is not chars[at - 1][1] is not op is not Op.EQUAL
        if at and not inside and (replaced or _breaks(chars[at - 1][0], char)):
            units.append([])
        units[-1].append((char, op))
    out: list[str] = []
    current: list[tuple[str, Op]] = []
    for unit in units:
        trial = _trimmed(current + unit)
        if _trimmed(current) and _visible(_render_marked(trial, color)) > width:
            out.append(_render_marked(_trimmed(current), color))
            current = [(" ", Op.EQUAL)] * indent + _trimmed(unit, start_too=True)
        else:
            current += unit
    return [*out, _render_marked(_trimmed(current), color)]


_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_WIDE_CHAR = re.compile(f"[{_WIDE}]")


def _visible(line: str) -> int:
    return columns(_ANSI.sub("", line))


def _breaks(before: str, after: str) -> bool:
    """Whether a line may break between ``before`` and ``after``."""
    if after.isspace():
        return False
    return before.isspace() or (bool(_WIDE_CHAR.match(before)) and after not in _CLOSERS)


def _trimmed(chars: list[tuple[str, Op]], start_too: bool = False) -> list[tuple[str, Op]]:
    """``chars`` without the spaces a line ends with, or, ``start_too``, begins with."""
    if start_too:
        begin = 0
        while begin < len(chars) and chars[begin][0].isspace():
            begin += 1
        return chars[begin:]
    end = len(chars)
    while end and chars[end - 1][0].isspace():
        end -= 1
    return chars[:end]


def _wrap_in(op: Op, color: bool) -> tuple[str, str]:
    """What opens and closes a dropped or inserted run: a colour, or ``[-…-]``/``{+…+}``."""
    return (_STYLE if color else _MARKERS)[op]


def _render_marked(chars: list[tuple[str, Op]], color: bool) -> str:
    """``chars`` as the view writes them: each run of one fate in its marks or colours."""
    out, start = [], 0
    for at in range(1, len(chars) + 1):
        if at == len(chars) or chars[at][1] is not chars[start][1]:
            text, op = "".join(char for char, _ in chars[start:at]), chars[start][1]
            if op is Op.EQUAL:
                out.append(text)
            else:
                opening, closing = _wrap_in(op, color)
                out.append(f"{opening}{text}{closing}")
            start = at
    return "".join(out)


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
