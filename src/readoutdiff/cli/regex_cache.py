"""Regular expressions compiled once per machine: the command line keeps ``re``'s work.

``re`` parses and compiles every pattern in Python before handing the result, a list of
integers (the code of its C engine ``_sre``), to that engine; each new process does it again.
A seed-pair HTML run compiles some 160 patterns (readoutdiff's own, such as the site-junk
rules, and those of jinja2, typer and the standard library at import; 157 in the thirty-first
session): when this cache was written, about 100 of them, some 200 M instructions, a sixth of
the run.

The command line (:mod:`readoutdiff.cli.entry`) calls :func:`preload` before it imports anything
else: it reads ``<cache>/regex/<digest>.marshal`` (``<digest>-diff.marshal`` for a plain
``readoutdiff A B``; see :mod:`readoutdiff.cache_dir`; the digest names the Python version,
``_sre``'s code format, :mod:`marshal`'s format and the file's check,
:data:`readoutdiff.cache_dir.CHECKED`), gives each entry's engine input to
``_sre.compile`` and puts the pattern in ``re``'s own cache, where ``re.compile``,
``re.search`` … find it as if they had compiled it in this process. After the command
:func:`save` adds the patterns the file lacked (parsed once more, so the first run pays for
it; nothing of ``re`` is replaced while the command runs). A pattern is added only when the one
rebuilt from its entry is equal to ``re``'s (a pattern's ``==`` compares its code); ``_sre``
checks any code it is given, the file carries a checksum, and a spoiled or unreadable file
is ignored and written afresh. The patterns, and so every output, are the same with or
without the cache; without ``re``'s cache (another Python) nothing happens.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any

from readoutdiff.cache_dir import (
    CHECKED,
    collecting_later,
    keep_checked_bytes,
    read_checked_bytes,
    sha256,
)

_CODE = "I"
"""The array type of the engine's code words (``_sre.CODESIZE`` bytes: checked)."""
_MOST = 400
"""Patterns kept in a file: those the last run compiled afresh first, then the file's own, those
the run held first (:func:`_used`), then the rest, oldest last. A plain ``readoutdiff A B``
compiles 130-165 patterns (a real pair, a 500 KB one), most of them shared by every run, and
each pair a few of its own (its mined phrases' patterns, of the key changes); the seven 500 KB
pairs of ``benchmarks/bench_formulas.py --cli-only`` use 241 together. A file cut below what
the runs of a few pairs use together, oldest first, dropped the shared patterns (the oldest):
at 200, cut so, each of those runs compiled 5-24 patterns afresh and wrote the file again,
about 13 ms of a 300 ms run, where reading 100 more entries costs about 1 ms
(benchmarks/README.md, sp60)."""
_LOST = (
    OSError, ValueError, TypeError, KeyError, IndexError, RuntimeError, AttributeError,
    OverflowError, EOFError,
)  # fmt: skip
"""What a spoiled entry or file (:func:`marshal.loads` raises ``EOFError`` on one cut short),
or an ``re`` unlike the one it was written for, may raise."""
_loaded: dict[tuple[str, int], list[Any]] = {}
"""The file's entries as read by :func:`preload`, by (pattern, flags)."""
_references: dict[tuple[str, int], int] = {}
"""The references to each pattern :func:`preload` put into ``re``'s cache, as it left it
(``sys.getrefcount``): one more at :func:`save` is a module, a memo or ``re``'s second cache
(Python 3.12 on) holding it, so this run used it (see :func:`_used`)."""
_spoiled = False
"""Whether :func:`preload` skipped an entry (or the whole file): :func:`save` rewrites it."""
_kind = ""
"""Which file :func:`preload` read and :func:`save` writes (see :func:`preload`)."""


def preload(root: Path | None, kind: str = "") -> int:
    """Put the patterns of the file in ``root`` into ``re``'s cache; return how many.

    Each ``kind`` of run keeps a file of its own: a plain ``readoutdiff A B`` compiles 130-165
    patterns, the typer commands others; one shared file made each run read them all (400
    patterns, 575 KB, for the seed pair's 101 when this was measured).
    """
    global _spoiled, _kind
    cache, engine = _re_cache(), _engine()
    if root is None or cache is None or engine is None:
        return 0
    _loaded.clear()
    _references.clear()
    _spoiled, _kind = False, kind
    try:
        entries = marshal.loads(read_checked_bytes(_path(root, engine)))
        if type(entries) is not list:
            raise TypeError("regex cache: not a list of entries")
    except _LOST:
        _spoiled, entries = True, []
    with collecting_later():  # many small lists and no cycles: collecting would only walk them
        for entry in entries:
            try:
                pattern, flags, compiled = _compiled(entry, engine)
            except _LOST:
                _spoiled = True
                continue
            _loaded[pattern, flags] = entry
            if cache.setdefault((str, pattern, flags), compiled) is compiled:
                _references[pattern, flags] = sys.getrefcount(compiled)  # as _used counts
            else:  # compiled before the file was read (by a module imported first): in
                _references[pattern, flags] = 0  # every run's cache, so always used
    return len(_loaded)


