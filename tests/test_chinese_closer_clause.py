"""In a comparison of two Chinese readouts, a changed entry whose one wording shares a longer
run with a clause nothing reports is re-pointed to that clause
(formulas/entries/closer_clause.py). The readouts are sentences of the dev pair xi-scholz
2024-04-16 / 2024-11-19 (CCTV evening-news readouts, sources in eval/formulas/SOURCES.md)."""

from __future__ import annotations

from readoutdiff import compare
from readoutdiff.formulas.entries.clause_heads import clauses, lined
from readoutdiff.formulas.entries.closer_clause import relinked, silent_clauses
from readoutdiff.ingest import from_text
from readoutdiff.model import Formula, FormulaStatus, Span

SCHOLZ_A = "只要双方坚持相互尊重、求同存异、交流互鉴、合作共赢，两国关系必将继续行稳致远。"
SCHOLZ_B = (
    "习近平强调，中方对德政策保持高度稳定性和连续性，愿同德方一道，坚持尊重彼此核心利益和重大关切，"
    "坚持求同存异、交流互鉴。德方希望同中方进一步发展全方位战略伙伴关系，本着平等、坦诚和相互尊重的"
    "精神加强双多边对话合作，妥善解决分歧，实现互利共赢，为世界经济复苏增长和共同繁荣作出贡献。"
)
PRINCIPLES = "只要双方坚持相互尊重、求同存异、交流互鉴、合作共赢"


def _said(a: str, b: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (f.status.value, f.a_text, f.b_text) for f in compare(from_text(a), from_text(b)).formulas
    }


def test_a_principle_list_is_linked_to_the_clause_that_says_its_principles() -> None:
    """The hand lists A's four principles as changed into B's "坚持求同存异、交流互鉴"; the tool
    linked them to Scholz's "本着……相互尊重的精神……" (one shared word), which the hand lists
    as appeared. Both ways: swapping A and B swaps the entries."""
    said = _said(SCHOLZ_A, SCHOLZ_B)
    assert ("changed", PRINCIPLES, "坚持求同存异、交流互鉴") in said
    assert ("appeared", None, "本着平等、坦诚和相互尊重的精神加强双多边对话合作") in said
    assert not [s for s in said if s[0] == "changed" and s[2] != "坚持求同存异、交流互鉴"]
    swapped = _said(SCHOLZ_B, SCHOLZ_A)
    assert swapped == {({"appeared": "dropped"}.get(s, s), b, a) for s, a, b in said}


def _changed(a_text: str, b_text: str, a: str, b: str) -> Formula:
    at, bt = a.index(a_text), b.index(b_text)
    return Formula(
        status=FormulaStatus.CHANGED, a_text=a_text, b_text=b_text,
        a_spans=(Span(start=at, end=at + len(a_text), line=1),),
        b_spans=(Span(start=bt, end=bt + len(b_text), line=1),), id="mined:x",
    )  # fmt: skip


def test_clauses_opening_alike_share_a_subject_not_a_line() -> None:
    """xi-vucic (eval/noise, zh10's batch): "塞尔维亚是中国的铁杆朋友" keeps its link to Vučić's
    pride in the friendship; "塞尔维亚是个小国" opens with the same five characters, its subject."""
    a = "塞尔维亚是中国的铁杆朋友。"
    b = "塞尔维亚是个小国。为能同中国这样的伟大国家成为铁杆朋友感到由衷骄傲和自豪。"
    entry = _changed(
        "塞尔维亚是中国的铁杆朋友", "为能同中国这样的伟大国家成为铁杆朋友感到由衷骄傲和自豪", a, b
    )
    assert relinked([entry], from_text(a), from_text(b)) == (entry,)


def test_a_fragment_and_a_clause_said_within_keep_their_links() -> None:
    """A wording cut inside its clause ("和扩大全方位合作" of "巩固和扩大全方位合作") has no line
    to re-point; a silent clause that holds the wording whole is zh11's "no change"."""
    a, b = (
        "两国要齐心协力推进全方位合作。要继续扩大全方位合作水平。",
        "双方要巩固和扩大全方位合作。",
    )
    fragment = _changed("两国要齐心协力推进全方位合作", "和扩大全方位合作", a, b)
    assert relinked([fragment], from_text(a), from_text(b)) == (fragment,)
    a, b = (
        "坚持相互尊重、求同存异、交流互鉴。",
        "实现互鉴。双方坚持相互尊重、求同存异、交流互鉴和合作共赢。",
    )
    held = _changed("坚持相互尊重、求同存异、交流互鉴", "实现互鉴", a, b)
    assert relinked([held], from_text(a), from_text(b)) == (held,)


def test_other_languages_keep_their_entries() -> None:
    en = from_text("We uphold mutual respect, equality and mutual benefit.")
    entry = Formula(status=FormulaStatus.CHANGED, a_text="mutual respect", b_text="mutual benefit")
    assert relinked([entry], en, en) == (entry,)


def test_silent_clauses_take_the_line_lined_gives() -> None:
    """Branch zh26 reads a clause's line off the line ends (\\r\\n once, a lone \\r or \\n once)
    and the taken characters off one mark per span: the same as ``lined`` and the overlap test."""
    readout = from_text(
        "深化务实合作。\r\n扩大贸易往来。\r加强人文交流，\n密切多边协作。\n\n推进互联互通。"
    )
    said = list(clauses(readout))
    taken = Formula(
        status=FormulaStatus.DROPPED, a_text="贸易往来", b_text=None,
        a_spans=(Span(start=11, end=15, line=2),), id="mined:x",
    )  # fmt: skip
    silent = silent_clauses([taken], readout, said, "", 0)
    assert [words for _, words in silent] == [
        words for span, words in said if not (span.start < 15 and span.end > 11)
    ]
    assert all(span == lined(readout.text, span) for span, _ in silent)
    assert sorted({span.line for span, _ in silent}) == [1, 3, 4, 6]
