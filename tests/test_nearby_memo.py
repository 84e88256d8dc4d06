"""``nearby.anchors`` keeps its last answer for the pairs it was asked of (twins, slots and
standing ask it of the same pairs): the answer is always that of the pairs asked of now."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas import nearby
from readoutdiff.ingest import load

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAIR = (SAMPLES / "2021-06-28-xi-putin.txt", SAMPLES / "2021-12-15-xi-putin.txt")


def test_anchors_are_those_of_the_pairs_asked_of() -> None:
    a, b = (load(path) for path in PAIR)
    pairs = [x for x in compare(a, b).alignments if x.a and x.b]
    other = [x for x in compare(b, a).alignments if x.a and x.b]
    assert len(pairs) > 5 and nearby._anchors(pairs) != nearby._anchors(other)
    first = nearby.anchors(pairs)
    assert first == nearby._anchors(pairs)
    assert nearby.anchors(list(pairs)) is first  # the same pairs in another list: kept
    assert nearby.anchors(other) == nearby._anchors(other)  # other pairs: their own
    assert nearby.anchors(pairs[:-1]) == nearby._anchors(pairs[:-1])  # one pair fewer
    assert nearby.anchors(pairs) == first
    again = [x for x in compare(a, b).alignments if x.a and x.b]  # equal pairs, not the same
    assert again == pairs and nearby.anchors(again) == first
