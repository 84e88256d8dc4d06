"""A series' pair reports read with governing words, its rows without (ser5).

The rows of a series are named by the formula itself (``governing_words=False``, ser3), and the
series' pair reports were that same comparison: far noisier than ``readoutdiff A B`` against
the hand lists (ser4: dev noise 21.0 % against 11.0 %). Now each pair is aligned once and its
formula stage forks after the linking (``compare_readings``): the rows keep the governing-off
reading, the report is the governing-on one, each equal to a comparison of its own.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas.mining.recurrence import with_recurring
from readoutdiff.ingest import load
from readoutdiff.model import Comparison, Options
from readoutdiff.series import Order, build_series, order_readouts

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
SISI = tuple(EVAL / f"biden-sisi__{day}__wh.txt" for day in ("2023-10-29", "2023-11-22", "2024-01-26"))  # fmt: skip
"""Three dev readouts whose reports, read with governing words, say "efforts to reach a deal for
the release of hostages held by Hamas" where the rows' reading names the bare formula."""


def _told(comparison: Comparison) -> set[tuple[str, str | None, str | None]]:
    return {(f.status.value, f.a_text, f.b_text) for f in comparison.formulas}


def test_each_pair_report_is_its_comparison_with_governing_words() -> None:
    readouts = [load(path) for path in SISI]
    rows: list[Comparison] = []
    reports: list[Comparison] = []
    series = build_series(readouts, on_comparison=rows.append, on_report=reports.append)
    options = with_recurring(Options(), order_readouts(readouts, Order.DATE))
    for row, report, (a, b) in zip(rows, reports, pairwise(readouts), strict=True):
        assert row == compare(a, b, options=replace(options, governing_words=False))
        assert report == compare(a, b, options=replace(options, governing_words=True))
    assert (
        "changed",
        "continuing efforts to secure the release of hostages",
        "efforts to reach a deal for the release of hostages held by Hamas",
    ) in _told(reports[0])
    assert all(_told(row) != _told(report) for row, report in zip(rows, reports, strict=True))
    # the rows are the same whether the reports are asked for or not
    assert build_series(readouts) == series


def test_a_two_readout_series_report_is_the_pairs_own_report(tmp_path: Path) -> None:
    """``series A B --html`` frames the very page ``readoutdiff A B --format html`` writes (no
    phrase recurs in a series of two that the pair's own mining does not find)."""
    a, b = SISI[:2]
    command = [sys.executable, "-m", "readoutdiff"]
    done = subprocess.run(
        [*command, "series", str(a), str(b), "--html", str(tmp_path / "t.html"),
         "--pairs", "folder"],
        capture_output=True, text=True, encoding="utf-8",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    own = tmp_path / "own.html"
    alone = subprocess.run(
        [*command, str(a), str(b), "--format", "html", "-o", str(own)],
        capture_output=True, text=True, encoding="utf-8",
    )  # fmt: skip
    assert alone.returncode in (0, 1), alone.stderr
    (framed,) = (tmp_path / "t.html.pairs").iterdir()
    page = framed.read_text(encoding="utf-8")
    assert "efforts to reach a deal for the release of hostages held by Hamas" in page
    assert page == own.read_text(encoding="utf-8")
