"""What a series keeps of each consecutive comparison: the formulas found on each side, by id,
with their first wording and place, and the links between changed formulas.

Only these facts (not the comparison) are kept per pair, so memory stays flat as a series
grows; :mod:`readoutdiff.series.matrix` turns them into one timeline per formula.
"""

from __future__ import annotations

from collections.abc import Mapping

from readoutdiff.model import Comparison, Formula, FormulaSource, FormulaStatus, Span
from readoutdiff.records.record import record
from readoutdiff.records.replacing import replace


@record
class Seen:
    """A formula as found on one side of a comparison."""

    wording: str
    source: FormulaSource
    topic: str
    at: int | None = None
    """Character offset of the first place it was found in that readout, if known."""


@record
class PairFacts:
    """All the series keeps of one comparison."""

    a: Mapping[str, Seen]
    """Formulas found in the earlier readout, by id."""
    b: Mapping[str, Seen]
    links: tuple[tuple[str, str], ...]
    """``(id in A, id in B)`` of each formula replaced by another; for a kept formula whose
    governing words changed, ``(its id, id of the context change)``."""
    similarity: float
    context_changes: int
    notes: tuple[str, ...]
    worded: tuple[tuple[str, str, str], ...] = ()
    """``(anchor id, entry id, kind)`` of each changed entry worded around a formula both
    sides keep, ``kind`` as the pair's key changes name it (``around`` for the
    :attr:`context_changes` counted, else ``reworded``, ``inside``, ``qualifier-added``,
    ``qualifier-removed``, ``one-sided`` for wording around a formula one side only says,
    ``around-unlisted`` for wording around one the formula list does not count kept;
    an entry not changed by its fate, ``appeared``, ``dropped`` or ``persisted``):
    the series labels a row's change by it, so that the rows marked "wording around it" at
    a meeting are the meeting's count (ser3)."""

    @classmethod
    def of(cls, comparison: Comparison) -> PairFacts:
        """Keep the formula ids and wordings of each side of ``comparison``, and its links.

        >>> from readoutdiff import compare, from_text
        >>> facts = PairFacts.of(compare(from_text("We back true multilateralism."),
        ...                              from_text("We back genuine multilateralism.")))
        >>> [(i, s.wording) for i, s in facts.b.items()], facts.links
        ([('true-multilateralism', 'genuine multilateralism')], ())
        """
        a: dict[str, Seen] = {}
        b: dict[str, Seen] = {}
        links: list[tuple[str, str]] = []
        anchored = []
        around: list[tuple[str, str, str]] = []  # one-sided halves told changed (ser9)
        for formula in comparison.formulas:
            if formula.anchor is not None:
                # A kept formula in new words ("will hail the 20th anniversary of the Treaty" ->
                # "announced the renewal of the Treaty"): the kept formula's row says changed.
                links.append((formula.anchor, formula.id))
                anchored.append(formula)
                continue
            a_id, _, b_id = formula.id.partition(">")
            if b_id:
                links.append((a_id, b_id))
            elif formula.status is FormulaStatus.CHANGED and None in (
                formula.a_text,
                formula.b_text,
            ):
                # A formula one side only says, told changed (the pair report tells the clause
                # holding it reworded: :func:`overlaid`): no wording of it stands on the other
                # side, so no rewording of it either; linked to itself it read "reworded at 3 →
                # “人文交流”" on the row so named (xi-thongloun), a change that says nothing
                # (ser9). Its change is the wording around it, where one readout lacks it.
                links.append((a_id, a_id + TOLD))
                around.append((a_id, a_id + TOLD, ONE_SIDED))
            elif formula.status is FormulaStatus.CHANGED:
                # One formula reworded in its own place ("remain in close contact" -> "stay in
                # close contact"): the pair view tells it changed, so its row must too, not
                # persisted for being found on both sides (sym6). Linked to itself: reworded.
                links.append((a_id, a_id))
            _note(a, a_id, formula.a_text, formula, formula.a_spans)
            _note(b, b_id or a_id, formula.b_text, formula, formula.b_spans)
        for formula in anchored:
            # A formula seen only through its rewording (a phrase mined in this pair, "security,
            # economic, and humanitarian support" -> "... aid") still has its row, marked changed.
            assert formula.anchor is not None
            _note(a, formula.anchor, formula.a_text, formula, formula.a_spans)
            _note(b, formula.anchor, formula.b_text, formula, formula.b_spans)
        worded = _worded(comparison, anchored) + tuple(around)
        return cls(
            a=a, b=b, links=tuple(links), similarity=comparison.similarity,
            context_changes=sum(kind == AROUND for _, _, kind in worded),
            notes=comparison.notes, worded=worded,
        )  # fmt: skip


