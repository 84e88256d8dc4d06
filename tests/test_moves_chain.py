"""align.moves: the pairs kept in place are those of the heaviest chain increasing in A.

``mark_moves`` reads the best earlier chain off a staircase of chains; here a plain quadratic
search over every earlier pair, written from the rule alone, picks the same chain: on the
pairs the aligner makes for real readout pairs, and on drawn pair lists whose weights tie.
"""

from __future__ import annotations

import random
from operator import is_
from pathlib import Path

import pytest

from readoutdiff import from_text
from readoutdiff.align import align, pairing
from readoutdiff.align.groups import Pair, new_pair
from readoutdiff.align.moves import mark_moves
from readoutdiff.align.similarity import Scorer, Side

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def heaviest_chain(pairs: list[Pair], a_lengths: list[int], b_lengths: list[int]) -> set[int]:
    """Positions of the heaviest chain of pairs (in B order) whose A sentences rise: each
    chain weighs the sum of score times (length + 1) of its pairs; of equal weights, the
    chain ending on the later pair wins, at every step (so ties go as tuples compare)."""
    best: list[
        tuple[float, int]
    ] = []  # per position: (weight of the best chain ending there, position)
    previous: list[int] = []
    for position, pair in enumerate(pairs):
        before, before_end = 0.0, -1
        for earlier in range(position):
            if pairs[earlier].a[-1] < pair.a[0] and best[earlier] > (before, before_end):
                before, before_end = best[earlier]
        length = sum(a_lengths[i] for i in pair.a) + sum(b_lengths[i] for i in pair.b)
        best.append((before + pair.score * (length + 1), position))
        previous.append(before_end)
    chain: set[int] = set()
    position = max(best)[1] if best and max(best) > (0.0, -1) else -1
    while position >= 0:
        chain.add(position)
        position = previous[position]
    return chain


def _check(pairs: list[Pair], scorer: Scorer) -> None:
    kept = heaviest_chain(pairs, scorer.a.lengths, scorer.b.lengths)
    marked = mark_moves(pairs, scorer)
    assert [pair.moved for pair in marked] == [p not in kept for p in range(len(pairs))]
    assert [(p.a, p.b, p.score) for p in marked] == [(p.a, p.b, p.score) for p in pairs]


def _series_pairs() -> list[tuple[Path, Path]]:
    """Consecutive readouts of a few series of the evaluation set (English, Russian, Chinese)."""
    chosen = []
    for series in ("johnson-zelenskyy", "putin-tokayev", "wangyi-baerbock", "biden-abdullah"):
        files = sorted(EVAL.glob(f"{series}__*.txt"))
        chosen.extend(zip(files, files[1:], strict=False))
    return chosen


@pytest.mark.parametrize("a_path, b_path", _series_pairs(), ids=lambda path: path.stem)
def test_real_pairs_keep_the_heaviest_chain_in_place(a_path: Path, b_path: Path) -> None:
    a = from_text(a_path.read_text("utf-8")).sentences
    b = from_text(b_path.read_text("utf-8")).sentences
    scorer = Scorer(Side(a), Side(b))
    pairs = [new_pair(p.a, p.b, p.score) for p in align(a, b)]
    assert pairs
    _check(pairs, scorer)
    shuffled = sorted(pairs, key=lambda p: (p.a[0] * 7919) % (len(a) + 1))  # a reading with moves
    _check(shuffled, scorer)


def test_drawn_pairs_with_tied_weights_keep_the_heaviest_chain_in_place() -> None:
    rng = random.Random(11)
    a = from_text("\n".join(f"Sentence number {n} of A." for n in range(40))).sentences
    scorer = Scorer(Side(a), Side(a))
    for _ in range(3000):
        count = rng.randint(0, 14)
        a_free, b_free = rng.sample(range(40), 40), rng.sample(range(40), 40)
        pairs = []
        for _ in range(count):
            width_a, width_b = rng.choice((1, 1, 1, 2, 3)), rng.choice((1, 1, 2))
            a_group = tuple(sorted(a_free[:width_a]))
            b_group = tuple(sorted(b_free[:width_b]))
            del a_free[:width_a], b_free[:width_b]
            score = rng.choice((0.0, 0.5, 1.0, 0.25))  # few values: equal weights are common
            pairs.append(new_pair(a_group, b_group, score, rng.random() < 0.3))
        _check(sorted(pairs, key=lambda p: p.b), scorer)


@pytest.mark.parametrize("a_path, b_path", _series_pairs(), ids=lambda path: path.stem)
def test_pairs_marked_again_are_kept_as_they_are(a_path: Path, b_path: Path) -> None:
    """A mark reads only each pair's sentences and score, so marking marked pairs again keeps
    every pair object: what lets ``pairing._align`` skip its last mark when nothing grew."""
    a = from_text(a_path.read_text("utf-8")).sentences
    b = from_text(b_path.read_text("utf-8")).sentences
    scorer = Scorer(Side(a), Side(b))
    pairs = [new_pair(p.a, p.b, p.score) for p in align(a, b)]
    shuffled = sorted(pairs, key=lambda p: (p.a[0] * 7919) % (len(a) + 1))
    for marked in (mark_moves(pairs, scorer), mark_moves(shuffled, scorer)):
        assert all(map(is_, mark_moves(marked, scorer), marked))


def test_the_last_mark_skipped_when_nothing_grew_aligns_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On the series pairs (nothing grows in most), ``align`` with the skip gives the pairs,
    moves and scores of ``align`` marking every time."""
    skipped = 0
    calls: list[int] = []
    for a_path, b_path in _series_pairs():
        a = from_text(a_path.read_text("utf-8")).sentences
        b = from_text(b_path.read_text("utf-8")).sentences
        calls.clear()
        monkeypatch.setattr(pairing, "mark_moves", lambda p, s: calls.append(1) or mark_moves(p, s))
        fast = align(a, b)
        skipped += len(calls) == 1
        monkeypatch.setattr(pairing, "is_", lambda x, y: False)  # never the same: always marked
        marked_every_time = align(a, b)
        monkeypatch.undo()
        assert [(p.a, p.b, p.score, p.moved) for p in fast] == [
            (p.a, p.b, p.score, p.moved) for p in marked_every_time
        ]
    assert skipped > 0
