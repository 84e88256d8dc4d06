"""readoutdiff: what changed between successive diplomatic readouts.

>>> from readoutdiff import compare, from_text
>>> a = from_text("The two sides agreed. Trade grew.", path="a.txt")
>>> b = from_text("Trade grew. The two sides agreed fully.", path="b.txt")
>>> [alignment.status.value for alignment in compare(a, b).alignments]
['unchanged', 'changed']
"""

from readoutdiff.compare import compare
from readoutdiff.errors import ReadoutError
from readoutdiff.ingest import from_bytes, from_text, load
from readoutdiff.model import Comparison, Options, Readout

__all__ = [
    "Comparison",
    "Options",
    "Readout",
    "ReadoutError",
    "compare",
    "from_bytes",
    "from_text",
    "load",
]
__version__ = "0.1.0"
