"""Branch u64's walk: the views' loose ends u63 left, and what a new user meets."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.keys.key_changes import key_changes

ROOT = Path(__file__).resolve().parent.parent
FORMULAS = ROOT / "eval" / "formulas"


def test_passages_told_in_the_key_changes_read_in_the_readouts_order() -> None:
    """putin-mirziyoyev 2025-02-21 → 05-03 (Russian dev): the two added passages the key
    changes tell were listed B line 5, then B line 4 (the longer first); the two longest are
    still the ones told, now in B's order. The drops above them keep their documented rank:
    the lexicon's formula (A line 6) first, then the mined ones, the passage its formulas
    cover more of first (kc4: lines 5, 4)."""
    comparison = compare(
        load(FORMULAS / "putin-mirziyoyev__2025-02-21__kremlin.txt"),
        load(FORMULAS / "putin-mirziyoyev__2025-05-03__kremlin.txt"),
    )
    keys = key_changes(comparison)
    places = [
        (
            key.kind,
            key.a_place.line if key.a_place else None,
            key.b_place.line if key.b_place else None,
        )
        for key in keys
    ]
    added = [b for kind, _, b in places if kind == "passage-added"]
    assert added == [4, 5]
    dropped = [a for kind, a, _ in places if kind != "passage-added"]
    assert dropped == [6, 4, 5]  # ux14: after the lead, drops of one kind in reading order
