"""`benchmarks/aligned_halves.py` marks a real dev pair's halves of changes by the aligned pair
their line stands in, and judges the *shared words* reading of one-sided reports (acc41)."""

from __future__ import annotations

import aligned_halves
import halves
from formula_eval import Pair, PairResult, load_pairs

from readoutdiff.model import Comparison


def _judged(name: str) -> tuple[Pair, Comparison, PairResult]:
    pair = next(p for p in load_pairs(split="dev") if p.name == name)
    return (pair, *halves.judged(pair))


def test_a_half_in_a_changed_pair_whose_word_diff_replaces_it_by_other_words() -> None:
    # Biden-Scholz (White House, dev): B's "steadfast support to Ukraine" is the successor of
    # A's "provide Ukraine with the economic, humanitarian, and security support it needs", in
    # the same aligned pair; the word diff keeps "support" and "Russia's" and so replaces the
    # formula by "support it needs to defend against", not the hand's wording.
    _, comparison, result = _judged("biden-scholz__2022-11-06")
    found = {j.report.b: marks for marks, j in aligned_halves.halves(comparison, result)}
    assert found["steadfast support to Ukraine"] == (
        "line in a changed pair",
        "other half same pair",
        "other wording in no report",
        "replaced by other words",
    )


def test_the_shared_words_reading_is_right_once_and_takes_a_right_report_once() -> None:
    # The reading finds Scholz's successor, but in Blinken-Rau it ties "security assistance to
    # Ukraine" (appeared, right) to "assistance with U.S. citizens who are leaving Ukraine".
    made = list(aligned_halves.shared_words(*_judged("biden-scholz__2022-11-06")))
    assert (
        "today appeared wrong",
        "'steadfast support to Ukraine' -> 'Ukraine with the economic, humanitarian, and security support'",
        "right, missed today",
    ) in made
    made = list(aligned_halves.shared_words(*_judged("blinken-rau__2022-02-17")))
    assert [(today, judgement) for today, _, judgement in made] == [
        ("today appeared right", "another event")
    ]


def test_a_long_replaced_phrase_holds_the_successor_only_without_the_tools_mutation_test() -> None:
    # Blinken-Borrell (State Department, dev): grown to 20 words a side, the word diff replaces
    # "further Russian invasion of Ukraine" (dropped) by "measures to hold Russia to account
    # for its unlawful aggression against Ukraine", the hand's successor; the differing words
    # share no content word ("Russian" / "Russia"), so the tool's test leaves it dropped.
    judged = _judged("blinken-borrell__2022-02-23")
    assert not [m for m in aligned_halves.long_replaced(*judged) if "invasion" in m[1]]
    made = [m for m in aligned_halves.long_replaced(*judged, mutated=False) if "invasion" in m[1]]
    assert made == [
        (
            "today dropped wrong",
            "'measures in the event of a further Russian invasion of Ukraine' -> 'measures to "
            "hold Russia to account for its unlawful aggression against Ukraine'",
            "right, found already",
        )
    ]
