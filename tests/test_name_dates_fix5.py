"""Two leftovers of u67 and fix4 (branch fix5), through the real command line on real readouts
(Biden–Abdullah, eval/formulas: "President Biden spoke today …", dated by its file name only):

1. A file name whose date was read and refused ("04-09-2025": day first or month first; a day
   no calendar has) made ``series`` say only "has no date", and ``check DIR`` put the readout
   first in silence: both now say why the name gave no date.
2. A folder's listing read the head of every file twice (once for the readouts, once for the
   files passed over): now once, the output unchanged.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "eval" / "formulas"
FIRST, SECOND = (PAIRS / f"biden-abdullah__{date}__wh.txt" for date in ("2024-04-14", "2024-05-06"))
EITHER = (
    "its name's 04-09-2025 is 4 September 2025 read day first and April 9, 2025 month first,"
    " and is not guessed"
)


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *map(str, args)], capture_output=True, text=True,
        check=False,
    )  # fmt: skip


def _folder(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "readouts"
    folder.mkdir()
    shutil.copy(FIRST, folder / name)  # its text dates it "today": the name alone could
    shutil.copy(SECOND, folder)
    return folder


def test_series_says_why_a_day_or_month_first_name_gave_no_date(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "04-09-2025.txt")
    done = _run("series", folder)
    assert done.returncode == 2
    assert done.stderr == (
        f"readoutdiff: error: {folder}/04-09-2025.txt: has no date ({EITHER}): give one in front"
        " matter (date: 2021-06-28), in the text or in the file name, or keep the order given"
        " with --order given\n"
    )


def test_check_dir_warns_of_the_readout_it_orders_first(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "04-09-2025.txt")
    done = _run("check", folder)
    assert done.returncode == 0, done.stderr
    assert done.stderr == (
        f"readoutdiff: warning: {folder}/04-09-2025.txt: has no date ({EITHER}); the check"
        " orders it before every dated readout\n"
    )
    assert f"{folder}/04-09-2025.txt → {folder}/{SECOND.name}" in done.stdout


def test_check_since_warns_of_an_added_readout_it_orders_first(tmp_path: Path) -> None:
    """A pull request adding "04-09-2025.txt" to a folder of dated readouts: ``--since`` read
    it as the folder's first readout by date ("nothing to compare yet") without a word of its
    name; the warning now says why the name gave no date."""
    repo = tmp_path / "repo"
    folder = repo / "readouts"
    folder.mkdir(parents=True)
    shutil.copy(SECOND, folder)
    for args in (
        ("init", "-q", "-b", "main"), ("config", "user.email", "ci@example.org"),
        ("config", "user.name", "CI"), ("add", "."), ("commit", "-q", "-m", "one readout"),
    ):  # fmt: skip
        subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)
    shutil.copy(FIRST, folder / "04-09-2025.txt")
    done = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "check", "readouts", "--since", "HEAD"],
        capture_output=True, text=True, check=False, cwd=repo,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "readouts/04-09-2025.txt is the first readout of readouts by date" in done.stdout
    assert done.stderr == (
        f"readoutdiff: warning: readouts/04-09-2025.txt: has no date ({EITHER}); the check"
        " orders it before every dated readout\n"
    )


def test_a_day_no_calendar_has_is_said(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "abdullah 2024-02-30.txt")
    done = _run("series", folder)
    assert done.returncode == 2
    assert (
        "abdullah 2024-02-30.txt: has no date (its name's 2024-02-30 is no day of the"
        in done.stderr
    )


def test_a_name_read_or_plainly_undated_says_nothing_more(tmp_path: Path) -> None:
    """A name read as a date (year last, one reading alone a date) is dated; one holding
    nothing like a date keeps the message as it was. ``check DIR`` was silent of it, and now
    names it, among dated readouts, as ordered first (ux15: a newest readout undated was
    compared as OLD in silence)."""
    dated = _folder(tmp_path, "16-04-2024.txt")
    assert _run("check", dated).stderr == ""
    plain = tmp_path / "plain"
    plain.mkdir()
    shutil.copy(FIRST, plain / "call.txt")
    shutil.copy(SECOND, plain)
    assert _run("check", plain).stderr == (
        f"readoutdiff: warning: {plain / 'call.txt'}: has no date (none in front matter, in the"
        " text or in the file name: give one, such as date: 2021-06-28 in front matter); the"
        " check orders it before every dated readout\n"
    )
    assert ": has no date: give one in front matter" in _run("series", plain).stderr


_COUNT_OPENS = """
import atexit, collections, runpy, sys
opened, folder = collections.Counter(), sys.argv[1]
def hook(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].startswith(folder):
        opened[args[0].rsplit("/", 1)[-1]] += 1
sys.addaudithook(hook)
atexit.register(lambda: sys.stderr.write("OPENED " + repr(sorted(opened.items())) + "\\n"))
sys.argv = ["readoutdiff", *sys.argv[2:]]
runpy.run_module("readoutdiff", run_name="__main__", alter_sys=True)
"""


def test_a_listing_reads_each_head_once(tmp_path: Path) -> None:
    """``series DIR`` over two readouts, a README, a picture and a timeline readoutdiff wrote:
    each listing reads a head once, and ``series`` lists the folder once (fix6: a second
    listing checked it was not empty): a readout is opened twice (its head, its load), the
    timeline once, the README and the picture never; on fix5's base (two listings, each reading
    every head twice) 5, 5, 4, on fix5 3, 3, 2. The output and the warnings are those of a
    plain run."""
    folder = _folder(tmp_path, FIRST.name)
    plain = _run("series", folder)
    (folder / "README.md").write_text("Where these readouts came from.\n")
    (folder / "photo.png").write_bytes(b"\x89PNG")
    (folder / "timeline.txt").write_text(plain.stdout)
    done = subprocess.run(
        [sys.executable, "-c", _COUNT_OPENS, str(folder), "series", str(folder)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    shown, counts = done.stderr.rsplit("OPENED ", 1)
    assert eval(counts) == [(FIRST.name, 2), (SECOND.name, 2), ("timeline.txt", 1)]
    assert done.stdout == plain.stdout
    assert shown == _run("series", folder).stderr
    assert "timeline.txt: skipped, written by readoutdiff" in shown
