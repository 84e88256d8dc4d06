"""Mine formulas that no lexicon knows: phrases in the two readouts that look fixed.

Two kinds of evidence, each with a base confidence (raised 0.05 per extra sighting, at most 0.95):

- ``quoted`` (0.65): two or more words in double quotes;
- ``shared`` (0.6): three to six words shared verbatim by the two sides of a reworded
  aligned pair, kept when shared by two pairs or more (once is often just the unchanged
  half of a sentence), or once when three of its lower-case words say something (no stop
  word, stock readout word, subject or reporting verb: "address regional security
  challenges", not "committed to work together").

Phrases are cut at punctuation and at lexicon formulas, trimmed of stop words at
their edges, and need two content words, so "the two" is never one. Names, offices,
dates, readout boilerplate and phrases cut inside a name are never mined
(:mod:`readoutdiff.formulas.mining.noise`): only a lexicon makes a name a formula. Phrases
that extend one another or nearly match ("deepening cooperation" / "deepened
cooperation") become wordings of one mined formula.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import partial
from itertools import accumulate, chain, compress
from operator import not_

from rapidfuzz import fuzz

from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.formulas.mining import zh_phrases
from readoutdiff.formulas.mining.sightings import (
    Side,
    Sighting,
    SightingMemo,
    sighted,
    taken_of,
)
from readoutdiff.formulas.mining.sightings import find as find_sightings
from readoutdiff.formulas.words.phrases import STOCK, Words, told_words
from readoutdiff.formulas.words.roles import INTRODUCING, STOP_WORDS, stop_words
from readoutdiff.model import Entry, FormulaSource
from readoutdiff.text.shared_runs import BlockMemo, remembered_blocks

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_MINED = FormulaSource.MINED

_BASE = {"quoted": 0.65, "shared": 0.6}


Seen = tuple[str, int, str]
"""(kind, readout number or -1 for an aligned pair, original wording)."""
_MAX_CLUSTER = 8
"""A group of more wordings than this is a common head word, not one formula: keep them apart."""


def mine(
    sides: Sequence[Side], pairs: Sequence[tuple[tuple[int, ...], tuple[int, ...]]] = (),
    *, threshold: float = 90.0, blocks: BlockMemo | None = None,
) -> tuple[Entry, ...]:  # fmt: skip
    """Return mined formulas as lexicon entries (source ``mined``), in a stable order.

    ``pairs`` are aligned, reworded passages as (A sentence indices, B sentence indices);
    ``blocks`` keeps their word runs for the other users of the same comparison.

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.formulas.words.phrases import readout_words
    >>> r = from_text("They backed the Belt and Road Initiative and the “iron brotherhood” of the Treaty.")
    >>> [(e.id, e.text) for e in mine([Side(readout=r, words=readout_words(r), taken=())])]
    [('mined:iron-brotherhood', 'iron brotherhood')]
    """
    memo: SightingMemo = {}
    tagged = [
        (n, sighting)
        for n, side in enumerate(sides)
        for sighting in (
            side.sightings if side.sightings is not None else find_sightings(side, memo)
        )
    ]
    if len(sides) == 2:
        tagged += [(-1, sighting) for sighting in _shared(sides[0], sides[1], pairs, blocks)]
    seen: dict[tuple[str, ...], list[Seen]] = defaultdict(list)
    known = _known_parts(sides, (stems for _, (_, stems, _) in tagged))
    for origin, (kind, stems, text) in tagged:
        if stems not in known:
            seen[stems].append((kind, origin, text))
    stops = frozenset().union(*(stop_words(side.readout.language) for side in sides))
    chinese = any(side.readout.language == "zh" for side in sides)
    kept = {stems: found for stems, found in seen.items() if _worth_keeping(found, stops, chinese)}
    return tuple(_entry(cluster, kept) for cluster in _clusters(sorted(kept), threshold, stops))


def _known_parts(sides: Sequence[Side], sighted: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The stems of ``sighted`` that are a run of two or more words inside a lexicon formula
    (never mined again)."""
    # Looked for where a wording holds a sighting's first word, rather than every run of every
    # wording cut into a set (a few dozen sightings against some 1,200 runs at 500 KB).
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for stems in set(sighted):
        if len(stems) >= 2:
            by_first[stems[0]].append(stems)
    known: set[tuple[str, ...]] = set()
    if not by_first:
        return known  # nothing sighted to look for: no formula's words are read at all
    # Each wording once: a formula recurs, and the two readouts share most of theirs.
    wordings = {
        side.words[o.sentence].stems[o.first : o.last] for side in sides for o in side.taken
    }
    firsts = frozenset(by_first)  # a set's test of a tuple runs twice as fast as a view's
    for wording in wordings:
        if firsts.isdisjoint(wording):
            continue  # no sighting starts in it: one test in C (branch sp93)
        for start in compress(range(len(wording)), map(by_first.__contains__, wording)):
            known.update(
                stems
                for stems in by_first[wording[start]]
                if wording[start : start + len(stems)] == stems
            )
    return known


