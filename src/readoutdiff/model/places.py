"""Where a span stands in its readout, said so that a reader can find it.

A line number finds a sentence when a line is a sentence or a short paragraph. White House and
State Department readouts keep their whole body on one line, so "line 3" would name every
change in the readout; there the place also says which sentence of the line holds the span,
counting from 1 (a line end always ends a sentence, so every sentence lies on one line). The
views say it in words, ``line 3, sentence 4``, or short, ``3.4``; on a line of one sentence the
line alone, ``line 3`` or ``3``. The column is for tools that jump to a line and column (a
GitHub annotation, an editor).

>>> from readoutdiff.ingest import from_text
>>> readout = from_text("Readout of the Call\\nWe met. Trade grew fast. We agreed.")
>>> at = place(readout, readout.sentences[2].span)
>>> at, told(at), short(at)
(Place(line=2, column=9, sentence=2), 'line 2, sentence 2', '2.2')
>>> told(place(readout, readout.sentences[0].span)), short(place(readout, readout.sentences[0].span))
('line 1', '1')
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress
from operator import eq

from readoutdiff.model import Readout, Sentence, Span
from readoutdiff.records.record import record


@record
class Place:
    """Where a span starts: its line, its column, and its sentence on a line of several."""

    line: int
    """1-based line number (as :attr:`Span.line`)."""
    column: int
    """1-based column of the span's first character on its line, in characters (code points)."""
    sentence: int | None
    """1-based number, on its line, of the sentence holding the span, when the line holds more
    than one sentence; None on a line of one sentence (the line finds it)."""


def place(readout: Readout, span: Span) -> Place:
    """Return where ``span`` (of ``readout``'s text) starts.

    Binary searches over the readout's sentences (in text order, so in line order too), kept
    per readout (:func:`_index`): a one-line body of 500 KB holds thousands of sentences, and
    every passage and formula of a view asks.
    """
    index = _index(readout)
    first = bisect_left(index.lines, span.line)
    holding = bisect_right(index.starts, span.start) - 1
    inside = holding >= 0 and index.lines[holding] == span.line and span.start < index.ends[holding]
    on_line = first < len(index.lines) and index.lines[first] == span.line
    line_start = _line_start(readout.text, index.starts[first] if on_line else span.start)
    return Place(
        line=span.line,
        column=span.start - line_start + 1,
        sentence=index.numbers[holding] if inside else None,
    )


def sentence_on_line(readout: Readout, span: Span) -> int | None:
    """``place(readout, span).sentence`` without the column (no line start searched, no
    :class:`Place` made): the JSON writes it for every span of every formula.

    >>> from readoutdiff.ingest import from_text
    >>> readout = from_text("Readout of the Call\\nWe met. Trade grew fast. We agreed.")
    >>> [sentence_on_line(readout, s.span) for s in readout.sentences]
    [None, 1, 2, 3]
    """
    index = _index(readout)
    holding = bisect_right(index.starts, span.start) - 1
    inside = holding >= 0 and index.lines[holding] == span.line and span.start < index.ends[holding]
    return index.numbers[holding] if inside else None


def sentence_at(readout: Readout, offset: int) -> Sentence:
    """The sentence of ``readout`` holding the character at ``offset``: the last one that
    starts at or before it (the first when none does), found in the readout's kept index.

    >>> from readoutdiff.ingest import from_text
    >>> readout = from_text("We met. Trade grew fast.")
    >>> sentence_at(readout, 10).text, sentence_at(readout, 0).text
    ('Trade grew fast.', 'We met.')
    """
    holding = bisect_right(_index(readout).starts, offset) - 1
    return readout.sentences[max(holding, 0)]


def title_end(readout: Readout) -> int:
    """Where ``readout``'s title line ends when its first sentence is its title (a headline
    retells a point), else 0.

    >>> from readoutdiff.ingest import from_text
    >>> title_end(from_text("Readout of the Call\\nWe met. Trade grew."))
    19
    >>> title_end(from_text("12 февраля, Минск /БЕЛТА/. Лидеры провели переговоры."))  # no title
    0
    """
    first = readout.sentences[0] if readout.sentences else None
    if first is None or not readout.title or first.text.strip() != readout.title.strip():
        return 0
    return first.span.end


