"""Regular expressions compiled once and kept in the user's cache (:mod:`readoutdiff.cache_dir`).

``re`` parses and compiles a pattern in Python before handing the result, a list of integers
(the matching engine's code), to its C engine ``_sre``. For long alternations such as the
site-junk rules (:mod:`readoutdiff.ingest.junk`, 16 patterns) that took ~100 M instructions,
8 % of a seed-pair run, every run. :func:`compile_all` keeps the engine's input for a batch
of patterns in ``<cache>/regex/<digest>.json`` (behind a checksum; the digest covers the
patterns, the flags, the Python version and ``_sre``'s format) and later runs give it to
``_sre.compile`` directly. ``_sre`` checks any code it is given before using it.

An entry is written only when the patterns it rebuilds are equal to ``re.compile``'s (a
pattern's ``==`` compares its code), so a Python whose ``re`` works differently simply
compiles as usual; any error reading an entry does the same. The patterns are the same with
or without the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sys
from collections.abc import Sequence
from typing import Any

from readoutdiff.cache_dir import cache_root, keep_checked, read_checked

_KEPT = 16
"""Entries kept in the folder, newest first (one per batch and Python version)."""
_LOST = (
    OSError, ValueError, TypeError, KeyError, IndexError, RuntimeError, AttributeError, OverflowError,
)  # fmt: skip
"""What reading a spoiled entry, or an ``re`` unlike the one written for, may raise."""


def compile_all(patterns: Sequence[str], flags: int = 0) -> list[re.Pattern[str]]:
    """``[re.compile(pattern, flags) for pattern in patterns]``, from the cache if it can."""
    root = cache_root()
    if root is None:
        return [re.compile(pattern, flags) for pattern in patterns]
    engine = _engine()
    key = json.dumps([sys.version, engine.MAGIC, engine.CODESIZE, int(flags), list(patterns)])
    path = root / "regex" / f"{hashlib.sha256(key.encode()).hexdigest()}.json"
    with contextlib.suppress(*_LOST):
        return _read(read_checked(path), patterns, engine)
    made = [re.compile(pattern, flags) for pattern in patterns]
    with contextlib.suppress(*_LOST):
        inputs = [_inputs(pattern, int(flags)) for pattern in patterns]
        if [engine.compile(*item[:-1], tuple(item[-1])) for item in inputs] == made:
            keep_checked(path, json.dumps(inputs, ensure_ascii=False), _KEPT)
    return made


def _engine() -> Any:
    """The C engine behind ``re`` (``_sre``; private, so typed loosely)."""
    return re._compiler._sre  # type: ignore[attr-defined]


def _inputs(pattern: str, flags: int) -> list[Any]:
    """What ``re`` hands ``_sre.compile`` for ``pattern``: its text, flags, code, the number
    of groups, and the group names both ways (as ``re._compiler.compile`` computes them)."""
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    code = re._compiler._code(parsed, flags)  # type: ignore[attr-defined]
    names = [None] * parsed.state.groups
    for name, number in parsed.state.groupdict.items():
        names[number] = name
    state = parsed.state
    return [pattern, flags | state.flags, code, state.groups - 1, dict(state.groupdict), names]


def _read(text: str, patterns: Sequence[str], engine: Any) -> list[re.Pattern[str]]:
    """The patterns an entry rebuilds; ``TypeError`` or ``ValueError`` unless it is sound."""
    entries = json.loads(text)
    if type(entries) is not list or len(entries) != len(patterns):
        raise ValueError("regex cache entry: not one item per pattern")
    made = []
    for pattern, (text_, flags, code, groups, groupindex, names) in zip(
        patterns, entries, strict=True
    ):
        if text_ != pattern or type(code) is not list or set(map(type, code)) - {int}:
            raise TypeError("regex cache entry: not this pattern's code")
        if type(groupindex) is not dict or type(names) is not list:
            raise TypeError("regex cache entry: group names are not a mapping and a list")
        made.append(engine.compile(pattern, flags, code, groups, groupindex, tuple(names)))
    return made