def _worth_keeping(
    found: list[Seen], stops: frozenset[str] = STOP_WORDS, chinese: bool = False
) -> bool:
    """Quotations count at once; shared runs must recur in two pairs (the same sentence in
    both readouts is no recurrence) unless substantive (in Chinese, read in the segmenter's
    words: :func:`~readoutdiff.formulas.mining.zh_phrases.substantive`). A Chinese readout
    quotes the image of the day ("超级发动机", "底色"), not its formulas, which it writes bare:
    there a quotation counts when both readouts quote it."""
    if any(kind == "quoted" for kind, _, _ in found) and (
        not chinese or len({origin for kind, origin, _ in found if kind == "quoted"}) >= 2
    ):
        return True
    said = zh_phrases.substantive if chinese else partial(_substantive, stops=stops)
    if any(kind == "shared" and said(text) for kind, _, text in found):
        return True
    return max(Counter(origin for _, origin, _ in found).values()) >= 2


def _substantive(text: str, stops: frozenset[str] = STOP_WORDS) -> bool:
    """A shared run that says enough to be a formula when seen once: ``_SUBSTANTIVE``
    lower-case words that are no stop word (``stops``: those of the readouts' languages), stock
    readout word, subject or reporting verb."""
    told = [s for s in told_words(text, stops) if s not in STOCK and s not in INTRODUCING]
    return len(told) >= _SUBSTANTIVE


_SUBSTANTIVE = 3


def _entry(cluster: list[tuple[str, ...]], seen: dict[tuple[str, ...], list[Seen]]) -> Entry:
    wordings = [min(text for _, _, text in seen[stems]) for stems in cluster]
    confidence = max(_confidence(seen[stems]) for stems in cluster)
    return Entry(
        id=phrase_id("mined", cluster[0]), text=wordings[0], variants=tuple(wordings[1:]),
        topic="mined", fuzzy=False, source=_MINED, confidence=confidence,
    )  # fmt: skip


def _confidence(found: list[Seen]) -> float:
    base = max(_BASE[kind] for kind, _, _ in found)
    return round(min(0.95, base + 0.05 * (len(found) - 1)), 2)


def _shared(
    a: Side, b: Side, pairs: Sequence[tuple[tuple[int, ...], tuple[int, ...]]],
    blocks: BlockMemo | None = None,
) -> Iterator[Sighting]:  # fmt: skip
    """Yield runs of three or more words shared verbatim by the two sides of each pair."""
    taken = {id(a): taken_of(a), id(b): taken_of(b)}
    for a_indices, b_indices in pairs:
        (left_stems, left), (right_stems, right) = _joined(a, a_indices), _joined(b, b_indices)
        side, other = a, b
        if left_stems > right_stems or (  # the same blocks, read on one side, whichever is A
            left_stems == right_stems and _marks(left) > _marks(right)
        ):
            left, right, left_stems, right_stems = right, left, right_stems, left_stems
            side, other = b, a
        for start, start_right, size in remembered_blocks(left_stems, right_stems, blocks):
            if size >= 3:
                cut = _taken_in(right, taken[id(other)], start_right, size)
                yield from _shared_run(side, left, start, size, taken[id(side)], cut)


_Joined = list[tuple[int, Words]]
"""The sentences of one side of a pair, each with the place of its first word in their words."""


def _joined(side: Side, indices: tuple[int, ...]) -> tuple[tuple[str, ...], _Joined]:
    """The stems of the sentences ``indices`` one after another, and where each sentence starts
    in them (one pass per sentence, in C, rather than a Python step per word)."""
    sentences = [side.words[i] for i in indices]
    if len(sentences) == 1:
        return sentences[0].stems, [(0, sentences[0])]
    starts = [0, *accumulate(len(words.stems) for words in sentences)][:-1]
    stems = tuple(chain.from_iterable(words.stems for words in sentences))
    return stems, list(zip(starts, sentences, strict=True))


