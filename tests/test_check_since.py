"""``check DIR --since REF`` in a real git repository: the readouts a change adds or edits are
the ones checked, each against the one before it by date (u62 left a pull request that adds a
readout dated before the folder's newest checked on the newest pair). Real input: the five
Sunak–Rutte readouts of eval/formulas."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "eval" / "formulas"
DATES = ("2022-11-01", "2023-04-13", "2023-05-16", "2023-07-11", "2023-12-07")
FOLDER = "readouts"


def _name(date: str) -> str:
    return f"sunak-rutte__{date}__gov-uk.txt"


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout


def _put(repo: Path, *dates: str) -> None:
    for date in dates:
        (repo / FOLDER / _name(date)).write_text(
            (PAIRS / _name(date)).read_text(encoding="utf-8"), encoding="utf-8"
        )


def _commit(repo: Path, message: str) -> None:
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Main holds three readouts (2022-11-01, 2023-04-13, 2023-12-07); a branch `pr` is
    checked out from it, as a pull request's head."""
    repo = tmp_path / "repo"
    (repo / FOLDER).mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "CI")
    _put(repo, DATES[0], DATES[1], DATES[4])
    _commit(repo, "three readouts")
    _git(repo, "checkout", "-q", "-b", "pr")
    return repo


def _check(
    repo: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", "check", *args], cwd=repo, capture_output=True,
        text=True, check=False, env=env,
    )  # fmt: skip


def _error_line(repo: Path, *args: str) -> str:
    """The one line a run that cannot go on says (exit status 2, nothing on standard output)."""
    done = _check(repo, *args)
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    return line


def _checked(text: str) -> list[tuple[str, str]]:
    pairs = []
    for line in text.splitlines():
        if line.startswith("readoutdiff check: ") and " → " in line and "added or" not in line:
            old, new = line.split(" → ", 1)
            pairs.append((next(d for d in DATES if d in old), next(d for d in DATES if d in new)))
    return pairs