AROUND = "around"
""":attr:`PairFacts.worded`'s kind of a wording around a kept formula the note counts."""
ONE_SIDED = "one-sided"
""":attr:`PairFacts.worded`'s kind of a wording around a formula one side only says."""
UNLISTED = "around-unlisted"
""":attr:`PairFacts.worded`'s kind of a wording around a formula the pair's formula list does
not count persisted (no entry of its own, or its own entry changed): the pair view names it by
no fate, "Wording around formula “X” changed" (ux27), so the meeting's note of wordings around
*kept* formulas does not count it (ux28: blinken-kuleba's meeting 21 and sherman-quint's
meeting 2 counted one each the pair view did not call kept)."""
TOLD = "/" + ONE_SIDED
"""Id suffix of the change a formula one side only says is linked to when the pair report
tells the clause holding it reworded (:func:`overlaid`): ``<formula id>/one-sided``, no entry's
id (a Chinese kept formula's ``/clause`` is one: sharing it, a row's two changes were one)."""


def _worded(comparison: Comparison, anchored: list[Formula]) -> tuple[tuple[str, str, str], ...]:
    """Each entry of ``anchored`` with the kind the pair's key changes name it by (a changed
    one) or its fate (:attr:`PairFacts.worded`); the meeting's count is of those called "Wording around kept formula … changed"
    (:data:`AROUND`): not every entry with an anchor (a formula reworded in a passage, a
    qualifier put on, words around a formula only one side says), which made biden-sisi's
    second meeting say "(3 wordings around kept formulas changed)" where its pair view lists
    three formulas reworded and no wording around one (u63). A *changed* entry only: a kept one
    with an anchor (biden-yoon 2022-05-21's "cooperation on a broad range of priority issues",
    persisted) changed no wording, and its key changes tell none (branch rev15)."""
    changed = [f for f in anchored if f.status is FormulaStatus.CHANGED]
    # the others are told by their fate (a clause holding the formula appeared, went, stayed)
    worded = [
        (f.anchor or "", f.id, f.status.value)
        for f in anchored
        if f.status is not FormulaStatus.CHANGED
    ]
    if not changed:
        return tuple(worded)
    # here, not at the top: ``readoutdiff series`` imports this module at start-up
    from readoutdiff.formulas.keys.change_names import Change, named
    from readoutdiff.formulas.keys.key_scripts import any_folded, through_simplified_pair
    from readoutdiff.formulas.keys.naming import AskedNames, anchor_fates

    if any_folded(comparison):
        # a Traditional side named as the pair's key changes name it, through Simplified
        # characters: read raw, a script alone made a wording around a kept formula "reworded"
        # (ux29)
        folded = through_simplified_pair(comparison)
        same = dict(zip(map(id, comparison.formulas), folded.formulas, strict=True))
        changed, comparison = [same[id(formula)] for formula in changed], folded
    names, fates = AskedNames(comparison), anchor_fates(comparison)
    for formula in changed:
        assert formula.anchor is not None
        change = named(formula, names, fates)[0]
        kind = str(change)
        if change is Change.AROUND:
            fate = fates.get(formula.anchor)
            one_side = fate in (FormulaStatus.DROPPED, FormulaStatus.APPEARED)
            kind = (
                ONE_SIDED if one_side else AROUND if fate is FormulaStatus.PERSISTED else UNLISTED
            )
        worded.append((formula.anchor, formula.id, kind))
    return tuple(worded)


