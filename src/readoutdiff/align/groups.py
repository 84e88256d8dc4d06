"""Grow 1:1 sentence pairs into splits and merges (2:1, 1:2 and wider).

A pair takes a neighbouring sentence onto either side while that raises its
score by at least ``Options.group_gain``. The neighbour may be free, or held by
a *moved* 1:1 pair that scores lower than the grown group would: a fragment of
a split explains itself better beside its other half than paired with some far
sentence that merely shares a rare word. Sentences still free afterwards can
seed a merge that no single sentence reaches.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain
from operator import attrgetter, itemgetter

from readoutdiff.align.similarity import Scorer
from readoutdiff.model import Options
from readoutdiff.model.makers import blank
from readoutdiff.records.record import record_by_identity

Edges = dict[int, dict[int, float]]
"""Scored candidates: ``{b_index: {a_index: score}}``."""


@record_by_identity
class Pair:
    """Indices of A and B sentences aligned together, with their score (compared by identity)."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float
    moved: bool = False


BY_B = attrgetter("b")
"""A pair's B indices, the key pairs sort by (made in C: no Python call for each of some 3,000
pairs at 500 KB, as a ``lambda`` costs)."""
_SCORE, _INDICES = itemgetter(0), itemgetter(1, 2)


class Holders:
    """Which pair holds each sentence of A and of B."""

    def __init__(self, pairs: Iterable[Pair]) -> None:
        self.a: dict[int, Pair] = {}
        self.b: dict[int, Pair] = {}
        for pair in pairs:
            self.place(pair)

    def place(self, pair: Pair) -> None:
        """Let ``pair`` hold its sentences."""
        if len(pair.a) == 1 and len(pair.b) == 1:  # most pairs: no dictionaries made to update
            self.a[pair.a[0]] = pair
            self.b[pair.b[0]] = pair
            return
        self.a.update(dict.fromkeys(pair.a, pair))
        self.b.update(dict.fromkeys(pair.b, pair))

    def release(self, pair: Pair) -> None:
        """Free every sentence ``pair`` holds."""
        for index in pair.a:
            if self.a.get(index) is pair:
                del self.a[index]
        for index in pair.b:
            if self.b.get(index) is pair:
                del self.b[index]

    def yields(self, side: str, index: int, taker: Pair, score: float | None) -> bool:
        """Tell whether ``taker`` may have sentence ``index``: it is free, or held by a weaker moved single."""
        holder = (self.a if side == "a" else self.b).get(index)
        if holder is None:
            return True
        if holder is taker or not holder.moved or len(holder.a) + len(holder.b) > 2:
            return False
        return score is None or score > holder.score

    def pairs(self) -> list[Pair]:
        """Every pair held, in B order."""
        unique = {id(pair): pair for pair in self.b.values()}
        return sorted(unique.values(), key=BY_B)


def grow_groups(scorer: Scorer, singles: list[Pair], edges: Edges, options: Options) -> list[Pair]:
    """Grow the 1:1 ``singles`` (moved ones flagged, in B order as ``pairing`` makes them) into
    splits and merges; seed merges from free sentences."""
    holders = Holders(singles)
    # the pairs that kept their place, then the moved ones, each in B order: ``singles`` sorted
    # by (moved, B), as they come in B order (a sort of the keys' tuples: ~1.8 ms at 500 KB)
    in_order = [single for single in singles if not single.moved]
    for single in chain(in_order, [single for single in singles if single.moved]):
        if single.score < 1.0 and holders.b.get(single.b[0]) is single:
            _grow(single, scorer, holders, options, steal=True)
    for score, b_index, a_index in _seeds(edges, options.min_score / 2):
        if b_index in holders.b or a_index in holders.a:
            continue
        seed = Pair(a=(a_index,), b=(b_index,), score=score)
        holders.place(seed)
        grown = _grow(seed, scorer, holders, options, steal=False)
        if grown.score < options.min_score or len(grown.a) + len(grown.b) == 2:
            holders.release(grown)
    return holders.pairs()


def _seeds(edges: Edges, floor: float) -> list[tuple[float, int, int]]:
    seeds = [
        (score, b_index, a_index)
        for b_index, scored in edges.items()
        for a_index, score in scored.items()
        if score >= floor
    ]
    # best score first, then by B and A index: sorted by the indices, then a stable sort by
    # score (``reverse`` keeps the order of ties), each key made in C instead of a tuple by a
    # Python call for each of some 1,800 seeds
    seeds.sort(key=_INDICES)
    seeds.sort(key=_SCORE, reverse=True)
    return seeds


