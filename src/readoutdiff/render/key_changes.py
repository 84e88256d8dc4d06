"""The key changes: the three to seven changes an analyst puts in a briefing's first paragraph.

Ranked, most significant first:

1. formulas whose words were replaced (a successor, a changed phrase naming its formula, a
   formula reworded), then formulas dropped, lexicon formulas before mined ones; at most three
   changes before the drops get their places, so that many rewordings never hide a dropped
   formula; then a formula that lost (or gained) one qualifier and nothing else;
2. whole passages dropped or added, the two longest (they keep two places);
3. a formula with one word swapped ("leading role" → "essential role"), below the passages;
4. then, to reach three, formulas that appeared (with the new passage they came in), then
   more passages.

A dropped formula whose whole passage went is told with that passage, and a passage told on
its own names the formulas that went (or came) with it, so that no line repeats another; a
wording wholly inside another entry's at the same place, or overlapping a changed one on both
sides, is told once, in the fuller wording. When none of these changed but the readouts still
differ, one entry says what did (:func:`~readoutdiff.render.key_minor.minor_only`).

Each entry quotes both wordings in plain spaces and gives line numbers.

>>> from readoutdiff import compare, from_text
>>> a = from_text("We defend core interests. We oppose hegemonism and power politics.")
>>> b = from_text("We defend core interests. Trade grew fast this year, both said.")
>>> [k.summary for k in key_changes(compare(a, b))]
['Dropped formula “oppose hegemonism and power politics” (A line 1), with its whole passage: “We oppose hegemonism and power politics.”', 'Added passage (B line 1): “Trade grew fast this year, both said.”']
"""

from __future__ import annotations

from dataclasses import replace

from readoutdiff.model import (
    REWORDED,
    Alignment,
    Comparison,
    Formula,
    FormulaSource,
    FormulaStatus,
    Span,
    Status,
)
from readoutdiff.naming import anchor_names, frame
from readoutdiff.render.key_minor import minor_only
from readoutdiff.render.key_passages import holders, passage_change, with_passage
from readoutdiff.render.key_record import KeyChange, quote
from readoutdiff.render.key_words import light, qualifier, shift

__all__ = ["KeyChange", "key_changes", "minor_only"]

MOST = 7
FEWEST = 3
_PASSAGES = 2
"""Places kept for whole passages dropped or added, however many formulas changed."""
_CHANGED = 3
"""Places first given to changed formulas; dropped formulas get the rest before more changes."""
_SWAP = 3
"""The tier of a formula with one word swapped: told after the passages."""
_TOLD = (FormulaStatus.CHANGED, FormulaStatus.DROPPED)
"""The fates that get places of their own; appeared formulas only fill up to three."""


def key_changes(comparison: Comparison) -> list[KeyChange]:
    """Return the key changes of ``comparison``, most significant first (at most seven)."""
    ranked = sorted(comparison.formulas, key=_formula_rank)
    passages = [a for a in comparison.alignments if a.status in (Status.DROPPED, Status.ADDED)]
    everyone = _fullest([f for f in ranked if f.status in _TOLD], comparison)
    appeared = _fullest([f for f in ranked if f.status is FormulaStatus.APPEARED], comparison)
    holder = holders(passages)
    names = anchor_names(comparison)
    found: list[tuple[int, KeyChange]] = []
    told: list[Alignment] = []  # passages told, by identity
    for formula in _chosen(ranked, MOST - min(len(passages), _PASSAGES), comparison):
        passage = holder(formula)
        if passage is None:
            found.append((_tier(formula), _formula(formula, names)))
        elif not any(passage is p for p in told):  # the drops of one passage, one entry
            told.append(passage)
            found.append((1, with_passage([f for f in everyone if holder(f) is passage], passage)))
    alone = [p for p in passages if not any(p is q for q in told)]
    alone.sort(key=lambda a: -len(a.a_text or a.b_text))
    told += alone[:_PASSAGES]
    keys = [key for tier, key in found if tier < _SWAP]
    keys += [passage_change(p, [*everyone, *appeared], holder) for p in alone[:_PASSAGES]]
    keys += [key for tier, key in found if tier >= _SWAP]
    if len(keys) < FEWEST:  # new formulas, then more passages, to reach three
        for formula in appeared:
            passage = holder(formula)
            if passage is None:
                keys.append(_formula(formula, names))
            elif not any(passage is p for p in told):  # a new passage's formulas, one entry
                told.append(passage)
                keys.append(with_passage([f for f in appeared if holder(f) is passage], passage))
        spare = [p for p in alone if not any(p is q for q in told)]
        keys += [passage_change(p, everyone, holder) for p in spare[: max(FEWEST - len(keys), 0)]]
    if not keys:
        minor = minor_only(comparison)
        keys = [minor] if minor else []
    return keys[:MOST]


def _chosen(ranked: list[Formula], room: int, comparison: Comparison) -> list[Formula]:
    """The formulas that get places, by rank: changes and drops share the room, so that many
    rewordings do not hide a dropped formula (nor a mined change a lexicon one)."""
    heavy = [f for f in ranked if _tier(f) == 0 and f.source is not FormulaSource.MINED]
    drops = [f for f in ranked if f.status is FormulaStatus.DROPPED]
    first = heavy[:_CHANGED] + drops[: max(room - min(len(heavy), _CHANGED), 0)]
    rest = [f for f in ranked if f.status in _TOLD and f not in first]
    return sorted(_fullest([*first, *rest], comparison)[:room], key=_formula_rank)


