"""Pair the sentences of two readouts, tolerating moves, splits, merges and rewording.

1. Sentences whose folded text is equal pair first (score 1).
2. For every other B sentence, an inverted index over the rarest words and word
   pairs, plus the neighbourhood of already paired sentences, proposes a few A
   sentences; only those are scored, so cost grows near-linearly with size.
3. One global assignment (an auction over the scored candidates) picks the set
   of 1:1 pairs with the highest total score, not the first that come.
4. Pairs grow into splits and merges (2:1, 1:2 and wider) while that raises the
   score; unpaired neighbours can seed a merge no single sentence reaches.
5. Pairs off the longest in-order chain are marked as moved.

>>> from readoutdiff.ingest import from_text
>>> a = from_text("Trade grew fast. Both sides met in Beijing.").sentences
>>> b = from_text("Both sides met in Beijing. Trade grew very fast.").sentences
>>> [(p.a, p.b, p.moved) for p in align(a, b)]
[((1,), (0,), False), ((0,), (1,), True)]
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from readoutdiff.fold import words
from readoutdiff.model import Options, Sentence

STOP_WORDS = frozenset(
    """a an and are as at be by for from has have in is it its of on or that the their this to
    was were will with both two sides side also which who said""".split()
)
_SPACE_RUN = re.compile(r"\s+")
_AUCTION_STEP = 1e-4


@dataclass(frozen=True, slots=True, kw_only=True)
class Pair:
    """Indices of A and B sentences aligned together, with their score."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float
    moved: bool = False


class _Side:
    """One readout's sentences with what matching needs, computed once."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.folded = [_SPACE_RUN.sub(" ", s.folded).strip() for s in sentences]
        self.words = [words(text) for text in self.folded]
        self.size = len(sentences)

    def joined(self, indices: Sequence[int]) -> tuple[str, list[str]]:
        text = " ".join(self.folded[i] for i in indices)
        return text, [word for i in indices for word in self.words[i]]


def similarity(a_text: str, a_words: Sequence[str], b_text: str, b_words: Sequence[str]) -> float:
    """Score two folded texts in ``[0, 1]``: the mean of word-level and character-level similarity.

    >>> round(similarity("core interests", ["core", "interests"], "core interest", ["core", "interest"]), 2)
    0.73
    """
    if a_text == b_text:
        return 1.0
    word_score = Indel.normalized_similarity(a_words, b_words)
    return (word_score + fuzz.ratio(a_text, b_text) / 100.0) / 2.0


def align(a: Sequence[Sentence], b: Sequence[Sentence], options: Options = Options()) -> list[Pair]:
    """Return the aligned groups of ``a`` and ``b`` sentence indices, in B's reading order."""
    side_a, side_b = _Side(a), _Side(b)
    a_of_b = _exact_pairs(side_a, side_b)
    edges = _candidate_scores(side_a, side_b, a_of_b, options)
    a_of_b.update(_auction(edges, options.min_score))
    pairs = _grow_groups(side_a, side_b, a_of_b, edges, options)
    return _mark_moves(sorted(pairs, key=lambda pair: pair.b))


def _exact_pairs(side_a: _Side, side_b: _Side) -> dict[int, int]:
    """Pair sentences with equal folded text, the k-th copy in B with the k-th in A."""
    copies: dict[str, deque[int]] = defaultdict(deque)
    for index, text in enumerate(side_a.folded):
        copies[text].append(index)
    pairs = {}
    for index, text in enumerate(side_b.folded):
        queue = copies.get(text)
        if queue:
            pairs[index] = queue.popleft()
    return pairs


def _keys(sentence_words: Sequence[str]) -> set[str]:
    content = [word for word in sentence_words if word not in STOP_WORDS]
    keys = set(content)
    keys.update(f"{first} {second}" for first, second in zip(sentence_words, sentence_words[1:]))
    return keys


def _candidate_scores(
    side_a: _Side, side_b: _Side, a_of_b: dict[int, int], options: Options
) -> dict[int, dict[int, float]]:
    """Score each unpaired B sentence against a few likely A sentences: ``{b: {a: score}}``."""
    taken = set(a_of_b.values())
    index: dict[str, list[int]] = defaultdict(list)
    for a_index in range(side_a.size):
        if a_index not in taken:
            for key in _keys(side_a.words[a_index]):
                index[key].append(a_index)
    free_a = side_a.size - len(taken)
    rare_limit = max(8, int(free_a**0.5) * 2)
    anchors = sorted(a_of_b.items())
    edges: dict[int, dict[int, float]] = {}
    for b_index in range(side_b.size):
        if b_index in a_of_b:
            continue
        candidates = _rare_neighbours(side_b.words[b_index], index, rare_limit, options)
        candidates.update(_near_anchors(b_index, anchors, side_a.size, taken, options.neighbourhood))
        scored = {}
        for a_index in sorted(candidates):
            score = similarity(
                side_a.folded[a_index], side_a.words[a_index],
                side_b.folded[b_index], side_b.words[b_index],
            )  # fmt: skip
            if score > 0.0:
                scored[a_index] = score
        edges[b_index] = scored
    return edges


def _rare_neighbours(
    sentence_words: Sequence[str], index: dict[str, list[int]], rare_limit: int, options: Options
) -> set[int]:
    present = sorted((len(index[key]), key) for key in _keys(sentence_words) if key in index)
    votes: dict[int, int] = defaultdict(int)
    for frequency, key in present[: options.rare_keys]:
        if frequency > rare_limit:
            break
        for a_index in index[key]:
            votes[a_index] += 1
    ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
    return {a_index for a_index, _ in ranked[: options.candidates]}


