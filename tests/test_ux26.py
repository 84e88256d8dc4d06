"""Branch ux26: session 48's leftovers and a new user's walk, through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PAIR = [str(SAMPLES / "2021-06-28-xi-putin.txt"), str(SAMPLES / "2021-12-15-xi-putin.txt")]


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *args], cwd=cwd, capture_output=True, text=True,
        encoding="utf-8", check=False,
    )  # fmt: skip


def test_series_of_the_samples_says_its_rows_count_formulas_not_the_pairs_entries(
    tmp_path: Path,
) -> None:
    """``series samples/`` said "Formulas: 37" where ``readoutdiff A B`` on the same two
    readouts lists 39 entries, and no view said why (session 48 saw it). The counts differ by
    design: a row is one formula, at every meeting; the pair view lists entries, read with the
    words around them. The three differences, each read from the real outputs: a formula kept
    with new words around it is two entries (persisted, and changed ``around`` it), one row; the
    congratulations line the pair tells with its words is no row; the series tracks two phrases
    recurring over it that the pair alone does not learn."""
    pair = _run(*PAIR, "-f", "json")
    series = _run("series", "samples", "--json", str(tmp_path / "s.json"))
    assert (pair.returncode, series.returncode) == (0, 0), pair.stderr + series.stderr
    entries = json.loads(pair.stdout)["formulas"]
    rows = {row["id"] for row in json.loads((tmp_path / "s.json").read_text())["formulas"]}
    said = series.stdout.splitlines()
    assert "Formulas: 37 (24 dropped · 4 changed · 1 appeared · 8 steady)" in said
    assert len(entries) == 39
    ids = {entry["id"] for entry in entries}
    twice = {entry["around"] for entry in entries if entry["around"] in ids}
    assert twice == {"good-neighbor-treaty", "true-multilateralism", "belt-and-road"}
    formulas = {entry["around"] or entry["id"] for entry in entries}
    assert formulas - rows == {"mined:greeting"}
    assert rows - formulas == {"recurring:china-russia-relation", "recurring:russia-china-relation"}
    assert len(entries) - len(twice) - 1 + 2 == len(rows) == 37
    legend = said.index(next(line for line in said if line.startswith("Legend: ")))
    assert said[legend + 1] == (
        "Rows are formulas; readoutdiff A B lists a pair's entries: a kept formula reworded"
        " around it twice, some lines with their words, no phrase the series learnt"
    )
    page = _run("series", "samples", "--html", str(tmp_path / "s.html"))
    assert page.returncode == 0, page.stderr
    assert (
        "A row is one formula where <code>readoutdiff A B</code> lists a pair's entries: a kept"
        " formula reworded around it is one row but two entries there (persisted and changed)"
    ) in (tmp_path / "s.html").read_text(encoding="utf-8")
