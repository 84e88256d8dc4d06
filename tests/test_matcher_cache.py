"""A lexicon's matcher and frames kept in the user's cache: equal to a fresh build, rebuilt on
any spoiled entry, no error where the cache cannot be written, and the same reports."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from itertools import combinations
from pathlib import Path

import pytest

from readoutdiff.cache_dir import (
    keep_checked,
    keep_checked_bytes,
    read_checked,
    read_checked_bytes,
    use,
)
from readoutdiff.formulas.lexicon import frames, frames_cache, matcher_cache
from readoutdiff.formulas.lexicon.background import joined
from readoutdiff.formulas.lexicon.lexicon import builtin, parse
from readoutdiff.formulas.matching import matcher
from readoutdiff.formulas.words.scripts import SCRIPTS
from readoutdiff.model import Entry, FormulaSource, Lexicon

ROOT = Path(__file__).resolve().parent.parent
ABSENT = [
    frozenset(c) for size in range(len(SCRIPTS) + 1) for c in combinations(sorted(SCRIPTS), size)
]


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Path]:
    use(tmp_path)
    yield tmp_path
    use(None)


@pytest.fixture
def lexicon() -> Lexicon:
    return joined(builtin())  # what a comparison with the built-in lexicon matches


class Counted:
    """A build function that counts its calls."""

    def __init__(self, build: Callable[..., object]) -> None:
        self.build, self.calls = build, 0

    def __call__(self, *args: object, **kwargs: object) -> object:
        self.calls += 1
        return self.build(*args, **kwargs)


@pytest.mark.parametrize("absent", ABSENT, ids=lambda a: "+".join(sorted(a)) or "none")
def test_the_matcher_read_back_is_the_one_built(
    cache: Path, lexicon: Lexicon, absent: frozenset[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = matcher.build(lexicon.entries, threshold=90.0, absent=absent)
    counted = Counted(matcher.build)
    monkeypatch.setattr(matcher, "build", counted)
    assert matcher_cache.built(lexicon.entries, threshold=90.0, absent=absent) == fresh
    again = matcher_cache.built(lexicon.entries, threshold=87.5, absent=absent)
    assert again == matcher.Matcher(**{**_fields(fresh), "threshold": 87.5})
    assert again.entries[0] is lexicon.entries[0]
    kept = list((cache / "matcher").glob("*.marshal")) if (cache / "matcher").is_dir() else []
    if "cyrillic" in absent:  # Russian wordings left out: nothing keyed by Snowball
        assert len(kept) == 1 and counted.calls == 1
    else:
        assert kept == [] and counted.calls == 2  # Snowball's keys are never kept


def _fields(made: matcher.Matcher) -> dict[str, object]:
    return {name: getattr(made, name) for name in matcher.Matcher.__dataclass_fields__}


def test_the_frames_read_back_are_the_ones_read(cache: Path, lexicon: Lexicon) -> None:
    fresh = frames.frames(lexicon)
    assert frames_cache.built(lexicon) == fresh
    [path] = (cache / "frames").iterdir()
    assert frames_cache._read(read_checked(path), lexicon) == fresh
    assert frames_cache.built(lexicon) == fresh
    assert len(fresh.ends) > 50


def test_a_changed_lexicon_is_built_again(cache: Path, lexicon: Lexicon) -> None:
    matcher_cache.built(lexicon.entries, threshold=90.0, absent=SCRIPTS)
    frames_cache.built(lexicon)
    extra = Entry(id="zz-new", text="brand new strategic formula of cooperation")
    changed = Lexicon(entries=(*lexicon.entries, extra))
    made = matcher_cache.built(changed.entries, threshold=90.0, absent=SCRIPTS)
    assert made == matcher.build(changed.entries, threshold=90.0, absent=SCRIPTS)
    assert frames_cache.built(changed).ends["brand", "cooperation"] == extra
    assert len(list((cache / "matcher").iterdir())) == len(list((cache / "frames").iterdir())) == 2


def test_another_pythons_entry_is_never_read(
    cache: Path, lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entry is :mod:`marshal`'s bytes, whose format belongs to one Python version (cli10):
    an entry another Python wrote in a shared cache is at another path (its version is in the
    key, ``cache_dir.digest``), so this one builds its own and reads that back (rev36)."""
    fresh = matcher_cache.built(lexicon.entries, threshold=90.0, absent=SCRIPTS)
    [written] = (cache / "matcher").iterdir()
    theirs = written.read_bytes()
    counted = Counted(matcher.build)
    monkeypatch.setattr(matcher, "build", counted)
    monkeypatch.setattr(sys, "version", f"{sys.version} (another build)")
    assert matcher_cache.built(lexicon.entries, threshold=90.0, absent=SCRIPTS) == fresh
    assert matcher_cache.built(lexicon.entries, threshold=90.0, absent=SCRIPTS) == fresh
    assert counted.calls == 1
    assert len(list((cache / "matcher").iterdir())) == 2 and written.read_bytes() == theirs


