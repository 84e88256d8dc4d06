"""A frame said once on each side of one rewritten passage, its object said in other words
(formulas/unpaired/gap_frames.py), on real pairs of the evaluation set with default options and
on real readout sentences."""

from __future__ import annotations

from eval_pairs import fates
from sentence_pairs import changed


def test_a_frame_said_once_in_one_passage_is_one_line_reworded() -> None:
    # biden-tamim 2024-01-26 -> 2024-02-09: both sentences paired with nothing, the objects
    # share no word (framed.py needs one).
    assert ("changed", "urgency of the situation",
            "urgency of bringing negotiations to a close") in fates("biden-tamim__2024-01-26")  # fmt: skip


def test_the_change_mirrors_when_the_readouts_are_swapped() -> None:
    assert ("changed", "urgency of bringing negotiations to a close",
            "urgency of the situation") in fates("biden-tamim__2024-01-26", swap=True)  # fmt: skip


A = "They met in Washington.\n\nThe leaders discussed {}.\n\nThey agreed to stay in close touch."
B = "They met in Washington.\n\nThe President also underscored {}.\n\nThey agreed to stay in close touch."


def test_a_stock_frame_with_another_object_is_two_lines() -> None:
    # After the United Kingdom's readouts: "support for" is said of many lines.
    assert changed(
        A.format("strong support for continuing the accession process with countries in this region"),
        B.format("continued support for political and economic stability in Northern Ireland"),
    ) == []  # fmt: skip


def test_a_frame_said_twice_on_one_side_pairs_nothing() -> None:
    assert changed(
        A.format("the urgency of the situation and the urgency of the hostage talks"),
        B.format("the urgency of bringing negotiations to a close as soon as possible"),
    ) == []  # fmt: skip


def test_to_before_a_noun_phrase_frames_its_object() -> None:
    # biden-abdullah 2024-04-14 -> 2024-05-06: "… assistance to Gaza and to find a path …"
    # ends before its second clause.
    assert ("changed", "critical humanitarian assistance to Gaza",
            "life-saving humanitarian assistance to Palestinian civilians in Gaza"
            ) in fates("biden-abdullah__2024-04-14")  # fmt: skip


def test_to_before_a_verb_frames_nothing() -> None:
    # After starmer-albanese 2024-07-06 (dev): "looked forward to" a call / a partnership.
    assert changed(
        A.format("trade at length; the Prime Minister looked forward to speaking again soon"),
        B.format("that both sides looked forward to the work of the Climate and Energy Partnership"),
    ) == []  # fmt: skip
