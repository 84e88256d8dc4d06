"""How formula-like a wording is: how many counterparts' readouts outside the set use its words.

``data/formulaness.tsv`` (built by ``benchmarks/build_formulaness.py`` from White House
readouts, every evaluation and reserved series left out) counts, for each content-word
n-gram, the distinct counterparts whose readouts use it. An n-gram is two or three content
words of one clause in a row, the stop words between them skipped; a name, a place, an
office, a date or a figure ends the run, so the table holds the standing words of diplomatic
usage ("humanitarian assistance", "release of hostages", "right to defend"), never who or when.

The table is read on first use, once per process: one dictionary lookup an n-gram.

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.formulas.phrases import readout_words
>>> w = readout_words(from_text("They urged the release of hostages held by Hamas in Gaza."))[0]
>>> [" ".join(g) for g in grams(w)]
['urge release', 'release hostage', 'urge release hostage', 'hostage held', 'release hostage held']
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from readoutdiff.formulas.noise import DATES, FRAME_WORDS, OFFICES
from readoutdiff.formulas.phrases import Words
from readoutdiff.formulas.roles import STOP_WORDS

_FILE = Path(__file__).resolve().parent.parent / "data" / "formulaness.tsv"
_WALLS = OFFICES | DATES | (FRAME_WORDS - STOP_WORDS)
"""Words that end a run: offices, dates, and the readout's frame (who spoke, saying so, when)."""


def _kind(words: Words, i: int) -> int:
    """1 for a content word, 0 for a stop word, -1 for a word that ends a run (a name, an
    office, a date, a figure, the frame)."""
    stem = words.stems[i]
    if stem in STOP_WORDS:
        return 0
    if stem in _WALLS or not stem.isalpha() or len(stem) < 2:
        return -1
    capital = words.caps[i] and (i > 0 or (len(words.caps) > 1 and words.caps[1]))
    return -1 if capital else 1


def grams(words: Words, start: int = 0, end: int | None = None) -> Iterator[tuple[str, ...]]:
    """Yield the content-word bigrams and trigrams of ``words[start:end]``, in order."""
    run: list[str] = []
    for i in range(start, len(words.stems) if end is None else end):
        if words.breaks[i]:
            run = []
        kind = _kind(words, i)
        if kind < 0:
            run = []
        elif kind:
            run.append(words.stems[i])
            if len(run) > 1:
                yield (run[-2], run[-1])
            if len(run) > 2:
                yield (run[-3], run[-2], run[-1])


@lru_cache(maxsize=1)
def table() -> tuple[dict[tuple[str, ...], int], int]:
    """Return n-gram -> counterparts, and how many counterparts the corpus has."""
    counts: dict[tuple[str, ...], int] = {}
    total = 1
    for line in _FILE.read_text("utf-8").splitlines():
        if line.startswith("# counterparts\t"):
            total = int(line.split("\t")[1])
        elif line and not line.startswith("#"):
            number, gram = line.split("\t")
            counts[tuple(gram.split())] = int(number)
    return counts, total


def counterparts(words: Words, start: int, end: int) -> list[int]:
    """How many counterparts use each content-word n-gram of ``words[start:end]`` (0: none)."""
    counts = table()[0]
    return [counts.get(gram, 0) for gram in grams(words, start, end)]
