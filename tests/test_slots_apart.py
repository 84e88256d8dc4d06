"""formulas/linking/slots.py links no change between two sentences of two Chinese readouts that
stand in two places of the alignment (both unpaired in two gaps, or both paired, not to each
other): there a shared stock compound is a chance share, and the hand lists one line dropped and
another appeared (lnk1)."""

from __future__ import annotations

from formula_eval import EVAL_DIR, load_pair

from readoutdiff import compare, load


def _reports(name: str) -> list[tuple[str, str | None, str | None]]:
    pair = load_pair(EVAL_DIR / "pairs" / f"{name}.toml")
    comparison = compare(load(pair.a_path), load(pair.b_path))
    return [(f.status.value, f.a_text, f.b_text) for f in comparison.formulas]


def test_an_english_line_carried_to_another_passage_is_still_linked() -> None:
    # Harris-Marcos (dev): "ironclad alliance commitment to the Philippines" -> "defense
    # commitment to the Philippines" stand in two gaps; an English line keeps its own nouns
    # across passages, and the hand lists the change.
    reports = _reports("harris-marcos__2023-09-06")
    assert (
        "changed",
        "United States’ ironclad alliance commitment to the Philippines",
        "United States’ defense commitment to the Philippines",
    ) in reports


def test_a_chinese_line_is_not_linked_to_one_of_another_passage() -> None:
    # Xi-Fico (young dev): 维护世界产业链供应链稳定 and 维护世界和平 share 维护世界 two gaps apart;
    # the hand lists the one dropped, the other appeared in its own clause.
    reports = _reports("xi-fico__2025-05-09")
    assert ("dropped", "维护世界产业链供应链稳定", None) in reports
    assert not [r for r in reports if r[0] == "changed" and r[2] == "维护世界和平"]


def test_a_second_chinese_line_two_passages_apart_is_dropped_as_the_hand_lists_it() -> None:
    # Xi-Tokayev (dev): 坚持共建命运共同体的大方向不动摇 in A and 构建人类命运共同体理念 in B share
    # 命运共同体 two gaps apart: the hand lists the one dropped, the other appeared.
    reports = _reports("xi-tokayev__2025-08-30")
    assert ("dropped", "坚持共建命运共同体的大方向不动摇", None) in reports
    assert not [r for r in reports if r[0] == "changed" and r[1] == "共建命运共同体"]
