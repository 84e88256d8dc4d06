"""Three leftovers of the thirty-eighth session's reviewers (branch fix7), through the real
command line on real readouts:

1. ``check DIR --since REF`` run inside a git submodule read REF in the superproject, so the
   submodule's own pre-commit hook (``--since HEAD``) checked readouts its commit did not
   change (rev20): REF is now read in the repository the run starts in when that repository
   holds the folder.
2. Of two copies of one readout (the same bytes and date), the "original" was the first by
   file name, so a ``copy.txt`` dated by its title was the original of the readout whose name
   dates it (rev21): the readout whose name another's extends, then the one whose name gives
   its date, is the original, in ``check DIR``, ``--since`` and ``series`` alike.
3. ``series A B DIR`` expanded each path a second time to warn of a readout named twice,
   listing DIR and reading each of its readouts' heads again (fix6): once now.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from test_check_since import DATES, FOLDER, _check, _checked, _commit, _git, _name, _put
from test_check_since_merges import _with_submodule, commit_through_hook
from test_fix6 import _opened, _run  # the real CLI; an audit hook counts opens
from test_name_dates_fix5 import FIRST, PAIRS, SECOND

THIRD, FOURTH = (PAIRS / f"biden-abdullah__{day}__wh.txt" for day in ("2024-07-26", "2024-08-05"))


def test_series_of_files_and_a_folder_reads_the_folder_once(tmp_path: Path) -> None:
    """``series A B DIR``: each readout of DIR is opened twice (its head in the one listing,
    its load), on the base three times (the warning of readouts named twice listed DIR again);
    a readout named as a file and found in DIR is still said to be named twice."""
    folder = tmp_path / "readouts"
    folder.mkdir()
    for readout in (THIRD, FOURTH):
        shutil.copy(readout, folder)
    counts, stdout, stderr = _opened(folder, "series", FIRST, SECOND, folder)
    assert counts == [(THIRD.name, 2), (FOURTH.name, 2)]
    plain = _run("series", FIRST, SECOND, folder)
    assert (stdout, stderr) == (plain.stdout, plain.stderr)
    assert plain.returncode == 0 and "Series of 4 readouts" in stdout and not stderr
    again = folder / THIRD.name
    counts, stdout, stderr = _opened(folder, "series", FIRST, again, SECOND, folder)
    assert counts == [(THIRD.name, 2), (FOURTH.name, 2)]  # base: 2 and 3
    assert (
        stderr
        == f"readoutdiff: warning: {again}: named twice; the series reads each readout once\n"
    )
    assert "Series of 4 readouts" in stdout


def test_since_head_in_a_submodule_s_own_hook_is_the_submodule_s_head(tmp_path: Path) -> None:
    """A submodule holds a readout committed since the superproject recorded it (2023-05-16);
    its own pre-commit hook runs ``check readouts --since HEAD`` on a commit that stages no
    readout. HEAD is the submodule's: nothing to check (on the base the superproject's HEAD,
    so 2023-05-16 was checked again by every commit of the submodule). Run from the
    superproject, ``--since HEAD`` is still the superproject's and 2023-05-16 is checked
    (chk4's superproject hook)."""
    outer, sub = _with_submodule(tmp_path)
    _put(sub, DATES[2])
    _commit(sub, "adds 2023-05-16, not yet recorded by the superproject")
    own = _git(sub, "rev-parse", "--short", "HEAD").strip()
    (sub / "NOTES").write_text("where the readouts came from\n", encoding="utf-8")
    _git(sub, "add", "NOTES")
    done, said = commit_through_hook(sub, FOLDER, "notes", tmp_path / "hook.txt")
    assert done.returncode == 0, said
    assert f"no readout of {FOLDER} added or changed since HEAD ({own})" in said
    inside = _check(sub / FOLDER, ".", "--since", "HEAD")  # from a folder of the submodule
    assert inside.returncode == 0 and "nothing to check" in inside.stdout
    outside = _check(outer, f"sub/{FOLDER}", "--since", "HEAD")  # from the superproject
    assert outside.returncode == 0, outside.stderr
    assert _checked(outside.stdout) == [(DATES[1], DATES[2])]


def test_the_copy_is_the_one_a_user_saved_second_in_check_since_and_series(
    tmp_path: Path,
) -> None:
    """Two copies of the Sunak–Rutte readout of 1 November 2022 beside it and the readout
    after it: ``copy.txt`` (dated by its title, u66) and ``… copy.txt`` (a file manager's name
    for a copy). By name both sorted before the readout they copy, so on the base ``check
    DIR`` and ``series`` named the readout "the same text as copy.txt". Now each is named the
    copy of the readout whose name dates it and which its own name extends, in ``check DIR``,
    ``check DIR --since`` (the copies added by the change) and ``series`` alike."""
    first, second = (PAIRS / _name(date) for date in DATES[:2])
    repo = tmp_path / "repo"
    folder = repo / FOLDER
    folder.mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "CI")
    _put(repo, *DATES[:2])
    _commit(repo, "two readouts")
    for copy in ("copy.txt", first.name.replace(".txt", " copy.txt")):
        shutil.copy(first, folder / copy)
        checked = _run("check", FOLDER, cwd=repo)
        assert checked.returncode == 0, checked.stderr
        warning = (
            f"readoutdiff: warning: {FOLDER}/{copy}: the same text as {FOLDER}/{first.name};"
            " the check reads it once\n"
        )
        assert checked.stderr == warning
        since = _run("check", FOLDER, "--since", "HEAD", cwd=repo)
        assert since.returncode == 0, since.stderr
        assert since.stderr == warning
        assert since.stdout.splitlines()[-1] == (
            f"readoutdiff check: passed: nothing to compare yet: {FOLDER}/{copy} is the same text"
            f" as {FOLDER}/{first.name}, the first readout of {FOLDER} by date; a check"
            " compares a readout with the one before it"
        )
        series = _run("series", FOLDER, "--json", tmp_path / "series.json", cwd=repo)
        assert series.returncode == 0, series.stderr
        assert series.stderr == warning.replace("the check", "the series")
        meetings = json.loads((tmp_path / "series.json").read_text(encoding="utf-8"))["meetings"]
        assert [meeting["path"] for meeting in meetings] == [
            f"{FOLDER}/{first.name}",
            f"{FOLDER}/{second.name}",
        ]
        (folder / copy).unlink()
