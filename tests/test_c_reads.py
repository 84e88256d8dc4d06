"""Loops of the formula stage made cheaper (branch sp98): each gives, on real readouts, what the
loop it replaced gave — ``most_kept``'s count of lower-case words between two words (summed in
C), ``anchored_clauses``' places of the sentences not kept word for word (the kept ones
skipped in C), and ``belongs.covered``, a loop that stops at the first word of a run standing in
an occurrence (the generator it replaced, written out in the test), and ``mining._taken_in`` without a
generator a sentence."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas.entries import anchored_clauses
from readoutdiff.formulas.linking import most_kept
from readoutdiff.formulas.mining import mining, sightings
from readoutdiff.formulas.mining.mined import reworded
from readoutdiff.formulas.succession import belongs
from readoutdiff.formulas.tracking import find_formulas
from readoutdiff.formulas.words.phrases import Words, readout_words
from readoutdiff.ingest import load
from readoutdiff.model import Alignment, Status

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [
    sorted((ROOT / "samples").glob("*xi-putin.txt"))[:2],
    sorted((ROOT / "tests" / "real_series" / "biden-zelenskyy").glob("*.txt"))[:2],
]


def _old_places(alignments: list[Alignment]) -> tuple[dict[int, int], dict[int, int]]:
    places: tuple[dict[int, int], dict[int, int]] = ({}, {})
    gap = None
    for n, alignment in enumerate(alignments):
        if alignment.status is Status.UNCHANGED:
            gap = None
            continue
        if alignment.a and alignment.b:
            gap = None
            place = n
        else:
            gap = n if gap is None else gap
            place = gap
        for s in alignment.a:
            places[0][s.index] = place
        for s in alignment.b:
            places[1][s.index] = place
    return places


def test_most_kept_counts_lower_case_words_as_its_generator_did() -> None:
    sentences = spans = 0
    for path_a, path_b in PAIRS:
        for words in (*readout_words(load(path_a)), *readout_words(load(path_b))):
            for first in range(-1, len(words.stems)):
                for last in range(first - 1, min(first + 12, len(words.stems) + 1)):
                    old = sum(not cap for cap in words.caps[first + 1 : last])
                    assert most_kept._lower(words, first, last) == old
                    spans += 1
            sentences += 1
    assert sentences >= 50 and spans >= 5000


def test_anchored_clauses_places_as_the_loop_over_every_alignment() -> None:
    read = 0
    for path_a, path_b in PAIRS:
        alignments = list(compare(load(path_a), load(path_b)).alignments)
        assert anchored_clauses._places(alignments) == _old_places(alignments)
        # Kept pairs between, at the start and at the end: every run of gaps cut the same.
        for cut in (alignments[1:], alignments[:-1], alignments[::2], alignments[::-1]):
            assert anchored_clauses._places(cut) == _old_places(cut)
        assert anchored_clauses._places([]) == ({}, {})
        read += len(alignments)
    assert read >= 50


def test_covered_is_any_of_covers_on_every_occurrence_of_a_reworded_pair() -> None:
    asked = held = 0
    for path_a, path_b in PAIRS:
        a, b = load(path_a), load(path_b)
        views = (readout_words(a), readout_words(b))
        found = (find_formulas(a), find_formulas(b))
        for pair in compare(a, b).alignments:
            if pair.status is not Status.CHANGED or not pair.a or not pair.b:
                continue
            for side, sentences, words in ((0, pair.a, views[0]), (1, pair.b, views[1])):
                run = [
                    (words[s.index], k) for s in sentences for k in range(len(words[s.index].stems))
                ]
                for cut in (run, run[::3], run[1:4], run[-2:], []):
                    for o in found[side]:
                        assert belongs.covered(cut, o) is any(
                            w.sentence == o.sentence and o.first <= k < o.last for w, k in cut
                        )
                        asked, held = asked + 1, held + belongs.covered(cut, o)
    assert asked >= 500 and held >= 20


def _old_taken_in(
    joined: list[tuple[int, Words]], taken: Mapping[int, set[int]], start: int, size: int
) -> set[int]:
    return {
        place - start
        for first, words in joined
        for place in (first + k for k in taken.get(words.sentence, ()))
        if start <= place < start + size
    }


def test_taken_in_as_its_nested_generator_on_every_run_of_reworded_pairs() -> None:
    asked = held = 0
    for path_a, path_b in PAIRS:
        a, b = load(path_a), load(path_b)
        sides = []
        for readout in (a, b):
            taken = tuple(o for o in find_formulas(readout) if o.source.value != "mined")
            sides.append(sightings.Side(readout=readout, words=readout_words(readout), taken=taken))
        changed = [x for x in compare(a, b).alignments if x.status is Status.CHANGED]
        for side, indices in (
            (side, pair[n]) for pair in reworded(changed) for n, side in enumerate(sides)
        ):
            stems, joined = mining._joined(side, indices)
            taken_of = sightings.taken_of(side)
            for start in range(0, len(stems), 2):
                for size in (1, 3, 7, len(stems)):
                    found = mining._taken_in(joined, taken_of, start, size)
                    assert found == _old_taken_in(joined, taken_of, start, size)
                    asked, held = asked + 1, held + bool(found)
    assert asked >= 200 and held >= 10
