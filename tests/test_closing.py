"""Each readout's one contact line in other words, one of them a formula only its readout has
(formulas/unpaired/closing.py), on real pairs of the evaluation set with default options and on
real readout sentences."""

from __future__ import annotations

import pytest
from eval_pairs import fates
from sentence_pairs import changed


def test_two_contact_lines_in_other_words_are_one_change() -> None:
    # johnson-zelenskyy 2022-03-20: "remain in close contact" was said appeared.
    assert ("changed",
            "agreed to step up their direct communication even further in the days to come",
            "agreed to continue to remain in close contact in the coming days") in fates(
        "johnson-zelenskyy__2022-03-20"
    )  # fmt: skip
    # starmer-carney 2025-03-17: "stay in close contact" was said appeared.
    assert ("changed", "looked forward to speaking again soon",
            "agreed to stay in close contact") in fates("starmer-carney__2025-03-17")  # fmt: skip


def test_the_change_mirrors_when_the_readouts_are_swapped() -> None:
    assert ("changed", "agreed to stay in close contact",
            "looked forward to speaking again soon") in fates(
        "starmer-carney__2025-03-17", swap=True
    )  # fmt: skip


A = "Prime Minister Starmer spoke to Prime Minister Carney this evening.\n\n{}"
CLOSE = "They agreed to stay in close contact."


def test_the_sentence_form_pairs() -> None:
    assert changed(A.format(CLOSE), A.format("They looked forward to speaking again soon.")) == [
        ("agreed to stay in close contact", "looked forward to speaking again soon")
    ]


@pytest.mark.parametrize(
    "b",
    [
        # The other readout says no contact line (starmer-albanese 2024-10-25, dev: kept
        # dropped).
        "They discussed trade.",
        # Two contact lines in the other readout: which one is the partner is not read.
        "They looked forward to speaking again soon. The teams will remain in close touch.",
    ],
)
def test_no_single_contact_line_on_each_side_pairs_nothing(b: str) -> None:
    assert changed(A.format(CLOSE), A.format(b)) == []
