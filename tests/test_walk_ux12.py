"""What ux12's walk as a new user tripped on in ``series`` and ``check``, on real folders
(eval/bilingual's Xi–Trump readouts): an output file whose folder is missing was refused only
once the whole series was compared (eight seconds of warnings, then the error); now it is the
one line said first, before any readout is read."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
XI_TRUMP = sorted((ROOT / "eval" / "bilingual").glob("xi-trump__*.txt"))


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "readoutdiff", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", cwd=cwd)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    where = tmp_path / "xt"
    where.mkdir()
    for path in XI_TRUMP:
        shutil.copy(path, where / path.name)
    return where


@pytest.mark.parametrize(
    ("command", "option"),
    [("series", "--json"), ("series", "--csv"), ("series", "--html"), ("check", "-o"),
     ("check", "--junit"), ("check", "--json"), ("check", "--summary")],
)  # fmt: skip
def test_an_output_in_no_folder_is_refused_first(folder: Path, command: str, option: str) -> None:
    done = run(command, "xt", option, "no/such/out.x", cwd=folder.parent)
    assert done.returncode == 2
    assert done.stderr == (
        "readoutdiff: error: no/such/out.x: cannot write it: there is no folder no/such;"
        " make it first\n"
    )  # no warning of the versions left out: no readout was read
    assert done.stdout == ""


def test_an_output_naming_a_folder_is_refused_first(folder: Path) -> None:
    done = run("series", "xt", "--csv", ".", cwd=folder.parent)
    assert (done.returncode, done.stderr) == (
        2, "readoutdiff: error: .: is a folder; give the name of a file to write\n",
    )  # fmt: skip
