"""Which open sentences of two readouts stand in each other's window, read once per comparison.

Two costly rule groups start from the same question: :mod:`standing` (a line reworded across
sentences the aligner did not pair together) and the unpaired rules
(:func:`open_sentences.near_pairs` for :mod:`owned` and :mod:`framed`) each asked, for every
sentence not aligned without change, where its rewording may stand in the other readout
(:func:`nearby.window`, ``twins.WITHIN`` sentences beyond where its paired neighbours went),
and kept the open sentences of the other side there: at 500 KB some 480 windows each, the same
windows (branch sp69). Here they are read once, as a map from each open sentence of A to the
open sentences of B near it by window, which :class:`comparing.Comparing` keeps for both.

Both groups read their windows off the same marks when no aligned pair of several sentences
crosses them (:func:`same_marks`); else the unpaired rules read their own, as before.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from readoutdiff.formulas.linking.nearby import Placement, window

Windowed = dict[int, set[int]]
"""Each open sentence of A -> the open sentences of B near it: each in the other's window."""


def windowed(
    marks: Sequence[tuple[int, int]], mirrored: Sequence[tuple[int, int]],
    xs: Sequence[int], ys: Sequence[int], counts: tuple[int, int], reach: int,
) -> Windowed:  # fmt: skip
    """Each sentence of ``xs`` (A's, sorted, each once) -> those of ``ys`` (B's, the same)
    that stand in its :func:`nearby.window` (read off ``marks``, ``reach`` sentences beyond
    where its paired neighbours went) or in whose window (read off ``mirrored``) it stands;
    ``counts``: the sentences of A and of B.

    >>> marks = [(0, 0), (2, 2), (5, 5), (8, 8), (11, 11), (14, 14)]
    >>> windowed(marks, marks, [1, 9, 12], [3, 13], (15, 15), 1)  # 9 in the window of 13
    {1: {3}, 9: {13}, 12: {13}}
    """
    na, nb = counts
    near: Windowed = {}
    for x in xs:
        lo, hi = window(marks, x, nb, reach)
        near[x] = set(ys[bisect_left(ys, lo) : bisect_left(ys, hi)])
    for y in ys:
        lo, hi = window(mirrored, y, na, reach)
        for x in xs[bisect_left(xs, lo) : bisect_left(xs, hi)]:
            near[x].add(y)
    return near


def same_marks(placed: Placement) -> bool:
    """:func:`standing`'s windows (read off the anchors) are the unpaired rules' (read off the
    marks): no pair of several sentences crosses the marks and none repeats, so the anchors
    are the marks (:func:`nearby.placement` then keeps B's marks as the mirrored anchors
    themselves, the test in one step)."""
    if placed.mirrored is placed.marks_mirrored:
        return True
    return placed.anchors == placed.marks and placed.mirrored == placed.marks_mirrored
