"""A head swapped before a complement both sides keep is one *changed* entry
(``formulas/succession/kept_complement.py``), on real dev pairs of the evaluation set; an
infinitive after "to" and a vague measure ("a range of") make none."""

from __future__ import annotations

import pytest
from eval_pairs import fates

from readoutdiff.compare import compare
from readoutdiff.ingest import from_text

EBRARD = (
    "continued cooperation between the United States and Mexico",
    "coordinated efforts between the United States and Mexico",
)


@pytest.mark.parametrize("swap", [False, True])
def test_a_head_swapped_before_a_kept_complement_is_a_change(swap: bool) -> None:
    # Blinken-Ebrard (State Department, dev): "… continued cooperation between the United
    # States and Mexico on a variety of issues" / "… coordinated efforts between the United
    # States and Mexico …": the hand list's change, named by the words both keep.
    found = fates("blinken-ebrard__2021-06-02", swap=swap)
    assert ("changed", *(EBRARD[::-1] if swap else EBRARD)) in found


def test_an_infinitive_after_to_is_no_complement() -> None:
    # Biden-Kishida (White House, dev): "they committed to work together closely" / "… resolved
    # to work …": a verb after "to", no head of a formula; no change is made of it.
    found = fates("biden-kishida__2023-08-18")
    assert not any(a and "committed to work" in a for _, a, _ in found)


def test_a_vague_measure_heads_no_formula() -> None:
    # "a range of global issues" / "a number of global issues": a measure swapped, no formula
    # (the same sentence with "a review of" / "a survey of" is one).
    said = "They upheld the rules-based international order and, after long talks, began a {} of global issues."
    measured = compare(from_text(said.format("range")), from_text(said.format("number")))
    assert not any(f.id.startswith("mined:of-global-issue") for f in measured.formulas)
    reviewed = compare(from_text(said.format("review")), from_text(said.format("survey")))
    assert ("changed", "review of global issues", "survey of global issues") in [
        (f.status.value, f.a_text, f.b_text) for f in reviewed.formulas
    ]
