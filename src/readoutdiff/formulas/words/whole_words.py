"""Wordings of Chinese text end at word boundaries, as English ones do.

The formula stage reads Chinese character by character (a character is a word to it), so a
fuzzy match or a reworded wording may start or end inside a word: "政治解决朝鲜半岛问" where
the text says "…问题", "合作一直" where it says "经贸合作一直". An English wording is made of
whole words by construction. Here each edge of a wording that falls between two Chinese
characters of one word, as jieba cuts the run of Chinese characters around it, moves out to
that word's edge: the wording grows to the whole words it touches, never loses one.

A wording a lexicon spells is left as it stands: the lexicon says where that formula starts and
ends, as it does in English, and jieba, cutting by its dictionary, at times glues one of its
characters to the word before ("高级别人文交流" is cut "高级 / 别人 / 文 / 交流", and would take
the lexicon's "人文交流" to "别人文交流").

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.model import FormulaStatus, Lexicon
>>> b = from_text("赞赏总统先生政治解决朝鲜半岛问题的积极意愿。")
>>> cut = Formula(status=FormulaStatus.APPEARED, a_text=None, b_text="政治解决朝鲜半岛问",
...               b_spans=(Span(start=6, end=15, line=1),))
>>> whole_words((cut,), b, b, Lexicon(entries=()))[0].b_text
'政治解决朝鲜半岛问题'
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import cache, partial
from itertools import accumulate

from readoutdiff.formulas.words.phrases import key
from readoutdiff.languages import zh
from readoutdiff.model import Formula, FormulaStatus, Lexicon, Readout, Span
from readoutdiff.records.replacing import replace

_HAN_BOUNDS = "\u3400\u4dc0\u4e00\ua000\uf900\ufb00"
"""The ranges of :data:`readoutdiff.languages.zh.HAN` as [start, end) bounds: told by code point,
since a pattern of that class takes milliseconds to compile on every run, English ones too."""


def han(stem: str) -> bool:
    """Tell whether a stem of the formula stage is one Chinese character."""
    return len(stem) == 1 and _han(stem)


def _han(char: str) -> bool:
    """Tell whether ``char`` is a Chinese character, as the class of ``zh.HAN`` says.

    >>> import re
    >>> han = re.compile(f"[{zh.HAN}]")
    >>> all(_han(c) == bool(han.match(c)) for c in map(chr, range(0x3000, 0x10000)))
    True
    """
    return bisect_right(_HAN_BOUNDS, char) % 2 == 1


def whole_words(
    formulas: Sequence[Formula], a: Readout, b: Readout, lexicon: Lexicon
) -> tuple[Formula, ...]:
    """Return ``formulas`` with each wording in Chinese text widened to the words it touches,
    but those ``lexicon`` spells.

    A wording is read further only when it starts or ends with a Chinese character: English
    text is not scanned, and its formulas come back as given.
    """
    spelt = cache(partial(_spelt, lexicon))
    sides = (_Words(a.text, spelt), _Words(b.text, spelt))
    return tuple(_whole(formula, *sides) for formula in formulas)


def shared_words(a: Sequence[str], b: Sequence[str]) -> set[str]:
    """The words of two or more Chinese characters that two wordings both hold, each wording
    given as its character stems and cut by jieba: what "sharing two content words" means in
    Chinese, where the formula stage's words are characters ("作为联合" and "务实合作" share the
    characters 作 and 合 but no word; "实现朝鲜半岛无核化" and "实现半岛无核化" share 实现 and
    无核化).

    >>> sorted(shared_words("作为联合", "务实合作")), sorted(shared_words("实现朝鲜半岛无核化", "实现半岛无核化"))
    ([], ['实现', '无核化'])
    """

    def words(stems: Sequence[str]) -> set[str]:
        runs = "".join(s if han(s) else " " for s in stems).split()
        return {word for run in runs for word in zh.cut(run) if len(word) > 1}

    return words(a) & words(b)


def _spelt(lexicon: Lexicon) -> frozenset[tuple[str, ...]]:
    """The keys of the lexicon's wordings in Chinese (read once a wording would be widened),
    kept for the last lexicon read: a series reads each of its pairs twice (its rows, its
    report) under one lexicon, which every pair read again (ser8: some 1 % of a dev series run)."""
    if _LAST_SPELT and _LAST_SPELT[0][0] is lexicon:
        return _LAST_SPELT[0][1]
    wordings = (w for entry in lexicon.entries for w in (*entry.variants, *entry.zh))
    spelt = frozenset(key(w) for w in wordings if any(map(_han, w)))
    _LAST_SPELT[:] = [(lexicon, spelt)]
    return spelt


_LAST_SPELT: list[tuple[Lexicon, frozenset[tuple[str, ...]]]] = []
"""The last lexicon :func:`_spelt` read, and its keys (a lexicon is never changed in place)."""


def _whole(formula: Formula, a: _Words, b: _Words) -> Formula:
    a_text, a_spans = _side(formula.a_text, formula.a_spans, a)
    b_text, b_spans = _side(formula.b_text, formula.b_spans, b)
    if a_spans == formula.a_spans and b_spans == formula.b_spans:
        return formula
    variant = formula.variant or (
        formula.status is FormulaStatus.PERSISTED and a_text is not None and a_text != b_text
    )
    return replace(
        formula, a_text=a_text, b_text=b_text, a_spans=a_spans, b_spans=b_spans, variant=variant
    )


def _side(
    wording: str | None, spans: tuple[Span, ...], words: _Words
) -> tuple[str | None, tuple[Span, ...]]:
    """A side's wording and spans at word edges; as given where the wording is not the text of
    its first span (then it was not read off the text, and is left alone)."""
    if not wording or not (_han(wording[0]) or _han(wording[-1])):
        return wording, spans  # the common case, told by the wording alone: no edge to move
    if not spans or words.text_of(spans[0]) != wording:
        return wording, spans
    widened = tuple(words.widened(span) for span in spans)
    return words.text_of(widened[0]), widened


class _Words:
    """The word edges of one readout's runs of Chinese characters, each run cut once."""

    def __init__(self, text: str, spelt: Callable[[], frozenset[tuple[str, ...]]]) -> None:
        self.text = text
        self._spelt = spelt
        self._cuts: dict[int, tuple[int, ...]] = {}

    def text_of(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def widened(self, span: Span) -> Span:
        start, end = self._edge(span.start, left=True), self._edge(span.end, left=False)
        if (start == span.start and end == span.end) or key(self.text_of(span)) in self._spelt():
            return span
        # A run of Chinese characters holds no line break: the start stays on its line.
        return Span(start=start, end=end, line=span.line)

    def _edge(self, offset: int, *, left: bool) -> int:
        """``offset`` if it parts two words; else the edge of the word it falls in (its start
        for a wording's start, its end for a wording's end)."""
        text = self.text
        if not 0 < offset < len(text) or not (_han(text[offset - 1]) and _han(text[offset])):
            return offset
        edges = self._edges(offset)
        if left:
            return edges[bisect_right(edges, offset) - 1]
        return edges[bisect_left(edges, offset)]

    def _edges(self, offset: int) -> tuple[int, ...]:
        """The word edges (offsets in the text) of the run of Chinese characters around ``offset``."""
        text, start, end = self.text, offset, offset
        while start > 0 and _han(text[start - 1]):
            start -= 1
        if start not in self._cuts:
            while end < len(text) and _han(text[end]):
                end += 1
            lengths = [len(word) for word in zh.cut(text[start:end])]
            self._cuts[start] = tuple(accumulate(lengths, initial=start))
        return self._cuts[start]
