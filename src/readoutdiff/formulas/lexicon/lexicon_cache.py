"""The built-in lexicon, parsed once and kept in the user's cache as JSON.

Reading the built-in TOML (about 300 formulas and 1000 wordings) and checking every
entry is about a tenth of a cold run. The parsed entries are kept as JSON in
``<cache>/lexicon/<digest>.json`` (see :mod:`readoutdiff.cache_dir`), where the digest
covers the TOML file's bytes (the built-in file's size and times: :func:`cached_file`), the Python version (``tomllib``), the source files (their size and
times, ``cache_dir._source``) of the modules that read and check it and the versions of the libraries they import (:data:`LIBRARIES`),
so a change to any of them reads the TOML again. A missing or
unreadable entry is parsed afresh and written back; nothing in the file is executed,
and the entries are the same with or without it.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import Any

from readoutdiff.cache_dir import (
    KEYING,
    PACKAGE,
    cache_root,
    collecting_later,
    digest,
    keep_file,
)
from readoutdiff.model import Entry, FormulaSource, Lexicon
from readoutdiff.model.makers import entry as _entry
from readoutdiff.records.record import SPECS

READERS = (
    "formulas/lexicon/lexicon.py",
    "formulas/lexicon/lexicon_cache.py",
    "errors.py",
    "ingest/legacy.py",
    "ingest/reading.py",
    "model/makers.py",
    *KEYING,
)
"""Sources whose code decides what a lexicon text parses to, and every readoutdiff module they
import (tests/test_cache_makers.py)."""
LIBRARIES = ("opencc", "rjieba", "snowballstemmer")
"""The third-party libraries those sources import (Chinese folding and cutting, Russian stems),
whose installed versions are in the key too (tests/test_cache_makers.py)."""
_KEPT = 8
"""Entries kept in the folder, newest first."""
_SOURCES = {source.value: source for source in FormulaSource}
"""Each source by its value: ``FormulaSource(value)`` is the same member through two Python
calls of ``enum`` (~3 K instructions; a cached lexicon holds some 360 entries)."""


def cached(text: str | bytes, parse: Callable[[str], Lexicon]) -> Lexicon:
    r"""Return ``parse(text)``, from the cache when it holds this text parsed by this code.

    ``text`` may be a file's bytes (UTF-8), read as a text-mode ``open`` reads them (line ends
    made ``\n``): keyed on as they are, and decoded only when the cache cannot answer.

    >>> _text_of("a\r\nb\rc\n".encode())
    'a\nb\nc\n'
    """
    raw = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    key = digest(raw, READERS, LIBRARIES) if cache_root() is not None else None
    return _keyed(key, lambda: text, parse)


def cached_file(name: str, parse: Callable[[str], Lexicon]) -> Lexicon:
    """Return ``parse`` of the text of the package's file ``name`` (``data/formulas.toml``),
    from the cache when it holds that file in its present state parsed by this code. The file
    is keyed as a maker is (its size and times: ``cache_dir._source``, which any write to it
    changes) and read only when the cache cannot answer: its 213 KB were read and hashed with
    SHA-256 in every run (~4.6 M instructions under callgrind, sp102). Raises ``OSError`` if the
    file cannot be read, as reading it did."""
    files = (*READERS, name)
    key = digest(["file", name], files, LIBRARIES) if cache_root() is not None else None
    return _keyed(key, lambda: (PACKAGE / name).read_bytes(), parse)


def _keyed(
    key: str | None, read: Callable[[], str | bytes], parse: Callable[[str], Lexicon]
) -> Lexicon:
    """The lexicon of ``key``'s entry, else ``parse`` of what ``read`` gives, written back."""
    root = cache_root()
    if root is None or key is None:
        return parse(_text_of(read()))
    path = root / "lexicon" / f"{key}.json"
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        return _from_json(path.read_bytes().decode("utf-8"))  # not text mode: one decode
    lexicon = parse(_text_of(read()))
    with contextlib.suppress(OSError):
        keep_file(path, json.dumps(_to_json(lexicon), ensure_ascii=False, sort_keys=True), _KEPT)
    return lexicon


def _text_of(text: str | bytes) -> str:
    """``text``, or the text of a file's bytes as ``Path.read_text("utf-8")`` gives it."""
    if isinstance(text, str):
        return text
    decoded = text.decode("utf-8")
    return decoded.replace("\r\n", "\n").replace("\r", "\n") if "\r" in decoded else decoded


def _to_json(lexicon: Lexicon) -> dict[str, Any]:
    """The lexicon as JSON, each entry's fields but those holding their default (of its type:
    a ``confidence`` of ``1`` is written), which :func:`_from_json` leaves to ``Entry``: 2,306
    of the built-in entries' 4,706 fields are written, 210 KB of JSON for 250 KB, read and
    checked in 1.8 ms for 2.9 ms (sp74)."""
    entries = []
    for entry in lexicon.entries:
        spec = SPECS[type(entry)]
        fields = {
            name: value
            for name in spec.names
            if not _default(value := getattr(entry, name), spec.defaults.get(name, _NONE))
        }
        entries.append({k: list(v) if isinstance(v, tuple) else v for k, v in fields.items()})
    return {"entries": entries, "removed": list(lexicon.removed)}


_NONE = object()
"""No default (a field that has none)."""


def _default(value: object, default: object) -> bool:
    return type(value) is type(default) and value == default


def _from_json(text: str) -> Lexicon:
    """The lexicon :func:`_to_json` wrote; ``TypeError`` or ``KeyError`` unless every entry
    is a table holding only known fields, each of the type a parsed entry holds there, and
    every removed id a string.

    Each field is checked, and a list made a tuple, in one pass over the entry's fields
    (those of a value that is the field's type at once), and the entry made by
    :func:`readoutdiff.model.makers.entry`, a plain object of ``Entry``'s slots, without
    ``Entry``'s keyword parsing and setters (cli12: the built-in lexicon's 362 entries made
    from their JSON 14.6 -> 8.1 M instructions; the same checks, the same entries)."""
    with collecting_later():  # hundreds of entries and tuples, no cycles
        data = json.loads(text)
        entries = []
        for fields in data["entries"]:
            if type(fields) is not dict:  # a number, a string, a list: no entry (rev38)
                raise TypeError(f"cached lexicon entry: {type(fields).__name__}, not a table")
            for name, value in fields.items():  # an unknown field: KeyError
                if not isinstance(value, _EXPECTED[name]):
                    if type(value) is list and _EXPECTED[name] is tuple:
                        fields[name] = value = tuple(value)
                        if set(map(type, value)) - {str}:
                            raise TypeError(f"cached lexicon entry: {name} holds a non-string")
                    elif name == "source" and type(value) is str:
                        fields[name] = _SOURCES[value]  # an unknown one: KeyError
                    else:
                        raise TypeError(f"cached lexicon entry: {name} is {type(value).__name__}")
            entries.append(_entry(**{**_DEFAULTS, **fields}))  # no id or text: TypeError
        removed = tuple(data["removed"])
        if set(map(type, removed)) - {str}:  # ids, as a parsed lexicon's (rev38)
            raise TypeError("cached lexicon: a removed id is not a string")
        return Lexicon(entries=tuple(entries), removed=removed)


_EXPECTED = {
    name: type(SPECS[Entry].defaults[name]) if name in SPECS[Entry].defaults else str
    for name in SPECS[Entry].names  # a record's fields, read without dataclasses
}
"""The type a parsed entry holds in each field (that of its default, else ``str``)."""
_DEFAULTS = dict(SPECS[Entry].defaults)
"""Each field's default, where a kept entry leaves it out (:func:`_to_json`)."""
