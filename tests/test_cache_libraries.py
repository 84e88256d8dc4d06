"""The cache keys cover the third-party libraries the making code imports (session 28, det2).

A lexicon, matcher or frames entry was keyed on its inputs and on readoutdiff's own making code
(det1) but not on the libraries that code calls: a key built with one OpenCC, rjieba, Snowball or
rapidfuzz was read back after the library changed, where a fresh run could give other bytes.
Compiled report templates were keyed by jinja2 on their text, not on jinja2's version.
"""

from __future__ import annotations

import ast
import sys
from importlib import metadata
from pathlib import Path

import pytest
from test_cache_makers import MAKERS, printed
from test_lexicon_cache import TEXT, Counted

from readoutdiff import cache_dir
from readoutdiff.cache_dir import PACKAGE, _normal, digest, library_version, use
from readoutdiff.formulas.keys import swap_index
from readoutdiff.formulas.lexicon import frames_cache, lexicon_cache, matcher_cache
from readoutdiff.formulas.lexicon.background import joined
from readoutdiff.formulas.lexicon.lexicon import builtin
from readoutdiff.formulas.matching import matcher
from readoutdiff.render import html

LIBRARIES = {
    "lexicon": lexicon_cache.LIBRARIES,
    "matcher": matcher_cache.LIBRARIES,
    "frames": matcher_cache.LIBRARIES,
    "swaps": swap_index.LIBRARIES,
    "swaps-of-files": swap_index.LIBRARIES,
}


def _third_party(source: Path) -> set[str]:
    """The top-level names of the modules outside readoutdiff and the standard library that
    ``source`` imports anywhere (at the top or inside a function)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
    return found - set(sys.stdlib_module_names) - {"readoutdiff", "__future__"}


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_libraries_name_every_library_the_making_code_imports(kind: str) -> None:
    """``MAKERS`` covers every readoutdiff module the making code imports (test_cache_makers);
    the libraries those modules import must all be in the key."""
    distributions = metadata.packages_distributions()
    imported = set().union(*(_third_party(PACKAGE / name) for name in MAKERS[kind]))
    needed = {_normal(dist) for module in imported for dist in distributions[module]}
    assert imported and sorted(needed - set(map(_normal, LIBRARIES[kind]))) == []


@pytest.mark.parametrize("name", sorted({*matcher_cache.LIBRARIES, "jinja2", "numpy"}))
def test_the_version_read_off_the_folder_name_is_the_installed_one(name: str) -> None:
    assert library_version(name) == metadata.version(name)


def test_a_library_not_installed_is_absent() -> None:
    assert library_version("no-such-library-here") == "absent"


@pytest.mark.parametrize("library", lexicon_cache.LIBRARIES)
def test_another_library_version_parses_the_lexicon_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, library: str
) -> None:
    use(tmp_path)
    try:
        parser = Counted()
        first = lexicon_cache.cached(TEXT, parser)
        monkeypatch.setitem(cache_dir._versions, library, "0.0.0+another")
        assert lexicon_cache.cached(TEXT, parser) == first
        assert parser.calls == 2 and len(list((tmp_path / "lexicon").iterdir())) == 2
        monkeypatch.undo()  # the first version again: its entry is read back
        assert lexicon_cache.cached(TEXT, parser) == first and parser.calls == 2
    finally:
        use(None)


@pytest.mark.parametrize("library", matcher_cache.LIBRARIES)
def test_another_library_version_builds_the_matcher_and_frames_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, library: str
) -> None:
    lexicon = joined(builtin())  # what a comparison with the built-in lexicon matches
    absent = frozenset({"cyrillic"})  # Snowball's keys are never kept
    builds: list[int] = []
    real = matcher.build

    def counted(*args: object, **kwargs: object) -> matcher.Matcher:
        builds.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(matcher, "build", counted)
    use(tmp_path)
    try:
        first = matcher_cache.built(lexicon.entries, threshold=90.0, absent=absent)
        frames_cache.built(lexicon)
        assert (
            matcher_cache.built(lexicon.entries, threshold=90.0, absent=absent) == first
            and len(builds) == 1
        )
        monkeypatch.setitem(cache_dir._versions, library, "0.0.0+another")
        assert (
            matcher_cache.built(lexicon.entries, threshold=90.0, absent=absent) == first
            and len(builds) == 2
        )
        frames_cache.built(lexicon)
        assert len(list((tmp_path / "matcher").iterdir())) == 2
        assert len(list((tmp_path / "frames").iterdir())) == 2
    finally:
        use(None)


def test_another_jinja2_version_compiles_the_templates_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bucket_cache = html._QuietCache(str(tmp_path))
    key = bucket_cache.get_cache_key("report.html.j2")
    assert bucket_cache.get_cache_key("report.html.j2") == key
    monkeypatch.setitem(cache_dir._versions, "jinja2", "0.0.0+another")
    assert bucket_cache.get_cache_key("report.html.j2") != key


_KEYS = """
import json
from readoutdiff.cache_dir import digest
from readoutdiff.formulas.keys import swap_index
from readoutdiff.formulas.lexicon import frames_cache, lexicon_cache, matcher_cache
print(json.dumps([
    digest(["x"], lexicon_cache.READERS, lexicon_cache.LIBRARIES),
    digest(["x"], matcher_cache.MAKERS, matcher_cache.LIBRARIES),
    digest(["x"], frames_cache._MAKERS, matcher_cache.LIBRARIES),
]))
"""


def test_the_keys_are_the_same_in_two_processes() -> None:
    """Nothing of a process (hash seed, address layout, the order names were looked up) is in
    a key: two processes and this one give the same keys."""
    here = [
        digest(["x"], lexicon_cache.READERS, lexicon_cache.LIBRARIES),
        digest(["x"], matcher_cache.MAKERS, matcher_cache.LIBRARIES),
        digest(["x"], frames_cache._MAKERS, matcher_cache.LIBRARIES),
    ]
    runs = [printed(_KEYS, seed) for seed in ("0", "1")]
    assert None not in here and runs == [here, here]
