"""``check DIR`` whose newest readout is the first of its series by file name (ux16): it was
compared with the readout before it of another series (ux14's choice, a note naming both
files), where ``check DIR --since`` calls the same readout added "the first readout of its
series: nothing to compare yet" (ux15). Now both say so, and pass. Real readouts of
eval/formulas: three Sunak–Rutte (gov.uk) and Biden–Abdullah (White House), dated after them."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from test_check_since import FOLDER, PAIRS, _check, _commit, _git

RUTTE = ("sunak-rutte__2022-11-01__gov-uk.txt", "sunak-rutte__2023-04-13__gov-uk.txt")
ABDULLAH = "biden-abdullah__2024-04-14__wh.txt"
SAID = (
    "nothing to compare yet: {folder}/{name} is the first readout of biden-abdullah in {folder}"
    " by date; a check compares a readout with the one before it"
)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "repo" / FOLDER
    folder.mkdir(parents=True)
    for name in (*RUTTE, ABDULLAH):
        shutil.copyfile(PAIRS / name, folder / name)
    return folder


def test_check_dir_passes_a_first_readout_of_its_series(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    rules = tmp_path / "rules.toml"
    rules.write_text('[dropped]\nseverity = "error"\n[changed]\nseverity = "error"\n', "utf-8")
    junit, data = tmp_path / "check.xml", tmp_path / "check.json"
    done = _check(
        folder.parent, FOLDER, "--rules", str(rules), "--junit", str(junit), "--json", str(data)
    )
    said = SAID.format(folder=FOLDER, name=ABDULLAH) + (
        "; the folder holds 2 series by file name, and check leaves out the 2 readouts of"
        " sunak-rutte"
    )
    # before: compared with sunak-rutte 2023-04-13 (similarity 0.04), exit 1 under these rules
    assert (done.returncode, done.stdout) == (0, f"readoutdiff check: passed: {said}\n")
    document = json.loads(data.read_text(encoding="utf-8"))
    assert (document["compared"], document["note"], document["failed"]) == (False, said, False)
    [case] = ET.parse(junit).getroot().iter("testcase")
    assert case.get("name") == "nothing to compare yet" and case.findtext("system-out") == said
    github = _check(folder.parent, FOLDER, "-f", "github").stdout
    assert github.startswith(f"::notice title=readoutdiff check::{said}\n")


def test_check_dir_and_since_say_the_same_of_it(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    repo = folder.parent
    (folder / ABDULLAH).unlink()
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "CI")
    _commit(repo, "two readouts of one series")
    shutil.copyfile(PAIRS / ABDULLAH, folder / ABDULLAH)
    since = _check(repo, FOLDER, "--since", "main").stdout.splitlines()
    plain = _check(repo, FOLDER).stdout.splitlines()
    said = SAID.format(folder=FOLDER, name=ABDULLAH)
    assert f"readoutdiff check: passed: {said}" in since
    assert plain[0].startswith(f"readoutdiff check: passed: {said}; the folder holds 2 series")


def test_the_second_readout_of_a_series_is_compared_within_it(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    second = "biden-abdullah__2024-05-06__wh.txt"
    shutil.copyfile(PAIRS / second, folder / second)
    done = _check(folder.parent, FOLDER)
    assert done.returncode == 0, done.stderr
    assert f"{ABDULLAH} → " in done.stdout.splitlines()[0] or ABDULLAH in done.stdout
    assert "nothing to compare yet" not in done.stdout
    assert "leaves out the 2 readouts of sunak-rutte" in done.stdout
