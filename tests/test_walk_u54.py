"""Branch u54: what u53's walk left, each on the real input it was seen on — a dot inside a
quoted name is no edge of a point or a sentence; a formula one readout says where the other
says a fuller one is told with that wording; a series head says how its "returned" group and
its "came back" count differ."""

from __future__ import annotations

import tomllib
from pathlib import Path

from readoutdiff import compare, from_text, load
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.formulas.keys.key_fuller import fuller
from readoutdiff.languages import ru
from readoutdiff.languages.segment import sentences
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Span
from readoutdiff.records.replacing import replace
from readoutdiff.render.series_html_view import build_page
from readoutdiff.render.series_text import render_series_text
from readoutdiff.series import build_series

ROOT = Path(__file__).resolve().parent.parent


def _pair(folder: str, name: str) -> tuple[Path, Path]:
    root = ROOT / "eval" / folder
    data = tomllib.loads((root / "pairs" / f"{name}.toml").read_text(encoding="utf-8"))
    assert data["heldout"] is False  # a dev (tuning) pair: its output may be read
    return root / data["a"], root / data["b"]


def test_a_russian_point_runs_past_the_dot_inside_a_quoted_name() -> None:
    # putin-mirziyoyev 2025-02-21 → 05-03 (Russian dev), B line 5: the point read "…
    # выставки «ИННОПРОМ", cut at the dot inside «ИННОПРОМ. Центральная Азия», its « open
    a, b = _pair("formulas", "putin-mirziyoyev__2025-02-21")
    comparison = compare(load(a), load(b))
    said = [f.b_text for f in comparison.formulas if f.b_text and "ИННОПРОМ" in f.b_text]
    assert said == [
        "Отмечено, в частности, результативное проведение совместно с российской стороной в"
        " Ташкенте 28–30 апреля пятой Международной промышленной выставки «ИННОПРОМ. Центральная"
        " Азия»"
    ]


def test_a_full_stop_inside_curly_quotes_or_title_marks_ends_no_sentence() -> None:
    # the segmenter kept «…» whole already; a name in “…” or 《…》 is one too
    text = "They opened “Made in Chile. Now” in May. 双方签署《合作纲要。2025》。会谈。"
    found = [s.text for s in sentences(text, [(0, len(text))])]
    assert found == [
        "They opened “Made in Chile. Now” in May.",
        "双方签署《合作纲要。2025》。",
        "会谈。",
    ]
    # a quotation's own full stop before its closing mark still ends the sentence
    text = "He said “we agreed.” Then they left."
    assert len(sentences(text, [(0, len(text))])) == 2
    text = "Стороны открыли выставку «ИННОПРОМ. Центральная Азия». Далее обсудили торговлю."
    assert len(sentences(text, [(0, len(text))], ru.LANGUAGE)) == 2


def test_a_dropped_formula_is_told_with_the_fuller_one_the_other_readout_says() -> None:
    # xi-rahmon 2023-05-18 → 2024-07-05 (CCTV, outside tuning): A says 战略伙伴关系 twice
    # (Rahmon's lines), B 全面战略合作伙伴关系; the key change said only "Dropped formula
    # “战略伙伴关系”", which an analyst reads as the relationship gone, not raised
    a, b = _pair("outside", "xi-rahmon__2023-05-18")
    summaries = [k.summary for k in key_changes(compare(load(a), load(b)))]
    assert (
        "Dropped formula “战略伙伴关系” (A line 6, sentence 2); B says the fuller “全面战略合作伙伴关系”"
        " (B line 4, sentence 5)." in summaries
    )


def test_a_new_formula_is_told_with_the_fuller_one_the_earlier_readout_said() -> None:
    # the other way round (English, as the key change of an appeared formula would get it)
    a = from_text("Both hailed the Comprehensive Strategic Cooperative Partnership.")
    b = from_text("Trade grew fast, and the strategic partnership deepened.")
    formula = Formula(
        status=FormulaStatus.APPEARED, id="strategic-partnership", source=FormulaSource.BUILTIN,
        a_text=None,
        b_text="strategic partnership", b_spans=(Span(start=24, end=45, line=1),),
    )  # fmt: skip
    told = fuller(formula, compare(a, b))
    assert (
        told == "; A said the fuller “Comprehensive Strategic Cooperative Partnership” (A line 1)"
    )
    mined = replace(formula, id="mined:strateg-partnership", source=FormulaSource.MINED)
    assert fuller(mined, compare(a, b)) == ""  # no entry of the lexicon: no fuller one


def test_a_series_head_says_how_came_back_and_returned_differ() -> None:
    # the five CCTV readouts of xi-thongloun (outside tuning): "10 returned" beside "19 came back
    # after an absence" read as one thing counted twice, differently (8 and 17 since ser9: rows
    # that came back in a clause the pair report tells reworded are told changed there; 9 and 15
    # since e61's Chinese background rebuild, forty-second session)
    folder = ROOT / "eval" / "outside"
    paths = sorted(folder.glob("xi-thongloun__*__cctv.txt"))
    assert len(paths) == 5
    series = build_series([load(p) for p in paths])
    head = render_series_text(series, width=120).split("\nLegend:")[0]
    head = " ".join(head.split("\n\n")[-1].split())
    assert "9 returned" in head
    assert (
        "15 came back after an absence (^): the 9 returned and 6 listed under dropped or changed"
        in head
    )
    counts = [(c.label, c.meaning) for c in build_page(series, {}, inline=False).counts]
    assert counts[-1] == (
        "15",
        "came back after an absence (back): the 9 returned and 6 listed under dropped or changed",
    )
