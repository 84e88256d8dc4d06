"""Mark the pairs that moved: those off the heaviest chain of pairs in the same order on both sides."""

from __future__ import annotations

from bisect import bisect_right

from readoutdiff.align.groups import Pair, new_pair
from readoutdiff.align.similarity import Scorer


def mark_moves(pairs: list[Pair], scorer: Scorer) -> list[Pair]:
    """Mark pairs (in B order) off the heaviest chain increasing in A as moved.

    A pair weighs its score times its length, so a long unchanged passage stays
    in place and the shorter or reworded one crossing it is the one that moved.

    The best chain ending before each A index is read off a staircase: the chains made so
    far, each filed at the A index right after its last pair, kept only while no chain filed
    at or before its index is at least as heavy (chains compare by weight, then by the later
    last pair, as a tuple would). Along the staircase index and weight both rise, so the best
    chain wholly before an A index is the last step at or before it (one ``bisect`` in C).
    Pairs mostly keep their order, so a new chain mostly lands at the end of the staircase.
    """
    # The staircase as three lists: index, weight and last pair of each step.
    indexes: list[int] = []
    weights: list[float] = []
    ends: list[int] = []
    previous = [-1] * len(pairs)
    best_weight, best_end = 0.0, -1
    a_lengths, b_lengths = scorer.a.lengths, scorer.b.lengths
    size, last = 0, -1  # len(indexes), and its last index (-1 while empty)
    for position, pair in enumerate(pairs):
        a, b = pair.a, pair.b
        first = a[0]
        if first >= last and len(a) == 1 and len(b) == 1:
            # Most pairs: one sentence a side, at or past the last index filed. The best chain
            # before it is the last step, and its own index (first + 1) is past every index
            # filed: it is a new last step unless that step is at least as heavy.
            if size:
                before, before_end = weights[-1], ends[-1]
            else:
                before, before_end = 0.0, -1
            total = before + pair.score * (a_lengths[first] + b_lengths[b[0]] + 1)
            previous[position] = before_end
            if not size or total > before or (total == before and position > before_end):
                last = first + 1
                indexes.append(last)
                weights.append(total)
                ends.append(position)
                size += 1
            if total > best_weight or (total == best_weight and position > best_end):
                best_weight, best_end = total, position
            continue
        # best chain among pairs wholly before A index a[0]: the last step when a[0] is at or
        # past the last index filed, else found by bisect
        step = size - 1 if first >= last else bisect_right(indexes, first) - 1
        if step >= 0:
            before, before_end = weights[step], ends[step]
        else:
            before, before_end = 0.0, -1
        if len(a) == 1 and len(b) == 1:  # no generator to sum one length
            length = a_lengths[a[0]] + b_lengths[b[0]]
        else:
            length = sum(a_lengths[i] for i in a) + sum(b_lengths[i] for i in b)
        total = before + pair.score * (length + 1)
        previous[position] = before_end
        index = a[-1] + 1
        place = size if index >= last else bisect_right(indexes, index)
        below = place - 1
        # a step at or before the index that is at least as heavy keeps this chain off
        if (
            below < 0
            or total > weights[below]
            or (total == weights[below] and position > ends[below])
        ):
            if place == size:  # a new last step, no slice made or replaced
                indexes.append(index)
                weights.append(total)
                ends.append(position)
            else:
                after = place  # the steps after it that are no heavier are off the staircase
                while after < size and (
                    total > weights[after] or (total == weights[after] and position > ends[after])
                ):
                    after += 1
                indexes[place:after] = [index]
                weights[place:after] = [total]
                ends[place:after] = [position]
            size, last = len(indexes), indexes[-1]
        if total > best_weight or (total == best_weight and position > best_end):
            best_weight, best_end = total, position
    moved = [True] * len(pairs)  # each pair off the heaviest chain, told by its place
    position = best_end
    while position >= 0:
        moved[position] = False
        position = previous[position]
    # groups.with_moved inline: a call per pair cost more than the test (most pairs keep theirs)
    return [
        pair if pair.moved is off else new_pair(pair.a, pair.b, pair.score, off)
        for pair, off in zip(pairs, moved, strict=True)
    ]
