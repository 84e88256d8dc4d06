"""Propose and score a few likely A sentences for each B sentence, so cost grows near-linearly.

Sentences with equal folded text pair first; for every other B sentence an inverted index over
its rarest words and word pairs, plus the neighbourhood of already paired sentences (and, when
pairing by meaning, its nearest A sentences in meaning), proposes candidates, and only those are
scored (:mod:`readoutdiff.align.similarity`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict, deque
from collections.abc import Sequence
from itertools import chain
from operator import itemgetter

from readoutdiff.align.groups import Edges
from readoutdiff.align.similarity import STOP_WORDS, Scorer, Side, count_into
from readoutdiff.model import Options

_RARE_CAP = 64
"""A word or word pair in more free A sentences than this is too common to propose candidates."""
_CONTEXT_BONUS = 0.1
"""Added (for ranking only, never to pass ``min_score``) where the paragraphs already pair."""
_KEY = itemgetter(1)


def exact_pairs(side_a: Side, side_b: Side) -> dict[int, int]:
    """Pair sentences with equal folded text, the k-th copy in B with the k-th in A.

    >>> from readoutdiff.ingest import from_text
    >>> a = from_text("We met. Trade grew. We met.").sentences
    >>> exact_pairs(Side(a), Side(from_text("We met. Talks went on. We met.").sentences))
    {0: 0, 2: 2}
    """
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
    """The words but stop words, and every pair of neighbouring words, as one set (made in C:
    only membership and the sorted lists built from it count, never the set's order).

    >>> sorted(_keys(["the", "two", "sides", "met"]))
    ['met', 'sides met', 'the two', 'two sides']
    """
    keys = set(sentence_words)
    keys -= STOP_WORDS
    keys.update(map(" ".join, zip(sentence_words, sentence_words[1:], strict=False)))
    return keys


def candidate_scores(scorer: Scorer, a_of_b: dict[int, int], options: Options) -> Edges:
    """Score each unpaired B sentence against a few likely A sentences."""
    side_a, side_b = scorer.a, scorer.b
    taken = set(a_of_b.values())
    # The keys of each distinct unpaired B text, made once (copies share the set, read only).
    # Each distinct word of them is one string object: on a 16 MB readout the sets would
    # otherwise hold a copy of every word it says. A's keys are cut to those B asks for.
    b_keys: dict[int, set[str]] = {}
    said: dict[str, set[str]] = {}
    seen: dict[str, str] = {}
    b_folded = side_b.folded
    for b_index in range(side_b.size):
        if b_index not in a_of_b:
            keys = said.get(b_folded[b_index])
            if keys is None:
                cut = side_b.sentence_words(b_index)
                keys = said[b_folded[b_index]] = _keys(list(map(seen.setdefault, cut, cut)))
            b_keys[b_index] = keys
    wanted = set().union(*b_keys.values())  # a key no B sentence asks for needs no entry
    index: dict[str, list[int]] = defaultdict(list)
    asked: dict[str, set[str]] = {}  # copies of a sentence share one text: keys made once
    a_folded = side_a.folded
    for a_index in range(side_a.size):
        if a_index not in taken:
            keys = asked.get(a_folded[a_index])
            if keys is None:
                keys = asked[a_folded[a_index]] = _keys(side_a.sentence_words(a_index)) & wanted
            for key in keys:
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
        edges[b_index] = scorer.row(sorted(candidates), b_index)
    return edges


def _rare_neighbours(
    keys: set[str], index: dict[str, list[int]], rare_limit: int, options: Options
) -> set[int]:
    """A sentences sharing the most of this B sentence's rarest words and word pairs (``keys``)."""
    # Made in C where it can be (a 500 KB pair asks this of some 240 B sentences, each of ~50
    # keys): the keys the index holds by (frequency, key), a total order, whatever the set's.
    found = list(filter(index.__contains__, keys))
    present = sorted(zip(map(len, map(index.__getitem__, found)), found, strict=True))[
        : options.rare_keys
    ]
    # the rarest keys up to the first one held by more than rare_limit A sentences (they come
    # by frequency: (rare_limit + 1,) sorts after every (rare_limit, key), before the rest);
    # each A sentence's votes counted in C, in the order a loop would meet them
    rare = present[: bisect_left(present, (rare_limit + 1,))]
    votes: dict[int, int] = {}
    count_into(votes, chain.from_iterable(map(index.__getitem__, map(_KEY, rare))))
    # most votes first, then the lowest A index: a stable sort by votes of the A order (the
    # A indices alone, plain ints, sort faster than (index, votes) tuples)
    ranked = sorted(sorted(votes), key=votes.__getitem__, reverse=True)
    return set(ranked[: options.candidates])


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


def with_context(
    edges: Edges, anchors: dict[int, int], side_a: Side, side_b: Side, options: Options
) -> Edges:
    """Add the context bonus to candidates whose paragraphs another anchor already pairs."""
    # only the lines of the B sentences with candidates are asked for (some 240 of ~3,300
    # anchors' lines at 500 KB)
    asked = {side_b.lines[b_index] for b_index in edges}
    paired_lines = defaultdict(set)
    for b_index, a_index in anchors.items():
        line = side_b.lines[b_index]
        if line in asked:
            paired_lines[line].add((side_a.lines[a_index], b_index, a_index))
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
