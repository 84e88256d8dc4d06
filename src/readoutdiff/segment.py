"""Cut a readout's lines into sentences, each with its span in the original text.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
brackets) followed by white space and a capital, digit or opening quote; never
after a known abbreviation or an initial. Chinese and Japanese full stops
(``。！？；``) end a sentence with no space after them. A line never holds
parts of two paragraphs, so a line end always ends a sentence.

>>> text = "Mr. Wang met U.S. officials at 9 a.m. on Monday. Trade rose 3.5 %. 会谈。成果丰硕！"
>>> [s.text for s in sentences(text, [(0, len(text))])]
['Mr. Wang met U.S. officials at 9 a.m. on Monday.', 'Trade rose 3.5 %.', '会谈。', '成果丰硕！']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from readoutdiff.fold import fold
from readoutdiff.model import Sentence, Span

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st no nos gen sen rep gov govt pres vs etc e.g i.e a.m p.m u.s u.k u.n
    e.u inc ltd co corp jr sr lt col capt adm sgt hon rev fig vol art para jan feb mar apr jun
    jul aug sep sept oct nov dec approx dept est op cf al ca pp ed eds""".split()
)
"""Words (lower case, without their final full stop) after which a full stop never ends a sentence."""

_CLOSERS = "\"'”’»)]}」』）】"
_LATIN_END = re.compile(r"(?:[.!?]+|…)[" + re.escape(_CLOSERS) + r"]*(?=\s+[\"'“‘«(\[（【「『\w])")
_CJK_END = re.compile(r"[。！？；!?]+[" + re.escape(_CLOSERS) + r"]*(?=\S)")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def sentences(text: str, lines: Iterable[tuple[int, int]]) -> tuple[Sentence, ...]:
    """Return the sentences of ``text`` found in the given ``(start, end)`` line ranges, in order."""
    found: list[Sentence] = []
    line_number = 1
    position = 0
    for line_start, line_end in lines:
        line_number += _count_breaks(text, position, line_start)
        position = line_start
        for start, end in _sentence_ranges(text, line_start, line_end):
            found.append(
                Sentence(
                    index=len(found),
                    span=Span(start=start, end=end, line=line_number),
                    text=text[start:end],
                    folded=fold(text[start:end]),
                )
            )
    return tuple(found)


def _count_breaks(text: str, start: int, end: int) -> int:
    return len(_LINE_BREAK.findall(text, start, end))


def _sentence_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one line into trimmed sentence ranges."""
    cuts = [start]
    for pattern in (_LATIN_END, _CJK_END):
        for match in pattern.finditer(text, start, end):
            if pattern is _CJK_END or _ends_sentence(text, start, match):
                cuts.append(match.end())
    cuts.append(end)
    cuts.sort()
    ranges = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        piece = text[left:right]
        stripped = piece.strip()
        if stripped:
            first = left + len(piece) - len(piece.lstrip())
            ranges.append((first, first + len(stripped)))
    return ranges


def _ends_sentence(text: str, line_start: int, match: re.Match[str]) -> bool:
    """Tell a real sentence end from an abbreviation, an initial or a list number."""
    following = text[match.end() : match.end() + 40].lstrip()[:1]
    if following.islower():
        return False
    if not match.group().startswith("."):
        return True
    before = _WORD_BEFORE.search(text, max(line_start, match.start() - 20), match.start() + 1)
    if before is None:
        return True
    word = before.group(1).lower()
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return False
    # A single capital letter ("J. Biden") is an initial, not a sentence end.
    return not (len(word) == 1 and word.isalpha() and text[before.start(1)].isupper())
