"""Series rows a user would doubt (u70's walk of the five Carney–Macron readouts; branch ser6):
a phrase mined in one pair marked absent at meetings whose readouts say it, a rewording whose
one side is only the two parties' names ("Canada and France"), and a Chinese ``check DIR``
finding that named a whole clause as the recurring phrase it holds."""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path

from eval_pairs import EVAL
from test_series_invariants import assert_rows_agree_with_their_pairs

from readoutdiff.check.pair import run
from readoutdiff.check.rules import DEFAULT
from readoutdiff.ingest import load
from readoutdiff.model import Comparison
from readoutdiff.series import Series, build_series

CARNEY_MACRON = tuple(
    f"carney-macron__{day}__pm-gc-ca.txt"
    for day in ("2025-03-17", "2025-04-29", "2025-06-16", "2025-11-22", "2025-12-19")
)
"""Five dev readouts; "critical minerals" is said at 1, 3, 4 and 5 (mined in pair 4→5 only)."""


@cache
def _series() -> tuple[Series, tuple[Comparison, ...]]:
    comparisons: list[Comparison] = []
    readouts = [load(EVAL / name) for name in CARNEY_MACRON]
    series = build_series(readouts, on_comparison=comparisons.append)
    return series, tuple(comparisons)


def test_a_phrase_mined_in_one_pair_is_present_where_every_readout_says_it() -> None:
    series, comparisons = _series()
    (row,) = [row for row in series.formulas if row.id == "mined:critical-mineral"]
    assert [cell.present for cell in row.cells] == [True, False, True, True, True]
    assert [cell.fate and cell.fate.value for cell in row.cells] == [
        None, "dropped", "appeared", "persisted", "persisted",
    ]  # fmt: skip
    assert row.cells[2].returned
    assert row.trend.value == "returned"
    assert_rows_agree_with_their_pairs(series, list(comparisons))


def test_the_two_parties_names_are_no_rewording_of_a_formula() -> None:
    series, comparisons = _series()
    wordings = {cell.wording for row in series.formulas for cell in row.cells if cell.wording}
    assert "Canada and France" not in wordings
    told = [(f.a_text, f.b_text) for comparison in comparisons for f in comparison.formulas]
    assert all("Canada and France" not in pair for pair in told), told
    (row,) = [
        row for row in series.formulas if row.id.endswith("relationship-between-canada-and-france")
    ]
    assert row.cells[3].wording == "growing bilateral relationship between Canada and France"
    assert row.cells[3].fate is not None and row.cells[3].fate.value == "changed"


HUN_MANET = ("2025-04-17", "2025-08-30", "2026-07-17")
"""Three dev CCTV readouts of Xi Jinping's meetings with Hun Manet, saved as a folder."""


def test_check_dir_tells_a_chinese_clause_around_a_recurring_phrase_by_the_phrase(
    tmp_path: Path,
) -> None:
    # The pair reads Chinese by clauses: "同柬方深化“钻石六边”合作" -> "充实“钻石六边”合作内涵"
    # holds the folder's recurring phrase in both; the finding named the whole clause as the
    # phrase, where `series` names the row "钻石六边”合作" and says the words around it changed.
    for day in HUN_MANET:
        name = f"xi-hun-manet__{day}__cctv.txt"
        shutil.copy(EVAL / name, tmp_path / name)
    result = run([str(tmp_path)], DEFAULT)
    messages = [f.message for outcome in result.outcomes for f in outcome.findings]
    diamond = [m for m in messages if "钻石六边" in m]
    assert diamond == [
        "wording around recurring phrase “钻石六边’合作”: “同柬方深化‘钻石六边’合作” changed to"
        " “充实‘钻石六边’合作内涵” (new line 4, sentence 3)"
    ], diamond
