"""Fold text for matching: NFKC, lower case, plain spaces, quotes and dashes.

Folding never feeds an output: outputs always quote the original text. When a
fold changes the length of the text, :func:`fold_with_offsets` says which
original character each folded character came from.

>>> fold("Good\u2011Neighborliness \u201ccore\u201d\u00a0interests")
'good-neighborliness "core" interests'
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

from readoutdiff.text.wide import HAN, has_wide, lazy

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_INVISIBLE = "\u00ad\u061c\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
"""Characters a reader never sees: the soft hyphen, the zero-width space, the word joiner, the
byte-order mark (a zero-width no-break space inside a text) and the marks that set the
direction of text (U+200E LEFT-TO-RIGHT MARK ...). Folding drops them, so that two passages
that differ only by one of them are the same passage, as two that differ by a no-break space
are. The zero-width joiner and non-joiner are kept: they change how Arabic or Persian letters
join, which a reader sees."""

_TABLE = str.maketrans(
    {
        **dict.fromkeys(map(ord, _SPACES), " "),
        **dict.fromkeys(map(ord, _DOUBLE_QUOTES), '"'),
        **dict.fromkeys(map(ord, _SINGLE_QUOTES), "'"),
        **dict.fromkeys(map(ord, _DASHES), "-"),
        **dict.fromkeys(map(ord, _INVISIBLE), None),  # invisible, so never a difference
    }
)

_ASCII_TABLE = "".join(
    to if isinstance(to := _TABLE.get(code, chr(code)), str) else chr(code) for code in range(128)
)
"""``_TABLE`` for ASCII text, every ASCII character in it (the unchanged ones their own):
``str.translate`` finds each character, where ``_TABLE`` alone raised and caught a
``KeyError`` for each distinct letter of each text (over half the time of a sentence's fold).

>>> all(chr(c).translate(_ASCII_TABLE) == chr(c).translate(_TABLE) for c in range(128))
True

The four it changes: three are not printable, so a printable ASCII text with no backtick
(most sentences of English readouts) is its own fold, found without a translation.

>>> [c for c in map(chr, range(128)) if c.translate(_ASCII_TABLE) != c]
['\\t', '\\x0b', '\\x0c', '`']
>>> [c for c in "\\t\\x0b\\x0c" if c.isprintable()]
[]
"""

_REPLACEMENTS = {chr(code): "" if by is None else str(by) for code, by in _TABLE.items()}
_TRANSLATED = re.compile("[" + re.escape("".join(_REPLACEMENTS)) + "]")
"""A character ``_TABLE`` replaces (or deletes: :data:`_INVISIBLE`)."""


def visible(text: str) -> str:
    """``text`` without the characters of :data:`_INVISIBLE` (what a reader of it sees).

    >>> visible("Ned Price:\u200e"), visible("Ned Price:")
    ('Ned Price:', 'Ned Price:')
    """
    return text.translate(_DROPPED) if _HIDDEN.search(text) else text


_DROPPED = dict.fromkeys(map(ord, _INVISIBLE))
_HIDDEN = re.compile(f"[{_INVISIBLE}]")


def fold(text: str) -> str:
    """Return ``text`` folded for matching (may differ in length from ``text``)."""
    return fold_keeping_case(text).lower()


def fold_keeping_case(text: str) -> str:
    """Return ``text`` folded as :func:`fold` does but in its own case: a case change is news.

    >>> fold_keeping_case("“Core” Interests")
    '"Core" Interests'
    """
    if text.isascii():  # tab, vertical tab, form feed, backtick (str.translate is quick on ASCII)
        if text.isprintable() and "`" not in text:  # none of the four: two scans in C
            return text
        return text.translate(_ASCII_TABLE)
    text = _translated(text)
    if not text.isascii():
        text = _translated(unicodedata.normalize("NFKC", text))
    return text


def _translated(text: str) -> str:
    """``text.translate(_TABLE)`` for text past ASCII: the few characters to replace are found by
    a pattern and replaced one by one (``str.translate`` looks every character up in the table).

    >>> _translated("“core”\u00a0interests\u00ad") == "“core”\u00a0interests\u00ad".translate(_TABLE)
    True
    """
    return _TRANSLATED.sub(_replacement, text)


def _replacement(match: re.Match[str]) -> str:
    return _REPLACEMENTS[match.group()]


_TYPED_DASH = re.compile(r"(?<!-)-{2,3}(?!-)")
"""Two or three hyphens: how plain text types a dash ("(Xinhua) -- Chinese President")."""


def fold_style(text: str) -> str:
    """Return ``text`` folded as :func:`fold_keeping_case` does, a typed dash (``--``, ``---``)
    one dash as ``—`` is: two passages whose folds split alike differ only in style.

    >>> fold_style("PARIS, May 6 (Xinhua) -- Chinese") == fold_style("PARIS, May 6 (Xinhua) — Chinese")
    True
    >>> fold_style("a ---- rule")  # four or more hyphens are a line, not a dash
    'a ---- rule'
    """
    folded = fold_keeping_case(text)
    return _TYPED_DASH.sub("-", folded) if "--" in folded else folded


def fold_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """Fold ``text`` and map each folded character back to its original offset.

    The map has one more entry than the folded text: the end offset.

    >>> fold_with_offsets("A\ufb01n")
    ('afin', (0, 1, 1, 2, 3))
    """
    folded = fold(text)
    if len(folded) == len(text) and keeps_offsets(text):
        return folded, tuple(range(len(text) + 1))
    pieces: list[str] = []
    offsets: list[int] = []
    for cluster in _CLUSTER().finditer(text):
        piece = fold(cluster.group())  # a base and its combining marks compose together
        pieces.append(piece)
        offsets.extend([cluster.start()] * len(piece))
    offsets.append(len(text))
    return "".join(pieces), tuple(offsets)


_CLUSTER = lazy(
    "(?s:.)[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a]*"
)


def keeps_offsets(text: str) -> bool:
    """Tell whether folding ``text`` turns each character into exactly one character, so that
    offsets in the folded text are offsets in ``text``."""
    # The characters asked are picked and asked in C: a readout's non-ASCII sentences (curly
    # quotes, accents) each came through a generator over their distinct characters.
    return text.isascii() or all(map(_one_for_one, set(text).difference(_ASCII)))


_ASCII = frozenset(map(chr, range(128)))


@lru_cache(maxsize=4096)
def _one_for_one(char: str) -> bool:
    """The character folds to exactly one character (asked once per distinct character)."""
    return len(fold(char)) == 1


CJK = f"\u3040-\u30ff{HAN}\uac00-\ud7af"
"""Character-class ranges of Chinese, Japanese and Korean script: each such character is a word."""
_WORD = lazy(rf"[{CJK}]|(?:(?![{CJK}])\w)+")
_PLAIN_WORD = re.compile(r"\w\w*")  # \w+, skipping ahead (see wordshape._SPLIT)
"""What ``_WORD`` finds in text without a wide character (see :mod:`readoutdiff.text.wide`)."""


def words(folded: str) -> list[str]:
    """Split folded text into words; each Chinese, Japanese or Korean character is a word.

    >>> words("core interests, 核心利益")
    ['core', 'interests', '核', '心', '利', '益']
    """
    return (_WORD() if has_wide(folded) else _PLAIN_WORD).findall(folded)


_CJK_CHAR = lazy(f"[{CJK}]")
_CJK_BOUNDS = tuple(
    sorted(
        bound
        for low, high in zip(CJK[0::3], CJK[2::3], strict=True)
        for bound in (low, chr(ord(high) + 1))
    )
)
"""Where ``CJK``'s ranges start and stop: a character is in one when an odd number of these are
at or below it."""


def has_cjk(text: str) -> bool:
    """Tell whether ``text`` has a character of ``CJK`` (its pattern compiled only if it may).

    >>> has_cjk("core interests"), has_cjk("“core” — 核心")
    (False, True)
    """
    return has_wide(text) and _CJK_CHAR().search(text) is not None


def without_cjk(text: str) -> str:
    """``text`` without its ``CJK`` characters, told by their ranges (no pattern to compile for
    the few characters of a lexicon wording).

    >>> without_cjk("G20 峰会")
    'G20 '
    """
    if not has_wide(text):
        return text
    return "".join(char for char in text if not is_cjk(char))


def is_cjk(char: str) -> bool:
    """Tell whether ``char`` is in ``CJK``, by its ranges (nothing to compile)."""
    return bisect_right(_CJK_BOUNDS, char) % 2 == 1
