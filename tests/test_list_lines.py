"""A short core in a comma list is told with the list (branch nz10, issue 10 points 2-3).

The noise of English text the tool was tuned on least (young dev, the outside tuning part) held
one shape across publishers: a short core ("shared values", "transnational repression",
"critical minerals") said as a member of a list of three or more, or in the clause a list's
first member ends, whose line (:func:`readoutdiff.formulas.entries.lines.line_of`) stopped at
the list's first comma or, for a bare member, was none. The hand lists quote the line with the
list; the headline matching reads the core by its line, so the right fate was judged noise. Real
pairs from three publishers (Canada's Prime Minister, the White House; dev and outside tuning).
"""

from __future__ import annotations

from pathlib import Path

import formula_eval
import pytest
import score_formulas

from readoutdiff import compare, load
from readoutdiff.formulas.entries.lines import line_of, lines
from readoutdiff.model import Readout, Span

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "formulas" / "pairs"
OUTSIDE = ROOT / "eval" / "outside" / "pairs"


def _judged(path: Path, core: str) -> formula_eval.Judged:
    pair = formula_eval.load_pair(path)
    reports = score_formulas.run_tool(pair)
    found = [
        j for j in formula_eval.judge(pair, reports).judged if core in (j.report.a, j.report.b)
    ]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("path", "core", "status", "line"),
    [
        (
            DEV / "trudeau-karins__2022-01-27.toml",
            "shared values",
            "dropped",
            "… prime ministers looked forward to pursing their strong relationship rooted in the"
            " shared values of human rights, democracy, and the rules-based international system",
        ),
        (
            DEV / "carney-meloni__2025-05-17.toml",
            "transnational repression",
            "appeared",
            "… the leaders agreed to accelerate ongoing work to combat organized crime,"
            " transnational repression, and foreign interference",
        ),
        (
            OUTSIDE / "biden-macron__2023-04-04.toml",
            "shared values",
            "appeared",
            "… People’s Republic of China and their ongoing efforts to advance prosperity,"
            " security, shared values, and the rules-based international order in the"
            " Indo-Pacific region",
        ),
    ],
)
def test_a_core_in_a_list_is_judged_right_by_its_list(path, core, status, line) -> None:
    """Each was noise on c7eb3d62: the line stopped at the list's comma, or was none."""
    judged = _judged(path, core)
    assert (judged.report.status, judged.report.a_line or judged.report.b_line) == (status, line)
    assert not judged.noise and judged.right
    assert core in (judged.counterpart.a or judged.counterpart.b)


def test_a_kept_core_in_two_lists_is_told_with_each() -> None:
    """carney-macron 2025-11-22: "critical minerals" kept, the first of a list in each readout;
    the hand list gives the two lists one changed event, whose kept core it is (right)."""
    path = DEV / "carney-macron__2025-11-22.toml"
    pair = formula_eval.load_pair(path)
    comparison = compare(load(pair.a_path), load(pair.b_path))
    kept = next(f for f in comparison.formulas if f.a_text == "critical minerals")
    a_line, b_line = lines(kept, comparison.a, comparison.b)
    assert a_line == "such as critical minerals, clean energy, and AI"
    assert b_line is not None and b_line.endswith(
        "cooperation on critical minerals, artificial intelligence, and energy"
    )
    judged = _judged(path, "critical minerals")
    assert judged.right and judged.counterpart.status == "changed"


def test_a_clause_after_and_is_no_list_member() -> None:
    """harris-zelenskyy 2024-09-26: ", and she commended …" opens a clause of its own, not the
    last member of a list: the line of "lasting peace" stays its clause."""
    pair = formula_eval.load_pair(DEV / "harris-zelenskyy__2024-09-26.toml")
    comparison = compare(load(pair.a_path), load(pair.b_path))
    kept = next(f for f in comparison.formulas if f.a_text == "lasting peace")
    a_line, _ = lines(kept, comparison.a, comparison.b)
    assert (
        a_line
        == "… emphasized the U.S. support for Ukraine’s efforts to secure a just and lasting peace"
    )


def _line(text: str, core: str) -> str | None:
    readout = Readout(path="a", text=text, sha256="", title=None, date=None, sentences=())
    at = text.index(core)
    return line_of(readout, Span(start=at, end=at + len(core), line=1))


def test_what_makes_a_list() -> None:
    # three members, the last opened by "and" or "or" after a comma: the list
    assert _line("They noted the climate crisis, food security, and health.", "food security") == (
        "They noted the climate crisis, food security, and health"
    )
    assert _line("They noted climate change, food security, or health.", "climate change") == (
        "They noted climate change, food security, or health"
    )
    # two members after a comma are no list: a clause joined by "and"
    assert (
        _line("They noted food security, and health.", "food security")
        == "They noted food security"
    )
    # a last "member" opened by a subject or a past verb is a clause of its own
    for clause in ("and she agreed", "and agreed to meet"):
        text = f"They noted the climate crisis, food security, {clause}."
        assert _line(text, "climate crisis") == "They noted the climate crisis"
    # a long stretch between two commas is a clause, not a member
    text = "They noted the climate crisis, which the two leaders discussed at some length over lunch today, and health."
    assert _line(text, "climate crisis") == "They noted the climate crisis"
    # a bare member is told with the list both ways
    text = "Leaders discussed trade, climate change, energy, and health."
    assert (
        _line(text, "climate change")
        == "Leaders discussed trade, climate change, energy, and health"
    )


def test_a_core_in_the_last_members_clause_keeps_its_clause() -> None:
    """What _enumeration's docstring says of the last member (rev35: it said such a core reached
    back to the list; only a bare last member does)."""
    text = "They discussed trade, energy, and foreign interference."
    assert _line(text, "foreign interference") == (
        "They discussed trade, energy, and foreign interference"
    )
    text = "They discussed trade, energy, and the international order in the Indo-Pacific."
    assert _line(text, "international order") == "the international order in the Indo-Pacific"
