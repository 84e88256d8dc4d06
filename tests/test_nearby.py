"""Where the aligner put the sentences of one comparison (formulas/linking/nearby.py), read in
one pass for every rule that looks near a sentence, on real pairs."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas.linking import nearby
from readoutdiff.ingest import load

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EVAL = SAMPLES.parent / "eval" / "formulas"
PAIR = (SAMPLES / "2021-06-28-xi-putin.txt", SAMPLES / "2021-12-15-xi-putin.txt")


def test_one_reading_of_the_pairs_gives_what_each_rule_read_alone() -> None:
    """``nearby.placement`` reads the pairs once for twins, slots, standing and open_sentences;
    each part is what those read themselves before, on the samples and on a real pair where
    the aligner merged sentences, both ways."""
    a, b = (load(path) for path in PAIR)
    c, d = (load(EVAL / f"biden-albanese__{day}__wh.txt") for day in ("2022-11-13", "2023-03-13"))
    merged = 0
    for x, y in ((a, b), (b, a), (c, d), (d, c)):
        pairs = [p for p in compare(x, y).alignments if p.a and p.b]
        merged += sum(len(p.a) + len(p.b) > 2 for p in pairs)
        placed = nearby.placement(pairs)
        marks = sorted(
            mark
            for p in pairs
            for mark in {(p.a[0].index, p.b[0].index), (p.a[-1].index, p.b[-1].index)}
        )
        assert placed.anchors == nearby._anchors(pairs)
        assert placed.mirrored == sorted((j, i) for i, j in placed.anchors)
        assert placed.marks == marks
        assert placed.marks_mirrored == sorted((j, i) for i, j in marks)
        assert placed.held == (
            frozenset(s.index for p in pairs for s in p.a),
            frozenset(t.index for p in pairs for t in p.b),
        )
    assert merged  # a pair of more sentences: the anchors cross its first and last


def test_marks_of_one_sentence_pairs_sorted_by_their_sentence_as_by_the_pair() -> None:
    """Pairs of one sentence a side only (the 500 KB corpus pair's every pair) are sorted by
    their sentence alone (sp76): the same marks, anchors and mirrored marks as the tuples
    sorted whole, whatever order the pairs come in."""
    a, b = (load(path) for path in PAIR)
    c, d = (load(EVAL / f"biden-albanese__{day}__wh.txt") for day in ("2022-11-13", "2023-03-13"))
    for x, y in ((a, b), (b, a), (c, d), (d, c)):
        singles = [p for p in compare(x, y).alignments if len(p.a) == 1 and len(p.b) == 1]
        assert len(singles) >= 2
        marks = sorted((p.a[0].index, p.b[0].index) for p in singles)
        for pairs in (singles, singles[::-1]):
            placed = nearby.placement(pairs)
            assert placed.marks == placed.anchors == marks
            assert placed.mirrored == placed.marks_mirrored == sorted((j, i) for i, j in marks)
            assert not placed.wide
