"""``lines.telling`` gives a sentence's telling words as ``lines.said`` reads them with the rest
of the sentence, on every sentence of real readouts (``standing`` tests it first, alone)."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.formulas.linking.lines import keys, said, telling
from readoutdiff.formulas.linking.word_readings import STOCK_KEYS
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text, load

ROOT = Path(__file__).resolve().parent.parent
READOUTS = [
    *sorted((ROOT / "samples").glob("*.txt")),
    *sorted((ROOT / "tests" / "real_series" / "biden-zelenskyy").glob("*.txt")),
]


def test_telling_alone_is_what_keys_give_for_lower_case_words() -> None:
    told = 0
    for path in READOUTS:
        for words in readout_words(load(path)):
            # The plain reading: each word's key (offices and the titles before them none),
            # lower case, no past tense, no stock word.
            plain = {
                key
                for key, stem, cap in zip(keys(words), words.stems, words.caps, strict=True)
                if key and not cap and not stem.endswith("ed")
            } - STOCK_KEYS
            assert telling(words) == plain == said(words, {}).telling
            told += len(plain)
    assert told >= 300  # real sentences, many telling words


def test_an_office_in_lower_case_tells_nothing() -> None:
    sentence = "The president and the prime minister discussed trade."
    (words,) = readout_words(from_text(sentence))
    assert telling(words) == {"prim", "trad"} == said(words, {}).telling


def test_said_with_the_telling_words_read_already_is_said_read_whole() -> None:
    """``standing`` hands ``said`` the telling words it read first: the same :class:`Said`."""
    read = 0
    for path in READOUTS:
        for words in readout_words(load(path)):
            assert said(words, {}, telling(words)) == said(words, {})
            read += 1
    assert read >= 50
