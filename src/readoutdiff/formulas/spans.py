"""Where words of a sentence stand in their readout: spans, overlaps and line numbers."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from readoutdiff.formulas.phrases import Words
from readoutdiff.model import Readout, Span

_LINE_END = re.compile(r"\r\n|\r|\n")


def word_span(readout: Readout, words: Words, first: int, last: int) -> Span:
    """Where the words ``[first, last)`` of one sentence stand in ``readout``."""
    start = words.start(first)
    return Span(start=start, end=words.end(last - 1), line=line_of(readout, words, start))


def overlaps(span: Span | None, spans: Sequence[Span]) -> bool:
    """``span`` shares a character with one of ``spans``."""
    return span is not None and any(s.start < span.end and span.start < s.end for s in spans)


def line_of(readout: Readout, words: Words, offset: int) -> int:
    """Return the 1-based line of ``offset``, counting only inside the sentence (fast on big files).

    >>> from readoutdiff.formulas import phrases
    >>> from readoutdiff.ingest import from_text
    >>> r = from_text("One line.\\nTwo\\nlines.")
    >>> line_of(r, phrases.readout_words(r)[1], 14)
    3
    """
    sentence = readout.sentences[words.sentence]
    if offset <= sentence.span.end and "\n" not in sentence.text and "\r" not in sentence.text:
        return words.line  # the common case: a sentence within one line
    ends = _line_ends(readout.text, sentence.span.start, max(sentence.span.end, offset))
    return words.line + bisect_right(ends, offset)


@lru_cache(maxsize=8)
def _line_ends(text: str, start: int, end: int) -> tuple[int, ...]:
    """Offsets just past each line end in ``text[start:end]``, found once per sentence: counting
    them again for each formula cost the sentence's length per formula on one-line readouts."""
    return tuple(match.end() for match in _LINE_END.finditer(text, start, end))
