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
    the lexicon's formula (A line 6) first, then the mined ones in A's order (lines 4, 5)."""
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
    assert dropped == [6, 4, 5]


def test_a_change_of_governing_words_is_read_at_the_sighting_closest_to_the_other_side() -> None:
    """The samples: A says the Treaty twice, "officially deciding to extend the China-Russia
    Treaty …" (A 4.2, left unpaired) and "will hail the 20th anniversary of the signing of the
    China-Russia Treaty …" (A 6.1, which the aligner pairs with B 7.4 for its paragraph). B 7.4,
    "officially announced the renewal of the Treaty …", reads closer to A 4.2 (the aligner's
    score of the two sentences on their own: 0.321 against 0.278), so the change is read there;
    swapped, the same two wordings, at the same places. No eval pair, outside pair or the 500 KB
    corpus moves (benchmarks/README.md, u64)."""
    a = load(ROOT / "samples" / "2021-06-28-xi-putin.txt")
    b = load(ROOT / "samples" / "2021-12-15-xi-putin.txt")
    for old, new in ((a, b), (b, a)):
        comparison = compare(old, new)
        (change,) = [f for f in comparison.formulas if f.id == "good-neighbor-treaty/context"]
        words = {
            side: text
            for side, text in ((old, change.a_text), (new, change.b_text))
            if text is not None
        }
        assert words[a].startswith("officially deciding to extend the China-Russia Treaty")
        assert words[b].startswith("officially announced the renewal of the Treaty")
        spans = change.a_spans if old is a else change.b_spans
        assert a.text[spans[0].start : spans[0].end] == words[a]
        assert [
            s.span.line for s in a.sentences if s.span.start <= spans[0].start < s.span.end
        ] == [4]
    (key,) = [k for k in key_changes(compare(a, b)) if k.formula == "good-neighbor-treaty"]
    assert "(A line 4, sentence 2) → “officially announced the renewal" in key.summary
