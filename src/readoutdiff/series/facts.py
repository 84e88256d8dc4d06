"""What a series keeps of each consecutive comparison: the formulas found on each side, by id,
with their first wording and place, and the links between changed formulas.

Only these facts (not the comparison) are kept per pair, so memory stays flat as a series
grows; :mod:`readoutdiff.series.matrix` turns them into one timeline per formula.
"""

from __future__ import annotations

from collections.abc import Mapping

from readoutdiff.model import Comparison, Formula, FormulaSource, FormulaStatus, Span
from readoutdiff.records.record import record


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
    ``qualifier-removed``, or ``one-sided`` for wording around a formula one side only says;
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
        worded = _worded(comparison, anchored)
        return cls(
            a=a, b=b, links=tuple(links), similarity=comparison.similarity,
            context_changes=sum(kind == AROUND for _, _, kind in worded),
            notes=comparison.notes, worded=worded,
        )  # fmt: skip


AROUND = "around"
""":attr:`PairFacts.worded`'s kind of a wording around a kept formula the note counts."""
ONE_SIDED = "one-sided"
""":attr:`PairFacts.worded`'s kind of a wording around a formula one side only says."""


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
    from readoutdiff.formulas.keys.naming import AskedNames, anchor_fates

    names, fates = AskedNames(comparison), anchor_fates(comparison)
    for formula in changed:
        assert formula.anchor is not None
        change = named(formula, names, fates)[0]
        kind = str(change)
        if change is Change.AROUND:
            kind = ONE_SIDED if formula.anchor in fates else AROUND
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
