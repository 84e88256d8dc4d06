"""The matcher of a lexicon, kept in the user's cache: built once, read back on later runs.

Building the matcher of the built-in lexicon (the stems of about a thousand wordings, their
script checks and the fuzzy index, :func:`readoutdiff.formulas.matching.matcher.build`) was an eighth
of the instructions of a run on a short pair, and gives the same indexes every run. They are
kept as columns of lists, strings and numbers written by :mod:`marshal` in
``<cache>/matcher/<digest>.marshal`` (see :mod:`readoutdiff.cache_dir`), where
the digest covers what ``build`` reads of each entry (wordings, whether it is built-in,
whether it matches fuzzily), the scripts the texts lack, the Python version (Unicode data),
the source files (their size and times, ``cache_dir._source``) of the modules that key and index wordings and the installed versions of the
libraries they import (:data:`LIBRARIES`); any change builds afresh.

An entry starts with a check of the rest (a CRC-32: :data:`readoutdiff.cache_dir.CHECKED`), so a
cut or spoiled file is rebuilt and written again, and every value is checked as it is read;
nothing in the file is executed. Indexes whose keys needed Snowball (Russian wordings) or
OpenCC (Chinese ones outside the built-in lexicon) are not kept, as before those libraries'
versions were in the digest (keeping them is left for a measured change). With or without the cache, the matcher and so every output are the same.
"""

from __future__ import annotations

import contextlib
import marshal
from collections.abc import Sequence
from itertools import accumulate, chain
from operator import getitem, le, lt
from typing import Any, TypeVar

from readoutdiff.cache_dir import (
    KEYING,
    cache_root,
    collecting_later,
    digest,
    keep_checked_bytes,
    read_checked_bytes,
)
from readoutdiff.formulas.matching import matcher
from readoutdiff.formulas.matching.fuzzy import Fuzzy
from readoutdiff.formulas.words.scripts import scripts_in
from readoutdiff.model import Entry, FormulaSource

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_BUILTIN = FormulaSource.BUILTIN

FORMAT = 4
"""Bump when the layout of an entry changes."""
MAKERS = (
    "formulas/matching/matcher.py",
    "formulas/lexicon/matcher_cache.py",
    "formulas/matching/cut.py",
    "formulas/matching/occurrences.py",
    "formulas/matching/wordings.py",
    "formulas/matching/fuzzy.py",
    "formulas/words/cuts.py",
    "formulas/words/name_shapes.py",
    "formulas/words/spans.py",
    "formulas/words/whole_words.py",
    "model/makers.py",
    "records/replacing.py",
    "formulas/words/scripts.py",
    *KEYING,
)
"""Sources whose code decides what a lexicon's matcher holds, and every readoutdiff module they
import."""
LIBRARIES = ("opencc", "rapidfuzz", "rjieba", "snowballstemmer")
"""The third-party libraries those sources import, whose installed versions are in the key too
(tests/test_cache_makers.py)."""
_T = TypeVar("_T")
LOST = (OSError, ValueError, KeyError, TypeError, IndexError, EOFError)
"""What reading a spoiled or unreadable entry may raise: the entry is built afresh."""
_KEPT = 8
"""Entries kept in the folder, newest first."""
OLDER = (".json",)
"""The suffix of the entries of FORMAT < 4 (JSON, before :mod:`marshal`): no run reads them
again, and they are pruned with the others (the folder keeps :data:`_KEPT` in all)."""
_FEWEST = 50
"""Entries below this many are built every time (mined phrases, small lexicons): cheap to
build, and a cache file per pair of readouts would only fill the folder."""


def built(
    entries: Sequence[Entry], *, threshold: float, absent: frozenset[str] = frozenset()
) -> matcher.Matcher:
    """``matcher.build(entries, threshold=threshold, absent=absent)``, from the cache if it can."""
    root = cache_root()
    digest = _digest(entries, absent) if root is not None and len(entries) >= _FEWEST else None
    if root is None or digest is None:
        return matcher.build(entries, threshold=threshold, absent=absent)
    path = root / "matcher" / f"{digest}.marshal"
    with contextlib.suppress(*LOST), collecting_later():
        return _read(read_checked_bytes(path), entries, threshold)
    made = matcher.build(entries, threshold=threshold, absent=absent)
    if not _needs_library(made):
        with contextlib.suppress(OSError):
            keep_checked_bytes(path, _written(made), _KEPT, OLDER)
    return made


