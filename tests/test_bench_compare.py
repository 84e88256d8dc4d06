"""benchmarks/bench_compare.py runs end to end at its smallest size: it starts ``measure.py``
in a fresh process for every measurement, so a missing worker (the file was once deleted by a
commit about something else, and nothing noticed) fails here, not in the next speed branch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def test_the_synthetic_benchmark_runs_at_5k_and_scores_the_alignment() -> None:
    src = str(BENCHMARKS.parent / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_compare.py"), "--sizes", "5k", "--no-htmldiff"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=BENCHMARKS,
    )
    assert done.returncode == 0, done.stderr
    row = next(line for line in done.stdout.splitlines() if line.startswith("| 5k |"))
    # in-order recall, moved recall and precision of the aligner on the synthetic pair
    assert "| 1.000 |" in row
    assert "in-order recall >= 0.98 at every size | PASS" in done.stdout