def _schema(name: str) -> Draft202012Validator:
    schema = json.loads(files("readoutdiff").joinpath("schema", name).read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_an_older_dated_readout_added_is_the_one_checked(repo: Path) -> None:
    _put(repo, DATES[3])  # 2023-07-11: before the folder's newest, 2023-12-07
    _commit(repo, "July readout")
    plain = _check(repo, FOLDER)
    assert plain.returncode == 0 and _checked(plain.stdout) == [(DATES[3], DATES[4])]
    done = _check(repo, FOLDER, "--since", "main")
    assert done.returncode == 0, done.stderr
    commit = _git(repo, "rev-parse", "--short", "main").strip()
    first = done.stdout.splitlines()[0]
    assert first == (
        f"readoutdiff check: 1 readout of {FOLDER} added or changed since main ({commit}):"
        f" {FOLDER}/{_name(DATES[3])}"
    )
    assert _checked(done.stdout) == [(DATES[1], DATES[3])]  # against its predecessor by date
    # the readout the pull request adds is the one annotated
    github = _check(repo, FOLDER, "--since", "main", "--format", "github").stdout
    annotated = [line for line in github.splitlines() if line.startswith("::")]
    assert annotated and all(f"file={FOLDER}/{_name(DATES[3])}," in line for line in annotated)


def test_two_readouts_added_are_both_checked_and_either_fails_the_run(
    repo: Path, tmp_path: Path
) -> None:
    _put(repo, DATES[2], DATES[3])
    _commit(repo, "May and July readouts")
    rules = tmp_path / "rules.toml"
    rules.write_text('[dropped]\nseverity = "error"\n', encoding="utf-8")
    junit, data = tmp_path / "check.xml", tmp_path / "check.json"
    done = _check(
        repo, FOLDER, "--since", "main", "--rules", str(rules), "--junit", str(junit),
        "--json", str(data),
    )  # fmt: skip
    assert _checked(done.stdout) == [(DATES[1], DATES[2]), (DATES[2], DATES[3])]
    assert done.stdout.splitlines()[0].startswith("readoutdiff check: 2 readouts of readouts")
    assert done.returncode == 1 and done.stderr == ""
    document = json.loads(data.read_text(encoding="utf-8"))
    _schema("readoutdiff-checks-1.schema.json").validate(document)
    one = _schema("readoutdiff-check-1.schema.json")
    for check in document["checks"]:
        one.validate(check)
    assert [check["new"]["path"] for check in document["checks"]] == [
        f"{FOLDER}/{_name(DATES[2])}", f"{FOLDER}/{_name(DATES[3])}"
    ]  # fmt: skip
    assert document["failed"] is True and document["since"] == "main"
    assert document["counts"]["error"] == sum(c["counts"]["error"] for c in document["checks"])
    suites = ET.parse(junit).getroot()
    assert [suite.get("name") for suite in suites.findall("testsuite")] == [
        f"readoutdiff check {FOLDER}/{_name(a)} → {FOLDER}/{_name(b)}"
        for a, b in ((DATES[1], DATES[2]), (DATES[2], DATES[3]))
    ]
    assert suites.get("tests") == str(sum(int(s.get("tests", "")) for s in suites))


def test_an_edited_readout_is_checked_even_before_its_commit(repo: Path) -> None:
    path = repo / FOLDER / _name(DATES[1])
    text = path.read_text(encoding="utf-8")
    assert "stay in close touch" in text
    path.write_text(text.replace("stay in close touch", "speak again soon"), encoding="utf-8")
    done = _check(repo, FOLDER, "--since", "main")  # the edit is not committed yet
    assert done.returncode == 0 and _checked(done.stdout) == [(DATES[0], DATES[1])]
    _commit(repo, "edit April")
    untracked = repo / FOLDER / _name(DATES[2])
    _put(repo, DATES[2])  # not added to git
    done = _check(repo, FOLDER, "--since", "main")
    assert _checked(done.stdout) == [(DATES[0], DATES[1]), (DATES[1], DATES[2])]
    untracked.unlink()


def test_a_change_that_adds_no_readout_passes_with_a_notice(repo: Path, tmp_path: Path) -> None:
    (repo / FOLDER / "rules.toml").write_text('[dropped]\nseverity = "error"\n', "utf-8")
    (repo / "notes.txt").write_text("Not in the folder.\n", encoding="utf-8")
    _commit(repo, "rules")
    commit = _git(repo, "rev-parse", "--short", "main").strip()
    said = f"nothing to check: no readout of {FOLDER} added or changed since main ({commit})"
    junit = tmp_path / "check.xml"
    done = _check(repo, FOLDER, "--since", "main", "--junit", str(junit))
    assert (done.returncode, done.stdout) == (0, f"readoutdiff check: passed: {said}\n")
    github = _check(repo, FOLDER, "--since", "main", "-f", "github")
    assert (
        github.stdout
        == f"::notice title=readoutdiff check::{said}\nreadoutdiff check: passed: {said}\n"
    )
    [case] = ET.parse(junit).getroot().iter("testcase")
    assert case.get("name") == "nothing to check" and case.findtext("system-out") == said
    data = json.loads(_check(repo, FOLDER, "--since", "main", "-f", "json").stdout)
    _schema("readoutdiff-checks-1.schema.json").validate(data)
    assert (data["checks"], data["failed"], data["note"]) == ([], False, said)


def test_the_newest_readout_added_is_checked_as_check_dir_checks_it(repo: Path) -> None:
    _git(repo, "rm", "-q", f"{FOLDER}/{_name(DATES[4])}")
    _commit(repo, "drop December")
    _git(repo, "checkout", "-q", "-b", "again")
    _put(repo, DATES[4])
    _commit(repo, "December again")
    plain = _check(repo, FOLDER, "-f", "json").stdout
    since = json.loads(_check(repo, FOLDER, "--since", "pr", "-f", "json").stdout)
    assert since["checks"] == [json.loads(plain)]


def test_a_first_readout_added_has_nothing_to_compare_yet(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / FOLDER).mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "CI")
    (repo / "README.md").write_text("Readouts.\n", encoding="utf-8")
    _commit(repo, "start")
    _put(repo, DATES[3])
    _commit(repo, "first readout")
    done = _check(repo, FOLDER, "--since", "HEAD~1")
    assert done.returncode == 0
    assert done.stdout.splitlines()[-1] == (
        f"readoutdiff check: passed: nothing to compare yet: {FOLDER}/{_name(DATES[3])} is the"
        f" first readout of {FOLDER} by date; a check compares a readout with the one before it"
    )


