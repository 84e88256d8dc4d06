"""ux19 (forty-fifth session): the edges a user of ``series`` and ``check`` still met.

1. ``series DIR`` of a folder the user may not list said the bare ``DIR: Permission denied``,
   ``check DIR`` ``DIR: cannot list it (Permission denied)``; both say what ``--history`` says
   (rev32): ``DIR: cannot list it (Permission denied); check its permissions``, exit 2. As in
   test_review_rev32, the denial is the operating system's own answer made by a wrapper in the
   subprocess (the tests may run as root, who lists everything).
2. ``check DIR --since REF --series NAME`` was refused; it checks series NAME's readouts added
   or changed since REF (in a real git repository of real readouts from eval/formulas), names
   the other series' readouts added in one warning, and refuses ``--series all``.
3. A series CSV with no formula row holds the header alone: a warning names the file and the
   series (the samples renamed as one series, read with no lexicon, mining or background).
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

from test_review_rev32 import run as run_denied
from test_series_newest_series import MARCOS, PAIRS, RUTTE

from readoutdiff.cli.series import series_files

ROOT = Path(__file__).resolve().parent.parent
LISTED = "cannot list it (Permission denied); check its permissions"


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True)
    return done.stdout


def _put(repo: Path, *names: str) -> None:
    for name in names:
        shutil.copyfile(PAIRS / name, repo / "readouts" / name)


def test_a_folder_that_cannot_be_listed_is_one_line_for_series_and_check(tmp_path: Path) -> None:
    hidden = tmp_path / "readouts"
    hidden.mkdir()
    for name in (*RUTTE[:2], *MARCOS[:2]):
        shutil.copyfile(PAIRS / name, hidden / name)
    for args in (
        ("series", hidden),
        ("series", hidden, "--series", "all"),
        ("series", hidden, hidden / RUTTE[0]),
        ("check", hidden),
        ("check", hidden, "--series", "rutte"),
        ("check", hidden, "--series", "all"),
    ):
        done = run_denied(*args, hidden=hidden)
        assert (done.returncode, done.stdout, done.stderr) == (
            2,
            "",
            f"readoutdiff: error: {hidden}: {LISTED}\n",
        ), args


def _repo(tmp_path: Path) -> Path:
    """Main holds two readouts of each of sunak-rutte and harris-marcos; branch ``pr`` adds the
    third of each, as a pull request to a folder of several series."""
    repo = tmp_path / "repo"
    (repo / "readouts").mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "CI")
    _put(repo, *RUTTE[:2], *MARCOS[:2])
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "two of each")
    _git(repo, "checkout", "-q", "-b", "pr")
    _put(repo, RUTTE[2], MARCOS[2])
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "the third of each")
    return repo


def _check(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    from test_cli import run

    return run("check", "readouts", "--since", "main", *args, cwd=repo)


def test_since_with_series_checks_that_series_added_readouts(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    whole = _check(repo)
    assert whole.stdout.startswith("readoutdiff check: 2 readouts of readouts added or changed")
    done = _check(repo, "--series", "rutte")
    assert done.returncode == whole.returncode == 0, done.stderr
    # the report says it (ux20: a line after the first), not a warning besides
    assert done.stderr == ""
    assert done.stdout.splitlines()[1] == (
        "readoutdiff check: not checked: 1 readout added or changed since main of another"
        f" series than --series rutte: readouts/{MARCOS[2]} (harris-marcos)"
    )
    json_done = _check(repo, "--series", "rutte", "-f", "json")
    assert json_done.stderr == (
        "readoutdiff: warning: --series rutte: 1 readout added or changed since main of another"
        f" series, not checked: readouts/{MARCOS[2]}\n"
    )
    head = done.stdout.splitlines()[0]
    assert f"readouts/{RUTTE[2]}" in head and "harris-marcos" not in head
    assert f"readouts/{RUTTE[1]} (" in done.stdout  # against the one before it in its series
    # the series' part of the whole run, the same words
    assert done.stdout.split("\n\n", 1)[1] in whole.stdout
    data = json.loads(_check(repo, "--series", "harris-marcos", "-f", "json").stdout)
    assert data["added"] == [f"readouts/{MARCOS[2]}"]
    assert [check["new"]["path"] for check in data["checks"]] == [f"readouts/{MARCOS[2]}"]
    assert data["checks"][0]["old"]["path"] == f"readouts/{MARCOS[1]}"


def test_since_with_series_and_nothing_of_it_added_passes_and_names_the_others(
    tmp_path: Path,
) -> None:
    repo = _repo(tmp_path)
    _git(repo, "rm", "-q", f"readouts/{RUTTE[2]}")
    _git(repo, "commit", "-q", "-m", "only harris-marcos added")
    done = _check(repo, "--series", "sunak")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("readoutdiff check: passed: nothing to check: no readout")
    assert f"--series sunak: readouts/{MARCOS[2]} (harris-marcos)\n" in done.stdout  # ux20
    quiet = _check(repo, "--series", "sunak", "-f", "junit")
    assert f"not checked: readouts/{MARCOS[2]}\n" in quiet.stderr


def test_since_with_series_misuse_is_one_line(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    for args, said in {
        ("--series", "all"): "--since checks each readout added in its own series by file name"
        " already: leave --series all out, or give --series NAME to check the readouts added to"
        " one series",
        ("--series", "xi"): "--series xi: no readout's file name says that series or a"
        " participant of it; the readouts hold harris-marcos and sunak-rutte",
    }.items():
        done = _check(repo, *args)
        assert (done.returncode, done.stdout, done.stderr) == (
            2,
            "",
            f"readoutdiff: error: {said}\n",
        ), args


def test_series_files_match_by_file_name_alone() -> None:
    files = [f"readouts/{name}" for name in (*RUTTE, *MARCOS)]
    assert series_files(files, "marcos") == [f"readouts/{name}" for name in MARCOS]
    assert series_files(files, "sunak-rutte") == [f"readouts/{name}" for name in RUTTE]


def test_a_csv_of_a_series_with_no_formula_says_so(tmp_path: Path) -> None:
    from test_cli import run

    folder = tmp_path / "named"
    folder.mkdir()
    for sample in sorted((ROOT / "samples").glob("20*-xi-putin.txt")):
        date = sample.name[:10]
        shutil.copyfile(sample, folder / f"xi-putin__{date}__sample.txt")
    bare = ("--no-builtin-lexicon", "--no-mining", "--no-background")
    done = run("series", "named", *bare, "--csv", "s.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Formulas: 0" in done.stdout
    assert done.stderr == (
        "readoutdiff: warning: s.csv holds the header row alone: series xi-putin, 2 readouts,"
        " has no formula to give a row (one row per formula and meeting); --json FILE names"
        " its readouts\n"
    )
    rows = list(csv.reader(io.StringIO((tmp_path / "s.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 1 and rows[0][0] == "formula_id"
    # a series with formulas: rows, and no warning
    done = run("series", "named", "--csv", "t.csv", cwd=tmp_path)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert len((tmp_path / "t.csv").read_text(encoding="utf-8-sig").splitlines()) > 1
