"""``check DIR --since REF``: the readouts of a folder that a change adds or edits, read from git.

A CI job on a pull request checks what the pull request brings, as linters run on the files of
``git diff --name-only`` do: a readout added to the folder, even one dated before its newest,
or a readout edited, is checked against its predecessor by date in the folder. "Since REF" is
since the merge base of REF and ``HEAD`` (as ``git diff REF...HEAD`` reads it: a branch that
main moved past is not blamed for main's readouts), up to the work tree, so a readout not yet
committed is checked too (a local run before the commit), and so is an untracked one that git
does not ignore. A readout deleted is not checked (there is no file); a readout renamed is
added under its new name.

Every failure of git is one line and exit status 2: no git, a folder outside a git work tree,
a REF that names no commit (in a shallow clone, which may lack the base, the line says to
fetch it).

A readout's path in a GitHub annotation is the one from its repository's root
(:func:`repository_path`), as GitHub maps it, whatever folder DIR was given from.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

from readoutdiff.check.apply import check
from readoutdiff.check.outcome import CheckResult
from readoutdiff.check.pair import first_readout, folder_load, in_order, readout_files
from readoutdiff.check.rules import Rules
from readoutdiff.compare import compare
from readoutdiff.errors import InputError, ReadoutError
from readoutdiff.ingest import DEFAULT_MAX_BYTES
from readoutdiff.model import Options, Readout
from readoutdiff.records.replacing import replace


class Since(NamedTuple):
    """What :func:`changed_readouts` found."""

    changed: list[str]
    """The readout files of the folder (as :func:`readout_files` names them) added or changed."""
    commit: str
    """The commit REF names, abbreviated as git abbreviates it (empty: no commit yet)."""
    below: list[str]
    """Readouts added or changed in the folder's subfolders: not checked, named."""
    submodules: list[str]
    """Git submodules below the folder whose recorded commit changed: not checked, named."""
    merged: str
    """A merge since REF that joins two lines of work both begun after REF (abbreviated), when
    REF is an ancestor of HEAD: the readouts of the line merged in are checked too
    (:func:`merged_since`); empty otherwise."""


def changed_readouts(directory: str, ref: str, files: Sequence[str] | None = None) -> Since:
    """Return the readouts of ``directory`` added or changed since ``ref`` and what else the
    run should say (:class:`Since`). In a submodule, ``ref`` is the superproject's when it names
    a commit there (:func:`_in_superproject`), unless the run starts inside the submodule.
    ``files``: the folder's readout files, if the caller has listed them
    (:func:`~readoutdiff.check.pair.listing`)."""
    git = shutil.which("git")
    if git is None:
        raise ReadoutError("--since needs git, and git is not installed (not on PATH)")
    if ref.startswith("-") or not ref.strip():
        raise ReadoutError(f"--since {ref!r}: not a commit; give a commit, branch or tag")
    if len(ref) in (40, 64) and not ref.strip("0"):  # SHA-1 or SHA-256 zeros
        raise ReadoutError(
            f"--since {ref}: the null commit, which GitHub gives as the commit before a push"
            " that creates a branch (github.event.before); give the branch's base instead, such"
            " as origin/main"
        )
    folder = Path(directory)
    if not folder.is_dir():
        raise InputError("--since takes a folder: readoutdiff check DIR --since REF", directory)
    inside = _git(git, folder, "rev-parse", "--is-inside-work-tree")
    if inside.returncode != 0 or inside.stdout.strip() != "true":
        raise InputError(
            f"not in a git work tree; --since reads what git says changed{_why(inside)}",
            directory,
        )
    alone = _foreign_index(git, folder)
    base, short = _in_superproject(git, folder, ref, directory, alone)
    merged = ""
    if base is None:
        base, short = _merge_base(git, folder, ref, directory, alone)
        merged = _joined(git, folder, base, ref, alone) if base else ""
    if base:
        diff = _git(
            git, folder, "diff", "--name-only", "-z", "--no-renames", "--no-ext-diff",
            "--diff-filter=ACMRT", "--relative", base, "--", ".", alone=alone,
        )  # fmt: skip
    else:  # no commit yet: every file of the index is added
        diff = _git(git, folder, "ls-files", "-z", "--cached", "--", ".", alone=alone)
    untracked = _git(
        git, folder, "ls-files", "-z", "--others", "--exclude-standard", "--", ".", alone=alone
    )
    for done in (diff, untracked):
        if done.returncode != 0:
            raise ReadoutError(f"git could not list the changes since {ref}{_why(done)}")
    names = {name for done in (diff, untracked) for name in done.stdout.split("\0") if name}
    listed = readout_files(directory) if files is None else files
    own = [path for path in listed if Path(path).name in names]
    linked = _submodules(folder, {name for name in diff.stdout.split("\0") if name})
    return Since(own, short, _in_subfolders(folder, names), linked, merged)