def test_each_thing_since_cannot_use_is_one_line_and_exit_2(repo: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / _name(DATES[0])).write_text((PAIRS / _name(DATES[0])).read_text("utf-8"), "utf-8")
    no_git = {**os.environ, "PATH": str(tmp_path / "empty")}
    cases = [
        ((FOLDER, "--since", "nope"), "--since nope: not a commit of the repository of readouts"),
        ((FOLDER, "--since", "--help"), "--since '--help': not a commit"),
        ((str(outside), "--since", "main"), f"{outside}: not in a git work tree; --since reads"),
        ((f"{FOLDER}/{_name(DATES[0])}", f"{FOLDER}/{_name(DATES[1])}", "--since", "main"),
         "--since takes a folder: readoutdiff check DIR --since REF"),
    ]  # fmt: skip
    for args, said in cases:
        done = _check(repo, *args)
        assert done.returncode == 2 and done.stdout == "", args
        [line] = done.stderr.splitlines()
        assert line.startswith("readoutdiff: error: ") and said in line, line
    done = _check(repo, FOLDER, "--since", "main", env=no_git)
    assert done.returncode == 2
    assert done.stderr == (
        "readoutdiff: error: --since needs git, and git is not installed (not on PATH)\n"
    )


def test_a_deleted_readout_is_not_checked_and_a_renamed_one_is_added(repo: Path) -> None:
    _git(repo, "rm", "-q", f"{FOLDER}/{_name(DATES[0])}")
    _commit(repo, "drop the first readout")
    done = _check(repo, FOLDER, "--since", "main")
    assert done.returncode == 0 and done.stdout.startswith("readoutdiff check: passed: nothing")
    renamed = f"{FOLDER}/2023-04-13-sunak-rutte.txt"
    _git(repo, "mv", f"{FOLDER}/{_name(DATES[1])}", renamed)
    _commit(repo, "rename April")
    done = _check(repo, FOLDER, "--since", "main", "-f", "json")
    [check] = json.loads(done.stdout)["checks"]
    assert check["new"]["path"] == renamed and check["compared"] is False  # now the first


def _shallow_clone(repo: Path, tmp_path: Path) -> Path:
    """A clone of ``repo``'s branch ``pr`` at depth 1, as a CI job's checkout makes it."""
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", "-b", "pr", f"file://{repo}", str(clone)],
        check=True, capture_output=True,
    )  # fmt: skip
    return clone


def test_a_shallow_clone_missing_the_history_between_says_so(repo: Path, tmp_path: Path) -> None:
    """A CI job that fetches only the base commit (``git fetch --depth 1 origin BASE``) has REF
    but no history joining it to HEAD: the error names the shallow clone, not a history
    unrelated to HEAD (rev16)."""
    _put(repo, DATES[3])
    _commit(repo, "July readout")
    clone = _shallow_clone(repo, tmp_path)
    _git(clone, "fetch", "-q", "--depth", "1", "origin", "main")
    assert _error_line(clone, FOLDER, "--since", "FETCH_HEAD") == (
        "readoutdiff: error: --since FETCH_HEAD: no history joins it to HEAD in this shallow"
        " clone; fetch the history between them (actions/checkout: fetch-depth: 0)"
    )


def test_the_null_commit_of_a_push_that_creates_a_branch_is_named(repo: Path) -> None:
    """``since: ${{ github.event.before }}`` on a push that creates a branch is forty zeros:
    the error says so, not that a shallow clone may lack it (rev16)."""
    null = "0" * 40
    assert _error_line(repo, FOLDER, "--since", null) == (
        f"readoutdiff: error: --since {null}: the null commit, which GitHub gives as the commit"
        " before a push that creates a branch (github.event.before); give the branch's base"
        " instead, such as origin/main"
    )


def test_a_readout_added_in_a_subfolder_is_named_as_not_checked(repo: Path) -> None:
    """Subfolders are not searched (as ``check DIR`` lists a folder): a pull request that adds a
    readout under ``readouts/2023`` passes with nothing to check, and a warning names it, rather
    than the run passing as though it were checked (rev16)."""
    (repo / FOLDER / "2023").mkdir()
    july = f"{FOLDER}/2023/{_name(DATES[3])}"
    (repo / july).write_text((PAIRS / _name(DATES[3])).read_text("utf-8"), "utf-8")
    (repo / FOLDER / "2023" / "notes.json").write_text("{}\n", encoding="utf-8")  # no readout
    _commit(repo, "July readout, in a subfolder")
    done = _check(repo, FOLDER, "--since", "main")
    assert done.returncode == 0 and done.stdout.startswith("readoutdiff check: passed: nothing")
    assert done.stderr == (
        f"readoutdiff: warning: 1 readout added or changed in a subfolder of {FOLDER}, not"
        f" checked (check DIR reads the folder's own readouts, not its subfolders'): {july}\n"
    )


