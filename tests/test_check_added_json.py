"""``readoutdiff-checks/1`` names the readouts git found added or changed (``added``, ux16): the
first line named them (ux15) but the JSON held only the readouts checked, fewer when a copy or
another language's version of a call is checked once. Real git repository, real readouts of
eval/formulas (Sunak–Rutte and Harris–Marcos, :mod:`test_check_since_series`)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from test_check_since import FOLDER, _check, _commit, _schema
from test_check_since_series import MARCOS, RUTTE, repo

__all__ = ["repo"]  # the fixture, used by name


def test_the_json_lists_every_readout_added_a_copy_too(repo: Path) -> None:
    copy = MARCOS.format("2023-09-06").replace("__wh", "__wh-copy")
    shutil.copyfile(repo / FOLDER / MARCOS.format("2023-09-06"), repo / FOLDER / copy)
    _commit(repo, "two readouts and a copy")
    done = _check(repo, FOLDER, "--since", "main", "-f", "json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    _schema("readoutdiff-checks-1.schema.json").validate(document)
    added = sorted([copy, MARCOS.format("2023-09-06"), RUTTE.format("2023-05-16")])
    assert document["added"] == [f"{FOLDER}/{name}" for name in added]
    assert len(document["checks"]) == 2  # the copy is checked once, as its original
    assert list(document)[:5] == ["schema", "folder", "since", "commit", "added"]


def test_a_change_that_adds_no_readout_lists_none(repo: Path) -> None:
    _commit(repo, "two readouts")
    done = _check(repo, FOLDER, "--since", "HEAD", "-f", "json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    _schema("readoutdiff-checks-1.schema.json").validate(document)
    assert (document["added"], document["checks"]) == ([], [])


def test_a_document_written_before_the_key_still_validates(repo: Path) -> None:
    document = json.loads(_check(repo, FOLDER, "--since", "main", "-f", "json").stdout)
    del document["added"]
    _schema("readoutdiff-checks-1.schema.json").validate(document)  # optional: /1 kept
