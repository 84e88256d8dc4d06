"""benchmarks/bench_formulas.py takes its options through argparse: ``--help`` prints the
usage and stops (it used to run the whole four-minute benchmark), a wrong option is refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_formulas.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    # A timeout far below the benchmark's minutes: a --help that ran it would fail here.
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=60
    )


def test_help_prints_the_options_and_runs_nothing() -> None:
    result = _run("--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: bench_formulas.py")
    assert "--quick" in result.stdout
    assert "formulas in the pool" not in result.stdout  # the benchmark's first line


def test_an_unknown_option_is_refused() -> None:
    result = _run("--fast")
    assert result.returncode == 2
    assert "unrecognized arguments: --fast" in result.stderr
    assert result.stdout == ""


def test_the_whole_cli_ratio_takes_its_corpus_seeds() -> None:
    result = _run("--help")
    assert "--seeds" in result.stdout
    bad = _run("--seeds", "ten")
    assert bad.returncode == 2
    assert "not a comma-separated list of numbers" in bad.stderr


def test_the_whole_cli_ratio_alone_and_against_another_checkout() -> None:
    result = _run("--help")
    assert "--cli-only" in result.stdout and "--other" in result.stdout
    missing = _run("--cli-only", "--other")
    assert missing.returncode == 2
    assert "expected one argument" in missing.stderr


def test_the_timed_processes_write_and_read_byte_code() -> None:
    # As an installed package has it: a run that compiled every module from source first
    # was ~0.1 s slower than a user's (PYTHONDONTWRITEBYTECODE is set in some shells).
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import bench_formulas
    finally:
        sys.path.remove(str(SCRIPT.parent))
    assert "PYTHONDONTWRITEBYTECODE" not in bench_formulas.ENV


def test_our_cli_and_the_other_checkout_keep_their_own_caches(tmp_path: Path) -> None:
    # sp60: sharing the user's cache, each tree rewrote the compiled-pattern file the other read.
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import bench_formulas
    finally:
        sys.path.remove(str(SCRIPT.parent))
    alone, none = bench_formulas.cli_envs(str(tmp_path), None)
    assert none is None and alone["READOUTDIFF_CACHE_DIR"].startswith(str(tmp_path))
    ours, other = bench_formulas.cli_envs(str(tmp_path), "/elsewhere/src")
    assert other is not None and other["PYTHONPATH"] == "/elsewhere/src"
    assert ours["READOUTDIFF_CACHE_DIR"] != other["READOUTDIFF_CACHE_DIR"]
    assert "PYTHONPATH" not in ours or ours["PYTHONPATH"] != "/elsewhere/src"
