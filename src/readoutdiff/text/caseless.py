"""Text folded the way a case-insensitive regex compares it: one character for every character
such a regex takes as equal, the same length, so that a place in the folded text is a place in
the text. :mod:`readoutdiff.formulas.keys.naming` searches folded readouts for the words a formula is said in.
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


def caseless_readout(text: str) -> tuple[str, frozenset[str] | None]:
    """:func:`caseless` of a whole readout, and its characters that are not ASCII (``None``
    for an ASCII text), both from one UTF-8 encoding made in C.

    ``str.upper`` looks each character of a text holding one non-ASCII character up in the
    Unicode tables (a 500 KB readout: ~2 ms); ``bytes.upper`` changes only the ASCII letters,
    whose bytes never occur inside another character's, at memory speed. The few kinds of
    non-ASCII characters whose upper case differs ("é", "ı") are then replaced one kind at a
    time (in any order: a one-character upper case is its own upper case); with many kinds (a
    Russian readout) the text is upper-cased whole, as before.

    >>> folded, others = caseless_readout("“Señor” — é ı")
    >>> folded, "".join(sorted(others))
    ('“SEÑOR” — É I', 'éñı—“”')
    >>> caseless_readout("“Straße” ſ")[0], caseless_readout("We met.")
    ('“STRAsE” S', ('WE MET.', None))
    """
    if text.isascii():
        return text.upper(), None
    data = text.encode("utf-8", "surrogatepass")
    others = frozenset(beyond_ascii(data))
    if not all(map(_upper_is_fold, others)):
        return caseless(text, others), others
    capitals = {c: c.upper() for c in sorted(others) if c.upper() != c}
    if len(capitals) > _FEW_KINDS:
        return text.upper(), others
    upper = data.upper().decode("utf-8", "surrogatepass")
    for character, capital in capitals.items():
        upper = upper.replace(character, capital)
    return upper, others


def beyond_ascii(data: bytes) -> str:
    """The characters of UTF-8 ``data`` outside ASCII, in order, told in C (an ASCII byte never
    occurs inside another character's bytes, so deleting them leaves whole characters).

    >>> beyond_ascii("“Señor” — é".encode())
    '“ñ”—é'
    """
    return data.translate(None, _ASCII).decode("utf-8", "surrogatepass")


_ASCII = bytes(range(0x80))
_FEW_KINDS = 8
"""Most kinds of cased non-ASCII characters replaced one by one (each a pass over the text)."""


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
