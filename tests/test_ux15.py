"""``series`` and ``check`` as a new user meets them (ux15's walk), each through the real
command line on real readouts (Sunak–Rutte and Harris–Marcos, eval/formulas)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "eval" / "formulas"
RUTTE = "sunak-rutte__{}__gov-uk.txt"


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *map(str, args)], capture_output=True, text=True,
        check=False, cwd=cwd,
    )  # fmt: skip


def test_check_dir_names_an_undated_readout_among_dated_ones(tmp_path: Path) -> None:
    # The April 2023 readout says "[April 2023]", no day: saved as "rutte-april.txt" beside the
    # 1 November 2022 one (dated by its text), check DIR compared April as OLD and November as
    # NEW, the newest, in silence.
    (tmp_path / "rutte-november.txt").write_text(
        (PAIRS / RUTTE.format("2022-11-01")).read_text("utf-8"), "utf-8"
    )
    (tmp_path / "rutte-april.txt").write_text(
        (PAIRS / RUTTE.format("2023-04-13")).read_text("utf-8"), "utf-8"
    )
    done = _run("check", ".", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("readoutdiff check: rutte-april.txt → rutte-november.txt")
    assert done.stderr == (
        "readoutdiff: warning: rutte-april.txt: has no date (none in front matter, in the text"
        " or in the file name: give one, such as date: 2021-06-28 in front matter); the check"
        " orders it before every dated readout\n"
    )
    # a folder of undated readouts alone is ordered by name, as meant: nothing to say
    (tmp_path / "rutte-november.txt").unlink()
    (tmp_path / "rutte-april-2.txt").write_text(
        (tmp_path / "rutte-april.txt").read_text("utf-8").replace("Rutte", "Rutte today"), "utf-8"
    )
    alone = _run("check", ".", cwd=tmp_path)
    assert alone.returncode == 0 and alone.stderr == "", alone.stderr


def test_series_of_several_series_by_file_name_says_so(tmp_path: Path) -> None:
    for name in (RUTTE.format("2023-04-13"), RUTTE.format("2023-05-16")):
        (tmp_path / name).write_text((PAIRS / name).read_text("utf-8"), "utf-8")
    marcos = "harris-marcos__2023-05-02__wh.txt"
    (tmp_path / marcos).write_text((PAIRS / marcos).read_text("utf-8"), "utf-8")
    done = _run("series", ".", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # ux16: a folder is read as the newest readout's series, as check DIR reads it (it was
    # read whole, with the warning files given still get); ux17: the warnings name --series,
    # which reads another series, where they named a glob
    assert done.stderr == (
        "readoutdiff: warning: the readouts hold 2 series by file name: the series reads"
        " sunak-rutte, the newest readout's series, and leaves out the 1 readout of"
        f" harris-marcos ({marcos}); --series NAME reads another, --series all each in turn\n"
    )
    assert "Series of 2 readouts" in done.stdout and marcos not in done.stdout
    mixed = _run("series", *sorted(path.name for path in tmp_path.iterdir()), cwd=tmp_path)
    assert mixed.returncode == 0, mixed.stderr
    assert mixed.stderr == (
        "readoutdiff: warning: the readouts hold 2 series by file name (harris-marcos and"
        " sunak-rutte), not all sharing a participant: the series compares each readout with"
        " the one before it, of whichever series; --series NAME reads one (sunak-rutte is the"
        " newest readout's), --series all each in turn\n"
    )
    # the glob named reads that series alone, with nothing to say
    alone = _run("series", "sunak-rutte__*", cwd=tmp_path)
    assert alone.returncode == 0 and alone.stderr == "", alone.stderr
    assert "Series of 2 readouts" in alone.stdout
    # series sharing a participant (Sunak) are one to a user: nothing to say
    (tmp_path / marcos).unlink()
    zelenskyy = "sunak-zelenskyy__2023-01-03__gov-uk.txt"
    (tmp_path / zelenskyy).write_text((PAIRS / zelenskyy).read_text("utf-8"), "utf-8")
    shared = _run("series", ".", cwd=tmp_path)
    assert shared.returncode == 0 and shared.stderr == "", shared.stderr
