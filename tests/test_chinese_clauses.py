"""In a comparison of two Chinese readouts, a formula both keep whose clause was rewritten is
that clause *changed*, named by the formula (formulas/entries/clauses.py), on the dev pairs of
eval/formulas (CCTV evening-news readouts, sources in eval/formulas/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.formulas.entries.clauses import clause_of, framed_same, near_same
from readoutdiff.ingest import from_text
from readoutdiff.model import Comparison, Formula, FormulaStatus, Options, Span
from readoutdiff.render.text import render_text

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _compare(
    series: str, a_day: str, b_day: str, *, swap: bool = False, options: Options = Options()
) -> Comparison:
    a, b = (load(EVAL / f"{series}__{day}__cctv.txt") for day in (a_day, b_day))
    return compare(b, a, options=options) if swap else compare(a, b, options=options)


def _around(comparison: Comparison, formula_id: str) -> list[Formula]:
    return [f for f in comparison.formulas if f.anchor == formula_id]


def test_a_kept_core_in_a_rewritten_clause_is_the_clause_changed_both_ways() -> None:
    """深化各领域务实合作 -> 扩大务实合作和人文交流: the built-in 务实合作 is no *persisted* row
    of its own; the clauses are one *changed* entry around it, each wording slicing its readout
    back, and swapping the readouts swaps the wordings."""
    for swap in (False, True):
        comparison = _compare("xi-bin-salman", "2022-12-08", "2023-03-28", swap=swap)
        (entry,) = _around(comparison, "practical-cooperation")
        wordings = ("深化各领域务实合作", "扩大务实合作和人文交流")
        assert entry.status is FormulaStatus.CHANGED
        assert (entry.a_text, entry.b_text) == (wordings[::-1] if swap else wordings)
        for readout, text, spans in (
            (comparison.a, entry.a_text, entry.a_spans),
            (comparison.b, entry.b_text, entry.b_spans),
        ):
            assert [readout.text[s.start : s.end] for s in spans] == [text]
        assert not [f for f in comparison.formulas if f.id == "practical-cooperation"]


def test_a_clause_said_in_near_same_words_keeps_its_formula_persisted() -> None:
    """推动中沙全面战略伙伴关系得到更大发展 / …实现更大发展 differ by one word: the built-in
    全面战略伙伴关系 stays *persisted*, with no clause entry around it."""
    comparison = _compare("xi-bin-salman", "2022-12-08", "2023-03-28")
    kept = [f for f in comparison.formulas if f.id == "comprehensive-strategic-partnership"]
    assert [f.status for f in kept] == [FormulaStatus.PERSISTED]
    assert not _around(comparison, "comprehensive-strategic-partnership")


def test_a_formula_said_twice_on_each_side_pairs_its_clauses_in_reading_order() -> None:
    """相互尊重 twice in each Starmer readout: the host's clause with the host's, the guest's
    with the guest's, each a changed entry with its own id."""
    comparison = _compare("xi-starmer", "2024-11-18", "2026-01-29")
    rows = [(f.id, f.a_text, f.b_text) for f in _around(comparison, "mutual-respect")]
    assert rows == [
        ("mutual-respect/clause", "坚持相互尊重、开放合作、交流互鉴", "超越分歧、相互尊重"),
        (
            "mutual-respect/clause#2",
            "英方希望秉持相互尊重和平等坦诚的精神",
            "英方本着相互尊重、相互信任精神同中方建立长期稳定的全面战略伙伴关系至关重要",
        ),
    ]


def _rows(comparison: Comparison, *ids: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(f.id, f.status.value, f.a_text, f.b_text) for f in comparison.formulas if f.id in ids]


