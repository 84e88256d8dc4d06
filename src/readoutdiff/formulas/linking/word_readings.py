"""What the linking passes read off one word, read once per distinct word for all of them.

:mod:`lines` (a word's key and whether a lower-case word tells a line), :mod:`most_kept` (its
telling stem) and :mod:`between` (whether it may end a line) each read the same words of the
same sentences, and each kept an ``lru_cache`` of its own reading: a word met by three passes
was looked up cold three times, each time a Python frame and a miss, and stripped each time.
Here one table holds every reading of a word; the first pass to ask of a word reads all of
them at once (the word stripped once), and every pass then reads its own field from a plain
dict: ``KEY[stem]`` in the bytecode, ``map(TOLD.__getitem__, stems)`` in C, with no frame.

The readings are pure functions of the word, as :func:`wording.strip` is, so the table lives
for the process, as the caches did; it is emptied when it holds ``MOST`` words (a series of
many readouts), as the caches bounded themselves.

>>> KEY["deepening"], TELLING_KEY["deepening"], TOLD["reconstruction"], END["reconstruction"]
('deepen', '', 'reconstruction', True)
>>> KEY["the"], TOLD["all"], END["2022"], TELLING_KEY["agreed"]
('', 'all', False, '')
"""

from __future__ import annotations

from typing import TypeVar

from readoutdiff.formulas.linking.most_kept_edits import FRAMING
from readoutdiff.formulas.matching.content_words import PRONOUNS
from readoutdiff.formulas.mining.noise import OFFICES
from readoutdiff.formulas.words.phrases import STOCK
from readoutdiff.formulas.words.roles import INTRODUCING, STOP_WORDS, STOPS
from readoutdiff.formulas.words.word_swaps import IRREGULAR
from readoutdiff.formulas.words.wording import strip

MOST = 65536
"""Words the table holds before it is emptied (the bound the per-pass caches had)."""

IGNORED = frozenset(map(strip, INTRODUCING | PRONOUNS))
"""Stripped words that introduce a formula or stand for a party: no key of a line
(:mod:`lines`, :mod:`between`)."""
STOCK_KEYS = frozenset(map(strip, STOCK))
"""Stock words stripped: a key, but no telling one."""
ASKING = frozenset(("call", "called", "calls", "calling", "urge", "urged", "urges", "urging"))
"""Verbs that ask someone to do what a line says: which one a readout uses tells nothing of
the line ("called on Congress to pass" / "urging Congress to pass")."""
ALONG = frozenset(("along", "alongside"))
"""Words that join one party to another as "and" does ("the United States and its allies" /
"the United States along with its allies"): no telling word of a line."""
UNTOLD = frozenset(map(strip, INTRODUCING | PRONOUNS | FRAMING | ASKING | ALONG))
"""Stripped words that are no telling word of :mod:`most_kept`."""
QUANTIFIERS = frozenset(("all", "every", "any", "no"))
"""Stop words that say how much of a thing a line covers: one put in or taken out is an edit
("the release of the remaining detainees" / "release all remaining detainees")."""

_V = TypeVar("_V")


class _Readings(dict[str, _V]):
    """One reading of every word asked of: a word not in it yet is read for all readings."""

    __slots__ = ()

    def __missing__(self, stem: str) -> _V:
        _read(stem)
        return self[stem]


KEY: _Readings[str] = _Readings()
"""The word's stripped stem when it is a content word that says something, else ""
(:func:`lines.keys`; an office is told out by place there)."""
TELLING_KEY: _Readings[str] = _Readings()
"""The key of a lower-case word if it tells which line a sentence says, else ""
(:func:`lines.telling`)."""
TOLD: _Readings[str] = _Readings()
"""The stem without inflection if it is a telling word of :mod:`most_kept`, else ""."""
END: _Readings[bool] = _Readings()
"""A word that may end a line of :mod:`between`: a content word, no figure, none that
introduces a formula."""


def _read(stem: str) -> None:
    """Every reading of ``stem``, into the four tables at once."""
    if len(TOLD) >= MOST:
        for table in (KEY, TELLING_KEY, TOLD, END):
            table.clear()
    plain = strip(stem)
    told = IRREGULAR.get(plain, plain)
    # counts(stem) and counts(stem, STOP_WORDS), read in place (no two calls a new word). Most
    # new words are content words (no stop word, which STOPS holds, nor pronoun): for them the
    # tests below that only a stop word or a pronoun can fail are not asked.
    if stem in STOPS or stem in PRONOUNS:
        # English stop words only: a Russian line keys its function words ("и", "с"), as before
        # counts() told them by script; telling them out links one more wrong pair of lines on
        # the two Russian dev pairs (putin-bin-salman, noise 1 -> 2 of 7), so it waits for more.
        key = (
            plain
            if stem not in PRONOUNS and stem not in STOP_WORDS and plain not in IGNORED
            else ""
        )
        TOLD[stem] = told if stem in QUANTIFIERS else ""
        END[stem] = False
    else:
        free = plain not in IGNORED
        key = plain if free else ""
        # No letter is a digit: one C test before the walk over the letters.
        figure = not stem.isalpha() and any(map(str.isdigit, stem))
        TOLD[stem] = told if (not figure and told not in UNTOLD) or stem in QUANTIFIERS else ""
        END[stem] = free and not stem.isdigit()
    KEY[stem] = key
    TELLING_KEY[stem] = "" if stem in OFFICES or stem.endswith("ed") or key in STOCK_KEYS else key
