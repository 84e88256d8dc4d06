"""The terminal view: a header, the key changes, passages in B's reading order, then formulas."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final, Literal

from readoutdiff.formulas.keys.key_changes import NO_CHANGE, key_changes
from readoutdiff.formulas.keys.key_record import WHERE, columns, in_columns, inner
from readoutdiff.formulas.keys.naming import anchor_fates, anchor_names, one_line
from readoutdiff.languages import language
from readoutdiff.languages.traditional import as_read
from readoutdiff.model import Alignment, Comparison, Formula, Op, Readout, Status
from readoutdiff.model.figures import said_similarity
from readoutdiff.render import labels
from readoutdiff.render.escape import shown_path, shown_text

_STYLE = {
    Op.DELETE: ("\x1b[9;31m", "\x1b[0m"),  # struck through, red
    Op.INSERT: ("\x1b[4;32m", "\x1b[0m"),  # underlined, green
}
_MARKERS = {Op.DELETE: ("[-", "-]"), Op.INSERT: ("{+", "+}")}
_SIGNS = {Status.UNCHANGED: "=", Status.CHANGED: "~", Status.DROPPED: "-", Status.ADDED: "+"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"
CORE: Final = "core"
"""A piece of a line that is the formula the line is shown for (branch u57): bold in colour,
plain without, and never broken across lines when it fits on one, as a mark is not."""
_Kind = Op | Literal["core"]
"""What a piece of a line is: a diff operation's text, or :data:`CORE`."""
_FOLD_WIDTH = 96
"""Columns of an unchanged passage folded to one line (fewer on a terminal too narrow for
them with the passage's place before them): a Chinese character takes two, so a
Chinese passage is cut at about half as many characters (:func:`in_columns`)."""


def render_text(comparison: Comparison, *, color: bool = False, width: int | None = None) -> str:
    """Return the terminal view; ``color`` uses ANSI colours, else ``[-…-]{+…+}`` markers.

    ``width``: the terminal's columns, to wrap every line to with a hanging indent (the key
    changes under their numbers, a passage under its place, a formula under its wording; a
    Chinese character takes two columns), and an unchanged passage's one line folded to fit
    it; None leaves every line whole, as a file, a pipe or a pager wants it.

    >>> from readoutdiff import compare, from_text
    >>> view = render_text(compare(from_text("We met."), from_text("We met today.")))
    >>> view.splitlines()[-1]
    '    We met{+ today+}.'
    """
    names = anchor_names(comparison)  # for the key changes and the formula list
    out = _header(comparison, color, width) + _key_changes(comparison, names, color, width)
    across = labels.across_languages(comparison)
    for alignment in comparison.alignments:
        out.extend(_passage(alignment, comparison, color, across, width))
    out.extend(_formulas(comparison, names, color, width))
    out.extend(_ignored(comparison, width))
    out.extend(line for note in comparison.notes for line in _wrapped(f"note: {note}", width, 6))
    return "\n".join(out) + "\n"


def _shown(text: str) -> str:
    """Readout text as it may reach a terminal: control characters and bidi marks spelled out."""
    return shown_text(text)


def _bold(text: str, color: bool) -> str:
    return f"{_BOLD}{text}{_RESET}" if color else text


def _describe(label: str, readout: Readout, same_title: bool = False) -> str:
    """A readout's line of the header: its file, then its date (and where it was taken from),
    its title ("the same title" for B's when A's is the same: a Kremlin or White House pair's
    long title said twice took six lines at 80 columns), its language and its other notes."""
    title = f"“{inner(readout.title)}”" if readout.title else None
    if title and same_title:
        title = "the same title"
    name = language(readout.language).name
    date, notes = labels.dated(readout.date, readout.notes)
    date = _glued(date) if date else date  # "2025-02-20 from the file name" not torn
    facts = ", ".join(fact for fact in (date, title, name, *notes) if fact)
    return _shown(f"{label} {shown_path(readout.path)}" + (f"  ({facts})" if facts else ""))


