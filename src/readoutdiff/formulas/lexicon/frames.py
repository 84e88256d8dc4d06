"""Frames: a lexicon formula read as its first and last words with a slot between.

"hold Russia accountable" is also the frame "hold … accountable": a reworded passage that
keeps both ends and replaces what stands between ("hold the Russian Federation and Belarus
accountable" → "hold President Putin and his regime accountable") rewords that formula in
its slot, and is a *changed* entry named after it (:mod:`readoutdiff.formulas.succession.named`).

Only lexicon formulas of three words or more whose end words are content words frame a slot
(mined and background phrases are too unsure).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They discussed measures to hold the Russian Federation and Belarus accountable.")
>>> b = from_text("They discussed measures to hold President Putin and his regime accountable.")
>>> [(f.status.value, f.id, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'hold-russia-accountable/wording', 'hold the Russian Federation and Belarus accountable', 'hold President Putin and his regime accountable')]
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from readoutdiff.formulas.words import wording
from readoutdiff.formulas.words.phrases import key
from readoutdiff.formulas.words.roles import STOP_WORDS
from readoutdiff.model import Entry, FormulaSource, Lexicon
from readoutdiff.records.record import record_positional

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_MINED = FormulaSource.MINED

SHORTEST = 3
"""Words of a wording that frames a slot: two ends and at least one word between."""


@record_positional
class Frames:
    """The frames of a lexicon: (first stem, last stem) -> the entry they belong to."""

    ends: Mapping[tuple[str, str], Entry]
    firsts: frozenset[str]
    lasts: frozenset[str]

    def may_hold(self, stems: Collection[str]) -> bool:
        """Whether a passage with these stems can hold both ends of some frame (cheap)."""
        return not self.firsts.isdisjoint(stems) and not self.lasts.isdisjoint(stems)


def frames(lexicon: Lexicon) -> Frames:
    """Return the frames of ``lexicon``'s formulas (first entry by id wins a shared frame);
    the formula stage keeps them per lexicon object."""
    ends: dict[tuple[str, str], Entry] = {}
    for entry in sorted(lexicon.entries, key=lambda e: e.id):
        if entry.source is _MINED:
            continue
        for text in (entry.text, *entry.variants):
            stems = key(text, chinese=False)
            if len(stems) >= SHORTEST and STOP_WORDS.isdisjoint((stems[0], stems[-1])):
                ends.setdefault((stems[0], stems[-1]), entry)
    return Frames(
        ends=ends,
        firsts=frozenset(first for first, _ in ends),
        lasts=frozenset(last for _, last in ends),
    )


def framed(rep: wording.Replacement, found: Frames) -> Entry | None:
    """The formula whose frame the replacement fills: both sides run from the frame's first
    word to its last (the unchanged words the replacement was widened by), with words
    replaced between them."""
    if not rep.a or not rep.b or not rep.a_core or not rep.b_core:
        return None
    ends = []
    for run in (rep.a, rep.b):
        (first, i), (last, k) = run[0], run[-1]
        ends.append((first.stems[i], last.stems[k]))
    if ends[0] != ends[1]:
        return None
    core = {*(w.stems[k] for w, k in rep.a_core), *(w.stems[k] for w, k in rep.b_core)}
    if set(ends[0]) & core:
        return None  # an end word itself replaced: no frame kept
    # Whether the wordings are one formula last, for a frame there only: the costliest test.
    return None if ends[0] not in found.ends or rep.variant else found.ends[ends[0]]
