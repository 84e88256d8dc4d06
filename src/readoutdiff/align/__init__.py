"""The align stage: sentences × sentences → pairs, tolerating moves, splits, merges, rewording.

- :mod:`~readoutdiff.align.pairing`: exact pairs, candidates, the global assignment, moves;
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
