"""benchmarks/mypyc_build.py (branch sp79) rewrites a copy of ``src/`` before mypyc compiles it.

The build itself takes some ten minutes of a C compiler, too long for the suite: what is tested
here is that every rewrite still finds its text exactly once in the real source (a change to
those lines stops the build, which must then be told), and that it leaves the copy's modules
parseable, with no object of a compiled class made by setting its ``__class__``, and
``origins.py`` out of what is compiled."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import mypyc_build


def test_every_rewrite_finds_its_text_once_in_src() -> None:
    for path, old, _ in mypyc_build.REWRITES:
        text = (mypyc_build.SRC / path).read_text(encoding="utf-8")
        assert text.count(old) == 1, path


def test_the_rewritten_copy_parses_and_leaves_no_blank_class(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(mypyc_build.SRC, src, ignore=shutil.ignore_patterns("__pycache__"))
    mypyc_build.rewritten(src)
    for path in {path for path, _, _ in mypyc_build.REWRITES}:
        text = (src / path).read_text(encoding="utf-8")
        ast.parse(text)
        assert "__class__ = Words" not in text
        assert "__class__ = Occurrence" not in text
    compiled = mypyc_build.modules(src, whole=False)
    assert "readoutdiff/formulas/tracking.py" in compiled
    assert "readoutdiff/formulas/origins.py" not in compiled
    assert all(m.startswith("readoutdiff/formulas/") for m in compiled)
