"""The number that opens a numbered point: readout layout, never part of a sentence's words.

A readout lists its points with numbers: Chinese "一是", "一要" ("一要夯实政治互信": first, to
consolidate political trust), "一、", "第一，", "（二）"; Latin "1.", "2)", "(3)", "iv.". One notion serves formula mining (a
phrase never starts at one), the points paired by number and the clauses formulas grow to (their
wordings start past it) and the quotes of key changes (quoted from the point's text).

>>> opening("一要夯实政治互信"), opening("第一，中南要做"), opening("1. The two ministers")
(2, 3, 3)
>>> opening("一道推动"), opening("十分重视"), opening("20 minutes"), opening("1.5 percent")
(0, 0, 0, 0)
"""

from __future__ import annotations

import re

NUMERALS = "一二三四五六七八九十"
"""Chinese numerals a point's number is written in."""
_ROMAN = r"(?:[ivx]{1,4}|[IVX]{1,4})"
_LATIN = rf"(?:\d{{1,2}}|{_ROMAN})"
_NUMBER = rf"第?[{NUMERALS}]+(?:是|要|、|，|,)|[（(](?:[{NUMERALS}]+|{_LATIN})[)）]、?|{_LATIN}(?:[.)](?=\s|$)|[．、])"
POINT_NUMBER = re.compile(rf"(?:{_NUMBER})\s*")
"""The number that opens a numbered point, the mark after it and any space: 一是, 一要, 一、,
第一，, （一）, (2), (iv), 1., 2), iv., 3．, 4、 (a Latin number needs a space after its dot
or bracket, so "1.5" and "3)-" are none)."""


def opening(text: str) -> int:
    """How many characters of ``text`` its point's number takes (with the space after it);
    0 when it opens no numbered point or when the number is all there is."""
    found = POINT_NUMBER.match(text)
    if found is None or found.end() >= len(text.rstrip()):
        return 0
    return found.end()


_LONE = re.compile(rf"(?:{_NUMBER})")


def lone(text: str) -> bool:
    """Whether ``text`` is a point's number and nothing else ("1.", "(2)", "iv.")."""
    return _LONE.fullmatch(text.strip()) is not None
