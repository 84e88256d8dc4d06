"""A clause that ends in the wording of a change on its side is told by the change once
(formulas/entries/clause_around_change.py ``clauses_around_changes``, branch var4), on real dev
pairs of the evaluation set; a clause the change does not close, and a lexicon's formula under
its own id, stay."""

from __future__ import annotations

from eval_pairs import fates

from readoutdiff.formulas.entries.clause_around_change import clauses_around_changes
from readoutdiff.model import Formula, FormulaStatus, Span


def _has(found: list[tuple[str, str | None, str | None]], status: str, words: str) -> bool:
    return any(s == status and words in (a or "") + (b or "") for s, a, b in found)


def test_a_clause_closed_by_a_change_is_told_by_the_change() -> None:
    # The hand list: one changed event, "中方支持肯尼亚自主探索符合本国实际的现代化道路" ->
    # "坚定支持彼此维护国家主权和自主探索符合本国国情的发展道路"; the clause was told appeared again.
    old, new = "自主探索符合本国实际的现代化道路", "自主探索符合本国国情的发展道路"
    clause = "坚定支持彼此维护国家主权和自主探索符合本国国情的发展道路"
    found = fates("xi-ruto__2023-10-18")
    assert ("changed", old, new) in found
    assert not _has(found, "appeared", clause)
    swapped = fates("xi-ruto__2023-10-18", swap=True)
    assert ("changed", new, old) in swapped
    assert not _has(swapped, "dropped", clause)


def test_both_clauses_of_one_anniversary_change_are_told_once() -> None:
    # The hand list: "以明年两国建交75周年为契机" -> "今年是两国建交75周年", changed; each side's
    # clause was told again, dropped and appeared.
    found = fates("liqiang-prabowo__2025-05-25")
    assert ("changed", "明年两国建交75周年为契机", "今年是两国建交75周年") in found
    assert not _has(found, "dropped", "愿以明年两国建交75周年为契机")
    assert not _has(found, "appeared", "表示今年是两国建交75周年")


def test_a_clause_the_change_does_not_close_stays() -> None:
    # The hand list: the clause appeared; a link of its first words ("推动中柬命运共同体") stands
    # inside it but does not reach its end.
    found = fates("liqiang-hun-manet__2023-09-15")
    assert _has(found, "appeared", "推动中柬命运共同体建设不断取得新进展")


def test_a_lexicon_formula_under_its_own_id_stays() -> None:
    # The hand list: "捍卫国际公平正义和各方共同利益" appeared (international-fairness-justice); a
    # link of 共同利益 closes it, but a check rule may watch the formula's id.
    found = fates("liqiang-sanchez__2025-04-11")
    assert _has(found, "appeared", "捍卫国际公平正义和各方共同利益")


def _entry(id: str, status: FormulaStatus, b: tuple[int, int] | None) -> Formula:
    a_spans = (Span(start=0, end=8, line=0),) if status is FormulaStatus.CHANGED else ()
    b_spans = (Span(start=b[0], end=b[1], line=0),) if b else ()
    return Formula(id=id, status=status, a_text=None, b_text=None, a_spans=a_spans, b_spans=b_spans)


def test_a_change_told_around_the_clause_keeps_it() -> None:
    change = _entry("x/reworded", FormulaStatus.CHANGED, (20, 30))
    clause = _entry("y/clause-b", FormulaStatus.APPEARED, (12, 30))
    assert clauses_around_changes([change, clause]) == (change,)
    around = Formula(
        id=change.id, status=change.status, a_text=None, b_text=None,
        a_spans=change.a_spans, b_spans=change.b_spans, anchor="y/clause-b",
    )  # fmt: skip
    assert clauses_around_changes([around, clause]) == (around, clause)
    same = _entry("z/clause-b", FormulaStatus.APPEARED, (20, 30))  # the same characters
    assert clauses_around_changes([change, same]) == (change, same)