def _digest(entries: Sequence[Entry], absent: frozenset[str]) -> str | None:
    """A digest of what ``build`` reads; ``None`` if a source is unreadable."""
    read = [(e.wordings, e.source is _BUILTIN, e.fuzzy) for e in entries]
    return digest([FORMAT, sorted(absent), read], MAKERS, LIBRARIES)


def _needs_library(made: matcher.Matcher) -> bool:
    """Whether a key needed Snowball (a stem with a Cyrillic letter: Russian words are stemmed
    by it) or OpenCC (a wide stem of a wording outside the built-in lexicon, whose Chinese is
    folded to Simplified by it). Read off the patterns: the wordings left out were not keyed."""
    for found in made.exact.values():
        for pattern, number, _ in found:
            if all(map(str.isascii, pattern)):
                continue
            if made.entries[number].source is not _BUILTIN:
                return True
            if not all(pattern) or "cyrillic" in scripts_in("".join(pattern)):
                return True
    return False


def _written(made: matcher.Matcher) -> bytes:
    """The entry's bytes: the indexes as columns of strings and numbers (each pattern once,
    referred to by its number), which read back faster than nested records.

    Each distinct string is one object throughout (:func:`_shared`), so :mod:`marshal` writes
    it once and refers to it after: read back, a stem is one string in every column, its hash
    computed once for all the sets and dicts it keys. JSON made a string of each occurrence
    (1,734 distinct of ~16,000 in the built-in lexicon's entry; reading it back took 23 M
    instructions against marshal's 8.5 M)."""
    numbers: dict[tuple[tuple[str, ...], int], int] = {}  # (pattern, entry number) -> index
    anchored: list[int] = []  # where each pattern's anchor stands
    for found in made.exact.values():
        for pattern, number, at in found:
            if numbers.setdefault((pattern, number), len(numbers)) == len(anchored):
                anchored.append(at)
    heads: list[list[str]] = [[] for _ in numbers]
    fuzzies = [f for found in made.fuzzy.values() for f in found]
    for f in fuzzies:
        heads[numbers[f.pattern, f.number]] = sorted(f.heads)
    data = {
        "stems": [list(pattern) for pattern, _ in numbers],
        "numbers": [number for _, number in numbers],
        "heads": heads,
        "exact": [list(head) if isinstance(head, tuple) else head for head in made.exact],
        "exact_sizes": [len(found) for found in made.exact.values()],
        "exact_patterns": [numbers[p, n] for found in made.exact.values() for p, n, _ in found],
        "anchors": anchored,
        "fuzzy": list(made.fuzzy),
        "fuzzy_sizes": [len(found) for found in made.fuzzy.values()],
        "fuzzy_patterns": [numbers[f.pattern, f.number] for f in fuzzies],
        "fuzzy_positions": [f.position for f in fuzzies],
        "fuzzy_needed": [f.needed for f in fuzzies],
        "fuzzy_rare": [sorted(made.rare[stem]) for stem in made.fuzzy],
    }
    return marshal.dumps(_shared(data, {}))


def _shared(value: Any, strings: dict[str, str]) -> Any:
    """``value`` (dicts, lists, strings, numbers) rebuilt with each distinct string one object.

    >>> a, b = _shared([["ab"], ["".join("ab")]], {})
    >>> a[0] is b[0]
    True
    """
    if type(value) is str:
        return strings.setdefault(value, value)
    if type(value) is list:
        return [_shared(item, strings) for item in value]
    if type(value) is dict:
        return {_shared(key, strings): _shared(item, strings) for key, item in value.items()}
    return value


