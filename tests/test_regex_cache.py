"""Regular expressions kept compiled in the user's cache and put into ``re``'s own cache: the
patterns equal re.compile's (a pattern's ``==`` compares its engine code), a spoiled entry is
skipped and written again, an unwritable cache is no error, and outputs are the same."""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import re
import subprocess
import sys
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from readoutdiff.cache_dir import (
    keep_checked,
    keep_checked_bytes,
    read_checked,
    read_checked_bytes,
)
from readoutdiff.cli import regex_cache
from readoutdiff.ingest import junk

ROOT = Path(__file__).resolve().parent.parent
RULES = [text for table in (junk._BLOCKS, junk._LINES, junk._LONG) for _, text in table]
PATTERNS = [
    *[(rule.pattern, int(re.I | re.X)) for rule in RULES],
    (r"(?P<year>\d{4})-(?P<month>\d\d)", 0),
    (r"[а-яё]+\b", int(re.I)),
    (r"\r\n|\r|\n", 0),
]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """re's cache and this module's state emptied (and emptied again after the test)."""
    re.purge()
    monkeypatch.setattr(regex_cache, "_loaded", {})
    monkeypatch.setattr(regex_cache, "_spoiled", False)
    monkeypatch.setattr(regex_cache, "_kind", "")
    yield
    re.purge()


def _compile_all() -> dict[tuple[str, int], re.Pattern[str]]:
    return {(text, flags): re.compile(text, flags) for text, flags in PATTERNS}


