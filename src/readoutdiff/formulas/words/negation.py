"""Whether one wording negates a word of the other: "global food insecurity" says the
opposite of "global food security", however alike the two read."""

from __future__ import annotations

from readoutdiff.formulas.words.phrases import key
from readoutdiff.formulas.words.roles import STOP_WORDS

_NEGATIONS = ("in", "un", "non", "dis", "il", "im", "ir")


def negated(x: str, y: str) -> bool:
    """A content word of one wording is a word of the other with a negating prefix, which
    the other lacks: "global food insecurity" / "global food security", "unlawful" / "lawful".

    >>> negated("global food insecurity", "global food security"), negated("justified", "unjustified war")
    (True, True)
    >>> negated("unprovoked and unjustified", "unjustified and unprovoked"), negated("strong support", "strong partnership")
    (False, False)
    """
    return negated_keys(key(x), key(y))


def negated_keys(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """:func:`negated` of two wordings' stems (``phrases.key``), for a caller that has them."""
    bx, by = set(x) - STOP_WORDS, set(y) - STOP_WORDS
    only_x, only_y = bx - by, by - bx
    if not only_x or not only_y:
        return False  # a word negated needs a word of each wording the other lacks
    for longer, shorter in ((only_x, only_y), (only_y, only_x)):
        # Most words open with no negating prefix: told in C before any is tried.
        for word in (w for w in longer if w.startswith(_NEGATIONS)):
            if any(word[len(p) :].lstrip("-") in shorter for p in _NEGATIONS if word.startswith(p)):
                return True
    return False