def test_since_head_before_the_first_commit_checks_every_readout_added(tmp_path: Path) -> None:
    """The hook's ``--since HEAD`` on a repository's first commit: HEAD names no commit yet, and
    every readout of the folder is added by the commit, so each is checked (the first has
    nothing to compare yet); the commit was stopped with "not a commit" (rev16)."""
    repo = tmp_path / "repo"
    (repo / FOLDER).mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    _put(repo, DATES[0], DATES[1])
    _git(repo, "add", ".")
    done = _check(repo, FOLDER, "--since", "HEAD")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == (
        f"readoutdiff check: 2 readouts of {FOLDER} added or changed since HEAD (no commit yet):"
        f" {FOLDER}/{_name(DATES[0])}, {FOLDER}/{_name(DATES[1])}"
    )
    assert _checked(done.stdout) == [(DATES[0], DATES[1])]
    data = json.loads(_check(repo, FOLDER, "--since", "HEAD", "-f", "json").stdout)
    _schema("readoutdiff-checks-1.schema.json").validate(data)
    assert (data["commit"], len(data["checks"])) == ("", 2)
    done = _check(repo, FOLDER, "--since", "main")  # any other REF names no commit yet
    assert done.returncode == 2 and "--since main: not a commit" in done.stderr


def test_a_file_name_that_could_restyle_a_terminal_is_spelled_out(tmp_path: Path) -> None:
    """A readout's file name is data from outside: an ESC in it is spelled out (``\\x1b``) in
    the first readout's note and the subfolder warning, as ``check DIR`` spells it out, never
    sent to the terminal or the CI log."""
    repo = tmp_path / "repo"
    (repo / FOLDER / "2023").mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "CI")
    (repo / "README.md").write_text("Readouts.\n", encoding="utf-8")
    _commit(repo, "start")
    text = (PAIRS / _name(DATES[3])).read_text(encoding="utf-8")
    (repo / FOLDER / f"\x1b[2J{_name(DATES[3])}").write_text(text, encoding="utf-8")
    (repo / FOLDER / "2023" / f"\x1b[31m{_name(DATES[4])}").write_text(text, encoding="utf-8")
    _commit(repo, "a readout, and one in a subfolder")
    done = _check(repo, FOLDER, "--since", "HEAD~1")
    assert done.returncode == 0
    assert "\x1b" not in done.stdout + done.stderr
    assert f"nothing to compare yet: {FOLDER}/\\x1b[2J{_name(DATES[3])} is" in done.stdout
    assert f"{FOLDER}/2023/\\x1b[31m{_name(DATES[4])}\n" in done.stderr


def test_a_ref_missing_from_a_full_clone_names_no_shallow_clone(repo: Path, tmp_path: Path) -> None:
    """fix3 (rev16's finding): a REF that names no commit of a full clone (a misspelt branch) is
    no shallow clone's lack, and the error no longer suggests one; a shallow clone still hears
    that it may lack REF."""
    assert _error_line(repo, FOLDER, "--since", "mian") == (
        "readoutdiff: error: --since mian: not a commit of the repository of readouts; give a"
        " commit, branch or tag"
    )
    clone = _shallow_clone(repo, tmp_path)
    done = _check(clone, FOLDER, "--since", "mian")
    [line] = done.stderr.splitlines()
    assert line.endswith(
        "give a commit, branch or tag (this shallow clone may lack it: actions/checkout needs"
        " fetch-depth: 0)"
    )


def test_annotations_name_the_readout_from_the_repository_s_root(repo: Path) -> None:
    """fix3 (rev16's finding): GitHub maps an annotation's file from the repository's root;
    DIR given from another folder (``../readouts``) or absolute used to name the file as given,
    a path GitHub cannot map. With and without ``--since``."""
    _put(repo, DATES[3])
    _commit(repo, "July readout")
    elsewhere = repo / "tools"
    elsewhere.mkdir()
    wanted = f"file={FOLDER}/{_name(DATES[4])},"  # check DIR: the newest pair
    for folder, cwd in (("../" + FOLDER, elsewhere), (str(repo / FOLDER), elsewhere)):
        github = _check(cwd, folder, "--format", "github").stdout
        annotated = [line for line in github.splitlines() if line.startswith("::")]
        assert annotated and all(wanted in line for line in annotated), github
        github = _check(cwd, folder, "--since", "main", "--format", "github").stdout
        annotated = [line for line in github.splitlines() if line.startswith("::")]
        added = f"file={FOLDER}/{_name(DATES[3])},"
        assert annotated and all(added in line for line in annotated), github


