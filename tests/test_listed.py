"""A thing named in a list of one readout and acted on in the other, in one place, both
formulas only their readout has (formulas/unpaired/listed.py), on real pairs of the evaluation
set with default options and on real readout sentences."""

from __future__ import annotations

import pytest
from eval_pairs import fates
from sentence_pairs import changed


def test_a_list_member_acted_on_in_the_same_passage_is_one_change() -> None:
    # biden-ramaphosa 2022-04-08 -> 2022-09-16: "climate and energy" in a list, then
    # "combating the climate crisis"; each was a half (dropped + appeared).
    assert ("changed", "including trade and investment and climate and energy",
            "combating the climate crisis") in fates("biden-ramaphosa__2022-09-16")  # fmt: skip
    # biden-ramaphosa 2021-06-13 -> 2022-04-08 -> the other way: the act first, then the list.
    assert ("changed", "addressing climate change",
            "including trade and investment and climate and energy") in fates(
        "biden-ramaphosa__2022-04-08"
    )  # fmt: skip


def test_the_change_mirrors_when_the_readouts_are_swapped() -> None:
    assert ("changed", "combating the climate crisis",
            "including trade and investment and climate and energy") in fates(
        "biden-ramaphosa__2022-09-16", swap=True
    )  # fmt: skip


A = (
    "President Biden spoke with President Ramaphosa of South Africa.\n\n"
    "They discussed the strength of the bilateral partnership and {}."
)
LIST = "shared priorities, including trade and investment and climate and energy"


def test_the_sentence_form_pairs() -> None:
    assert changed(A.format(LIST), A.format("the importance of combating the climate crisis"))


@pytest.mark.parametrize(
    "b",
    [
        # No noun of the list in the act's object (biden-albanese 2022-11-13, dev: "impose
        # costs on Russia" against other lines of the same passage).
        "the importance of combating corruption",
        # A thing named but not acted on (biden-kishida 2023-11-16, dev: "durable peace" /
        # "regional peace and prosperity" share a noun, neither is an act).
        "the importance of the climate",
        # Two acts on listed things: the list has two partners.
        "the importance of combating the climate crisis and expanding clean energy",
    ],
)
def test_a_list_without_one_act_on_a_listed_thing_pairs_nothing(b: str) -> None:
    assert changed(A.format(LIST), A.format(b)) == []
