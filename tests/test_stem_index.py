"""``stem_index`` lists a wanted stem's places only in the windows asked for, and counts its
places in the whole readout by distinct sentence: on real readouts both are what reading every
word of every sentence gives (the index ``slots`` read before)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from readoutdiff.formulas.linking.stem_index import stem_index
from readoutdiff.formulas.matching.content_words import counts
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.formulas.words.wording import strip, stripped_from
from readoutdiff.ingest import from_text, load

ROOT = Path(__file__).resolve().parent.parent
READOUTS = [
    *sorted((ROOT / "samples").glob("*.txt")),
    *sorted((ROOT / "tests" / "real_series" / "biden-zelenskyy").glob("*.txt")),
]


def _every_word(view: View, wanted: set[str]) -> dict[str, list[tuple[int, int]]]:
    """Each wanted stem's places, every word of every sentence read."""
    places: dict[str, list[tuple[int, int]]] = {}
    for words in view.words:
        for k, stem in enumerate(words.stems):
            if counts(stem) and strip(stem) in wanted:
                places.setdefault(strip(stem), []).append((words.sentence, k))
    return places


def _checked(view: View, wanted: set[str], windows: list[tuple[int, int]]) -> int:
    places, total = stem_index(view, wanted, windows)
    every = _every_word(view, wanted)
    assert total == Counter({key: len(found) for key, found in every.items()})
    inside = {x for lo, hi in windows for x in range(lo, hi)}
    expected = {key: [p for p in found if p[0] in inside] for key, found in every.items()}
    assert {key: found for key, found in places.items() if found} == {
        key: found for key, found in expected.items() if found
    }
    return sum(map(len, places.values()))


def test_windowed_places_and_whole_counts_match_reading_every_word() -> None:
    listed = 0
    for path in READOUTS:
        readout = load(path)
        view = View(readout=readout, words=readout_words(readout), by_sentence={})
        # The stripped content stems of every third sentence: common and rare ones.
        wanted = {
            strip(stem)
            for words in view.words[::3]
            for stem in words.stems
            if counts(stem)
        }  # fmt: skip
        n = len(view.words)
        for windows in ([(0, n)], [(0, n // 3), (n // 2, n)], [(n // 4, n // 4 + 3)], []):
            listed += _checked(view, wanted, windows)
    assert listed >= 500  # the readouts hold the wanted stems many times


def test_a_repeated_sentence_counts_once_per_copy() -> None:
    readout = from_text("They deepened ties. Ties deepen. They met. Ties deepen. Ties deepen.")
    view = View(readout=readout, words=readout_words(readout), by_sentence={})
    places, total = stem_index(view, {"deepen", "tie"}, [(2, 4)])
    assert total == Counter({"deepen": 4, "tie": 4})
    assert dict(places) == {"deepen": [(3, 1)], "tie": [(3, 0)]}


def test_counting_up_to_common_keeps_every_figure_that_tells() -> None:
    """With ``common``, a stem listed in a window has its whole count when it stands at most
    ``common`` times, and some count above ``common`` else; its places are the same."""
    for path in READOUTS:
        readout = load(path)
        view = View(readout=readout, words=readout_words(readout), by_sentence={})
        wanted = {strip(stem) for words in view.words for stem in words.stems if counts(stem)}
        n = len(view.words)
        for common in (1, 3, 40):
            windows = [(n // 4, n // 4 + 3)]
            places, total = stem_index(view, wanted, windows)
            places_capped, capped = stem_index(view, wanted, windows, common)
            assert places_capped == places
            for key in places:
                if total[key] <= common:
                    assert capped[key] == total[key]
                else:
                    assert capped[key] > common


def test_the_forms_of_a_key_hold_every_stem_that_strips_to_it() -> None:
    """``stripped_from`` spells the stems ``strip`` takes to a key from the key alone: every stem of
    the evaluation set's readouts (English, Russian, Chinese) is among the forms of its
    stripped key."""
    stems = {
        stem
        for path in sorted((ROOT / "eval" / "formulas").glob("*.txt"))
        for words in readout_words(load(path))
        for stem in words.stems
    }  # fmt: skip
    assert len(stems) >= 3000
    assert not [stem for stem in stems if stem not in stripped_from(strip(stem))]
