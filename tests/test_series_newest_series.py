"""``series DIR`` on a folder of several series by file name reads the newest readout's series,
as ``check DIR`` does (ux16; ux15 only warned, and the table compared Sunak–Rutte with
Harris–Marcos readouts, similarity 0.00 to 0.01). Files or globs named are read as given.
ux17: the warnings name ``--series`` (tests/test_series_pick.py), where they named a glob.
Real readouts of eval/formulas, through the real command line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "eval" / "formulas"
RUTTE = [f"sunak-rutte__{d}__gov-uk.txt" for d in ("2022-11-01", "2023-04-13", "2023-12-07")]
MARCOS = [f"harris-marcos__{d}__wh.txt" for d in ("2022-11-21", "2023-05-02", "2023-09-06")]


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *map(str, args)], capture_output=True, text=True,
        check=False, cwd=cwd, encoding="utf-8",
    )  # fmt: skip


def _folder(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "readouts"
    folder.mkdir()
    for name in names:
        shutil.copyfile(PAIRS / name, folder / name)
    return folder


def test_a_folder_is_read_as_its_newest_readouts_series(tmp_path: Path) -> None:
    _folder(tmp_path, *RUTTE, *MARCOS)
    done = _run("series", "readouts", "--json", "s.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == (
        "readoutdiff: warning: the readouts hold 2 series by file name: the series reads"
        " sunak-rutte, the newest readout's series, and leaves out the 3 readouts of"
        f" harris-marcos ({', '.join(MARCOS)}); --series NAME reads another, --series all each"
        " in turn\n"
    )
    document = json.loads((tmp_path / "s.json").read_text("utf-8"))
    read = json.dumps(document)
    assert all(name in read for name in RUTTE) and not any(name in read for name in MARCOS)
    # the glob named reads the other series alone, with nothing to say
    other = _run("series", "readouts/harris-marcos__*", cwd=tmp_path)
    assert other.returncode == 0 and other.stderr == "", other.stderr
    assert "Series of 3 readouts" in other.stdout and "sunak-rutte" not in other.stdout


def test_files_named_are_read_as_given_with_a_warning(tmp_path: Path) -> None:
    folder = _folder(tmp_path, *RUTTE, *MARCOS)
    done = _run("series", *sorted(folder.iterdir()), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Series of 6 readouts" in done.stdout
    assert "not all sharing a participant: the series compares each readout" in done.stderr


def test_a_newest_series_of_one_readout_is_refused_naming_another(tmp_path: Path) -> None:
    _folder(tmp_path, *RUTTE[:2], "biden-abdullah__2024-04-14__wh.txt")
    done = _run("series", "readouts", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.splitlines()[-1] == (
        "readoutdiff: error: readouts/biden-abdullah__2024-04-14__wh.txt: is the newest readout"
        " and the only one of its series by file name (biden-abdullah); the folder holds 2"
        " series, and a series reads the newest readout's: --series NAME reads another"
        " (sunak-rutte), --series all each in turn"
    )
