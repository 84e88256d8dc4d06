"""A one-sided formula whose aligned passage shares its edge words and goes on differently is
one *changed* entry (``formulas/linking/diverging.py``), on real dev pairs of the evaluation set;
a chance meeting of names and stop words links nothing."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from readoutdiff.compare import compare
from readoutdiff.formulas import tracking
from readoutdiff.ingest import load

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"

Fate = tuple[str, str | None, str | None]


def _pair_fates(name: str, *, swap: bool = False) -> list[Fate]:
    """Fates of the dev pair ``name`` (its pair file names the two readouts)."""
    data = tomllib.loads((EVAL / "pairs" / f"{name}.toml").read_text("utf-8"))
    first, second = load(EVAL / data["a"]), load(EVAL / data["b"])
    if swap:
        first, second = second, first
    return [(f.status.value, f.a_text, f.b_text) for f in compare(first, second).formulas]


@pytest.mark.parametrize("swap", [False, True])
def test_a_shared_governing_verb_with_another_object_is_a_change(swap: bool) -> None:
    # Blinken-Kuleba (State Department, dev): "… U.S. security assistance to Ukraine as it
    # defends its sovereignty and territorial integrity in the face of Russia's …" / "… U.S.
    # assistance to Ukraine as it defends itself against Russia's …": the hand list's change,
    # both ways round.
    fates = _pair_fates("blinken-kuleba__2022-05-27", swap=swap)
    change = ("defends its sovereignty and territorial integrity", "defends itself")
    assert ("changed", *(change[::-1] if swap else change)) in fates
    one_sided = ("appeared", None, change[0]) if swap else ("dropped", change[0], None)
    assert one_sided not in fates


def test_a_shared_object_with_another_head_is_a_change(monkeypatch: pytest.MonkeyPatch) -> None:
    # Starmer-Frederiksen (gov.uk, dev): "his steadfast commitment to supporting Ukraine for as
    # long as it takes" / "the importance of supporting Ukraine's forces for the long term": the
    # formula's last words said again after another head; the wording stops at the reporting
    # verb before it and leaves out the possessive ending.
    fates = _pair_fates("starmer-frederiksen__2025-01-20")
    # the change overlaps the line's other change ("supporting Ukraine for as long as it
    # takes" → "supporting Ukraine's forces for the long term"): the two are one entry, the
    # line (told_once.lines_joined, branch dup3), each wording inside it
    assert (
        "changed",
        "steadfast commitment to supporting Ukraine for as long as it takes",
        "importance of supporting Ukraine’s forces for the long term",
    ) in fates
    assert ("dropped", "steadfast commitment to supporting Ukraine", None) not in fates
    # the rule's own entry, before the stage's last fold
    monkeypatch.setattr(tracking, "lines_joined", lambda formulas, *_: tuple(formulas))
    assert (
        "changed",
        "steadfast commitment to supporting Ukraine",
        "importance of supporting Ukraine",
    ) in _pair_fates("starmer-frederiksen__2025-01-20")


def test_shared_names_and_stop_words_link_nothing() -> None:
    # Blinken-Wong (State Department, dev): "… to advance a free and open Indo-Pacific and to
    # strengthen …" / "… freedom across the Indo-Pacific through …" share a name alone: the
    # formula stays dropped, as the hand list has it.
    fates = _pair_fates("blinken-wong__2022-05-23")
    assert ("dropped", "free and open Indo-Pacific", None) in fates
    assert not [f for f in fates if f[0] == "changed" and f[1] == "free and open Indo-Pacific"]


def test_a_formula_the_other_wording_holds_does_not_claim_the_place() -> None:
    # Biden-Trudeau (White House, dev): "… and global leadership to address the pressing
    # challenge of climate change." / "… to demonstrate global leadership on the climate
    # crisis …": A's "pressing challenge of climate change" is told elsewhere, and lies wholly
    # inside the wording that takes B's formula's place.
    fates = _pair_fates("biden-trudeau__2021-01-22")
    assert (
        "changed",
        "leadership to address the pressing challenge of climate change",
        "leadership on the climate crisis",
    ) in fates
    assert ("appeared", None, "leadership on the climate crisis") not in fates


@pytest.mark.parametrize("swap", [False, True])
def test_a_list_said_again_with_other_members_is_a_change(swap: bool) -> None:
    # Blinken-Bhutto Zardari (State Department, dev): "… ongoing engagement on trade and
    # investment, climate, energy, …" / "… discussed expanding partnership in climate,
    # investment, trade, and health …": the hand list's change; the other wording is the
    # list the two shared words stand in.
    fates = _pair_fates("blinken-bhutto-zardari__2022-05-06", swap=swap)
    change = ("engagement on trade and investment", "climate, investment, trade, and health")
    assert ("changed", *(change[::-1] if swap else change)) in fates
    one_sided = ("appeared", None, change[0]) if swap else ("dropped", change[0], None)
    assert one_sided not in fates


def test_qualifiers_put_otherwise_take_the_head_after_them() -> None:
    # Harris-Marcos (White House, dev): "the strength of our security and economic
    # partnership" / "further expanding our security, economic, and people-to-people ties".
    fates = _pair_fates("harris-marcos__2022-11-21")
    change = ("security and economic partnership", "security, economic, and people-to-people ties")
    assert ("changed", *change) in fates
    assert ("appeared", None, change[1]) not in fates


def test_shared_words_in_a_run_of_the_formula_are_no_scattered_list() -> None:
    # Biden-Kishida (White House, dev): "U.S.-Japan-ROK trilateral cooperation" / "accelerate
    # trilateral cooperation": the formula's own words in a run (another role, acc13), and the
    # capitalised "Trilateral Summit" counts for no shared word.
    fates = _pair_fates("biden-kishida__2023-11-16")
    assert not any(f[0] == "changed" and "trilateral cooperation" in (f[1] or "") for f in fates)


@pytest.mark.parametrize("swap", [False, True])
def test_a_relationship_renamed_between_the_same_parties_is_a_change(swap: bool) -> None:
    # Biden-Haitham (White House, the outside set's tuning part): "strengthening the U.S.-Oman
    # strategic partnership" / "strengthening the longstanding U.S.-Oman bilateral
    # relationship": the parties are all the two wordings share, and for a relationship they
    # are enough (the hand list's change, written before the tool ran).
    outside = EVAL.parent / "outside"
    first = load(outside / "biden-haitham__2023-03-07__wh.txt")
    second = load(outside / "biden-haitham__2023-11-10__wh.txt")
    first, second = (second, first) if swap else (first, second)
    fates = [(f.status.value, f.a_text, f.b_text) for f in compare(first, second).formulas]
    change = ("U.S.-Oman strategic partnership", "U.S.-Oman bilateral relationship")
    assert ("changed", *(change[::-1] if swap else change)) in fates
