"""benchmarks/same_output.py: two checkouts' bytes compared item by item (eval pairs' JSON, the
samples in every format), a tree against itself the same, a changed JSON writer told."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import same_output
finally:
    sys.path.remove(str(ROOT / "benchmarks"))


def test_every_pair_file_names_two_readouts_that_exist() -> None:
    pairs = same_output.pair_files()
    assert len(pairs) > 400
    assert all(a.is_file() and b.is_file() for _, a, b in pairs)
    assert [name for name, _, _ in same_output.pair_files(limit=1)] == [
        pairs[0][0], next(name for name, _, _ in pairs if name.startswith("outside/"))
    ]  # fmt: skip


def test_a_tree_against_itself_writes_the_same_bytes(capsys: pytest.CaptureFixture[str]) -> None:
    assert same_output.main(["--other", str(ROOT / "src"), "--limit", "1"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "6 items the same bytes, 0 differ, 0 made by one tree only"
    )


def test_a_changed_json_writer_is_told(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "src"
    shutil.copytree(ROOT / "src", other, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    writer = other / "readoutdiff" / "render" / "jsonout.py"
    text = writer.read_text(encoding="utf-8")
    writer.write_text(text.replace('SCHEMA = "readoutdiff/1"', 'SCHEMA = "readoutdiff/0"'))
    assert same_output.main(["--other", str(other), "--limit", "1"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert "differs: samples --format json" in out
    assert "differs: samples --format markdown" not in out
    assert f"differs: {same_output.pair_files(limit=1)[0][0]}" in out
