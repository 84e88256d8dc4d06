"""benchmarks/by_series.py: per-series deltas between this checkout and a base revision."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import by_series

ROOT = Path(__file__).resolve().parent.parent


def test_report_calls_a_series_helped_hurt_or_mixed() -> None:
    before = {"a": [1, 4, 0, 0], "b": [2, 4, 0, 0], "c": [1, 2, 1, 0], "d": [0, 1, 0, 0]}
    after = {"a": [2, 4, 0, 0], "b": [2, 4, 1, 0], "c": [2, 2, 2, 0], "d": [0, 1, 0, 0]}
    text = by_series.report(before, after)
    rows = {line.split(" | ")[0].strip("| "): line for line in text.splitlines()}
    assert rows["a"].endswith("| helped |") and "1/4 → 2/4" in rows["a"]
    assert rows["b"].endswith("| hurt |") and "0 → 1" in rows["b"]
    assert rows["c"].endswith("| mixed |")
    assert rows["d"].endswith("|  |")
    assert text.splitlines()[-1].startswith("4 series: 1 helped, 1 hurt, 3 moved")


# One single-pair dev series of each language and publisher kind: the base's src is extracted
# and scored in a child as for the whole split, at a tenth of its time.
SERIES = ("biden-yoon", "blinken-borrell", "starmer-frederiksen", "xi-merz", "putin-mirziyoyev")


def test_against_its_own_revision_nothing_moves() -> None:
    named = [arg for name in SERIES for arg in ("--series", name)]
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "by_series.py"), "--base", "HEAD", *named],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    last = out.stdout.strip().splitlines()[-1]
    assert last.endswith(
        "0 helped, 0 hurt, 0 moved (helped/hurt: changed found minus new noise "
        "minus new wrong fates)."
    )
    assert int(last.split()[0]) == len(SERIES)
    rows = {line.split(" | ")[0].strip("| ") for line in out.stdout.splitlines()[2:-2]}
    assert rows == set(SERIES)


def test_series_scores_those_series_of_the_split_only() -> None:
    counted = by_series.counts("dev", oracle=False, series=("biden-yoon", "no-such-series"))
    assert list(counted) == ["biden-yoon"]
