"""Each place's change told once, by the entry it belongs to.

:func:`one_story` runs last over a comparison's formula entries (:mod:`entries` makes them):

- a change read off the words around a kept formula whose own words changed (its noun or owner,
  ``entries.reheaded``) is left out: the formula's entry tells it;
- a rewording whose one wording holds another formula both sides keep, said elsewhere on the
  other side, is that wording's drop or appearance only (:func:`_unclaimed`);
- a change of governing words is told with the formula it governs (:func:`_with_formula`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from readoutdiff.formulas.entries.entries import ById
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession import succession
from readoutdiff.formulas.words.spans import SpanIndex, any_overlap
from readoutdiff.languages.folding import is_cjk
from readoutdiff.model import CONTEXT, REWORDED, Formula, FormulaStatus, Span
from readoutdiff.records.replacing import replace

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_CHANGED = FormulaStatus.CHANGED


def _with_formula(
    formula: Formula, views: tuple[succession.View, succession.View],
    sides: tuple[_Anchors, _Anchors],
) -> Formula:  # fmt: skip
    """A change of governing words told with the formula they govern when it stands by them:
    "will hail the 20th anniversary of the signing of the China-Russia Treaty …" ->
    "officially announced the renewal of the Treaty …" (what was said of it, as
    :func:`told.governed_by` tells a one-sided formula); the governing words alone ("can
    threaten" -> "security") say nothing an analyst can quote."""
    if formula.anchor is None or CONTEXT not in formula.id:
        return formula
    (a_text, a_span), (b_text, b_span) = (
        _with_anchor(view.readout.text, spans[0], near(formula.anchor, spans[0]))
        for view, spans, near in zip(views, (formula.a_spans, formula.b_spans), sides, strict=True)
    )
    return replace(formula, a_text=a_text, b_text=b_text, a_spans=(a_span,), b_spans=(b_span,))


_GAP = 3
"""Most words between governing words and the formula they are told with ("of the")."""
_CLAUSE_END = frozenset(".;:!?")
_INITIALISM = re.compile(r"\b(?:[A-Za-z]\.){2,}")
"""An abbreviation of initials ("U.S.", "U.K."): its periods end no clause (:func:`_undotted`)."""
_HEAD = 200
"""Characters of a gap read first (see :func:`_with_anchor`)."""


class _Anchors:
    """One side's occurrences of each formula, by start and by end, to read only those that
    may stand within :data:`_GAP` words of a span (a readout holds hundreds of some
    formulas' occurrences, and testing each for every change grew with the square of its
    size)."""

    def __init__(self, text: str, side: ById) -> None:
        self.text, self.side = text, side
        self.sorted: dict[
            str, tuple[list[Occurrence], list[int], list[Occurrence], list[int], int]
        ] = {}

    def __call__(self, formula_id: str, span: Span) -> list[Occurrence]:
        """The occurrences of ``formula_id`` that :func:`_with_anchor` may take for ``span``:
        those overlapping it, and the nearest ones on each side up to the first whose gap
        holds more than :data:`_GAP` words or a clause's end (a farther one's gap holds it)."""
        if formula_id not in self.sorted:
            found = self.side.get(formula_id, ())
            by_start = sorted(found, key=lambda o: o.span.start)
            by_end = sorted(found, key=lambda o: o.span.end)
            widest = max((o.span.end - o.span.start for o in found), default=0)
            self.sorted[formula_id] = (
                by_start, [o.span.start for o in by_start],
                by_end, [o.span.end for o in by_end], widest,
            )  # fmt: skip
        by_start, starts, by_end, ends, widest = self.sorted[formula_id]
        out = [
            o
            for o in by_start[
                bisect_left(starts, span.start - widest) : bisect_left(starts, span.end)
            ]
            if o.span.end > span.start
        ]  # overlapping it (each starts before its end)
        for o in by_start[bisect_left(starts, span.end) :]:  # after it, nearest first
            out.append(o)
            if not _short(self.text[span.end : min(o.span.start, span.end + _HEAD + 1)]):
                break
        for o in reversed(by_end[: bisect_right(ends, span.start)]):  # before it, nearest first
            if o.span.start >= span.end:
                continue  # empty, at its (empty) place: read as after it, above
            out.append(o)
            if not _short(self.text[max(o.span.end, span.start - _HEAD - 1) : span.start]):
                break
        return out


def _short(gap: str) -> bool:
    """``gap`` holds at most :data:`_GAP` words and no clause's end (the periods of initials
    end none: :func:`_undotted`). A gap longer than :data:`_HEAD` characters is none, unread
    (the prefilter cuts far gaps of thousands of characters to one character more)."""
    if len(gap) > _HEAD:
        return False
    gap = _undotted(gap)
    return len(gap.split()) <= _GAP and _CLAUSE_END.isdisjoint(gap)


def _undotted(gap: str) -> str:
    """``gap`` with the periods of its initials taken out, each still one word ("surge U.S."
    is two words with no clause's end).

    >>> _undotted("to surge U.S.")
    'to surge US'
    """
    return _INITIALISM.sub(lambda initials: initials[0].replace(".", ""), gap)


def _with_anchor(text: str, span: Span, anchors: Sequence[Occurrence]) -> tuple[str, Span]:
    """``span`` grown over the nearest occurrence of its formula in the same clause, at most
    :data:`_GAP` words away; as it is when none is."""
    near = []
    for occurrence in anchors:
        lo, hi = sorted((span.end, occurrence.span.start) if occurrence.span.start >= span.end
                        else (occurrence.span.end, span.start))  # fmt: skip
        # The words of a prefix are at most the gap's: a far occurrence is ruled out by reading
        # the gap's head only (a readout holds hundreds of some formulas' occurrences).
        if not _short(text[lo : min(hi, lo + _HEAD)]):
            continue
        gap = _undotted(text[lo:hi]) if lo <= hi else ""
        if _short(gap):
            near.append((len(gap), occurrence.span.start, occurrence.span))
    if not near:
        return text[span.start : span.end], span
    other = min(near)[2]
    start, end = min(span.start, other.start), max(span.end, other.end)
    line = span.line if start == span.start else other.line
    return text[start:end], Span(start=start, end=end, line=line)


def one_story(
    formulas: list[Formula],
    views: tuple[succession.View, succession.View] | None = None,
    sides: tuple[ById, ById] | None = None,
) -> list[Formula]:  # fmt: skip
    """A kept formula whose own words changed (its noun or owner, ``entries.reheaded``) tells
    that place's change: a change read off the words around it there is the same story told
    twice ("Putin's war of aggression" -> "Putin's premeditated, unjustified, and unprovoked
    war" beside "Russia's … war" -> "Putin's … war")."""
    own = {f.id: f for f in formulas if f.status is _CHANGED and f.anchor is None}
    kept = [
        f
        for f in formulas
        if f.anchor not in own
        or not any_overlap(f.a_spans, own[f.anchor].a_spans)
        and not any_overlap(f.b_spans, own[f.anchor].b_spans)
    ]
    both = [f for f in kept if f.a_spans and f.b_spans]  # what a rewording's wording may hold
    # Every span of each side, by the formula's place in ``both`` (filed only if a rewording asks).
    spans = (
        SpanIndex((s, k) for k, f in enumerate(both) for s in f.a_spans),
        SpanIndex((s, k) for k, f in enumerate(both) for s in f.b_spans),
    )
    texts = (views[0].readout.text, views[1].readout.text) if views is not None else None
    found = (sides, texts) if sides is not None and texts is not None else None
    told = [_unclaimed(f, both, spans, found) for f in kept]
    if views is None or sides is None:
        return told
    anchors = (_Anchors(views[0].readout.text, sides[0]), _Anchors(views[1].readout.text, sides[1]))
    return [_with_formula(f, views, anchors) for f in told]


def _within(index: SpanIndex, outer: Sequence[Span]) -> set[int]:
    """The formulas (by place) with a span inside one of ``outer``."""
    return set().union(*map(index.within, outer))


def _overlapping(index: SpanIndex, spans: Sequence[Span]) -> set[int]:
    """The formulas (by place) with a span sharing a character with one of ``spans``."""
    return set().union(*map(index.overlapping, spans))


def _unclaimed(
    formula: Formula, formulas: Sequence[Formula], spans: tuple[SpanIndex, SpanIndex],
    own: tuple[tuple[ById, ById], tuple[str, str]] | None = None,
) -> Formula:  # fmt: skip
    """A rewording whose one wording holds another formula that both sides keep, said
    elsewhere on the rewording's other side, tells that wording twice: it is the kept
    formula's, and the rewording's formula stands on the other side only. The samples'
    "fundamental interests of the two countries" -> "common interests of both countries",
    beside "common interests" kept from A's "common interests of the two countries": A's
    fundamental interests were dropped.

    Where the other wording is said word for word (in any case) on the side whose wording
    holds the kept one, it is no drop or appearance: when the formula was found on that side
    (``own``: each readout's occurrences by id, and the two texts) and not on the other, that
    wording is the formula's own place (a longer formula holding a kept one: "comprehensive
    strategic partnership of coordination" around "comprehensive strategic partnership"), and
    the formula stands on that side only, told there with its wording (:func:`_own_side`)."""
    if formula.status is not _CHANGED or not formula.id.endswith(REWORDED):
        return formula
    # ``formulas`` have both sides' spans; only those inside one of the rewording's can tell.
    inside = (_within(spans[0], formula.a_spans), _within(spans[1], formula.b_spans))
    near = inside[0] | inside[1]
    if not near:
        return formula
    # which of them have a span overlapping the rewording's, on each side: read by position,
    # not by testing each of a formula's spans (a kept formula may be said hundreds of times)
    touching = (_overlapping(spans[0], formula.a_spans), _overlapping(spans[1], formula.b_spans))
    for k in sorted(near):
        if formulas[k] is formula:
            continue
        for theirs, elsewhere, rest, on_a in (
            (1, 0, formula.a_spans, True),
            (0, 1, formula.b_spans, False),
        ):
            if k in inside[theirs] and k not in touching[elsewhere]:
                if own is not None and _own_side(formula, on_a, own):
                    on_a, rest = not on_a, formula.b_spans if on_a else formula.a_spans
                return replace(
                    formula, id=formula.id.removesuffix(REWORDED), variant=False,
                    status=FormulaStatus.DROPPED if on_a else FormulaStatus.APPEARED,
                    a_text=formula.a_text if on_a else None, a_spans=rest if on_a else (),
                    b_text=None if on_a else formula.b_text, b_spans=() if on_a else rest,
                    evidence_score=None, anchor=None,
                )  # fmt: skip
    return formula


def _own_side(formula: Formula, on_a: bool, own: tuple[tuple[ById, ById], tuple[str, str]]) -> bool:
    """Whether the rewording ``formula``, to stay on A (``on_a``) or on B, stands on the other
    side instead: its wording on the side it would stay on is said word for word on the side
    it would leave, where the formula was found, and it was not found on the side it would
    stay on (see :func:`_unclaimed`)."""
    (in_a, in_b), (a_text, b_text) = own
    formula_id = formula.id.removesuffix(REWORDED)
    stays, leaves = (in_a, in_b) if on_a else (in_b, in_a)
    if formula_id in stays or formula_id not in leaves:
        return False
    wording = formula.a_text if on_a else formula.b_text
    if not wording:
        return False
    return said_whole(wording, b_text if on_a else a_text)


def said_whole(wording: str, text: str) -> bool:
    """Whether ``text`` says ``wording`` word for word, in any case, from a word's start to a
    word's end: "peace" is not said in "peaceful" nor in "appease" (branch fix1; a substring
    test read it so). An edge that is a Chinese or Japanese character needs no space: those
    scripts do not space their words ("核心利益" is said in "维护核心利益").

    >>> said_whole("peace", "a peaceful settlement"), said_whole("Peace", "for lasting peace.")
    (False, True)
    >>> said_whole("核心利益", "维护核心利益问题"), said_whole("U.S.", "the U.S. side")
    (True, True)
    """
    wording, text = wording.casefold(), text.casefold()
    at = text.find(wording)
    while at >= 0:
        end = at + len(wording)
        if (at == 0 or _apart(text[at - 1], wording[0])) and (
            end == len(text) or _apart(wording[-1], text[end])
        ):
            return True
        at = text.find(wording, at + 1)
    return False


def _apart(before: str, after: str) -> bool:
    """Whether a word ends between the characters ``before`` and ``after``: not both letters or
    digits, or one a character of an unspaced script (Chinese, Japanese)."""
    return not (before.isalnum() and after.isalnum()) or is_cjk(before) or is_cjk(after)
