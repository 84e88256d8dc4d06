"""``check DIR --since REF`` where the history since REF is not the change's alone, through the
real command line in real git repositories (branch chk4, rev16's and rev18's leftovers):

- a pull request that merged main in, checked with a REF that lags the base (GitHub's
  ``pull_request.base.sha``), on its own head and on GitHub's merge commit;
- readouts in a git submodule: REF is the superproject's, the submodule's readouts are checked
  against the commit the superproject's base recorded, and annotated from the superproject's root;
  a submodule below the folder that changed is named.

Real input: the Sunak–Rutte readouts of eval/formulas (test_check_since's helpers)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from test_check_since import DATES, FOLDER, _check, _checked, _commit, _git, _name, _put, repo

__all__ = ["repo"]  # the fixture, shared with test_check_since

LAGS = "merges a line of work begun after it"


def _main_moves_on(repo: Path) -> str:
    """The branch ``pr`` adds 2023-07-11; then main moves on (2023-05-16 added), left checked
    out. Return main's commit the branch began on, as a base.sha that lags the base."""
    old = _git(repo, "rev-parse", "main").strip()
    _put(repo, DATES[3])
    _commit(repo, "pr adds 2023-07-11")
    _git(repo, "checkout", "-q", "main")
    _put(repo, DATES[2])
    _commit(repo, "main adds 2023-05-16")
    return old


def _merged_main(repo: Path) -> str:
    """:func:`_main_moves_on`, then ``pr`` merges main in: return the lagging base."""
    old = _main_moves_on(repo)
    _git(repo, "checkout", "-q", "pr")
    _git(repo, "merge", "-q", "--no-edit", "main")
    return old


def _checked_names(text: str) -> list[str]:
    """The dates of the readouts checked, each the new one of its pair."""
    return [new for _, new in _checked(text)]


def test_a_lagging_base_after_a_merge_of_main_warns_and_the_base_branch_checks_the_pr_alone(
    repo: Path,
) -> None:
    """On the pull request's head: since the old commit both readouts are checked (main's
    2023-05-16 too), and the run says why and what to give instead; since ``main`` (the base
    branch as fetched, README's workflow) only the readout the pull request adds."""
    old = _merged_main(repo)
    lagging = _check(repo, FOLDER, "--since", old)
    assert lagging.returncode == 0
    assert _checked_names(lagging.stdout) == [DATES[2], DATES[3]]
    [warning] = [line for line in lagging.stderr.splitlines() if "warning" in line]
    assert warning.startswith(f"readoutdiff: warning: the history since {old[:7]} {LAGS} (")
    assert warning.endswith("give the base branch as fetched, such as origin/main")

    base = _check(repo, FOLDER, "--since", "main")
    assert base.returncode == 0 and LAGS not in base.stderr
    assert _checked_names(base.stdout) == [DATES[3]]


def test_github_s_merge_commit_on_a_newer_base_is_checked_by_the_base_branch(repo: Path) -> None:
    """GitHub checks out a merge commit of the pull request onto the base as it is (main
    first): with the base.sha the pull request began on, main's readout is checked too and the
    run warns; with main, or the base the merge was made on, the pull request's readout alone,
    no warning."""
    old = _main_moves_on(repo)
    base = _git(repo, "rev-parse", "HEAD").strip()
    _git(repo, "checkout", "-q", "--detach", "main")
    _git(repo, "merge", "-q", "--no-ff", "--no-edit", "pr")
    lagging = _check(repo, FOLDER, "--since", old)
    assert _checked_names(lagging.stdout) == [DATES[2], DATES[3]]
    assert LAGS in lagging.stderr
    for ref in ("main", base):
        done = _check(repo, FOLDER, "--since", ref)
        assert done.returncode == 0 and LAGS not in done.stderr
        assert _checked_names(done.stdout) == [DATES[3]]


def test_a_pull_request_merging_nothing_has_no_warning(repo: Path) -> None:
    _put(repo, DATES[3])
    _commit(repo, "pr adds 2023-07-11")
    done = _check(repo, FOLDER, "--since", "main")
    assert done.returncode == 0 and "warning:" not in done.stderr


def _git_allowing_files(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "protocol.file.allow=always", *args], cwd=repo, check=True,
        capture_output=True, text=True,
    )  # fmt: skip


