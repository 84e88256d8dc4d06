"""In a comparison of two Chinese readouts, a changed link between two speakers' clauses far
apart re-pointed to the clause its own speaker says nearby sharing the line's frame
(formulas/entries/far_partner.py, branch lk5), on young dev pairs of eval/formulas (CCTV
evening-news readouts, sources in eval/formulas/SOURCES.md) and on made-up clauses."""

from __future__ import annotations

import pytest
from eval_pairs import cctv, one_changed_both_ways

from readoutdiff.formulas.entries.far_partner import far_partnered, speaker, suspect
from readoutdiff.ingest import from_text
from readoutdiff.model import Formula, FormulaStatus, Span


@pytest.mark.parametrize(
    ("series", "a_day", "b_day", "a_words", "b_words"),
    [
        # Xi's 深化…领域务实合作 was linked to Boluarte's 深化务实合作 at B's far end
        ("xi-boluarte", "2023-11-16", "2024-06-28", "深化绿色经济等领域务实合作",
         "加强基础设施、绿色发展、清洁能源等领域合作"),
        # Fico's 斯方支持…提出的…倡议 was linked to Xi's 秉持人类命运共同体理念
        ("xi-fico", "2025-05-09", "2025-09-04", "斯方支持中方提出的构建人类命运共同体等重大倡议",
         "斯方支持习近平主席提出全球治理倡议的基本原则"),
        # Li Qiang's 推动澳中…发展 was linked to Albanese-side 坚持全面战略伙伴关系的定位
        ("liqiang-albanese", "2023-11-07", "2024-06-17",
         "推动澳中全面战略伙伴关系朝着积极、稳定、建设性方向发展", "推动澳中关系持续改善和发展"),
    ],
)  # fmt: skip
def test_a_far_link_is_re_pointed_to_its_speakers_line_both_ways(
    series: str, a_day: str, b_day: str, a_words: str, b_words: str
) -> None:
    one_changed_both_ways(series, a_day, b_day, a_words, b_words)


def test_the_former_partner_is_left_one_sided() -> None:
    """xi-boluarte 2023-11-16 -> 2024-06-28: Boluarte's 深化务实合作 is a line of its own (the
    hand lists it appeared), no longer the partner of Xi's clause."""
    comparison = cctv("xi-boluarte", "2023-11-16", "2024-06-28")
    held = [f for f in comparison.formulas if f.b_text == "深化务实合作"]
    assert [f.status for f in held] == [FormulaStatus.APPEARED]


def test_a_far_link_finding_no_line_of_its_speaker_stands() -> None:
    """xi-boluarte 2024-06-28 -> 2024-11-14: Xi's 秘鲁是最早…建立全面战略伙伴关系… and Boluarte's
    开启秘中全面战略伙伴关系的新篇章 stand far apart in two speakers' paragraphs (a wrong link, lk4),
    but neither speaker says a line nearby sharing its frame: read as two lines such links lose
    more than they win (lk4), so the link stays."""
    comparison = cctv("xi-boluarte", "2024-06-28", "2024-11-14")
    (link,) = [f for f in comparison.formulas if (f.a_text or "").startswith("秘鲁是最早")]
    assert link.status is FormulaStatus.CHANGED
    assert "开启秘中全面战略伙伴关系" in (link.b_text or "")
    assert suspect(link, comparison.a, comparison.b, comparison.alignments)


def test_speaker_is_the_name_opening_the_paragraph() -> None:
    text = "习近平指出，中方愿同各方一道。\n迪亚斯-卡内尔表示，古方支持。\n双方同意加强合作。"
    assert speaker(text, 3) == "习近平"
    assert speaker(text, text.index("古方")) == "迪亚斯-卡内尔"
    assert speaker(text, text.index("加强")) is None  # both sides: no one speaker


def test_other_languages_pass_through() -> None:
    a, b = from_text("We deepen practical cooperation."), from_text("They deepen cooperation.")
    link = Formula(
        status=FormulaStatus.CHANGED, a_text="deepen practical cooperation",
        b_text="deepen cooperation", a_spans=(Span(start=3, end=31, line=1),),
        b_spans=(Span(start=5, end=23, line=1),), id="mined:x",
    )  # fmt: skip
    assert far_partnered([link], a, b, ()) == (link,)
