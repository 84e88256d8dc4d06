"""`benchmarks/english_fates.py` says why an English report's fate is wrong, and at what extent."""

from __future__ import annotations

import english_fates
from formula_eval import Event

from readoutdiff import compare
from readoutdiff.ingest import from_text

A = "The two leaders met in Ottawa on Monday.\n\nThey discussed tackling the climate crisis."
B = "The two leaders met in Ottawa on Monday.\n\nThey vowed to tackle the climate crisis together."


def test_extent_against_the_hand_wording() -> None:
    hand = Event("persisted", "secure the release of all hostages", "secure the release")
    assert english_fates.extent(Event("changed", hand.a, hand.b), hand) == "same extent"
    assert (
        english_fates.extent(Event("changed", "release of all hostages", None), hand) == "shorter"
    )
    longer = Event("changed", "to secure the release of all hostages now", None)
    assert english_fates.extent(longer, hand) == "longer"
    assert (
        english_fates.extent(Event("changed", "the release", "free them"), hand) == "other extent"
    )


def test_why_a_fate_is_wrong() -> None:
    comparison = compare(from_text(A), from_text(B))
    kept = Event("persisted", "the climate crisis", "the climate crisis")
    changed = Event("changed", "tackling the climate crisis", "tackle the climate crisis together")
    assert english_fates.why(comparison, changed, kept) == "kept formula reworded, said changed"
    # B keeps A's hand wording: a kept formula the tool read on one side only.
    dropped = Event("dropped", "the climate crisis", None)
    assert (
        english_fates.why(comparison, dropped, kept)
        == "kept formula said dropped (other side keeps it)"
    )
    assert english_fates.why(comparison, kept, changed) == "change said persisted"
    appeared = Event("appeared", None, "the climate crisis")
    assert english_fates.why(comparison, changed, appeared) == "wrong link (is appeared)"
    assert english_fates.why(comparison, appeared, dropped).startswith("side swapped")


def test_the_dev_classes_count_every_english_wrong_fate() -> None:
    # Each class item is a wrong fate of an English dev pair: none is noise, none is right.
    found = english_fates.classes(
        [p for p in english_fates.load_pairs(split="dev") if "harris-marcos" in p.name]
    )
    assert found and all(r.status != e.status for items in found.values() for _, r, e in items)


def test_a_repeat_whose_fate_agrees_is_no_wrong_fate() -> None:
    # rev10: biden-zelenskyy 2022-10-10 (dev) reports the persisted "holding Russia
    # accountable" twice; since sc2 the second is a repeat (not right), and english_fates
    # listed it as a wrong fate of a persisted event said persisted.
    found = english_fates.classes(
        [
            p
            for p in english_fates.load_pairs(split="dev")
            if p.name == "biden-zelenskyy__2022-10-10"
        ]
    )
    assert all(r.status != e.status for items in found.values() for _, r, e in items)
    assert not any(
        r.a == "holding Russia accountable" for items in found.values() for _, r, _ in items
    )
