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
