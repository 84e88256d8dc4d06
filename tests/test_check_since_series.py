"""``check DIR --since REF`` on a folder of several series (ux15): each readout added is checked
against the one before it in its own series, as ``check DIR`` reads the newest readout's series
(ux14), and the run's first line names what git found added, a copy too (fx1's leftover: it
named the readouts checked). Real git repository, real readouts of eval/formulas: Sunak–Rutte
(gov.uk) and Harris–Marcos (White House), whose dates interleave, and Biden–Zelenskyy."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_check_since import FOLDER, PAIRS, _check, _commit, _git

RUTTE = "sunak-rutte__{}__gov-uk.txt"
MARCOS = "harris-marcos__{}__wh.txt"
ZELENSKYY = "biden-zelenskyy__2022-10-04__wh.txt"


def _put(repo: Path, *names: str) -> None:
    for name in names:
        shutil.copyfile(PAIRS / name, repo / FOLDER / name)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Main holds three Sunak–Rutte readouts and two Harris–Marcos ones; a branch ``pr`` adds
    one of each, each dated after a readout of the other series (by date alone, Sunak–Rutte
    2023-05-16 follows Harris–Marcos 2023-05-02 and Harris–Marcos 2023-09-06 follows it)."""
    repo = tmp_path / "repo"
    (repo / FOLDER).mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "CI")
    _put(repo, *(RUTTE.format(d) for d in ("2022-11-01", "2023-04-13", "2023-12-07")))
    _put(repo, *(MARCOS.format(d) for d in ("2022-11-21", "2023-05-02")))
    _commit(repo, "five readouts of two series")
    _git(repo, "checkout", "-q", "-b", "pr")
    _put(repo, RUTTE.format("2023-05-16"), MARCOS.format("2023-09-06"))
    return repo


def _pairs(document: dict[str, list[dict[str, dict[str, str]]]]) -> list[tuple[str, str]]:
    return [
        (Path(check["old"]["path"]).name, Path(check["new"]["path"]).name)
        for check in document["checks"]
    ]


def _said(check: dict[str, list[dict[str, list[dict[str, str]]]]]) -> list[str]:
    return [finding["message"] for rule in check["rules"] for finding in rule["findings"]]


def test_each_readout_added_is_checked_against_its_own_series(repo: Path) -> None:
    done = _check(repo, FOLDER, "--since", "main", "-f", "json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    # before: harris-marcos 2023-05-02 → sunak-rutte 2023-05-16 → harris-marcos 2023-09-06
    assert _pairs(document) == [
        (RUTTE.format("2023-04-13"), RUTTE.format("2023-05-16")),
        (MARCOS.format("2023-05-02"), MARCOS.format("2023-09-06")),
    ]
    notes = [note for check in document["checks"] for note in check["notes"]]
    assert (
        "the folder holds 2 series by file name: check compares a readout with the one before it"
        " in its own series, here sunak-rutte, and leaves out the 3 readouts of harris-marcos"
    ) in notes
    assert not any("two series by their file names" in note for note in notes)
    # each check is the one `check DIR` makes of its series alone, up to the readout added
    for name, added in ((RUTTE, "2023-05-16"), (MARCOS, "2023-09-06")):
        alone = repo / name[:5]
        alone.mkdir()
        for path in (repo / FOLDER).glob(name.format("*")):
            if path.name <= name.format(added):
                shutil.copyfile(path, alone / path.name)
        plain = json.loads(_check(repo, alone.name, "-f", "json").stdout)
        [since] = [c for c in document["checks"] if c["new"]["path"].endswith(name.format(added))]
        assert since["counts"] == plain["counts"] and since["similarity"] == plain["similarity"]
        assert _said(since) == _said(plain)  # the same findings (paths in another folder)


def test_the_first_readout_of_a_series_has_nothing_to_compare_yet(repo: Path) -> None:
    _put(repo, ZELENSKYY)  # dated before every other readout of its series: it has none
    done = _check(repo, FOLDER, "--since", "main")
    assert done.returncode == 0, done.stderr
    assert (
        f"readoutdiff check: passed: nothing to compare yet: {FOLDER}/{ZELENSKYY} is the first"
        f" readout of biden-zelenskyy in {FOLDER} by date; a check compares a readout with the"
        " one before it"
    ) in done.stdout.splitlines()
    assert "3 series by file name" in done.stdout


def test_a_folder_whose_names_say_no_series_is_read_whole(repo: Path) -> None:
    (repo / FOLDER / RUTTE.format("2023-05-16")).rename(repo / FOLDER / "2023-05-16-rutte.txt")
    done = _check(repo, FOLDER, "--since", "main", "-f", "json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert (MARCOS.format("2023-05-02"), "2023-05-16-rutte.txt") in _pairs(document)
    assert not any("series by file name" in n for c in document["checks"] for n in c["notes"])


def test_the_first_line_names_every_readout_added_and_the_checks_when_fewer(
    repo: Path,
) -> None:
    copy = MARCOS.format("2023-09-06").replace("__wh", "__wh-copy")
    shutil.copyfile(repo / FOLDER / MARCOS.format("2023-09-06"), repo / FOLDER / copy)
    _commit(repo, "two readouts and a copy")
    commit = _git(repo, "rev-parse", "--short", "main").strip()
    done = _check(repo, FOLDER, "--since", "main")
    assert done.returncode == 0, done.stderr
    added = sorted([copy, MARCOS.format("2023-09-06"), RUTTE.format("2023-05-16")])
    assert done.stdout.splitlines()[0] == (
        f"readoutdiff check: 3 readouts of {FOLDER} added or changed since main ({commit}): "
        + ", ".join(f"{FOLDER}/{name}" for name in added)
        + "; 2 checks: a copy of a readout, or another language's version of a call, is checked"
        " once, as the readout or call it stands for"
    )
    assert done.stdout.count("\nrules:\n") == 2
    # as many checks as readouts added: the line names them alone, as before
    (repo / FOLDER / copy).unlink()
    first = _check(repo, FOLDER, "--since", "main").stdout.splitlines()[0]
    assert first.endswith(
        f"{FOLDER}/{MARCOS.format('2023-09-06')}, {FOLDER}/{RUTTE.format('2023-05-16')}"
    )
