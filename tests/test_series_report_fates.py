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
