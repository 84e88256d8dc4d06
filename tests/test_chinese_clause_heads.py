"""In a comparison of two Chinese readouts, a formula one side says is paired with the other
side's clause that says its head (formulas/entries/clause_heads.py), and a Chinese slot link
needs that head too (formulas/linking/slots.py), on the dev pairs of eval/formulas (CCTV
evening-news readouts, sources in eval/formulas/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.entries.clause_heads import says_head
from readoutdiff.ingest import from_text
from readoutdiff.model import Comparison, FormulaStatus, Options, Span

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
WIN_WIN = "background:实-现-互-利-共-赢"
STEADY = "background:关-系-行-稳-致-远"


def _compare(
    series: str, a_day: str, b_day: str, *, swap: bool = False, options: Options = Options()
) -> Comparison:
    a, b = (load(EVAL / f"{series}__{day}__cctv.txt") for day in (a_day, b_day))
    return compare(b, a, options=options) if swap else compare(a, b, options=options)


def _rows(comparison: Comparison, *ids: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (f.status.value, f.id, f.a_text, f.b_text)
        for f in comparison.formulas
        if f.id.startswith(ids)
    ]


def test_a_dropped_formula_is_changed_into_the_clause_that_says_its_head_both_ways() -> None:
    """实现互利共赢 (A only) and "中英经贸合作的本质是互利共赢" (a clause of B no formula
    holds) are one *changed* entry, each wording slicing its readout back; swapping the readouts
    swaps the wordings."""
    wordings = ("实现互利共赢", "中英经贸合作的本质是互利共赢")
    for swap in (False, True):
        comparison = _compare("xi-starmer", "2024-11-18", "2026-01-29", swap=swap)
        (entry,) = [f for f in comparison.formulas if f.id.startswith(WIN_WIN)]
        assert entry.status is FormulaStatus.CHANGED
        assert (entry.id, entry.anchor) == (WIN_WIN + "/reworded", WIN_WIN)
        assert (entry.a_text, entry.b_text) == (wordings[::-1] if swap else wordings)
        for readout, text, spans in (
            (comparison.a, entry.a_text, entry.a_spans),
            (comparison.b, entry.b_text, entry.b_spans),
        ):
            assert [readout.text[s.start : s.end] for s in spans] == [text]
            line = readout.text.count("\n", 0, spans[0].start) + 1
            assert spans[0].line == line


def test_only_a_clause_that_says_the_formula_itself_is_its_rewording() -> None:
    """推动中英关系行稳致远 (A only) became "确保中英关系走得稳、走得实、走得远": B says 中英关系
    of it. "共同书写中英关系健康稳定发展的下一个篇章" says 中英关系 of no formula of A's but
    around its own 健康稳定发展, and stays *appeared*."""
    comparison = _compare("xi-starmer", "2024-08-23", "2024-11-18")
    assert _rows(comparison, STEADY) == [
        (
            "changed",
            STEADY + "/reworded",
            "推动中英关系行稳致远",
            "确保中英关系走得稳、走得实、走得远",
        )
    ]
    assert _rows(comparison, "sound-steady-development") == [
        ("appeared", "sound-steady-development", None, "共同书写中英关系健康稳定发展的下一个篇章")
    ]


def test_a_clause_holding_another_formula_is_not_paired() -> None:
    """ "为促进世界经济增长、实现各国共同发展作出贡献" (B) holds two formulas; the one A's
    "为维护世界安全与稳定作出贡献" shares 作出贡献 with does not take the clause from the other:
    it stays one *appeared* clause, of 世界经济增长."""
    comparison = _compare("xi-starmer", "2024-08-23", "2024-11-18")
    said = [f for f in comparison.formulas if "作出贡献" in (f.a_text or "") + (f.b_text or "")]
    assert [(f.status.value, f.a_text, f.b_text) for f in said] == [
        ("appeared", None, "为促进世界经济增长、实现各国共同发展作出贡献")
    ]


def test_a_series_keeps_one_sided_formulas_by_their_own_words() -> None:
    """Governing words off (a series, a check): rows are named by the formula, not paired."""
    options = Options(governing_words=False)
    comparison = _compare("xi-starmer", "2024-08-23", "2024-11-18", options=options)
    assert _rows(comparison, STEADY, WIN_WIN) == [
        ("dropped", STEADY, "中英关系行稳致远", None),
        ("appeared", WIN_WIN, None, "实现互利共赢"),
    ]


def test_a_chinese_slot_link_needs_the_formulas_head() -> None:
    """加强发展战略对接 and 加强战略沟通 share 加强 and 战略, none of them four characters in one
    run: two lines, one *dropped*, one *appeared*; 坚持多边主义 -> "多边主义和自由贸易" says
    多边主义 and stays one *changed* entry."""
    comparison = _compare("xi-starmer", "2024-08-23", "2024-11-18")
    assert _rows(comparison, "development-strategy-synergy", "background:加-强-战-略-沟-通") == [
        ("dropped", "development-strategy-synergy", "加强发展战略对接", None),
        ("appeared", "background:加-强-战-略-沟-通", None, "加强战略沟通"),
    ]
    later = _compare("xi-starmer", "2024-11-18", "2026-01-29")
    assert _rows(later, "background:坚-持-多-边-主-义") == [
        ("changed", "background:坚-持-多-边-主-义/reworded", "坚持多边主义", "多边主义和自由贸易")
    ]


def test_says_head_reads_chinese_clauses_only() -> None:
    """Four characters of the formula in one run of the place's clause, Traditional characters
    read as Simplified; any other language is left to the slot linker's own tests."""
    a = from_text("双方应该实现互利共赢。")
    b = from_text("经贸合作的本质是互利共赢。")
    assert says_head(a, Span(start=4, end=10, line=1), b, Span(start=8, end=12, line=1))
    other = from_text("双方要实现共同发展。")
    assert not says_head(a, Span(start=4, end=10, line=1), other, Span(start=3, end=9, line=1))
    traditional = from_text("雙方要加強戰略溝通。")  # read as Simplified: 加强战略沟通
    simple = from_text("双方要加强战略沟通。")
    assert says_head(
        simple, Span(start=3, end=9, line=1), traditional, Span(start=3, end=9, line=1)
    )
    english = from_text("They seek win-win results.")
    assert says_head(english, Span(start=10, end=17, line=1), b, Span(start=0, end=2, line=1))


