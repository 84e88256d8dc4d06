"""A formula swapped for another known formula: however few words differ, not a light change.

"坚定奉行一个中国政策" → "坚定奉行一个中国原则" (the one-China *policy* → the one-China
*principle*) swaps one word, and a one-word swap ranks below the passages as a change of style
("Egypt's leading role" → "Egypt's essential role"). But each of its two wordings is a formula in
its own right, a phrase diplomats repeat on purpose: a known recurring phrase on A's side, a
lexicon entry on B's. That is a formula replaced by another, the change an analyst leads with.

The shape, read on the content words of the two wordings (:mod:`~readoutdiff.formulas.keys.key_words`):
B took one word of A and put one of its own (not only took one off or put one on), the word A
lost lies inside the wording of a known formula that A says and B does not, the word B put in
inside one that B says and A does not, and the two are different formulas (distinct ids), one
of them at least an entry of the lexicon. The known formulas are those of the built-in lexicon
(its English, Chinese and Russian wordings) and the background of recurring phrases
(:mod:`~readoutdiff.formulas.lexicon.background`), the same for every comparison: the key
changes do not see which lexicon the comparison ran with.

>>> swapped_formulas("坚定奉行一个中国政策", "坚定奉行一个中国原则")
True
>>> swapped_formulas("Egypt’s leading role", "Egypt’s essential role")
False
>>> swapped_formulas("澳方坚持奉行一个中国政策", "澳方坚持一个中国政策")  # a verb taken off: no swap
False
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import cache, lru_cache

from readoutdiff.formulas.keys.key_words import light, shift
from readoutdiff.formulas.keys.swap_index import Index, built_of_files, index_of, words
from readoutdiff.formulas.lexicon.background import entries
from readoutdiff.formulas.lexicon.ids import phrase_kind
from readoutdiff.formulas.lexicon.lexicon import builtin
from readoutdiff.formulas.lexicon.lexicon_cache import READERS
from readoutdiff.text.wide import has_wide


@lru_cache(maxsize=512)
def swapped_formulas(a: str, b: str) -> bool:
    """Whether wording ``b`` took one word of ``a`` and put one of its own (a light change,
    :func:`~readoutdiff.formulas.keys.key_words.light`; in one place or two: "peace and security"
    → "lasting peace") and each side's own word lies in a known formula that side says and the
    other does not, two different formulas, one of them at least the lexicon's (two recurring
    phrases of the background, "加强沟通协调" → "加强沟通合作", are a light change still)."""
    if not light(shift(a, b)):
        return False  # words replaced: a change of the first rank already, named as such
    x, y = words(a), words(b)
    ops = SequenceMatcher(None, x, y, autojunk=False).get_opcodes()
    taken = [_changed(i, j, len(x)) for op, i, j, _, _ in ops if op != "equal"]
    put = [_changed(i, j, len(y)) for op, _, _, i, j in ops if op != "equal"]
    index = _index(has_wide(a + b))
    on_a, on_b = _found(x, index), _found(y, index)
    a_only = {name for name, span in on_a if _holds(span, taken)} - {n for n, _ in on_b}
    b_only = {name for name, span in on_b if _holds(span, put)} - {n for n, _ in on_a}
    return any(
        p != q and (phrase_kind(p) is None or phrase_kind(q) is None)
        for p in a_only
        for q in b_only
    )


def _changed(start: int, end: int, length: int) -> tuple[set[int], bool]:
    """The words of one side that one change touches, and whether a formula must hold all of
    them: the words it took (or put), any of them; or, where it took nothing (the other side
    put words in), the words either side of that place, both."""
    if end > start:
        return set(range(start, end)), False
    return {k for k in (start - 1, start) if 0 <= k < length}, True


def _holds(span: range, changes: list[tuple[set[int], bool]]) -> bool:
    """Whether a formula said at ``span`` holds one of the ``changes`` of its side."""
    return any(
        (all if every else any)(k in span for k in words) for words, every in changes if words
    )


def _found(said: Sequence[str], index: Index) -> list[tuple[str, range]]:
    """The known formulas said in ``said``: each one's id and the words it covers."""
    found = []
    for start, word in enumerate(said):
        for known, name in index.get(word, ()):
            if tuple(said[start : start + len(known)]) == known:
                found.append((name, range(start, start + len(known))))
    return found


@cache
def _index(chinese: bool) -> Index:
    """The wordings of the built-in lexicon and the background, of two content words or more
    (one word, "peace", is no formula of its own to swap), by their first word: the Chinese
    ones when ``chinese`` (cut into words by the segmenter), else the English and Russian
    (kept in the user's cache: :mod:`~readoutdiff.formulas.keys.swap_index`)."""
    if chinese:
        return index_of(known_wordings(True))
    return built_of_files(lambda: known_wordings(False), FILES)  # the same every run: kept


DATA = ("data/formulas.toml", "data/background.tsv", "data/background_ru.tsv")
"""The built-in lexicon's and the English and Russian background's files."""
FILES = (
    "formulas/keys/key_swaps.py",
    "formulas/lexicon/background.py",
    "formulas/lexicon/ids.py",
    "records/replacing.py",
    *READERS,
    *DATA,
)
"""What :func:`known_wordings` gives (English and Russian) is read from: the built-in lexicon's
and the background's files (:data:`DATA`) and the code that reads them (the lexicon's cache's
:data:`~readoutdiff.formulas.lexicon.lexicon_cache.READERS` among it), every readoutdiff module it
imports (tests/test_cache_makers.py; the languages are among the swap index's own
makers): its index is kept in the cache keyed on their state, not on the wordings."""


def known_wordings(chinese: bool) -> list[tuple[str, str]]:
    """Each wording :func:`_index` reads (Chinese, or English and Russian) and its id."""
    languages = ("zh",) if chinese else ("en", "ru")
    wordings = [
        (wording, entry.id)
        for entry in builtin().entries
        for wording in (entry.zh if chinese else (entry.text, *entry.variants, *entry.ru))
        if has_wide(wording) == chinese
    ]
    wordings += [(entry.text, entry.id) for language in languages for entry in entries(language)]
    return wordings
