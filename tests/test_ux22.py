"""ux22 (forty-sixth session): ``check DIR --since REF --series NAME``'s readouts of other series
(ux20) and "no readout of series NAME in DIR" (ux21) are written by render/check_since.py
(:class:`NotChecked`), not patched into the finished reports by cli/check.py. Every report of
test_ux20's repository is the same bytes as before; the one change: the JUnit note of a folder
whose name holds ``&`` or ``<`` named no series, as the XML escaped the name the patch sought."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from test_series_newest_series import MARCOS, PAIRS, RUTTE
from test_ux19 import _git

from readoutdiff.render.check_formats import CheckFormat
from readoutdiff.render.check_since import NotChecked, render_checks, render_checks_markdown


def test_every_report_names_the_series_of_a_folder_named_with_xml_characters(
    tmp_path: Path,
) -> None:
    from test_cli import run

    repo = tmp_path / "repo"
    folder = repo / "r&d<1>"
    folder.mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "CI")
    for name in (*RUTTE[:2], *MARCOS[:2]):
        shutil.copyfile(PAIRS / name, folder / name)
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "two of each")
    _git(repo, "checkout", "-q", "-b", "pr")
    shutil.copyfile(PAIRS / MARCOS[2], folder / MARCOS[2])
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "only harris-marcos added")
    said = "no readout of series rutte in r&d<1> added or changed since main"
    args = ("check", "r&d<1>", "--since", "main", "--series", "rutte")
    text = run(*args, cwd=repo).stdout
    assert said in text.splitlines()[0], text
    assert said in json.loads(run(*args, "-f", "json", cwd=repo).stdout)["note"]
    root = ET.fromstring(run(*args, "-f", "junit", cwd=repo).stdout)
    notes = [case.findtext("system-out") for case in root.iter("testcase")]
    assert any(said in (note or "") for note in notes), notes
    skipped = [case for case in root.iter("testcase") if case.find("skipped") is not None]
    assert [case.get("name") for case in skipped] == [f"r&d<1>/{MARCOS[2]}"]
    assert root.get("skipped") == "1"


def test_without_series_the_reports_are_as_before() -> None:
    """No ``not_checked`` key, no line, no suite: ``--since`` alone is unchanged."""
    where = {"folder": "readouts", "since": "main", "commit": "1a2b3c4"}
    for chosen in CheckFormat:
        assert render_checks([], chosen, **where) == render_checks(
            [], chosen, **where, not_checked=None
        )
    assert "not_checked" not in json.loads(render_checks([], CheckFormat.JSON, **where))
    left = NotChecked("rutte", "main", (("readouts/b__2024-01-01__x.txt", "b"),))
    document = json.loads(render_checks([], CheckFormat.JSON, **where, not_checked=left))
    assert list(document)[4:6] == ["added", "not_checked"]
    assert document["not_checked"][0]["why"] == (
        "added or changed since main, of series b, not of --series rutte"
    )
    summary = render_checks_markdown([], **where, not_checked=left)
    assert summary.endswith(
        ".\n\nNot checked: 1 readout added or changed since `main` of another series than"
        " `--series rutte`: `readouts/b__2024-01-01__x.txt` (b).\n"
    ), summary
