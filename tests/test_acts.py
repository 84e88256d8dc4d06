"""An act on the same thing said in one place of each readout, one of them a formula only its
readout has (formulas/unpaired/acts.py), on real pairs of the evaluation set with default
options and on real readout sentences."""

from __future__ import annotations

import pytest
from eval_pairs import fates
from sentence_pairs import changed


def test_a_verb_swapped_before_the_same_thing_in_one_aligned_pair_is_one_change() -> None:
    # harris-arevalo 2024-03-25 -> 2025-01-08: "combat corruption" was said dropped.
    assert ("changed", "combat corruption", "countering corruption") in fates(
        "harris-arevalo__2024-03-25"
    )


def test_an_act_in_one_rewritten_passage_is_one_change() -> None:
    # biden-ramaphosa 2021-06-13 -> 2022-04-08: both sentences paired with nothing, one word
    # shared ("climate"); "addressing climate change" was said appeared.
    assert ("changed", "cooperate on climate goals", "addressing climate change") in fates(
        "biden-ramaphosa__2021-06-13"
    )
    # harris-herzog 2024-02-16: the same verb on the same thing, the act said in other words.
    assert ("changed", "right to defend itself in the face of threats",
            "ensure Israel can defend itself") in fates("harris-herzog__2024-02-16")  # fmt: skip


def test_the_change_mirrors_when_the_readouts_are_swapped() -> None:
    assert ("changed", "countering corruption", "combat corruption") in fates(
        "harris-arevalo__2024-03-25", swap=True
    )


A = "They met in Washington.\n\nThe leaders discussed efforts {}.\n\nThey agreed to stay in close touch."
B = "They met in Washington.\n\nThe President also underscored {}.\n\nThey agreed to stay in close touch."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # biden-von-der-leyen 2021-03-05 (dev): a shared qualifier is no shared thing.
        ("to enhance global health security", "to ensure rules governing global trade"),
        # biden-albanese 2022-11-13 (dev): nor a word of the object's complement.
        ("on maintaining peace and stability across the Taiwan Strait",
         "their resolve to tackle challenges to regional stability"),
        # biden-pope-francis 2021-10-29 -> 2023-10-22 (dev): nor a noun said of any problem.
        ("in fighting the climate crisis", "aid to address the humanitarian crisis"),
    ],
)  # fmt: skip
def test_acts_that_share_no_thing_pair_nothing(a: str, b: str) -> None:
    assert changed(A.format(a), B.format(b)) == []


def test_two_acts_that_share_one_act_s_things_are_one_change_of_the_whole_list() -> None:
    # biden-guterres 2021-09-20 (dev): two acts of A share words with one act of B, which has two
    # partners, so no act pairs with one act; the list as a whole is the one change the hand list
    # names (gap_words' list members).
    a = "to combat climate change, strengthen food systems and food security"
    b = "the need to address the global climate and food security crises"
    assert changed(A.format(a), B.format(b)) == [
        (
            "combat climate change, strengthen food systems and food security",
            "address the global climate and food security",
        )
    ]
