"""cli.entry: the command line leaves its heap to the process's end (gc.freeze), but a caller
of ``main`` in its own process keeps its collector as it was."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff.cli.entry import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAIR = [str(SAMPLES / "2021-06-28-xi-putin.txt"), str(SAMPLES / "2021-12-15-xi-putin.txt")]


def test_main_called_with_arguments_freezes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    before = gc.get_freeze_count()
    with pytest.raises(SystemExit) as stopped:
        main([*PAIR, "--format", "json"])
    assert stopped.value.code == 0
    assert gc.get_freeze_count() == before
    assert '"schema": "readoutdiff/1"' in capsys.readouterr().out


def test_the_command_writes_all_its_output_and_ends_cleanly() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "readoutdiff", *PAIR, "--format", "json"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.rstrip().endswith("}")


def test_main_called_with_arguments_keeps_no_comparison(capsys: pytest.CaptureFixture[str]) -> None:
    """Only the command's own process leaves its comparison to the exit (``LEFT_TO_EXIT``): a
    caller of ``main`` frees it as ``run_diff`` returns."""
    from readoutdiff.cli import diff_run

    with pytest.raises(SystemExit):
        main([*PAIR, "--format", "json"])
    assert diff_run.LEFT_TO_EXIT is None
    capsys.readouterr()


def test_run_diff_leaves_its_comparison_where_it_is_told(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With ``LEFT_TO_EXIT`` a list (the command's process), ``run_diff`` puts the comparison
    it wrote there, and writes the same bytes."""
    from readoutdiff.cli import diff_run
    from readoutdiff.cli.flags import Format
    from readoutdiff.model import Comparison

    diff_run.run_diff(PAIR[0], PAIR[1], output_format=Format.JSON)
    freed = capsys.readouterr().out
    kept: list[object] = []
    monkeypatch.setattr(diff_run, "LEFT_TO_EXIT", kept)
    diff_run.run_diff(PAIR[0], PAIR[1], output_format=Format.JSON)
    assert capsys.readouterr().out == freed
    (comparison,) = kept
    assert isinstance(comparison, Comparison)
    assert (comparison.a.path, comparison.b.path) == (PAIR[0], PAIR[1])
