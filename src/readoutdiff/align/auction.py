"""One global assignment of B sentences to A sentences: the highest total score, not first come."""

from __future__ import annotations

import math
from collections import deque
from itertools import chain, repeat

from readoutdiff.align.groups import Edges

_AUCTION_STEP = 1e-4
_PATIENCE = 32
"""Bids one sentence makes at the smallest step; each further run of as many doubles its step.

Real readouts never come near (at most 3 bids by one sentence over 108 pairs of the test and
evaluation readouts), so their pairs are exactly those of the plain auction. Several copies of
a sentence wanting fewer places than there are copies fight a price war at the smallest step:
about (score / step) bids per place, 100,000 bids in a 500 KB text of repeated readouts.
Doubling the step ends such a war in a few hundred bids per sentence; since the rivals are
copies, which one stays unpaired is all that it changes."""
_STEPS = [_AUCTION_STEP * 2**doubled for doubled in range(64)]
"""The step after each number of doublings (the same floats the bid computed each time): a
500 KB pair of real-sentence text makes 6,000-14,000 bids an auction, most in such wars."""


def auction(edges: Edges, min_score: float) -> dict[int, int]:
    """Assign B sentences to A sentences maximising the total score (Bertsekas' auction).

    Each free B sentence bids for its best-value A sentence, raising its price by
    the margin over its second-best option (or staying unpaired, worth 0). ``edges`` maps
    each B sentence to its scored candidates; the result maps B sentences to A sentences.
    B 0 likes A 0 best, but A 0 is B 1's only candidate: 0.5 + 0.8 beats 0.9 alone.

    >>> sorted(auction({0: {0: 0.9, 1: 0.5}, 1: {0: 0.8}}, min_score=0.3).items())
    [(0, 1), (1, 0)]
    """
    usable = {
        b_index: [
            (a_index, score) for a_index, score in sorted(scored.items()) if score >= min_score
        ]
        for b_index, scored in edges.items()
    }
    size = max((a for scored in usable.values() for a, _ in scored), default=-1) + 1
    prices = [0.0] * size
    # Lists by index where dicts were (a 500 KB pair makes 12,000 bids, most in the copies'
    # price wars): each A sentence's holder (-1: none yet), each B sentence's candidates and
    # bids. An A sentence once held stays held, so the A sentences in the order first won
    # (``won``) are the keys of the owner dict this kept, in its order.
    holder = [-1] * size
    won: list[int] = []
    bidders = max(usable, default=-1) + 1
    wanted: list[list[tuple[int, float]]] = [[]] * bidders
    for b_index, scored in usable.items():
        wanted[b_index] = scored
    bids = [0] * bidders
    waiting = deque(sorted(b_index for b_index, scored in usable.items() if scored))
    # Read once, not each bid: the start of a search, the bid's step by its count
    unbid, steps, stepped = -math.inf, _STEP_OF_BID, len(_STEP_OF_BID)
    while waiting:
        bidder = waiting.popleft()
        count = bids[bidder] = bids[bidder] + 1
        # One pass for the best and second-best value; candidates come by A index, so of
        # equal values the first (lowest A index) is the best, as a sort would rank them.
        best_value = second_value = unbid
        target = -1
        for a_index, score in wanted[bidder]:
            value = score - prices[a_index]
            if value > best_value:
                best_value, second_value, target = value, best_value, a_index
            elif value > second_value:
                second_value = value
        if best_value <= 0.0:
            continue  # every candidate now costs more than it is worth: stay unpaired
        if count < stepped:
            step = steps[count]
        else:
            doubled = (count - 1) // _PATIENCE
            step = _STEPS[doubled] if doubled < 64 else _AUCTION_STEP * 2**doubled
        # max(second_value, 0.0) without the call (-0.0 kept, as max keeps its first argument)
        prices[target] += best_value - (second_value if second_value >= 0.0 else 0.0) + step
        evicted = holder[target]
        holder[target] = bidder
        if evicted < 0:
            won.append(target)
        else:
            waiting.append(evicted)
    return {holder[a_index]: a_index for a_index in won}


_STEP_OF_BID = [0.0, *chain.from_iterable(map(repeat, _STEPS, repeat(_PATIENCE, len(_STEPS))))]
"""The step of a sentence's bid by its count of bids (1 on), while the count is within
:data:`_STEPS`: the same floats ``_STEPS[(count - 1) // _PATIENCE]`` gives, no division a bid
(each step :data:`_PATIENCE` times, made in C at import: a comprehension of 2,048 divisions
was ~0.8 M instructions of every run's start)."""
