"""Rules read after the links that keep a formula said in two wordings one entry (acc17).

:func:`one_wording` makes a lexicon formula matched in two of its wordings *persisted* when one
side also says the other side's wording over the same words; :func:`without_infinitive_frames`
drops a change of the frame before a kept formula that is an infinitive's verb phrase on both
sides ("efforts to" / "ways to" hold Russia accountable); :func:`without_variants_told_again`
drops a change that only repeats a persisted formula's variant with the same words around it;
:func:`without_wordings_told_twice` drops a formula's ``/wording`` change told inside the
formula's own change (acc42).
They run in :func:`readoutdiff.formulas.tracking._fates`, after the links.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from readoutdiff.formulas.entries.entries import ById
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession import succession
from readoutdiff.formulas.words.wording import strip
from readoutdiff.model import CONTEXT, Formula, FormulaStatus, Span


def without_infinitive_frames(
    formulas: Sequence[Formula], a_text: str, b_text: str
) -> list[Formula]:
    """``formulas`` less each change of the words governing a kept formula (``<id>/context``)
    where the formula stands right after "to" on both sides: the formula is the verb phrase
    of an infinitive, kept whole ("hold Russia accountable", "secure the release of all
    hostages"), and what changed is the frame of the action ("our collective efforts to" /
    "additional ways to"), which the hand lists leave out: the formula persisted, as its own
    entry says. A formula governed by a verb of the frame ("efforts to resolve the global food
    security crisis" / "efforts to solve …") keeps its change."""
    kept = {f.id: f for f in formulas if f.status is FormulaStatus.PERSISTED and f.anchor is None}
    return [
        f
        for f in formulas
        if CONTEXT not in f.id
        or f.anchor not in kept
        or not (
            _after_to(kept[f.anchor].a_spans, f.a_spans, a_text)
            and _after_to(kept[f.anchor].b_spans, f.b_spans, b_text)
        )
    ]


def without_variants_told_again(
    formulas: Sequence[Formula], a_text: str, b_text: str
) -> list[Formula]:
    """``formulas`` less each change whose two wordings hold a persisted formula's two
    wordings and are the same words around them: "hold Russia accountable for its unprovoked
    and unjust" / "hold the Russian Federation to account for its unprovoked and unjust" says
    nothing the persisted variant ("hold Russia accountable" / "hold the Russian Federation
    to account") does not."""
    # A's span starts of the persisted formulas, in order: a change reads only those inside it.
    starts = sorted(
        (s.start, n)
        for n, f in enumerate(formulas)
        if f.status is FormulaStatus.PERSISTED
        for s in f.a_spans
    )
    at = [start for start, _ in starts]

    def told_again(change: Formula) -> bool:
        if change.status is not FormulaStatus.CHANGED or len(change.a_spans) != 1:
            return False
        outer = change.a_spans[0]
        inside = starts[bisect_left(at, outer.start) : bisect_left(at, outer.end)]
        return any(_told_again(change, formulas[n], a_text, b_text) for _, n in inside)

    return [f for f in formulas if not told_again(f)]


def without_wordings_told_twice(formulas: Sequence[Formula]) -> list[Formula]:
    """``formulas`` less each change of a formula's wording (``<id>/wording``) whose words
    on both sides lie inside the formula's own change (``<id>``, changed): "ironclad commitment
    to the defense" / "ironclad commitment to the defense of its allies" beside "ironclad
    commitment to the defense of the ROK" / "ironclad commitment to the defense of its allies"
    (sung-kim-noh-funakoshi 2022-03-04) is one place told twice, and the shorter telling says
    nothing the formula's own change does not."""
    changed = {f.id: f for f in formulas if f.status is FormulaStatus.CHANGED and "/" not in f.id}
    if not changed:
        return list(formulas)

    def twice(f: Formula) -> bool:
        if f.status is not FormulaStatus.CHANGED or not f.id.endswith(WORDING):
            return False
        own = changed.get(f.id[: -len(WORDING)])
        return own is not None and all(
            spans and all(any(o.start <= s.start and s.end <= o.end for o in outer) for s in spans)
            for spans, outer in ((f.a_spans, own.a_spans), (f.b_spans, own.b_spans))
        )

    return [f for f in formulas if not twice(f)]


WORDING = "/wording"
"""The id tail of a change of a formula's wording (``succession.named``, ``kept_complement``)."""


def _told_again(change: Formula, kept: Formula, a_text: str, b_text: str) -> bool:
    if len(change.a_spans) != 1 or len(change.b_spans) != 1:
        return False
    rests = []
    for outer, spans, text in (
        (change.a_spans[0], kept.a_spans, a_text), (change.b_spans[0], kept.b_spans, b_text)
    ):  # fmt: skip
        inner = next((s for s in spans if outer.start <= s.start and s.end <= outer.end), None)
        if inner is None:
            return False
        rests.append((text[outer.start : inner.start].split(), text[inner.end : outer.end].split()))
    return rests[0] == rests[1]


def _after_to(spans: Sequence[Span], around: Sequence[Span], text: str) -> bool:
    """Some span of ``spans`` lies inside ``around``'s one span, right after the word "to"."""
    if len(around) != 1:
        return False
    outer = around[0]
    return any(
        outer.start < s.start and s.end <= outer.end
        and text[max(0, s.start - 4) : s.start].casefold() in (" to ", "\nto ")
        for s in spans
    )  # fmt: skip


def one_wording(
    formula: Formula, views: tuple[succession.View, succession.View], sides: tuple[ById, ById]
) -> Formula:
    """A formula said *changed* because each side's match is another of its wordings, where one
    side also says the other side's wording over some of the same words, *persisted* in that
    wording: "securing the release of all hostages" / "secure the release of all hostages held
    by Hamas", where the longest match took "release of all hostages held by Hamas" in B. The
    other side's words are the first side's by stripped stem (securing/secure); a wording that
    holds the other whole ("release …" / "immediate release …") is a grown one, left changed."""
    if formula.status is not FormulaStatus.CHANGED or "/" in formula.id:
        return formula
    on_a, on_b = sides[0].get(formula.id, ()), sides[1].get(formula.id, ())
    if len(on_a) != 1 or len(on_b) != 1:
        return formula
    for mine, theirs, (own, other), side in (
        (on_a[0], on_b[0], views, "b"), (on_b[0], on_a[0], views[::-1], "a")
    ):  # fmt: skip
        said = _said_over(mine, own, theirs, other)
        if said is None:
            continue
        text, span = said
        kept = replace(formula, status=FormulaStatus.PERSISTED, variant=text != mine.text)
        if side == "a":
            return replace(kept, a_text=text, a_spans=(span,))
        return replace(kept, b_text=text, b_spans=(span,))
    return formula


def _said_over(
    mine: Occurrence, own_view: succession.View, theirs: Occurrence, view: succession.View
) -> tuple[str, Span] | None:
    """Where ``theirs``'s sentence says ``mine``'s wording over some of ``theirs``'s words but
    not within them, and not wholly holding them: (wording, span), else None."""
    own = [strip(s) for s in own_view.words[mine.sentence].stems[mine.first : mine.last]]
    words = view.words[theirs.sentence]
    stems = [strip(s) for s in words.stems]
    n = len(own)
    for k in range(max(0, theirs.first - n + 1), min(theirs.last, len(stems) - n + 1)):
        if stems[k : k + n] != own:
            continue
        if theirs.first <= k and k + n <= theirs.last:  # within theirs: a grown wording
            return None
        if k <= theirs.first and theirs.last <= k + n:  # holds theirs whole
            return None
        start, end = words.start(k), words.end(k + n - 1)
        text = view.readout.text
        return text[start:end], Span(start=start, end=end, line=theirs.span.line)
    return None
