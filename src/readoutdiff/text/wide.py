"""Patterns compiled on first use, and the check that lets most text skip the costly ones.

Python's ``re`` builds a character class range code point by code point when it compiles
it, so a pattern with the Chinese, Japanese and Korean ranges costs 3–10 ms, more than it
then spends on a readout. Such patterns are compiled on first use (:func:`lazy`), and a
module first asks :func:`has_wide`: text for which it is false holds no character of any
of those ranges (nor of Thai, Lao, Myanmar or Khmer), so a pattern without them finds
exactly the same matches there. English and Russian readouts never compile the big ones.

>>> has_wide("Xi met Putin \u2014 \u201ccore interests\u201d"), has_wide("коренные интересы")
(False, False)
>>> has_wide("核心利益"), has_wide("ภาษาไทย"), has_wide("\uff01")
(True, True, True)
>>> digits = lazy(r"\\d+")
>>> digits().findall("G20 in 2016") == digits().findall("G20 in 2016") and digits() is digits()
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

FROM = "\u3040"
"""Every character from here up counts as wide (kana, Han, hangul, compatibility forms…)."""
SPACELESS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
"""Thai and Lao, Myanmar, Khmer: scripts below :data:`FROM` written without spaces."""
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""Character-class ranges of Chinese characters (kana and hangul are not cut by jieba): all wide,
kept here for the modules that import no language (:mod:`readoutdiff.formulas.keys.naming`), and read as
:data:`readoutdiff.languages.zh.HAN` by the rest."""


def lazy(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """Return a function that compiles ``pattern`` the first time it is called, then keeps it."""

    @cache
    def compiled() -> re.Pattern[str]:
        return re.compile(pattern, flags)

    return compiled


CYRILLIC = "\u0400-\u052f"
"""Character-class range of Cyrillic letters (Russian and its supplement), for the modules that
tell a Russian text or wording from others."""
CYRILLIC_CHAR = re.compile(f"[{CYRILLIC}]")
"""One Cyrillic letter (a small class: compiled on import)."""
CYRILLIC_LETTERS = frozenset(chr(code) for code in range(0x0400, 0x0530))
"""The same letters as a set, to ask of one character (a word's first) without a regex."""

HAN_CHAR = lazy(f"[{HAN}]")
"""One Chinese character, compiled on first use: an English or Russian run never compiles the
wide class (ask :func:`has_wide` first where the text may hold none)."""


# A negated class: compiling it walks the code points below FROM only (about 12 000), not the
# 50 000 above it.
_WIDE = lazy("[^\x00-\u0dff\u0f00-\u0fff\u10a0-\u177f\u1800-\u303f]")


def has_wide(text: str) -> bool:
    """Tell whether ``text`` may hold a character from :data:`FROM` up or of :data:`SPACELESS`.

    False means none is there: a character class made only of such ranges matches nothing.
    """
    return not text.isascii() and _WIDE().search(text) is not None