def _joined(git: str, folder: Path, base: str, ref: str, alone: bool = False) -> str:
    """A merge commit between ``base`` and HEAD both of whose parents came after ``base``
    (abbreviated), else empty. ``base`` is REF itself when REF is an ancestor of HEAD, and then
    such a merge means the history since REF holds another line of work than the change's own:
    most often REF's branch, moved on and merged in (a pull request that merged main, checked
    with a ``base.sha`` that lags the base; GitHub's merge commit made on a newer base), whose
    readouts are then checked too (rev16's leftover)."""
    named = _git(git, folder, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", alone=alone)
    if named.stdout.strip() != base:  # REF is no ancestor of HEAD: the base is where they met
        return ""
    done = _git(
        git, folder, "rev-list", "--ancestry-path", "--parents", f"{base}..HEAD", alone=alone
    )
    if done.returncode != 0:
        return ""
    rows = [line.split() for line in done.stdout.splitlines() if line.strip()]
    after = {row[0] for row in rows}
    for commit, *parents in rows:
        if len(parents) > 1 and all(parent in after for parent in parents):
            short = _git(git, folder, "rev-parse", "--short", commit, alone=alone)
            return short.stdout.strip() or commit
    return ""


def merged_since(since: str, merged: str) -> str:
    """The warning of a history since REF that merges a line begun after it (:func:`_joined`).

    >>> merged_since("4b1f0c2", "9e8d7c6")
    "the history since 4b1f0c2 merges a line of work begun after it (9e8d7c6): readouts that line added are checked too; if 4b1f0c2 is a base that has moved on (GitHub's pull_request.base.sha can lag the base), give the base branch as fetched, such as origin/main"
    """
    return (
        f"the history since {since} merges a line of work begun after it ({merged}): readouts"
        f" that line added are checked too; if {since} is a base that has moved on (GitHub's"
        " pull_request.base.sha can lag the base), give the base branch as fetched, such as"
        " origin/main"
    )


def _foreign_index(git: str, folder: Path) -> bool:
    """Whether the repository git's environment names (``GIT_INDEX_FILE``, ``GIT_DIR``: a
    hook's) is another than the folder's: a superproject's pre-commit hook (run at its root)
    checking a folder of a submodule, where git read the superproject's ``.git/index`` as the
    submodule's and failed (chk4); a submodule's hook checking a folder of a submodule nested
    in it, where every git call read the hook's ``GIT_DIR`` (the outer submodule's), so the
    nested one's readouts were never seen ("nothing to check"; fix7's left, branch u71). Git
    itself drops them on entering a submodule."""
    if not any(name in os.environ for name in _LOCAL):
        return False
    here, there = _work_trees(git, folder)
    return bool(here and there) and here != there


def _work_trees(git: str, folder: Path) -> tuple[str, str]:
    """The roots of the git work trees holding the working folder (as git's environment names
    it: a hook's repository) and ``folder`` (its own, the environment left out), their links
    resolved (empty: none)."""
    here = _git(git, Path.cwd(), "rev-parse", "--show-toplevel").stdout.strip()
    there = _git(git, folder, "rev-parse", "--show-toplevel", alone=True).stdout.strip()
    return (os.path.realpath(here) if here else "", os.path.realpath(there) if there else "")


def _in_superproject(
    git: str, folder: Path, ref: str, directory: str, alone: bool = False
) -> tuple[str | None, str]:
    """For a folder inside a git submodule, the commit of the submodule that the superproject
    recorded at the merge base of ``ref`` and its ``HEAD``, and ``ref``'s commit abbreviated:
    a pull request to the superproject (its base, ``main``, is the superproject's) checks the
    readouts the submodule gained since the commit the base pointed it at (branch chk4: ``ref``
    was read in the submodule's own repository, where ``main`` is another branch, and the run
    passed with "nothing to check"). An empty commit when the submodule is new since the merge
    base (every readout is added); None outside a submodule, or when the superproject has no
    such commit (``ref`` is then the submodule's own, as before), and None when the run starts
    inside the submodule's own work tree (:func:`_started_within`)."""
    outer = _git(git, folder, "rev-parse", "--show-superproject-working-tree", alone=alone)
    if outer.returncode != 0 or not outer.stdout.strip():
        return None, ""
    if _started_within(git, folder):  # the submodule's own run: its own hook's HEAD (rev20)
        return None, ""
    superproject = Path(outer.stdout.strip())
    named = _git(
        git, superproject, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", alone=alone
    )
    if named.returncode != 0:
        return None, ""
    base, short = _merge_base(git, superproject, ref, directory, alone)
    top = _git(git, folder, "rev-parse", "--show-toplevel", alone=alone).stdout.strip()
    where = Path(os.path.relpath(os.path.realpath(top), os.path.realpath(superproject)))
    pinned = _git(
        git, superproject, "rev-parse", "--verify", "--quiet", f"{base}:{where.as_posix()}",
        alone=alone,
    )  # fmt: skip
    if pinned.returncode != 0:  # no submodule there at the merge base: all of it is added
        return "", short
    commit = pinned.stdout.strip()
    if _git(git, folder, "cat-file", "-e", f"{commit}^{{commit}}", alone=alone).returncode != 0:
        raise ReadoutError(
            f"--since {ref}: the submodule {where.as_posix()} lacks the commit {commit[:12]} the"
            f" superproject's merge base with {ref} records for it; fetch it (git submodule"
            " update --init, or actions/checkout's submodules: true with fetch-depth: 0)"
        )
    return commit, short


def _started_within(git: str, folder: Path) -> bool:
    """Whether the run starts (its working folder) in the work tree that holds ``folder``: then
    REF is that repository's, as git itself reads a name in the repository it runs in. A
    submodule's own pre-commit hook (run at the submodule's root) gives ``--since HEAD``
    meaning the submodule's HEAD; the superproject's was read (rev20: every readout the
    superproject had not yet recorded was checked again, so one committed with ``--no-verify``
    that fails stopped every later commit of the submodule). A run from the superproject (its
    CI job, its hook: chk4) or from outside any repository reads REF as before."""
    here, there = _work_trees(git, folder)
    return bool(here and there) and here == there


def _submodules(folder: Path, names: set[str]) -> list[str]:
    """The submodules below ``folder`` among the ``names`` git's diff gives (it names a
    submodule whose recorded commit changed by its folder): their readouts are those of another repository,
    which ``check DIR --since`` does not read (a warning names them). A symbolic link to a
    folder is a file of this repository, no submodule (rev20: ``latest -> 2023`` was named one)."""
    return sorted(
        str(folder / name)
        for name in names
        if (folder / name).is_dir() and not (folder / name).is_symlink()
    )


def not_in_submodules(directory: str, since: str, submodules: Sequence[str]) -> str:
    """The warning naming the submodules of :func:`changed_readouts`, not checked.

    >>> not_in_submodules(".", "main", ["vendor/readouts"])
    'a git submodule of . changed since main, its readouts not checked (give its folder: readoutdiff check vendor/readouts/DIR --since main): vendor/readouts'

    Two or more are each given in turn (rev20: "their readouts not checked (give its folder").

    >>> not_in_submodules(".", "main", ["a", "b"])
    "2 git submodules of . changed since main, their readouts not checked (give each one's folder: readoutdiff check a/DIR --since main): a, b"
    """
    one = len(submodules) == 1
    count = "a git submodule" if one else f"{len(submodules)} git submodules"
    named = ", ".join(submodules[:3]) + (
        f" and {len(submodules) - 3} more" if not one and len(submodules) > 3 else ""
    )
    whose = "its" if one else "each one's"
    return (
        f"{count} of {directory} changed since {since}, {'its' if one else 'their'} readouts not"
        f" checked (give {whose} folder: readoutdiff check {submodules[0]}/DIR --since {since}):"
        f" {named}"
    )


def _merge_base(
    git: str, folder: Path, ref: str, directory: str, alone: bool = False
) -> tuple[str, str]:
    """The merge base of ``ref`` and HEAD, and the commit ``ref`` names, abbreviated; both empty
    for ``HEAD`` in a repository with no commit yet (the hook's ``--since HEAD`` on the first
    commit: every readout is added)."""
    named = _git(git, folder, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", alone=alone)
    if named.returncode != 0:
        head = _git(git, folder, "rev-parse", "--verify", "--quiet", "HEAD^{commit}", alone=alone)
        if ref in ("HEAD", "@") and head.returncode != 0:
            return "", ""
        # a shallow clone's lack only where the clone is shallow (rev16: a misspelt branch of
        # a full clone was blamed on a shallow one)
        shallow = _git(git, folder, "rev-parse", "--is-shallow-repository", alone=alone)
        hint = (
            " (this shallow clone may lack it: actions/checkout needs fetch-depth: 0)"
            if shallow.stdout.strip() == "true"
            else ""
        )
        raise ReadoutError(
            f"--since {ref}: not a commit of the repository of {directory}; give a commit, branch"
            f" or tag{hint}"
        )
    commit = named.stdout.strip()
    base = _git(git, folder, "merge-base", commit, "HEAD", alone=alone)
    if base.returncode != 0:
        shallow = _git(git, folder, "rev-parse", "--is-shallow-repository", alone=alone)
        if shallow.stdout.strip() == "true":  # a CI job that fetched REF alone, at depth 1
            raise ReadoutError(
                f"--since {ref}: no history joins it to HEAD in this shallow clone; fetch the"
                " history between them (actions/checkout: fetch-depth: 0)"
            )
        raise ReadoutError(f"--since {ref}: no common history with HEAD in {directory}{_why(base)}")
    short = _git(git, folder, "rev-parse", "--short", commit, alone=alone).stdout.strip() or commit
    return base.stdout.strip(), short


def _in_subfolders(folder: Path, names: set[str]) -> list[str]:
    """The readouts (as a folder's listing takes them) among ``names``, relative to ``folder``,
    that lie in its subfolders: ``check DIR`` reads the folder's own files only."""
    below = {
        str(folder / name)
        for name in names
        if "/" in name and not any(part.startswith(".") for part in name.split("/"))
    }  # a hidden file or folder is passed over in silence, as a folder's listing does
    parents = sorted({str(Path(path).parent) for path in below})
    return [path for parent in parents for path in readout_files(parent) if path in below]


def not_searched(directory: str, below: Sequence[str]) -> str:
    """The warning naming the readouts of :func:`changed_readouts` in subfolders, not checked.

    >>> not_searched("readouts", ["readouts/2023/a.txt", "readouts/2024/b.txt"])
    "2 readouts added or changed in subfolders of readouts, not checked (check DIR reads the folder's own readouts, not its subfolders'): readouts/2023/a.txt, readouts/2024/b.txt"
    """
    count = f"{len(below)} readout{'s' * (len(below) != 1)}"
    where = "a subfolder" if len({Path(path).parent for path in below}) == 1 else "subfolders"
    named = ", ".join(below[:3]) + (f" and {len(below) - 3} more" if len(below) > 3 else "")
    return (
        f"{count} added or changed in {where} of {directory}, not checked (check DIR reads the"
        f" folder's own readouts, not its subfolders'): {named}"
    )


def repository_path(path: str) -> str:
    """``path`` as GitHub names a file of a pull request: from the root of the git work tree
    that holds it (branch fix3, rev16's finding: ``check ../readouts`` from another folder, or
    an absolute DIR, annotated ``file=../readouts/…``, a path GitHub cannot map). A path in no
    work tree, or when git is missing, is given as it stands; so is standard input (``-``) or a
    path that names no file.
    The folder is read with its links resolved, as git gives the root; the file's own name is
    kept (a readout that is a link is the link git tracks)."""
    place = Path(path)
    if path == "-" or not place.exists():  # standard input, or a readout made in memory
        return path
    folder = os.path.realpath(place.parent)  # so the root is remembered by where it is (rev18)
    root = _root(folder)
    if root is None:
        return path
    try:
        inside = Path(folder).relative_to(root)
    except ValueError:  # a folder linked from outside the repository
        return path
    return (inside / place.name).as_posix()


@cache
def _root(folder: str) -> Path | None:
    """The root of the git work tree holding ``folder`` (its links resolved), or None:
    ``folder`` is a resolved path, not one relative to the working folder of the first call.
    In a git submodule, the root of the outermost superproject (chk4, rev18's finding: a
    readout of ``sub/readouts`` was annotated ``readouts/…``, a path of no file in the
    checkout GitHub maps)."""
    git = shutil.which("git")
    if git is None or not Path(folder).is_dir():
        return None
    done = _git(git, Path(folder), "rev-parse", "--show-toplevel")
    top = done.stdout.strip()
    if done.returncode != 0 or not top:
        return None
    while True:  # a submodule's file is one of the superproject's checkout, as CI checks it out
        outer = _git(git, Path(top), "rev-parse", "--show-superproject-working-tree")
        if outer.returncode != 0 or not outer.stdout.strip():
            return Path(os.path.realpath(top))
        top = outer.stdout.strip()


_LOCAL = ("GIT_INDEX_FILE", "GIT_DIR", "GIT_WORK_TREE", "GIT_PREFIX", "GIT_COMMON_DIR",
          "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES")  # fmt: skip
"""What git's environment says of one repository (a hook's), left out for another
(:func:`_foreign_index`)."""


def _git(
    git: str, folder: Path, *args: str, alone: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run git in ``folder``; ``alone``: without the environment of another repository."""
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}
    for name in _LOCAL if alone else ():
        env.pop(name, None)
    return subprocess.run(
        [git, "-C", str(folder), *args], capture_output=True, text=True, check=False,
        encoding="utf-8", errors="surrogateescape", env=env,
    )  # fmt: skip


def _why(done: subprocess.CompletedProcess[str]) -> str:
    """Git's first line of complaint, for the one error line ("dubious ownership" in a CI
    container is no missing repository)."""
    said = next((line.strip() for line in done.stderr.splitlines() if line.strip()), "")
    return f" (git: {said})" if said else ""


def run_since(
    directory: str, changed: Sequence[str], rules: Rules, *, options: Options = Options(),
    max_bytes: int = DEFAULT_MAX_BYTES, files: Sequence[str] | None = None,
    loaded: Sequence[Readout] | None = None,
) -> list[CheckResult]:  # fmt: skip
    """Check each readout of ``changed`` against its predecessor by date in ``directory``, as
    ``check DIR`` checked it had it been the newest: the readouts after it play no part (the
    newest alone gives what ``check DIR`` gives). One with no predecessor has nothing to
    compare yet (a result whose ``nothing`` says so). The results go in the folder's order.

    A folder of several series by file name (:func:`~readoutdiff.check.pair.series_of`) is read
    series by series, as ``check DIR`` reads the newest readout's: each readout added is checked
    against the one before it in its own series, and the first of its series has nothing to
    compare yet (ux15: it was checked against the readout before it of any series, similarity
    0.00, and warned of every phrase either said).

    A copy of a readout (:func:`~readoutdiff.series.build.copies`: the same bytes and date under
    another name) is read once, as ``check DIR`` reads it: a copy added is checked in the place
    of the meeting it copies, against the readout before that meeting (rev18: it was checked
    against its own original, similarity 1.00, and passed every rule); added with its original,
    it is checked once, as that one. A copy of another language's version of a call
    (:func:`~readoutdiff.check.pair.one_version`) is that version, checked as its call (rev28:
    it was compared as a readout of its own). ``files``: the folder's
    readout files, if the caller has listed them (a listing reads every file's head);
    ``loaded``: their readouts, if the caller has read them
    (:func:`~readoutdiff.check.pair.folder_readouts`), not read again."""
    from readoutdiff.check.pair import refuse_unknown_ids

    refuse_unknown_ids(rules, options)
    if not changed:  # nothing to read: an old file of the folder that cannot be read is no
        return []  # matter of this change (rev19: it stopped a run with nothing to check)
    if loaded is None:
        listed = readout_files(directory) if files is None else files
        loaded = [folder_load(path, max_bytes) for path in listed]
    readouts = in_order(loaded)
    wanted = set(changed)
    order = {id(readout): place for place, readout in enumerate(readouts)}
    results: list[tuple[int, CheckResult]] = []
    for series in _by_series(readouts, wanted):
        results += (
            (order[id(readout)], result)
            for readout, result in _checks(directory, series, rules, options)
        )
    return [result for _, result in sorted(results, key=lambda placed: placed[0])]


class _Series(NamedTuple):
    """The readouts of one series of the folder (all of it, when it is not read by series),
    those of them added or changed, and how to name the series and what it leaves out."""

    readouts: list[Readout]
    wanted: set[str]
    name: str
    """The series' names (:func:`~readoutdiff.check.pair.series_named`), empty for the whole
    folder."""
    left: str
    """The note naming the series left out, empty for the whole folder."""


def _by_series(readouts: Sequence[Readout], wanted: set[str]) -> list[_Series]:
    """The series of the readouts added or changed (``wanted``), each with its readouts, as
    :func:`~readoutdiff.check.pair.series_of` keeps them for each added readout: the whole
    folder, in one, when its file names do not each say a series of two or more."""
    from readoutdiff.check.pair import and_, series_of, some_of

    found: dict[tuple[int, ...], _Series] = {}
    for readout in readouts:
        if readout.path not in wanted:
            continue
        kept, ours, others = series_of(readouts, readout)
        key = tuple(map(id, kept))
        if key not in found:
            left = len(readouts) - len(kept)
            found[key] = _Series(
                kept, set(), and_(ours) if others else "", "" if not others else (
                    f"the folder holds {len(others) + len(ours)} series by file name: check"
                    " compares a readout with the one before it in its own series, here"
                    f" {some_of(ours)}, and leaves out the {left} readout{'s' if left > 1 else ''}"
                    f" of {some_of(others)}"
                ),
            )  # fmt: skip
        found[key].wanted.add(readout.path)
    return list(found.values())


def _checks(
    directory: str, series: _Series, rules: Rules, options: Options
) -> list[tuple[Readout, CheckResult]]:
    """:func:`run_since`'s checks of one series' readouts added or changed, each with the
    readout added that it checks."""
    from readoutdiff.check.pair import one_version, recurring, two_series_note, versions_note
    from readoutdiff.series.build import copies, once

    readouts, wanted = series.readouts, series.wanted
    of = f"{series.name} in {directory}" if series.name else directory
    # one call in two languages is one meeting, read in the folder's majority language, as
    # `check DIR` and `series` read it (ux12): a version added is checked as its call
    meetings, versions = one_version(once(readouts))
    where = {id(readout): place for place, readout in enumerate(meetings)}
    where |= {id(version): where[id(meeting)] for version, meeting in versions}
    pairs = copies(readouts)
    where |= {id(copy): where[id(first)] for copy, first in pairs}
    # a readout the first meeting is read from may itself be the one added: a copy dated by its
    # title ("copy.txt", 1 November 2022) sorts by name before the readout it copies (rev21)
    held = {id(first): copy for copy, first in reversed(pairs)}
    read_as = {id(version): meeting for version, meeting in versions}
    # a copy of a version left out is that version, left out too (rev28: it was checked as a
    # readout of its own, the version's language against the call before)
    read_as |= {id(copy): read_as[id(first)] for copy, first in pairs if id(first) in read_as}
    original = {id(copy): first for copy, first in pairs}
    results = []
    done: set[int] = set()  # the places of the versions' calls checked
    for readout in readouts:
        if readout.path not in wanted:
            continue
        if id(readout) in original and original[id(readout)].path in wanted:
            continue  # a copy added with its original: read once, as that one (one check)
        place = where[id(readout)]
        version = id(readout) in read_as
        if version and (place in done or read_as[id(readout)].path in wanted):
            continue  # its call is checked once, in the majority language
        if place == 0:
            if version:  # a version of the first call: named as one, not as "the same text"
                done.add(place)
                results.append((readout, first_readout(of, readout, rules, call=meetings[0])))
                continue
            copied = meetings[0] if readout is not meetings[0] else held.get(id(readout))
            results.append((readout, first_readout(of, readout, rules, copied)))
            continue
        read = meetings[place] if version else readout
        done.add(place)
        known = recurring(options, [*meetings[:place], read])
        comparison = compare(meetings[place - 1], read, options=known)
        said = tuple(versions_note(versions, (meetings[place - 1], meetings[place])))
        said += tuple(two_series_note(meetings[place - 1], read))
        if version:  # the header names B: say why B's call is checked
            said += (f"B is checked for {readout.path}, added or changed: a version of its call",)
        if series.left:
            said += (series.left,)
        if said:
            comparison = replace(comparison, notes=(*comparison.notes, *said))
        results.append(
            (readout, check(comparison, rules, series=meetings[: place - 1], lexicon=known.lexicon))
        )
    return results
