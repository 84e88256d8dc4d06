"""Where a sentence's rewording may stand in the other readout: near where the aligner put
its paired neighbours, or in the same run of unpaired sentences (shared by :mod:`slots`,
:mod:`twins`, :mod:`standing` and :mod:`open_sentences`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from operator import eq, itemgetter

from readoutdiff.model import Alignment, Status
from readoutdiff.records.record import record_positional

NEIGHBOURS = 6
"""Sentences searched beyond where a sentence's paired neighbours went (see :func:`window`)."""
_FIRST = itemgetter(0)
"""A mark's sentence of the side it is read on: what the windows bisect on."""
GAP_MOST = 12
"""Unpaired sentences in a row, at most, read as one passage rewritten (see :func:`gap`)."""


def window(
    anchors: Sequence[tuple[int, int]], sentence: int, count: int, reach: int = NEIGHBOURS,
    held: AbstractSet[int] | None = None,
) -> tuple[int, int]:  # fmt: skip
    """The other side's sentences [lo, hi) where a sentence's rewording may stand: between
    where its nearest paired neighbours went, ``reach`` more on each side (the whole
    readout when nothing paired), and on over the unpaired sentences that run on from
    either end (``held``: the other side's paired sentences), where passages were rewritten.
    Searching only there keeps long readouts fast and stops a formula from being matched to
    chance words far away."""
    if not anchors:
        return 0, count
    at = bisect_left(anchors, sentence, key=_FIRST)  # an int compared, not a tuple
    # The paired neighbours' other sentences: the last anchor before (its sentence is smaller,
    # by the bisection) and the first at or after, each standing for the other where it lacks
    # (plain reads: windows are asked by the hundred, and a comprehension is a call).
    before = anchors[at - 1][1] if at else anchors[at][1]
    after = anchors[at][1] if at < len(anchors) else before
    lo, hi = before - reach, after + reach + 1
    if hi - lo > 4 * reach + 1:  # the neighbours went far apart: look around each
        lo, hi = before - 2 * reach, before + 2 * reach + 1
    lo, hi = max(lo, 0), min(hi, count)
    if held is not None:
        while hi < count and hi not in held:
            hi += 1
        while lo > 0 and lo - 1 not in held:
            lo -= 1
    return lo, hi


@record_positional
class Placement:
    """Where the aligner put the sentences of one comparison, read in one pass over its pairs
    (of a sentence a side at least) for every rule that looks near a sentence: :mod:`twins`,
    :mod:`slots`, :mod:`standing`, :mod:`open_sentences`. Read, never changed, by them."""

    anchors: list[tuple[int, int]]
    """(A, B) of the first and last sentences of each pair, each with each, sorted."""
    mirrored: list[tuple[int, int]]
    """The anchors as (B, A), sorted: the windows of B's sentences."""
    marks: list[tuple[int, int]]
    """(A, B) of the first sentences of each pair and of the last ones, sorted."""
    marks_mirrored: list[tuple[int, int]]
    same: tuple[set[int], set[int]]
    """Sentences of A and of B aligned without change: the partner keeps every line of them."""
    partners: tuple[dict[int, list[int]], dict[int, list[int]]]
    """Each other sentence of A -> the B sentences aligned with it, and the other way round."""
    held: tuple[frozenset[int], frozenset[int]]
    """The sentences of A and of B that stand in a pair."""
    wide: list[Alignment]
    """The pairs of more than one sentence on a side, in order (the marks hold their first and
    last sentences only)."""