def told(at: Place) -> str:
    """Say ``at`` in words: ``"line 3, sentence 4"``, or ``"line 3"`` on a line of one sentence."""
    return f"line {at.line}" if at.sentence is None else f"line {at.line}, sentence {at.sentence}"


def short(at: Place) -> str:
    """Say ``at`` short, for lists: ``"3.4"`` (line 3, sentence 4), or ``"3"``."""
    return str(at.line) if at.sentence is None else f"{at.line}.{at.sentence}"


def shorts(readout: Readout, spans: tuple[Span, ...] | list[Span]) -> str:
    """Say where each of ``spans`` stands, short and in order, each place once: ``"3.2, 3.5, 7"``."""
    return ", ".join(dict.fromkeys(short(place(readout, s)) for s in sorted(spans, key=_key)))


def sentences_place(readout: Readout, sentences: tuple[Sentence, ...], dash: str = "-") -> str:
    """Say short where a passage's sentences stand: ``"3.4"``, ``"3.4-3.5"``, ``"3-5"``, or ``""``."""
    if not sentences:
        return ""
    first, last = _sentence_short(readout, sentences[0]), _sentence_short(readout, sentences[-1])
    return first if first == last else f"{first}{dash}{last}"


def _sentence_short(readout: Readout, sentence: Sentence) -> str:
    """:func:`short` of a sentence of ``readout``, read off its index (no search)."""
    index = _index(readout)
    at = sentence.index
    if not (0 <= at < len(index.starts) and index.starts[at] == sentence.span.start):
        return short(place(readout, sentence.span))  # not one of the readout's own sentences
    number = index.numbers[at]
    return str(sentence.span.line) if number is None else f"{sentence.span.line}.{number}"


def _line_start(text: str, before: int) -> int:
    """The offset just past the line end before ``before`` (``\\r\\n``, ``\\r`` or ``\\n``);
    each search stops at that line end, so only the line's own start is read."""
    newline = text.rfind("\n", 0, before)
    return max(newline, text.rfind("\r", newline + 1, before)) + 1


def _key(span: Span) -> tuple[int, int]:
    return (span.line, span.start)


def numbers_on_lines(readout: Readout) -> tuple[int | None, ...]:
    """Each sentence's number on its line (by :attr:`Sentence.index`), None on a line of one
    sentence: :attr:`Place.sentence` of every sentence at once.

    >>> from readoutdiff.ingest import from_text
    >>> numbers_on_lines(from_text("Readout\\nWe met. Trade grew.\\nWe agreed."))
    (None, 1, 2, None)
    """
    return _index(readout).numbers


class _Index:
    """A readout's sentences as plain lists, for :mod:`bisect` without a key function."""

    __slots__ = ("starts", "ends", "lines", "numbers")

    def __init__(self, sentences: tuple[Sentence, ...]) -> None:
        self.starts = [s.span.start for s in sentences]
        self.ends = [s.span.end for s in sentences]
        self.lines = [s.span.line for s in sentences]
        lines = self.lines
        numbers: list[int | None] = [None] * len(lines)  # a line of one sentence: None
        # Only a sentence on the line of the one before it numbers both (picked in C: most
        # sentences of a readout of one-sentence lines are none; two passes over every
        # sentence in Python cost ~2,000 instructions each). In order, so the one before holds
        # its number already when it is itself on the line of its predecessor.
        for at in compress(range(1, len(lines)), map(eq, lines[1:], lines)):
            before = numbers[at - 1]
            if before is None:
                numbers[at - 1] = before = 1
            numbers[at] = before + 1
        self.numbers = tuple(numbers)


_KEPT: list[tuple[Readout, _Index]] = []
"""The indexes of the last few readouts asked about (a view asks about two, many times)."""


def _index(readout: Readout) -> _Index:
    """The index of ``readout``, made once while it is among the last four asked about (kept
    by identity: a readout held here is alive, so no other takes its place)."""
    for kept, index in _KEPT:
        if kept is readout:
            return index
    index = _Index(readout.sentences)
    _KEPT.insert(0, (readout, index))
    del _KEPT[4:]
    return index
