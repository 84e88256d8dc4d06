"""rev33 (forty-sixth session): a reviewer's read of round 1's merged code.

ux20's tests of a folder listed but not searched (mode ``r--``, no ``x``) make the denial by
a wrapper of ``os.stat``, ``os.lstat`` and ``open`` in the subprocess (test_ux20's
``NOT_SEARCHED``), as the tests may run as root, who may search any folder: a copy of what
the operating system is thought to do, which ``os.scandir``'s entries, a glob or a later
reader could bypass. Here the folder's mode is the refusal itself: a user who is not root
meets it as it is; root is run without the two capabilities that let it pass any mode
(``CAP_DAC_OVERRIDE``, ``CAP_DAC_READ_SEARCH``) by util-linux's ``setpriv``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from test_ux20 import SAMPLES, UNSEARCHED, _folder

AS_A_USER = (
    []
    if os.geteuid() != 0
    else [
        "setpriv",
        "--bounding-set",
        "-dac_override,-dac_read_search",
        "--inh-caps",
        "-dac_override,-dac_read_search",
    ]
)
"""The command's prefix that makes a folder's mode refuse this process as it refuses a user."""


def run_as_user(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [*AS_A_USER, sys.executable, "-m", "readoutdiff", *map(str, args)],
        capture_output=True, text=True, timeout=300, env=env, cwd=cwd,
    )  # fmt: skip


def _mode(folder: Path, mode: int) -> None:
    folder.chmod(mode)
    # The process is refused as a user is (else the test would pass whatever the code says).
    inside = _names(folder)[0]
    denied = subprocess.run(
        [*AS_A_USER, sys.executable, "-c", f"import os; os.stat({inside!r})"],
        capture_output=True, text=True, cwd=folder.parent,
    )  # fmt: skip
    assert "PermissionError" in denied.stderr, denied.stderr


def _names(folder: Path) -> list[str]:
    return sorted(f"{folder.name}/{name}" for name in os.listdir(folder))


def test_a_folder_listed_but_not_searched_by_its_mode_is_one_line(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    files = _names(folder)
    _mode(folder, 0o644)  # rw-r--r--: listed, never searched
    try:
        for args in (
            ("series", "r"),
            ("series", "r/*.txt"),  # a pattern the shell left: its matches are listed
            ("check", "r"),
            ("check", "r", "--series", "abe"),
            (*SAMPLES, "--history", "r"),
        ):
            done = run_as_user(*args, cwd=tmp_path)
            assert (done.returncode, done.stdout, done.stderr) == (
                2,
                "",
                f"readoutdiff: error: r: {UNSEARCHED}\n",
            ), args
        for command in ("series", "check", "diff"):  # the shell expanded r/*.txt
            done = run_as_user(command, *files, cwd=tmp_path)
            assert (done.returncode, done.stderr) == (
                2,
                f"readoutdiff: error: {files[0]}: cannot read it (Permission denied); check the"
                " permissions of the folders on its way\n",
            ), command
    finally:
        folder.chmod(0o755)


def test_a_folder_neither_listed_nor_searched_by_its_mode_is_one_line(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    _mode(folder, 0o000)
    try:
        for args in (("series", "r"), ("check", "r"), (*SAMPLES, "--history", "r")):
            done = run_as_user(*args, cwd=tmp_path)
            assert (done.returncode, done.stdout, done.stderr) == (
                2,
                "",
                "readoutdiff: error: r: cannot list it (Permission denied); check its permissions\n",
            ), args
    finally:
        folder.chmod(0o755)


def test_since_with_series_warns_of_the_others_where_no_report_on_the_terminal_names_them(
    tmp_path: Path,
) -> None:
    """README: the text and ``-f github`` on standard output name the other series' readouts
    themselves (no warning besides); any format written with ``-o FILE`` warns too, and the
    file names them."""
    from test_ux19 import MARCOS, _check, _repo

    repo = _repo(tmp_path)
    warning = (
        "readoutdiff: warning: --series rutte: 1 readout added or changed since main of another"
        f" series, not checked: readouts/{MARCOS[2]}\n"
    )
    github = _check(repo, "--series", "rutte", "-f", "github")
    assert (github.returncode, github.stderr) == (0, "")
    assert "not checked: 1 readout added or changed since main" in github.stdout
    for chosen in ("text", "github"):
        out = tmp_path / f"report.{chosen}"
        done = _check(repo, "--series", "rutte", "-f", chosen, "-o", str(out))
        assert (done.returncode, done.stdout, done.stderr) == (0, "", warning), chosen
        assert f"readouts/{MARCOS[2]} (harris-marcos)" in out.read_text(encoding="utf-8"), chosen
