"""The formula stage: fixed official phrasings found in readouts and their fates.

- :mod:`~readoutdiff.formulas.lexicon`: the built-in lexicon and users' TOML files;
- :mod:`~readoutdiff.formulas.phrases`: a readout's words and stems, with offsets;
- :mod:`~readoutdiff.formulas.matcher`: finding lexicon wordings (exact and fuzzy);
- :mod:`~readoutdiff.formulas.mining`: phrases that look fixed in the readouts themselves;
- :mod:`~readoutdiff.formulas.succession`: changed formulas inside aligned passages;
- :mod:`~readoutdiff.formulas.tracking`: each formula's fate between two readouts.
"""

from readoutdiff.formulas.lexicon import builtin, chosen, load, merge, parse
from readoutdiff.formulas.occurrences import Occurrence
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
