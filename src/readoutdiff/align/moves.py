"""Mark the pairs that moved: those off the heaviest chain of pairs in the same order on both sides."""

from __future__ import annotations

from readoutdiff.align.groups import Pair, with_moved
from readoutdiff.align.similarity import Scorer


def mark_moves(pairs: list[Pair], scorer: Scorer) -> list[Pair]:
    """Mark pairs (in B order) off the heaviest chain increasing in A as moved.

    A pair weighs its score times its length, so a long unchanged passage stays
    in place and the shorter or reworded one crossing it is the one that moved.
    """
    size = scorer.a.size + 1
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)  # Fenwick tree of prefix maxima
    previous = [-1] * len(pairs)
    best = (0.0, -1)
    a_lengths, b_lengths = scorer.a.lengths, scorer.b.lengths
    for position, pair in enumerate(pairs):
        # The prefix maximum and the raise are inline: two calls per pair cost more than them.
        chain_before = (0.0, -1)  # best chain among pairs wholly before A index pair.a[0]
        end = pair.a[0]
        while end > 0:
            if tree[end] > chain_before:
                chain_before = tree[end]
            end -= end & -end
        a, b = pair.a, pair.b
        if len(a) == 1 and len(b) == 1:  # most pairs: no generator to sum one length
            length = a_lengths[a[0]] + b_lengths[b[0]]
        else:
            length = sum(a_lengths[i] for i in a) + sum(b_lengths[i] for i in b)
        total = (chain_before[0] + pair.score * (length + 1), position)
        previous[position] = chain_before[1]
        index = pair.a[-1] + 1
        while index <= size:
            if total > tree[index]:
                tree[index] = total
            index += index & -index
        if total > best:
            best = total
    in_order: set[int] = set()
    position = best[1]
    while position >= 0:
        in_order.add(position)
        position = previous[position]
    return [with_moved(pair, position not in in_order) for position, pair in enumerate(pairs)]