def test_a_formula_one_side_says_once_is_reported_in_its_clause() -> None:
    """一个中国原则 dropped is told with its clause; 一带一路, said in three places of A, keeps
    its own words; 人文交流, whose clause the change around 务实合作 reports already, is no row
    of its own. In a series or a check (``governing_words`` off) each keeps its own words."""
    ids = ("one-china-principle", "belt-and-road", "people-to-people-exchanges")
    told = _compare("xi-bin-salman", "2022-12-08", "2023-03-28")
    assert _rows(told, *ids) == [
        ("belt-and-road", "dropped", "“一带一路”倡议", None),
        ("one-china-principle", "dropped", "沙方坚定支持一个中国原则", None),
    ]
    later = _compare("xi-bin-salman", "2023-03-28", "2026-04-20")
    assert not _rows(later, *ids)
    assert [f.b_text for f in _around(later, "practical-cooperation")] == ["加强务实合作"]
    own = _compare(
        "xi-bin-salman", "2022-12-08", "2023-03-28", options=Options(governing_words=False)
    )
    assert ("one-china-principle", "dropped", "一个中国原则", None) in _rows(own, *ids)
    for formula in told.formulas:  # a wording said once slices its readout back
        for readout, text, spans in ((told.a, formula.a_text, formula.a_spans),
                                     (told.b, formula.b_text, formula.b_spans)):  # fmt: skip
            assert (
                len(spans) > 1
                or [readout.text[s.start : s.end] for s in spans] == [text][: len(spans)]
            )


def test_a_series_keeps_the_formula_beside_its_rewritten_clauses() -> None:
    """With ``governing_words`` off (a series, a check) the formula's row is named by its own
    words: 相互尊重 stays *persisted*, its two rewritten clauses beside it."""
    options = Options(governing_words=False)
    comparison = _compare("xi-starmer", "2024-11-18", "2026-01-29", options=options)
    kept = [(f.status.value, f.a_text) for f in comparison.formulas if f.id == "mutual-respect"]
    assert kept == [("persisted", "相互尊重")]
    ids = [f.id for f in _around(comparison, "mutual-respect")]
    assert ids == ["mutual-respect/clause", "mutual-respect/clause#2"]


def test_the_views_name_the_formula_a_clause_is_around() -> None:
    """The key changes and the formula list say which formula the clause holds, by its words."""
    text = render_text(_compare("xi-bin-salman", "2023-03-28", "2026-04-20"), color=False)
    # (labels of u23: a change around a formula both readouts keep; ux27: not "kept", as the
    # rewritten clause is the formula's one entry, counted changed, 0 persisted in the header)
    assert "Wording around formula “务实合作” changed: “扩大务实合作和人文交流”" in text
    assert (
        "around formula “睦邻友好” changed: “希望沙伊双方秉持睦邻友好精神” → “支持中东国家睦邻友好、对话合作”"
        in text
    )
    assert "kept formula" not in text


