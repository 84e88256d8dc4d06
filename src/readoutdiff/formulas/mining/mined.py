"""Formulas mined from the readouts of one run, found on each of them (for ``tracking``).

Phrases that look fixed are mined from all sides together
(:func:`readoutdiff.formulas.mining.mining.mine`, with the reworded pairs of aligned passages
when two readouts are compared), then found on each side outside the formulas it already has.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from readoutdiff.formulas.matching import matcher
from readoutdiff.formulas.matching.occurrences import Made, Occurrence
from readoutdiff.formulas.mining import mining, sightings
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.model import Alignment, Options
from readoutdiff.text.shared_runs import BlockMemo


def mined(
    sides: Sequence[sightings.Side], words: Sequence[tuple[Words, ...]],
    pairs: Sequence[tuple[tuple[int, ...], tuple[int, ...]]], options: Options,
    blocks: BlockMemo | None = None,
) -> list[tuple[Occurrence, ...]]:  # fmt: skip
    """Mine formulas from all sides together and find them on each side."""
    entries = mining.mine(sides, pairs, threshold=options.formula_fuzzy_threshold, blocks=blocks)
    # Anchored on the stems the fewest texts of the readouts hold (matcher.build's ``texts``):
    # a handful of mined wordings is searched for in every sentence of both. Counted in every
    # ``SAMPLE``-th text: counting all cost more than it saved, and the anchor changes the
    # work, never the hits.
    groups = [
        side.groups if side.groups is not None else matcher.grouped(w)
        for side, w in zip(sides, words, strict=True)
    ]
    texts = [stems for grouped in groups for stems, _ in grouped[::SAMPLE]]
    search = matcher.build(entries, threshold=options.formula_fuzzy_threshold, texts=texts)
    memo: matcher.HitMemo = {}
    made: Made = {}
    around: matcher.AroundMemo = {}
    return [
        matcher.find(search, side.readout, w, side.taken, memo, made, around, side.held, grouped)
        for side, w, grouped in zip(sides, words, groups, strict=True)
    ]


SAMPLE = 8
"""Every how many texts of a readout (its distinct sentences, in order) the mined wordings'
stems are counted in to choose their anchors: on the 500 KB corpus pair every eighth text
gives as few sentences to read as all of them (195 against 193 of 1,874) for an eighth of the
count (branch sp59)."""


def reworded(changed: Iterable[Alignment]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The sentence indices of each reworded pair, A's then B's: the pairs mining reads."""
    return [(tuple(s.index for s in x.a), tuple(s.index for s in x.b)) for x in changed]
