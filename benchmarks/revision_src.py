"""Run a benchmark script with the ``src`` of another git revision, in a child process.

``by_series.py`` and ``mirror_changes.py`` compare this checkout with a base revision in one
run: the base's ``src`` is extracted by ``git archive`` into a temporary folder, and the script
runs itself there with ``--emit`` (``PYTHONPATH``: that ``src``, then this folder), printing
JSON that the parent reads back. ``emitted_from`` does the same with a ``src`` folder already
on disk (another worktree's, or a checkout of an old tree).
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def formulas_module(path: str) -> ModuleType:
    """``readoutdiff.formulas.<path>`` (``"mining.recurrence"``), or, in a base revision's
    ``src`` from before the formula stage's sub-packages, the flat module of the same last name
    (``readoutdiff.formulas.recurrence``)."""
    try:
        return importlib.import_module(f"readoutdiff.formulas.{path}")
    except ModuleNotFoundError:
        return importlib.import_module(f"readoutdiff.formulas.{path.rsplit('.', 1)[-1]}")


@contextmanager
def revision_src(rev: str, prog: str) -> Iterator[Path]:
    """A temporary folder holding ``src`` as it is at ``rev`` (removed after); a revision git
    cannot archive exits with one ``{prog}: error: …`` line."""
    with tempfile.TemporaryDirectory(prefix=f"{prog.replace('_', '-')}-") as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "src"],
            capture_output=True,
            check=False,
        )
        if archive.returncode:
            sys.exit(f"{prog}: error: git archive {rev}: {archive.stderr.decode().strip()}")
        tar_path = Path(tmp) / "src.tar"
        tar_path.write_bytes(archive.stdout)
        with tarfile.open(tar_path) as tar:
            tar.extractall(tmp, filter="data")
        yield Path(tmp)


def emitted(rev: str, script: str, args: list[str], prog: str, what: str) -> str:
    """What ``script --emit *args`` prints with the ``src`` of ``rev`` (run in the temporary
    folder); a failing child exits with one ``{prog}: error: {what} failed: …`` line."""
    with revision_src(rev, prog) as tmp:
        return emitted_from(tmp / "src", script, args, prog, what)


def emitted_from(src: Path, script: str, args: list[str], prog: str, what: str) -> str:
    """What ``script --emit *args`` prints with the ``readoutdiff`` of the folder ``src`` (a
    checkout's or a worktree's ``src``, run from its parent folder); a folder without
    ``readoutdiff/__init__.py`` or a failing child exits with one ``{prog}: error: …`` line."""
    src = src.resolve()
    if not (src / "readoutdiff" / "__init__.py").is_file():
        sys.exit(f"{prog}: error: {src}: no readoutdiff package here (give a checkout's src)")
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{HERE}"}
    child = subprocess.run(
        [sys.executable, script, "--emit", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=src.parent,
        check=False,
    )
    if child.returncode:
        sys.exit(f"{prog}: error: {what} failed: {child.stderr.strip()[-400:]}")
    return child.stdout
