"""Name the formula each replaced phrase of a reworded passage belongs to.

A replacement (:mod:`readoutdiff.formulas.wording`) belongs to a formula when it
overlaps one of the formula's occurrences, on either side, or sits in the slot of a
formula only one side has: right before or after it in the same clause, only stop words
between. Such a replacement is a *changed* formula entry that names its formula
(``anchor``). So is a qualifier put in or taken out, or words swapped for unrelated ones,
within ``around.AROUND`` words of a lexicon formula both sides keep, in its clause; its wordings
run through the formula: around 'sovereignty and territorial integrity', "strong and
vocal support in defense of Ukraine's sovereignty …" → "strong support in defense of
Ukraine and its sovereignty …". When its two
wordings are the same formula (a variant), it is no change: a formula found on one side
only is *persisted* with ``variant`` and the other side's wording.

A formula only one side has, standing inside a replaced phrase that mutates it (the two
sides' differing words share a content word), is not reported again as dropped or
appeared: the changed entry tells its fate. Cut out, or swapped for unrelated words, it
stays dropped or appeared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain

from readoutdiff.formulas import frames, wording
from readoutdiff.formulas.around import around, content, swapped
from readoutdiff.formulas.noise import frame_only
from readoutdiff.formulas.occurrences import Occurrence
from readoutdiff.formulas.phrases import Words
from readoutdiff.formulas.roles import STOP_WORDS, SUBJECT_WORDS
from readoutdiff.formulas.spans import line_of, overlaps
from readoutdiff.formulas.succession import View
from readoutdiff.model import Alignment, Formula, FormulaSource, FormulaStatus, Span, Status
from readoutdiff.shared_runs import BlockMemo

MIN_PAIR_SCORE = 0.4
"""Passages aligned less alike than this are rewritten, not reworded: their phrases are not compared."""


@dataclass(slots=True)
class Named:
    """What the replacements of all reworded pairs say about the formulas."""

    changed: list[Formula] = field(default_factory=list)
    consumed: set[str] = field(default_factory=set)
    """Ids of one-sided formulas whose fate a changed entry tells."""
    variants: dict[str, tuple[str, Span]] = field(default_factory=dict)
    """Id of a one-sided formula -> the other side's wording of it, and where it stands."""


def name(
    a: View, b: View, pairs: Sequence[Alignment], one_sided: set[str], taken: Iterable[Formula],
    threshold: float, lexicon_frames: frames.Frames | None = None, blocks: BlockMemo | None = None,
) -> Named:  # fmt: skip
    """Return the changed entries, consumed ids and variants of every reworded pair.

    ``taken`` are changes already reported (successor links, governing phrases): a
    replacement overlapping one of them is left to it. ``lexicon_frames``: the lexicon's frames, whose
    reworded middles are changes too (:mod:`readoutdiff.formulas.frames`).
    """
    named = Named()
    busy = [(f.a_spans, f.b_spans) for f in taken]
    seen: dict[str, int] = defaultdict(int)
    for pair in pairs:
        if pair.status is not Status.CHANGED or pair.score < MIN_PAIR_SCORE:
            continue
        a_occ = [o for s in pair.a for o in a.by_sentence.get(s.index, ())]
        b_occ = [o for s in pair.b for o in b.by_sentence.get(s.index, ())]
        framing = _framing(lexicon_frames, pair, a)
        if not a_occ and not b_occ and not framing:
            continue  # no formula in the passage: no replacement can belong to one (_owner)
        for rep in wording.replacements(
            pair, a.readout, b.readout, a.words, b.words, threshold, blocks
        ):
            if frame_only(chain(rep.a_core, rep.b_core)):
                continue  # who said it, and when: the readout's frame, no formula's change
            owner, inside = _owner(rep, a_occ, b_occ, one_sided)
            frame = (
                frames.framed(rep, lexicon_frames)
                if owner is None and framing and lexicon_frames
                else None
            )
            if frame is not None and not _busy(rep, busy) and not swapped(rep, pair, a, b):
                _add(named, seen, busy, _change(rep, frame.id, frame.source, frame.topic))
                continue
            if owner is None:
                qualified = around(rep, pair, (a, b), (a_occ, b_occ), one_sided)
                if qualified is not None and not _busy(rep, busy):
                    _add(named, seen, busy, qualified)
                continue
            if _busy(rep, busy) or _within(rep, owner.id, a_occ, b_occ):
                continue
            if owner.id not in one_sided and owner.source is FormulaSource.MINED:
                continue  # as for governing phrases: a mined formula is too unsure to hang a change on
            if swapped(rep, pair, a, b):
                continue  # the words moved within the passage: reordered, not reworded
            if not _mutation(rep) and (
                owner.id in one_sided or _one_side_holds(rep, owner.id, a_occ, b_occ)
            ):
                continue  # the formula cut out, put in, moved or swapped for other words
            if rep.variant:
                _variant(named, rep, owner, bool(inside), one_sided, (a, b))
                continue
            if min(content(rep.a), content(rep.b)) < 2 or _bare(
                rep, owner, one_sided, a_occ, b_occ
            ):
                continue  # a phrase on each side, not a single word for a whole formula
            named.consumed |= inside
            _add(named, seen, busy, _change(rep, owner.id, owner.source, owner.topic))
    return named


