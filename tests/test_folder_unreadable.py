"""A readout of a folder that cannot be read (a binary ``.txt``) stops ``check DIR``, ``check DIR
--since REF`` and ``series DIR`` alike: exit status 2, one line naming it and why a file the
user did not name matters (ux16: chosen over passing it by with a warning, as the file passed by
may be the newest, or the one a pull request adds, and the run would pass having checked
another pair). ``readoutdiff A B --history DIR`` stops on such a file in the same words, but for
why the folder is read (ux26: it gave no hint). Real readouts of eval/formulas (Sunak–Rutte),
through the real command line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from test_check_since import FOLDER, PAIRS, _check, _commit, _git, _name

BAD = _name("2023-05-16")  # the middle readout, named as one
WHY = (
    ": is binary (it has NUL bytes); give a plain-text readout; every readout of the folder is"
    " read, to order them by date: fix it or move it out of the folder"
)


def _folder(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / FOLDER).mkdir(parents=True)
    for date in ("2022-11-01", "2023-04-13", "2023-12-07"):
        shutil.copyfile(PAIRS / _name(date), repo / FOLDER / _name(date))
    return repo


def _bad(repo: Path) -> None:
    (repo / FOLDER / BAD).write_bytes(bytes(range(256)) * 4)


def test_check_dir_and_series_dir_stop_naming_it_alike(tmp_path: Path) -> None:
    repo = _folder(tmp_path)
    _bad(repo)
    line = f"readoutdiff: error: {FOLDER}/{BAD}{WHY}\n"
    for command in (["check", FOLDER], ["series", FOLDER], ["check", FOLDER, "-f", "json"]):
        done = subprocess.run(
            [sys.executable, "-m", "readoutdiff", *command], cwd=repo, capture_output=True,
            text=True, encoding="utf-8", check=False,
        )  # fmt: skip
        assert (done.returncode, done.stdout, done.stderr) == (2, "", line), command


def test_history_dir_stops_naming_it_in_the_same_words(tmp_path: Path) -> None:
    """Each kind of file a folder may hold by mistake: binary, another encoding, empty."""
    repo = _folder(tmp_path)
    for date in ("2023-07-11", "2023-12-07"):
        shutil.copyfile(PAIRS / _name(date), repo / _name(date))
    said = {
        bytes(range(256)) * 4: ": is binary (it has NUL bytes); give a plain-text readout",
        "Встреча состоялась.".encode("cp1251"): ":1: is not valid UTF-8 (byte 0xc2 at column 1)",
        b" \n": ": is empty (nothing but white space); give a readout with text",
    }
    for content, what in said.items():
        (repo / FOLDER / BAD).write_bytes(content)
        done = subprocess.run(
            [sys.executable, "-m", "readoutdiff", _name("2023-07-11"), _name("2023-12-07"),
             "--history", FOLDER],
            cwd=repo, capture_output=True, text=True, encoding="utf-8", check=False,
        )  # fmt: skip
        (line,) = done.stderr.splitlines()
        assert (done.returncode, done.stdout) == (2, ""), what
        assert line.startswith(f"readoutdiff: error: {FOLDER}/{BAD}{what}"), line
        assert line.endswith(
            "; every readout of the folder is read, to learn the phrases recurring in them:"
            " fix it or move it out of the folder"
        ), line


def test_since_stops_on_the_readout_a_change_adds(tmp_path: Path) -> None:
    repo = _folder(tmp_path)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "CI")
    _commit(repo, "three readouts")
    _bad(repo)
    done = _check(repo, FOLDER, "--since", "main")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"readoutdiff: error: {FOLDER}/{BAD}{WHY}\n"


def test_a_file_named_is_told_as_before(tmp_path: Path) -> None:
    repo = _folder(tmp_path)
    _bad(repo)
    done = _check(repo, f"{FOLDER}/{_name('2023-04-13')}", f"{FOLDER}/{BAD}")
    assert done.returncode == 2
    assert done.stderr == (
        f"readoutdiff: error: {FOLDER}/{BAD}: is binary (it has NUL bytes); give a plain-text"
        " readout\n"
    )
