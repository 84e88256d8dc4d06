"""The cache keys cover all the code that makes an entry, so source trees sharing a cache folder
never read each other's entries (session 27, det1).

A lexicon, matcher or frames entry is keyed (:func:`readoutdiff.cache_dir.digest`) on the source of
the modules named in its makers. A module the making code imports but the list leaves out (before:
``languages/wordshape.py``, which :func:`~readoutdiff.formulas.words.phrases.key` calls, and the
languages' function words behind ``roles.STOP_WORDS``) could change in one tree while a tree
sharing the folder read the first tree's entry under the same key: same inputs, other output.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from readoutdiff import cache_dir
from readoutdiff.cache_dir import PACKAGE, digest, keep_file
from readoutdiff.formulas.keys import key_swaps, swap_index
from readoutdiff.formulas.lexicon import frames_cache, lexicon_cache, matcher_cache

MAKERS = {
    "lexicon": lexicon_cache.READERS,
    "matcher": matcher_cache.MAKERS,
    "frames": frames_cache._MAKERS,
    "swaps": swap_index.MAKERS,
    "swaps-of-files": (
        *swap_index.MAKERS,
        *(name for name in key_swaps.FILES if name not in key_swaps.DATA),
    ),
}


def _module_file(module: str) -> Path | None:
    """The source file of ``readoutdiff.x.y`` in the package, or ``None``."""
    path = PACKAGE.joinpath(*module.split(".")[1:])
    for found in (path / "__init__.py", path.with_suffix(".py")):
        if found.is_file():
            return found
    return None


def _imported(source: Path) -> set[Path]:
    """The package's modules ``source`` imports anywhere (at the top or inside a function):
    ``from readoutdiff.a import b`` names module ``a/b.py`` when there is one, else ``a``."""
    found: set[Path] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("readoutdiff"):
            assert node.module is not None
            names = [_module_file(f"{node.module}.{alias.name}") for alias in node.names]
            found.update(name for name in names if name is not None)
            if None in names:
                found.add(_module_file(node.module) or source)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("readoutdiff."):
                    found.add(_module_file(alias.name) or source)
    return found


def _closure(makers: tuple[str, ...]) -> set[str]:
    seen: set[Path] = set()
    todo = [PACKAGE / name for name in makers]
    while todo:
        source = todo.pop()
        if source not in seen:
            seen.add(source)
            todo.extend(_imported(source))
    return {path.relative_to(PACKAGE).as_posix() for path in seen}


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_makers_name_every_module_the_making_code_imports(kind: str) -> None:
    makers = MAKERS[kind]
    assert all((PACKAGE / name).is_file() for name in makers)
    assert sorted(_closure(makers) - set(makers)) == []


def test_a_change_to_any_maker_changes_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two copies of the package differing in one imported module (here the word shapes of
    every key) give two keys; identical copies give one."""
    for copy in ("one", "two"):
        shutil.copytree(PACKAGE, tmp_path / copy, ignore=shutil.ignore_patterns("__pycache__"))
    with (tmp_path / "two" / "languages/wordshape.py").open("a", encoding="utf-8") as file:
        file.write("\n# another tree's change\n")
    keys = {}
    for copy in ("one", "two"):
        monkeypatch.setattr(cache_dir, "PACKAGE", tmp_path / copy)
        monkeypatch.setattr(cache_dir, "_sources", {})
        keys[copy] = digest(["x"], matcher_cache.MAKERS)
    assert keys["one"] is not None and keys["one"] != keys["two"]
    monkeypatch.setattr(cache_dir, "_sources", {})
    assert digest(["x"], matcher_cache.MAKERS) == digest(["x"], matcher_cache.MAKERS)


def test_pruning_leaves_another_process_its_temporary_file(tmp_path: Path) -> None:
    """``keep_file`` keeps the ``kept`` newest entries, but never removes a temporary file
    (``.…``) another process is writing and about to rename to its entry."""
    scratch = tmp_path / ".other-writer.json"
    scratch.write_text("half", encoding="utf-8")
    old = time.time() - 3600
    os.utime(scratch, (old, old))  # the oldest file in the folder
    for number in range(4):
        keep_file(tmp_path / f"{number}.json", str(number), kept=2)
        os.utime(tmp_path / f"{number}.json", (old + 60 * (number + 1),) * 2)  # newer each
    assert scratch.exists()
    assert sorted(p.name for p in tmp_path.glob("[0-9].json")) == ["2.json", "3.json"]