def commit_through_hook(
    repo: Path, folder: str, message: str, report: Path
) -> tuple[subprocess.CompletedProcess[str], str]:
    """Commit what ``repo`` has staged through a pre-commit hook that runs ``check FOLDER
    --since HEAD`` (its output to ``report``): git's run of the commit, and what the hook said."""
    hooks = repo / _git(repo, "rev-parse", "--git-path", "hooks").strip()
    hooks.mkdir(parents=True, exist_ok=True)
    (hooks / "pre-commit").write_text(
        "#!/bin/sh\n"
        f'"{sys.executable}" -m readoutdiff check {folder} --since HEAD > "{report}" 2>&1\n',
        encoding="utf-8",
    )
    (hooks / "pre-commit").chmod(0o755)
    done = subprocess.run(
        ["git", "commit", "-q", "-m", message], cwd=repo, capture_output=True, text=True,
        check=False,
    )  # fmt: skip
    return done, report.read_text(encoding="utf-8")


def _with_submodule(tmp_path: Path) -> tuple[Path, Path]:
    """A repository ``inner`` with three readouts on its main, added to ``super`` as the
    submodule ``sub``; on super's branch ``pr`` the submodule gains 2023-07-11 (committed in
    the submodule, recorded in super). Return super and the submodule's folder."""
    inner = tmp_path / "inner"
    (inner / FOLDER).mkdir(parents=True)
    for made in (inner, tmp_path / "super"):
        made.mkdir(exist_ok=True)
        _git(made, "init", "-q", "-b", "main")
        _git(made, "config", "user.email", "ci@example.org")
        _git(made, "config", "user.name", "CI")
    _put(inner, DATES[0], DATES[1], DATES[4])
    _commit(inner, "three readouts")
    outer = tmp_path / "super"
    (outer / "README").write_text("readouts in a submodule\n", encoding="utf-8")
    _commit(outer, "start")
    _git_allowing_files(outer, "submodule", "add", "-q", str(inner), "sub")
    _commit(outer, "the readouts as a submodule")
    _git(outer, "checkout", "-q", "-b", "pr")
    sub = outer / "sub"
    for key, value in (("user.email", "ci@example.org"), ("user.name", "CI")):
        _git(sub, "config", key, value)
    _put(sub, DATES[3])
    _commit(sub, "adds 2023-07-11")
    _commit(outer, "the submodule gains 2023-07-11")
    return outer, sub


def test_since_in_a_submodule_reads_ref_in_the_superproject(tmp_path: Path) -> None:
    """The submodule has a ``main`` of its own, at its HEAD: REF was read there and the run
    passed with "nothing to check". Now ``main`` is the superproject's, whose merge base
    recorded the submodule before 2023-07-11: that readout is checked, and annotated by its
    path in the superproject's checkout (it was ``readouts/…``, no file GitHub knows)."""
    outer, _ = _with_submodule(tmp_path)
    folder = f"sub/{FOLDER}"
    for ref in ("main", _git(outer, "rev-parse", "main").strip()):
        done = _check(outer, folder, "--since", ref, "--format", "github")
        assert done.returncode == 0, done.stderr
        assert "nothing to check" not in done.stdout
        assert f"1 readout of {folder} added or changed since {ref}" in done.stdout
        files = {
            line.split("file=", 1)[1].split(",", 1)[0]
            for line in done.stdout.splitlines()
            if line.startswith("::warning file=")
        }
        assert files == {f"{folder}/{_name(DATES[3])}"}


def test_a_submodule_added_since_ref_has_every_readout_added(tmp_path: Path) -> None:
    outer, _ = _with_submodule(tmp_path)
    start = _git(outer, "rev-list", "--max-parents=0", "HEAD").strip()
    done = _check(outer, f"sub/{FOLDER}", "--since", start)
    assert done.returncode == 0
    assert f"4 readouts of sub/{FOLDER} added or changed since {start}" in done.stdout


def test_a_changed_submodule_below_the_folder_is_named_not_passed_over(tmp_path: Path) -> None:
    """``check . --since main`` in the superproject: git names the submodule's folder, not its
    readouts; the run passes (nothing of the folder's own changed) and says which submodule it
    did not read, as it does for a subfolder (rev16)."""
    outer, _ = _with_submodule(tmp_path)
    done = _check(outer, ".", "--since", "main")
    assert done.returncode == 0 and "nothing to check" in done.stdout
    [warning] = done.stderr.splitlines()
    assert warning == (
        "readoutdiff: warning: a git submodule of . changed since main, its readouts not checked"
        " (give its folder: readoutdiff check sub/DIR --since main): sub"
    )


