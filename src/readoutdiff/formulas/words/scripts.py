"""Which scripts a text or a wording is written in, without loading OpenCC or Snowball.

The lexicon's Chinese and Russian wordings need those libraries to be keyed; a readout with
no character of their script can skip them (see :mod:`readoutdiff.formulas.tracking`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain, compress
from operator import attrgetter, not_
from typing import TYPE_CHECKING

from readoutdiff.formulas.words.phrases import CYRILLIC, PLAIN_WORD, fold_words
from readoutdiff.languages.folding import fold_with_offsets, without_cjk
from readoutdiff.text.wide import CYRILLIC_CHAR

if TYPE_CHECKING:
    from readoutdiff.formulas.words.phrases import Words
    from readoutdiff.model import Readout

SCRIPTS = frozenset({"cjk", "cyrillic"})
"""Scripts whose wordings need OpenCC or Snowball to be keyed; see :func:`scripts_in`."""
_FROM_CYRILLIC = re.compile("[^\x00-\u03ff]")
"""A character from U+0400 up; negated, as re compiles a class range code point by code point
(U+0400-U+10FFFF took 10 ms at every start-up)."""


def scripts_in(text: str) -> frozenset[str]:
    """Return the scripts of :data:`SCRIPTS` that have a character in ``text`` (folded).

    Any character from U+2E80 up counts as CJK, so this errs towards finding one.

    >>> sorted(scripts_in("Xi met Putin")), sorted(scripts_in("коренные 利益"))
    ([], ['cjk', 'cyrillic'])
    """
    if text.isascii() or not _from_cyrillic(text):
        return frozenset()  # nothing below Cyrillic folds into Cyrillic or CJK (checked)
    # Each distinct character folded once: folding a 500 KB text whole took a third of a second.
    folded = fold_with_offsets("".join(sorted({c for c in set(text) if not c.isascii()})))[0]
    found = {"cjk"} if max(folded, default="") >= "\u2e80" else set()
    return frozenset(found | ({"cyrillic"} if CYRILLIC_CHAR.search(folded) else set()))


def _from_cyrillic(text: str) -> bool:
    """``text`` has a character from U+0400 up (``_FROM_CYRILLIC`` finds one), told in C at
    memory speed: in UTF-8 such a character, and only such, has a byte from 0xD0 up (U+0400
    is D0 80; continuation bytes are 80-BF; a lone surrogate, kept by "surrogatepass", is
    ED ..). The search tested each character against its class: some 15 M instructions for
    the stems of two 500 KB readouts with a "ğ" among them. No max(): it walks in Python
    objects.

    >>> _from_cyrillic("café ğı Ͽ"), _from_cyrillic("x Ѐ"), _from_cyrillic("—")
    (False, True, True)
    """
    return bool(text.encode("utf-8", "surrogatepass").translate(None, _BELOW_CYRILLIC))


_BELOW_CYRILLIC = bytes(range(0xD0))
"""UTF-8 bytes of characters below U+0400 (and continuation bytes): deleted, what is left
starts a character from U+0400 up."""


def only_in(text: str, script: str) -> bool:
    """Tell whether every word of ``text`` (as :func:`key` cuts it) is of ``script``.

    Such a wording's stems are all CJK characters (``cjk``) or all start with a
    Cyrillic letter (``cyrillic``), so it can match no text without that script.

    >>> only_in("核心利益", "cjk"), only_in("G20 峰会", "cjk"), only_in("коренные интересы", "cyrillic")
    (True, False, True)
    >>> only_in("консенсус 1992 года", "cyrillic"), only_in("1992", "cyrillic")
    (True, False)
    """
    if text.isascii():
        return False
    folded = fold_words(text)
    # Found without _WORD (not compiled for the few characters of a wording): each CJK
    # character is a word, and the words of the rest are those of PLAIN_WORD.
    rest = without_cjk(folded)
    if script == "cjk":
        return len(rest) < len(folded) and not PLAIN_WORD.search(rest)
    if len(rest) < len(folded):
        return False  # a CJK character is a word that does not start with a Cyrillic letter
    # a number ("консенсус 1992 года") is in no script: the Cyrillic words still need Snowball
    words = [word for word in PLAIN_WORD.findall(folded) if not word.isdigit()]
    return bool(words) and all(word[0] in CYRILLIC for word in words)


_STEMS, _TEXT = attrgetter("stems"), attrgetter("text")


def absent(*sides: tuple[Readout, Sequence[Words]]) -> frozenset[str]:
    """Scripts no word of the texts has: their lexicon wordings need no keys (see
    :func:`readoutdiff.formulas.matching.matcher.build`; the formula stage and the phrases
    recurring in a series ask alike, so their matchers are one).
    An ASCII sentence's words are cut from its lower-cased text and stemmed in ASCII
    (``wordshape.shape``): only the other sentences are read, each tested in C."""
    wide = (
        compress(words, map(not_, map(str.isascii, map(_TEXT, readout.sentences))))
        for readout, words in sides
    )
    # A repeated sentence shares its stems tuple (one Shape per text): read each tuple once.
    stems = list(map(_STEMS, chain.from_iterable(wide)))
    distinct = dict(zip(map(id, stems), stems, strict=True))
    # Only characters past ASCII tell a script: the sentences that are so by a curly quote or a
    # dash alone have ASCII stems, left out before the characters are sorted into a set (the
    # set of all the stems' characters was some 3 M instructions at 500 KB, sp43).
    wide_stems = [joined for joined in map("".join, distinct.values()) if not joined.isascii()]
    return SCRIPTS - scripts_in("".join(wide_stems))