def test_a_formula_said_twice_is_paired_from_the_one_clause_it_says_alone() -> None:
    """Xi–Starmer, November 2024 → January 2026: 全面战略伙伴关系 (B only) is said in "双方同意中英
    要发展长期稳定的全面战略伙伴关系" and, beside 相互尊重, in another clause, that formula's line;
    it is the rewording of A's "双方应该秉持战略伙伴定位" (a clause no entry reports), as the hand
    list says, both ways."""
    wordings = ("双方应该秉持战略伙伴定位", "双方同意中英要发展长期稳定的全面战略伙伴关系")
    partnership = "comprehensive-strategic-partnership"
    for swap in (False, True):
        comparison = _compare("xi-starmer", "2024-11-18", "2026-01-29", swap=swap)
        expected = wordings[::-1] if swap else wordings
        assert _rows(comparison, partnership) == [("changed", partnership + "/reworded", *expected)]


def test_a_run_of_the_parties_and_their_relationship_pairs_no_clauses() -> None:
    """Two clauses sharing only the parties, their people or relationship and the frame words of
    every line (两国人民, 两国关系, 关系发展) are two lines: "中印正确把握历史潮流和两国关系发展
    方向" is not reworded as Modi's "我同习近平主席喀山会晤为印中关系发展指明方向" (the hand list:
    that clause appeared), nor "更好惠及两国人民" as "既造福两国人民"; a named pair's
    relationship (中英关系) still ties two clauses."""
    modi = _compare("xi-modi", "2024-10-23", "2025-08-31")
    assert not [f for f in modi.formulas if f.b_text == "我同习近平主席喀山会晤为印中关系发展指明方向"
                and f.status is FormulaStatus.CHANGED]  # fmt: skip
    ramaphosa = _compare("xi-ramaphosa", "2023-08-22", "2024-09-02")
    assert not [f for f in ramaphosa.formulas if f.b_text and "两国人民" in f.b_text
                and f.status is FormulaStatus.CHANGED and f.id.endswith("/reworded")]  # fmt: skip
    a = from_text("习近平指出，双方应该推动中英关系行稳致远。")
    b = from_text("习近平强调，确保中英关系走得稳、走得实、走得远。")
    assert [f.b_text for f in compare(a, b).formulas if f.status is FormulaStatus.CHANGED] == [
        "确保中英关系走得稳、走得实、走得远"
    ]
