"""Where the aligner put the sentences, read once for formulas/unpaired/owned.py and framed.py
(formulas/linking/open_sentences.py), on a real pair of the evaluation set."""

from __future__ import annotations

from pathlib import Path

from test_twins import moved_opening

from readoutdiff.compare import compare
from readoutdiff.formulas.linking.nearby import placement
from readoutdiff.formulas.linking.open_sentences import LONGEST, layout, near_pairs, readable
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text, load
from readoutdiff.model import Alignment, Readout, Status

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _pair() -> tuple[Readout, Readout, list[Alignment]]:
    a = load(EVAL / "blinken-stoltenberg__2022-04-06__state.txt")
    b = load(EVAL / "blinken-stoltenberg__2022-05-14__state.txt")
    pairs = [x for x in compare(a, b).alignments if x.a and x.b]
    return a, b, pairs


def test_sentences_aligned_without_change_are_not_open() -> None:
    a, b, pairs = _pair()
    placed = layout(placement(pairs), len(a.sentences), len(b.sentences))
    same_a = {s.index for x in pairs if x.status is Status.UNCHANGED for s in x.a}
    assert same_a, "the pair keeps some sentences unchanged"
    assert not same_a & set(placed.open_a)
    assert set(placed.open_a) | same_a == set(range(len(a.sentences)))


def test_a_changed_pair_is_near_and_far_sentences_are_not() -> None:
    a, b, pairs = _pair()
    placed = layout(placement(pairs), len(a.sentences), len(b.sentences))
    changed = [x for x in pairs if x.status is Status.CHANGED]
    x, y = changed[0].a[0].index, changed[0].b[0].index
    near = near_pairs(placed, placed.open_a, placed.open_b)
    assert y in near[x]
    # Both unpaired sentences that say the war (A 4, B 4) stand near each other.
    assert 4 in near[4]
    # The opening of one readout and the end of the other are not near (biden-modi
    # 2022-05-24, 23 sentences, against 2023-02-14, 5 sentences).
    a = load(EVAL / "biden-modi__2022-05-24__wh.txt")
    b = load(EVAL / "biden-modi__2023-02-14__wh.txt")
    pairs = [x for x in compare(a, b).alignments if x.a and x.b]
    placed = layout(placement(pairs), len(a.sentences), len(b.sentences))
    near = near_pairs(placed, placed.open_a, placed.open_b)
    assert len(b.sentences) - 1 not in near[0]


def test_a_sentence_longer_than_any_readout_s_is_not_read() -> None:
    # A line of 2 MB with no full stop is one "sentence": pairing its phrases with each other
    # would be quadratic; a real readout sentence (78 words at most on the evaluation set) is read.
    line = "their commitment to the people of Ukraine and Russia’s brutal war, " * 40
    readout = from_text(line + "\n\nTheir commitment to the people of Ukraine stands.")
    view = View(readout=readout, words=readout_words(readout), by_sentence={})
    assert len(view.words[0].stems) > LONGEST
    assert readable(view, [0, 1]) == [1]


def test_one_rewritten_passage_is_near_when_a_pair_before_it_moved() -> None:
    """The rules reading unpaired sentences (owned, framed) see A's and B's sentences of one
    rewritten passage as near, though a pair before it moved (one pair fewer stands before
    the passage in B) and the two are too far from the pair before them for a window."""
    a, b = moved_opening()
    pairs = [x for x in compare(a, b).alignments if x.a and x.b]
    placed = layout(placement(pairs), len(a.sentences), len(b.sentences))
    near = near_pairs(placed, [8], [7])
    assert near == {8: {7}}, "A's 7th sentence of the passage, B's 7th"
    assert near_pairs(placed, [8], [len(b.sentences) - 1]) == {8: set()}, "the moved opening"
