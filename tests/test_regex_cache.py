"""Regular expressions kept compiled in the user's cache: equal to re.compile's (a pattern's
``==`` compares its engine code), rebuilt from a spoiled entry, no error when unwritable."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from readoutdiff import regex_cache
from readoutdiff.cache_dir import keep_checked, read_checked, use
from readoutdiff.ingest import junk

ROOT = Path(__file__).resolve().parent.parent
RULES = [
    text for table in (junk._BLOCK_RULES, junk._LINE_RULES, junk._LONG_RULES) for _, text in table
]
FLAGS = re.I | re.X


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Path]:
    use(tmp_path)
    yield tmp_path / "regex"
    use(None)


class Counted:
    """re.compile, counting its calls."""

    def __init__(self) -> None:
        self.compile, self.calls = re.compile, 0

    def __call__(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        self.calls += 1
        return self.compile(pattern, flags)


def test_the_junk_rules_read_back_are_re_compiles(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = [re.compile(text, FLAGS) for text in RULES]
    assert regex_cache.compile_all(RULES, FLAGS) == expected
    [entry] = cache.iterdir()
    counted = Counted()
    monkeypatch.setattr(re, "compile", counted)
    again = regex_cache.compile_all(RULES, FLAGS)
    assert counted.calls == 0  # every pattern came from the entry
    assert again == expected and [p.pattern for p in again] == RULES
    assert all(
        p.flags == e.flags and p.groupindex == e.groupindex
        for p, e in zip(again, expected, strict=True)
    )
    assert again[3].search("Home > News") and not again[3].search(
        "Xi Jinping Holds Talks With Putin"
    )
    assert list(cache.iterdir()) == [entry]


def test_other_flags_or_patterns_are_another_entry(cache: Path) -> None:
    regex_cache.compile_all(RULES, FLAGS)
    named = [r"(?P<year>\d{4})-(?P<month>\d\d)", r"[а-яё]+\b"]
    for flags in (re.I, re.X):
        assert regex_cache.compile_all(RULES[:3], flags) == [
            re.compile(t, flags) for t in RULES[:3]
        ]
    assert regex_cache.compile_all(named) == [re.compile(t) for t in named]
    assert regex_cache.compile_all(named) == [re.compile(t) for t in named]  # read back
    assert regex_cache.compile_all(named)[0].match("2021-06").groupdict() == {
        "year": "2021",
        "month": "06",
    }
    assert len(list(cache.iterdir())) == 4


def _spoil_code(items: list[list[object]], code: list[object]) -> list[list[object]]:
    return [[*items[0][:2], code, *items[0][3:]], *items[1:]]


SPOILS: list[Callable[[list[list[object]]], object]] = [
    lambda items: items[:-1],
    lambda items: [["another pattern", *items[0][1:]], *items[1:]],
    lambda items: _spoil_code(items, [1, 2, 3]),  # not engine code: _sre refuses it
    lambda items: _spoil_code(items, [-1, *items[0][2][1:]]),  # type: ignore[index]
    lambda items: _spoil_code(items, ["17", *items[0][2][1:]]),  # type: ignore[index]
    lambda items: [[*items[0][:4], [], *items[0][5:]], *items[1:]],
    lambda items: [[*items[0][:1], "32", *items[0][2:]], *items[1:]],
    lambda items: {"items": items},
]


@pytest.mark.parametrize("spoil", [*SPOILS, "cut", "edited"])
def test_a_spoiled_entry_is_compiled_again_and_rewritten(cache: Path, spoil: object) -> None:
    expected = regex_cache.compile_all(RULES, FLAGS)
    [path] = cache.iterdir()
    good = path.read_text("utf-8")
    if spoil == "cut":
        path.write_text(good[: len(good) // 2], encoding="utf-8")
    elif spoil == "edited":
        path.write_text(good.replace("1", "2", 1), encoding="utf-8")  # checksum differs
    else:
        assert callable(spoil)
        keep_checked(path, json.dumps(spoil(json.loads(read_checked(path)))))
    assert regex_cache.compile_all(RULES, FLAGS) == expected
    assert path.read_text("utf-8") == good


def test_no_cache_or_an_unwritable_one_compiles_as_re_does(tmp_path: Path) -> None:
    expected = [re.compile(text, FLAGS) for text in RULES]
    assert regex_cache.compile_all(RULES, FLAGS) == expected
    blocker = tmp_path / "file"
    blocker.write_text("in the way", encoding="utf-8")
    use(blocker / "cache")
    try:
        assert regex_cache.compile_all(RULES, FLAGS) == expected
    finally:
        use(None)


def _run(cache: str, *args: str) -> bytes:
    env = {**os.environ, "READOUTDIFF_CACHE_DIR": cache}
    command = [sys.executable, "-m", "readoutdiff", *args]
    return subprocess.run(command, check=True, env=env, capture_output=True).stdout


def test_pages_read_the_same_with_a_new_a_filled_and_no_cache(tmp_path: Path) -> None:
    """Raw pages full of site junk, in English, Chinese and Russian."""
    pairs = [
        ("biden-scholz__mirage", "blinken-kuleba__2022-03-08__stlnews"),
        ("putin-erdogan__tass", "putin-erdogan__tvc"),
        ("xi-macron__hxjjw", "xi-macron__webdiners"),
    ]
    cache = str(tmp_path / "cache")
    for pair in pairs:
        a, b = (str(ROOT / "tests" / "pages" / f"{name}.raw.txt") for name in pair)
        args = [a, b, "-f", "json", "--no-mining"]
        uncached = _run("", *args)
        assert _run(cache, *args) == uncached
        assert _run(cache, *args) == uncached
    assert (tmp_path / "cache" / "regex").is_dir()