def placement(pairs: Sequence[Alignment]) -> Placement:
    """The :class:`Placement` of ``pairs``: read once per comparison by its
    :class:`comparing.Comparing`, which every rule asks."""
    same_a: set[int] = set()
    same_b: set[int] = set()
    of_a: dict[int, list[int]] = {}
    of_b: dict[int, list[int]] = {}
    held_a: list[int] = []
    held_b: list[int] = []
    marks: list[tuple[int, int]] = []
    crossed: list[tuple[int, int]] = []  # first with last, of the pairs of more sentences
    # The same as (B, A), made in the pairs' order: B's reading order, so sorting them costs
    # a pass (sorting the (A, B) marks mirrored cost a full sort, some 6 M at 500 KB).
    marks_b: list[tuple[int, int]] = []
    crossed_b: list[tuple[int, int]] = []
    wide: list[Alignment] = []
    unchanged = Status.UNCHANGED
    for pair in pairs:  # one pass: some 3,500 pairs at 500 KB, most of one sentence a side
        a_side, b_side = pair.a, pair.b
        if len(a_side) == 1 and len(b_side) == 1:  # plain code, no comprehension
            x, y = a_side[0].index, b_side[0].index
            held_a.append(x)
            held_b.append(y)
            marks.append((x, y))
            marks_b.append((y, x))
            if pair.status is unchanged:
                same_a.add(x)
                same_b.add(y)
            else:
                of_a.setdefault(x, []).append(y)
                of_b.setdefault(y, []).append(x)
            continue
        wide.append(pair)
        xs, ys = [s.index for s in a_side], [t.index for t in b_side]
        held_a += xs
        held_b += ys
        marks += [(xs[0], ys[0]), (xs[-1], ys[-1])]
        crossed += [(xs[0], ys[-1]), (xs[-1], ys[0])]
        marks_b += [(ys[0], xs[0]), (ys[-1], xs[-1])]
        crossed_b += [(ys[-1], xs[0]), (ys[0], xs[-1])]
        if pair.status is unchanged:
            same_a.update(xs)
            same_b.update(ys)
            continue
        for x in xs:
            of_a.setdefault(x, []).extend(ys)
        for y in ys:
            of_b.setdefault(y, []).extend(xs)
    held = (frozenset(held_a), frozenset(held_b))
    placed = ((same_a, same_b), (of_a, of_b), held, wide)
    if not wide and len(held[0]) == len(held_a) and len(held[1]) == len(held_b):
        # Pairs of one sentence a side only, each sentence in one: every mark has a sentence of
        # its own on each side, so the marks sort by it alone (ints compared, not tuples: some
        # 2 M at 500 KB), none repeats and nothing crosses them.
        marks.sort(key=_FIRST)
        marks_b.sort(key=_FIRST)
        return Placement(list(marks), marks_b, marks, marks_b, *placed)
    marks.sort()
    marks_b.sort()  # in order already, nearly: a quick sort
    # The anchors are the marks, unless a pair of more sentences crosses them or a mark repeats.
    if crossed or any(map(eq, marks, marks[1:])):
        # Sorted and each once: the marks are in order, the few crossings merged in (a sort
        # of a set would order thousands of marks from scratch); mirrored alike.
        found = list(dict.fromkeys(sorted([*marks, *crossed])))
        mirrored = list(dict.fromkeys(sorted([*marks_b, *crossed_b])))
        return Placement(found, mirrored, marks, marks_b, *placed)
    return Placement(list(marks), marks_b, marks, marks_b, *placed)


Gap = tuple[tuple[int, int] | None, tuple[int, int] | None]
"""A run of unpaired sentences, told by the marks (A, B) of the pairs right before and right
after it (None at a readout's edge)."""


def gap(
    marks: Sequence[tuple[int, int]], sentence: int, count: int, held: AbstractSet[int],
    *, mirrored: bool = False,
) -> Gap | None:  # fmt: skip
    """Which run of unpaired sentences between two aligned pairs (or before the first, or
    after the last) ``sentence`` of one side stands in (``marks``: that side's first and last
    sentences of each pair, that side first, sorted; ``held``: that side's sentences in a pair,
    which stand in no run; ``mirrored``: B's side; ``count``: that side's sentences); None for
    a sentence in a pair, and past ``GAP_MOST`` sentences, no passage but a readout rewritten.
    The two sides' runs between the same two pairs are one passage rewritten: told by those
    pairs, not by how many pairs stand before them, which differs between the sides when a
    pair moved.

    >>> marks_a, marks_b = [(0, 5), (1, 0), (8, 4)], [(0, 1), (4, 8), (5, 0)]  # (0, 5) moved
    >>> held_a, held_b = {0, 1, 8}, {0, 4, 5}
    >>> gap(marks_a, 4, 9, held_a), gap(marks_b, 2, 6, held_b, mirrored=True)
    (((1, 0), (8, 4)), ((1, 0), (8, 4)))
    >>> gap(marks_a, 8, 9, held_a) is None  # in a pair
    True
    """
    if sentence in held:
        return None
    at = bisect_left(marks, sentence, key=_FIRST)
    before = marks[at - 1] if at else None
    after = marks[at] if at < len(marks) else None
    lo = before[0] + 1 if before else 0
    hi = after[0] if after else count
    if hi - lo > GAP_MOST:
        return None
    if mirrored:
        return (before[::-1] if before else None), (after[::-1] if after else None)
    return before, after


def _anchors(pairs: Sequence[Alignment]) -> list[tuple[int, int]]:
    """:attr:`Placement.anchors` read alone, the plain way (for the tests)."""
    found: set[tuple[int, int]] = set()
    for pair in pairs:
        a_side, b_side = pair.a, pair.b
        if len(a_side) == 1 and len(b_side) == 1:  # most pairs: one sentence a side
            found.add((a_side[0].index, b_side[0].index))
            continue
        for x in (a_side[0].index, a_side[-1].index):
            for y in (b_side[0].index, b_side[-1].index):
                found.add((x, y))
    return sorted(found)
