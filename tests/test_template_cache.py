"""Compiled report templates kept in the user's cache: same bytes, and no cache is no error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIR = [str(ROOT / "samples" / n) for n in ("2021-06-28-xi-putin.txt", "2021-12-15-xi-putin.txt")]


def html_report(cache: str, out: Path) -> bytes:
    env = {**os.environ, "READOUTDIFF_CACHE_DIR": cache}
    command = [sys.executable, "-m", "readoutdiff", *PAIR, "-f", "html", "-o", str(out)]
    subprocess.run(command, check=True, env=env, capture_output=True)
    return out.read_bytes()


def test_the_report_is_the_same_with_a_new_a_filled_and_no_template_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    uncached = html_report("", tmp_path / "off.html")
    assert html_report(str(cache), tmp_path / "first.html") == uncached
    written = sorted(path.name for path in (cache / "templates").iterdir())
    assert len(written) == 3 and all(name.endswith(".cache") for name in written)  # page, css, js
    assert html_report(str(cache), tmp_path / "second.html") == uncached
    assert sorted(path.name for path in (cache / "templates").iterdir()) == written


def test_a_cache_folder_that_cannot_be_made_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way", encoding="utf-8")
    assert html_report(str(blocker), tmp_path / "a.html") == html_report("", tmp_path / "b.html")
