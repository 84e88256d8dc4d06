"""The one table of what the linking passes read off a word (``linking/word_readings.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff.formulas.linking import word_readings
from readoutdiff.formulas.linking.word_readings import END, KEY, TELLING_KEY, TOLD
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import load

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "2021-12-15-xi-putin.txt"
TABLES = (KEY, TELLING_KEY, TOLD, END)


def _stems() -> list[str]:
    return [stem for words in readout_words(load(SAMPLE)) for stem in words.stems]


def _readings(stems: list[str]) -> list[tuple[str, str, str, bool]]:
    return [(KEY[s], TELLING_KEY[s], TOLD[s], END[s]) for s in stems]


def test_the_first_pass_to_ask_of_a_word_reads_it_for_every_pass() -> None:
    stems = _stems()
    for table in TABLES:
        table.clear()
    for stem in stems:
        TOLD[stem]  # most_kept asks first: lines and between then find the word read
    assert all(stem in table for stem in stems for table in TABLES)
    assert sum(bool(TOLD[s]) for s in dict.fromkeys(stems)) >= 100  # many telling words
    # The passes' readings differ where their rules do: a stock word keys a line but tells
    # none (lines), a quantifier tells most_kept's line, a figure keys but ends none (between).
    assert _readings(["fulfilling", "cooperation", "all", "2021", "president"]) == [
        ("fulfill", "fulfill", "fulfill", True),
        ("cooperation", "", "cooperation", True),
        ("", "", "all", False),
        ("2021", "2021", "", False),
        ("", "", "", False),
    ]


def test_a_full_table_is_emptied_and_reads_each_word_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stems = _stems()
    for table in TABLES:
        table.clear()
    before = _readings(stems)
    monkeypatch.setattr(word_readings, "MOST", 50)
    for table in TABLES:
        table.clear()
    assert _readings(stems) == before
    assert all(len(table) <= 50 for table in TABLES)
    assert len(set(stems)) > 50  # the bound was met: the table was emptied on the way


def test_a_content_word_is_read_without_the_stop_word_tests() -> None:
    """``_read`` asks STOPS (and the pronouns) first and, for the content words left, skips
    the tests only a stop word can fail: exact while every stop word is in STOPS."""
    from readoutdiff.formulas.linking.word_readings import STOP_WORDS, STOPS

    assert STOP_WORDS <= STOPS
    assert _readings(["²", "x²", "covid-19", "g20", "and", "we", "no"]) == [
        ("²", "²", "", False),
        ("x²", "x²", "", True),
        ("covid-19", "covid-19", "", True),
        ("g20", "g20", "", True),
        ("", "", "", False),
        ("", "", "", False),
        ("", "", "no", False),
    ]
