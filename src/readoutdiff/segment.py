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

TITLES = frozenset(
    """mr mrs ms dr prof st gen sen rep gov govt pres lt col capt adm sgt hon rev messrs mme""".split()
)
"""Abbreviations before a name: a full stop after them never ends a sentence."""
NUMBERED = frozenset("""no nos art para fig vol op pp p ch sec""".split())
"""Abbreviations before a number ("No. 1"): they end a sentence only before a word."""
ABBREVIATIONS = frozenset(
    """vs etc e.g i.e a.m p.m u.s u.k u.n e.u d.c inc ltd co corp jr sr jan feb mar apr jun
    jul aug sep sept oct nov dec approx dept est cf al ca ed eds""".split()
)
"""Other abbreviations: a sentence ends after them only when a usual sentence opener follows."""
OPENERS = frozenset(
    """the a an this that these those they he she it we i you there our his her their its both
    in on at as after before during when while however meanwhile also but and yet so then
    today tomorrow yesterday each all some many most""".split()
)
"""Words that open sentences far more often than they follow "U.S." or "a.m." inside one."""

_CLOSERS = "\"'”’»)]}」』）】"
_LATIN_END = re.compile(r"(?:[.!?]+|…)[" + re.escape(_CLOSERS) + r"]*(?=\s+[\"'“‘«(\[（【「『\w])")
_CJK_END = re.compile(r"[。！？；]+[" + re.escape(_CLOSERS) + r"]*")
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
    word = before.group(1).lower().rstrip(".")
    next_word = re.match(r"\w*", text[match.end() :].lstrip()).group().lower()  # type: ignore[union-attr]
    if word in TITLES:
        return False
    if word in NUMBERED:
        return not following.isdigit()
    if word in ABBREVIATIONS:
        return next_word in OPENERS
    # Capital initials ("J. Biden", "С.В. Лавров") are not a sentence end.
    initials = all(len(part) == 1 and part.isalpha() for part in word.split("."))
    return not (initials and text[before.start(1)].isupper())
