"""A formula only one side reports, linked to the wording that took its place in the other
readout (branch acc20), on real dev pairs of the evaluation set (White House, Harris-Marcos)."""

from __future__ import annotations

import pytest
from eval_pairs import fates

CASES = {
    # 2023-09-06: A's "reaffirmed the United States’ ironclad alliance commitment to the
    # Philippines" is said again in a B sentence far down the readout, "reaffirmed the United
    # States’ defense commitment to the Philippines"; B's "the strength of the alliance between
    # the United States and the Philippines" shares as many words but not the head noun,
    # "commitment": of two places scored alike, the one keeping the head wins (slots._best).
    "harris-marcos__2023-09-06": (
        "United States’ ironclad alliance commitment to the Philippines",
        "United States’ defense commitment to the Philippines",
    ),
    # 2023-05-02: B's "ironclad alliance commitment to the Philippines" stands in A as
    # "reiterated the United States commitment to the defense of the Philippines". The head,
    # "commitment", is said on both sides, so the name its complement ends on ("Philippines")
    # is part of the wording, not a name after it that stops the run (mutation._joined).
    "harris-marcos__2023-05-02": (
        "United States commitment to the defense of the Philippines",
        "United States’ ironclad alliance commitment to the Philippines",
    ),
}


@pytest.mark.parametrize("swap", [False, True])
@pytest.mark.parametrize("pair", sorted(CASES))
def test_the_hand_lists_change_not_a_half(pair: str, swap: bool) -> None:
    found = fates(pair, swap=swap)
    wordings = CASES[pair][::-1] if swap else CASES[pair]
    assert ("changed", *wordings) in found
    assert not any(status in ("dropped", "appeared") and "ironclad" in (a or b or "")
                   for status, a, b in found)  # fmt: skip
