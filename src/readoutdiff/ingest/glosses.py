"""Pinyin glosses a copying site wrote after Chinese characters: "外交部長(cháng)", "關(guān)系".

Some sites that repost Xinhua and MFA readouts run the text through a converter that writes
the reading of every character it takes for ambiguous after it, in brackets. The glosses cut
the readout's words ("一個(gè)中國政策" is no longer "一個中國政策"), so no lexicon wording
matches and a cross-language pair says the formulas the English names "appeared". A reader
of the readout reads past them: they are taken out before the text is read, and the readout's
notes say so (its spans then point into the text without them, as an HTML page's point into
its extracted text).

>>> text, note = without_glosses("外交部長(cháng)王毅同法國外長(cháng)通電話(huà)。")
>>> text, note
('外交部長王毅同法國外長通電話。', 'pinyin glosses after 3 Chinese characters taken out (“長(cháng)”): the text is read without them')
>>> without_glosses("中方高度重视(zhòngshì)。")[1] is None  # one gloss: an author's own
True
"""

from __future__ import annotations

import re
from functools import cache

from readoutdiff.text.wide import HAN, has_wide

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"


@cache
def _gloss() -> re.Pattern[str]:
    """One syllable of pinyin with its tone mark, in brackets, right after a Chinese character:
    compiled on first use, by a text holding a bracket and a wide character (a CJK class costs
    re 3-10 ms to compile, which an English run does not pay: tests/test_startup_imports.py)."""
    return re.compile(
        rf"(?<=[{HAN}])[(（](?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,6}}[ \u00a0]?[)）]"
    )


FEWEST = 3
"""Glosses a text holds before they are taken for a converter's: one or two may be the
author's own (a reading given for a rare name)."""
NOTE = "pinyin glosses after {count} Chinese characters taken out"
"""How the note on a readout whose glosses were taken out starts."""


def without_glosses(text: str) -> tuple[str, str | None]:
    """``text`` without a converter's pinyin glosses, and the note saying so (``None``: none)."""
    if "(" not in text and "（" not in text or not _opened_after_wide(text):
        return text, None
    found = _gloss().findall(text)
    if len(found) < FEWEST:
        return text, None
    first = _gloss().search(text)
    assert first is not None
    example = text[first.start() - 1 : first.end()]
    note = NOTE.format(count=len(found)) + f" (“{example}”): the text is read without them"
    return strip(text), note


def _opened_after_wide(text: str) -> bool:
    """Whether a bracket a gloss opens with ("(", "（") stands right after a character from the
    first Chinese range up, or a text has too many brackets to ask so (then
    :func:`holds_wide`): the gloss pattern's look-behind wants a Chinese character there, so
    a text where none is holds no gloss, and the big pattern is neither compiled nor run.
    Each bracket is found by ``str.find`` (a 500 KB English readout holds about 90): the whole
    text was encoded and filtered instead (:func:`holds_wide`, ~10 M instructions a side).

    >>> [_opened_after_wide(t) for t in ("(a) 会谈。", "长(cháng)", "会谈 (a)", "会谈（甲）")]
    [False, True, False, True]
    """
    asked = 0
    for bracket in "(（":
        at = text.find(bracket, 1)
        while at > 0:
            if text[at - 1] >= _FIRST_HAN:
                return True
            asked += 1
            if asked > _MOST_BRACKETS:
                return holds_wide(text)
            at = text.find(bracket, at + 1)
    return False


_FIRST_HAN = HAN[0]
"""The first character of :data:`readoutdiff.text.wide.HAN`'s ranges (every one is wide)."""
_MOST_BRACKETS = 1000
"""Brackets :func:`_opened_after_wide` looks behind before it asks :func:`holds_wide`."""


_HEAD = 2000
"""Characters of a text asked first, as they are (a Chinese readout shows a wide one there)."""
_ASCII = bytes(range(128))


def holds_wide(text: str) -> bool:
    """:func:`readoutdiff.text.wide.has_wide` of a whole readout, told from its non-ASCII
    characters alone: an ASCII character is never wide, and ``re`` read every character of a
    500 KB English readout with a few curly quotes (7-11 ms a side, a run's 2-5 %), where
    encoding it and dropping the ASCII bytes in C leaves a text of a few thousand characters (under 1 ms;
    each multi-byte character's bytes are all non-ASCII, so what is left decodes whole). A
    Chinese readout's first lines answer at once.

    >>> [holds_wide(t) for t in ("Xi met Putin — “core”", "We met. 会谈。", "ok")]
    [False, True, False]
    """
    if text.isascii():
        return False
    if has_wide(text[:_HEAD]):
        return True
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII)
    return has_wide(rest.decode("utf-8", "surrogatepass"))


def strip(text: str) -> str:
    """``text`` without any gloss (a page's title or lines, once its body is known to hold them).

    >>> strip("王毅同法國外長(cháng)巴羅通電話(huà)")
    '王毅同法國外長巴羅通電話'
    """
    return _gloss().sub("", text)
