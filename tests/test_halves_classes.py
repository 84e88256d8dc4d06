"""`benchmarks/halves_classes.py` tells where two extents of one side stand, and classes the
repeats that are halves of one hand line told with two statuses (branch dup4)."""

from __future__ import annotations

from pathlib import Path

import formula_eval
import halves_classes
import pytest

from readoutdiff.model import Span

PAIR = Path(formula_eval.EVAL_DIR) / "pairs" / "carney-rutte__2025-06-06.toml"
TEXT = "They agreed to impose costs on Russia for its war, and to keep in touch.\nNext line."


def span(words: str, line: int = 1) -> Span:
    start = TEXT.index(words)
    return Span(start=start, end=start + len(words), line=line)


@pytest.mark.parametrize(
    ("x", "y", "where"),
    [
        ("impose costs on Russia", "impose costs on Russia", "equal"),
        ("impose costs on Russia", "costs on", "inside"),
        ("costs on", "impose costs on Russia", "around"),
        ("impose costs on", "on Russia for its war", "overlap"),
        ("impose costs", " on Russia", "touch"),
        ("impose costs", "its war", "near"),
        ("They agreed", "keep in touch", "same line"),
    ],
)
def test_place_tells_where_the_second_extent_stands(x: str, y: str, where: str) -> None:
    assert halves_classes.place(TEXT, span(x), span(y), near=20) == where


def test_a_sentence_end_or_another_line_is_not_near() -> None:
    assert halves_classes.place(TEXT, span("keep in touch"), span("Next line", 2)) == "other line"
    end = TEXT.index("Next")
    assert (
        halves_classes.place(TEXT, span("keep in touch"), Span(start=end, end=end + 4, line=1))
        == "same line"
    )


def test_carney_rutte_tells_its_changed_line_once_since_dup5() -> None:
    # "supporting Ukraine in its self-defence" -> "helping Ukraine achieve a just and lasting
    # peace" is one hand event; until dup5 the tool told "... achieve a just" changed and "just
    # and lasting peace" appeared, a repeat whose extent overlapped the first's on B ("changed
    # + appeared", "B: overlap"). most_kept now grows the line through the article's
    # qualifiers, and the pair holds no halves.
    keys = [key for key, _ in halves_classes.halves(formula_eval.load_pair(PAIR))]
    assert ("changed + appeared", "hand changed", "B: overlap") not in keys
    assert not keys
