"""What a formula's id tells: the entry of a lexicon it names, or the stems of a phrase.

A formula from a lexicon file keeps the id the file gives it. A phrase the stage finds in the
readouts themselves (mined from the pair, recurring across a series, known from the background
corpus) has no file: its id is its kind and its stems, ``mined:security-assistanc``. This
module makes and reads both kinds, so that whoever names a formula to a reader by its words
(:mod:`readoutdiff.formulas.keys.naming`) asks it rather than spelling ids or walking a lexicon itself.

>>> phrase_id("mined", ("security", "assistanc"))
'mined:security-assistanc'
>>> phrase_stems("mined:security-assistanc"), phrase_stems("core-interests")
(('security', 'assistanc'), None)
>>> phrase_kind("recurring:new-era"), phrase_kind("core-interests")
('recurring', None)
>>> builtin_entry("core-interests").text, builtin_entry("no-such-formula")
('core interests', None)
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from readoutdiff.formulas.lexicon.lexicon import builtin
from readoutdiff.model import Entry

_KIND = ":"
"""Between a phrase's kind and its stems; never in a lexicon file's id."""
_STEM = "-"
"""Between a phrase's stems."""


def phrase_id(kind: str, stems: Iterable[str]) -> str:
    """The id of a phrase of ``kind`` (``mined``, ``recurring``, ``background``) with ``stems``."""
    return kind + _KIND + _STEM.join(stems)


def phrase_stems(formula_id: str) -> tuple[str, ...] | None:
    """The stems of a phrase's id, in order; None for a lexicon entry's id."""
    kind, colon, stems = formula_id.rpartition(_KIND)
    return tuple(stems.split(_STEM)) if kind and colon else None


def phrase_kind(formula_id: str) -> str | None:
    """The kind of a phrase's id (``mined``, ``recurring``, ``background``); None for a
    lexicon entry's id."""
    kind, colon, _ = formula_id.rpartition(_KIND)
    return kind if kind and colon else None


def builtin_entry(formula_id: str) -> Entry | None:
    """The built-in lexicon's entry with ``formula_id``, or None."""
    return _builtin_by_id().get(formula_id)


@cache
def _builtin_by_id() -> dict[str, Entry]:
    return {entry.id: entry for entry in builtin().entries}
