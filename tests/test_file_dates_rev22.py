"""Branch rev22: a review of round 3's file-name dates. rev21 read "Путин.Токаев.17.04.2025"
(a word and a dot before a day-first date) but u67's dates without zeros year first, and the
year-last ones, still refused a dot before them: "Путин.Токаев.2025.9.4.txt" had no date, and
``series`` said its name gave "a year (2025) but no day" (the CLI on real readouts:
tests/test_walk_u66.py)."""

from __future__ import annotations

from readoutdiff.ingest.dates import file_date, name_date_refused


def test_a_dot_after_a_word_is_a_separator_before_any_date() -> None:
    assert file_date("Путин.Токаев.2025.9.4.txt") == "2025-09-04"
    assert file_date("Путин.Токаев.16-10-2023.txt") == "2023-10-16"


def test_a_number_and_a_dot_still_make_a_version_and_a_refusal_says_why() -> None:
    """A version number before the date is not read as a date; a dotted name with no day of
    the calendar says so, not "a year but no day"."""
    assert file_date("v1.2025.9.4.txt") is None
    assert name_date_refused("Путин.Токаев.2025.9.31.txt") == (
        "its name's 2025.9.31 is no day of the calendar"
    )
    assert name_date_refused("Путин.Токаев.4.13.2025.txt") == (
        "its name's 4.13.2025 read day first, as dots write it, is no day of the calendar"
    )