def _framing(lexicon_frames: frames.Frames | None, pair: Alignment, a: View) -> bool:
    """A's side of ``pair`` may hold both ends of a lexicon frame (its stems read in place,
    no set made: most passages are one sentence)."""
    if lexicon_frames is None:
        return False
    stems = [a.words[s.index].stems for s in pair.a]
    return lexicon_frames.may_hold(stems[0] if len(stems) == 1 else tuple(chain(*stems)))


def _change(
    rep: wording.Replacement, formula_id: str, source: FormulaSource, topic: str
) -> Formula:
    """The changed entry a replacement makes for the formula ``formula_id`` it belongs to."""
    return Formula(
        status=FormulaStatus.CHANGED, a_text=rep.a_text, b_text=rep.b_text,
        a_spans=_spans(rep.a_span), b_spans=_spans(rep.b_span), id=formula_id, source=source,
        topic=topic, confidence=round(rep.score, 3), evidence_score=rep.score, anchor=formula_id,
    )  # fmt: skip


def _add(
    named: Named, seen: dict[str, int], busy: list[tuple[tuple[Span, ...], tuple[Span, ...]]],
    formula: Formula,
) -> None:  # fmt: skip
    """Report a changed entry, numbered among those of its formula, and keep its place busy."""
    anchor = formula.anchor or formula.id
    seen[anchor] += 1
    suffix = f"#{seen[anchor]}" if seen[anchor] > 1 else ""
    named.changed.append(replace(formula, id=f"{anchor}/wording{suffix}"))
    busy.append((formula.a_spans, formula.b_spans))


def _variant(
    named: Named, rep: wording.Replacement, owner: Occurrence, inside: bool, one_sided: set[str],
    views: tuple[View, View],
) -> None:  # fmt: skip
    """A one-sided formula inside a replacement whose wordings are one formula persisted;
    the other side's wording loses the unchanged words around the formula."""
    if not inside or owner.id not in one_sided or owner.id in named.variants:
        return
    on_a = any(_covers(rep.a, owner))
    mine, other = (rep.a, rep.b) if on_a else (rep.b, rep.a)
    own = [i for i, place in enumerate(mine) if any(_covers([place], owner))]
    before, after = mine[: own[0]], mine[own[-1] + 1 :]
    lead = _common(before, other)
    tail = _common(after[::-1], other[::-1])
    run = list(other[lead : len(other) - tail])
    while run and run[0][0].stems[run[0][1]] in STOP_WORDS:
        run.pop(0)
    while run and run[-1][0].stems[run[-1][1]] in STOP_WORDS:
        run.pop()
    if run:
        (first, i), (last, k) = run[0], run[-1]
        readout = views[1 if on_a else 0].readout
        span = Span(
            start=first.start(i), end=last.end(k), line=line_of(readout, first, first.start(i))
        )
        named.variants[owner.id] = (readout.text[span.start : span.end], span)


def _common(x: Sequence[wording.Place], y: Sequence[wording.Place]) -> int:
    """How many leading words of ``x`` and ``y`` have the same stems."""
    count = 0
    for (xw, xk), (yw, yk) in zip(x, y, strict=False):
        if xw.stems[xk] != yw.stems[yk]:
            break
        count += 1
    return count