def test_a_link_to_a_folder_added_below_the_folder_is_no_submodule(repo: Path) -> None:
    """A symbolic link to a folder (``latest`` -> ``2023``) added beside the readouts is a file
    of the repository, not a submodule: the run said "a git submodule of readouts changed since
    main, its readouts not checked" of it (rev20: a changed name was a submodule whenever it was
    a folder, and a link to one is a folder to ``is_dir``)."""
    (repo / FOLDER / "2023").mkdir()
    (repo / FOLDER / "latest").symlink_to("2023", target_is_directory=True)
    _put(repo, DATES[3])
    _commit(repo, "pr adds 2023-07-11 and a link to this year's folder")
    done = _check(repo, FOLDER, "--since", "main")
    assert done.returncode == 0, done.stderr
    assert _checked_names(done.stdout) == [DATES[3]]
    assert "submodule" not in done.stderr


def test_a_submodule_missing_the_recorded_commit_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """The superproject's merge base records a submodule commit the submodule's clone lacks
    (its history rewritten, as a clone that fetched the submodule shallow lacks it): one line
    saying what to fetch, exit status 2."""
    outer, sub = _with_submodule(tmp_path)
    recorded = _git(outer, "rev-parse", "main:sub").strip()
    _git(sub, "checkout", "-q", "--orphan", "fresh")
    _git(sub, "commit", "-q", "-m", "the readouts, history rewritten")
    for ref in _git(sub, "for-each-ref", "--format=%(refname)").split():
        if ref != "refs/heads/fresh":
            _git(sub, "update-ref", "-d", ref)
    _git(sub, "reflog", "expire", "--expire=now", "--all")
    _git(sub, "gc", "-q", "--prune=now")
    _commit(outer, "the submodule rewritten")
    done = _check(outer, f"sub/{FOLDER}", "--since", "main")
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert f"the submodule sub lacks the commit {recorded[:12]}" in line
    assert "git submodule update --init" in line


def test_a_superproject_s_hook_checks_the_readouts_its_commit_brings_a_submodule(
    tmp_path: Path,
) -> None:
    """A pre-commit hook of the superproject runs ``check sub/readouts --since HEAD`` while git
    names the superproject's index (``GIT_INDEX_FILE=.git/index``): git read it as the
    submodule's, and the hook stopped every commit (``git could not list the changes since
    HEAD``, exit 2). The commit that records the submodule's new readout has it checked."""
    outer, _ = _with_submodule(tmp_path)
    _git(outer, "reset", "-q", "--soft", "HEAD~1")  # the submodule's new commit, staged only
    done, said = commit_through_hook(
        outer, f"sub/{FOLDER}", "the submodule gains 2023-07-11", tmp_path / "hook.txt"
    )
    assert done.returncode == 0, said
    assert f"1 readout of sub/{FOLDER} added or changed since HEAD" in said


def test_a_merge_of_its_own_branch_warns_only_when_ref_is_an_ancestor_of_head(repo: Path) -> None:
    """``pr`` merges a branch of its own (which adds 2023-07-11). Since main, while main is
    where ``pr`` began, the merge joins two lines begun after it: the warning (README: then no
    fault). Once main has moved on (2023-05-16), the base is where they met: no warning."""
    _git(repo, "checkout", "-q", "-b", "side")
    _put(repo, DATES[3])
    _commit(repo, "side adds 2023-07-11")
    _git(repo, "checkout", "-q", "pr")
    (repo / "notes.txt").write_text("a file of pr's own\n", encoding="utf-8")
    _commit(repo, "pr's own commit")
    _git(repo, "merge", "-q", "--no-edit", "side")
    assert LAGS in _check(repo, FOLDER, "--since", "main").stderr
    _git(repo, "checkout", "-q", "main")
    _put(repo, DATES[2])
    _commit(repo, "main adds 2023-05-16")
    _git(repo, "checkout", "-q", "pr")
    done = _check(repo, FOLDER, "--since", "main")
    assert done.returncode == 0 and LAGS not in done.stderr
    assert _checked_names(done.stdout) == [DATES[3]]
