"""Where a clause of a sentence's words ends, and how far a wording grows in its clause: the
regions of :mod:`lines` run inside one clause and are grown to their wordings here, as is the
wording a place says (:mod:`wording_at`).
"""

from __future__ import annotations

from readoutdiff.formulas.matching.content_words import counts, trimmed
from readoutdiff.formulas.words import coordination, edges
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import INTRODUCING, PREPOSITIONS, STOP_WORDS
from readoutdiff.formulas.words.wording import CLAUSE_WORDS

EXTEND = 2
"""Content words of the clause a region takes on each side as its wording. Measured on the dev
pairs: 1 finds one changed event fewer; 3 one fewer on the e13/e14 pairs."""
_INTRO = INTRODUCING - STOP_WORDS
"""Content words that introduce a formula (reporting verbs, "importance" ...): a wording
grows over stop words, not over these."""


def clause_edge(words: Words, k: int) -> bool:
    """Punctuation before word ``k`` that ends a clause: not a comma of a list of one-word
    members ("economic, climate, and energy", also the one before its "and": "comprehensive,
    ambitious, and inclusive") or of names ("Cubans, Haitians, and ...")."""
    if not words.breaks[k] or _named_list(words, k):
        return False
    span = coordination.around(words, k)
    if span is None and words.stems[k] in coordination.JOINS and k + 1 < len(words.stems):
        span = coordination.around(words, k + 1)  # ", and inclusive": before the last member
    return span is None or span[0] >= k


def _named_list(words: Words, k: int) -> bool:
    caps = words.caps
    if not caps[k - 1]:
        return False
    follows = k + 1 < len(caps) and caps[k + 1]
    return caps[k] or (words.stems[k] in coordination.JOINS and follows)


def grown(
    words: Words, first: int, last: int, lists: bool = False, qualifiers: bool = False
) -> tuple[int, int]:
    """[first, last) and up to ``EXTEND`` content words of its clause on each side, trimmed;
    on the right one complement at most (no preposition after a content word taken:
    "migration management goals", not "… goals in line"); ``lists`` and ``qualifiers``: see
    :func:`edges.end`."""
    lo, n = first, 0
    while n < EXTEND and lo > 0 and not clause_edge(words, lo) and _extends(words, lo - 1):
        lo -= 1
        n += counts(words.stems[lo], words.stop_words)
    hi, n = last, 0
    while (
        n < EXTEND
        and hi < len(words.stems)
        and not clause_edge(words, hi)
        and (_extends(words, hi) or words.caps[hi])
        and not (n and words.stems[hi] in PREPOSITIONS)
    ):
        hi += 1
        n += counts(words.stems[hi - 1], words.stop_words) and not words.caps[hi - 1]
    lo, hi = trimmed(words, lo, hi)
    return lo, edges.trimmed_end(words, lo, edges.end(words, hi, lists, qualifiers))


def _extends(words: Words, k: int) -> bool:
    """Word ``k`` may join a wording: no name, clause word, "and" or word that introduces."""
    stem = words.stems[k]
    return not (words.caps[k] or stem in CLAUSE_WORDS or stem in coordination.JOINS or stem in _INTRO)  # fmt: skip
