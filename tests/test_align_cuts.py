"""The aligner's cuts of branch cli2 against the code they replace, on real readout sentences:
``mark_moves`` without a bisect for a pair at or past the staircase's last step (held to the
replaced code, copied here), and ``grow_groups`` taking the singles kept in place, then the
moved ones, without a sort (the order the sort gave, as the singles come in B order)."""

from __future__ import annotations

import random
import sys
from bisect import bisect_right
from operator import attrgetter
from pathlib import Path

import pytest

import readoutdiff.align.pairing as pairing
from readoutdiff.align import groups
from readoutdiff.align.groups import Pair, new_pair
from readoutdiff.align.moves import mark_moves
from readoutdiff.ingest import from_text, load

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import real_corpus
finally:
    sys.path.remove(str(ROOT / "benchmarks"))


def _reference_moves(pairs: list[Pair], scorer: object) -> list[Pair]:
    """``mark_moves`` as it was: both places on the staircase found by ``bisect``."""
    indexes: list[int] = []
    weights: list[float] = []
    ends: list[int] = []
    previous = [-1] * len(pairs)
    best_weight, best_end = 0.0, -1
    a_lengths, b_lengths = scorer.a.lengths, scorer.b.lengths  # type: ignore[attr-defined]
    for position, pair in enumerate(pairs):
        a, b = pair.a, pair.b
        step = bisect_right(indexes, a[0]) - 1
        before, before_end = (weights[step], ends[step]) if step >= 0 else (0.0, -1)
        length = sum(a_lengths[i] for i in a) + sum(b_lengths[i] for i in b)
        total = before + pair.score * (length + 1)
        previous[position] = before_end
        index = a[-1] + 1
        place = bisect_right(indexes, index)
        below = place - 1
        if below < 0 or (total, position) > (weights[below], ends[below]):
            after = place
            while after < len(indexes) and (total, position) > (weights[after], ends[after]):
                after += 1
            indexes[place:after], weights[place:after], ends[place:after] = (
                [index], [total], [position]
            )  # fmt: skip
        if (total, position) > (best_weight, best_end):
            best_weight, best_end = total, position
    chain = set()
    while best_end >= 0:
        chain.add(best_end)
        best_end = previous[best_end]
    return [new_pair(p.a, p.b, p.score, i not in chain) for i, p in enumerate(pairs)]


def _fields(pairs: list[Pair]) -> list[tuple[object, ...]]:
    return [(p.a, p.b, p.score, p.moved) for p in pairs]


def _readout_pairs() -> list[tuple[object, object]]:
    corpus = [from_text(text) for text in real_corpus.build(60_000, 10)]
    english = sorted((ROOT / "eval" / "formulas").glob("biden-*.txt"))[:12]
    readouts = [load(str(path)) for path in english]
    return [(corpus[0], corpus[1]), *zip(readouts, readouts[1:], strict=False)]


@pytest.mark.parametrize("swap", [False, True])
def test_moves_and_growth_as_before(monkeypatch: pytest.MonkeyPatch, swap: bool) -> None:
    """Every mark and every growth of ``align`` on real readouts (a corpus pair of real
    sentences, copies and moves among them; successive White House readouts) equals the
    replaced code's, given the same input."""
    seen = {"moves": 0, "moved": 0, "grown": 0}

    def marked(pairs: list[Pair], scorer: object) -> list[Pair]:
        found = mark_moves(pairs, scorer)  # type: ignore[arg-type]
        assert _fields(found) == _fields(_reference_moves(pairs, scorer))
        seen["moves"] += 1
        seen["moved"] += sum(p.moved for p in found)
        return found

    def grown(scorer, singles, edges, options):  # type: ignore[no-untyped-def]
        # the order the replaced code grew them in: sorted by (moved, B); the singles come
        # in B order, so that is the ones in place, then the moved ones, each in B order
        assert [single.b for single in singles] == sorted({single.b for single in singles})
        in_place = [single for single in singles if not single.moved]
        assert sorted(singles, key=attrgetter("moved", "b")) == in_place + [
            single for single in singles if single.moved
        ]
        found = groups.grow_groups(scorer, singles, edges, options)
        seen["grown"] += 1
        return found

    monkeypatch.setattr(pairing, "mark_moves", marked)
    monkeypatch.setattr(pairing, "grow_groups", grown)
    for a, b in _readout_pairs():
        first, second = (b, a) if swap else (a, b)
        pairing.align(first.sentences, second.sentences)  # type: ignore[attr-defined]
    assert seen["moves"] >= 12 and seen["grown"] == 12 and seen["moved"] > 20


def test_moves_on_random_chains() -> None:
    """Pairs mostly in order, some out of it, groups of two, scores with ties and zeros."""

    class _Side:
        def __init__(self, lengths: list[int]) -> None:
            self.lengths = lengths

    class _Scorer:
        def __init__(self, draw: random.Random) -> None:
            self.a = _Side([draw.randint(0, 5) for _ in range(40)])
            self.b = _Side([draw.randint(0, 5) for _ in range(40)])

    draw = random.Random(3)
    for _ in range(2000):
        scorer = _Scorer(draw)
        pairs = []
        for k in range(draw.randint(0, 30)):
            a = sorted(draw.sample(range(40), draw.choice([1, 1, 2])))
            if draw.random() < 0.7:
                a = [min(39, k + draw.randint(0, 2))]
            score = draw.choice([0.0, 0.5, 1.0, draw.random()])
            pairs.append(new_pair(tuple(a), (k,), score))
        assert _fields(mark_moves(pairs, scorer)) == _fields(_reference_moves(pairs, scorer))  # type: ignore[arg-type]


@pytest.mark.parametrize("swap", [False, True])
def test_group_reaching_is_the_group_score_from_its_floor_up(
    monkeypatch: pytest.MonkeyPatch, swap: bool
) -> None:
    """Branch cli8: ``_grow`` asks ``Scorer.group_reaching``, which leaves the character
    similarity uncomputed where the words alone keep a group below the floor. Each group
    ``align`` tries on real readouts scores as ``Scorer.group`` from the floor up, and below
    the floor where ``group`` is below it; at floors drawn around the score too."""
    from readoutdiff.align.similarity import Scorer

    reaching = Scorer.group_reaching
    draw = random.Random(8)
    seen = {"asked": 0, "cut": 0}

    def checked(
        self: Scorer, a_group: tuple[int, ...], b_group: tuple[int, ...], floor: float
    ) -> float:
        whole = self.group(a_group, b_group)
        for at in (floor, whole, whole + 1e-12, whole - 1e-12, draw.uniform(0.0, 1.3)):
            found = reaching(self, a_group, b_group, at)
            assert found == whole if whole >= at else found < at
        found = reaching(self, a_group, b_group, floor)
        seen["asked"] += 1
        seen["cut"] += found != whole
        return found

    monkeypatch.setattr(Scorer, "group_reaching", checked)
    for a, b in _readout_pairs():
        first, second = (b, a) if swap else (a, b)
        pairing.align(first.sentences, second.sentences)  # type: ignore[attr-defined]
    assert seen["asked"] > 100 and seen["cut"] > 20
