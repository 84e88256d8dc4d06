"""A new user's walk on a Russian and a Chinese dev pair (branch u46): the pair view's header.

At 80 columns the Kremlin pair putin-bin-salman (2025-02-20 → 2025-03-13) opened with eight
lines before the figures: each side's 120-character title, the same on both, and each date
twice ("2025-02-20, …, date 2025-02-20 taken from the file name"). B now says "the same title",
and a date taken from the file name says so once, unbroken ("2025-02-20 from the file name").
The series view's date column had the same repeat in its notes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.formulas.keys.key_record import columns
from readoutdiff.render.series_text import render_series_text
from readoutdiff.render.text import render_text
from readoutdiff.series import build_series

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _pair(a: str, b: str) -> str:
    """The pair view at 80 columns, the files named as a user in eval/formulas/ names them.

    Relative names keep the header's wrapping the same wherever the clone lies: with absolute
    paths the title moved to the first line or the second as the checkout's path grew.
    """
    return render_text(compare(load(Path(a)), load(Path(b))), width=80)


@pytest.fixture(autouse=True)
def _in_formulas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FORMULAS)


def test_b_with_a_title_the_same_says_so_and_each_date_is_said_once() -> None:
    shown = _pair(
        "putin-bin-salman__2025-02-20__kremlin.txt", "putin-bin-salman__2025-03-13__kremlin.txt"
    )
    head = shown.split("\nsimilarity ")[0].splitlines()
    assert head == [
        "A putin-bin-salman__2025-02-20__kremlin.txt  (2025-02-20 from the file name,",
        "  “Телефонный разговор с Наследным принцем, Председателем Совета министров",
        "  Саудовской Аравии Мухаммедом Бен Сальманом Аль Саудом”, Russian)",
        "B putin-bin-salman__2025-03-13__kremlin.txt  (2025-03-13 from the file name, the",
        "  same title, Russian)",
    ]
    assert "taken from the file name" not in shown


def test_two_titles_that_differ_are_both_shown() -> None:
    shown = _pair("xi-hun-manet__2025-04-17__cctv.txt", "xi-hun-manet__2025-08-30__cctv.txt")
    head = shown.split("\nsimilarity ")[0].splitlines()
    assert head == [  # dates from the text: said once, no "from the file name"
        "A xi-hun-manet__2025-04-17__cctv.txt  (2025-04-17, “习近平同柬埔寨首相举行会谈”,",
        "  Chinese)",
        "B xi-hun-manet__2025-08-30__cctv.txt  (2025-08-30, “习近平会见柬埔寨首相”,",
        "  Chinese)",
    ]
    assert "the same title" not in shown
    assert all(columns(line) <= 80 for line in shown.splitlines())


def test_the_series_date_column_is_not_said_again_in_a_note() -> None:
    series = build_series(
        [
            load(FORMULAS / f"mirziyoyev-nazarbayev__{d}.txt")
            for d in ("2021-09-20__kant-kg", "2021-11-26__zakon")
        ]
    )
    row = render_series_text(series).splitlines()[3]
    assert row.startswith("   2  2021-11-26  0.24  mirziyoyev-nazarbayev__2021-11-26__zakon.txt")
    assert row.endswith("(date from the file name)")
