"""benchmarks/step_opcodes.py counts each function's opcodes while one step of the JSON command
runs: only that step's functions, the same count on every run, comprehensions told apart."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import step_opcodes
finally:
    sys.path.remove(str(ROOT / "benchmarks"))

SAMPLES = [str(ROOT / "samples" / "2021-06-28-xi-putin.txt"),
           str(ROOT / "samples" / "2021-12-15-xi-putin.txt")]  # fmt: skip


def _squares(count: int) -> int:
    return sum([n * n for n in range(count)])


def test_each_function_and_comprehension_is_counted_apart() -> None:
    counts: Counter[str] = Counter()
    sys.settrace(step_opcodes.counted(counts))
    try:
        _squares(50)
    finally:
        sys.settrace(None)
    here = Path(__file__).name
    line = _squares.__code__.co_firstlineno + 1
    assert counts[f"{here}:_squares"] > 0
    assert counts[f"{here}:<listcomp>@{line}"] > counts[f"{here}:_squares"]  # 50 turns


def _run(step: str, tmp_path: Path) -> str:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "READOUTDIFF_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONHASHSEED": "0",  # a set's order may decide which branch a loop takes
    }
    return subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "step_opcodes.py"), "--step", step, *SAMPLES],
        capture_output=True, text=True, check=True, env=env,
    ).stdout  # fmt: skip


def test_a_step_counts_its_own_functions_the_same_each_run(tmp_path: Path) -> None:
    _run("load A", tmp_path)  # the caches filled, as by the command's first run
    first, second = _run("load A", tmp_path), _run("load A", tmp_path)
    assert first == second
    assert first.startswith("load A: ")
    assert "languages/segment.py:sentences" in first
    assert "compare.py" not in first  # compare() ran untraced