def _marks(joined: _Joined) -> tuple[int, int, tuple[tuple[bool, ...], ...], tuple[tuple[bool, ...], ...]]:  # fmt: skip
    """How one side of a pair whose stems equal the other's writes them: its capitals and its
    punctuated words, counted, then word by word (which also tells where its sentences end).
    The runs are read on the side with fewer capitals and marks (sym3: a phrase one side says
    in a sentence of its own, capitalised, the other after a comma was mined one way only)."""
    caps = tuple(words.caps for _, words in joined)
    breaks = tuple(words.breaks for _, words in joined)
    return sum(map(sum, caps)), sum(map(sum, breaks)), caps, breaks


def _taken_in(
    joined: _Joined, taken: Mapping[int, set[int]], start: int, size: int
) -> set[int]:  # fmt: skip
    """The places in the run ``start``, ``size`` of ``joined`` whose words stand in a formula
    (read off the formulas' few words, not off every word of the run)."""
    end = start + size  # one set comprehension, no generator a sentence (0.23 -> 0.17 ms, sp98)
    return {
        first + k - start
        for first, words in joined
        for k in taken.get(words.sentence, ())
        if start <= first + k < end
    }


def _shared_run(
    side: Side, joined: _Joined, start: int, size: int, taken: Mapping[int, set[int]],
    cut: set[int],
) -> Iterator[Sighting]:  # fmt: skip
    """Yield the run ``start``, ``size`` of ``joined``, cut at sentence ends, punctuation and
    formulas (``cut``: where the other side's copy of the run stands in a formula), each piece
    of three words or more if it has two lower-case words that are no stop word."""
    for first, words in joined:
        low, high = max(start, first) - first, min(start + size, first + len(words.stems)) - first
        if low >= high:
            continue
        held, stops = taken.get(words.sentence, ()), stop_words(side.readout.language)
        dropped = {k for k in held if low <= k < high}
        dropped.update(place + start - first for place in cut)
        # A piece ends before a dropped word (the next starts after it) or a punctuated one.
        ends = dropped | set(compress(range(low + 1, high), words.breaks[low + 1 : high]))
        begin = low
        for end in sorted(k for k in ends if low <= k < high) + [high]:
            if end - begin >= 3 and _lower(words, begin, end, stops) >= 2:
                yield from sighted("shared", side.readout, words, begin, end, held)
            begin = end + 1 if end in dropped else end


def _lower(words: Words, first: int, end: int, stops: frozenset[str]) -> int:
    """How many words of ``first:end`` are lower-case and none of ``stops`` (the stop words of
    the readout's language)."""
    told = list(compress(words.stems[first:end], map(not_, words.caps[first:end])))
    return len(told) - sum(map(stops.__contains__, told))


def _clusters(
    keys: list[tuple[str, ...]], threshold: float, stops: frozenset[str]
) -> list[list[tuple[str, ...]]]:
    """Group keys that extend one another (by two words not in ``stops``, the stop words of the
    readouts' languages) or nearly match; longest key first in each group."""
    parent = {k: k for k in keys}

    def root(k: tuple[str, ...]) -> tuple[str, ...]:
        while parent[k] != k:
            k = parent[k]
        return k

    def join(x: tuple[str, ...], y: tuple[str, ...]) -> None:
        rx, ry = root(x), root(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    for k in keys:
        for size in range(2, len(k)):
            for part in (k[:size], k[-size:]):
                if part in parent and sum(s not in stops for s in part) >= 2:
                    join(k, part)
    blocks: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for k in keys:
        blocks["<" + k[0]].append(k)
        blocks[">" + k[-1]].append(k)
    for block in blocks.values():
        if len(block) <= 50:
            for i, x in enumerate(block):
                for y in block[i + 1 :]:
                    if fuzz.ratio(" ".join(x), " ".join(y), score_cutoff=threshold):
                        join(x, y)
    groups: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for k in keys:
        groups[root(k)].append(k)
    small = [group for group in groups.values() if len(group) <= _MAX_CLUSTER]
    small += [[k] for group in groups.values() if len(group) > _MAX_CLUSTER for k in group]
    return [sorted(group, key=lambda k: (-len(k), k)) for group in small]
