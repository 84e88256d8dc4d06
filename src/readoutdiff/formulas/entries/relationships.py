"""The offers and choices the Chinese clause rules share: a one-sided entry offered to the one
clause of the other readout a rule's test picks (:func:`offered`, :func:`best_offers`,
:func:`only_best`), two free clauses each the other's pick (:func:`mutual_pairs`), and the
one-sided entry and its clause made one *changed* entry (:func:`with_clause`), read by
:mod:`readoutdiff.formulas.entries.listed_items`, :mod:`readoutdiff.formulas.entries.kept_tails`
and :mod:`readoutdiff.formulas.entries.whole_lists`.

zh19's rule stood here: a formula one side says alone paired with the other readout's silent
clause stating the same relationship as its topic (中沙关系保持高水平发展 → 中沙关系处于历史最好时期).
zh14 removed it (forty-second session, benchmarks/README.md "zh14"): on the Chinese dev pairs
moved to dev by e60, never tuned on, and on the outside tuning part it paired only wrong lines
(xi-lula, xi-luxon; xi-lawrence-wong, xi-orban), right ones only on two older dev series.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from readoutdiff.formulas.entries.clause_heads import Clause
from readoutdiff.model import REWORDED, Formula, FormulaSource, FormulaStatus, Span
from readoutdiff.records.replacing import replace

_ONE_SIDED = (FormulaStatus.DROPPED, FormulaStatus.APPEARED)


Offers = dict[tuple[int, Span], list[tuple[int, int, Clause]]]
"""The offers of one-sided entries for each silent clause (by its side and span): the score,
the entry's number and the clause."""
Closest = Callable[[str, Sequence[Clause]], "tuple[int, Clause] | None"]
"""A rule's choice, for a wording, of the one clause of a pool it pairs with, and its score."""


def offered(
    formulas: Sequence[Formula], wanted: Sequence[tuple[int, int]],
    pools: tuple[list[Clause], ...], closest: Closest,
) -> list[Formula]:  # fmt: skip
    """``formulas`` with each ``wanted`` one-sided entry (its number and side) offered to the
    clause of the other side's pool ``closest`` chooses for its wording, and each clause's one
    best offer made one changed entry (:func:`best_offers`; zh20's and zh22's rules)."""
    offers: Offers = {}
    for n, side in wanted:
        wording = formulas[n].a_text if side == 0 else formulas[n].b_text
        found = closest(wording or "", pools[1 - side])
        if found is not None:
            offers.setdefault((1 - side, found[1][0]), []).append((found[0], n, found[1]))
    return best_offers(formulas, offers.values())


def mutual_pairs(
    formulas: Sequence[Formula], pools: tuple[list[Clause], ...], closest: Closest, id: str
) -> list[Formula]:
    """A new *changed* entry (id ``id``) for each two clauses of the pools no entry of
    ``formulas`` has a span in, one of A and one of B, each the other's choice by ``closest``
    (zh20's lists, zh22's kept tails)."""
    taken = [{span for f in formulas for span in (f.a_spans, f.b_spans)[side]} for side in (0, 1)]
    free = [[c for c in pools[side] if c[0] not in taken[side]] for side in (0, 1)]
    best = [
        {clause[0]: found for clause in free[side]
         if (found := closest(clause[1], free[1 - side])) is not None}
        for side in (0, 1)
    ]  # fmt: skip
    out = []
    for one in free[0]:
        found = best[0].get(one[0])
        if found is None:
            continue
        back = best[1].get(found[1][0])
        if back is None or back[1][0] != one[0]:
            continue
        out.append(Formula(
            status=FormulaStatus.CHANGED, a_text=one[1], b_text=found[1][1],
            a_spans=(one[0],), b_spans=(found[1][0],), id=id, source=FormulaSource.MINED,
        ))  # fmt: skip
    return out


def best_offers(
    formulas: Sequence[Formula], offers: Iterable[list[tuple[int, int, Clause]]]
) -> list[Formula]:
    """``formulas`` with each clause's one best offer (the highest score, no tie) made one
    changed entry by :func:`with_clause` (also zh20's lists,
    :mod:`readoutdiff.formulas.entries.listed_items`)."""
    out = list(formulas)
    for rivals in offers:
        best = max(score for score, _, _ in rivals)
        top = [(n, clause) for score, n, clause in rivals if score == best]
        if len(top) == 1:
            n, clause = top[0]
            side = 0 if formulas[n].status is FormulaStatus.DROPPED else 1
            out[n] = with_clause(formulas[n], clause, side)
    return out


def one_sided(formula: Formula, keep: Callable[[str], bool]) -> int:
    """The side (0 A, 1 B) of a one-sided entry (not the user's) whose wording ``keep`` takes,
    -1 for any other entry (also zh20's lists)."""
    if formula.status not in _ONE_SIDED or formula.source is FormulaSource.USER:
        return -1
    side = 0 if formula.status is FormulaStatus.DROPPED else 1
    wording = formula.a_text if side == 0 else formula.b_text
    return side if wording and keep(wording) else -1


def only_best(scored: Sequence[tuple[int, Clause]]) -> tuple[int, Clause] | None:
    """The one clause of ``scored`` with the highest score, and that score; None when none
    scores or two score as high (zh20's and zh22's choice of a clause)."""
    best = max((score for score, _ in scored), default=0)
    tops = [clause for score, clause in scored if score == best]
    return (best, tops[0]) if best and len(tops) == 1 else None


def with_clause(formula: Formula, clause: Clause, side: int) -> Formula:
    """The one-sided ``formula`` on ``side`` and the other readout's silent ``clause`` as one
    changed entry (id the formula's with ``/reworded``, anchored to it; also zh20's lists,
    :mod:`readoutdiff.formulas.entries.listed_items`)."""
    span, words = clause
    changed = replace(
        formula, status=FormulaStatus.CHANGED, variant=False, anchor=formula.anchor or formula.id,
        id=formula.id + REWORDED,
    )  # fmt: skip
    if side == 0:
        return replace(changed, b_text=words, b_spans=(span,))
    return replace(changed, a_text=words, a_spans=(span,))
