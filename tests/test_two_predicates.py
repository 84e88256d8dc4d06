"""A quote that runs over a second predicate names no formula whole (nz13,
``formulas/entries/quotes_cut.two_predicates``): real pairs of the evaluation sets, each side
a public readout (eval/formulas, eval/outside, eval/noise; SOURCES.md says where each came from)."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.entries.quotes_cut import two_predicates

EVAL = Path(__file__).parent.parent / "eval"


def _quotes(folder: str, a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    told = compare(load(EVAL / folder / a), load(EVAL / folder / b)).formulas
    return [(f.status.value, f.a_text, f.b_text) for f in told]


def test_a_change_told_over_a_second_predicate_is_left_out() -> None:
    """starmer-ramaphosa 2024-07-07 -> 2025-11-21 (UK government): "stay in touch and looked
    forward to speaking" holds two lines; the hand list lists neither as changed into "leaders
    looked forward to speaking", and the report is gone."""
    quotes = _quotes(
        "formulas",
        "starmer-ramaphosa__2024-07-07__gov-uk.txt",
        "starmer-ramaphosa__2025-11-21__gov-uk.txt",
    )
    assert quotes and not any(q and two_predicates(q) for _, *pair in quotes for q in pair)
    assert all(a != "stay in touch and looked forward to speaking" for _, a, _ in quotes)


def test_the_change_of_the_line_itself_comes_through() -> None:
    """johnson-modi 2021-10-11 -> 2021-11-01 (UK government, outside tuning part): the quote
    "strength of the UK-India relationship and welcomed the progress made" ran on into the next
    predicate; left out, the change of the line alone is told, the one the hand list holds."""
    quotes = _quotes(
        "outside",
        "johnson-modi__2021-10-11__gov-uk.txt",
        "johnson-modi__2021-11-01__gov-uk.txt",
    )
    assert (
        "changed",
        "strength of the UK-India relationship",
        "strength of the wider United Kingdom-India relationship",
    ) in quotes
    assert all("welcomed the progress" not in (a or "") for _, a, _ in quotes)


def test_a_run_of_adjectives_in_ed_is_no_second_predicate() -> None:
    """blinken-cavusoglu 2022-02-28 -> 2022-03-16 (State): "premeditated, unprovoked, and
    unjustified attack on Ukraine" has "and" before a past participle, but as an adjective of
    its noun; the change stays told."""
    quotes = _quotes(
        "formulas",
        "blinken-cavusoglu__2022-02-28__state.txt",
        "blinken-cavusoglu__2022-03-16__state.txt",
    )
    said = [q for _, *pair in quotes for q in pair if q and "unjustified attack on" in q]
    assert said and not any(two_predicates(q) for q in said)


def test_a_relative_clause_runs_over_a_second_predicate() -> None:
    """harris-morawiecki 2022-09-04 -> 2023-04-11 (White House, judged noise readouts): the
    change "power generation in Poland, which would advance European" -> "power program, which
    will strengthen …" quoted a relative clause each side, cut mid-phrase; it is no longer
    told."""
    quotes = _quotes(
        "noise", "harris-morawiecki__2022-09-04__wh.txt", "harris-morawiecki__2023-04-11__wh.txt"
    )
    assert quotes and all(", which " not in (a or "") + (b or "") for _, a, b in quotes)
