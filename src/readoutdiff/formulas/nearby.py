"""Where a sentence's rewording may stand in the other readout: near where the aligner put
its paired neighbours (shared by :mod:`slots`, :mod:`twins` and :mod:`standing`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from operator import is_

from readoutdiff.model import Alignment

NEIGHBOURS = 6
"""Sentences searched beyond where a sentence's paired neighbours went (see :func:`window`)."""


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
    at = bisect_left(anchors, (sentence, -1))
    before = [y for x, y in anchors[max(at - 1, 0) : at] if x <= sentence]
    after = [y for x, y in anchors[at : at + 1]]
    if not before and not after:
        return 0, count
    lo = min(before or after) - reach
    hi = max(after or before) + reach + 1
    if hi - lo > 4 * reach + 1:  # the neighbours went far apart: look around each
        mid = (before or after)[0]
        lo, hi = mid - 2 * reach, mid + 2 * reach + 1
    lo, hi = max(lo, 0), min(hi, count)
    if held is not None:
        while hi < count and hi not in held:
            hi += 1
        while lo > 0 and lo - 1 not in held:
            lo -= 1
    return lo, hi


def paired_sentences(pairs: Sequence[Alignment]) -> tuple[frozenset[int], frozenset[int]]:
    """The sentences of A and of B that stand in an aligned pair."""
    return (
        frozenset(s.index for pair in pairs for s in pair.a),
        frozenset(s.index for pair in pairs for s in pair.b),
    )


def anchors(pairs: Sequence[Alignment]) -> list[tuple[int, int]]:
    """(A index, B index) of the first and last sentences of each aligned pair, sorted (read,
    never changed, by the callers: :mod:`twins`, :mod:`slots` and :mod:`standing` ask it of
    the same pairs in one comparison, and the last answer is kept)."""
    key = tuple(pairs)
    last = _LAST.get("anchors")
    # The very same pairs (by identity: comparing equal pairs of another comparison field by
    # field would cost more than the answer).
    if last is not None and len(last[0]) == len(key) and all(map(is_, last[0], key)):
        return last[1]
    found = _anchors(key)
    _LAST["anchors"] = (key, found)
    return found


_LAST: dict[str, tuple[tuple[Alignment, ...], list[tuple[int, int]]]] = {}
"""The pairs :func:`anchors` was last asked of, and its answer."""


def _anchors(pairs: Sequence[Alignment]) -> list[tuple[int, int]]:
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
