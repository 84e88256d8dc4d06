"""What rev19 and chk4 saw and left in ``check`` (branch fix4), each through the real command line
on real readouts (Sunak–Rutte, eval/formulas):

1. ``check DIR`` passed over a copy of a readout in silence, where ``series DIR`` warned: both
   now say it in one wording (``series.build.copies_said``).
2. The ``--since`` job summary named the readouts on its first line without code spans, and a
   first readout's note as plain text: a name holding ``*`` or ``[`` restyled them. The heading
   of a check that compared nothing is written in one place (``nothing_summary``).
3. ``check DIR`` read every readout twice when all had one size, and listed its folder (which
   reads the head of every file) four times; ``--since`` listed it four times too. A run now
   lists it once and reads each readout once, its output unchanged.
4. (``action.yml``'s ``since`` example: tests/test_check.py.)
5. ``readoutdiff NEW OLD`` and ``check NEW OLD`` (dates from the file names) said nothing of the
   order: a note on standard error now says so; the exit status and the view are unchanged.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "eval" / "formulas"
OLD, NEW, NEWER = (PAIRS / f"sunak-rutte__{date}__gov-uk.txt" for date in ("2023-04-13", "2023-05-16", "2023-07-11"))  # fmt: skip


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", *map(str, args)], capture_output=True, text=True,
        check=False, cwd=cwd,
    )  # fmt: skip


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True)


def _repo(tmp_path: Path, *readouts: Path) -> Path:
    """A git repository whose one commit holds ``readouts`` in its folder ``readouts``."""
    repo = tmp_path / "repo"
    (repo / "readouts").mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "CI")
    for readout in readouts:
        shutil.copy(readout, repo / "readouts")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", f"{len(readouts)} readouts")
    return repo


def test_check_dir_names_a_copy_as_series_does(tmp_path: Path) -> None:
    folder = tmp_path / "readouts"
    folder.mkdir()
    for readout in (OLD, NEW):
        shutil.copy(readout, folder)
    shutil.copy(NEW, folder / "copy.txt")  # undated, the bytes of a dated one: its copy
    said = f"{folder}/copy.txt: the same text as {folder}/{NEW.name}"
    checked = _run("check", folder)
    assert checked.returncode == 0, checked.stderr
    assert checked.stderr == f"readoutdiff: warning: {said}; the check reads it once\n"
    series = _run("series", folder)
    assert series.returncode == 0, series.stderr
    assert f"readoutdiff: warning: {said}; the series reads it once\n" in series.stderr
    alone = tmp_path / "alone"  # one meeting and its copy: the note names the copy, no warning
    alone.mkdir()
    shutil.copy(NEW, alone)
    shutil.copy(NEW, alone / "copy.txt")
    first = _run("check", alone)
    assert first.returncode == 0 and first.stderr == "", first.stderr
    assert "and a copy of it" in first.stdout


def test_the_since_summary_shows_names_as_they_are(tmp_path: Path) -> None:
    repo = _repo(tmp_path, NEW)
    # named as Sunak–Rutte's series ("rutte", "sunak": a participant of the folder's own
    # readout's), so that the one first readout is the one dated before it (ux15: a name of
    # another series is the first readout of that series)
    first = "[a]*-rutte__2023-04-13__gov-uk.txt"  # added, dated before the folder's readout
    later = "b*-sunak__2023-07-11__gov-uk.txt"  # added, the newest
    shutil.copy(OLD, repo / "readouts" / first)
    shutil.copy(NEWER, repo / "readouts" / later)
    summary = tmp_path / "summary.md"
    done = _run("check", "readouts", "--since", "HEAD", "--summary", summary, cwd=repo)
    assert done.returncode == 0, done.stderr
    text = summary.read_text(encoding="utf-8")
    head, rest = text.split("\n", 1)
    assert head.startswith("2 readouts of `readouts` added or changed since `HEAD` (")
    assert head.endswith(f"): `readouts/{first}`, `readouts/{later}`.")
    heading = "## readoutdiff check passed: nothing to compare yet"
    assert rest.count(heading) == 1
    note = rest.split(heading, 1)[1].split("\n\n", 2)[1]
    assert note.startswith(
        r"nothing to compare yet: readouts/\[a\]\*-rutte\_\_2023-04-13\_\_gov-uk.txt is"
    )


def test_a_first_readout_summary_shows_its_name_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "readouts"
    folder.mkdir()
    shutil.copy(OLD, folder / "*draft*__2023-04-13.txt")
    summary = tmp_path / "summary.md"
    done = _run("check", folder, "--summary", summary)
    assert done.returncode == 0, done.stderr
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## readoutdiff check passed: nothing to compare yet\n\n")
    assert r"(" + str(folder).replace("_", r"\_") + r"/\*draft\*\_\_2023-04-13.txt)" in text


_COUNT_OPENS = """
import atexit, collections, runpy, sys
opened, folder = collections.Counter(), sys.argv[1]
def hook(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].startswith(folder):
        opened[args[0]] += 1
