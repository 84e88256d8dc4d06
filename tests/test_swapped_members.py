"""Two members of a lexicon wording swapped (formulas/matching/wordings.py): one formula, on a
real pair of the evaluation set with default options."""

from __future__ import annotations

from eval_pairs import fates as _default

from readoutdiff.formulas.matching.wordings import patterns
from readoutdiff.model import Entry


def test_two_members_swapped_around_a_shared_head_are_one_formula() -> None:
    # biden-abdullah 2024-07-26 -> 2024-08-05: "a hostage release and ceasefire deal" / "an
    # immediate ceasefire and hostage release deal" (the built-in "ceasefire and hostage
    # release deal"): one formula, reordered, with "immediate" put in before its list (changed,
    # as the hand list says, since formulas/entries/grown_lists.py), and what governs it changed.
    found = _default("biden-abdullah__2024-07-26")
    assert ("changed", "hostage release and ceasefire deal",
            "immediate ceasefire and hostage release deal") in found  # fmt: skip
    assert ("appeared", None, "ceasefire and hostage release deal") not in found
    assert [f for f in found if f[0] == "changed" and "immediate ceasefire" in (f[2] or "")]


def test_two_members_swapped_without_a_head_are_one_formula() -> None:
    keys = patterns(Entry(id="x", text="sovereignty and territorial integrity"))
    assert ("territorial", "integrity", "and", "sovereignty") in keys
    assert len(patterns(Entry(id="y", text="support for the Ukrainian people and its army"))) == 1
