"""One word for a judged report, repeats told apart (``formula_eval.verdict``), and a candidate's
lines for the headline matching (``score_formulas.lines_at``): branch cln1."""

from __future__ import annotations

import formula_eval
import score_formulas

from readoutdiff import compare, load
from readoutdiff.model import Span


def _pair(name: str) -> formula_eval.Pair:
    return next(p for p in formula_eval.load_pairs(split="dev") if p.name == name)


def test_a_second_report_of_one_event_is_a_repeat_unless_its_fate_disagrees() -> None:
    # xi-modi 2024-10-23 (dev): two reports of one event each, both repeats since sc2; the
    # changed one agrees with its changed event (a repeat), the persisted one does not with its
    # dropped event (a wrong fate, as fate_classes.py tells it). Since zh12 (forty-first
    # session) the multilateral line 在多边场合加强沟通和合作 is one entry of its own, right, and
    # the changed repeat is the common interests' line.
    pair = _pair("xi-modi__2024-10-23")
    judged = formula_eval.judge(pair, score_formulas.run_tool(pair)).judged
    said = {(j.report.status, j.report.a): formula_eval.verdict(j) for j in judged if j.repeat}
    assert said[("changed", "维护发展中国家共同利益")] == "repeat"
    assert said[("persisted", "加强战略沟通")] == "wrong fate"
    for j in judged:
        word = formula_eval.verdict(j)
        assert word == ("noise" if j.noise else "right" if j.right else word)
        assert word != "repeat" or j.repeat


def test_a_candidate_gets_the_lines_a_formula_at_its_place_gets() -> None:
    # carney-meloni 2025-05-17 (dev): "lasting peace" is a short core told with its clause.
    pair = _pair("carney-meloni__2025-05-17")
    comparison = compare(load(pair.a_path), load(pair.b_path))
    peace = next(f for f in comparison.formulas if f.a_text == "lasting peace")
    made = score_formulas.lines_at(
        comparison.a,
        comparison.b,
        tuple(Span(start=s.start, end=s.end, line=1) for s in peace.a_spans),
        tuple(Span(start=s.start, end=s.end, line=1) for s in peace.b_spans),
    )
    assert made == score_formulas.lines_of(comparison, peace)
    assert made["a_line"] == "including in support of Ukraine’s sovereignty and lasting peace"