def _tier(formula: Formula) -> int:
    """0 a formula's words replaced, 1 dropped, 2 one qualifier off or on, 3 one word
    swapped (:data:`_SWAP`), 4 appeared."""
    if formula.status is FormulaStatus.DROPPED:
        return 1
    if formula.status is not FormulaStatus.CHANGED:
        return 4
    change = shift(formula.a_text or "", formula.b_text or "")
    if not light(change):
        return 0
    return 2 if qualifier(change) else _SWAP


def _formula_rank(formula: Formula) -> tuple[int, int, bool, int, float, int]:
    """Lexicon before mined; then by tier (:func:`_tier`); among changes, a successor or a new
    phrase governing a kept formula before a formula reworded elsewhere in B; a formula said
    more often in A first (it was central there); then confidence and position."""
    spans = formula.a_spans or formula.b_spans
    return (
        formula.source is FormulaSource.MINED,
        _tier(formula),
        formula.id.endswith(REWORDED),
        -len(formula.a_spans),
        -formula.confidence,
        spans[0].start if spans else 0,
    )


def _fullest(ranked: list[Formula], comparison: Comparison) -> list[Formula]:
    """``ranked`` without a formula whose wording lies wholly inside another's at the same
    place ("sovereignty and territorial integrity" inside "steadfast commitment to Ukraine's
    sovereignty and territorial integrity"): the fuller one is told once, at the better rank.
    Two changes that overlap on both sides ("secure the release of hostages" → "release of
    hostages held by Hamas" and "continuing efforts to secure the release of hostages" →
    "efforts to reach a deal for the release of hostages") are told once, in both wordings'
    union."""
    told: list[Formula] = []
    for formula in ranked:
        inside = [other for other in ranked if _inside(formula, other)]
        fullest = max(inside, key=_length, default=formula)
        if fullest in told:
            continue
        at = next((i for i, kept in enumerate(told) if _overlap(kept, fullest)), None)
        if at is None:
            told.append(fullest)
        else:
            told[at] = _union(told[at], fullest, comparison)
    return told


def _inside(formula: Formula, other: Formula) -> bool:
    """Every side ``formula`` is on, ``other`` is on too, with a longer span around it."""
    pairs = [(formula.a_spans, other.a_spans), (formula.b_spans, other.b_spans)]
    sides = [(mine[0], theirs) for mine, theirs in pairs if mine]
    return (
        bool(sides)
        and all(any(s.start <= m.start and m.end <= s.end for s in theirs) for m, theirs in sides)
        and _length(other) > _length(formula)
    )


def _overlap(kept: Formula, other: Formula) -> bool:
    """Both are changed, and their first wordings share characters on both sides."""
    changed = FormulaStatus.CHANGED
    return (
        kept.status is changed
        and other.status is changed
        and all(
            bool(x and y) and x[0].start < y[0].end and y[0].start < x[0].end
            for x, y in ((kept.a_spans, other.a_spans), (kept.b_spans, other.b_spans))
        )
    )


def _union(kept: Formula, other: Formula, comparison: Comparison) -> Formula:
    """``kept`` told in the union of its wordings and ``other``'s, on each side."""
    a = _joined(kept.a_spans[0], other.a_spans[0])
    b = _joined(kept.b_spans[0], other.b_spans[0])
    return replace(
        kept,
        a_text=comparison.a.text[a.start : a.end], b_text=comparison.b.text[b.start : b.end],
        a_spans=(a, *kept.a_spans[1:]), b_spans=(b, *kept.b_spans[1:]),
    )  # fmt: skip


def _joined(x: Span, y: Span) -> Span:
    first = x if x.start <= y.start else y
    return Span(start=first.start, end=max(x.end, y.end), line=first.line)


def _length(formula: Formula) -> int:
    return sum(span.end - span.start for span in (*formula.a_spans[:1], *formula.b_spans[:1]))


def _formula(formula: Formula, names: dict[str, str]) -> KeyChange:
    """``names``: formula id -> its words (:func:`anchor_names`), to say which formula a
    changed phrase is around; else the frame both wordings kept; never the id."""
    a_line = formula.a_spans[0].line if formula.a_spans else None
    b_line = formula.b_spans[0].line if formula.b_spans else None
    a = quote(formula.a_text) if formula.a_text else formula.a_text
    b = quote(formula.b_text) if formula.b_text else formula.b_text
    if formula.status is FormulaStatus.DROPPED:
        kind, summary = "formula-dropped", f"Dropped formula “{a}” (A line {a_line})."
    elif formula.status is FormulaStatus.APPEARED:
        kind, summary = "formula-appeared", f"New formula “{b}” (B line {b_line})."
    else:
        # A qualifier is taken off (or put on) words both keep: a side with no word of its own
        # to qualify (all names, "India Comprehensive Global Strategic Partnership") is reworded.
        how = qualifier(shift(a or "", b or ""))
        kind = "qualifier-removed" if how == "removed" else "formula-changed"
        if formula.id.endswith(REWORDED):  # the formula itself reworded: its wording says which
            what = {"removed": "Qualifier removed", "added": "Qualifier added"}.get(
                how or "", "Formula reworded"
            )
        else:
            anchor = formula.anchor
            around = f" around “{names[anchor]}”" if anchor in names else ""
            kept = frame(a or "", b or "") if anchor and not around else None
            around = around or (f" in “{kept}”" if kept else "")  # never the bare id
            what = f"{'Qualifier removed' if how == 'removed' else 'Changed wording'}{around}"
        summary = f"{what}: “{a}” (A line {a_line}) → “{b}” (B line {b_line})."
    return KeyChange(
        kind=kind, summary=summary, a_text=a, b_text=b, a_line=a_line, b_line=b_line,
        formula=formula.anchor or formula.id, formulas=(formula.anchor or formula.id,),
    )  # fmt: skip