def _grow(pair: Pair, scorer: Scorer, holders: Holders, options: Options, *, steal: bool) -> Pair:
    """Add neighbouring sentences to either side while each raises the score enough."""
    headed = scorer.cross or scorer.a.headline or scorer.b.headline
    while True:
        best, best_score, best_taken = pair, pair.score + options.group_gain, ("", -1)
        for a_group, b_group, taken in _extensions(pair, scorer, options.max_group):
            if headed and _joins_headline(scorer, pair, taken):
                continue  # a headline stands alone (see _joins_headline)
            if not holders.yields(*taken, pair, None) or (not steal and _held(holders, taken)):
                continue
            score = scorer.group_reaching(a_group, b_group, best_score)
            if score >= best_score and holders.yields(*taken, pair, score):
                best = Pair(a=a_group, b=b_group, score=score, moved=pair.moved)
                best_score, best_taken = score, taken
        if best is pair:
            return pair
        holder = (holders.a if best_taken[0] == "a" else holders.b).get(best_taken[1])
        if holder is not None:
            holders.release(holder)
        holders.release(pair)
        holders.place(best)
        pair = best


def _joins_headline(scorer: Scorer, pair: Pair, taken: tuple[str, int]) -> bool:
    """Tell whether taking ``taken`` would join a readout's headline with another sentence.

    A headline (the first sentence, on a line of its own with no stop) names the meeting in a
    few words that the body says again at length, so joined with the sentence after it, it
    made a pair of a headline with a lead that a reader saw as one passage
    ("Телефонный разговор Президента Узбекистана с Президентом Азербайджана" with B's
    headline and subheading, scoring 0.38): it pairs with one sentence, and a pair that holds
    it takes no other on either side; the rest stands as added or dropped. Across languages
    any first sentence with a line to itself stays out of a group (its gist is everywhere),
    but its pair may grow on the other side.
    """
    side, index = taken
    if scorer.cross:
        titled = scorer.a.titled if side == "a" else scorer.b.titled
        return titled and (index == 0 or (pair.a if side == "a" else pair.b) == (0,))
    if index == 0 and (scorer.a.headline if side == "a" else scorer.b.headline):
        return True
    return (pair.a == (0,) and scorer.a.headline) or (pair.b == (0,) and scorer.b.headline)


def _held(holders: Holders, taken: tuple[str, int]) -> bool:
    return taken[1] in (holders.a if taken[0] == "a" else holders.b)


def _extensions(
    pair: Pair, scorer: Scorer, max_group: int
) -> list[tuple[tuple[int, ...], tuple[int, ...], tuple[str, int]]]:
    """Each way to add one neighbouring sentence to one side of ``pair``, and which one it adds."""
    grown = []
    if len(pair.a) < max_group:
        for a_index in (pair.a[0] - 1, pair.a[-1] + 1):
            if 0 <= a_index < scorer.a.size:
                grown.append((tuple(sorted((*pair.a, a_index))), pair.b, ("a", a_index)))
    if len(pair.b) < max_group:
        for b_index in (pair.b[0] - 1, pair.b[-1] + 1):
            if 0 <= b_index < scorer.b.size:
                grown.append((pair.a, tuple(sorted((*pair.b, b_index))), ("b", b_index)))
    return grown


def with_moved(pair: Pair, moved: bool) -> Pair:
    """Return ``pair`` with its moved flag set to ``moved``."""
    return pair if pair.moved is moved else new_pair(pair.a, pair.b, pair.score, moved)


def new_pair(a: tuple[int, ...], b: tuple[int, ...], score: float, moved: bool = False) -> Pair:
    """``Pair(a=a, b=b, score=score, moved=moved)`` without the dataclass ``__init__`` (a
    plain object of its layout given each field, then made a ``Pair``: see
    :func:`readoutdiff.model.makers.blank`; a pair is made for every sentence pair, twice when the
    sides are mirrored; ``tests/test_makers.py`` holds it to ``Pair``)."""
    made = _BlankPair()
    made.a = a
    made.b = b
    made.score = score
    made.moved = moved
    made.__class__ = Pair
    paired: Pair = made
    return paired


_BlankPair = blank(Pair)