def _read(kept: bytes, entries: Sequence[Entry], threshold: float) -> matcher.Matcher:
    """The matcher an entry holds; ``ValueError``, ``TypeError`` or ``EOFError`` unless it is
    whole and sound.

    Every value is checked for its type and range (in bulk: ``map``, ``min`` and ``max`` run
    in C) before it is used, so a bad entry cannot raise later, in :func:`matcher.find`.
    :mod:`marshal` runs nothing it reads (a code object would be a value of the wrong type).
    """
    data: dict[str, Any] = marshal.loads(kept)
    if type(data) is not dict:
        raise TypeError("matcher cache entry: not a dict of columns")
    stems: list[list[str]] = _lists(data["stems"], empty=False)
    patterns = list(zip(map(tuple, stems), _numbers(data["numbers"], len(entries)), strict=True))
    heads = list(map(frozenset, _lists(data["heads"])))
    count = len(patterns)
    if len(heads) != count:
        raise ValueError("matcher cache entry: columns of different lengths")
    exact_heads = data["exact"]
    if set(map(type, exact_heads)) - {str, list} or any(
        len(head) != 2 for head in exact_heads if type(head) is list
    ):
        raise TypeError("matcher cache entry: an exact head is neither a stem nor two")
    _lists([head for head in exact_heads if type(head) is list])
    sizes = list(map(len, stems))
    anchored = _numbers(data["anchors"], max(sizes, default=0))
    if len(anchored) != count or not all(map(lt, anchored, sizes)):
        raise ValueError("matcher cache entry: an anchor is out of range")
    anchored_patterns = [(*pattern, at) for pattern, at in zip(patterns, anchored, strict=True)]
    found = [anchored_patterns[i] for i in _numbers(data["exact_patterns"], count)]
    exact = dict(zip(
        [head if type(head) is str else (head[0], head[1]) for head in exact_heads],
        _groups(found, data["exact_sizes"]),
        strict=True,
    ))  # fmt: skip
    places = _numbers(data["fuzzy_patterns"], count)
    lengths = [len(stems[i]) for i in places]
    positions = data["fuzzy_positions"]
    needed = data["fuzzy_needed"]
    if not (
        len(positions) == len(needed) == len(places)
        and all(map(lt, _numbers(positions, max(lengths, default=0)), lengths))
        and all(map(le, _numbers(needed, max(lengths, default=0) + 1), lengths))
    ):
        raise ValueError("matcher cache entry: a fuzzy record is out of range")
    joined = [" ".join(pattern) for pattern, _ in patterns]
    wanted = [frozenset(pattern) for pattern, _ in patterns]
    new = tuple.__new__  # what Fuzzy(...) calls, without a Python frame per record
    records = [
        new(Fuzzy, (*patterns[i], position, joined[i], wanted[i], need, heads[i]))
        for i, position, need in zip(places, positions, needed, strict=True)
    ]
    keys = _lists([data["fuzzy"]])[0]
    fuzzy = dict(zip(keys, _groups(records, data["fuzzy_sizes"]), strict=True))
    # Sets made in C: hits() asks whether the sentence's heads are disjoint from each.
    rare = dict(zip(keys, map(frozenset, _lists(data["fuzzy_rare"], empty=False)), strict=True))
    anchors = frozenset(map(getitem, [pattern for pattern, _ in patterns], anchored))
    return matcher.Matcher(
        entries=tuple(entries),
        exact=exact,
        anchors=anchors,
        fuzzy=fuzzy,
        threshold=threshold,
        starts=anchors | fuzzy.keys(),
        rare=rare,
    )


def _lists(values: list[list[str]], *, empty: bool = True) -> list[list[str]]:
    """``values`` if it is a list of lists of strings (none empty unless ``empty``)."""
    if (
        type(values) is not list
        or set(map(type, values)) - {list}
        or set(map(type, chain.from_iterable(values))) - {str}
        or not (empty or all(values))
    ):
        raise TypeError("matcher cache entry: not a list of lists of strings")
    return values


def _numbers(values: list[int], below: int) -> list[int]:
    """``values`` if it is a list of integers from 0 to ``below`` - 1."""
    if type(values) is not list or set(map(type, values)) - {int}:
        raise TypeError("matcher cache entry: not a list of integers")
    if values and (min(values) < 0 or max(values) >= below):
        raise ValueError("matcher cache entry: a number is out of range")
    return values


def _groups(items: list[_T], sizes: list[int]) -> list[tuple[_T, ...]]:
    """``items`` cut into consecutive groups of ``sizes`` (which must use them all)."""
    ends = list(accumulate(_numbers(sizes, len(items) + 1)))
    if (ends[-1] if ends else 0) != len(items):
        raise ValueError("matcher cache entry: group sizes do not add up")
    return [tuple(items[end - size : end]) for size, end in zip(sizes, ends, strict=True)]