def _renew(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a new process: re's cache and this module's state empty."""
    re.purge()
    monkeypatch.setattr(regex_cache, "_loaded", {})
    monkeypatch.setattr(regex_cache, "_spoiled", False)
    monkeypatch.setattr(regex_cache, "_kind", "")


class Counted:
    """A function of re's compiler, counting its calls."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function, self.calls = function, 0

    def __call__(self, *args: Any) -> Any:
        self.calls += 1
        return self.function(*args)


def test_patterns_saved_then_preloaded_are_res_own(
    tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _compile_all()
    assert regex_cache.save(tmp_path) >= len(PATTERNS)
    [entry] = (tmp_path / "regex").iterdir()
    _renew(monkeypatch)
    assert regex_cache.preload(tmp_path) >= len(PATTERNS)
    counted = Counted(re._compiler.compile)  # type: ignore[attr-defined]
    monkeypatch.setattr(re._compiler, "compile", counted)  # type: ignore[attr-defined]
    again = _compile_all()
    assert counted.calls == 0  # every pattern came from the file
    assert again == expected
    for key, pattern in again.items():
        assert (pattern.pattern, pattern.flags, pattern.groupindex) == (
            key[0], expected[key].flags, expected[key].groupindex,
        )  # fmt: skip
    assert again[r"(?P<year>\d{4})-(?P<month>\d\d)", 0].match("2021-06").groupdict() == {
        "year": "2021",
        "month": "06",
    }
    assert junk.reason("Home > News") == "navigation"
    assert regex_cache.save(tmp_path) == 0  # nothing new: the file is not written again
    assert list((tmp_path / "regex").iterdir()) == [entry]


def test_each_kind_of_run_keeps_a_file_of_its_own(
    tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain readoutdiff A B reads only the patterns such runs compiled, not the others'."""
    assert regex_cache.preload(tmp_path, "diff") == 0
    re.compile(r"[а-яё]+\b", re.I)
    assert regex_cache.save(tmp_path) >= 1
    [diff] = (tmp_path / "regex").iterdir()
    assert diff.name.endswith("-diff.marshal")
    _renew(monkeypatch)
    assert regex_cache.preload(tmp_path) == 0  # another kind: its own (empty) file
    _compile_all()
    assert regex_cache.save(tmp_path) >= len(PATTERNS)
    _renew(monkeypatch)
    assert regex_cache.preload(tmp_path, "diff") == len(_entries(diff)) < len(PATTERNS)
    assert (r"[а-яё]+\b", int(re.I)) in regex_cache._loaded


def test_a_full_file_still_takes_what_a_run_compiled_afresh(
    tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The oldest entries give way: a full file never stops learning (it was cut at the end)."""
    monkeypatch.setattr(regex_cache, "_MOST", 5)
    for number in range(5):
        re.compile(f"old{number}")
    regex_cache.save(tmp_path)
    [path] = (tmp_path / "regex").iterdir()
    _renew(monkeypatch)
    assert regex_cache.preload(tmp_path) == 5
    re.compile("brand new")
    assert regex_cache.save(tmp_path) == 1
    kept = [entry[0] for entry in _entries(path)]
    assert len(kept) == 5 and kept[0] == "brand new"
    _renew(monkeypatch)
    regex_cache.preload(tmp_path)
    re.compile("brand new")
    assert regex_cache.save(tmp_path) == 0  # found in the file: nothing to write


def test_a_full_file_keeps_the_patterns_the_run_holds_before_the_others(
    tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file's own entries that a module or a memo of the run holds go before those it let
    go or never used: the patterns every run shares stay, where the oldest were cut."""
    monkeypatch.setattr(regex_cache, "_MOST", 5)
    for number in range(5):
        re.compile(f"old{number}")
    regex_cache.save(tmp_path)
    [path] = (tmp_path / "regex").iterdir()
    assert [entry[0] for entry in _entries(path)] == [f"old{number}" for number in range(5)]
    _renew(monkeypatch)
    assert regex_cache.preload(tmp_path) == 5
    held = [re.compile("old4"), re.compile("old3")]  # the oldest two, held as a module holds
    re.compile("old1")  # looked up and let go
    re.compile("brand new")
    re.compile("newer")
    assert regex_cache.save(tmp_path) == 2
    assert [entry[0] for entry in _entries(path)] == ["brand new", "newer", "old3", "old4", "old0"]
    assert held[0].pattern == "old4"


def _entries(path: Path) -> list[list[Any]]:
    return marshal.loads(read_checked_bytes(path))  # type: ignore[no-any-return]


def _code(words: list[int]) -> bytes:
    return array("I", words).tobytes()


SPOILS: list[Callable[[list[Any]], list[Any]]] = [
    lambda e: [*e[:3], "not bytes!", *e[4:]],
    lambda e: [*e[:3], e[3].decode("latin-1"), *e[4:]],  # the code as text
    lambda e: [*e[:3], e[3][:-3], *e[4:]],  # cut inside a code word
    lambda e: [*e[:3], e[3][:-4], *e[4:]],  # a code word short: _sre refuses it
    lambda e: [*e[:3], _code([1, 2, 3]), *e[4:]],  # not engine code: _sre refuses it
    lambda e: [*e[:3], [17, 1], *e[4:]],
    lambda e: [*e[:2], "32", *e[3:]],
    lambda e: [*e[:5], [], e[6]],
    lambda e: [*e[:6], ["a", "b"]],  # a group too many
    lambda e: e[:4],
]


@pytest.mark.parametrize("spoil", SPOILS)
def test_a_spoiled_entry_is_skipped_then_written_again(
    tmp_path: Path,
    fresh: None,
    monkeypatch: pytest.MonkeyPatch,
    spoil: Callable[[list[Any]], list[Any]],
) -> None:
    expected = _compile_all()
    regex_cache.save(tmp_path)
    [path] = (tmp_path / "regex").iterdir()
    good = _entries(path)
    spoiled = [spoil(entry) if entry[0] == PATTERNS[3][0] else entry for entry in good]
    keep_checked_bytes(path, marshal.dumps(spoiled))
    _renew(monkeypatch)
    assert regex_cache.preload(tmp_path) == len(good) - 1
    assert _compile_all() == expected
    assert regex_cache.save(tmp_path) == 1
    assert sorted(map(str, _entries(path))) == sorted(map(str, good))


@pytest.mark.parametrize(
    "spoil", ["cut", "edited", "not a list", "marshal cut", "not marshal", "line ends"]
)
def test_a_spoiled_file_is_ignored_then_written_again(
    tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch, spoil: str
) -> None:
    expected = _compile_all()
    regex_cache.save(tmp_path)
    [path] = (tmp_path / "regex").iterdir()
    data = path.read_bytes()
    if spoil == "cut":
        path.write_bytes(data[: len(data) // 2])
    elif spoil == "edited":
        path.write_bytes(data[:-9] + bytes([data[-9] ^ 1]) + data[-8:])  # checksum differs
    elif spoil == "not a list":
        keep_checked_bytes(path, marshal.dumps({"entries": _entries(path)}))
    elif spoil == "marshal cut":  # the checksum of what is left: marshal finds it short
        keep_checked_bytes(path, read_checked_bytes(path)[:-5])
    elif spoil == "not marshal":  # the JSON an older readoutdiff kept, under a right checksum
        keep_checked_bytes(path, json.dumps([["a", 0, 32, "AQAAAA==", 0, {}, [None]]]).encode())
    else:  # every "\n" made "\r\n", as a text-mode write on Windows: bytes are read as written
        path.write_bytes(data.replace(b"\n", b"\r\n"))
    _renew(monkeypatch)
    assert regex_cache.preload(tmp_path) == 0
    assert _compile_all() == expected
    assert regex_cache.save(tmp_path) >= len(PATTERNS)
    assert path.read_bytes() == data


def test_an_older_json_file_is_left_alone(
    tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The JSON file an older readoutdiff kept (its entries' code in base64) is at another path
    (``….json``): neither read nor written over."""
    older = tmp_path / "regex" / "0123456789abcdef0123456789abcdef01234567-diff.json"
    keep_checked(older, json.dumps([[r"\r\n|\r|\n", 0, 32, "AQAAAA==", 0, {}, [None]]]))
    kept = older.read_bytes()
    assert regex_cache.preload(tmp_path, "diff") == 0
    _compile_all()
    assert regex_cache.save(tmp_path) >= len(PATTERNS)
    assert older.read_bytes() == kept
    assert sorted(path.suffix for path in (tmp_path / "regex").iterdir()) == [".json", ".marshal"]


def test_no_cache_an_unwritable_one_or_no_re_cache_is_no_error(
    tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way", encoding="utf-8")
    for root in (None, blocker / "cache"):
        assert regex_cache.preload(root) == 0
        assert _compile_all()
        assert regex_cache.save(root) == 0
    with monkeypatch.context() as patched:
        patched.setattr(re, "_cache", None)
        assert regex_cache.preload(tmp_path) == regex_cache.save(tmp_path) == 0
    assert not (tmp_path / "regex").exists()


def _run(cache: str, *args: str) -> bytes:
    env = {**os.environ, "READOUTDIFF_CACHE_DIR": cache}
    command = [sys.executable, "-m", "readoutdiff", *args]
    return subprocess.run(command, check=True, env=env, capture_output=True).stdout


def test_outputs_are_the_same_with_a_new_a_filled_and_no_cache(tmp_path: Path) -> None:
    """Raw pages full of site junk, in English, Russian and Chinese. (The seed pair's same
    three runs are test_matcher_cache's first case: one cache folder holds both caches.)"""
    pairs = [
        ("pages/biden-scholz__mirage.raw.txt", "pages/blinken-kuleba__2022-03-08__stlnews.raw.txt"),
        ("pages/putin-erdogan__tass.raw.txt", "pages/putin-erdogan__tvc.raw.txt"),
        ("pages/xi-macron__hxjjw.raw.txt", "pages/xi-macron__webdiners.raw.txt"),
    ]
    cache = str(tmp_path / "cache")
    for pair in pairs:
        args = [*(str(ROOT / "tests" / name) for name in pair), "-f", "json"]
        uncached = _run("", *args)
        assert _run(cache, *args) == uncached
        assert _run(cache, *args) == uncached
    [store] = (tmp_path / "cache" / "regex").iterdir()
    assert len(_entries(store)) > 80


def test_the_patterns_of_a_few_pairs_stay_in_the_file(tmp_path: Path) -> None:
    """Six real pairs of three languages, compared in turn, then again: the second round finds
    every pattern in the file and writes it no more. Together they compile some 240 patterns
    (each run 130-165, most of them shared): a file cut at 200 dropped, oldest first, the
    patterns every run shares, so each run of the second round compiled some afresh and wrote
    the file again (benchmarks/README.md, sp60)."""
    series = ("sunak-rutte", "mirziyoyev-nazarbayev", "xi-lula", "xi-tokayev", "blinken-kuleba")
    pairs = [sorted((ROOT / "eval" / "formulas").glob(f"{name}__*.txt"))[:2] for name in series]
    pairs.append(
        [ROOT / "samples" / "2021-06-28-xi-putin.txt", ROOT / "samples" / "2021-12-15-xi-putin.txt"]
    )
    cache = str(tmp_path / "cache")
    for pair in pairs:
        _run(cache, *map(str, pair), "-f", "json")
    [store] = (tmp_path / "cache" / "regex").iterdir()
    assert len(_entries(store)) > 200
    for pair in pairs:
        written = store.stat().st_mtime_ns, store.read_bytes()
        _run(cache, *map(str, pair), "-f", "json")
        assert (store.stat().st_mtime_ns, store.read_bytes()) == written, pair[0].name


def test_a_checked_file_reads_back_whatever_its_line_ends(tmp_path: Path) -> None:
    """``keep_checked`` and ``read_checked`` (the check of every cache file here): the text
    comes back as written, also from a file whose line ends a text-mode write on Windows made
    (read as a text-mode read gives them); a change, a cut, or a SHA-256 line (an older
    readoutdiff's check) is refused."""
    path = tmp_path / "entry.json"
    text = json.dumps([["кремль", "会谈"], "line\nend"], ensure_ascii=False)
    keep_checked(path, text)
    assert read_checked(path) == text
    written = path.read_bytes()
    path.write_bytes(written.replace(b"\n", b"\r\n"))
    assert read_checked(path) == text
    for spoiled in (
        written.replace(b"line", b"lime"),
        written[:-1],
        hashlib.sha256(text.encode()).hexdigest().encode() + b"\n" + text.encode(),
    ):
        path.write_bytes(spoiled)
        with pytest.raises(ValueError, match="checksum differs"):
            read_checked(path)


def test_checked_bytes_read_back_as_written(tmp_path: Path) -> None:
    """``keep_checked_bytes`` and ``read_checked_bytes`` (the regular expressions' file): the
    bytes come back as written, line ends and all (a binary file: no text-mode read); a
    change or a cut is refused."""
    path = tmp_path / "entry.marshal"
    data = marshal.dumps([["кремль", 2], b"\r\n\x00\xff", "line\r\nend"])
    keep_checked_bytes(path, data)
    assert read_checked_bytes(path) == data
    assert path.read_bytes().endswith(data)
    written = path.read_bytes()
    for spoiled in (written[:-1], written[:-1] + b"\x00", written.replace(b"\r\n", b"\n")):
        path.write_bytes(spoiled)
        with pytest.raises(ValueError, match="checksum differs"):
            read_checked_bytes(path)
