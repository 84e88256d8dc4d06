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


_INSIDE = re.compile(rf"首先(?:是|要)|([{NUMERALS[:9]}])(是|要)")
_ORDINALS = NUMERALS[:9]


def inside(text: str, start: int, end: int) -> int:
    """Where a point's own words start in ``text[start:end]`` when the point's number stands
    after words every point shares ("中巴双方一要坚持战略互信，…二要坚持扩大合作": the parties
    are said once, before the first number, so the first point's words are "坚持战略互信" as the
    second's are "坚持扩大合作"); ``start`` when no number stands there.

    A numeral before 是/要 counts only when its paragraph holds the number before or after it
    with the same mark (一要 … 二要), so "统一是历史大势" holds none; 首先要 and 首先是 ("first,
    … should") are a first point's number by themselves.

    >>> text = "中巴双方一要坚持战略互信，夯实根基。二要坚持扩大合作。"
    >>> text[inside(text, 0, 12) :], inside("和平统一是中国内政", 0, 9)
    ('坚持战略互信，夯实根基。二要坚持扩大合作。', 0)
    >>> text = "中澳双方首先要持续增进战略互信。"
    >>> text[inside(text, 0, 15) :]
    '持续增进战略互信。'
    """
    past = start
    for found in _INSIDE.finditer(text, start, end):
        numeral, mark = found.group(1), found.group(2)
        if numeral is not None:
            if text[found.start() - 1 : found.start()] in NUMERALS + "第":  # 十一是, 第一是
                continue
            if not _numbered(text, found.start(), numeral, mark):
                continue
        past = found.end()
    return past


def _numbered(text: str, at: int, numeral: str, mark: str) -> bool:
    """Whether the paragraph around ``text[at]`` says the number before or after ``numeral``
    with the same ``mark`` (二要 after 一要, 一是 before 二是)."""
    first = text.rfind("\n", 0, at) + 1
    last = text.find("\n", at)
    last = len(text) if last < 0 else last
    rank = _ORDINALS.index(numeral)
    after = _ORDINALS[rank + 1 : rank + 2]
    before = _ORDINALS[rank - 1] if rank else ""
    return bool(after and text.find(after + mark, at + 2, last) >= 0) or bool(
        before and text.find(before + mark, first, at) >= 0
    )


def lone(text: str) -> bool:
    """Whether ``text`` is a point's number and nothing else ("1.", "(2)", "iv.")."""
    return _LONE.fullmatch(text.strip()) is not None
