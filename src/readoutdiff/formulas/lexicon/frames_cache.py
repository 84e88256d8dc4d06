"""A lexicon's frames (:mod:`readoutdiff.formulas.lexicon.frames`), kept in the user's cache.

Reading the frames of the built-in lexicon keys every English wording again (a third of
what building its matcher costs), the same way on every run. Like the matcher
(:mod:`readoutdiff.formulas.lexicon.matcher_cache`), they are kept as JSON in
``<cache>/frames/<digest>.json``, behind a checksum, keyed on what :func:`frames.frames` reads
of each entry, on the source files (their size
and times) of the code that keys wordings and on the versions of the
libraries it imports. Frames of Russian wordings (keyed by Snowball) are not kept, like the
matcher's. The frames are the same
with or without the cache.
"""

from __future__ import annotations

import contextlib
import json

from readoutdiff.cache_dir import cache_root, collecting_later, digest, keep_checked, read_checked
from readoutdiff.formulas.lexicon import frames
from readoutdiff.formulas.lexicon.matcher_cache import LIBRARIES, LOST, MAKERS
from readoutdiff.formulas.words.scripts import scripts_in
from readoutdiff.model import FormulaSource, Lexicon

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_MINED = FormulaSource.MINED

FORMAT = 1
"""Bump when the layout of an entry changes."""
_MAKERS = (
    "formulas/lexicon/frames.py",
    "formulas/lexicon/frames_cache.py",
    "formulas/words/negation.py",
    "formulas/words/word_diff.py",
    "formulas/words/wording.py",
    "formulas/words/wording_zh.py",
    "text/shared_runs.py",
    *MAKERS,
)
"""Sources whose code decides what a lexicon's frames are, and every readoutdiff module they
import (those of the matcher's cache among them)."""
_KEPT = 8
_FEWEST = 50
"""Lexicons of fewer entries are read every time."""


def built(lexicon: Lexicon) -> frames.Frames:
    """``frames.frames(lexicon)``, from the cache when it holds this lexicon's frames."""
    root = cache_root()
    entries = lexicon.entries
    read = [(e.id, e.source is _MINED, e.text, e.variants) for e in entries]
    found = digest([FORMAT, read], _MAKERS, LIBRARIES) if root and len(entries) >= _FEWEST else None
    if root is None or found is None:
        return frames.frames(lexicon)
    path = root / "frames" / f"{found}.json"
    with contextlib.suppress(*LOST), collecting_later():
        return _read(read_checked(path), lexicon)
    made = frames.frames(lexicon)
    if not any(
        not text.isascii() and "cyrillic" in scripts_in(text)
        for entry in entries
        if entry.source is not _MINED
        for text in (entry.text, *entry.variants)
    ):
        number = {id(entry): i for i, entry in enumerate(entries)}
        ends = [[first, last, number[id(entry)]] for (first, last), entry in made.ends.items()]
        with contextlib.suppress(OSError):
            keep_checked(path, json.dumps(ends, ensure_ascii=False), _KEPT)
    return made


def _read(text: str, lexicon: Lexicon) -> frames.Frames:
    """The frames an entry holds; ``TypeError`` or ``ValueError`` unless every value is sound."""
    ends = {}
    for first, last, number in json.loads(text):
        if type(first) is not str or type(last) is not str or type(number) is not int:
            raise TypeError("frames cache entry: a frame is not two stems and a number")
        if not 0 <= number < len(lexicon.entries):
            raise ValueError("frames cache entry: an entry number is out of range")
        ends[first, last] = lexicon.entries[number]
    return frames.Frames(
        ends=ends,
        firsts=frozenset(first for first, _ in ends),
        lasts=frozenset(last for _, last in ends),
    )
