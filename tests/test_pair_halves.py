"""`benchmarks/pair_halves.py` classes a real dev pair's halves of a change that stand in one
aligned pair, and judges linking them there."""

from __future__ import annotations

import pair_halves
import pytest
from formula_eval import Pair, PairResult, load_pairs
from halves import judged

from readoutdiff.model import Comparison

Judged = tuple[Pair, Comparison, PairResult]


@pytest.fixture(scope="module")
def prabowo() -> Judged:
    # Xi-Prabowo (CCTV, dev): "今年是和平共处五项原则发表70周年" / "今年是中印尼建交75周年" stand in one
    # aligned pair, one replaced run apart from the kept "今年是…周年"; the hand list has one
    # changed line, the tool a dropped and an appeared report.
    pair = next(p for p in load_pairs(split="dev") if p.name == "xi-prabowo__2024-11-09")
    return (pair, *judged(pair))


def test_both_halves_reported_in_one_pair_are_classed_so(prabowo: Judged) -> None:
    _, comparison, result = prabowo
    found = {w: name for name, w in pair_halves.half_classes(comparison, result)}
    assert (
        found["今年是和平共处五项原则发表70周年"] == "said dropped, other half reported one-sided"
    )
    assert found["今年是中印尼建交75周年"] == "said appeared, other half reported one-sided"


def test_the_two_halves_read_as_one_change_are_right(prabowo: Judged) -> None:
    made = {p.wordings: p for p in pair_halves.pairings(*prabowo)}
    pairing = made["'今年是和平共处五项原则发表70周年' / '今年是中印尼建交75周年'"]
    assert (pairing.alone, pairing.same_run, pairing.same_head) == (True, True, True)
    assert (pairing.today, pairing.judged) == ("not both right", "right")


def test_replaced_runs_one_kept_token_apart_are_one() -> None:
    a = [(0, 1, "we"), (2, 3, "x"), (4, 5, "and"), (6, 7, "y"), (8, 9, "end")]
    b = [(0, 1, "we"), (2, 3, "p"), (4, 5, "and"), (6, 7, "q"), (8, 9, "end")]
    runs = pair_halves.replaced_runs(a, b)
    assert len(runs) == 1
    assert {1, 3} <= set(runs[0].a) and {1, 3} <= set(runs[0].b)
