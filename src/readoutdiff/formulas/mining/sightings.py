"""Phrases of one readout that look fixed ("sightings"), for :mod:`readoutdiff.formulas.mining.mining`.

A readout is read as a :class:`Side`: its words and the lexicon formulas found in it, whose
words are never mined again. What it quotes is sighted there, outside those formulas (the
runs two readouts share are sighted by :mod:`~readoutdiff.formulas.mining.mining`). A phrase
is trimmed of stop words at its edges and kept only with two content words or more, and never
when it is a name, office, date, boilerplate or cut (:mod:`readoutdiff.formulas.mining.noise`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Container, Iterator, Mapping, Sequence
from operator import attrgetter

from readoutdiff.formulas.matching.matcher import taken_words
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.mining import noise, zh_phrases
from readoutdiff.formulas.words.phrases import Copies, Words
from readoutdiff.formulas.words.roles import edge_words, stop_words
from readoutdiff.model import Readout
from readoutdiff.records.record import record

_QUOTED = re.compile(
    r"[\"\u201c\u201d\u00ab\u00bb\u201e]([^\"\u201c\u201d\u00ab\u00bb\u201e]{3,160})[\"\u201c\u201d\u00ab\u00bb\u201e]"
)
_MARKS = '"\u201c\u201d\u00ab\u00bb\u201e'
"""The quote marks of ``_QUOTED``: a sentence without one quotes nothing."""
_BASE = attrgetter("base")
_MAX_WORDS = 10


Sighting = tuple[str, tuple[str, ...], str]
"""(kind, stems, original wording)."""


@record
class Side:
    """One readout as mining sees it: its words and the lexicon formulas already found."""

    readout: Readout
    words: tuple[Words, ...]
    taken: tuple[Occurrence, ...]
    sightings: tuple[Sighting, ...] | None = None
    """Its phrases that look fixed (:func:`find`), when already found."""
    held: Mapping[int, set[int]] | None = None
    """:func:`taken_words` of ``taken``, when already made (read, never changed)."""
    groups: Sequence[Copies] | None = None
    """``words`` grouped by sentence text
    (:func:`~readoutdiff.formulas.words.phrases.grouped_words`), when already made."""


def taken_of(side: Side) -> Mapping[int, set[int]]:
    return side.held if side.held is not None else taken_words(side.taken)


SightingMemo = dict[tuple[str, tuple[int, ...]], list[Sighting]]
"""(sentence text, words taken by formulas) -> the sentence's sightings."""


def find(side: Side, memo: SightingMemo) -> list[Sighting]:
    """The phrases of each sentence that look fixed; a sentence that recurs (on either side)
    with the same words taken by formulas is read once, through ``memo``: a sighting holds no
    offsets, only the sentence's own words."""
    taken = taken_of(side)
    sentences = side.readout.sentences
    found: list[Sighting] = []
    # Copies of a sentence share one stems tuple (one per text): an untouched copy's sightings
    # are found by its id after the first (all of ``side.words`` is alive during the call).
    untouched: dict[int, list[Sighting]] = {}
    for words in _quoting(side):
        held = taken.get(words.sentence)
        if not held:
            known = untouched.get(id(words.stems))
            if known is not None:
                found += known
                continue
        key = (sentences[words.sentence].text, tuple(sorted(held)) if held else ())
        known = memo.get(key)
        if known is None:
            known = memo[key] = list(_sentence_sightings(side.readout, words, held or set()))
        if not held:
            untouched[id(words.stems)] = known
        found += known  # a list, not a generator: one is read per sentence of both readouts
    return found


def _quoting(side: Side) -> list[Words]:
    """The sentences of ``side`` that hold a quote mark, in order: the marks are found in the
    readout's text by ``str.find`` (in C, at memory speed) and each put in its sentence by
    bisection, so the thousands of sentences that quote nothing are never walked one by one
    (some 1 µs a sentence: most of the time :func:`find` took). The bisection reads the
    sentences' starts off the words it visits (``key``), a dozen a mark, rather than a list of
    every start made first (6,558 reads at 500 KB for some 160 marks: branch sp93)."""
    text, words = side.readout.text, side.words
    held: set[int] = set()
    for mark in _MARKS:
        at = text.find(mark)
        while at >= 0:
            held.add(bisect_right(words, at, key=_BASE) - 1)  # the words are in order of start
            at = text.find(mark, at + 1)
    return [words[k] for k in sorted(held) if k >= 0]


def _sentence_sightings(readout: Readout, words: Words, taken: set[int]) -> Iterator[Sighting]:
    yield from _quoted(readout, words, taken)


def sighted(
    kind: str, readout: Readout, words: Words, first: int, end: int,
    taken: Container[int] = (),
) -> Iterator[Sighting]:  # fmt: skip
    """Yield the phrase ``first:end`` trimmed of edge stop words, if two content words remain
    (stop and edge words of the readout's language: :func:`~readoutdiff.formulas.words.roles.edge_words`).

    A shared run needs three to six words: two shared words are too often a coincidence,
    and a longer run is unchanged text rather than a formula. A phrase whose last word runs
    straight into a lexicon formula (a word of ``taken`` next, no punctuation between) is
    none: its last word qualifies that formula ("support for a negotiated" of "support for a
    negotiated two-state solution"), which is found on its own.
    """
    if readout.language == "zh":  # words are characters: read in the segmenter's words
        yield from zh_phrases.sighted(kind, readout, words, first, end, taken)
        return
    edges = edge_words(readout.language)
    while first < end and words.stems[first] in edges:
        first += 1
    while end > first and words.stems[end - 1] in edges:
        end -= 1
    if end < len(words.stems) and end in taken and not words.breaks[end]:
        return
    stems, stops = words.stems[first:end], stop_words(readout.language)
    low, high = (3, 6) if kind == "shared" else (2, _MAX_WORDS)
    if (
        low <= len(stems) <= high
        and sum(s not in stops for s in stems) >= 2
        and noise.why(words, first, end) is None
    ):
        yield kind, stems, readout.text[words.start(first) : words.end(end - 1)]


def _quoted(readout: Readout, words: Words, taken: set[int]) -> Iterator[Sighting]:
    sentence = readout.sentences[words.sentence]
    for match in _QUOTED.finditer(sentence.text):
        start, stop = match.start(1), match.end(1)  # in the sentence, as the words' offsets
        inside = [i for i, s in enumerate(words.offsets) if start <= s and words.stops[i] <= stop]
        if inside and not taken.intersection(inside):
            yield from sighted("quoted", readout, words, inside[0], inside[-1] + 1)
