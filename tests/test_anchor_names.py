"""naming.anchor_names depends on its comparison alone (no state kept between calls), the
names a view passes to key_changes give the key changes it would look up itself, and a name
asked for alone (naming.AskedNames) is the one anchor_names gives."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import formula_eval

from readoutdiff import compare, load
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.formulas.keys.naming import AskedNames, anchor_names, said_as_each

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


def test_each_name_asked_alone_is_the_one_the_whole_walk_gives() -> None:
    # fold2: anchor_names (every name at once, as the text, Markdown and HTML views and check
    # ask) and AskedNames (a name when asked, as the JSON's key changes ask) are one
    # resolution (AskedNames._resolve) run on all ids or one; rev4's bug was the two ways
    # drifting apart. Every dev pair and every pair of the outside tuning part, A to B (all
    # of them: about ten seconds of compare(), the names themselves a fraction of one):
    # each name asked alone, the last formula's first, is the one of the whole walk, in the
    # whole walk's order, and the key changes name their formulas the same either way.
    pairs = [
        *formula_eval.load_pairs(ROOT / "eval" / "formulas", split="dev"),
        *formula_eval.load_pairs(ROOT / "eval" / "outside", split="dev"),
    ]
    steps = Counter[int]()
    for pair in pairs:
        comparison = compare(load(pair.a_path), load(pair.b_path))
        whole = anchor_names(comparison)
        asked = AskedNames(comparison)
        ids = [i for f in reversed(comparison.formulas) for i in (f.anchor, f.id) if i]
        assert {i: asked.get(i) for i in ids} == {i: whole.get(i) for i in ids}, pair.name
        steps.update(by[0] for by in asked._found_by.values())
        assert dict(asked) == whole and list(asked) == list(whole), pair.name
        assert key_changes(comparison) == key_changes(comparison, whole), pair.name
    assert len(pairs) >= 238  # 213 dev + 41 tuning when written; both sets only grow
    # names found by every step: the wordings around, a readout's text, a Chinese clause
    assert steps[0] and steps[1] and steps[2], steps
