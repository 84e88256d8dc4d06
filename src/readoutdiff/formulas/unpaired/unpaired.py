"""The last linking steps: a thing or a line reworded in sentences the aligner did not pair
with each other, read off the words alone once every formula has its partner or none.

:mod:`owned` first (an owner's qualified noun said again with another owner or qualifiers:
"his unprovoked and unlawful war" -> "President Putin's brutal war"), then :mod:`framed`
(a clause said again under the same governing frame with another object: "their commitment
to the people of Ukraine" -> "their shared commitment to continue supporting the government
and people of Ukraine"), then :mod:`gap_frames` (a frame said once on each side of one
rewritten passage, its object in other words: "the urgency of the situation" -> "the urgency
of bringing negotiations to a close"), then :mod:`acts` (an act on the same thing said in
one place of each readout: "combat corruption" -> "countering corruption"), then
:mod:`gap_words` (a telling word each readout says once in one rewritten passage, with another
word both wordings share: "increasing humanitarian assistance" -> "increase the flow of
life-saving humanitarian aid"), then :mod:`closing` (the parties' one contact line of each
readout in other words: "step up their direct communication" -> "remain in close contact");
each on the places the entries before it left. With ``--meaning``, :func:`link_then_meant`
runs :mod:`meant` last, on the formulas the six left. (abl3 took out ``listed``, a thing
named in a list of one readout acted on in the other: it earned on one series alone.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from readoutdiff.formulas.linking.comparing import Comparing
from readoutdiff.formulas.linking.line_entries import OneSided
from readoutdiff.formulas.linking.lonely import spans_of
from readoutdiff.formulas.linking.numbered import never, within_points
from readoutdiff.formulas.linking.open_sentences import layout, near_pairs, readable, runs_of
from readoutdiff.formulas.linking.open_windows import same_marks
from readoutdiff.formulas.linking.twins import WITHIN
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.unpaired import (
    acts,
    closing,
    framed,
    gap_frames,
    gap_words,
    owned,
)
from readoutdiff.model import Formula, Span


def link(
    a: View, b: View, comparing: Comparing, one_sided: OneSided, told: Sequence[Formula]
) -> tuple[list[Formula], set[str]]:
    """The changed entries of the six steps, and the ids of the one-sided formulas they tell
    (``comparing``: the comparison's pairs and memos; ``one_sided``: the formulas left to
    link; ``told``: the entries made so far)."""
    ids: Counter[str] = Counter(f.anchor for f in told if f.anchor)
    na, nb = len(a.words), len(b.words)
    placed_by = comparing.placement()
    placed = layout(placed_by, na, nb, comparing.opened(na, nb))
    said = comparing.said_in
    # Which open sentences stand near each other, read once for owned and framed (pair by pair:
    # each step reads the same map for the sentences it keeps); the runs of unpaired sentences
    # they stand in, read once for that map and for the passages of gap_frames, acts, gap_words.
    xs, ys = readable(a, placed.open_a), readable(b, placed.open_b)
    open_runs = runs_of(placed, xs, ys)
    # The windows of the open sentences, read once for standing too (:mod:`open_windows`):
    # the same when every open sentence is readable and standing's anchors are the marks.
    whole = len(xs) == len(placed.open_a) and len(ys) == len(placed.open_b)
    windows = comparing.windowed(na, nb, WITHIN) if whole and same_marks(placed_by) else None
    near = near_pairs(placed, xs, ys, open_runs, windows)
    # No line is linked across numbered points that do not correspond (:mod:`numbered`).
    crosses = comparing.crosses(a.readout, b.readout)
    if crosses is not never:
        near = {x: {y for y in ys if not crosses(x, y)} for x, ys in near.items()}
    # The places told so far: the spans of every entry before, read once (each step's are
    # the last step's and the new entries' spans, in that order: the lists the spans of all
    # the entries would give, without walking the thousand entries told before six times).
    busy = spans_of(told)
    made, consumed = owned.changes(a, b, placed, said, one_sided, busy, ids, near)
    left = _left(one_sided, consumed)
    busy = _grown(busy, made)
    more, also = framed.changes(a, b, placed, said, left, busy, ids, near)
    consumed |= also
    left = _left(one_sided, consumed)
    busy = _grown(busy, more)
    # Read once for gap_frames, acts and gap_words.
    runs = within_points(gap_frames.passages(a, b, placed, open_runs), crosses)
    last, told_too = gap_frames.changes(a, b, runs, said, left, busy, ids)
    consumed |= told_too
    busy = _grown(busy, last)
    places = (placed.held, comparing.placement().partners, runs)
    acted, told_also = acts.changes(a, b, places, said, _left(one_sided, consumed), busy, ids)
    consumed |= told_also
    busy = _grown(busy, acted)
    worded, told_more = gap_words.changes(a, b, runs, said, _left(one_sided, consumed), busy, ids)
    consumed |= told_more
    busy = _grown(busy, worded)
    closed, told_closing = closing.changes(a, b, said, _left(one_sided, consumed), busy, ids)
    return made + more + last + acted + worded + closed, consumed | told_closing


def _grown(
    busy: tuple[list[Span], list[Span]], made: Sequence[Formula]
) -> tuple[list[Span], list[Span]]:
    """``busy`` (:func:`lonely.spans_of` of the entries told so far) with the spans of the
    entries ``made`` after them: new lists, copied in C."""
    if not made:
        return busy
    more_a, more_b = spans_of(made)
    return busy[0] + more_a, busy[1] + more_b


def _left(one_sided: OneSided, consumed: set[str]) -> OneSided:
    """The one-sided formulas not yet told by an entry."""
    return (
        {i: o for i, o in one_sided[0].items() if i not in consumed},
        {i: o for i, o in one_sided[1].items() if i not in consumed},
    )


def link_then_meant(
    a: View, b: View, comparing: Comparing, one_sided: OneSided, told: Sequence[Formula],
    *, meaning: bool,
) -> tuple[list[Formula], set[str]]:  # fmt: skip
    """Like :func:`link`, then (with ``meaning``: the embedding model is loaded) the clauses
    reworded in other words among the formulas still left (:mod:`readoutdiff.formulas.unpaired.meant`)."""
    made, consumed = link(a, b, comparing, one_sided, told)
    if not meaning:
        return made, consumed
    from readoutdiff.formulas.unpaired import meant

    later, linked_ids = meant.changes(a, b, comparing, _left(one_sided, consumed), [*told, *made])
    return made + later, consumed | linked_ids
