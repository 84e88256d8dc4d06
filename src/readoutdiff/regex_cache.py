"""Compiled regular-expression programs kept in the user's cache, for the command line's start-up.

The engine builds about 110 regular expressions when its modules load, and compiling them
is about a quarter of a cold run: ``re`` expands each range of the Chinese, Japanese and
Korean character classes code point by code point, and folds case for the junk rules.
The compiled program of a pattern depends only on the pattern, its flags and the Python
build, so the command line keeps them: :func:`keep` (after a run) stores the program of
every pattern compiled in the run and not stored yet, and :func:`preload` (before the
engine loads) rebuilds them with ``_sre.compile`` (the call ``re.compile`` itself ends
with) and puts them where ``re.compile`` looks first, its own cache. The engine's modules
keep calling ``re.compile`` as usual and find their pattern there.

Both functions use CPython internals of ``re`` (``_cache``, ``_parser``, ``_compiler``)
and do nothing where those are not as expected. The store is named after the exact
Python build; a program is stored only if it rebuilds a pattern equal to the one ``re``
compiled (patterns compare equal only with equal programs), and ``_sre`` validates every
program it is given, so a spoiled store can cost time, not a wrong or crashing pattern.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

_sre: Any = None
_parser: Any = None
_compiler: Any = None
with contextlib.suppress(ImportError):  # another Python: no programs are kept
    _sre, _parser, _compiler = (
        importlib.import_module(name) for name in ("_sre", "re._parser", "re._compiler")
    )

_LIMIT = 500
"""Programs kept at most (re keeps 512 patterns); past it the store starts afresh."""
_stored: set[tuple[str, int]] = set()
"""(pattern, flags) of the programs in the store, as read by :func:`preload`."""


def preload(root: Path | None) -> None:
    """Put the stored programs into ``re``'s own cache, so ``re.compile`` finds them."""
    cache = _re_cache()
    if root is None or cache is None:
        return
    for item in _read(_store(root)):
        try:
            pattern, flags, final, code, groups, groupindex, indexgroup = item
            compiled = _sre.compile(pattern, final, code, groups, groupindex, indexgroup)
        except (TypeError, ValueError, RuntimeError, OverflowError):
            continue
        cache.setdefault((str, pattern, flags), compiled)
        _stored.add((pattern, flags))


def keep(root: Path | None) -> None:
    """Store the programs of this run's compiled ``str`` patterns that are not stored yet."""
    cache = _re_cache()
    if root is None or cache is None:
        return
    new = [(key[1], key[2]) for key in list(cache) if key[0] is str]
    new = [key for key in new if key not in _stored]
    programs = [
        program for program in (_program(p, f, cache) for p, f in new) if program is not None
    ]
    if not programs:
        return
    kept = _read(_store(root))
    items = (kept if len(kept) + len(programs) <= _LIMIT else []) + programs
    with contextlib.suppress(OSError, ValueError):
        _write(_store(root), marshal.dumps(items))
        _stored.update((program[0], program[1]) for program in programs)


def _re_cache() -> dict[Any, Any] | None:
    """``re``'s cache of compiled patterns, if this Python has the one this module knows."""
    cache = getattr(re, "_cache", None)
    if _sre is None or not isinstance(cache, dict):
        return None
    if not all(
        hasattr(module, name) for module, name in ((_parser, "parse"), (_compiler, "_code"))
    ):
        return None
    return cache


def _program(pattern: str, flags: int, cache: dict[Any, Any]) -> tuple[Any, ...] | None:
    """The program of ``pattern`` as a tuple of plain values, if it rebuilds the same pattern."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        item = (pattern, flags, int(flags | parsed.state.flags), [int(op) for op in code],
                parsed.state.groups - 1, groupindex, tuple(indexgroup))  # fmt: skip
        rebuilt = _sre.compile(item[0], *item[2:])  # what preload() will call
    except (TypeError, ValueError, RuntimeError, OverflowError, re.error):
        return None
    return item if rebuilt == cache.get((str, pattern, flags)) else None


def _store(root: Path) -> Path:
    tag = hashlib.sha256(f"{sys.version}|{sys.implementation.cache_tag}".encode()).hexdigest()
    return root / "regex" / f"{tag[:16]}.marshal"


def _read(path: Path) -> list[Any]:
    try:
        items = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return []
    return items if isinstance(items, list) else []


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, scratch = tempfile.mkstemp(prefix=".", suffix=".marshal", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(scratch, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(scratch)
