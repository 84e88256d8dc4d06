"""Compiled regular-expression programs kept by the command line: same patterns, same output."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

from readoutdiff import regex_cache

ROOT = Path(__file__).resolve().parent.parent
PAIR = [str(ROOT / "samples" / n) for n in ("2021-06-28-xi-putin.txt", "2021-12-15-xi-putin.txt")]
PROBE = """
import re, sys
from pathlib import Path
from readoutdiff import regex_cache
regex_cache.preload(Path(sys.argv[1]))
import readoutdiff.compare, readoutdiff.render.html, readoutdiff.ingest.junk  # the engine
print(len(regex_cache._stored), sum(1 for key in re._cache if (key[1], key[2]) not in regex_cache._stored))
"""


def run(cache: Path | str, out: Path) -> bytes:
    env = {**os.environ, "READOUTDIFF_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "readoutdiff", *PAIR, "-f", "html", "-o", str(out)]
    subprocess.run(command, check=True, env=env, capture_output=True)
    return out.read_bytes()


def stored(cache: Path) -> list[tuple[object, ...]]:
    [store] = (cache / "regex").iterdir()
    items = marshal.loads(store.read_bytes())
    assert isinstance(items, list)
    return items


def test_a_run_keeps_programs_that_rebuild_the_very_patterns_re_compiles(tmp_path: Path) -> None:
    run(tmp_path / "cache", tmp_path / "a.html")
    items = stored(tmp_path / "cache")
    assert len(items) > 60
    compiler = regex_cache._compiler
    for pattern, flags, *program in items:
        assert regex_cache._sre.compile(pattern, *program) == compiler.compile(pattern, flags)


def test_the_next_run_compiles_no_engine_pattern_and_writes_the_same_report(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = run(cache, tmp_path / "a.html")
    assert run(cache, tmp_path / "b.html") == first == run("", tmp_path / "c.html")
    probe = [sys.executable, "-c", PROBE, str(cache)]
    kept, compiled = map(
        int, subprocess.run(probe, capture_output=True, text=True, check=True).stdout.split()
    )
    assert kept == len(stored(cache)) and compiled < 5  # only a few patterns of the probe's own


def test_a_spoiled_store_costs_time_not_a_wrong_pattern(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    good = run(cache, tmp_path / "a.html")
    [store] = (cache / "regex").iterdir()
    items = stored(cache)
    pattern, flags, final, code, *rest = items[0]
    assert isinstance(code, list)
    spoiled = [
        (pattern, flags, final, [code[0], 999, *code[2:]], *rest),  # not a valid program
        ("x", 0),  # wrong shape
        "not a tuple",
    ]
    store.write_bytes(marshal.dumps(spoiled + items[1:]))
    assert run(cache, tmp_path / "b.html") == good
    store.write_bytes(b"\x00not marshal at all")
    assert run(cache, tmp_path / "c.html") == good


def test_no_cache_means_nothing_is_preloaded_or_kept() -> None:
    before = dict(re._cache)  # type: ignore[attr-defined]
    regex_cache.preload(None)
    regex_cache.keep(None)
    assert dict(re._cache) == before  # type: ignore[attr-defined]