def test_english_clauses_are_left_alone() -> None:
    """A kept English formula stays *persisted* in its own words beside the change of the verb
    governing it; no clause is read around it."""
    a = from_text("We will deepen practical cooperation in every field.")
    b = from_text("Both sides agreed, in the spirit of the talks, to expand practical cooperation.")
    rows = [(f.id, f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
    assert rows == [
        ("practical-cooperation/context", "changed", "will deepen practical cooperation",
         "to expand practical cooperation"),
        ("practical-cooperation", "persisted", "practical cooperation", "practical cooperation"),
    ]  # fmt: skip


def test_clause_edges_and_near_same_words() -> None:
    """A clause stops at ，；： and the sentence's end, never at the enumeration comma 、."""
    readout = from_text(
        "双方应该秉持战略伙伴定位，坚持相互尊重、开放合作、交流互鉴；实现互利共赢。"
    )
    start = readout.text.index("开放合作")
    span = clause_of(readout, Span(start=start, end=start + 4, line=1))
    assert readout.text[span.start : span.end] == "坚持相互尊重、开放合作、交流互鉴"
    assert near_same("中英同为联合国安理会常任理事国", "中英作为联合国安理会常任理事国", 90)
    assert not near_same("扩大务实合作和人文交流", "加强务实合作", 90)


def test_a_clause_in_another_frame_keeps_its_formula_persisted() -> None:
    """愿发挥中柬政府间协调委员会作用 / 双方要发挥中柬政府间协调委员会作用 (Hun Manet) and
    同意从战略高度和长远角度看待和处理中印关系 / 双方要从…… (Modi, a pair nobody tuned on when the
    rule was read off the older pairs): the same words in another frame (who speaks, 愿/要/同意),
    the formula kept, no changed clause around it. A speaker swapped or a verb swapped before the
    formula is still a change."""
    for series, a_day, b_day, core in (
        ("xi-hun-manet", "2025-08-30", "2026-07-17", "发挥中柬政府间协调委员会作用"),
        ("xi-modi", "2024-10-23", "2025-08-31", "战略高度和长远角度看待"),
    ):
        for swap in (False, True):
            comparison = _compare(series, a_day, b_day, swap=swap)
            assert not [
                f for f in comparison.formulas
                if f.status is FormulaStatus.CHANGED and core in (f.a_text or "")
            ]  # fmt: skip
            assert [
                f for f in comparison.formulas
                if f.status is FormulaStatus.PERSISTED and core in (f.a_text or "")
            ]  # fmt: skip
    assert framed_same(
        "中国对德政策保持高度稳定性和连贯性", "中方对德政策保持高度稳定性和连续性", 90
    )
    assert not framed_same("沙方高度重视发展对华关系", "中方高度重视发展对沙关系", 90)
    assert not framed_same("坚定恪守一个中国政策", "坚定奉行一个中国政策", 90)


def test_an_anniversary_pairs_with_no_clause() -> None:
    """今年是中加建交55周年和建立战略伙伴关系20周年 is a date told: dropped on its own line, and
    the programme clauses around 战略伙伴关系 pair with each other (Carney); when one side says
    the formula only in an anniversary (Scholz's 今年是中德建立全方位战略伙伴关系10周年), the
    other side's clauses are its own, appeared. Swapping the readouts swaps the fates."""
    for swap in (False, True):
        comparison = _compare("xi-carney", "2025-10-31", "2026-01-16", swap=swap)
        rows = {
            (f.status, f.a_text, f.b_text) for f in _around(comparison, "strategic-partnership")
        }
        pair = ("共同推动中加战略伙伴关系发展", "推进构建中加新型战略伙伴关系")
        told = "今年是中加建交55周年和建立战略伙伴关系20周年"
        assert (FormulaStatus.CHANGED, *(pair[::-1] if swap else pair)) in rows
        assert (
            (FormulaStatus.APPEARED, None, told) if swap else (FormulaStatus.DROPPED, told, None)
        ) in rows
        assert not [r for r in rows if r[0] is FormulaStatus.CHANGED and told in r[1:]]
    comparison = _compare("xi-scholz", "2024-04-16", "2024-11-19")
    rows = [
        (f.status, f.a_text, f.b_text)
        for f in _around(comparison, "all-round-strategic-partnership")
    ]
    assert (FormulaStatus.DROPPED, "今年是中德建立全方位战略伙伴关系10周年", None) in rows
    assert {status for status, _, _ in rows} == {FormulaStatus.DROPPED, FormulaStatus.APPEARED}


def test_a_clause_holding_two_formulas_is_told_changed_once_where_it_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """为推动世界多极化、国际关系民主化作出贡献 holds 世界多极化 and 国际关系民主化: in_clauses reads
    its change once (the id that sorts first names it), with told_once, the stage's last fold,
    left out; so is 落实好访问达成的重要共识, which another entry tells already (xi-hun-manet)."""
    from readoutdiff.formulas import tracking

    monkeypatch.setattr(tracking, "told_once", tuple)
    modi = compare(*(load(EVAL / f"xi-modi__{d}__cctv.txt") for d in ("2024-10-23", "2025-08-31")))
    line = "为推动世界多极化、国际关系民主化作出贡献"
    assert [f.id for f in modi.formulas if f.a_text == line] == [
        "democracy-in-international-relations/clause"
    ]
    manet = _compare("xi-hun-manet", "2025-08-30", "2026-07-17")
    told = [f for f in manet.formulas if f.a_text == "落实好访问达成的重要共识"]
    assert len(told) == 1 and "/clause" not in told[0].id


def test_each_formula_of_a_clause_read_once_keeps_its_own_row_without_governing_words() -> None:
    """Without the governing words (a series, ``check``) a formula's row stands beside its
    clause's change: 国际关系民主化's row gave way to 世界多极化's copy of the same clause, which
    told_once then left out, and the row was lost; the clause read once keeps both rows."""
    modi = compare(
        *(load(EVAL / f"xi-modi__{d}__cctv.txt") for d in ("2024-10-23", "2025-08-31")),
        options=Options(governing_words=False),
    )
    rows = {f.id: f.status for f in modi.formulas}
    assert rows["multipolar-world"] is FormulaStatus.PERSISTED
    assert rows["democracy-in-international-relations"] is FormulaStatus.PERSISTED
    assert rows["democracy-in-international-relations/clause"] is FormulaStatus.CHANGED
    assert "multipolar-world/clause" not in rows
