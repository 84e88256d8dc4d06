"""`benchmarks/halves.py` counts a real dev pair's halves of changes by where the other half
stands, and judges the pairing of one-sided reports that stand in one place."""

from __future__ import annotations

import halves
import pytest
from formula_eval import Event, Pair, PairResult, judge, load_pairs

from readoutdiff import compare, load
from readoutdiff.model import Comparison

Judged = tuple[Pair, Comparison, PairResult]


@pytest.fixture(scope="module")
def albanese() -> Judged:
    pair = next(p for p in load_pairs(split="dev") if p.name == "biden-albanese__2022-11-13")
    comparison = compare(load(pair.a_path), load(pair.b_path))
    reports = [Event(f.status.value, f.a_text, f.b_text) for f in comparison.formulas]
    return pair, comparison, judge(pair, reports)


def test_a_dropped_formula_whose_successor_the_tool_does_not_know_is_a_half(
    albanese: Judged,
) -> None:
    # "tackling the climate crisis" (built-in) -> "confront climate change": B's sentence is
    # unpaired between the same two aligned pairs, and B's formulas there are other events.
    _, comparison, result = albanese
    found = {j.report.a: name for name, j in halves.halves(comparison, result)}
    assert found["tackling the climate crisis"] == (
        "said dropped, other half same gap, other side reported there"
    )


def test_one_sided_reports_in_one_gap_paired_are_other_events(albanese: Judged) -> None:
    made = list(halves.same_place(*albanese))
    assert (
        "gap",
        "'tackling the climate crisis' / 'free and open Indo-Pacific'",
        "another event",
    ) in made
    assert {judgement for _, _, judgement in made} == {"another event"}