def _spoiled_matchers(kept: bytes) -> list[object]:
    data = marshal.loads(kept)
    last = len(data["stems"])
    return [
        {**data, "numbers": [-1, *data["numbers"][1:]]},
        {**data, "numbers": [10**6, *data["numbers"][1:]]},
        {**data, "stems": [[], *data["stems"][1:]]},
        {**data, "stems": [[1, 2], *data["stems"][1:]]},
        {**data, "exact_patterns": [last, *data["exact_patterns"][1:]]},
        {**data, "exact_patterns": [-1, *data["exact_patterns"][1:]]},
        {**data, "exact_sizes": data["exact_sizes"][:-1]},
        {**data, "exact": [["a", "b", "c"], *data["exact"][1:]]},
        {**data, "fuzzy_positions": [99, *data["fuzzy_positions"][1:]]},
        {**data, "fuzzy_needed": [True, *data["fuzzy_needed"][1:]]},
        {**data, "fuzzy_sizes": [*data["fuzzy_sizes"][:-1], data["fuzzy_sizes"][-1] + 1]},
        {**data, "heads": data["heads"][:-1]},
        {**data, "anchors": [len(data["stems"][0]), *data["anchors"][1:]]},  # past its wording
        {**data, "anchors": data["anchors"][:-1]},
        {key: value for key, value in data.items() if key != "fuzzy"},
        [],
    ]


_NOT_COLUMNS = (b"", b"not marshal", marshal.dumps(compile("0", "<entry>", "eval")))
"""Entries behind a good checksum that are no columns: empty, not marshal's, a code object."""


