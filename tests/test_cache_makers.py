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
import os
import shutil
import time
from pathlib import Path

import pytest

from readoutdiff import cache_dir
from readoutdiff.cache_dir import PACKAGE, digest, keep_file
from readoutdiff.formulas.keys import swap_index
from readoutdiff.formulas.lexicon import frames_cache, lexicon_cache, matcher_cache

MAKERS = {
    "lexicon": lexicon_cache._READERS,
    "matcher": matcher_cache.MAKERS,
    "frames": frames_cache._MAKERS,
    "swaps": swap_index.MAKERS,
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
