"""Two silent Chinese clauses, one of each readout, nearly alike are one line said again
(formulas/entries/near_clauses_zh.py, branches zh45 and zh46): persisted when a lead is swapped
before the same object, changed when the object's own words change, told by word class. The
sentences are from the outside tuning pairs xi-sisi 2022-12-08 / 2024-05-29 and xi-thongloun
2022-11-30 / 2023-10-20 and the dev pair xi-modi 2024-10-23 / 2025-08-31 (CCTV readouts, sources
in eval/outside/SOURCES.md and eval/formulas/SOURCES.md)."""

from __future__ import annotations

from readoutdiff import compare
from readoutdiff.formulas.entries.near_clauses_zh import KEPT_ID, NEAR_ID, frame, kept
from readoutdiff.ingest import from_text
from readoutdiff.languages.zh import tagged


def _said(a: str, b: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (f.status.value, f.a_text, f.b_text) for f in compare(from_text(a), from_text(b)).formulas
    }


def test_a_quantity_before_the_same_object_is_a_change() -> None:
    """xi-sisi: 更多 ("more" Chinese firms) widens the object; the hand lists it changed."""
    a = "埃方愿同中方持续推进共建“一带一路”，敞开大门欢迎中国企业赴埃投资合作。"
    b = "埃方欢迎更多中国企业赴埃投资合作，助力埃及制造业发展和工业化进程。"
    changed = ("changed", "敞开大门欢迎中国企业赴埃投资合作", "埃方欢迎更多中国企业赴埃投资合作")
    assert changed in _said(a, b)
    assert ("changed", changed[2], changed[1]) in _said(b, a)


def test_a_place_named_short_and_a_lead_dropped_keep_the_line() -> None:
    """xi-thongloun: 老 for 老挝 names one place, 中方将 is the lead; the hand lists persisted."""
    a = "深化经贸投资往来，中方将鼓励更多中国企业赴老挝投资。"
    b = "中方愿为老挝经济发展继续提供力所能及的帮助，鼓励更多中国企业赴老投资。"
    assert ("persisted", "中方将鼓励更多中国企业赴老挝投资", "鼓励更多中国企业赴老投资") in _said(
        a, b
    )


def test_a_lead_verb_swapped_before_the_same_object_keeps_the_line() -> None:
    """xi-modi: 共同维护好 → 要合力维护 before 边境地区和平安宁 (convention (c))."""
    a = "双方同意，发挥好两国边界问题特别代表会晤机制作用，共同维护好边境地区和平安宁。"
    b = "要合力维护边境地区和平安宁，不要让边界问题定义整体中印关系。"
    assert ("persisted", "共同维护好边境地区和平安宁", "要合力维护边境地区和平安宁") in _said(a, b)


def test_frames_and_speakers_are_no_lines() -> None:
    """A preposition's frame (在…下) and a clause saying who speaks with whom (中方愿同越方一道)
    are nearly alike across readouts and say no line (the prototype reported both)."""
    a = from_text("在各方共同努力下，地区局势保持稳定。中方愿同越方一道，推动两国关系发展。")
    b = from_text("在双方共同努力下，两国合作取得丰硕成果。越方愿同中方一道，深化全面战略合作。")
    made = [f for f in compare(a, b).formulas if f.id in (NEAR_ID, KEPT_ID)]
    assert not made
    assert frame(tagged("在各方共同努力下"))


def test_time_words_only_make_no_entry() -> None:
    assert kept("今年双方贸易额稳步增长", "去年双方贸易额稳步增长") is None
