"""The aligner reads a sentence both readouts hold once (one ``SideMemo`` for both sides) and
scores a pair of sentence texts once (``Scorer.pair``): the same sides and the same scores as
reading and scoring every copy afresh (the slow path), on real readouts that repeat sentences."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.align.similarity import Scorer, Side, new_side_memo
from readoutdiff.ingest import from_text

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _sentences():  # type: ignore[no-untyped-def]
    first, second = sorted(EVAL.glob("biden-albanese__*.txt"))[:2]
    a, b = (path.read_text(encoding="utf-8") for path in (first, second))
    # Each readout twice over, and B holding half of A: copies within and across the sides.
    return (
        from_text(a + "\n" + a).sentences,
        from_text(b + "\n" + a[: len(a) // 2] + "\n" + b).sentences,
    )


def test_sides_read_with_one_memo_equal_sides_read_alone() -> None:
    a, b = _sentences()
    memo = new_side_memo()
    shared = Side(a, memo), Side(b, memo)
    alone = Side(a), Side(b)
    assert {s.folded for s in a} & {s.folded for s in b}  # some sentence on both sides
    for one, other in zip(shared, alone, strict=True):
        assert one.folded == other.folded and one.lengths == other.lengths
        words = [list(map(side.sentence_words, range(side.size))) for side in (one, other)]
        assert words[0] == words[1] and one.stems == other.stems
        assert (one.lines, one.titled, one.size) == (other.lines, other.titled, other.size)
    # A's copy of its first line shares its stem count (the words are no longer kept: cli8)
    assert shared[0].stems[0] is shared[0].stems[len(a) // 2]
    assert shared[0].folded[0] is shared[0].folded[len(a) // 2]


def test_remembered_pair_scores_equal_fresh_ones() -> None:
    a, b = _sentences()
    memo = new_side_memo()
    scorer = Scorer(Side(a, memo), Side(b, memo))
    fresh = Scorer(Side(a), Side(b))
    assert scorer.weight == fresh.weight
    assert scorer.a_mass == fresh.a_mass and scorer.b_mass == fresh.b_mass
    scored = 0
    for i in range(len(a)):
        for j in range(0, len(b), 3):
            remembered = scorer.pair(i, j)
            assert remembered == fresh.group((i,), (j,)) == scorer.pair(i, j)
            scored += 1
    assert len(scorer._pairs) < scored  # copies were scored once
    assert any(scorer.pair(i, j) == 1.0 for i in range(len(a)) for j in range(len(b)))


def test_shared_weight_sums_the_same_terms_in_the_same_order_as_the_plain_loop() -> None:
    a, b = _sentences()
    scorer = Scorer(Side(a), Side(b))
    checked = 0
    for i in range(0, len(a), 2):
        for j in range(0, len(b), 2):
            x, y = scorer.a.stems[i], scorer.b.stems[j]
            if len(x) > len(y):  # the shorter count is walked, as before
                x, y = y, x
            plain = sum(
                min(count, y[stem]) * scorer.weight[stem] for stem, count in x.items() if stem in y
            )
            assert scorer._shared(x, y) == plain  # equal floats, bit for bit
            checked += bool(plain)
    assert checked > 50