def _near_anchors(
    b_index: int, anchors: list[tuple[int, int]], a_size: int, taken: set[int], reach: int
) -> set[int]:
    """A sentences near the A partners of the closest paired B sentences before and after."""
    from bisect import bisect_left

    position = bisect_left(anchors, (b_index, -1))
    near: set[int] = set()
    for anchor_b, anchor_a in anchors[max(0, position - 1) : position + 1]:
        offset = b_index - anchor_b
        for a_index in range(anchor_a + offset - reach, anchor_a + offset + reach + 1):
            if 0 <= a_index < a_size and a_index not in taken:
                near.add(a_index)
    if not anchors:
        near.update(i for i in range(b_index - reach, b_index + reach + 1) if 0 <= i < a_size)
    return near


def _auction(edges: dict[int, dict[int, float]], min_score: float) -> dict[int, int]:
    """Assign B sentences to A sentences maximising the total score (Bertsekas' auction)."""
    usable = {
        b_index: {a_index: score for a_index, score in scored.items() if score >= min_score}
        for b_index, scored in edges.items()
    }
    prices: dict[int, float] = defaultdict(float)
    owner: dict[int, int] = {}
    waiting = deque(sorted(b_index for b_index, scored in usable.items() if scored))
    while waiting:
        bidder = waiting.popleft()
        values = sorted(
            ((score - prices[a_index], -a_index) for a_index, score in usable[bidder].items()),
            reverse=True,
        )
        best_value, negative_a = values[0]
        second_value = max(values[1][0] if len(values) > 1 else 0.0, 0.0)
        if best_value <= 0.0:
            continue  # every candidate now costs more than it is worth: leave it unpaired
        target = -negative_a
        prices[target] += best_value - second_value + _AUCTION_STEP
        evicted = owner.get(target)
        owner[target] = bidder
        if evicted is not None:
            waiting.append(evicted)
    return {bidder: a_index for a_index, bidder in owner.items()}


def _grow_groups(
    side_a: _Side,
    side_b: _Side,
    a_of_b: dict[int, int],
    edges: dict[int, dict[int, float]],
    options: Options,
) -> list[Pair]:
    """Turn 1:1 pairs into splits and merges where that scores better, and find merges from scratch."""
    used_a = set(a_of_b.values())
    used_b = set(a_of_b)
    pairs: list[Pair] = []
    for b_index in sorted(a_of_b):
        a_index = a_of_b[b_index]
        score = 1.0 if b_index not in edges else edges[b_index].get(a_index, 0.0)
        pair = Pair(a=(a_index,), b=(b_index,), score=score)
        if score < 1.0:
            pair = _grow(pair, side_a, side_b, used_a, used_b, options)
        pairs.append(pair)
    seeds = sorted(
        ((score, b_index, a_index) for b_index, scored in edges.items() for a_index, score in scored.items()),
        key=lambda seed: (-seed[0], seed[1], seed[2]),
    )
    for score, b_index, a_index in seeds:
        if b_index in used_b or a_index in used_a or score < options.min_score / 2:
            continue
        seed = Pair(a=(a_index,), b=(b_index,), score=score)
        used_a.add(a_index)
        used_b.add(b_index)
        grown = _grow(seed, side_a, side_b, used_a, used_b, options)
        if grown.score >= options.min_score and len(grown.a) + len(grown.b) > 2:
            pairs.append(grown)
        else:
            used_a.difference_update(grown.a)
            used_b.difference_update(grown.b)
    return pairs


def _grow(
    pair: Pair, side_a: _Side, side_b: _Side, used_a: set[int], used_b: set[int], options: Options
) -> Pair:
    """Add free neighbouring sentences to either side while each raises the score enough."""
    while len(pair.a) < options.max_group or len(pair.b) < options.max_group:
        options_here = []
        for a_index in (pair.a[0] - 1, pair.a[-1] + 1):
            if 0 <= a_index < side_a.size and a_index not in used_a and len(pair.a) < options.max_group:
                options_here.append((tuple(sorted((*pair.a, a_index))), pair.b))
        for b_index in (pair.b[0] - 1, pair.b[-1] + 1):
            if 0 <= b_index < side_b.size and b_index not in used_b and len(pair.b) < options.max_group:
                options_here.append((pair.a, tuple(sorted((*pair.b, b_index)))))
        best, best_score = pair, pair.score + options.group_gain
        for a_group, b_group in options_here:
            a_text, a_words = side_a.joined(a_group)
            b_text, b_words = side_b.joined(b_group)
            score = similarity(a_text, a_words, b_text, b_words)
            if score >= best_score:
                best, best_score = Pair(a=a_group, b=b_group, score=score), score
        if best is pair:
            return pair
        used_a.update(best.a)
        used_b.update(best.b)
        pair = best
    return pair


def _mark_moves(pairs: list[Pair]) -> list[Pair]:
    """Mark pairs (in B order) that are off the longest chain increasing in A as moved."""
    from bisect import bisect_left

    tails: list[int] = []  # tails[k]: smallest A start ending an increasing chain of length k+1
    tail_pair: list[int] = []
    previous: list[int] = [-1] * len(pairs)
    for position, pair in enumerate(pairs):
        length = bisect_left(tails, pair.a[0])
        if length == len(tails):
            tails.append(pair.a[0])
            tail_pair.append(position)
        else:
            tails[length] = pair.a[0]
            tail_pair[length] = position
        previous[position] = tail_pair[length - 1] if length else -1
    in_order: set[int] = set()
    position = tail_pair[-1] if tail_pair else -1
    while position >= 0:
        in_order.add(position)
        position = previous[position]
    return [
        pair if position in in_order else Pair(a=pair.a, b=pair.b, score=pair.score, moved=True)
        for position, pair in enumerate(pairs)
    ]