@pytest.mark.parametrize("spoil", range(21))
def test_a_spoiled_matcher_entry_is_built_again_and_rewritten(
    cache: Path, lexicon: Lexicon, spoil: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = matcher_cache.built(lexicon.entries, threshold=90.0, absent=SCRIPTS)
    [path] = (cache / "matcher").iterdir()
    good = path.read_bytes()
    if spoil == 16:
        path.write_bytes(good[: len(good) // 2])  # cut short
    elif spoil == 17:
        path.write_bytes(good[:-1] + bytes([good[-1] ^ 1]))  # checksum differs
    elif spoil > 17:
        keep_checked_bytes(path, _NOT_COLUMNS[spoil - 18])
    else:
        keep_checked_bytes(path, marshal.dumps(_spoiled_matchers(read_checked_bytes(path))[spoil]))
    counted = Counted(matcher.build)
    monkeypatch.setattr(matcher, "build", counted)
    assert matcher_cache.built(lexicon.entries, threshold=90.0, absent=SCRIPTS) == fresh
    assert counted.calls == 1 and path.read_bytes() == good
    assert matcher_cache.built(lexicon.entries, threshold=90.0, absent=SCRIPTS) == fresh
    assert counted.calls == 1  # the rewritten entry is good


@pytest.mark.parametrize(
    "spoil",
    [
        lambda ends: "not json",
        lambda ends: json.dumps([[*ends[0][:2], 10**6], *ends[1:]]),
        lambda ends: json.dumps([[*ends[0][:2], -1], *ends[1:]]),
        lambda ends: json.dumps([[1, *ends[0][1:]], *ends[1:]]),
        lambda ends: json.dumps([ends[0][:2], *ends[1:]]),
    ],
)
def test_a_spoiled_frames_entry_is_read_again(
    cache: Path, lexicon: Lexicon, spoil: Callable[[list[list[object]]], str]
) -> None:
    fresh = frames_cache.built(lexicon)
    [path] = (cache / "frames").iterdir()
    good = path.read_text("utf-8")
    keep_checked(path, spoil(json.loads(read_checked(path))))
    assert frames_cache.built(lexicon) == fresh
    assert path.read_text("utf-8") == good


def test_an_unwritable_cache_is_no_error(tmp_path: Path, lexicon: Lexicon) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way", encoding="utf-8")
    use(blocker / "cache")
    try:
        made = matcher_cache.built(lexicon.entries, threshold=90.0, absent=SCRIPTS)
        assert made == matcher.build(lexicon.entries, threshold=90.0, absent=SCRIPTS)
        assert frames_cache.built(lexicon) == frames.frames(lexicon)
    finally:
        use(None)


def test_small_lexicons_and_library_keys_are_not_kept(cache: Path) -> None:
    small = (Entry(id="ci", text="core interests"), Entry(id="eeu", text="Eurasian Economic Union"))
    assert matcher_cache.built(small, threshold=90.0) == matcher.build(small)
    # A user's Chinese wording is keyed with OpenCC (Traditional folded to Simplified).
    user = parse(
        "".join(
            f'[[formula]]\nid = "f{n}"\ntext = "formula number {n}"\nzh = ["核心利益{n}"]\n'
            for n in range(60)
        ),
        path="user.toml",
        source=FormulaSource.USER,
    )
    made = matcher_cache.built(user.entries, threshold=90.0, absent=frozenset({"cyrillic"}))
    assert made == matcher.build(user.entries, absent=frozenset({"cyrillic"}))
    assert not (cache / "matcher").exists()
    built_in = builtin()
    assert matcher_cache.built(built_in.entries, threshold=90.0, absent=frozenset({"cyrillic"}))
    assert len(list((cache / "matcher").iterdir())) == 1  # built-in Chinese needs no OpenCC


def _run(cache: str, *args: str) -> bytes:
    env = {**os.environ, "READOUTDIFF_CACHE_DIR": cache}
    command = [sys.executable, "-m", "readoutdiff", *args]
    return subprocess.run(command, check=True, env=env, capture_output=True).stdout


@pytest.mark.parametrize(
    "pair",
    [
        ("samples/2021-06-28-xi-putin.txt", "samples/2021-12-15-xi-putin.txt"),
        (
            "eval/bilingual/xi-trump__2017-10-25__mfa-zh.txt",
            "eval/bilingual/xi-trump__2018-03-09__mfa-zh.txt",
        ),
        (
            "eval/bilingual/xi-trump__2017-10-25__mfa.txt",
            "eval/bilingual/xi-trump__2017-10-25__mfa-zh.txt",
        ),
    ],
)
def test_the_report_is_the_same_with_a_new_a_filled_and_no_cache(
    tmp_path: Path, pair: tuple[str, str]
) -> None:
    args = [str(ROOT / name) for name in pair] + ["-f", "json"]
    cache = str(tmp_path / "cache")
    uncached = _run("", *args)
    assert _run(cache, *args) == uncached
    # Two Chinese readouts join the Chinese background: its phrases are no built-in wordings,
    # and keying a wide one needs OpenCC, so that matcher is built afresh each run, not kept.
    chinese = all("mfa-zh" in name for name in pair)
    assert (tmp_path / "cache" / "matcher").is_dir() is not chinese
    assert (tmp_path / "cache" / "frames").is_dir()
    assert _run(cache, *args) == uncached
