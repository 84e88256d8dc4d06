"""Pair the sentences of two readouts, tolerating moves, splits, merges and rewording.

1. Sentences whose folded text is equal pair first (score 1).
2. For every other B sentence, an inverted index over its rarest words and
   word pairs, plus the neighbourhood of already paired sentences, proposes a
   few A sentences; only those are scored (:mod:`readoutdiff.align.similarity`), so
   cost grows near-linearly with size.
3. One global assignment (an auction over the scored candidates) picks the 1:1
   pairs with the highest total score, not the first that come. Context counts
   in the ranking: a candidate whose paragraph already pairs with the B
   sentence's paragraph gets a small bonus, as an expert reads passages in
   their place.
4. Pairing by meaning (``Options.meaning``, or readouts in different
   languages): free sentences left between two in-order pairs pair when each
   is the other's nearest in meaning (:func:`readoutdiff.align.meaning.fill_gaps`).
5. Pairs grow into splits and merges (2:1, 1:2 and wider) while that raises
   the score; free neighbours can seed a merge that no single sentence reaches.
6. Pairs off the longest in-order chain are marked as moved.

>>> from readoutdiff.ingest import from_text
>>> a = from_text("Trade grew fast this year. Both sides met in Beijing.").sentences
>>> b = from_text("Both sides met in Beijing. Trade grew very fast this year.").sentences
>>> [(p.a, p.b, p.moved) for p in align(a, b)]
[((1,), (0,), False), ((0,), (1,), True)]
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict, deque
from collections.abc import Sequence

from readoutdiff.align.groups import Edges, Pair, grow_groups, with_moved
from readoutdiff.align.similarity import STOP_WORDS, Scorer, Side
from readoutdiff.model import Options, Sentence
from readoutdiff.segment import ends_sentence

_AUCTION_STEP = 1e-4
_PATIENCE = 32
"""Bids one sentence makes at the smallest step; each further run of as many doubles its step.

Real readouts never come near (at most 3 bids by one sentence over 108 pairs of the test and
evaluation readouts), so their pairs are exactly those of the plain auction. Several copies of
a sentence wanting fewer places than there are copies fight a price war at the smallest step:
about (score / step) bids per place, 100,000 bids in a 500 KB text of repeated readouts.
Doubling the step ends such a war in a few hundred bids per sentence; since the rivals are
copies, which one stays unpaired is all that it changes."""
_RARE_CAP = 64
"""A word or word pair in more free A sentences than this is too common to propose candidates."""
_CONFIDENT = 0.5
"""A first-pass pair at least this good is a context anchor for the second pass."""
_CONTEXT_BONUS = 0.1
"""Added (for ranking only, never to pass ``min_score``) where the paragraphs already pair."""


def align(
    a: Sequence[Sentence],
    b: Sequence[Sentence],
    options: Options = Options(),
    *,
    cross_language: bool = False,
) -> list[Pair]:
    """Return the aligned groups of ``a`` and ``b`` sentence indices, in B's reading order.

    The work is always done in one canonical direction and mirrored when needed,
    so swapping A and B mirrors the result exactly (added and dropped swap).
    With ``options.meaning`` (always when ``cross_language``) sentences also pair
    by meaning (:mod:`readoutdiff.align.meaning`); across languages by meaning alone.
    """
    if [s.folded for s in a] <= [s.folded for s in b]:
        return _align(a, b, options, cross_language)
    mirrored = [
        Pair(a=pair.b, b=pair.a, score=pair.score, moved=pair.moved)
        for pair in _align(b, a, options, cross_language)
    ]
    return sorted(mirrored, key=lambda pair: pair.b)


def _align(
    a: Sequence[Sentence], b: Sequence[Sentence], options: Options, cross: bool
) -> list[Pair]:
    if options.meaning or cross:
        from readoutdiff.align.meaning import prefetch

        prefetch([s.text for s in a], [s.text for s in b])  # on another core, while segmenting
    side_a, side_b = Side(a), Side(b)
    meaning = None
    if options.meaning or cross:
        from readoutdiff.align.meaning import Meaning

        meaning = Meaning([s.text for s in a], [s.text for s in b])
    scorer = Scorer(side_a, side_b, meaning if cross else None, cross=cross)
    a_of_b = _exact_pairs(side_a, side_b)
    if _is_title(a) and _is_title(b) and 0 not in a_of_b and 0 not in a_of_b.values():
        a_of_b[0] = 0  # headlines face each other, however reworded
    edges = _candidate_scores(scorer, a_of_b, options)
    anchors = dict(a_of_b)
    anchors.update(_auction(edges, _CONFIDENT))
    a_of_b.update(
        _auction(_with_context(edges, anchors, side_a, side_b, options), options.min_score)
    )
    singles = [
        Pair(a=(a_index,), b=(b_index,), score=_score(scorer, edges, a_index, b_index))
        for b_index, a_index in sorted(a_of_b.items())
    ]
    singles = _mark_moves(singles, scorer)
    if meaning is not None:
        from readoutdiff.align.meaning import fill_gaps

        singles = _mark_moves(fill_gaps(singles, meaning), scorer)
    pairs = grow_groups(scorer, singles, edges, options)
    if meaning is not None and cross:  # in one language most neighbours "mean part of" a pair
        from readoutdiff.align.meaning import attach_orphans

        lines = (side_a.lines, side_b.lines)
        pairs = attach_orphans(_mark_moves(pairs, scorer), meaning, lines)
    return _mark_moves(pairs, scorer)


def _score(scorer: Scorer, edges: Edges, a_index: int, b_index: int) -> float:
    scored = edges.get(b_index)
    return scored[a_index] if scored is not None else scorer.pair(a_index, b_index)


def _is_title(sentences: Sequence[Sentence]) -> bool:
    """Tell whether the first sentence is a headline: a whole line with no closing full stop."""
    if len(sentences) < 2 or sentences[1].span.line == sentences[0].span.line:
        return False
    return not ends_sentence(sentences[0].text)


def _exact_pairs(side_a: Side, side_b: Side) -> dict[int, int]:
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
    keys = {word for word in sentence_words if word not in STOP_WORDS}
    keys.update(
        f"{first} {second}"
        for first, second in zip(sentence_words, sentence_words[1:], strict=False)
    )
    return keys


def _candidate_scores(scorer: Scorer, a_of_b: dict[int, int], options: Options) -> Edges:
    """Score each unpaired B sentence against a few likely A sentences."""
    side_a, side_b = scorer.a, scorer.b
    taken = set(a_of_b.values())
    b_keys = {
        b_index: _keys(side_b.words[b_index])
        for b_index in range(side_b.size)
        if b_index not in a_of_b
    }
    wanted = set().union(*b_keys.values())  # a key no B sentence asks for needs no entry
    index: dict[str, list[int]] = defaultdict(list)
    for a_index in range(side_a.size):
        if a_index not in taken:
            for key in _keys(side_a.words[a_index]) & wanted:
                index[key].append(a_index)
    rare_limit = min(_RARE_CAP, max(8, 2 * int((side_a.size - len(taken)) ** 0.5)))
    anchors = sorted(a_of_b.items())
    edges: Edges = {}
    for b_index, keys in b_keys.items():
        candidates = _rare_neighbours(keys, index, rare_limit, options)
        candidates.update(
            _near_anchors(b_index, anchors, side_a.size, taken, options.neighbourhood)
        )
        if scorer.meaning is not None:
            nearest = scorer.meaning.nearest(b_index, options.candidates + len(taken))
            free = [a_index for a_index in nearest if a_index not in taken]
            candidates.update(free[: options.candidates])
        edges[b_index] = {a_index: scorer.pair(a_index, b_index) for a_index in sorted(candidates)}
    return edges


def _rare_neighbours(
    keys: set[str], index: dict[str, list[int]], rare_limit: int, options: Options
) -> set[int]:
    """A sentences sharing the most of this B sentence's rarest words and word pairs (``keys``)."""
    present = sorted((len(index[key]), key) for key in keys if key in index)
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
    """Free A sentences near where the closest paired B sentences before and after put this one."""
    position = bisect_left(anchors, (b_index, -1))
    guesses = [
        anchor_a + b_index - anchor_b
        for anchor_b, anchor_a in anchors[max(0, position - 1) : position + 1]
    ]
    if not guesses:
        guesses = [b_index]
    return {
        a_index
        for guess in guesses
        for a_index in range(guess - reach, guess + reach + 1)
        if 0 <= a_index < a_size and a_index not in taken
    }


