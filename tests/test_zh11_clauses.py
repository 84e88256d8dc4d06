"""zh11 (issue 10, fates right): Chinese links the hand lists call two lines, on real readouts
of dev and of the outside set's tuning part.

A slot link (``linking/slots.py``) of two wordings, one inside the other, is refused where both
clauses say other things besides them and share none of it (``clause_heads.clauses_apart``):
"深化各领域务实合作" / "各领域合作全面推进". The clause paired by its head
(``clause_heads.paired_by_head``, the rule that takes such freed formulas) is refused the same
way, and where a relationship name's core is said of other parties (中南 / 中非命运共同体:
``clause_heads.parties_apart``, fat2's test of slot links)."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.ingest import load

EVAL = Path(__file__).resolve().parent.parent / "eval"


def _told(where: str, a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    folder = EVAL / where
    comparison = compare(load(folder / f"{a}__cctv.txt"), load(folder / f"{b}__cctv.txt"))
    return [(f.status.value, f.a_text, f.b_text) for f in comparison.formulas]


def _linked(told: list[tuple[str, str | None, str | None]], a: str, b: str) -> bool:
    return any(t[0] == "changed" and a in (t[1] or "") and b in (t[2] or "") for t in told)


def test_a_qualifier_added_in_two_other_clauses_is_no_link() -> None:
    # Xi-Lukashenko 4 Jun -> 31 Aug 2025 (dev): "各领域合作全面推进" / "深化各领域务实合作".
    told = _told("formulas", "xi-lukashenko__2025-06-04", "xi-lukashenko__2025-08-31")
    assert not _linked(told, "各领域合作", "各领域务实合作")
    # Clauses that are the wordings themselves still link.
    assert ("changed", "捍卫国际公平正义", "捍卫公平正义") in told
    assert ("changed", "坚定维护多边主义", "坚持多边主义") in told


def test_a_pairs_short_names_in_either_order_are_one_rest() -> None:
    # Xi-Starmer 18 Nov 2024 -> 29 Jan 2026 (dev): "英中都坚持多边主义" / "中英都支持多边主义
    # 和自由贸易" share the pair's names, written in the other order.
    told = _told("formulas", "xi-starmer__2024-11-18", "xi-starmer__2026-01-29")
    assert ("changed", "坚持多边主义", "多边主义和自由贸易") in told


def test_a_clause_paired_by_head_names_the_same_parties() -> None:
    # Xi-Ramaphosa 9 Jun -> 22 Aug 2023 (dev): 中南命运共同体 (China and South Africa) is no
    # rewording of 中非命运共同体 (China and Africa).
    told = _told("formulas", "xi-ramaphosa__2023-06-09", "xi-ramaphosa__2023-08-22")
    assert not _linked(told, "中南命运共同体", "中非命运共同体")
    assert ("appeared", None, "推动构建高水平中非命运共同体") in told


def test_a_clause_paired_by_head_says_something_of_its_own() -> None:
    # Xi-Tokayev 16 Jun -> 30 Aug 2025 (dev): "中哈命运共同体成色更足、内涵更丰富" and
    # "坚持共建命运共同体的大方向不动摇" share the name and nothing said of it.
    told = _told("formulas", "xi-tokayev__2025-06-16", "xi-tokayev__2025-08-30")
    assert not _linked(told, "中哈命运共同体", "坚持共建命运共同体")
    assert ("appeared", None, "坚持共建命运共同体的大方向不动摇") in told
    # Xi-Thongloun 30 Nov 2022 -> 20 Oct 2023 (outside tuning): "双方要牢牢把握两国关系正确
    # 方向" / "为两党两国关系赋予新内涵" (two lines).
    told = _told("outside", "xi-thongloun__2022-11-30", "xi-thongloun__2023-10-20")
    assert not _linked(told, "把握两国关系正确方向", "为两党两国关系赋予新内涵")
    assert ("appeared", None, "为两党两国关系赋予新内涵") in told
