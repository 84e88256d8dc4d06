"""The known wordings a one-word swap is read against (:mod:`~readoutdiff.formulas.keys.key_swaps`),
by their first content word, kept in the user's cache.

Cutting the 1,200 English and Russian wordings of the built-in lexicon and the background
into content words (:func:`~readoutdiff.formulas.keys.key_words.content`) is the same on every
run, and was a third of the key changes of a 500 KB comparison (~47 M instructions: sp72 in
benchmarks/README.md). The index is kept as text in ``<cache>/swaps/<digest>.txt``, behind a
checksum, keyed on the state of the files the wordings are read from and of the code that reads
and cuts them (:data:`MAKERS` and the caller's files, :func:`built_of_files`) and on the versions
of the libraries it imports (:mod:`readoutdiff.cache_dir`).
Chinese wordings (cut by the segmenter, a few) are not kept. The index is the same with or
without the cache: ``tests/test_key_swaps.py``.

>>> index_of([("sovereignty and territorial integrity", "sti"), ("peace", "peace")])
{'sovereignty': ((('sovereignty', 'territorial', 'integrity'), 'sti'),)}
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from readoutdiff.cache_dir import (
    LANGUAGES,
    cache_root,
    collecting_later,
    digest,
    keep_checked,
    read_checked,
)
from readoutdiff.formulas.keys.key_words import content

Index = dict[str, tuple[tuple[tuple[str, ...], str], ...]]
"""First content word -> the known wordings that open with it (their words, their id)."""

FORMAT = 1
"""Bump when the layout of an entry changes."""
MAKERS = ("formulas/keys/key_words.py", "formulas/keys/swap_index.py", *LANGUAGES)
"""Sources whose code decides a wording's words, and every readoutdiff module they import
(tests/test_cache_makers.py)."""
LIBRARIES = ("opencc", "rjieba", "snowballstemmer")
"""The third-party libraries those sources import."""
_APART = frozenset("\t\n\r")
"""What parts the items of a kept entry: an id holding one is not kept (no word holds one)."""
_KEPT = 8


def words(text: str) -> tuple[str, ...]:
    """The content words of ``text`` in order, stemmed, in lower case."""
    return tuple(word.lower() for word in content(text))


def index_of(wordings: Sequence[tuple[str, str]]) -> Index:
    """``wordings`` (each a wording and its id) of two content words or more, by their first."""
    return _grouped((name, said) for wording, name in wordings if len(said := words(wording)) >= 2)


def built_of_files(
    wordings: Callable[[], Sequence[tuple[str, str]]], makers: Sequence[str]
) -> Index:
    """:func:`index_of` of ``wordings()``, from the cache when it holds the index of what the
    files ``makers`` give: the package's sources and data files ``wordings`` reads the
    wordings from and the code that reads them, every module it imports among them (by their
    size and times, as :func:`~readoutdiff.cache_dir.digest` keys a maker). On a hit the
    wordings are neither made nor hashed (cli12: the built-in lexicon's and the background's
    1,200 English and Russian wordings listed, 2.3 M instructions a run, and their SHA-256,
    4.4 M, for a key the files' state gives)."""
    root = cache_root()
    key = digest([FORMAT, "files"], (*MAKERS, *makers), LIBRARIES) if root else None
    if root is None or key is None:
        return index_of(wordings())
    return _kept(root / "swaps" / f"{key}.txt", wordings)


def _kept(path: Path, wordings: Callable[[], Sequence[tuple[str, str]]]) -> Index:
    """The index the entry ``path`` holds, else :func:`index_of` of ``wordings()``, written
    there."""
    with contextlib.suppress(OSError, ValueError), collecting_later():
        return _read(read_checked(path))
    listed = wordings()
    made = index_of(listed)
    kept = ["\t".join((name, *said)) for group in made.values() for said, name in group]
    if not any(_APART.intersection(name) for _, name in listed):  # else a line is not one
        with contextlib.suppress(OSError):
            keep_checked(path, "\n".join(kept), _KEPT)
    return made


def _read(text: str) -> Index:
    """The index a kept entry holds, a wording a line (its id and its words, a tab between
    each: a word is a run of word characters); ``ValueError`` unless each is an id and two
    words or more."""
    items = [line.split("\t") for line in text.split("\n")] if text else []
    if any(len(item) < 3 for item in items):
        raise ValueError("swap index cache entry: a wording of fewer than two words")
    return _grouped((item[0], tuple(item[1:])) for item in items)


def _grouped(said: Iterable[tuple[str, tuple[str, ...]]]) -> Index:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, words_said in said:
        index.setdefault(words_said[0], []).append((words_said, name))
    return {word: tuple(group) for word, group in index.items()}
