"""A formula only one side reports, linked to the wording that took its place in the other
readout (branch acc20), on real dev pairs of the evaluation set."""

from __future__ import annotations

import pytest
from eval_pairs import fates

MARCOS = (
    "United States’ ironclad alliance commitment to the Philippines",
    "United States’ defense commitment to the Philippines",
)


@pytest.mark.parametrize("swap", [False, True])
def test_the_place_that_keeps_the_head_noun_wins_a_tie(swap: bool) -> None:
    # Harris-Marcos (White House, dev): A's "reaffirmed the United States’ ironclad alliance
    # commitment to the Philippines" is said again in a B sentence far down the readout,
    # "reaffirmed the United States’ defense commitment to the Philippines"; B's "the strength
    # of the alliance between the United States and the Philippines" shares as many words but
    # not the head noun, "commitment": the hand list's change, not a formula dropped.
    found = fates("harris-marcos__2023-09-06", swap=swap)
    assert ("changed", *(MARCOS[::-1] if swap else MARCOS)) in found
    assert not any(status in ("dropped", "appeared") and "ironclad" in (a or b or "")
                   for status, a, b in found)  # fmt: skip


DEFENSE = (
    "United States commitment to the defense of the Philippines",
    "United States’ ironclad alliance commitment to the Philippines",
)


@pytest.mark.parametrize("swap", [False, True])
def test_a_name_after_the_head_both_keep_belongs_to_the_rewording(swap: bool) -> None:
    # Harris-Marcos (White House, dev): B's "ironclad alliance commitment to the Philippines"
    # stands in A as "reiterated the United States commitment to the defense of the
    # Philippines". The head, "commitment", is said on both sides, so the name its complement
    # ends on ("Philippines") is part of the wording, not a name after it that stops the run.
    found = fates("harris-marcos__2023-05-02", swap=swap)
    assert ("changed", *(DEFENSE[::-1] if swap else DEFENSE)) in found
