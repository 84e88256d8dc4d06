"""Word patterns that open with one character of their class (``[A-Za-z0-9][A-Za-z0-9]*``, not
``[A-Za-z0-9]+``): ``re`` then skips to the next word character in C (a "charset prefix") rather
than trying the whole pattern at every space and mark (cli6). The same matches as the ``+``
spelling on every real line of the samples and on drawn lines: a run of one or more characters
of a class is one of them followed by any number more."""

from __future__ import annotations

import re

import real_lines

from readoutdiff import languages
from readoutdiff.languages import folding, ru, wordshape

PIECES = [
    "We met", "U.S", "china's", "other's_x", "'s", "s", "'", "a", "Xi", "1", "2.5", "_", "__x",
    " ", "  ", "\t", "\u00a0", "\u3000", ".", ",", "-", "--", "—", "“", "”", "’", "会谈", "。",
    "ёлка", "кое-как", "Россия", "e\u0301", "ǅ", "١٢", "x-", "-y",
]  # fmt: skip

CASES = [
    (wordshape._SPLIT_ASCII, r"([A-Za-z0-9]+(?:'s\b|))"),
    (wordshape._SPLIT, r"([^\W_]+(?:'s\b|))"),
    (wordshape.PLAIN_WORD, r"[^\W_]+(?:'s\b|)"),
    (languages._PLAIN, r"\w+"),
    (folding._PLAIN_WORD, r"\w+"),
    (ru.WORD, r"\w+(?:-\w+)*"),
]


def _lines() -> list[str]:
    return real_lines.lines(PIECES, seed=11, drawn=6000, longest=10)


def test_each_word_pattern_finds_what_its_plus_spelling_found() -> None:
    lines = _lines()
    text = "\n".join(lines)
    for now, spelling in CASES:
        before = re.compile(spelling)
        assert now.pattern != spelling and now.flags == before.flags
        assert now.split(text) == before.split(text), spelling
        assert [m.span() for m in now.finditer(text)] == [m.span() for m in before.finditer(text)]
        for line in lines:
            assert now.split(line) == before.split(line), (spelling, line)
            assert now.findall(line) == before.findall(line), (spelling, line)


def test_the_real_lines_hold_words_of_every_kind() -> None:
    """The lines reach what the patterns tell apart: possessives, Cyrillic, hyphens, wide text."""
    text = "\n".join(_lines())
    assert "'s " in text and "кое-как" in text and "会谈" in text and "_" in text