def _header(comparison: Comparison, color: bool, width: int | None) -> list[str]:
    summary = f"similarity {said_similarity(comparison.similarity)} · {labels.counts(comparison)}"
    same = bool(comparison.a.title) and comparison.a.title == comparison.b.title
    sides = (("A", comparison.a, False), ("B", comparison.b, same))
    # "A" stays with its file's path, which is never broken (to copy whole)
    titles = [_describe(*side).replace(" ", _JOIN, 1) for side in sides]
    return [
        *(_bold(line, color) for title in titles for line in _wrapped(title, width, 2)),
        *_wrapped(" · ".join(map(_glued, summary.split(" · "))), width, 2),  # "8 dropped"
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
_OPENERS = "“‘（《「『【("
"""Marks that stay with what follows them: no line ends with one."""
_JOIN = "\ue000"
"""Stands for a space no line may break at (a private-use character, never in a readout's
text as shown): the formula list's place, "A 5.2 → B 6.4"."""
_KEEP = re.compile(rf"{WHERE.pattern}|[“‘《「『][{_WIDE}]{{1,16}}[”’》」』]")
"""Spans no line breaks inside when they fit on one: a place, "A line 3, sentence 2", and a
Chinese name, formula or title in its marks (“一带一路”, 《联合国宪章》, ‘一带一路’ inside a
key change's quote: sixteen characters at most, 32 columns)."""
_KEEP_NAMED = re.compile(rf"{WHERE.pattern}|[“‘《「『][{_WIDE}]+[”’》」』]")
""":data:`_KEEP` in the formula list, where every quote is a formula's name: a Chinese one of
any length in its marks stays on one line when it fits there (u61: xi-lula's
“全球南方国家应携手维护国际公平正义”, seventeen characters, read “…应携手维” / “护国际…”)."""


def _glued(text: str) -> str:
    """``text`` with no space a line may break at."""
    return text.replace(" ", _JOIN)


def wrapped(line: str, width: int | None, indent: int, kept: tuple[str, ...] = ()) -> list[str]:
    """``line``, plain text, broken to ``width`` columns with ``indent`` spaces before each line
    after the first (:func:`_wrapped`), never inside one of ``kept`` (a legend's "- dropped")
    that fits on a line after the indent (as :func:`_lines` keeps a place whole): a longer one
    breaks where it must rather than run past ``width``. The series view wraps its lines with
    it too.

    >>> wrapped("Legend: * present  - dropped", 20, 2, kept=("* present", "- dropped"))
    ['Legend: * present', '  - dropped']
    >>> wrapped("Legend: * present at the first meeting", 20, 2, kept=("* present at the first",))
    ['Legend: * present at', '  the first meeting']
    """
    for words in kept:
        if width is None or columns(words) <= width - indent:
            line = line.replace(words, _glued(words))
    return _wrapped(line, width, indent)


def _wrapped(
    line: str, width: int | None, indent: int, keep: re.Pattern[str] | None = None
) -> list[str]:
    """``line``, plain text, as :func:`_lines` breaks it.

    >>> _wrapped("  1. Dropped formula “core interests” (A line 3, sentence 2).", 30, 5)
    ['  1. Dropped formula “core', '     interests”', '     (A line 3, sentence 2).']
    >>> _wrapped("  2. 双方同意加强合作，推进务实合作。", 20, 5)
    ['  2. 双方同意加强合', '     作，推进务实合', '     作。']
    >>> _wrapped("  3. 深化高质量共建“一带一路”合作", 24, 5)
    ['  3. 深化高质量共建', '     “一带一路”合作']
    """
    return _lines([(line, Op.EQUAL)], False, width, indent, keep)


def _lines(
    pieces: list[tuple[str, _Kind]], color: bool, width: int | None, indent: int,
    keep: re.Pattern[str] | None = None,
) -> list[str]:  # fmt: skip
    """The view's one line-breaker: the pieces marked ([-…-]{+…+} or colours), on one line if
    no ``width`` or if they fit, else in lines of at most ``width`` columns (a Chinese
    character takes two), each after the first indented by ``indent`` spaces.

    A line breaks after a word's spaces, after a Chinese character or a closing quote before
    one, and at the seam of a replacement; never before a closing mark ("，", "”", "·"), after
    an opening one ("“", "《"), inside a place or a short Chinese quote (:data:`_KEEP`), or
    inside a mark that fits on one line; a longer mark is closed at the line's end and opened
    again on the next. A word longer than a line stands alone.

    >>> pieces = [("    We met ", Op.EQUAL), ("Premier Li", Op.DELETE), ("on Friday.", Op.EQUAL)]
    >>> _lines(pieces, False, 22, 4)
    ['    We met', '    [-Premier Li-]on', '    Friday.']
    >>> _lines([("    双方同意加强合作", Op.EQUAL)], False, 14, 4)
    ['    双方同意加', '    强合作']
    >>> _lines([("1 changed · 8 dropped", Op.EQUAL)], False, 12, 2)
    ['1 changed ·', '  8 dropped']
    """
    whole = "".join(
        text if op is Op.EQUAL else text.join(_wrap_in(op, color)) for text, op in pieces
    )
    if width is None or _visible(whole) <= width:  # a file, a pipe: no work a character
        return [whole.replace(_JOIN, " ")]
    chars = [(char, op) for text, op in pieces for char in text]
    room = width - indent
    glued = [False] * len(chars)  # no break before this character
    start = 0
    for at in range(1, len(chars) + 1):
        if at == len(chars) or chars[at][1] is not chars[start][1]:
            if chars[start][1] is not Op.EQUAL:  # the run and its marks: [-…-]; a core none
                marks = 0 if chars[start][1] == CORE else 4
                size = columns("".join(char for char, _ in chars[start:at])) + marks
                glued[start + 1 : at] = [size <= room] * (at - start - 1)
            start = at
    text = "".join(char for char, _ in chars)
    for kept in (keep or _KEEP).finditer(text):
        if columns(kept[0]) <= room:
            glued[kept.start() + 1 : kept.end()] = [True] * (kept.end() - kept.start() - 1)
    units: list[list[tuple[str, _Kind]]] = [[]]
    for at, (char, op) in enumerate(chars):
        replaced = at and Op.EQUAL is not chars[at - 1][1] is not op is not Op.EQUAL
        if at and not glued[at] and (replaced or _breaks(text, at)):
            units.append([])
        units[-1].append((char, op))
    out: list[str] = []
    current: list[tuple[str, _Kind]] = []
    for unit in units:
        trial = _trimmed(current + unit)
        if _trimmed(current) and _visible(_render_marked(trial, color)) > width:
            out.append(_render_marked(_trimmed(current), color))
            current = [(" ", Op.EQUAL)] * indent + _trimmed(unit, start_too=True)
        else:
            current += unit
    return [line.replace(_JOIN, " ") for line in [*out, _render_marked(_trimmed(current), color)]]


def _passage(
    alignment: Alignment, comparison: Comparison, color: bool, across: bool, width: int | None
) -> list[str]:
    sign = _SIGNS[alignment.status]
    where = labels.place(alignment, comparison)
    head = f"{sign} {where}  {labels.kind(alignment, comparison)}"
    if alignment.status is Status.CHANGED:
        head += f", {labels.score(alignment, comparison)}"
    if alignment.status is Status.UNCHANGED and not alignment.moved:
        lead = f"{sign} {where}  "
        room = max(width - columns(lead), 20) if width else _FOLD_WIDTH
        folded = in_columns(one_line(alignment.b_text), min(room, _FOLD_WIDTH))
        line = f"{lead}{_shown(folded)}"
        return [f"{_DIM}{line}{_RESET}" if color else line]
    heads = [head] if width is None else _wrapped(_head_glued(head, sign, where), width, 4)
    if across and alignment.status is Status.CHANGED:  # two languages: no word diff, both sides
        a_text, b_text = one_line(alignment.a_text), one_line(alignment.b_text)
        return [
            *heads,
            *_lines([(f"    A: {_shown(a_text)}", Op.EQUAL)], color, width, 7),
            *_lines([(f"    B: {_shown(b_text)}", Op.EQUAL)], color, width, 7),
        ]
    pieces = _pieces(comparison, alignment)
    return [*heads, *_lines([("    ", Op.EQUAL), *pieces], color, width, 4)]


def _head_glued(head: str, sign: str, where: str) -> str:
    """A passage's head with a line break allowed only between its place and the parts of its
    kind, never inside one ("score 0.69", "moved (in A after A 4.5)")."""
    parts = head.removeprefix(f"{sign} {where}  ").split(", ")
    return f"{sign} {_glued(where)}  " + ", ".join(map(_glued, parts))


def _pieces(comparison: Comparison, alignment: Alignment) -> list[tuple[str, Op]]:
    """A passage's text as shown, each piece with what became of it (EQUAL for a dropped or
    added passage's whole text, which has no word diff; :func:`~readoutdiff.languages.traditional.as_read`)."""
    if alignment.status in (Status.DROPPED, Status.ADDED):
        return [(_shown(one_line(alignment.a_text or alignment.b_text)), Op.EQUAL)]
    return [(_shown(one_line(op.text)), op.op) for op in as_read(comparison, alignment)]


_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_WIDE_CHAR = re.compile(f"[{_WIDE}]")


def _visible(line: str) -> int:
    return columns(_ANSI.sub("", line))


def _breaks(text: str, at: int) -> bool:
    """Whether a line may break before ``text[at]`` (the spaces before it end the line above).

    >>> [_breaks("a “b” 中“国”人", at) for at in (2, 3, 7, 8, 9, 10)]
    [True, False, True, False, False, True]
    """
    before, after = text[at - 1], text[at]
    if after.isspace() or after in _CLOSERS or after == "·":
        return False
    if before.isspace():
        return True
    if before in _OPENERS or _counted(text, at):
        return False
    wide = bool(_WIDE_CHAR.match(after))
    return bool(_WIDE_CHAR.match(before)) or (before in "”’" and wide)


_ORDINAL = "第"
"""The Chinese ordinal prefix: 第80届, 第三届 (the 80th, the third) are read as one word."""
_NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十百千万零两"


def _counted(text: str, at: int) -> bool:
    """Whether ``text[at]`` is inside a Chinese ordinal or count a line must not split (u67):
    a number after 第 ("第" / "80届" read badly at the end of a line), or 周年 after a
    number (80周年, an anniversary). A number of digits is kept with the counter after it
    already (a narrow character never breaks before a wide one); a number in Chinese numerals
    is kept whole, with the counter after it when 第 opens it (第三十二次) and with 周年 (十周年)
    (rev23: "第三" / "十二次" and "十" / "周年" were split, as every wide character may be).

    >>> [_counted("会见第80届联合国大会主席", at) for at in (2, 3, 5)]
    [False, True, False]
    >>> [_counted("胜利80周年活动", at) for at in (4, 5, 6)]
    [False, True, False]
    >>> [_counted("出席第三十二次会议", at) for at in (2, 3, 4, 5, 6, 7)]
    [False, True, True, True, True, False]
    >>> [_counted("建立十周年之际", at) for at in (2, 3, 4, 5)], _counted("统一的", 2)
    ([False, True, True, False], False)
    """
    before, after = text[at - 1], text[at]
    if before == _ORDINAL:
        return after in _NUMERALS
    if before in _NUMERALS and not before.isascii():
        if after in _NUMERALS or text[at : at + 2] == "周年":
            return True
        start = at - 1
        while start and text[start - 1] in _NUMERALS:
            start -= 1
        return text[start - 1 : start] == _ORDINAL  # 第三十二 / 次
    return before == "周" and after == "年" and at >= 2 and text[at - 2] in _NUMERALS


def _trimmed(chars: list[tuple[str, _Kind]], start_too: bool = False) -> list[tuple[str, _Kind]]:
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


def _wrap_in(op: _Kind, color: bool) -> tuple[str, str]:
    """What opens and closes a dropped or inserted run: a colour, or ``[-…-]``/``{+…+}``; a
    formula inside its line (:data:`CORE`): bold, or nothing without colour."""
    if op == CORE:
        return (_BOLD, _RESET) if color else ("", "")
    return (_STYLE if color else _MARKERS)[Op(op)]


def _render_marked(chars: list[tuple[str, _Kind]], color: bool) -> str:
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


def _formulas(
    comparison: Comparison, names: Mapping[str, str], color: bool, width: int | None
) -> list[str]:
    groups = labels.formulas_by_status(comparison)
    if not groups:
        return []
    fates = anchor_fates(comparison)
    out = ["", _bold("Formulas", color)]
    for status, formulas in groups:
        out.append(f"  {labels.formula_word(status, comparison)} ({len(formulas)})")
        for formula in formulas:
            mined = _tag(formula)
            variant = " (variant)" if formula.variant else ""
            wording = _shown(labels.formula_wording(formula, names, fates))
            place = labels.formula_lines(formula, comparison).replace(" ", _JOIN)
            out.extend(_wrapped(f"    {wording}{variant}{mined}  {place}", width, 6, _KEEP_NAMED))
            context = _context(formula, comparison)
            if context:  # a short core, told with the line it stands in (ext1), marked (u57)
                out.extend(_lines([("      ", Op.EQUAL), *context], color, width, 8))
    return out + _tags_said(comparison, width)


def _tags_said(comparison: Comparison, width: int | None) -> list[str]:
    """One line under the formula list saying what its tags mean, the tags it shows only
    (:data:`labels.SOURCE_MEANING`); ``[]`` when no formula is tagged."""
    said = labels.sources_said(comparison)
    tags = [f"[{word}] {labels.SOURCE_MEANING[word]}" for word in said if word in ("mined", "rule")]
    if not tags:
        return []
    if any(word in said for word in ("builtin", "user")):
        tags.append("untagged: from a lexicon")
    return ["", *_wrapped(f"  tags: {'; '.join(tags)}", width, 4)]


def _tag(formula: Formula) -> str:
    """`` [mined]`` after a phrase mined from the texts (:func:`labels.made_by`),
    `` [rule]`` after a line a rule of the formula stage read (a greeting, a point, a line kept
    around a formula, a list reworded: source ``mined`` too, but no topic), nothing after a
    lexicon's formula. The JSON tells them apart by ``topic`` (ux7: both read ``[mined]``).

    >>> from readoutdiff.model import FormulaSource as S, FormulaStatus
    >>> def tag(topic: str, source: S = S.MINED) -> str:
    ...     return _tag(Formula(status=FormulaStatus.DROPPED, a_text="x", b_text=None, source=source, topic=topic))
    >>> tag(""), tag("mined"), tag("background"), tag("", S.BUILTIN)
    (' [rule]', ' [mined]', ' [mined]', '')
    """
    made = labels.made_by(formula)
    return f" [{made}]" if made in ("mined", "rule") else ""


def _context(formula: Formula, comparison: Comparison) -> list[tuple[str, _Kind]]:
    """A short core's lines (:func:`labels.marked_lines`) as ``in A “…” · in B “…”`` in pieces,
    the formula's words in each line a :data:`CORE` piece; ``[]`` when neither wording is a
    short core."""
    pieces: list[tuple[str, _Kind]] = []
    for side, line in zip("AB", labels.marked_lines(formula, comparison), strict=True):
        if line is None:
            continue
        before, core, after = map(_shown, line)
        opening = " · " if pieces else ""
        pieces += [
            (f"{opening}in {side} “{before}", Op.EQUAL),
            (core, CORE),
            (f"{after}”", Op.EQUAL),
        ]
    return [(text, kind) for text, kind in pieces if text]


def _ignored(comparison: Comparison, width: int | None) -> list[str]:
    items = [("A", item) for item in comparison.a.ignored] + [
        ("B", item) for item in comparison.b.ignored
    ]
    if not items:
        return []
    return ["", "Ignored (not compared):"] + [
        line
        for side, item in items
        for line in _wrapped(
            f"  {side} {item.span.line}  {item.reason}: {_shown(one_line(item.text))}", width, 4
        )
    ]
