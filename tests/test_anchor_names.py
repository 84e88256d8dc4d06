"""naming.anchor_names depends on its comparison alone (no state kept between calls), and the
names a view passes to key_changes give the key changes it would look up itself."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.formulas.keys.naming import anchor_names, said_as_each

ROOT = Path(__file__).resolve().parent.parent
A, B = (
    load(ROOT / p) for p in ("samples/2021-06-28-xi-putin.txt", "samples/2021-12-15-xi-putin.txt")
)


def _looked_up(comparison):  # type: ignore[no-untyped-def]
    names = {f.id: f.a_text or f.b_text or f.id for f in comparison.formulas if f.anchor is None}
    wanted = [f.anchor for f in comparison.formulas if f.anchor and f.anchor not in names]
    names.update(said_as_each(dict.fromkeys(wanted), (comparison.b.text, comparison.a.text)))
    return names


def test_names_are_the_comparisons_own() -> None:
    forward, backward = compare(A, B), compare(B, A)
    first = anchor_names(forward)
    assert any(f.anchor for f in forward.formulas)
    first["spoiled"] = "x"
    again = anchor_names(forward)
    assert "spoiled" not in again
    assert again == _looked_up(forward)
    other = anchor_names(backward)
    assert other == _looked_up(backward) and other != again


def test_names_passed_to_key_changes_change_nothing() -> None:
    for comparison in (compare(A, B), compare(B, A)):
        assert key_changes(comparison, anchor_names(comparison)) == key_changes(comparison)