def _owner(
    rep: wording.Replacement, a_occ: Sequence[Occurrence], b_occ: Sequence[Occurrence],
    one_sided: set[str],
) -> tuple[Occurrence | None, set[str]]:  # fmt: skip
    """Return the formula the replacement belongs to, and the one-sided formulas inside it.

    It belongs to a formula it touches (one only one side has first, then one that is not of
    the background, then by id, so that swapping A and B names the same one), else to a one-sided formula whose slot it fills:
    right next to where that formula stood. Near a formula both sides keep, it is that
    formula's context (see :mod:`readoutdiff.formulas.around`). A one-sided formula that only
    the unchanged words taken around the change touch is not its ("discussed coordination to
    *further*" does not hold "further surge humanitarian assistance …").
    """
    inside = [
        o
        for run, core, occ in ((rep.a, rep.a_core, a_occ), (rep.b, rep.b_core, b_occ))
        for o in occ
        if any(_covers(run, o)) and (o.id not in one_sided or any(_covers(core, o)))
    ]
    if inside:
        owner = min(inside, key=lambda o: (o.id not in one_sided, o.topic == "background", o.id))
        return owner, {o.id for o in inside if o.id in one_sided}
    beside = [
        o
        for run, occ in ((rep.a, a_occ), (rep.b, b_occ))
        for o in occ
        if o.id in one_sided and _next_to(run, o)
    ]
    return (min(beside, key=lambda o: o.id), set()) if beside else (None, set())


def _within(
    rep: wording.Replacement, formula_id: str, a_occ: Sequence[Occurrence],
    b_occ: Sequence[Occurrence],
) -> bool:  # fmt: skip
    """The differing words all stand inside the formula on both sides: its wording varies."""
    return all(
        any(all(_covers([place], o)) for o in occurrences if o.id == formula_id)
        for core, occurrences in ((rep.a_core, a_occ), (rep.b_core, b_occ))
        for place in core
    )


def _bare(
    rep: wording.Replacement, owner: Occurrence, one_sided: set[str],
    a_occ: Sequence[Occurrence], b_occ: Sequence[Occurrence],
) -> bool:  # fmt: skip
    """Around a formula both sides keep, the words that differ on one side are nothing but the
    formula's own wording and a subject: the formula's variant, already reported persisted."""
    if owner.id in one_sided:
        return False
    for core, occurrences in ((rep.a_core, a_occ), (rep.b_core, b_occ)):
        mine = [o for o in occurrences if o.id == owner.id]
        rest = [
            (words, k) for words, k in core
            if not any(any(_covers([(words, k)], o)) for o in mine) and words.stems[k] not in SUBJECT_WORDS
        ]  # fmt: skip
        if content(rest) == 0:
            return True
    return False


def _one_side_holds(
    rep: wording.Replacement, formula_id: str, a_occ: Sequence[Occurrence],
    b_occ: Sequence[Occurrence],
) -> bool:  # fmt: skip
    """Only one side's wording holds the formula (a formula both readouts keep moved out of
    this passage: "… and continued transatlantic unity" -> "including vital humanitarian and
    security assistance", with transatlantic unity in the next sentence of B)."""
    held = [
        any(o.id == formula_id for o in occurrences if any(_covers(run, o)))
        for run, occurrences in ((rep.a, a_occ), (rep.b, b_occ))
    ]
    return held[0] != held[1]


def _mutation(rep: wording.Replacement) -> bool:
    """The differing words of the two sides share a content word: one phrase mutated
    ("unprovoked and unjustified war" -> "brutal and unprovoked war"), not one swapped for another."""
    a_stems = {words.stems[k] for words, k in rep.a_core} - STOP_WORDS
    b_stems = {words.stems[k] for words, k in rep.b_core} - STOP_WORDS
    return bool(a_stems & b_stems)


def _covers(run: Sequence[wording.Place], occurrence: Occurrence) -> Iterable[bool]:
    return (
        words.sentence == occurrence.sentence and occurrence.first <= k < occurrence.last
        for words, k in run
    )


def _next_to(run: Sequence[wording.Place], occurrence: Occurrence) -> bool:
    """The run ends just before the formula or starts just after it, in the same clause."""
    if not run:
        return False
    (first, i), (last, k) = run[0], run[-1]
    if last.sentence == occurrence.sentence and k < occurrence.first:
        return _gap_free(last, k + 1, occurrence.first)
    if first.sentence == occurrence.sentence and i >= occurrence.last:
        return _gap_free(first, occurrence.last, i)
    return False


def _gap_free(words: Words, start: int, end: int) -> bool:
    """Only stop words, and no punctuation, between word ``start - 1`` and word ``end``."""
    return all(words.stems[j] in STOP_WORDS for j in range(start, end)) and not any(
        words.breaks[j] for j in range(start, end + 1) if j < len(words.stems)
    )


def _busy(
    rep: wording.Replacement, busy: Sequence[tuple[tuple[Span, ...], tuple[Span, ...]]]
) -> bool:
    return any(
        overlaps(rep.a_span, a_spans) or overlaps(rep.b_span, b_spans) for a_spans, b_spans in busy
    )


def _spans(span: Span | None) -> tuple[Span, ...]:
    return () if span is None else (span,)
