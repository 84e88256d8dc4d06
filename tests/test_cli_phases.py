"""benchmarks/cli_phases.py maps the whole ``readoutdiff A B --format json`` run by step: its
probe does the command's steps in order and writes the same JSON, and each step's best is
taken apart from the others'."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import cli_phases
finally:
    sys.path.remove(str(ROOT / "benchmarks"))

SAMPLES = [str(ROOT / "samples" / "2021-06-28-xi-putin.txt"),
           str(ROOT / "samples" / "2021-12-15-xi-putin.txt")]  # fmt: skip


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "READOUTDIFF_CACHE_DIR": str(tmp_path / "cache"),
    }


def test_the_probe_marks_every_step_of_the_command_in_order(tmp_path: Path) -> None:
    steps = cli_phases.phases(SAMPLES, _env(tmp_path))
    assert list(steps) == [
        "start-up", "entry, regex preload", "the diff path's imports", "run_options",
        "load A", "load B", "compare()", "JSON written", "regex cache saved",
    ]  # fmt: skip
    assert all(took >= 0 for took in steps.values())


def test_the_probe_writes_what_the_command_writes(tmp_path: Path) -> None:
    env = _env(tmp_path)
    probe = subprocess.run(
        [sys.executable, "-c", cli_phases.PROBE, *SAMPLES], capture_output=True, env=env,
        check=True,
    )  # fmt: skip
    command = subprocess.run(
        [sys.executable, "-m", "readoutdiff", *SAMPLES, "--format", "json"], capture_output=True,
        env=env, check=True,
    )  # fmt: skip
    assert probe.stdout == command.stdout


def test_each_step_keeps_its_own_best() -> None:
    runs = [{"load A": 2.0, "compare()": 5.0}, {"load A": 3.0, "compare()": 4.0}]
    assert cli_phases.best(runs) == {"load A": 2.0, "compare()": 4.0}
