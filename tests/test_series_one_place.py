"""A series row per formula as the reader sees it, and cells that agree with their pair (ser1,
issue 10 point 4), on real series of dev readouts of ``eval/formulas``.

- One place of a readout, found by the comparison before it under one id and by the one after
  under another, is one row (Biden–Abdullah's "release of the hostages held by Hamas" was two
  rows of one name).
- A formula present at two meetings in a row in other words, where their comparison did not
  find it on both sides, is reworded there, not persisted (the four cells sym6 left).
"""

from __future__ import annotations

from collections import Counter

from eval_pairs import EVAL
from test_series_invariants import assert_rows_agree_with_their_pairs

from readoutdiff.ingest import load
from readoutdiff.model import Comparison
from readoutdiff.render.series_text import render_series_text
from readoutdiff.series import Series, Timeline, build_series


def _series(*files: str) -> tuple[Series, list[Comparison]]:
    comparisons: list[Comparison] = []
    series = build_series([load(EVAL / name) for name in files], on_comparison=comparisons.append)
    assert_rows_agree_with_their_pairs(series, comparisons)
    return series, comparisons


def _row(series: Series, formula_id: str) -> Timeline:
    (row,) = [row for row in series.formulas if row.id == formula_id]
    return row


def _marks(row: Timeline) -> str:
    signs = {"persisted": "=", "changed": "~", "appeared": "+", "dropped": "-", "absent": "."}
    return "".join(
        "*" if cell.fate is None and cell.present else "." if cell.fate is None
        else signs[cell.fate.value]
        for cell in row.cells
    )  # fmt: skip


ABDULLAH = (
    "biden-abdullah__2024-04-14__wh.txt",
    "biden-abdullah__2024-05-06__wh.txt",
    "biden-abdullah__2024-07-26__wh.txt",
    "biden-abdullah__2024-08-05__wh.txt",
)


def test_one_wording_found_under_two_ids_is_one_row_then_linked() -> None:
    series, comparisons = _series(*ABDULLAH)
    # pair 1→2 finds the words as release-of-hostages, pair 2→3 as ceasefire-hostage-deal
    (seen,) = [f for f in comparisons[0].formulas if f.id == "release-of-hostages"]
    (reworded,) = [f for f in comparisons[1].formulas if f.anchor == "ceasefire-hostage-deal"]
    assert seen.b_text == reworded.a_text == "release of the hostages held by Hamas"
    names = Counter(row.text.casefold() for row in series.formulas)
    assert [name for name, count in names.items() if count > 1] == []
    told = _row(series, "release-of-hostages")
    assert _marks(told) == ".+~."
    assert told.cells[2].linked == "ceasefire-hostage-deal"
    deal = _row(series, "ceasefire-hostage-deal")
    assert _marks(deal) == "..~~"
    assert deal.text == "hostage release and ceasefire deal"
    assert deal.cells[2].linked == "release-of-hostages"
    lines = render_series_text(series, width=200).splitlines()
    named = [
        line for line in lines if line.startswith("  .") and "“release of the hostages" in line
    ]
    assert [line.split("”")[0].split("“")[1] for line in named] == [
        "hostage release and ceasefire deal",  # linked to the row below
        "release of the hostages held by Hamas",
    ]
    assert "linked to “release of the hostages held by Hamas”" in named[0]


def test_a_cell_present_through_a_rewording_is_not_persisted() -> None:
    cases = [
        # reworded at 2 by pair 1→2, told appeared at 3 by pair 2→3
        (("biden-guterres__2021-09-20__wh.txt", "biden-guterres__2022-09-21__wh.txt",
          "biden-guterres__2023-09-19__wh.txt"), "combat-climate-change", "*~~"),
        (("biden-tamim__2023-11-22__wh.txt", "biden-tamim__2023-11-25__wh.txt",
          "biden-tamim__2023-12-26__wh.txt"), "release-of-hostages", "*~~"),
        # told dropped at 3 by pair 2→3; at 3 only as the first words of pair 3→4's rewording
        (("starmer-store__2025-04-21__gov-uk.txt", "starmer-store__2025-05-09__gov-uk.txt",
          "starmer-store__2025-10-01__gov-uk.txt", "starmer-store__2025-12-04__gov-uk.txt"),
         "lasting-peace", ".+~~"),
    ]  # fmt: skip
    for files, formula_id, marks in cases:
        series, _ = _series(*files)
        row = _row(series, formula_id)
        assert _marks(row) == marks, (formula_id, [c.wording for c in row.cells])
        moved = row.cells[2]
        assert moved.present and moved.linked == formula_id  # its own: told as reworded
