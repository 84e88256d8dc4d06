"""Two formulas each only one side has, near each other and sharing a word: one formula reworded.

:mod:`readoutdiff.formulas.slots` looks for a one-sided formula's rewording in the other
readout's words. What it leaves can still be one formula said two ways when the other side
has a formula of its own in the same place: "unjustified and unprovoked war of choice" in
A, "brutal and unprovoked invasion" in the passage B puts there. Two such formulas are one
*changed* entry when

- they stand near each other: each in the other's window of :func:`slots.window` (between
  where the paired neighbours of its sentence went, ``WITHIN`` sentences more each way);
- their wordings share a content word that tells something (lower case, not a stop word
  or a subject, inflection stripped: "unprovoked"; "agricultural products" /
  "agricultural exports");
- at least one of them is not of the built-in lexicon, whose entries name their successors
  themselves ("themes of peace and development" and "high-quality development" are two);
- and each has a telling word the other lacks: a formula whose words all stand in the other
  is a formula of its own held inside it ("security assistance" / "security, economic, and
  humanitarian assistance"), reported as such.

Pairs are taken best first (more shared words, then nearer, then by ids), each formula
once, so swapping the readouts mirrors the result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readoutdiff.formulas import wording
from readoutdiff.formulas.matcher import Occurrence
from readoutdiff.formulas.phrases import INTRODUCING
from readoutdiff.formulas.slots import Busy, Mutations, anchors, window
from readoutdiff.formulas.spans import overlaps
from readoutdiff.formulas.succession import View
from readoutdiff.model import REWORDED, Alignment, Formula, FormulaSource, FormulaStatus

WITHIN = 2
"""Sentences beyond where a sentence's paired neighbours went, for the other formula to be near."""


def link(
    a: View, b: View, only_a: Mapping[str, Sequence[Occurrence]],
    only_b: Mapping[str, Sequence[Occurrence]], pairs: Sequence[Alignment], busy: Busy,
) -> Mutations:  # fmt: skip
    """Return one changed entry per pair of one-sided formulas reworded into each other."""
    out = Mutations(changed=[], consumed=set())
    if not only_a or not only_b:
        return out
    marks = anchors(pairs)
    mirrored = sorted((y, x) for x, y in marks)
    told_b = {i: _told(b, o[0]) for i, o in only_b.items()}
    candidates = []
    for x_id, found in only_a.items():
        x, x_told = found[0], _told(a, found[0])
        lo, hi = window(marks, x.sentence, len(b.words), WITHIN)
        for y_id, y_told in told_b.items():
            y = only_b[y_id][0]
            if x.source is y.source is FormulaSource.BUILTIN:
                continue  # the built-in lexicon says itself which of its formulas succeed which
            shared = x_told & y_told
            if not shared or x_told <= y_told or y_told <= x_told:
                continue
            back_lo, back_hi = window(mirrored, y.sentence, len(a.words), WITHIN)
            if not (lo <= y.sentence < hi or back_lo <= x.sentence < back_hi):
                continue
            rank = (-len(shared), abs(x.sentence - y.sentence), min(x_id, y_id), max(x_id, y_id))
            candidates.append((rank, x, y))
    for _, x, y in sorted(candidates, key=lambda c: c[0]):
        if x.id in out.consumed or y.id in out.consumed:
            continue
        if overlaps(x.span, busy[0]) or overlaps(y.span, busy[1]):
            continue
        out.consumed |= {x.id, y.id}
        owner = min((x, y), key=lambda o: (o.source is FormulaSource.MINED, o.id))
        out.changed.append(Formula(
            status=FormulaStatus.CHANGED, a_text=x.text, b_text=y.text, a_spans=(x.span,),
            b_spans=(y.span,), id=f"{owner.id}{REWORDED}", source=owner.source, topic=owner.topic,
            confidence=1.0, anchor=owner.id,
        ))  # fmt: skip
    return out


def _told(view: View, occurrence: Occurrence) -> set[str]:
    """The content stems of a formula's wording that tell something (see the module's text)."""
    words = view.words[occurrence.sentence]
    run = [(words, k) for k in range(occurrence.first, occurrence.last)]
    return wording.told(run, INTRODUCING)
