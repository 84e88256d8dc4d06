"""A folder's readouts in name order read a number in a name as a number everywhere (branch
rev14): ``check DIR`` did so for readouts of one date (u62), while ``series DIR --order given``
and the folder listing sorted names as text, so ``r-10.txt`` came first in the series and last
in the check. Real input: three Sunak readouts of eval/formulas, renamed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from readoutdiff.ingest.readout_paths import listed

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
READOUTS = sorted(EVAL.glob("sunak-*__gov-uk.txt"))[:3]


def test_series_in_given_order_ends_with_the_readout_check_calls_the_newest(
    tmp_path: Path,
) -> None:
    assert len(READOUTS) == 3
    for readout, number in zip(READOUTS, (8, 9, 10), strict=True):
        shutil.copy(readout, tmp_path / f"r-{number}.txt")
    names = [Path(p).name for p in listed(tmp_path)[0]]
    assert names == ["r-8.txt", "r-9.txt", "r-10.txt"]
    done = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "series", str(tmp_path), "--order", "given"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    shown = [name for line in done.stdout.splitlines() for name in names if f" {name} " in line]
    assert shown[:3] == names
