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
