"""The formula stage: fixed official phrasings found in readouts and their fates.

:mod:`~readoutdiff.formulas.tracking` runs it; the sub-packages are layers, each importing
only itself and those listed before it (``tests/test_formula_layers.py``):

- :mod:`~readoutdiff.formulas.words`: a readout's words: stems with offsets, roles, spans, names,
  word diffs, wordings compared.
- :mod:`~readoutdiff.formulas.matching`: finding formulas in a readout: wordings matched on stems,
  then fuzzily; where each stands.
- :mod:`~readoutdiff.formulas.lexicon`: formula lexicons, and what is built once from each: entries,
  matcher, frames, background.
- :mod:`~readoutdiff.formulas.mining`: phrases that look fixed though no lexicon has them, and the
  noise they must not be.
- :mod:`~readoutdiff.formulas.succession`: formulas in aligned passages: replaced phrases named by
  the formula they touch, successors.
- :mod:`~readoutdiff.formulas.entries`: the entries of a comparison: each formula's fate, told once,
  with what was said of it.
- :mod:`~readoutdiff.formulas.linking`: formulas only one side has, linked to their rewordings in
  the other readout.
- :mod:`~readoutdiff.formulas.unpaired`: the last linking steps, over sentences the aligner did not
  pair with each other.
- :mod:`~readoutdiff.formulas.keys`: formulas told to a reader: named by their words, the kind of
  each change, and the key changes of a comparison ranked (every view and ``check`` read them;
  :func:`track` does not).
"""

from readoutdiff.formulas.lexicon.lexicon import builtin, chosen, load, merge, parse
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.tracking import find_formulas, track
from readoutdiff.model import Entry, Lexicon

__all__ = [
    "Entry",
    "Lexicon",
    "Occurrence",
    "builtin",
    "chosen",
    "find_formulas",
    "load",
    "merge",
    "parse",
    "track",
]
