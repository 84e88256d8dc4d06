"""The align stage: sentences × sentences → pairs, tolerating moves, splits, merges, rewording.

- :mod:`~readoutdiff.align.pairing`: the steps in order, in one canonical direction, mirrored;
- :mod:`~readoutdiff.align.candidates`: exact pairs, then a few scored candidates per sentence;
- :mod:`~readoutdiff.align.auction`: one global assignment (the highest total score);
- :mod:`~readoutdiff.align.moves`: pairs off the heaviest in-order chain marked as moved;
- :mod:`~readoutdiff.align.similarity`: how alike two runs of sentences are (words, characters);
- :mod:`~readoutdiff.align.groups`: pairs grown into splits and merges;
- :mod:`~readoutdiff.align.meaning`: pairing by meaning (sentence embeddings), with
  :mod:`~readoutdiff.align.meaning_cache` (the model, kept in the user's cache) over
  :mod:`~readoutdiff.align.meaning_tokens` and :mod:`~readoutdiff.align.meaning_weights`
  (fast readers of the model's files); loaded only when a run pairs by meaning.

The public names live here, so ``from readoutdiff.align import align`` stays where callers
(:mod:`readoutdiff.compare`) expect it.
"""

from readoutdiff.align.groups import Pair
from readoutdiff.align.pairing import align

__all__ = ["Pair", "align"]
