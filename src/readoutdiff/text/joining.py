"""Join the sentences of one side of a passage into one text, as every view shows it.

A merge or a split puts two or more sentences on one side of an aligned pair. English and
Russian put one space between two sentences; Chinese and Japanese put none: a sentence that
ends in a full-width mark (。！？；…) runs straight into the next one, and so do two wide
characters (Han, kana) either side of the join. Every place that builds a side's text or counts
offsets in it (``Alignment.a_text``, the word diff, the HTML formula marks, the similarity
figure) goes through :func:`joined`, :func:`starts` or :func:`length`, so that terminal,
Markdown, HTML and JSON show the same text and their offsets point at the same characters.

>>> joined(["We met.", "We talked."])
'We met. We talked.'
>>> joined(["双方交换意见。", "习近平指出"])
'双方交换意见。习近平指出'
>>> joined(["他说：“合作共赢。”", "Xi said so."]), joined(["Xi said “合作”.", "习近平指出"])
('他说：“合作共赢。”Xi said so.', 'Xi said “合作”. 习近平指出')
>>> starts(["双方交换意见。", "习近平指出。", "Then"]), length(["双方交换意见。", "习近平指出。", "Then"])
((0, 7, 13), 17)

A sentence with no stop at its end is a line of its own: the segmenter cuts a line only after a
stop (:mod:`readoutdiff.languages.segment`), so it is a headline, a subheading, a dateline or a
list item that ends where its line ends. Joined to the next with a space (or with nothing in
Chinese) it would read as one run-on sentence ("…с днем рождения Главы двух стран провели…"):
:data:`LINE_MARK` stands between them instead, in every language.

>>> joined(["Мирзиёев поздравил Алиева с днем рождения", "Главы двух стран провели звонок"])
'Мирзиёев поздравил Алиева с днем рождения / Главы двух стран провели звонок'
>>> joined(["习近平同普京会谈", "双方交换意见。"]), joined(["Readout of the Call", "They met."])
('习近平同普京会谈 / 双方交换意见。', 'Readout of the Call / They met.')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_CLOSERS = (
    "\"')]}\u2019\u201d\u00bb\u300b\u300d\u300f\u3011\u3015\u3017\u3009\uff09\uff3d\uff5d\uff63"
)
"""Closing quotes and brackets a sentence may end with after its own stop: looked past."""
_OPENERS = (
    "\"'([{\u2018\u201c\u00ab\u300a\u300c\u300e\u3010\u3014\u3016\u3008\uff08\uff3b\uff5b\uff62"
)
"""Opening quotes and brackets a sentence may begin with before its first word: looked past."""
_ELLIPSIS = "\u2026\u22ef"
"""Chinese writes its ellipsis as two of these; after a wide character it ends a sentence."""
_TRAILING = _CLOSERS + _ELLIPSIS
"""What :func:`gap` looks past at the end of a sentence before it reads its last mark."""
_HANGUL = ("\u1100", "\u11ff"), ("\u3130", "\u318f"), ("\uac00", "\ud7af")
"""Korean is wide but written with spaces between words and sentences."""
FIRST_WIDE = "\u2e80"
"""Below this (CJK radicals), no character is one that :func:`gap` writes without a space."""


def gap(left: str, right: str) -> str:
    """Return what stands between two sentences of one side: ``" "``, or ``""`` in CJK text.

    >>> gap("We met.", "We talked."), gap("会谈。", "We talked."), gap("习近平", "“中方”")
    (' ', '', '')
    """
    mark = left[-1:]
    if mark < FIRST_WIDE and mark not in _TRAILING:  # English, Russian: nothing to look past
        return " "
    end = left.rstrip(_CLOSERS)
    last = end.rstrip(_ELLIPSIS)
    if not last or last[-1] < FIRST_WIDE:  # a Latin stop inside quotes: no table look-up
        return " "
    mark = last[-1]
    if not _wide(mark):
        return " "
    if len(last) < len(end) or unicodedata.category(mark).startswith("P"):
        return ""  # a full-width stop (。！？；), or a wide character's ellipsis
    begin = right.lstrip(_OPENERS)
    return "" if begin and _wide(begin[0]) else " "


LINE_MARK = " / "
"""What stands between a sentence that ends its line with no stop (a headline, a subheading)
and the next sentence of the same side: the line break, marked as a quotation marks one."""
_STOPS = ".!?;:\u2026\u22ef\u3002\uff01\uff1f\uff1b\uff1a\u0964\u0965\u104b\u17d4\u1362\u06d4\u061f\u1803"
"""Marks that end a sentence, a headline that reads as one, or a lead-in (the segmenter's
``_FULL_STOP``, with the Chinese ellipsis): a sentence ending in one runs on in the text."""


def between(left: str, right: str) -> str:
    """Return what stands between two sentences of one side as every view shows them:
    :data:`LINE_MARK` after a line that ends with no stop, else :func:`gap`. A line that goes
    on in small letters is one sentence broken across two lines, not a headline: no mark.

    >>> between("Readout of the Call", "They met."), between("They met.", "They talked.")
    (' / ', ' ')
    >>> between("The two sides agreed to deepen", "cooperation.")
    ' '
    """
    if open_line(left) and not goes_on(right):
        return LINE_MARK
    return gap(left, right)


def goes_on(text: str) -> bool:
    """Whether ``text``, the sentence after a line that ends with no stop, opens in small
    letters (past opening quotes and brackets): the line before is one sentence broken across
    two lines, not a headline.

    >>> goes_on("cooperation."), goes_on("“They met.”"), goes_on("会谈。")
    (True, False, False)
    """
    return text.lstrip(_OPENERS)[:1].islower()


def open_line(text: str) -> bool:
    """Whether ``text`` (a sentence) ends with no stop, past closing quotes and brackets: then
    it ended its line (the segmenter cuts a line only after a stop).

    >>> open_line("Readout of the Call"), open_line("“会谈。”"), open_line("")
    (True, False, False)
    """
    if not text or text[-1] in _STOPS:  # most sentences: a stop last
        return False
    end = text.rstrip(_CLOSERS)
    return bool(end) and end[-1] not in _STOPS


def joined(texts: Sequence[str], *, marked: bool = True) -> str:
    """Return ``texts`` joined as one side of a passage (see :func:`between`); ``marked=False``
    joins them as :func:`gap` spaces them, with no :data:`LINE_MARK` (the aligner's scores,
    which count words and characters, not line breaks)."""
    if len(texts) < 2:
        return texts[0] if texts else ""
    spacing = between if marked else gap
    gaps = [spacing(left, right) for left, right in zip(texts, texts[1:], strict=False)]
    if all(map(" ".__eq__, gaps)):  # most sides: one space at every join
        return " ".join(texts)
    parts = [texts[0]]
    for space, right in zip(gaps, texts[1:], strict=True):
        parts.append(space)
        parts.append(right)
    return "".join(parts)


def starts(texts: Sequence[str]) -> tuple[int, ...]:
    """Return where each of ``texts`` begins in :func:`joined` of them."""
    found, offset = [], 0
    for index, text in enumerate(texts):
        found.append(offset)
        offset += len(text)
        if index + 1 < len(texts):
            offset += len(between(text, texts[index + 1]))
    return tuple(found)


def length(texts: Sequence[str]) -> int:
    """Return ``len(joined(texts))`` without joining."""
    total = sum(map(len, texts))
    return total + sum(len(between(x, y)) for x, y in zip(texts, texts[1:], strict=False))


LINE_END = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")
"""A line end and the spaces around it, as a text wrapped at a width has them."""


def unbroken(text: str) -> str:
    """Return ``text`` with each line end between two wide characters taken out: a Chinese or
    Japanese paragraph wrapped at a width (:mod:`readoutdiff.ingest.wrapped`) breaks its lines
    inside words ("健\\n康稳定发展"), and the break stands for nothing, where in English it
    stands for a space. Other line ends are left for the caller.

    >>> unbroken("两国关系保持健\\n康稳定发展"), unbroken("hold Russia\\naccountable")
    ('两国关系保持健康稳定发展', 'hold Russia\\naccountable')
    >>> unbroken("习近平同\\nPutin 会谈"), unbroken("合作不断深化,\\n双方建立")
    ('习近平同\\nPutin 会谈', '合作不断深化,双方建立')
    """
    if "\n" not in text and "\r" not in text:
        return text
    return unbroken_slice(text, 0, len(text))


def unbroken_slice(text: str, start: int, end: int) -> str:
    """Return ``text[start:end]`` as :func:`unbroken` returns it, each line end judged by the
    characters around it in the whole ``text`` (a view cuts a passage into pieces where a
    formula begins, and a break may lie at a piece's edge).

    >>> text = "两国关系保持健\\n康稳定发展"
    >>> unbroken_slice(text, 7, len(text))
    '康稳定发展'
    """
    pieces, at = [], start
    for found in LINE_END.finditer(text, start, end):
        left, right = found.span()
        if _wide_before(text, left) and _wide_after(text, right):
            pieces.append(text[at:left])
            at = right
    return "".join(pieces) + text[at:end] if pieces else text[start:end]


_HALF_MARKS = ",.;:!?\"')("
"""Half-width marks some Chinese sites write between Chinese words ("不断深化,\\n双方"): looked
past to the wide character they stand by."""


def stands_for_nothing(text: str, at: int) -> bool:
    """Whether the line end at ``text[at]`` is one :func:`unbroken` takes out: its break (the
    line end with the spaces around it) stands between two wide characters.

    >>> text = "务实合作始终是\\r\\n中德关系。\\nThe end"
    >>> stands_for_nothing(text, 7), stands_for_nothing(text, 8), stands_for_nothing(text, 14)
    (True, True, False)
    """
    left, right = at, at + 1
    if text[at] == "\n" and text[at - 1 : at] == "\r":
        left -= 1
    elif text[at] == "\r" and text[right : right + 1] == "\n":
        right += 1
    while left and text[left - 1] in " \t":
        left -= 1
    while right < len(text) and text[right] in " \t":
        right += 1
    return _wide_before(text, left) and _wide_after(text, right)


def between_wide(left: str, right: str) -> bool:
    """Whether a line end between ``left`` and ``right`` stands inside Chinese or Japanese
    text (see :func:`unbroken`): the end of one and the start of the other are wide.

    >>> between_wide("我们走", "过了"), between_wide("Rishi", "Sunak")
    (True, False)
    """
    return _wide_before(left, len(left)) and _wide_after(right, 0)


def _wide_before(text: str, at: int) -> bool:
    """Whether the last character before ``at`` that is no half-width mark is wide (at most two
    marks looked past: three characters read, never the text before them)."""
    kept = text[max(at - 3, 0) : at].rstrip(_HALF_MARKS)
    return bool(kept) and _wide(kept[-1])


def _wide_after(text: str, at: int) -> bool:
    """Whether the first character from ``at`` that is no half-width mark is wide."""
    rest = text[at : at + 3].lstrip(_HALF_MARKS)
    return bool(rest) and _wide(rest[0])


def _wide(character: str) -> bool:
    """Tell whether ``character`` is a wide one written without spaces (not Korean)."""
    if any(low <= character <= high for low, high in _HANGUL):
        return False
    return unicodedata.east_asian_width(character) in ("W", "F")
