"""Text folded the way a case-insensitive regex compares it: one character for every character
such a regex takes as equal, the same length, so that a place in the folded text is a place in
the text. :mod:`readoutdiff.naming` searches folded readouts for the words a formula is said in.
"""

from __future__ import annotations

import functools
from collections.abc import Set


def caseless(text: str, others: Set[str] | None = None) -> str:
    """``text`` with every character replaced by one character that stands for all those a
    case-insensitive regex takes for it ("s", "S" and "ſ" -> "S"; "ς", "σ", "Σ" -> "Σ"), the
    same length, so a position in it is a position in ``text``. ``others``: the characters of
    ``text`` that are not ASCII, when the caller knows them.

    >>> caseless("Straße İstanbul ſ σς")  # "ß" has no one-character capital: its fold's first
    'STRAsE ISTANBUL S ΣΣ'
    >>> caseless("“Straße” ſ", frozenset("“ß”ſ")), caseless("“Σσς” — é", frozenset("“Σσς”—é"))
    ('“STRAsE” S', '“ΣΣΣ” — É')
    """
    if text.isascii() or (others is not None and all(map(_upper_is_fold, others))):
        # every character's upper case is its lower case's (quotes, dashes, accents: most
        # readouts): one pass in C instead of the two below (a 500 KB text: 52 M instructions)
        return text.upper()
    lower = text.lower()  # in C: when no character's lower or upper case is two, the fold is
    if len(lower) == len(text):  # their upper case of their lower case (Σ, σ and ς alike)
        upper = lower.upper()
        if len(upper) == len(text):
            return upper
    table = {ord(c): _folded(c) for c in set(text)}
    return text.translate(table)


@functools.cache
def _upper_is_fold(character: str) -> bool:
    """``character.upper()`` is ``character.lower().upper()``, one character each way, as
    that of its lower case in any context (final sigma, the one rule of ``str.lower`` that
    reads the context, gives "ς", whose upper case is "Σ" too)."""
    upper, lower = character.upper(), character.lower()
    return len(upper) == 1 and len(lower) == 1 and lower.upper() == upper


@functools.cache
def _folded(character: str) -> str:
    lower = character.lower()[0]  # "İ".lower() is "i" and a combining dot
    upper = lower.upper()
    return upper if len(upper) == 1 else lower.casefold()[0]  # "ΐ" and "ΐ", "ﬅ" and "ﬆ"
