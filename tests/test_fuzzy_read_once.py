"""A fuzzy wording reached from both of the stems it is indexed under is read once a start
(:func:`readoutdiff.formulas.matching.fuzzy.hits`, branch sp96): the hits, their candidates
(repeats included) and the words marked covered are those of the reading it replaced, which
read it again from each stem (kept here), on every sentence of real readouts of the evaluation
set, in English, Chinese and Russian, with no words covered and with some."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import compress
from pathlib import Path

import pytest

from readoutdiff.formulas.lexicon import lexicon as lexicons
from readoutdiff.formulas.matching import fuzzy, matcher
from readoutdiff.formulas.matching.fuzzy import _HEAD_OF, _HEADS, _NO_HEADS, Hit
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import load

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
READOUTS = (
    "biden-albanese__2022-05-24__wh.txt",
    "biden-duda__2022-03-04__wh.txt",
    "biden-abdullah__2024-07-26__wh.txt",
)
CHINESE = (
    "liqiang-albanese__2023-11-07__cctv.txt",
    "dingxuexiang-berdimuhamedov__2023-11-28__cctv.txt",
)
RUSSIAN = ("putin-al-nahyan__2025-03-24__kremlin.txt",)


def _replaced(  # the loop of fuzzy.hits before sp96, its choice left to fuzzy.choose
    index: Mapping[str, Sequence[fuzzy.Fuzzy]], stems: tuple[str, ...], covered: set[int],
    threshold: float, rare: Mapping[str, frozenset[str]], join: frozenset[int], at: list[int],
    reached: list[tuple[tuple[str, ...], int, int]],
) -> list[Hit]:  # fmt: skip
    places = [i for i in at if i not in covered]
    if not places:
        return []
    present = frozenset(map(_HEAD_OF, stems))
    places = [i for i in places if not present.isdisjoint(rare.get(stems[i], _NO_HEADS))]
    candidates: list[Hit] = []
    for i in places:
        bucket = index[stems[i]]
        for one in compress(bucket, map(present.issuperset, map(_HEADS, bucket))):
            start = i - one.position
            reached.append((one.pattern, one.number, start))
            low, high = max(start - 1, 0), start + len(one.pattern) + 1
            if one.needed > 1 and len(one.wanted.intersection(stems[low:high])) < one.needed:
                continue
            if not one.heads.issubset(map(_HEAD_OF, stems[low : high + 1])):
                continue
            candidates += fuzzy._windows(stems, one, start, covered, threshold)
    if not candidates:
        return []
    if join:
        return fuzzy.choose(
            candidates, covered,
            key=lambda h: (fuzzy.cuts(h, join), -h[3], h[0] - h[1], h[0], h[2]),
        )  # fmt: skip
    return fuzzy.choose(candidates, covered, key=lambda h: (-h[3], h[0] - h[1], h[0], h[2]))


def _files() -> list[Path]:
    return [EVAL / name for name in (*READOUTS, *CHINESE, *RUSSIAN)]


def _read(hits: list[Hit]) -> tuple[str, list[Hit], list[Hit] | None]:
    return type(hits).__name__, list(hits), getattr(hits, "candidates", None)


@pytest.fixture(scope="module")
def search() -> matcher.Matcher:
    return matcher.build(lexicons.builtin().entries)


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_fuzzy_hits_read_each_wording_once_as_before(path: Path, search: matcher.Matcher) -> None:
    readout = load(path)
    assert search.fuzzy
    reached: list[tuple[tuple[str, ...], int, int]] = []
    twice = 0
    for words in readout_words(readout):
        stems = words.stems
        at = list(compress(range(len(stems)), map(search.starts.__contains__, stems)))
        for covered, join in ((set(), frozenset()), ({1, 2}, frozenset({3, 4, 5}))):
            now, before = set(covered), set(covered)
            got = fuzzy.hits(search.fuzzy, stems, now, search.threshold, search.rare, join, at)
            want = _replaced(
                search.fuzzy, stems, before, search.threshold, search.rare, join, at, reached
            )
            twice += len(reached) - len(set(reached))
            reached.clear()
            assert _read(got) == _read(want)
            assert now == before
    if path.name in READOUTS:
        assert twice  # a wording reached from both its stems at one start: read once now
