"""In a comparison of two Chinese readouts, the lists of the fields of cooperation are paired
in reading order, one *changed* entry each (formulas/entries/field_lists.py), on the dev pairs
of eval/formulas (CCTV evening-news readouts, sources in eval/formulas/SOURCES.md)."""

from __future__ import annotations

from eval_pairs import cctv

from readoutdiff import compare
from readoutdiff.formulas.entries.field_lists import FIELD_LIST_ID, lists_fields
from readoutdiff.formulas.lexicon.ids import bare_id
from readoutdiff.ingest import from_text
from readoutdiff.model import Comparison, FormulaStatus


def _lists(comparison: Comparison) -> list[tuple[str | None, str | None]]:
    return [(f.a_text, f.b_text) for f in comparison.formulas if bare_id(f.id) == FIELD_LIST_ID]


def test_two_lists_of_fields_on_each_side_pair_in_reading_order_both_ways() -> None:
    """Xi–Starmer, August → November 2024: the two lists of A are the two of B, first with
    first, as the hand list pairs them; swapped readouts swap the wordings; each wording
    slices its readout back."""
    expected = [
        ("拓展金融、绿色经济、人工智能等领域合作",
         "两国在贸易投资、清洁能源、金融服务、医疗民生等领域拥有广阔合作空间"),
        ("两国加强经贸、金融、教育、清洁能源、医药卫生等领域合作",
         "在经贸、科技、财政金融、卫生医疗、教育、应对气候变化等广泛领域开展交流合作"),
    ]  # fmt: skip
    for swap in (False, True):
        comparison = cctv("xi-starmer", "2024-08-23", "2024-11-18", swap=swap)
        assert _lists(comparison) == [pair[::-1] if swap else pair for pair in expected]
        for entry in (f for f in comparison.formulas if bare_id(f.id) == FIELD_LIST_ID):
            assert entry.status is FormulaStatus.CHANGED
            assert [comparison.a.text[s.start : s.end] for s in entry.a_spans] == [entry.a_text]
            assert [comparison.b.text[s.start : s.end] for s in entry.b_spans] == [entry.b_text]


def test_a_list_of_fields_takes_the_place_of_the_entries_on_it() -> None:
    """Xi–Starmer, November 2024 → January 2026: the background phrase 加强贸易投资 had reported
    B's second list *appeared* and a slot link had joined A's second list to "英方愿同中方就应对气候变化
    等全球性挑战加强合作"; both give way to the lists. The link's other side stands alone again,
    and "开展人工智能、生物科学……等领域联合研究" (fields of research) is no list of cooperation."""
    comparison = cctv("xi-starmer", "2024-11-18", "2026-01-29")
    assert _lists(comparison) == [
        ("两国在贸易投资、清洁能源、金融服务、医疗民生等领域拥有广阔合作空间",
         "双方要拓展教育、医疗、金融、服务业互利合作"),
        ("在经贸、科技、财政金融、卫生医疗、教育、应对气候变化等广泛领域开展交流合作",
         "加强贸易、投资、金融、环保等各领域合作"),
    ]  # fmt: skip
    lists = {text for pair in _lists(comparison) for text in pair}
    others = [f for f in comparison.formulas if bare_id(f.id) != FIELD_LIST_ID]
    assert not [f for f in others if {f.a_text, f.b_text} & lists]
    assert [
        (f.status.value, f.b_text) for f in others if f.b_text and "应对气候变化" in f.b_text
    ] == [("appeared", "英方愿同中方就应对气候变化等全球性挑战加强合作")]


def test_lists_said_alike_or_on_one_side_only_are_left_alone() -> None:
    """The same list on both sides is no change; a list one side says has nothing to pair with."""
    same = "双方要拓展金融、绿色经济、人工智能等领域合作。"
    assert _lists(compare(from_text(same), from_text(same))) == []
    other = "双方要坚持相互尊重、开放合作、交流互鉴。"
    assert _lists(compare(from_text(same), from_text(other))) == []
    assert not lists_fields("坚持相互尊重、开放合作、交流互鉴")


def test_a_list_pairs_with_the_list_naming_its_fields_not_the_first() -> None:
    """Xi–Hun Manet, April → August 2025: A's first list names frameworks ("加强在东盟、澜湄合作等
    框架内协调和合作") and its third initiatives; the one list of B ("扩大贸易、投资、基础设施等合作")
    pairs with the second, which names 投资 and 基础设施 too, as the hand list pairs them."""
    comparison = cctv("xi-hun-manet", "2025-04-17", "2025-08-30")
    assert _lists(comparison) == [
        ("柬方愿同中方加强经贸、投资、产业链供应链、农业、基础设施建设等领域合作",
         "扩大贸易、投资、基础设施等合作"),
    ]  # fmt: skip


def test_lists_naming_fields_alike_anchor_the_reading_order() -> None:
    """Xi–Ramaphosa, August 2023 → September 2024: A's third list pairs with B's second (投资,
    基础设施, 能源); before them, A's first list takes B's first in reading order, as far as B
    goes (reading order alone had given B's second to A's second, "职业教育" exchanges, against
    the hand). A's list of the documents signed (……等领域多项双边合作文件) is no list of fields."""
    comparison = cctv("xi-ramaphosa", "2023-08-22", "2024-09-02")
    assert _lists(comparison) == [
        ("双方要加强两国立法机构、政党、军队、地方等领域交流合作",
         "推动数字经济、人工智能、新能源等领域合作"),
        ("扩大贸易、投资、能源、基础设施建设、制造业、科技等领域合作",
         "拓展深化经贸投资、基础设施、新能源、减贫等领域务实合作"),
    ]  # fmt: skip
    assert not lists_fields(
        "两国元首共同见证签署新能源电力、农产品、高等教育等领域多项双边合作文件"
    )


def test_a_list_of_principles_is_no_list_of_fields() -> None:
    """Xi–Merz, May 2025 → February 2026: B's "坚持互尊互信、开放合作" lists principles, not
    fields; A's three lists of fields have no partner in B (reading order had paired the first
    with it)."""
    comparison = cctv("xi-merz", "2025-05-23", "2026-02-25")
    assert _lists(comparison) == []
    assert not lists_fields("坚持互尊互信、开放合作")
    assert lists_fields("双方既要继续做大汽车、机械制造、化工等传统领域合作存量")