def test_a_copy_added_is_checked_as_the_meeting_it_copies(repo: Path) -> None:
    """rev18: a copy of a readout saved under another name is read once by ``check DIR``
    (sym6), but ``--since`` checked the copy added against its own original (similarity 1.00,
    every rule passed). Named to sort after the original, the copy is now checked against the
    readout before the meeting, as ``check DIR`` checks the newest."""
    newest = repo / FOLDER / _name(DATES[4])
    copy = repo / FOLDER / _name(DATES[4]).replace(".txt", "_2.txt")
    copy.write_bytes(newest.read_bytes())
    _commit(repo, "a copy of December")
    since = json.loads(_check(repo, FOLDER, "--since", "main", "-f", "json").stdout)
    [checked] = since["checks"]
    assert checked["similarity"] < 1.0
    plain = json.loads(_check(repo, FOLDER, "-f", "json").stdout)
    assert checked["similarity"] == plain["similarity"]
    assert checked["old"] == plain["old"]


def test_a_readout_and_its_copy_added_together_are_checked_once(repo: Path) -> None:
    """A readout added with a copy of it (the same bytes and date) is one meeting, read once
    as ``check DIR`` reads it: it was checked twice, once under each name (fx1)."""
    _put(repo, DATES[2])
    added = repo / FOLDER / _name(DATES[2])
    copy = repo / FOLDER / _name(DATES[2]).replace(".txt", " (1).txt")
    copy.write_bytes(added.read_bytes())
    done = _check(repo, FOLDER, "--since", "main", "-f", "json")
    assert done.returncode == 0, done.stderr
    since = json.loads(done.stdout)
    [checked] = since["checks"]
    assert checked["new"]["path"] == f"{FOLDER}/{_name(DATES[2])}"
    assert checked["old"]["path"] == f"{FOLDER}/{_name(DATES[1])}"
    assert f"{FOLDER}/{copy.name}: the same text as {FOLDER}/{added.name}" in done.stderr


def test_a_copy_of_the_first_readout_added_is_named_as_a_copy(repo: Path) -> None:
    """An undated copy ("copy.txt") of the folder's first readout has nothing before it to
    compare with; it said "copy.txt is the first readout of readouts by date", though it has
    no date: it now names the readout it copies (rev19)."""
    first = repo / FOLDER / _name(DATES[0])
    (repo / FOLDER / "copy.txt").write_bytes(first.read_bytes())
    done = _check(repo, FOLDER, "--since", "main")
    assert done.returncode == 0
    assert done.stdout.splitlines()[-1] == (
        f"readoutdiff check: passed: nothing to compare yet: {FOLDER}/copy.txt is the same text"
        f" as {FOLDER}/{_name(DATES[0])}, the first readout of {FOLDER} by date; a check"
        " compares a readout with the one before it"
    )


def test_a_change_that_adds_no_readout_reads_none(repo: Path) -> None:
    """A change that adds or edits no readout passes with "nothing to check" whatever the old
    files of the folder hold: an empty file committed before stopped the run with exit status 2
    ("is empty"), as every readout was read to order them (rev19)."""
    (repo / FOLDER / "empty.txt").write_text("", encoding="utf-8")
    _commit(repo, "an empty file")
    (repo / "notes.md").write_text("Notes.\n", encoding="utf-8")
    done = _check(repo, FOLDER, "--since", "HEAD")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("readoutdiff check: passed: nothing to check: no readout of")


def test_an_annotation_s_path_follows_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rev18: the repository's root was remembered by the folder as written (``readouts``), so
    a second call from another working folder reused the first repository's root: the readout
    of a repository nested in a subfolder lost its path within that repository."""
    from readoutdiff.check.since import repository_path

    outer = tmp_path / "outer"
    inner = outer / "tools" / "inner"
    for place in (outer, inner):
        (place / FOLDER).mkdir(parents=True)
        _git(place, "init", "-q")
        _put(place, DATES[0])
    readout = f"{FOLDER}/{_name(DATES[0])}"
    monkeypatch.chdir(outer)
    assert repository_path(readout) == readout
    monkeypatch.chdir(inner)
    assert repository_path(readout) == readout
