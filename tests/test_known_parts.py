"""``mining._known_parts`` reads only the lexicon wordings that hold a sighted phrase's first word
(told in C, branch sp93), and none when nothing is sighted: on real readouts and their reworded
pairs it finds what cutting every run of every wording finds."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas.mining import mining, sightings
from readoutdiff.formulas.mining.mined import reworded
from readoutdiff.formulas.tracking import find_formulas
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import load
from readoutdiff.model import Readout, Status

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [
    sorted((ROOT / "samples").glob("*xi-putin.txt"))[:2],
    sorted((ROOT / "tests" / "real_series" / "biden-zelenskyy").glob("*.txt"))[:2],
]


def _side(readout: Readout) -> sightings.Side:
    taken = tuple(o for o in find_formulas(readout) if o.source.value != "mined")
    return sightings.Side(readout=readout, words=readout_words(readout), taken=taken)


def _every_run(sides: list[sightings.Side], sighted: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    runs = {
        stems[i:j]
        for side in sides
        for o in side.taken
        for stems in (side.words[o.sentence].stems[o.first : o.last],)
        for i in range(len(stems))
        for j in range(i + 2, len(stems) + 1)
    }
    return {stems for stems in sighted if len(stems) >= 2 and stems in runs}


def test_the_known_parts_are_those_every_run_of_every_wording_holds() -> None:
    checked = known = 0
    for path_a, path_b in PAIRS:
        a, b = load(path_a), load(path_b)
        sides = [_side(a), _side(b)]
        changed = [
            x for x in compare(a, b).alignments if x.status is Status.CHANGED and x.a and x.b
        ]
        sighted = {stems for side in sides for _, stems, _ in sightings.find(side, {})}
        sighted |= {s for _, s, _ in mining._shared(sides[0], sides[1], reworded(changed))}
        # Every formula's own runs sighted too: the parts to find are there.
        sighted |= {
            side.words[o.sentence].stems[o.first : o.last][1:] for side in sides for o in side.taken
        }
        expected = _every_run(sides, sighted)
        assert mining._known_parts(sides, iter(sighted)) == expected
        assert mining._known_parts(sides, iter(())) == set()
        checked, known = checked + len(sighted), known + len(expected)
    assert checked >= 20 and known >= 5