def save(root: Path | None) -> int:
    """Write the file again if this process compiled patterns it lacks; return how many."""
    cache, engine = _re_cache(), _engine()
    if root is None or cache is None or engine is None:
        return 0
    used = [key for key in list(cache) if _keepable(key)]
    new = [key for key in used if (key[1], key[2]) not in _loaded]
    if not new and not _spoiled:
        return 0
    path = _path(root, engine)
    try:  # a folder that cannot be made or written: no entries to build
        path.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(path.parent, os.W_OK):
            return 0
    except OSError:
        return 0
    entries: dict[tuple[str, int], list[Any]] = {}
    for key in new:  # first: a full file must still take what this run needed afresh
        with contextlib.suppress(*_LOST):
            entries[key[1], key[2]] = _entry(key, cache[key], engine)
    held = [known for known in _loaded if _used(cache, known)]
    for known in (*held, *_loaded):  # then the file's own: those this run used, then the rest
        if len(entries) >= _MOST:  # (oldest last, dropped first)
            break
        entries.setdefault(known, _loaded[known])
    with contextlib.suppress(OSError):
        keep_checked_bytes(path, marshal.dumps(list(entries.values())), 4, (".json",))
    return len(new)


def _used(cache: dict[Any, Any], known: tuple[str, int]) -> bool:
    """Whether this run used a pattern :func:`preload` put into ``re``'s cache, as far as can be
    told without watching ``re``: something holds it now that did not then (the module that
    compiled it, a memo; from Python 3.12 on also ``re``'s second cache, which holds the
    patterns looked up last). One looked up and let go at once (``re.search(text, …)``) counts
    as not used on 3.11: it is kept after the others, while the file has room.

    Ordering the file's own entries so, the patterns every run shares stay in the file
    however many pairs' own patterns come and go (they were cut oldest first, and the shared
    ones are the oldest: benchmarks/README.md, sp60)."""
    compiled = cache.get((str, *known))
    return compiled is not None and sys.getrefcount(compiled) > _references.get(known, sys.maxsize)


def _re_cache() -> dict[Any, Any] | None:
    """``re``'s own cache of compiled patterns (CPython 3.11-3.13), or ``None``."""
    cache = getattr(re, "_cache", None)
    return cache if type(cache) is dict else None


def _engine() -> Any:
    """``_sre``, the C engine behind ``re`` (private: typed loosely), or ``None``."""
    engine = getattr(getattr(re, "_compiler", None), "_sre", None)
    if not (hasattr(engine, "compile") and hasattr(engine, "MAGIC")):
        return None
    return engine if getattr(engine, "CODESIZE", 0) == array(_CODE).itemsize else None


def _path(root: Path, engine: Any) -> Path:
    name = repr(
        [
            sys.version,
            sys.implementation.name,
            sys.byteorder,
            engine.MAGIC,
            marshal.version,
            CHECKED,
        ]
    )
    kind = f"-{_kind}" if _kind else ""
    return root / "regex" / f"{sha256(name.encode()).hexdigest()[:40]}{kind}.marshal"


def _keepable(key: object) -> bool:
    """A key of ``re``'s cache for a text pattern whose flags :func:`_entry` can rebuild."""
    return (
        type(key) is tuple
        and len(key) == 3
        and key[0] is str
        and type(key[1]) is str
        and type(key[2]) is int
        and not key[2] & re.DEBUG
    )


def _entry(key: tuple[type, str, int], compiled: re.Pattern[str], engine: Any) -> list[Any]:
    """The file's entry for one pattern: its text, its flags as given, then what ``re`` hands
    ``_sre.compile`` (flags, code, groups, group names both ways, as ``re._compiler.compile``
    computes them). ``ValueError`` unless that rebuilds a pattern equal to ``compiled``."""
    _, pattern, flags = key
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    code = array(_CODE, re._compiler._code(parsed, flags))  # type: ignore[attr-defined]
    state = parsed.state
    names = [None] * state.groups
    for name, number in state.groupdict.items():
        names[number] = name
    entry = [
        pattern,
        flags,
        flags | state.flags,
        code.tobytes(),  # marshal reads bytes as one copy; array makes the words of them
        state.groups - 1,
        dict(state.groupdict),
        names,
    ]
    if _compiled(entry, engine)[2] != compiled:
        raise ValueError("regex cache: the rebuilt pattern differs from re's")
    return entry


def _compiled(entry: list[Any], engine: Any) -> tuple[str, int, re.Pattern[str]]:
    """(pattern, flags as given, the pattern compiled by the engine) from one entry."""
    pattern, flags, engine_flags, code, groups, groupindex, names = entry
    if type(pattern) is not str or type(flags) is not int or type(engine_flags) is not int:
        raise TypeError("regex cache: an entry's pattern or flags")
    if type(code) is not bytes:
        raise TypeError("regex cache: an entry's code is not bytes")
    words = array(_CODE, code).tolist()  # ValueError if cut inside a word
    if type(groupindex) is not dict or type(names) is not list:
        raise TypeError("regex cache: an entry's group names")
    compiled = engine.compile(pattern, engine_flags, words, groups, groupindex, tuple(names))
    if compiled.pattern != pattern or compiled.groups != len(names) - 1:
        raise ValueError("regex cache: an entry does not rebuild its pattern")
    return pattern, flags, compiled