def _package_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "src" / "readoutdiff"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def _later_than(ns: int) -> None:
    """Wait until the clock a file's times are read off has passed ``ns`` by 50 ms (the
    kernel stamps files at a clock tick of a few milliseconds)."""
    while time.time_ns() < ns + 50_000_000:
        time.sleep(0.01)


def test_a_rewrite_of_the_same_size_made_to_look_older_changes_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key reads each maker's size and times, not its bytes (sp97): a same-size change
    written back with the file's old modification time (``touch -d``, ``cp -p`` would do it)
    still changes the key, by the time the file last changed, which cannot be set."""
    copy = _package_copy(tmp_path)
    monkeypatch.setattr(cache_dir, "PACKAGE", copy)
    monkeypatch.setattr(cache_dir, "_sources", {})
    before = digest(["x"], matcher_cache.MAKERS)
    assert before == digest(["x"], matcher_cache.MAKERS)
    source = copy / "languages/wordshape.py"
    state = source.stat()
    text = source.read_bytes()
    changed = text.replace(b"from __future__", b"from __futurf__", 1)
    assert changed != text and len(changed) == len(text)
    _later_than(state.st_ctime_ns)
    source.write_bytes(changed)
    os.utime(source, ns=(state.st_atime_ns, state.st_mtime_ns))
    assert source.stat().st_mtime_ns == state.st_mtime_ns
    monkeypatch.setattr(cache_dir, "_sources", {})
    after = digest(["x"], matcher_cache.MAKERS)
    assert before is not None and after is not None and after != before


def test_a_missing_maker_gives_no_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = _package_copy(tmp_path)
    (copy / "formulas/matching/fuzzy.py").unlink()
    monkeypatch.setattr(cache_dir, "PACKAGE", copy)
    monkeypatch.setattr(cache_dir, "_sources", {})
    assert digest(["x"], matcher_cache.MAKERS) is None


def test_a_value_marshal_cannot_write_gives_no_key() -> None:
    """sp97 wrote key values by ``marshal``, which refuses subclasses of its types (JSON wrote a
    StrEnum as its string, a NamedTuple as a list): such a value gives no key, so no cache,
    rather than an error in the middle of a run (rev28); its plain form still keys."""
    from enum import StrEnum
    from typing import NamedTuple

    class Kind(StrEnum):
        MINED = "mined"

    class Pair(NamedTuple):
        a: str
        b: str

    assert digest([Kind.MINED], matcher_cache.MAKERS) is None
    assert digest([Pair("a", "b")], matcher_cache.MAKERS) is None
    assert digest(["mined", ("a", "b")], matcher_cache.MAKERS) is not None


def _entries(cache: Path) -> dict[str, int]:
    return {
        kind: len(list((cache / kind).glob(f"*.{suffix}")))
        for kind, suffix in (("lexicon", "json"), ("matcher", "marshal"))
    }


def _kept(cache: Path) -> list[str]:
    """The names of the cache's entries but the regular expressions' (``cli/regex_cache.py``)."""
    return sorted(
        p.name
        for p in cache.rglob("*")
        if p.suffix in (".json", ".marshal") and "regex" not in p.parts
    )


def test_the_command_reads_its_entries_until_a_maker_changes(tmp_path: Path) -> None:
    """Real runs of the command on a copy of the package (the samples' pair): the second run
    reads the lexicon's and the matcher's entries (none written), and after a change to a module
    every key reads (the word shapes) the third run makes and writes both afresh; the three
    outputs are the same bytes."""
    copy = _package_copy(tmp_path)
    cache = tmp_path / "cache"
    samples = Path(__file__).resolve().parent.parent / "samples"
    command = [
        sys.executable, "-m", "readoutdiff", str(samples / "2021-06-28-xi-putin.txt"),
        str(samples / "2021-12-15-xi-putin.txt"), "--format", "json",
    ]  # fmt: skip
    env = {
        **os.environ, "PYTHONPATH": str(copy.parent), "READOUTDIFF_CACHE_DIR": str(cache),
        "PYTHONDONTWRITEBYTECODE": "1",
    }  # fmt: skip

    def run() -> bytes:
        return subprocess.run(command, env=env, capture_output=True, check=True).stdout

    first = run()
    assert _entries(cache) == {"lexicon": 1, "matcher": 1}
    names = _kept(cache)
    assert run() == first
    assert _kept(cache) == names
    source = copy / "languages/wordshape.py"
    _later_than(source.stat().st_ctime_ns)
    with source.open("a", encoding="utf-8") as file:
        file.write("\n# a change in place\n")
    assert run() == first
    assert _entries(cache) == {"lexicon": 2, "matcher": 2}


def printed(script: str, seed: str, **environ: str) -> Any:
    """What ``python -c script`` prints as JSON, run with the hash seed ``seed``, this tree's
    package and ``environ``."""
    env = {"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin", "PYTHONPATH": str(PACKAGE.parent)}
    done = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True,
        env={**env, **environ},
    )  # fmt: skip
    return json.loads(done.stdout)


_REAL_KEYS = """
import json, os, pathlib
from readoutdiff import cache_dir
cache_dir.use(pathlib.Path(os.environ["CACHE"]) if os.environ.get("CACHE") else None)
from readoutdiff.formulas.lexicon import background, frames_cache, matcher_cache
from readoutdiff.formulas.lexicon.lexicon import builtin
from readoutdiff.cache_dir import digest
lexicon = background.joined(builtin())
entries = lexicon.entries
read = [(e.id, e.source is frames_cache._MINED, e.text, e.variants) for e in entries]
print(json.dumps([
    matcher_cache._digest(entries, frozenset({"cyrillic", "han"})),
    digest([frames_cache.FORMAT, read], frames_cache._MAKERS, matcher_cache.LIBRARIES),
    len(entries),
]))
"""


def test_the_real_keys_are_the_same_in_processes_of_other_hash_seeds_and_caches(
    tmp_path: Path,
) -> None:
    """The matcher's and the frames' keys of the built-in lexicon joined to the background's
    (the values ``marshal`` writes, sp97: 370 entries' wordings) are the same in processes of
    three hash seeds, one without a cache (the lexicon parsed from its TOML), one writing the
    lexicon's entry and one reading it (other strings, shared otherwise between the entries:
    ``marshal``'s later versions write such sharing), and differ from each other."""
    runs = [
        printed(_REAL_KEYS, seed, CACHE=cache)
        for seed, cache in (("0", ""), ("1", str(tmp_path)), ("2", str(tmp_path)))
    ]
    matcher_key, frames_key, count = runs[0]
    assert count > 300 and matcher_key and frames_key and matcher_key != frames_key
    assert runs == [runs[0]] * 3
    assert len(list(tmp_path.glob("lexicon/*.json"))) == 1


_BUILTIN_IDS = """
import json, os, pathlib
from readoutdiff import cache_dir
cache_dir.use(pathlib.Path(os.environ["CACHE"]))
from readoutdiff.formulas.lexicon.lexicon import builtin
print(json.dumps([entry.id for entry in builtin().entries]))
"""


def test_the_builtin_lexicon_is_read_again_after_its_file_changes(tmp_path: Path) -> None:
    """The built-in lexicon's entry is keyed on its file's size and times, not its bytes
    (sp102): in a copy of the package a second process reads the entry (none written, the
    same entries), and after a formula is added to the file in place a third parses it afresh:
    a second entry, holding the new formula; a fourth with an empty cache folder agrees."""
    copy = _package_copy(tmp_path)
    cache = tmp_path / "cache"
    env = {"CACHE": str(cache), "PYTHONDONTWRITEBYTECODE": "1"}

    def ids(**more: str) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", _BUILTIN_IDS], check=True, capture_output=True, text=True,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(copy.parent), **env, **more},
        )  # fmt: skip
        return list(json.loads(done.stdout))

    first = ids()
    assert len(list((cache / "lexicon").glob("*.json"))) == 1
    names = sorted(p.name for p in cache.rglob("*.json"))
    assert ids() == first
    assert sorted(p.name for p in cache.rglob("*.json")) == names
    data = copy / "data" / "formulas.toml"
    _later_than(data.stat().st_ctime_ns)
    with data.open("a", encoding="utf-8") as file:
        file.write('\n[[formula]]\nid = "zz-sp102-new"\ntext = "a formula added in place"\n')
    changed = ids()
    assert sorted(changed) == sorted([*first, "zz-sp102-new"])
    assert len(list((cache / "lexicon").glob("*.json"))) == 2
    assert ids(CACHE=str(tmp_path / "other")) == changed
