"""benchmarks/revision_src.py: the ``src`` of another git revision, for benchmarks that
compare this checkout with a base revision in one run (by_series.py, mirror_changes.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from revision_src import emitted, revision_src

ROOT = Path(__file__).resolve().parent.parent


def _committed(path: str) -> bytes:
    return subprocess.run(
        ["git", "-C", str(ROOT), "show", f"HEAD:{path}"], capture_output=True, check=True
    ).stdout


def test_the_folder_holds_the_revisions_src_and_goes_away_after() -> None:
    with revision_src("HEAD", "by_series") as tmp:
        assert tmp.name.startswith("by-series-")
        init = tmp / "src" / "readoutdiff" / "__init__.py"
        assert init.read_bytes() == _committed("src/readoutdiff/__init__.py")
    assert not tmp.exists()


def test_a_revision_git_cannot_archive_is_one_error_line() -> None:
    with pytest.raises(SystemExit) as stopped, revision_src("no-such-rev-r14", "mirror_changes"):
        pass
    message = str(stopped.value.code)
    assert message.startswith("mirror_changes: error: git archive no-such-rev-r14: ")
    assert "\n" not in message


def test_the_child_imports_the_revisions_readoutdiff(tmp_path: Path) -> None:
    script = tmp_path / "where.py"
    script.write_text("import sys, readoutdiff\nprint(readoutdiff.__file__, sys.argv[1:])\n")
    out = emitted("HEAD", str(script), ["x"], "by_series", "scoring HEAD")
    where, args = out.split(" ", 1)
    assert "by-series-" in where and where.endswith("/src/readoutdiff/__init__.py")
    assert not where.startswith(str(ROOT))
    assert args.strip() == "['--emit', 'x']"


def test_a_failing_child_is_one_error_line(tmp_path: Path) -> None:
    script = tmp_path / "fails.py"
    script.write_text("raise SystemExit('broken here')\n")
    with pytest.raises(SystemExit) as stopped:
        emitted("HEAD", str(script), [], "mirror_changes", "HEAD")
    assert str(stopped.value.code) == "mirror_changes: error: HEAD failed: broken here"
