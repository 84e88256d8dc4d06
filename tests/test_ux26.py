"""Branch ux26: session 48's leftovers and a new user's walk, through the real command line."""

from __future__ import annotations

import json
import os
import pty
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
    # 5 changed, 7 steady since chg9: "safeguarding the common interests" gains a qualifier
    assert "Formulas: 37 (24 dropped · 5 changed · 1 appeared · 7 steady)" in said
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
        "Rows are formulas; readoutdiff A B lists entries and may count otherwise (a kept"
        " formula reworded around it as two; none of the series' recurring phrases)"
    )
    page = _run("series", "samples", "--html", str(tmp_path / "s.html"))
    assert page.returncode == 0, page.stderr
    assert (
        "A row is one formula where <code>readoutdiff A B</code> lists a pair's entries: a kept"
        " formula reworded around it is one row but may be two entries there (persisted and"
        " changed)"
    ) in (tmp_path / "s.html").read_text(encoding="utf-8")


def _on_a_terminal(*args: str, columns: int) -> tuple[int, str]:
    """The exit status and what a terminal of ``columns`` shows of ``readoutdiff ARGS`` (its
    standard output and error both on the terminal)."""
    leader, follower = pty.openpty()
    done = subprocess.Popen(
        [sys.executable, "-m", "readoutdiff", *args], cwd=ROOT, stdin=subprocess.DEVNULL,
        stdout=follower, stderr=follower, env={**os.environ, "COLUMNS": str(columns)},
    )  # fmt: skip
    os.close(follower)
    shown = b""
    while True:
        try:
            got = os.read(leader, 65536)
        except OSError:  # the command ended: its terminal closed
            break
        if not got:
            break
        shown += got
    os.close(leader)
    return done.wait(timeout=120), shown.decode("utf-8").replace("\r\n", "\n")


def test_check_keeps_a_findings_sentence_whole_on_a_terminal() -> None:
    """``check`` of the samples with the README's example rules at 80 columns: "…for a new
    era” was dropped (sentence" ended a line and "6)" stood alone under it. The place is now
    one piece, on the next line; no line runs past the width."""
    pair = [str(Path(path).relative_to(ROOT)) for path in PAIR]  # as typed in the clone
    rules = "tests/data/ux26/rules.toml"
    status, shown = _on_a_terminal("check", *pair, "--rules", rules, columns=80)
    lines = shown.splitlines()
    assert status == 1
    assert "    (sentence 6)" in lines
    assert not [line for line in lines if line.strip().endswith("(sentence")]
    assert max(len(line) for line in lines) <= 80