def _with_context(
    edges: Edges, anchors: dict[int, int], side_a: Side, side_b: Side, options: Options
) -> Edges:
    """Add the context bonus to candidates whose paragraphs another anchor already pairs."""
    paired_lines = defaultdict(set)
    for b_index, a_index in anchors.items():
        paired_lines[side_b.lines[b_index]].add((side_a.lines[a_index], b_index, a_index))
    ranked: Edges = {}
    for b_index, scored in edges.items():
        context = paired_lines.get(side_b.lines[b_index], set())
        ranked[b_index] = {
            a_index: score + _CONTEXT_BONUS
            if score >= options.min_score
            and any(
                line == side_a.lines[a_index] and (ob, oa) != (b_index, a_index)
                for line, ob, oa in context
            )
            else score
            for a_index, score in scored.items()
        }
    return ranked


def _auction(edges: Edges, min_score: float) -> dict[int, int]:
    """Assign B sentences to A sentences maximising the total score (Bertsekas' auction).

    Each free B sentence bids for its best-value A sentence, raising its price by
    the margin over its second-best option (or staying unpaired, worth 0).
    """
    usable = {
        b_index: [
            (a_index, score) for a_index, score in sorted(scored.items()) if score >= min_score
        ]
        for b_index, scored in edges.items()
    }
    prices = [0.0] * (max((a for scored in usable.values() for a, _ in scored), default=-1) + 1)
    owner: dict[int, int] = {}
    bids: dict[int, int] = defaultdict(int)
    waiting = deque(sorted(b_index for b_index, scored in usable.items() if scored))
    while waiting:
        bidder = waiting.popleft()
        bids[bidder] += 1
        # One pass for the best and second-best value; candidates come by A index, so of
        # equal values the first (lowest A index) is the best, as a sort would rank them.
        best_value = second_value = -math.inf
        target = -1
        for a_index, score in usable[bidder]:
            value = score - prices[a_index]
            if value > best_value:
                best_value, second_value, target = value, best_value, a_index
            elif value > second_value:
                second_value = value
        if best_value <= 0.0:
            continue  # every candidate now costs more than it is worth: stay unpaired
        step = _AUCTION_STEP * 2 ** ((bids[bidder] - 1) // _PATIENCE)
        prices[target] += best_value - max(second_value, 0.0) + step
        evicted = owner.get(target)
        owner[target] = bidder
        if evicted is not None:
            waiting.append(evicted)
    return {bidder: a_index for a_index, bidder in owner.items()}


def _mark_moves(pairs: list[Pair], scorer: Scorer) -> list[Pair]:
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
        length = sum(a_lengths[i] for i in pair.a) + sum(b_lengths[i] for i in pair.b)
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
