"""Wordings told once in the key changes: one inside another at the same place, or two changes
over the same words on both sides.

>>> from readoutdiff import compare, from_text
>>> a = from_text("We reaffirmed our steadfast commitment to sovereignty and territorial integrity.")
>>> comparison = compare(a, from_text("We met."))
>>> [f.a_text for f in fullest(list(comparison.formulas), comparison)]
['steadfast commitment to sovereignty and territorial integrity']
"""

from __future__ import annotations

from readoutdiff.formulas.words.spans import SpanIndex
from readoutdiff.model import Comparison, Formula, FormulaStatus, Span
from readoutdiff.records.replacing import replace

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_CHANGED = FormulaStatus.CHANGED


def fullest(ranked: list[Formula], comparison: Comparison) -> list[Formula]:
    """``ranked`` without a formula whose wording lies wholly inside another's at the same
    place ("sovereignty and territorial integrity" inside "steadfast commitment to Ukraine's
    sovereignty and territorial integrity"): the fuller one is told once, at the better rank.
    Two changes that overlap on both sides ("secure the release of hostages" → "release of
    hostages held by Hamas" and "continuing efforts to secure the release of hostages" →
    "efforts to reach a deal for the release of hostages") are told once, in both wordings'
    union."""
    told: list[Formula] = []
    by_id: dict[str, list[int]] = {}  # id -> where formulas of that id stand in ``told``
    changes = SpanIndex()  # A's first span of each change told, by its place in ``told``
    for formula, inside in zip(ranked, _holders(ranked), strict=True):
        fullest = max((ranked[k] for k in inside), key=_length, default=formula)
        if any(told[i] == fullest for i in by_id.get(fullest.id, ())):
            continue  # by id first: comparing every field of thousands of formulas is slow
        at = _first_overlap(told, changes, fullest)
        if at is None:
            at = len(told)
            told.append(fullest)
            by_id.setdefault(fullest.id, []).append(at)
        else:
            told[at] = _union(told[at], fullest, comparison)  # same id, wider spans
        if _may_overlap(told[at]):
            changes.add(told[at].a_spans[0], at)
    return told


def _first_overlap(told: list[Formula], changes: SpanIndex, formula: Formula) -> int | None:
    """The first change of ``told`` that ``formula`` overlaps (:func:`_overlap`): only those
    sharing characters with its first span in A can (a change's spans only widen)."""
    if not _may_overlap(formula):
        return None
    return min(
        (i for i in changes.overlapping(formula.a_spans[0]) if _overlap(told[i], formula)),
        default=None,
    )


def _holders(ranked: list[Formula]) -> list[list[int]]:
    """For each formula of ``ranked``, the indexes (in order) of the longer ones it lies
    inside: on every side it is on, one of their spans holds its first span there. Found
    through an index of each side's spans, not by testing every pair (a readout of thousands
    of formulas, all dropped, made that the key changes' main cost)."""
    sides = (
        SpanIndex((s, k) for k, f in enumerate(ranked) for s in f.a_spans),
        SpanIndex((s, k) for k, f in enumerate(ranked) for s in f.b_spans),
    )
    out: list[list[int]] = []
    for formula in ranked:
        firsts = [
            (spans[0], index)
            for spans, index in zip((formula.a_spans, formula.b_spans), sides, strict=True)
            if spans
        ]
        around = [index.holding(span) for span, index in firsts]
        shared = set.intersection(*around) if around else set()
        out.append([k for k in sorted(shared) if _length(ranked[k]) > _length(formula)])
    return out


def _may_overlap(formula: Formula) -> bool:
    """``formula`` is a change with a span on each side: :func:`_overlap` can hold for it."""
    return formula.status is _CHANGED and bool(formula.a_spans and formula.b_spans)


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
