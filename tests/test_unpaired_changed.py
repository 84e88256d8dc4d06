"""benchmarks/unpaired_changed.py: the missed changed events whose two sentences are both
unpaired, by what links them, on a real young dev pair; the units two wordings share."""

from __future__ import annotations

import formula_eval
import unpaired_changed

NAME = "xi-modi__2024-10-23"


def _pair() -> formula_eval.Pair:
    (pair,) = [p for p in formula_eval.load_pairs(split="dev") if p.name == NAME]
    return pair


def test_the_class_holds_only_events_with_both_sentences_unpaired() -> None:
    rows = [row for _, _, row in unpaired_changed.in_class([_pair()])]
    assert rows
    # a moved passage ("apart") or a gap: never one aligned pair
    assert all(row["gap"] in ("apart", "1 x 1", "<= 3 a side", "larger") for row in rows)
    assert {row["reported"] for row in rows} <= {
        "nothing", "one side, one-sided", "one side, taken by another change",
        "both, not linked", "linked, wrong fate or span",
    }  # fmt: skip


def test_two_wordings_sharing_a_core_are_linked_by_their_units() -> None:
    event = formula_eval.Event(
        "changed", "中国和印度同为文明古国、发展中大国", "中国和印度是两大东方文明古国"
    )
    assert unpaired_changed.link(event, chinese=True) == "half or more"
    english = formula_eval.Event(
        "changed", "reaffirmed their support for Ukraine", "reiterated their enduring support"
    )
    assert unpaired_changed.link(english, chinese=False) == "some"  # "support" of three
    assert unpaired_changed.said("support for Ukraine", "their support for Ukraine", False) == 1.0


def test_main_prints_the_tables(capsys) -> None:  # type: ignore[no-untyped-def]
    assert unpaired_changed.main(["--pair", NAME]) == 0
    out = capsys.readouterr().out
    assert "missed changed events both unpaired" in out and "| link |" in out