def _note(
    side: dict[str, Seen],
    formula_id: str,
    wording: str | None,
    formula: Formula,
    spans: tuple[Span, ...],
) -> None:
    """Keep the first wording found of ``formula_id`` on one side, and its earliest place."""
    if wording is None:
        return
    at = min((span.start for span in spans), default=None)
    seen = side.get(formula_id)
    if seen is None:
        side[formula_id] = Seen(wording=wording, source=formula.source, topic=formula.topic, at=at)
    elif at is not None and (seen.at is None or at < seen.at):
        side[formula_id] = Seen(wording=seen.wording, source=seen.source, topic=seen.topic, at=at)


def overlaid(rows: Comparison, report: Comparison) -> Comparison:
    """``rows`` (a pair read without governing words) with each entry's status taken from the
    entries of ``report`` (the same pair read with them) at the same place of A or B, when
    those all share one status: a one-sided entry (dropped, appeared) the report tells changed
    becomes changed, and a changed entry both sides hold that the report keeps becomes
    persisted; wordings and ids stay the rows' (ser7, after ser4's overlay). A row's other
    fates are its presence on each side, so nothing else is taken.

    The governing-words reading links halves of a change the rows' own reading leaves
    one-sided: a row takes the change where that reading is sure, and keeps its own fate where
    the report's entries there disagree or none stands there.

    >>> from readoutdiff import from_text
    >>> from readoutdiff.compare import compare_readings
    >>> a = from_text("Both sides agreed to deepen strategic coordination.")
    >>> b = from_text("Both sides agreed to further deepen strategic coordination.")
    >>> off, on = compare_readings(a, b)
    >>> overlaid(off, off) == off
    True
    """
    formulas = list(rows.formulas)
    moved = False
    placed: tuple[list[tuple[int, int, FormulaStatus]], ...] | None = None
    for n, entry in enumerate(formulas):
        both = entry.a_text is not None and entry.b_text is not None
        # one side only (dropped, appeared), told changed: the half of a change the rows'
        # reading left unlinked. Its wording stays the row's own: giving it the report's
        # wording of the other side named rows by whole clauses and told one place twice
        # (test_series_told_once.py). Both sides, told kept: not changed on its row. A kept
        # core the report tells changed (its line reworded) stays persisted: taking that cost
        # fates (dev 73.3 -> 73.1 %, held-out 64.1 -> 63.2 %), and ser3's "wording around it"
        # tells that change on the row already.
        taken = FormulaStatus.PERSISTED if both else FormulaStatus.CHANGED
        if entry.status is taken:  # a kept row, the most of them: nothing to take (ser8)
            continue
        if entry.anchor is not None:
            # a clause around a formula: its row is changed by the link to it whatever its
            # status, which names the change only: a half told changed read "reworded at 2 →
            # “建交75周年”" on a formula kept in the same words (xi-orban; ser9)
            continue
        if placed is None:  # the report's places, read once a row could move
            placed = _places(report.formulas)
        if _told(entry, placed) is taken:
            formulas[n] = replace(entry, status=taken)
            moved = True
    return replace(rows, formulas=tuple(formulas)) if moved else rows


def _places(
    formulas: tuple[Formula, ...],
) -> tuple[list[tuple[int, int, FormulaStatus]], list[tuple[int, int, FormulaStatus]]]:
    """Each span of ``formulas`` in A, then in B, with its entry's status."""
    return (
        [(s.start, s.end, f.status) for f in formulas for s in f.a_spans],
        [(s.start, s.end, f.status) for f in formulas for s in f.b_spans],
    )


def _told(
    entry: Formula, placed: tuple[list[tuple[int, int, FormulaStatus]], ...]
) -> FormulaStatus | None:
    """The one status of the report's entries overlapping ``entry`` in A or B (None when they
    differ or none does)."""
    statuses = {
        status
        for spans, places in zip((entry.a_spans, entry.b_spans), placed, strict=True)
        for span in spans
        for start, end, status in places
        if span.start < end and start < span.end
    }
    return statuses.pop() if len(statuses) == 1 else None
