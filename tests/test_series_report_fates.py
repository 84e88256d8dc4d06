"""A series row takes the fate the pair's governing-words reading is sure of (branch ser7).

biden-trudeau (eval/formulas, dev): the hand list of 2021-01-22 -> 2021-04-21 says "global
leadership to address the pressing challenge of climate change" changed into "demonstrate global
leadership on the climate crisis". Read without governing words the climate-crisis row only
appeared at the second meeting; the pair report (governing words on) tells the change, and the
row now says it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff.ingest import load
from readoutdiff.render.series_labels import change_words, rewordings, row_names
from readoutdiff.render.series_text import render_series_text
from readoutdiff.series import Series, build_series
from readoutdiff.series.matrix import Fate

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def test_a_row_told_appeared_takes_the_change_the_pair_report_tells() -> None:
    series = build_series([load(path) for path in sorted(EVAL.glob("biden-trudeau__*.txt"))])
    (row,) = [row for row in series.formulas if row.id == "climate-crisis"]
    second = row.cells[1]
    assert second.fate is Fate.CHANGED and second.wording == "climate crisis"
    assert row.trend.value == "changed"
    # no wording of it at the meeting before: not "reworded at 2 → “climate crisis”" (ser9)
    names = row_names(series.formulas)
    assert change_words(row, second, names) == ("wording around it where one readout lacks it",)


def test_a_row_gone_whose_place_the_report_tells_reworded_stays_a_dropped_row() -> None:
    # blinken-kuleba (eval/series): the hand list has "increasingly brutal bombardment by Russian
    # forces" at 2022-03-02 and 2022-03-11 only, so dropped after; the pair report tells its
    # clause reworded at the next meeting, so the cell there says changed, and the row stays
    # with the dropped rows (as a changed row it left score_series' first ten for a noise row)
    folder = EVAL.parent / "series" / "blinken-kuleba"
    series = build_series([load(path) for path in sorted(folder.glob("*.txt"))])
    (row,) = [row for row in series.formulas if "increasingly-brutal-bombardment" in row.id]
    gone = [cell for cell in row.cells if cell.fate is Fate.CHANGED]
    assert gone and all(not cell.present for cell in gone)
    assert row.trend.value == "dropped"


def _says_nothing(series: Series) -> list[str]:
    """Each change a row tells as a rewording into the words the row last said (or into its
    only words): "reworded at 3 → “人文交流”" on the row 人文交流."""
    names = row_names(series.formulas)
    found = []
    for row in series.formulas:
        before: str | None = None
        for number, cell in enumerate(row.cells, start=1):
            if (
                cell.fate is Fate.CHANGED
                and cell.wording
                and "reworded" in change_words(row, cell, names)
                and (before is None or before.casefold() == cell.wording.casefold())
            ):
                found.append(f"{row.id} at {number}: {before!r} → {cell.wording!r}")
            before = cell.wording if cell.present and cell.wording else before
    return found


def test_a_row_that_came_back_in_a_reworded_clause_says_what_changed_around_it() -> None:
    # xi-thongloun (eval/outside, tuning): 人文交流 is said at 1, 3 and 5; the pair report tells
    # the clauses holding it at 3 and 5 reworded. The row said "reworded at 3 → “人文交流”" (ser8,
    # reverted); it now tells the wording around it, where the readout before lacks it.
    # 中国－东盟合作, back at 4 as 中国东盟合作, is reworded there: other words than it last had
    paths = sorted((EVAL.parent / "outside").glob("xi-thongloun__*__cctv.txt"))
    series = build_series([load(path) for path in paths])
    assert _says_nothing(series) == []
    names = row_names(series.formulas)
    rows = {row.text: row for row in series.formulas}
    exchanges, back = rows["人文交流"], rows["中国－东盟合作"]
    assert [cell.fate for cell in exchanges.cells][2] is Fate.CHANGED
    assert change_words(exchanges, exchanges.cells[2], names) == (
        "wording around it where one readout lacks it",
    )
    assert rewordings(exchanges, names) == ""
    assert rewordings(back, names) == "reworded at 4 → “中国东盟合作”"
    text = render_series_text(series, width=120)
    assert "→ “人文交流”" not in text and "→ “政府和人民”" not in text


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        ("formulas", "biden-trudeau"),  # climate crisis: appeared, told changed
        ("formulas", "blinken-jaishankar"),  # "situation in Ukraine" kept in its row's words
        ("outside", "xi-orban"),  # 建交75周年 kept, the clauses around it one-sided halves
        ("outside", "xi-sisi"),
    ],
)
def test_no_row_says_it_was_reworded_into_its_own_words(folder: str, name: str) -> None:
    # every series of eval/formulas' dev split and of the outside tuning part was checked so
    # (ser9: 140 and 39 series, none); these are the ones a row said "X → X" in before
    paths = sorted((EVAL.parent / folder).glob(f"{name}__*.txt"))
    assert _says_nothing(build_series([load(path) for path in paths])) == []


def test_a_row_kept_in_its_own_words_tells_the_qualifier_its_pair_read_lost() -> None:
    # blinken-jaishankar (eval/formulas, dev): the pair 2022-03-30 → 2022-04-05 reads "worsening
    # humanitarian situation in Ukraine" → "situation in Ukraine" in one place; the row is
    # "situation in Ukraine" at both meetings, so not "reworded at 4 → “situation in Ukraine”"
    paths = sorted(EVAL.glob("blinken-jaishankar__*.txt"))
    series = build_series([load(path) for path in paths])
    (row,) = [row for row in series.formulas if row.text == "situation in Ukraine"]
    assert change_words(row, row.cells[3], row_names(series.formulas)) == ("qualifier removed",)
