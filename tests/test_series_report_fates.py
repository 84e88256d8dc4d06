"""A series row takes the fate the pair's governing-words reading is sure of (branch ser7).

biden-trudeau (eval/formulas, dev): the hand list of 2021-01-22 -> 2021-04-21 says "global
leadership to address the pressing challenge of climate change" changed into "demonstrate global
leadership on the climate crisis". Read without governing words the climate-crisis row only
appeared at the second meeting; the pair report (governing words on) tells the change, and the
row now says it.
"""

from __future__ import annotations

from pathlib import Path

from readoutdiff.ingest import load
from readoutdiff.series import build_series
from readoutdiff.series.matrix import Fate

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def test_a_row_told_appeared_takes_the_change_the_pair_report_tells() -> None:
    series = build_series([load(path) for path in sorted(EVAL.glob("biden-trudeau__*.txt"))])
    (row,) = [row for row in series.formulas if row.id == "climate-crisis"]
    second = row.cells[1]
    assert second.fate is Fate.CHANGED and second.wording == "climate crisis"
    assert row.trend.value == "changed"


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
