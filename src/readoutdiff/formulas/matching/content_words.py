"""The content words of a wording and the clause they stand in, shared by the places a
formula may stand reworded (:mod:`readoutdiff.formulas.linking.mutation`, ``slots``, ``twins``,
``lines`` …): which words count (:func:`counts`: no stop word nor pronoun), a wording's
stripped content stems (:func:`content`), the clause around it (:func:`clause`), a wording
without the words that only introduce it (:func:`trimmed`) and with the noun its qualifiers
qualify (:func:`headed`, :func:`whole`), and whether one stem is derived from another
(:func:`derived`).

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.formulas.words.phrases import readout_words
>>> w = readout_words(from_text("They expressed their shared commitment to peace."))[0]
>>> content(w, 0, 7), trimmed(w, 1, 7), headed(w, 3, 4)
(['express', 'shar', 'commitment', 'peac'], (3, 7), (3, 5))
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.words import coordination, edges
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import INTRODUCING, STOPS
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, strip

_TOPIC_WORDS = frozenset(("regarding", "concerning"))
"""Words that only open the topic a formula is about."""


PRONOUNS = frozenset("itself themselves himself herself ourselves us them him one".split())
"""Words that are no content here: "defends itself" shares nothing with "Israel's right to defend itself"."""


def clause(words: Words, first: int, last: int, reach: int) -> tuple[int, int]:
    """Words [lo, hi) around [first, last) in the same clause, at most ``reach`` on each side.
    The commas of a list of one-word members are no clause edge ("open, connected and
    prosperous Indo-Pacific")."""
    lo = first
    while (
        lo > max(0, first - reach)
        and (not words.breaks[lo] or _listed(words, lo))
        and words.stems[lo - 1] not in CLAUSE_WORDS
    ):
        lo -= 1
    hi = last
    while (
        hi < min(len(words.stems), last + reach)
        and (not words.breaks[hi] or _listed(words, hi))
        and words.stems[hi] not in CLAUSE_WORDS
    ):
        hi += 1
    return lo, hi


def _listed(words: Words, k: int) -> bool:
    """The punctuation before word ``k`` separates two members of one coordination."""
    span = coordination.around(words, k)
    return span is not None and span[0] < k


def content(words: Words, lo: int, hi: int) -> list[str]:
    return [strip(s) for s in words.stems[lo:hi] if counts(s, words.stop_words)]


def counts(stem: str, stops: frozenset[str] = STOPS) -> bool:
    """The word counts as content: no stop word (``stops``: those of the readout's language,
    :attr:`Words.stop_words <readoutdiff.formulas.words.phrases.Words.stop_words>`; by default
    :data:`~readoutdiff.formulas.words.roles.STOPS`, which tells a Russian readout's function
    words by their script as an English one's), no pronoun.

    >>> counts("partnership"), counts("the"), counts("такж"), counts("сотрудничеств")
    (True, False, False, True)
    """
    return stem not in stops and stem not in PRONOUNS


def trimmed(
    words: Words, first: int, last: int, keep: tuple[int, int] | None = None, text: str = ""
) -> tuple[int, int]:  # fmt: skip
    """[first, last) without the words before it that introduce a formula rather than say it
    ("expressed their …", "regarding the importance of …") and the stop words after it, never
    cutting into ``keep`` (the formula's own words)."""
    lo_most, hi_least = keep if keep is not None else (last, first)
    first = edges.start(words, first, min(lo_most, last - 1), text)
    while first < min(lo_most, last - 1) and _introduces(words, first):
        first += 1
    while (
        last - 1 > max(hi_least - 1, first)
        and not words.caps[last - 1]
        and words.stems[last - 1] in words.stop_words
    ):
        last -= 1
    return first, last


def _introduces(words: Words, k: int) -> bool:
    """A lower-case stop word, subject word or reporting verb (a title is part of a name)."""
    stem = words.stems[k]
    return not words.caps[k] and (
        stem in words.stop_words or stem in INTRODUCING or stem in _TOPIC_WORDS
    )


def whole(words: Words, own: Occurrence) -> tuple[int, int]:
    """The words of a formula's own wording, with the noun its qualifiers qualify when it is a
    coordination of one-word qualifiers ("unprovoked and unjustified" war)."""
    if coordination.is_coordination(words, own.first, own.last):
        return headed(words, own.first, own.last)
    return own.first, own.last


def last_content(stems: Sequence[str], stops: frozenset[str]) -> str:
    """The last word of ``stems`` not in ``stops``, stripped ("" if none)."""
    return next((strip(s) for s in reversed(stems) if s not in stops), "")


def headed(words: Words, first: int, last: int) -> tuple[int, int]:
    """[first, last) and the lower-case content word right after it, if one follows."""
    follows = last < len(words.stems) and not words.breaks[last] and not words.caps[last]
    return (
        (first, last + 1)
        if follows
        and counts(words.stems[last], words.stop_words)
        and words.stems[last] not in CLAUSE_WORDS
        else (first, last)
    )


SUFFIXES = frozenset({"ship", "ation", "ion", "ment", "ity", "ness"})
"""Endings that derive a noun from a word (after inflection is stripped)."""
SHORTEST = 5
"""Letters the shorter word needs: shorter words begin too many others."""


def derived(x: str, y: str) -> bool:
    """One stem is the other with a noun-deriving suffix.

    >>> derived("partner", "partnership"), derived("realization", "realiz"), derived("unjust", "unjustified")
    (True, True, False)
    """
    short, long = sorted((x, y), key=len)
    return len(short) >= SHORTEST and long.startswith(short) and long[len(short) :] in SUFFIXES
