"""``readoutdiff check DIR`` on a folder holding two language versions of one call (ux12): the
call is one meeting, read in the folder's majority language as ``series`` reads it (ux11,
``series.build.other_versions``), the other version named in a note, so the check compares
the newest call with the call before, not the newest call's two languages. Run for real on
eval/bilingual files, with ``--since`` in a real git repository too."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_series_versions import BILINGUAL, LEFT_OUT, XI_TRUMP, folder

VERSION = LEFT_OUT
NOTE = f"the same call in English: {VERSION}, left out (check reads one version of each call)"


def check(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "readoutdiff", "check", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", cwd=cwd)


def test_the_newest_call_is_checked_against_the_call_before(tmp_path: Path) -> None:
    where = folder(tmp_path, XI_TRUMP)
    done = check(".", "--json", tmp_path / "c.json", "--summary", tmp_path / "s.md", cwd=where)
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    # before: globaltimes (English) → mfa-zh (Chinese) of one call, a day's "only in old"
    assert first.startswith(f"readoutdiff check: {XI_TRUMP[1]} (2018-03-09")
    assert f"→ {XI_TRUMP[3]} (2018-05-08" in first
    assert f"note: NEW: {NOTE}" in done.stdout.splitlines()
    assert "only in old, the English version" not in done.stdout
    document = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert Path(document["new"]["path"]).name == XI_TRUMP[3]
    assert f"B: {NOTE}" in document["notes"]
    assert f"> note: B: {NOTE}" in (tmp_path / "s.md").read_text(encoding="utf-8")
    junit = check(".", "--format", "junit", cwd=where)
    suite = ET.fromstring(junit.stdout).find("testsuite")
    assert suite is not None
    notes = [p.get("value") for p in suite.iter("property") if p.get("name") == "note"]
    assert notes[0] == "OLD is in English, NEW in Chinese: passages paired by meaning"
    assert notes[-1] == f"NEW: {NOTE}"


def test_one_call_alone_in_two_languages_is_still_a_pair(tmp_path: Path) -> None:
    where = folder(tmp_path, XI_TRUMP[2:])
    done = check(".", cwd=where)
    assert done.returncode == 0, done.stderr
    assert "OLD is in English, NEW in Chinese" in done.stdout
    assert "left out" not in done.stdout


def _git(where: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=where, check=True, capture_output=True,
    )  # fmt: skip


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_since_checks_a_version_added_as_its_call(tmp_path: Path) -> None:
    where = folder(tmp_path, tuple(name for name in XI_TRUMP if name != VERSION))
    _git(where, "init", "-q")
    _git(where, "add", ".")
    _git(where, "commit", "-qm", "three calls")
    shutil.copy(BILINGUAL / VERSION, where / VERSION)
    done = check(".", "--since", "HEAD", cwd=where)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[2].startswith(f"readoutdiff check: {XI_TRUMP[1]} (2018-03-09")
    assert f"note: NEW: {NOTE}" in lines
    assert f"note: NEW is checked for {VERSION}, added or changed: a version of its call" in lines
    # the call and its version both added: the call is checked once
    _git(where, "rm", "-q", "--cached", XI_TRUMP[3])
    _git(where, "commit", "-qm", "without the last call")
    done = check(".", "--since", "HEAD", "--format", "json", cwd=where)
    assert done.returncode == 0, done.stderr
    checks = json.loads(done.stdout)["checks"]
    assert [Path(c["new"]["path"]).name for c in checks] == [XI_TRUMP[3]]


FIRST_CALL = ("xi-trump__2018-03-09__mfa-zh.txt", "xi-trump__2018-05-08__mfa-zh.txt")
FIRST_VERSION = "xi-trump__2018-03-09__mfa.txt"


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_since_names_a_version_of_the_first_call_as_a_version(tmp_path: Path) -> None:
    """rev28: the English readout of the folder's first call, added, was "the same text as"
    the Chinese one; it is a version of a call already read, with nothing before it."""
    where = folder(tmp_path, FIRST_CALL)
    _git(where, "init", "-q")
    _git(where, "add", ".")
    _git(where, "commit", "-qm", "two calls")
    shutil.copy(BILINGUAL / FIRST_VERSION, where / FIRST_VERSION)
    done = check(".", "--since", "HEAD", "--json", tmp_path / "c.json", cwd=where)
    assert done.returncode == 0, done.stderr
    said = (
        f"nothing to compare yet: {FIRST_VERSION} is the English version of a call already"
        f" read, {FIRST_CALL[0]} (Chinese), the first readout of . by date; check reads one"
        " version of each call, and compares a readout with the one before it"
    )
    assert done.stdout.splitlines()[2] == f"readoutdiff check: passed: {said}"
    assert "the same text" not in done.stdout + done.stderr
    checks = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["checks"]
    assert [(c["compared"], c["note"]) for c in checks] == [(False, said)]
    # a copy of that version added with it is that version, told once
    copy = FIRST_VERSION.replace(".txt", "-copy.txt")
    shutil.copy(BILINGUAL / FIRST_VERSION, where / copy)
    done = check(".", "--since", "HEAD", "--format", "json", cwd=where)
    assert done.returncode == 0, done.stderr
    assert [c["note"] for c in json.loads(done.stdout)["checks"]] == [said]
    assert f"{copy}: the same text as {FIRST_VERSION}; the check reads it once" in done.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_copy_of_a_version_left_out_is_read_as_that_version(tmp_path: Path) -> None:
    """rev28: a byte-for-byte copy of the version ``one_version`` leaves out was checked as a
    readout of its own (the English copy against the call before); it is that version, checked
    as its call, as ``check DIR`` reads it."""
    where = folder(tmp_path, XI_TRUMP)
    _git(where, "init", "-q")
    _git(where, "add", ".")
    _git(where, "commit", "-qm", "three calls")
    copy = VERSION.replace(".txt", "-copy.txt")
    shutil.copy(BILINGUAL / VERSION, where / copy)
    done = check(".", "--since", "HEAD", "--format", "json", cwd=where)
    assert done.returncode == 0, done.stderr
    [checked] = json.loads(done.stdout)["checks"]
    assert Path(checked["new"]["path"]).name == XI_TRUMP[3]  # the call, in Chinese
    assert Path(checked["old"]["path"]).name == XI_TRUMP[1]
    assert f"B is checked for {copy}, added or changed: a version of its call" in checked["notes"]
    assert f"{copy}: the same text as {VERSION}; the check reads it once" in done.stderr
    whole = json.loads(check(".", "--format", "json", cwd=where).stdout)
    assert whole["new"]["path"] == checked["new"]["path"]
    assert whole["old"]["path"] == checked["old"]["path"]