sys.addaudithook(hook)
atexit.register(lambda: sys.stderr.write("OPENED " + repr(sorted(opened.values())) + "\\n"))
sys.argv = ["readoutdiff", *sys.argv[2:]]
runpy.run_module("readoutdiff", run_name="__main__", alter_sys=True)
"""


def _opened(folder: Path, *args: str | Path, cwd: Path | None = None) -> tuple[str, list[int]]:
    done = subprocess.run(
        [sys.executable, "-c", _COUNT_OPENS, str(folder), *map(str, args)], capture_output=True,
        text=True, check=False, cwd=cwd,
    )  # fmt: skip
    counts = done.stderr.rsplit("OPENED ", 1)[1]
    return done.stdout, eval(counts)  # a list of ints the script wrote


def test_check_dir_reads_each_readout_once(tmp_path: Path) -> None:
    """Two readouts of one size (the second padded to the first's): each was opened for the
    copies, then again to compare, and listed four times (a listing opens every file twice);
    now one listing and one read. The output is the same as a plain run's."""
    folder = tmp_path / "readouts"
    folder.mkdir()
    old, new = OLD.read_bytes(), NEW.read_bytes()
    size = max(len(old), len(new))
    (folder / OLD.name).write_bytes(old + b"\n" * (size - len(old)))
    (folder / NEW.name).write_bytes(new + b"\n" * (size - len(new)))
    shown, counts = _opened(folder, "check", folder)
    assert counts == [2, 2]  # the listing reads each head once (fix5), then one load
    assert shown == _run("check", folder).stdout


def test_check_since_lists_the_folder_once(tmp_path: Path) -> None:
    repo = _repo(tmp_path, OLD, NEWER)
    folder = repo / "readouts"
    shutil.copy(NEW, folder)
    shown, counts = _opened(Path("readouts"), "check", "readouts", "--since", "HEAD", cwd=repo)
    assert counts == [2, 2, 2]  # one listing, one head read each (fix5), one load
    assert shown == _run("check", "readouts", "--since", "HEAD", cwd=repo).stdout


def test_readouts_given_in_the_wrong_date_order_get_a_note() -> None:
    right = _run(OLD, NEW)
    assert right.stderr == ""
    wrong = _run(NEW, OLD)
    assert wrong.returncode == right.returncode
    assert wrong.stderr == (  # the meeting's date as the text gives it ("yesterday")
        f"readoutdiff: note: A ({NEW}, 2023-05-15) is dated after B ({OLD}, 2023-04-13): A is"
        " read as the earlier readout, so what the later one dropped is told as appeared; give"
        " the earlier readout as A to follow the change\n"
    )
    checked = _run("check", NEW, OLD)
    assert checked.returncode == _run("check", OLD, NEW).returncode
    assert checked.stderr.startswith(f"readoutdiff: note: OLD ({NEW}, 2023-05-15) is dated after")
    assert checked.stderr.count("\n") == 1


def test_check_since_names_a_copy_as_check_dir_does(tmp_path: Path) -> None:
    """A pull request that adds a copy of a readout under another name: ``check DIR`` and
    ``series DIR`` name it on standard error, but ``check DIR --since`` checked the copy in the
    place of the meeting it copies and said nothing of it (rev21). It now gives ``check DIR``'s
    warning, reading each readout once still."""
    repo = _repo(tmp_path, OLD, NEW)
    folder = repo / "readouts"
    shutil.copy(NEW, folder / "copy.txt")
    done = _run("check", "readouts", "--since", "HEAD", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert done.stderr == (
        f"readoutdiff: warning: readouts/copy.txt: the same text as readouts/{NEW.name};"
        " the check reads it once\n"
    )
    assert done.stderr == _run("check", "readouts", cwd=repo).stderr
    _, counts = _opened(Path("readouts"), "check", "readouts", "--since", "HEAD", cwd=repo)
    assert counts == [2, 2, 2]  # one head read each (fix5), one load
