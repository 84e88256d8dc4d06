"""A telling word each readout says once in one rewritten passage, with another word the two
wordings share (formulas/unpaired/gap_words.py), on real pairs of the evaluation set with
default options and on real readout sentences."""

from __future__ import annotations

from eval_pairs import fates
from sentence_pairs import changed


def test_a_telling_word_and_another_shared_in_one_passage_are_one_line_reworded() -> None:
    # harris-herzog 2024-02-16 -> 2024-04-23 (dev): both sentences paired with nothing, no
    # frame or owner kept; "increas" is said once in each readout, "humanitarian" shared too.
    assert ("changed", "increasing humanitarian assistance",
            "increase the flow of life-saving humanitarian") in fates("harris-herzog__2024-02-16")  # fmt: skip


def test_the_change_mirrors_when_the_readouts_are_swapped() -> None:
    assert ("changed", "increase the flow of life-saving humanitarian",
            "increasing humanitarian assistance") in fates("harris-herzog__2024-02-16", swap=True)  # fmt: skip


def test_a_wording_stops_at_a_dash() -> None:
    # biden-guterres 2023-09-19 -> 2024-09-24 (dev): "… foundational principles – particularly …".
    assert ("changed", "uphold the UN’s foundational principles",
            "upholding international principles") in fates("biden-guterres__2023-09-19")  # fmt: skip


A = "They met in Brussels.\n\nThe leaders discussed {}.\n\nThey agreed to stay in close touch."
B = "They met in Brussels.\n\nThe President also underscored {}.\n\nThey agreed to stay in close touch."


def test_one_shared_word_is_two_lines_on_one_subject() -> None:
    # After biden-von-der-leyen 2021-03-05 (dev): "shared values" dropped, "democratic
    # values" appeared in the hand list.
    assert changed(
        A.format("our shared values and the world's largest trade and investment relationship"),
        B.format("the democratic values that bind the two partners"),
    ) == []  # fmt: skip


def test_a_word_said_twice_in_one_readout_pairs_nothing() -> None:
    assert changed(
        A.format("increasing humanitarian assistance, and more humanitarian assistance via increased flights"),
        B.format("the need to increase the flow of life-saving humanitarian aid to Palestinian civilians"),
    ) == []  # fmt: skip


def test_the_list_a_wording_runs_on_into_may_share_the_second_word() -> None:
    # starmer-netanyahu 2024-07-07 -> 2024-09-07 (dev): "ceasefire" is said once in each
    # readout; the wordings around it share nothing else, the list members after them do.
    assert ("changed", "need for a ceasefire, the return of hostages",
            "secure a ceasefire and the release of hostages") in fates("starmer-netanyahu__2024-07-07")  # fmt: skip


def test_list_members_sharing_no_telling_word_pair_nothing() -> None:
    assert changed(
        A.format("the urgent need for a ceasefire, the return of the displaced and new elections"),
        B.format("efforts to secure a ceasefire and the reopening of border crossings"),
    ) == []  # fmt: skip


def test_a_sentence_of_two_list_members_is_one_line_reworded() -> None:
    assert changed(
        A.format("the urgent need for a ceasefire, the return of hostages"),
        B.format("efforts to secure a ceasefire and the release of hostages"),
    ) == [("need for a ceasefire, the return of hostages",
           "secure a ceasefire and the release of hostages")]  # fmt: skip


def test_the_list_stops_at_other_punctuation_and_clause_words() -> None:
    # A semicolon, and "that" (another clause), end the members a wording runs on into.
    for first in (
        "a ceasefire; the return of hostages",
        "a ceasefire that would protect civilians",
    ):
        assert changed(
            A.format(f"the urgent need for {first}"),
            B.format("efforts to secure a ceasefire and the release of hostages and the protection of civilians"),
        ) == []  # fmt: skip


def test_the_list_members_mirror_when_the_readouts_are_swapped() -> None:
    assert ("changed", "secure a ceasefire and the release of hostages",
            "need for a ceasefire, the return of hostages") in fates("starmer-netanyahu__2024-07-07", swap=True)  # fmt: skip
