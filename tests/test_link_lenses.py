"""`benchmarks/link_lenses.py` names the linking step that made each *changed* report."""

from __future__ import annotations

import link_lenses

from readoutdiff import compare
from readoutdiff.formulas.linking import slots, twins
from readoutdiff.ingest import from_text

# The slot linker's own example: B's sentence pairs with nothing, and only A has the formula.
A = (
    "They discussed the consequences of Russia's unprovoked and unjustified war against"
    " Ukraine.\n\nThey spoke of grain."
)
B = (
    "They spoke of grain.\n\nThe ministers, meeting in Berlin in the face of Russia's brutal and"
    " unprovoked war, set out a plan for exports by sea."
)


def test_a_slot_link_is_told_by_its_step_with_the_formulas_it_met() -> None:
    with link_lenses.steps_watched() as made:
        found = compare(from_text(A), from_text(B)).formulas
    changed = [f for f in found if f.status.value == "changed"]
    assert [f.b_text for f in changed] == ["Russia's brutal and unprovoked war"]
    step, met, evidence = made[changed[0].id]
    assert (step, evidence) == ("slots", 0)
    assert met >= 1  # A's formula at least, whatever B has of its own


def test_the_steps_are_given_back_after_the_block() -> None:
    find, link = slots.find, twins.link
    with link_lenses.steps_watched():
        assert slots.find is not find and twins.link is not link
    assert slots.find is find and twins.link is link


def test_the_size_buckets_meet_at_their_bounds() -> None:
    assert link_lenses.size(link_lenses.FEW) == "few"
    assert link_lenses.size(link_lenses.FEW + 1) == "some"
    assert link_lenses.size(link_lenses.MANY + 1) == "many"
