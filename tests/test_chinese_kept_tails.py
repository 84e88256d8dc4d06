"""In a comparison of two Chinese readouts, two clauses that end in the same rare noun, reworded
before it, with another word shared, are one changed entry (formulas/entries/kept_tails.py),
on dev pairs of eval/formulas (CCTV evening-news readouts, sources in eval/formulas/SOURCES.md)
and on made-up clauses."""

from __future__ import annotations

import pytest
from eval_pairs import dropped, one_changed_both_ways

from readoutdiff.formulas.entries.kept_tails import shared, tails_paired
from readoutdiff.ingest import from_text
from readoutdiff.model import FormulaStatus


@pytest.mark.parametrize(
    ("series", "a_day", "b_day", "a_words", "b_words"),
    [
        ("xi-starmer", "2024-08-23", "2024-11-18", "秉持伙伴定位", "秉持战略伙伴定位"),
        ("xi-modi", "2024-10-23", "2025-08-31", "推动两国关系早日重回稳定发展轨道", "印中关系重回积极轨道"),
        ("xi-merz", "2025-05-23", "2026-02-25", "作为世界两大主要经济体",
         "中国和德国分别是世界第二、第三大经济体"),
        ("liqiang-lawrence-wong", "2025-06-23", "2025-10-25", "进一步做大做强旗舰合作项目",
         "进一步做优做强苏州工业园区、天津生态城等重点合作项目"),
    ],
)  # fmt: skip
def test_a_kept_tail_reworded_before_it_is_one_changed_entry_both_ways(
    series: str, a_day: str, b_day: str, a_words: str, b_words: str
) -> None:
    """The hand lists pair each as one changed event; the tool said nothing of the two or one
    side dropped or appeared. Swapped readouts swap the wordings."""
    one_changed_both_ways(series, a_day, b_day, a_words, b_words)


@pytest.mark.parametrize(
    ("a_words", "b_text"),
    [
        ("加强贸易投资合作", "双方要加强各领域合作。深化务实合作。拓展互利合作。"),  # said throughout
        ("深化铁杆友谊", "双方要深化两国铁杆友谊。"),  # words only added: the line kept
        ("为世界和平作出贡献", "为世界经济增长作出贡献。"),  # a light head
        ("进一步拓展第三方合作", "积极拓展第三方合作。"),  # the verb kept too: the same line
        ("中方愿同越方一道", "愿同中方一道。"),  # no noun: a frame
        ("践行真正的多边主义", "坚定捍卫多边主义。"),  # nothing shared before the tail
        ("共同维护好边境地区和平安宁", "要合力维护边境地区和平安宁。"),  # most of a clause kept
        ("很荣幸接待主席第四次进行国事访问", "去年主席成功进行第四次国事访问。"),  # a visit
    ],
)  # fmt: skip
def test_no_entry_without_a_rare_noun_tail_and_a_word_shared(a_words: str, b_text: str) -> None:
    a, b = from_text(a_words + "。"), from_text(b_text)
    out = tails_paired([dropped(a_words)], a, b)
    assert [f.status for f in out] == [FormulaStatus.DROPPED]


def test_two_silent_clauses_pair_when_each_is_the_others_best() -> None:
    a = from_text("双方要秉持伙伴定位。推动两国关系早日重回稳定发展轨道。")
    b = from_text("英方愿同中方秉持战略伙伴定位。印中关系重回积极轨道。")
    out = tails_paired([], a, b)
    assert [(f.a_text, f.b_text) for f in out] == [
        ("双方要秉持伙伴定位", "英方愿同中方秉持战略伙伴定位"),
        ("推动两国关系早日重回稳定发展轨道", "印中关系重回积极轨道"),
    ]
    swapped = tails_paired([], b, a)
    assert [(f.b_text, f.a_text) for f in swapped] == [(f.a_text, f.b_text) for f in out]


def test_share() -> None:
    assert shared("分享对外开放带来的发展机遇", "同世界各国分享发展机遇") == 4002
    assert shared("推动两国关系发展", "推动两国关系发展") == 0


def test_other_languages_pass_through() -> None:
    a, b = from_text("We keep the partnership."), from_text("They keep a strategic partnership.")
    formulas = [dropped("keep the partnership")]
    assert tails_paired(formulas, a, b) == tuple(formulas)
