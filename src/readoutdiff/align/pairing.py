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

from collections.abc import Sequence
from operator import is_

from readoutdiff.align.auction import auction
from readoutdiff.align.candidates import candidate_scores, exact_pairs, with_context
from readoutdiff.align.groups import BY_B, Pair, grow_groups, new_pair
from readoutdiff.align.moves import mark_moves
from readoutdiff.align.similarity import Scorer, Side, new_side_memo
from readoutdiff.model import Options, Sentence

_CONFIDENT = 0.5
"""A first-pass pair at least this good is a context anchor for the second pass."""


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
        new_pair(pair.b, pair.a, pair.score, pair.moved)
        for pair in _align(b, a, options, cross_language)
    ]
    return sorted(mirrored, key=BY_B)


def _align(
    a: Sequence[Sentence], b: Sequence[Sentence], options: Options, cross: bool
) -> list[Pair]:
    if options.meaning or cross:
        from readoutdiff.align.meaning import prefetch

        prefetch([s.text for s in a], [s.text for s in b])  # on another core, while segmenting
    memo = new_side_memo()  # a sentence both readouts hold is read once
    side_a, side_b = Side(a, memo), Side(b, memo)
    meaning = None
    if options.meaning or cross:
        from readoutdiff.align.meaning import Meaning

        meaning = Meaning([s.text for s in a], [s.text for s in b])
    scorer = Scorer(side_a, side_b, meaning if cross else None, cross=cross)
    a_of_b = exact_pairs(side_a, side_b)
    if side_a.headline and side_b.headline and 0 not in a_of_b and 0 not in a_of_b.values():
        a_of_b[0] = 0  # headlines face each other, however reworded
    edges = candidate_scores(scorer, a_of_b, options)
    anchors = dict(a_of_b)
    anchors.update(auction(edges, _CONFIDENT))
    a_of_b.update(auction(with_context(edges, anchors, side_a, side_b, options), options.min_score))
    singles = []
    # Each pair's score: its edge, else scored. A pair of equal texts (every exact pair but a
    # reworded headline) scores 1.0 by words alone (``Scorer._single``'s first test): said
    # here without the call, its key and its memo entry (~3,000 of a 500 KB pair's pairs).
    a_folded, b_folded = side_a.folded, side_b.folded
    by_words = scorer.meaning is None
    for b_index, a_index in sorted(a_of_b.items()):
        scored = edges.get(b_index)
        if scored is not None:
            score = scored[a_index]
        elif by_words and a_folded[a_index] == b_folded[b_index]:
            score = 1.0
        else:
            score = scorer.pair(a_index, b_index)
        singles.append(new_pair((a_index,), (b_index,), score))
    singles = mark_moves(singles, scorer)
    if meaning is not None:
        from readoutdiff.align.meaning import fill_gaps

        singles = mark_moves(fill_gaps(singles, meaning), scorer)
    pairs = grow_groups(scorer, singles, edges, options)
    if meaning is not None and cross:  # in one language most neighbours "mean part of" a pair
        from readoutdiff.align.meaning import attach_orphans

        lines = (side_a.lines, side_b.lines)
        pairs = attach_orphans(mark_moves(pairs, scorer), meaning, lines)
    if len(pairs) == len(singles) and all(map(is_, pairs, singles)):
        # Nothing grown: the pairs are the ones just marked, and a mark reads only their
        # sentences and scores, so marking them again would find each pair as it is (two
        # readouts of one-sentence lines at 500 KB: ~3 ms, the second of the run's two marks).
        return pairs
    return mark_moves(pairs, scorer)
