"""Reading readouts: bytes to text, site junk kept aside, title and meeting date found.

``reader`` decodes files and builds the :class:`~readoutdiff.model.Readout`; ``htmltext``
extracts the main text of saved HTML pages; ``dates`` finds the meeting's date. The public
names live here, so ``readoutdiff.ingest.load`` stays where callers expect it.
"""

from __future__ import annotations

from readoutdiff.ingest.reader import (
    DEFAULT_MAX_BYTES,
    HTML_NOTE,
    decode,
    from_bytes,
    is_html,
    load,
)
from readoutdiff.ingest.text import from_text, span_at

__all__ = [
    "DEFAULT_MAX_BYTES",
    "HTML_NOTE",
    "decode",
    "from_bytes",
    "from_text",
    "is_html",
    "load",
    "span_at",
]
