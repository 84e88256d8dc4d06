"""The windows of the open sentences read once per comparison for ``standing`` and the unpaired
rules (branch sp69, ``formulas/linking/open_windows.py``): on real readouts, the unpaired rules'
near sentences read with ``Comparing.windowed`` are those they read with their own windows, and
the two groups read their windows off the same marks whenever ``same_marks`` says so."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas.linking.comparing import Comparing
from readoutdiff.formulas.linking.open_sentences import layout, near_pairs, runs_of
from readoutdiff.formulas.linking.open_windows import same_marks
from readoutdiff.formulas.linking.twins import WITHIN
from readoutdiff.ingest import load
from readoutdiff.model import Alignment, Status

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
NAMES = (
    ("biden-duda__2022-03-04__wh", "biden-duda__2022-03-26__wh"),
    ("biden-albanese__2022-11-13__wh", "biden-albanese__2023-03-13__wh"),
    ("blinken-stoltenberg__2022-04-06__state", "blinken-stoltenberg__2022-05-14__state"),
)
PAIRS = (
    (ROOT / "samples" / "2021-06-28-xi-putin.txt", ROOT / "samples" / "2021-12-15-xi-putin.txt"),
    *((EVAL / f"{a}.txt", EVAL / f"{b}.txt") for a, b in NAMES),
)
"""The samples' pair and three of the evaluation set, two of them with an aligned pair of
several sentences (the marks are the anchors there only once the crossings are merged)."""


def test_the_windows_read_once_give_the_unpaired_rules_their_near_sentences() -> None:
    wide = 0
    for path_a, path_b in PAIRS:
        a, b = load(path_a), load(path_b)
        comparing = Comparing([x for x in compare(a, b).alignments if x.a and x.b])
        placed = comparing.placement()
        na, nb = len(a.sentences), len(b.sentences)
        assert same_marks(placed)
        assert placed.anchors == placed.marks and placed.mirrored == placed.marks_mirrored
        wide += placed.mirrored is not placed.marks_mirrored  # told by the lists compared
        opened = layout(placed, na, nb, comparing.opened(na, nb))
        xs, ys = opened.open_a, opened.open_b
        read = runs_of(opened, xs, ys)
        windows = comparing.windowed(na, nb, WITHIN)
        assert sorted(windows) == list(xs)
        near = near_pairs(opened, xs, ys, read, windows)
        assert near == near_pairs(opened, xs, ys, read)
        assert any(near.values())  # some open sentences stand near each other
        assert comparing.windowed(na, nb, WITHIN) == windows  # unchanged by the copy's runs
    assert wide == 2


def test_marks_that_a_wide_pair_crosses_are_no_anchors_of_the_unpaired_rules() -> None:
    """A pair of two sentences a side adds its crossings to the anchors: ``same_marks`` is then
    False and the unpaired rules read their own windows."""
    a = load(PAIRS[0][0])
    b = load(PAIRS[0][1])
    pairs = [x for x in compare(a, b).alignments if x.a and x.b]
    first = next(k for k, pair in enumerate(pairs) if len(pair.a) == len(pair.b) == 1)
    second = first + 1
    one, two = pairs[first], pairs[second]
    joined = Alignment(
        status=Status.CHANGED, a=(*one.a, *two.a), b=(*one.b, *two.b), score=one.score
    )
    placed = Comparing([*pairs[:first], joined, *pairs[second + 1 :]]).placement()
    assert placed.anchors != placed.marks
    assert not same_marks(placed)
