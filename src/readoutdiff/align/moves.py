"""Mark the pairs that moved: those off the heaviest chain of pairs in the same order on both sides."""

from __future__ import annotations

from readoutdiff.align.groups import Pair, new_pair
from readoutdiff.align.similarity import Scorer


def mark_moves(pairs: list[Pair], scorer: Scorer) -> list[Pair]:
    """Mark pairs (in B order) off the heaviest chain increasing in A as moved.

    A pair weighs its score times its length, so a long unchanged passage stays
    in place and the shorter or reworded one crossing it is the one that moved.
    """
    size = scorer.a.size + 1
    # Fenwick tree of prefix maxima of (chain weight, position) pairs, held as two lists: two
    # float comparisons cost less than one of tuples, and they order pairs as tuples do.
    weights = [0.0] * (size + 1)
    ends = [-1] * (size + 1)
    previous = [-1] * len(pairs)
    best_weight, best_end = 0.0, -1
    a_lengths, b_lengths = scorer.a.lengths, scorer.b.lengths
    for position, pair in enumerate(pairs):
        # The prefix maximum and the raise are inline: two calls per pair cost more than them.
        before, before_end = 0.0, -1  # best chain among pairs wholly before A index pair.a[0]
        end = pair.a[0]
        while end > 0:
            weight = weights[end]
            if weight > before or (weight == before and ends[end] > before_end):
                before, before_end = weight, ends[end]
            end -= end & -end
        a, b = pair.a, pair.b
        if len(a) == 1 and len(b) == 1:  # most pairs: no generator to sum one length
            length = a_lengths[a[0]] + b_lengths[b[0]]
        else:
            length = sum(a_lengths[i] for i in a) + sum(b_lengths[i] for i in b)
        total = before + pair.score * (length + 1)
        previous[position] = before_end
        index = pair.a[-1] + 1
        while index <= size:
            weight = weights[index]
            if total > weight or (total == weight and position > ends[index]):
                weights[index], ends[index] = total, position
            index += index & -index
        if total > best_weight or (total == best_weight and position > best_end):
            best_weight, best_end = total, position
    in_order: set[int] = set()
    position = best_end
    while position >= 0:
        in_order.add(position)
        position = previous[position]
    # groups.with_moved inline: a call per pair cost more than the test (most pairs keep theirs)
    return [
        pair if pair.moved is moved else new_pair(pair.a, pair.b, pair.score, moved)
        for pair, moved in zip(pairs, [p not in in_order for p in range(len(pairs))], strict=True)
    ]
