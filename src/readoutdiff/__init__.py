"""readoutdiff: what changed between successive diplomatic readouts.

>>> from readoutdiff import compare, from_text
>>> a = from_text("The two sides agreed. Trade grew.", path="a.txt")
>>> b = from_text("Trade grew. The two sides agreed fully.", path="b.txt")
>>> [alignment.status.value for alignment in compare(a, b).alignments]
['unchanged', 'changed']

The names below load on first use, so ``import readoutdiff`` (and ``readoutdiff --version``)
stays fast and loads no engine module.
"""

from __future__ import annotations

import sys
from types import ModuleType

from readoutdiff.lazy import exports

TYPE_CHECKING = False  # not typing's: importing typing (and re) is a third of --version
if TYPE_CHECKING:
    from typing import Any

    from readoutdiff.api import compare_files
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
    "compare_files",
    "from_bytes",
    "from_text",
    "load",
]
__version__ = "0.1.0"

_HOMES = {
    "Comparison": "readoutdiff.model",
    "Options": "readoutdiff.model",
    "Readout": "readoutdiff.model",
    "ReadoutError": "readoutdiff.errors",
    "compare": "readoutdiff.compare",
    "compare_files": "readoutdiff.api",
    "from_bytes": "readoutdiff.ingest",
    "from_text": "readoutdiff.ingest",
    "load": "readoutdiff.ingest",
}


__getattr__, __dir__ = exports(__name__, _HOMES, globals())


class _Package(ModuleType):
    """The package module, keeping its lazy names when a submodule of the same name loads."""

    def __setattr__(self, name: str, value: Any) -> None:
        # Importing ``readoutdiff.compare`` binds the module as ``readoutdiff.compare``;
        # the public name is the function ``compare``.
        if isinstance(value, ModuleType) and name in _HOMES:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
