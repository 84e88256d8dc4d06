"""`check DIR` on a folder of one readout passes ("nothing to compare yet", u62) and now writes
the reports asked for, each saying nothing was compared (branch fix2; u62 left them unwritten,
so a CI step that always uploads the JUnit file found none): JUnit of one passed test case
named "nothing to compare yet", readoutdiff-check/1 JSON with ``compared: false`` and the note,
the text line to ``-o``. Real input: Sunak–Rutte 2022-11-01 (eval/formulas)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parent.parent
FIRST = ROOT / "eval" / "formulas" / "sunak-rutte__2022-11-01__gov-uk.txt"


def _check(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", "check", *map(str, args)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip


def _said(folder: Path) -> str:
    return (
        f"nothing to compare yet: {folder} holds one readout ({folder / FIRST.name}); a check"
        " compares the newest readout with the one before, from the second readout on"
    )


def test_the_reports_of_a_first_readout_say_nothing_was_compared(tmp_path: Path) -> None:
    folder = tmp_path / "readouts"
    folder.mkdir()
    shutil.copy(FIRST, folder)
    junit, data, out = tmp_path / "check.xml", tmp_path / "check.json", tmp_path / "check.txt"
    done = _check(folder, "--junit", junit, "--json", data, "-o", out)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert out.read_text(encoding="utf-8") == f"readoutdiff check: passed: {_said(folder)}\n"
    suite = ET.parse(junit).getroot().find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("1", "0", "0")
    [case] = suite.findall("testcase")
    assert case.get("name") == "nothing to compare yet" and not case.findall("failure")
    assert case.findtext("system-out") == _said(folder)
    document = json.loads(data.read_text(encoding="utf-8"))
    schema = json.loads(
        files("readoutdiff").joinpath("schema", "readoutdiff-check-1.schema.json").read_text()
    )
    Draft202012Validator(schema).validate(document)
    assert (document["compared"], document["note"], document["failed"]) == (
        False, _said(folder), False
    )  # fmt: skip
    assert document["rules"] == [] and document["old"] == document["new"]
    assert document["new"]["path"] == str(folder / FIRST.name)
    # the report as the chosen format goes to standard output, the note to standard error
    for fmt, opening in (("json", "{"), ("junit", "<?xml")):
        done = _check(folder, "--format", fmt)
        assert done.returncode == 0 and done.stdout.startswith(opening)
        assert done.stderr == f"readoutdiff: note: {_said(folder)}\n"


def test_a_report_is_not_written_over_the_one_readout(tmp_path: Path) -> None:
    shutil.copy(FIRST, tmp_path)
    done = _check(tmp_path, "--junit", tmp_path / FIRST.name)
    assert done.returncode == 2 and "a readout of the folder" in done.stderr
    assert (tmp_path / FIRST.name).read_text(encoding="utf-8") == FIRST.read_text("utf-8")


def test_the_reports_of_a_first_readout_saved_in_its_folder_are_no_readouts(
    tmp_path: Path,
) -> None:
    """Every report of a first readout, saved in the folder it checks, is known for one on the
    next run, as every other report readoutdiff writes is (branch rev14): the github view opens
    with its ``::notice`` (only ``::error`` and ``::warning`` were known) and the summary had a
    heading of its own ("## readoutdiff check: passed"), so either was read as a second readout,
    undated, and the check compared it with the real one."""
    folder = tmp_path / "readouts"
    folder.mkdir()
    shutil.copy(FIRST, folder)
    saved = folder / "check-github.md"
    summary = folder / "summary.md"
    done = _check(folder, "--format", "github", "-o", saved, "--summary", summary)
    assert done.returncode == 0 and saved.read_text(encoding="utf-8").startswith("::notice")
    assert summary.read_text(encoding="utf-8").startswith("## readoutdiff check passed: ")
    again = _check(folder)
    assert again.returncode == 0 and again.stdout == f"readoutdiff check: passed: {_said(folder)}\n"
    assert again.stderr.count("written by readoutdiff") == 2


def test_a_first_readout_warns_as_a_folder_of_two_does(tmp_path: Path) -> None:
    """The warnings of a check of two readouts are given for the first one too (branch rev14;
    fix2's path wrote its reports and said nothing): an ``-o`` file named for another format
    (JSON written to ``.xml``)."""
    folder = tmp_path / "readouts"
    folder.mkdir()
    shutil.copy(FIRST, folder)
    done = _check(folder, "--format", "json", "-o", tmp_path / "check.xml")
    assert done.returncode == 0 and "check.xml" in done.stderr and "json" in done.stderr


def test_a_first_readout_and_its_copy_have_nothing_to_compare_yet(tmp_path: Path) -> None:
    """rev18: a folder of one readout passes; with a copy of it saved beside it (the same bytes
    and date, read once since sym6) the run failed with exit status 2 ("holds copies of one
    readout only"), where ``check DIR --since`` says "nothing to compare yet" of the same
    folder. One meeting saved twice is still one readout: it passes, and says so."""
    folder = tmp_path / "readouts"
    folder.mkdir()
    shutil.copy(FIRST, folder)
    copy = folder / FIRST.name.replace(".txt", "_2.txt")
    shutil.copy(FIRST, copy)
    done = _check(folder)
    assert done.returncode == 0, done.stderr
    said = _said(folder).replace(
        f"({folder / FIRST.name})", f"({folder / FIRST.name}, and a copy of it: {copy})"
    )
    assert done.stdout == f"readoutdiff check: passed: {said}\n"
