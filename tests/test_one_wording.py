"""A lexicon formula matched in two of its wordings, where one side also says the other side's
wording over the same words, is *persisted* (``linking.kept_wordings.one_wording``), on real dev pairs of
the evaluation set; a wording grown inside the other stays *changed*."""

from __future__ import annotations

import pytest
from eval_pairs import fates


@pytest.mark.parametrize("swap", [False, True])
def test_the_other_sides_wording_said_over_the_match_is_kept(swap: bool) -> None:
    # Harris-Herzog (White House, dev): "… focused on securing the release of all hostages …" /
    # "… efforts to secure the release of all hostages held by Hamas …": the longest match took
    # "release of all hostages held by Hamas" in B, so the formula read as changed; the hand
    # list says persisted, and B says A's wording (secure/securing) over those words.
    found = fates("harris-herzog__2024-01-08", swap=swap)
    kept = ("securing the release of all hostages", "secure the release of all hostages")
    assert ("persisted", *(kept[::-1] if swap else kept)) in found
    changed = ("securing the release of all hostages", "release of all hostages held by Hamas")
    assert ("changed", *(changed[::-1] if swap else changed)) not in found


def test_a_wording_grown_inside_stays_changed() -> None:
    # Biden-Tamim (White House, dev): "release of all remaining hostages held by Hamas" /
    # "immediate release of all remaining hostages held by Hamas": B holds A's wording whole
    # inside its own; the hand list says changed.
    found = fates("biden-tamim__2023-12-26")
    grown = ("release of all remaining hostages held by Hamas",) * 2
    assert ("changed", grown[0], "immediate " + grown[1]) in found


def test_a_new_verb_governing_a_formula_is_still_a_change() -> None:
    # Biden-von der Leyen (White House, dev): "tackle the climate crisis" / "taking steps to
    # address the climate crisis": the verb that governs the formula changed (the hand list's
    # change).
    found = fates("biden-von-der-leyen__2021-03-05")
    assert (
        "changed",
        "tackle the climate crisis",
        "taking steps to address the climate crisis",
    ) in found
