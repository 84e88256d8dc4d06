"""`benchmarks/extent_reach.py` grows a replaced phrase to the extent each rule names."""

from __future__ import annotations

import extent_reach

from readoutdiff import compare
from readoutdiff.ingest import from_text

A = (
    "The President and King Abdullah II also discussed the critical importance of stability in"
    " the West Bank and support for the reforms now being pursued by the Palestinian Authority."
)
B = (
    "The two leaders discussed the situation in the West Bank and support for the reforms now"
    " being pursued by the Palestinian Authority."
)


def _grown(extent: str) -> list[tuple[str, str]]:
    a, b = from_text(A), from_text(B)
    return extent_reach.proposals(a, b, compare(a, b), [extent])


def test_the_complement_extent_grows_the_phrase_the_tool_stops_before_a_name() -> None:
    # The replaced phrase used to end on "the West", a cut name, which the noun extent completed.
    # Since acc52 (thirtieth session) the replacement stops before a name it would cut
    # ("critical importance of stability" -> "situation"): no extent but the complement's, which
    # takes the preposition and its noun run, reaches the whole place.
    assert _grown("tool") == []
    assert _grown("noun") == []
    assert _grown("complement") == [
        ("critical importance of stability in the West Bank", "situation in the West Bank")
    ]


def test_the_clause_extent_refuses_a_wording_longer_than_a_phrase() -> None:
    # A's clause runs on over "and support for the reforms now": 14 words, past LONGEST.
    assert _grown("clause") == []
