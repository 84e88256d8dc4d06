"""``sightings.find`` walks only the sentences that hold a quote mark (found in the readout's
text in C): on real readouts and on quotations at sentence edges, in every mark ``_QUOTED``
knows, it finds what reading every sentence finds."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.formulas.mining import sightings
from readoutdiff.formulas.tracking import find_formulas
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text, load
from readoutdiff.model import Readout

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
READOUTS = [
    *sorted((ROOT / "samples").glob("*.txt")),
    EVAL / "biden-albanese__2022-11-13__wh.txt",
    EVAL / "biden-albanese__2023-03-13__wh.txt",
    EVAL / "blinken-stoltenberg__2022-04-06__state.txt",
    *sorted((ROOT / "tests" / "real_series" / "biden-zelenskyy").glob("*.txt")),
]
EDGES = (
    "“Quoted at the start of the text.” They met. He said so.\n\n"
    "They backed the «iron brotherhood». Both hailed the „new era of ties“ again.\n\n"
    'The two sides spoke of "win-win cooperation". "Open and inclusive" was said last.'
)


def _every_sentence(side: sightings.Side) -> list[sightings.Sighting]:
    held = sightings.taken_of(side)
    return [
        sighting
        for words in side.words
        for sighting in sightings._sentence_sightings(
            side.readout, words, held.get(words.sentence) or set()
        )
    ]


def _side(readout: Readout) -> sightings.Side:
    taken = tuple(o for o in find_formulas(readout) if o.source.value != "mined")
    return sightings.Side(readout=readout, words=readout_words(readout), taken=taken)


def test_the_sentences_walked_hold_every_quotation_found_reading_them_all() -> None:
    readouts = [load(path) for path in READOUTS] + [from_text(EDGES)]
    quoted = 0
    for readout in readouts:
        side = _side(readout)
        marked = [
            w for w in side.words if any(m in readout.sentences[w.sentence].text for m in '"“”«»„')
        ]
        assert sightings._quoting(side) == marked
        expected = _every_sentence(side)
        assert sightings.find(side, {}) == expected
        quoted += len(expected)
    assert quoted >= 4  # the texts quote phrases to find
