"""naming.anchor_names keeps the last comparison's names: asked again it answers the same,
a caller's change to its answer does not leak, and another comparison gets its own names."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.naming import anchor_names, said_as_each

ROOT = Path(__file__).resolve().parent.parent
A, B = (
    load(ROOT / p) for p in ("samples/2021-06-28-xi-putin.txt", "samples/2021-12-15-xi-putin.txt")
)


def test_names_kept_for_the_same_comparison_only() -> None:
    forward, backward = compare(A, B), compare(B, A)
    first = anchor_names(forward)
    assert any(f.anchor for f in forward.formulas)
    first["spoiled"] = "x"
    again = anchor_names(forward)
    assert "spoiled" not in again
    del first["spoiled"]
    assert again == first
    other = anchor_names(backward)
    names = {f.id: f.a_text or f.b_text or f.id for f in backward.formulas if f.anchor is None}
    wanted = [f.anchor for f in backward.formulas if f.anchor and f.anchor not in names]
    names.update(said_as_each(dict.fromkeys(wanted), (backward.b.text, backward.a.text)))
    assert other == names and other != first
