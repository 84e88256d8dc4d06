"""Name the formula each replaced phrase of a reworded passage belongs to.

A replacement (:mod:`readoutdiff.formulas.words.wording`) belongs to a formula when it
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

A replaced phrase no formula owns is a changed entry too when it swaps a head before a
complement both sides keep, or a complement after a kept head
(:mod:`~readoutdiff.formulas.succession.kept_complement`), in any reworded passage.

A formula only one side has, standing inside a replaced phrase that mutates it (the two
sides' differing words share a content word), is not reported again as dropped or
appeared: the changed entry tells its fate. Cut out, or swapped for unrelated words, it
stays dropped or appeared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import chain

from readoutdiff.formulas.lexicon import frames
from readoutdiff.formulas.lexicon.ids import numbered
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.mining.noise import frame_only
from readoutdiff.formulas.succession.around import around, content, swapped
from readoutdiff.formulas.succession.belongs import (
    bare,
    covered,
    mutation,
    one_side_holds,
    owner_of,
    within,
)
from readoutdiff.formulas.succession.kept_complement import (
    kept_complement,
    kept_head,
    may_keep,
    may_tell,
)
from readoutdiff.formulas.succession.kept_qualifiers import kept_qualified
from readoutdiff.formulas.succession.kept_zh import kept_zh
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words import word_swaps, wording, wording_zh
from readoutdiff.formulas.words.roles import ASPECT
from readoutdiff.formulas.words.spans import SpanIndex, line_of
from readoutdiff.formulas.words.word_diff import PairDiff, pair_diff
from readoutdiff.model import Alignment, Formula, FormulaSource, FormulaStatus, Span, Status
from readoutdiff.records.replacing import replace
from readoutdiff.text.shared_runs import BlockMemo

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_MINED, _PASSAGE_CHANGED = FormulaSource.MINED, Status.CHANGED

MIN_PAIR_SCORE = 0.4
"""Passages aligned less alike than this are rewritten, not reworded: their phrases are not compared."""


class Named:
    """What the replacements of all reworded pairs say about the formulas (a plain slotted
    class: a dataclass is ~0.4 ms of start-up to make).

    ``changed``: the changed entries; ``consumed``: ids of one-sided formulas whose fate a
    changed entry tells; ``variants``: id of a one-sided formula -> the other side's wording of
    it, and where it stands; ``half_kept``: changed entries of a head or a complement both sides
    keep (kept_complement) or qualifiers swapped before a kept head (kept_qualifiers), told only
    where no other entry stands when every step is done (:func:`told_last.last`); ``kept_zh``:
    the changed entries of Chinese phrases reworded around kept words
    (:mod:`~readoutdiff.formulas.succession.kept_zh`), told the same way after the Chinese
    clause rules too."""

    __slots__ = ("changed", "consumed", "variants", "half_kept", "kept_zh")

    def __init__(self) -> None:
        self.changed: list[Formula] = []
        self.consumed: set[str] = set()
        self.variants: dict[str, tuple[str, Span]] = {}
        self.half_kept: list[Formula] = []
        self.kept_zh: list[Formula] = []


def name(
    a: View, b: View, pairs: Sequence[Alignment], one_sided: set[str], taken: Iterable[Formula],
    threshold: float, lexicon_frames: frames.Frames | None = None, blocks: BlockMemo | None = None,
) -> Named:  # fmt: skip
    """Return the changed entries, consumed ids and variants of every reworded pair.

    ``taken`` are changes already reported (successor links, governing phrases): a
    replacement overlapping one of them is left to it. ``lexicon_frames``: the lexicon's frames, whose
    reworded middles are changes too (:mod:`readoutdiff.formulas.lexicon.frames`).
    """
    named = Named()
    busy = _Busy()
    for f in taken:
        busy.add(f.a_spans, f.b_spans)
    frame_ends = _frame_ends(lexicon_frames)
    qualified_too: list[Formula] = []  # told after the heads and complements kept
    english = a.readout.language == b.readout.language == "en"  # read on English word shapes
    chinese = wording_zh.is_chinese(a.readout, b.readout)  # told last only: kept_zh
    for pair in pairs:
        if pair.status is not _PASSAGE_CHANGED or pair.score < MIN_PAIR_SCORE:
            continue
        # The pair's word diff, read below by up to three rules, each of which made it again.
        diff = pair_diff(pair, a.words, b.words, blocks)
        if english:
            qualified_too += kept_qualified(
                pair, (a.words, b.words), (a.readout, b.readout), blocks, diff
            )
        a_occ = [o for s in pair.a for o in a.by_sentence.get(s.index, ())]
        b_occ = [o for s in pair.b for o in b.by_sentence.get(s.index, ())]
        framing = _framing(lexicon_frames, pair, a)
        if chinese:  # its replaced phrases told after the Chinese clause rules (kept_zh)
            named.kept_zh += _half_kept_unnamed(pair, (a, b), busy, threshold, (blocks, diff))
            continue
        if (not a_occ and not b_occ and not framing) or not _may_name(
            pair, (a, b), [*a_occ, *b_occ], one_sided, frame_ends if framing else {}
        ):
            named.half_kept += _half_kept_unnamed(pair, (a, b), busy, threshold, (blocks, diff))
            continue
        replaced = wording.replacements(
            pair, a.readout, b.readout, a.words, b.words, threshold, blocks, diff=diff
        )
        for rep in replaced:
            if frame_only(chain(rep.a_core, rep.b_core)):
                continue  # who said it, and when: the readout's frame, no formula's change
            owner, inside = owner_of(rep, a_occ, b_occ, one_sided)
            frame = (
                frames.framed(rep, lexicon_frames)
                if owner is None and framing and lexicon_frames
                else None
            )
            if frame is not None and not _busy(rep, busy) and not swapped(rep, pair, a, b):
                _add(named, busy, _change(rep, frame.id, frame.source, frame.topic))
                continue
            if owner is None:
                qualified = around(rep, pair, (a, b), (a_occ, b_occ), one_sided)
                if qualified is None:
                    named.half_kept += _half_kept_all(busy, (rep,), (a, b))
                elif not _busy(rep, busy):
                    _add(named, busy, qualified)
                continue
            if _busy(rep, busy) or _no_change_of(
                rep, owner, bool(inside), (pair, replaced), (a, b), (a_occ, b_occ), one_sided
            ):
                continue
            if rep.variant:
                on_a = any(o is owner for o in a_occ)
                _variant(named, rep, (owner, on_a), bool(inside), one_sided, (a, b))
                continue
            if min(content(rep.a), content(rep.b)) < 2 or bare(rep, owner, one_sided, a_occ, b_occ):
                continue  # a phrase on each side, not a single word for a whole formula
            named.consumed |= inside
            _add(named, busy, _change(rep, owner.id, owner.source, owner.topic))
    named.half_kept += qualified_too
    # Numbered once all are found, by places on both sides: the pairs come in B's order.
    named.changed = numbered(named.changed)
    return named


def _half_kept_unnamed(
    pair: Alignment, views: tuple[View, View], busy: _Busy, threshold: float,
    diffed: tuple[BlockMemo | None, PairDiff],
) -> list[Formula]:  # fmt: skip
    """The changed entries of a reworded pair in which no replacement can name a formula
    (:func:`owner_of`): a head or a complement both sides keep still tells a formula said with
    other words (kept_complement). ``diffed``: the comparison's word runs, the pair's diff."""
    a, b = views
    blocks, diff = diffed
    chinese = wording_zh.is_chinese(a.readout, b.readout)  # the Chinese form: kept_zh
    if not chinese and not may_keep(pair, a.words, b.words, blocks, diff):
        return []
    replaced = wording.replacements(
        pair, a.readout, b.readout, a.words, b.words, threshold, blocks,
        None if chinese else may_tell, diff,
    )  # fmt: skip
    return _half_kept_all(busy, replaced, views)


def _no_change_of(
    rep: wording.Replacement, owner: Occurrence, inside: bool,
    reworded: tuple[Alignment, Sequence[wording.Replacement]], views: tuple[View, View],
    occurrences: tuple[list[Occurrence], list[Occurrence]], one_sided: set[str],
) -> bool:  # fmt: skip
    """Whether ``rep``, in the slot or the words of ``owner``, tells no rewording of it: another
    step or replacement tells the formula's fate, or the words only moved, or the formula
    was cut out, put in or swapped for other words."""
    pair, replaced = reworded
    a_occ, b_occ = occurrences
    if within(rep, owner.id, a_occ, b_occ):
        return True
    if not inside and _replaced_elsewhere(rep, owner, replaced, occurrences):
        return True  # the formula's own replacement tells its fate, not the words beside it
    if owner.id not in one_sided and owner.source is _MINED:
        return True  # as for governing phrases: a mined formula is too unsure to hang a change on
    if swapped(rep, pair, *views):
        return True  # the words moved within the passage: reordered, not reworded
    if aspect_only(rep):
        return True
    # the formula cut out, put in, moved or swapped for other words
    return not mutation(rep) and (
        owner.id in one_sided or one_side_holds(rep, owner.id, a_occ, b_occ)
    )


def aspect_only(rep: wording.Replacement) -> bool:
    """The two wordings tell the same words once words of aspect are left out: "importance of
    strengthening NATO's" / "importance of continuing to strengthen NATO's" says the formula
    goes on, not that it changed (acc25). Two wordings that tell the same words with their
    words of aspect too ("deepen" / "deepening cooperation") are left to the checks after."""
    a_told = word_swaps.told(rep.a_core, ASPECT)
    if not a_told or a_told != word_swaps.told(rep.b_core, ASPECT):
        return False
    return word_swaps.told(rep.a_core) != word_swaps.told(rep.b_core)


def _half_kept_all(
    busy: _Busy, replaced: Iterable[wording.Replacement], views: tuple[View, View]
) -> list[Formula]:
    """The changed entries of the replacements that keep a head or a complement."""
    found = []
    for rep in replaced:
        entry = _half_kept(rep, views)  # most are left at their first word: asked first
        if entry is None or frame_only(chain(rep.a_core, rep.b_core)) or _busy(rep, busy):
            continue
        found.append(entry)
    return found


def _half_kept(rep: wording.Replacement, views: tuple[View, View]) -> Formula | None:
    """A head swapped before a kept complement, or a complement after a kept head."""
    readouts = (views[0].readout, views[1].readout)
    if wording_zh.in_characters(rep.a_core or rep.b_core):
        return kept_zh(rep, readouts)
    return kept_complement(rep, readouts) or kept_head(rep, readouts)


def _replaced_elsewhere(
    rep: wording.Replacement, owner: Occurrence, replaced: Sequence[wording.Replacement],
    occurrences: tuple[list[Occurrence], list[Occurrence]],
) -> bool:  # fmt: skip
    """A formula whose slot ``rep`` fills stands in the differing words of another
    replacement of the pair: that one put it in or cut it out ("step up their direct
    communication" -> "continue to remain in close contact"), so the words beside it ("in the
    days to come" -> "in the coming days") are no rewording of it. Its words on either side
    count: a formula both keep, its words moved ("each other's core interests …" / "core
    interests … of each other"), is owned on A's side by ``owner_of``, and reading only A's
    told a change one way and none the other."""
    on_a = [o for o in occurrences[0] if o.id == owner.id]
    on_b = [o for o in occurrences[1] if o.id == owner.id]
    return any(
        other is not rep
        and (
            any(covered(other.a_core, o) for o in on_a)
            or any(covered(other.b_core, o) for o in on_b)
        )
        for other in replaced
    )


def _frame_ends(lexicon_frames: frames.Frames | None) -> dict[str, frozenset[str]]:
    """The first stem of each lexicon frame -> the last stems of the frames it opens; made
    once per frames object (the formula stage keeps one per lexicon: some 560 frames of the
    built-in one, ~1.1 M instructions a comparison to read again), read, never changed."""
    if lexicon_frames is None:
        return {}
    for held, ends in _FRAME_ENDS:
        if held is lexicon_frames:
            return ends
    lasts: dict[str, set[str]] = defaultdict(set)
    for first, last in lexicon_frames.ends:
        lasts[first].add(last)
    ends = {first: frozenset(found) for first, found in lasts.items()}
    # The frames object held with its ends, so that its identity stays its own.
    _FRAME_ENDS[:] = [(lexicon_frames, ends), *_FRAME_ENDS[: _FRAME_ENDS_HELD - 1]]
    return ends


_FRAME_ENDS: list[tuple[frames.Frames, dict[str, frozenset[str]]]] = []
"""The last frames objects read by :func:`_frame_ends`, newest first, with their ends."""
_FRAME_ENDS_HELD = 4


def _may_name(
    pair: Alignment, views: tuple[View, View], occurrences: Sequence[Occurrence],
    one_sided: set[str], frame_ends: dict[str, frozenset[str]],
) -> bool:  # fmt: skip
    """A replacement of ``pair`` may name a formula: the passage holds one that is no mined
    formula both sides keep (such a formula owns no replacement, and only a lexicon one both
    keep anchors one, :func:`around.around`), or both ends of a lexicon frame on both sides
    (``frame_ends``: :func:`_frame_ends`, empty when the passage may hold none). At 500 KB
    half the reworded pairs hold neither: their replacements are not read."""
    if any(o.id in one_sided or o.source is not _MINED for o in occurrences):
        return True
    if not frame_ends:
        return False
    a, b = views
    said_a = set(chain.from_iterable(a.words[s.index].stems for s in pair.a))
    said = said_a.intersection(chain.from_iterable(b.words[t.index].stems for t in pair.b))
    return any(not frame_ends[first].isdisjoint(said) for first in said & frame_ends.keys())


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


def _add(named: Named, busy: _Busy, formula: Formula) -> None:
    """Report a changed entry (numbered among those of its formula once all are found) and
    keep its place busy."""
    named.changed.append(replace(formula, id=f"{formula.anchor or formula.id}/wording"))
    busy.add(formula.a_spans, formula.b_spans)


def _variant(
    named: Named, rep: wording.Replacement, owned: tuple[Occurrence, bool], inside: bool,
    one_sided: set[str], views: tuple[View, View],
) -> None:  # fmt: skip
    """A one-sided formula inside a replacement whose wordings are one formula persisted;
    the other side's wording loses the unchanged words around the formula (``owned``: the
    formula's occurrence and whether it stands on A's side, told by the list it came from:
    an occurrence names a sentence and words, not a side, and a B formula at the place of A's
    words read as A's took B's wording for A's; sym10)."""
    owner, on_a = owned
    if not inside or owner.id not in one_sided or owner.id in named.variants:
        return
    mine, other = (rep.a, rep.b) if on_a else (rep.b, rep.a)
    own = [i for i, place in enumerate(mine) if covered([place], owner)]
    before, after = mine[: own[0]], mine[own[-1] + 1 :]
    lead = _common(before, other)
    tail = _common(after[::-1], other[::-1])
    run = list(other[lead : len(other) - tail])
    while run and run[0][0].stems[run[0][1]] in run[0][0].stop_words:
        run.pop(0)
    while run and run[-1][0].stems[run[-1][1]] in run[-1][0].stop_words:
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


class _Busy:
    """The places of the changes reported so far, on each side, indexed by position (testing
    each against every replacement grew with the square of the readout's length)."""

    def __init__(self) -> None:
        self.sides = (SpanIndex(), SpanIndex())

    def add(self, a_spans: Sequence[Span], b_spans: Sequence[Span]) -> None:
        for index, spans in zip(self.sides, (a_spans, b_spans), strict=True):
            index.add_all(spans, 0)

    def holds(self, a_span: Span | None, b_span: Span | None) -> bool:
        """``a_span`` or ``b_span`` shares a character with a change on its side."""
        return any(
            span is not None and bool(index.overlapping(span))
            for index, span in zip(self.sides, (a_span, b_span), strict=True)
        )


def _busy(rep: wording.Replacement, busy: _Busy) -> bool:
    return busy.holds(rep.a_span, rep.b_span)


def _spans(span: Span | None) -> tuple[Span, ...]:
    return () if span is None else (span,)
