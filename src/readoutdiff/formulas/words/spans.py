"""Where words of a sentence stand in their readout: spans, overlaps and line numbers."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter, is_

from readoutdiff.formulas.words import cuts
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Readout, Span


def word_span(readout: Readout, words: Words, first: int, last: int) -> Span:
    """Where the words ``[first, last)`` of one sentence stand in ``readout``: every wording a
    rule widens or cuts after mining is quoted here, so its edges are moved off a cut here,
    as a mined phrase's may not be one (:func:`~readoutdiff.formulas.words.cuts.whole`),
    unless that leaves no content word."""
    start, end = cuts.whole(words, first, last)
    if (start, end) != (first, last) and any(
        len(s) > 1 and s not in words.stop_words for s in words.stems[start:end]
    ):
        first, last = start, end
    start = words.start(first)
    return Span(start=start, end=words.end(last - 1), line=line_of(readout, words, start))


def changed_at(a: Readout, b: Readout, spans: tuple[Span, Span], id_: str) -> Formula:
    """The mined *changed* entry named ``id_`` that quotes ``spans`` (A's, B's) of ``a`` and
    ``b``: a Russian point reworded (:mod:`~readoutdiff.formulas.entries.kept_heads`), an English
    relationship or instrument line (:mod:`~readoutdiff.formulas.entries.relations_en`,
    :mod:`~readoutdiff.formulas.entries.anchored_clauses`)."""
    span_a, span_b = spans
    return Formula(
        status=FormulaStatus.CHANGED, id=id_, source=FormulaSource.MINED,
        a_text=a.text[span_a.start : span_a.end], b_text=b.text[span_b.start : span_b.end],
        a_spans=(span_a,), b_spans=(span_b,),
    )  # fmt: skip


def overlaps(span: Span | None, spans: Sequence[Span]) -> bool:
    """``span`` shares a character with one of ``spans``."""
    return span is not None and any(s.start < span.end and span.start < s.end for s in spans)


def any_overlap(spans: Sequence[Span], taken: Sequence[Span]) -> bool:
    """One of ``spans`` shares a character with one of ``taken``.

    >>> any_overlap([Span(start=0, end=4, line=1)], [Span(start=3, end=9, line=1)])
    True
    """
    return any(overlaps(s, taken) for s in spans)


def mostly_told(span: Span, spans: Sequence[Span]) -> bool:
    """More than half of ``span``'s characters stand in ``spans`` (assumed not to overlap each
    other much): a word at its edge that another entry's phrase took leaves it free.

    >>> mostly_told(Span(start=0, end=10, line=1), [Span(start=8, end=20, line=1)])
    False
    """
    told = sum(max(0, min(s.end, span.end) - max(s.start, span.start)) for s in spans)
    return 2 * told > span.end - span.start


_START, _END = attrgetter("start"), attrgetter("end")


class Unheld:
    """Whether a span shares no character with any of ``spans`` (as :func:`overlaps`), in
    logarithmic time: sorted starts and the furthest end among the spans starting before each."""

    def __init__(self, spans: Sequence[Span]) -> None:
        ordered = sorted(spans, key=_START)  # thousands of spans (every formula's): loops in C
        self._starts = list(map(_START, ordered))
        # The furthest end so far, in the bytecode: ``accumulate(…, max)`` calls the built-in
        # for each span (~180 ns a span against ~65 ns here, sp92).
        found = list(map(_END, ordered))
        furthest = found[0] if found else 0
        ends: list[int] = []
        for end in found:
            if end > furthest:
                furthest = end
            ends.append(furthest)
        self._ends = ends

    def __call__(self, span: Span) -> bool:
        before = bisect_left(self._starts, span.end)  # the spans that start before it ends
        return before == 0 or self._ends[before - 1] <= span.start

    def held(self, span: Span) -> bool:
        """The opposite: ``span`` shares a character with one of the spans (one call, as the
        tests of entries told before are asked thousands of times at 500 KB).

        >>> held = Unheld([Span(start=0, end=4, line=1), Span(start=10, end=12, line=1)]).held
        >>> [held(Span(start=a, end=b, line=1)) for a, b in ((3, 5), (4, 10), (11, 11), (12, 20))]
        [True, False, True, False]
        """
        before = bisect_left(self._starts, span.end)
        return before > 0 and self._ends[before - 1] > span.start


class Unhelds:
    """:class:`Unheld` of the lists of places one comparison's rules ask about, kept while the
    comparison runs (its :class:`comparing.Comparing` holds one): a list indexed by one of the
    last calls that has only grown since (entries appended: the places told so far, as one
    comparison's rules add theirs) keeps its index, and the spans added since are tested one by
    one. A list changed otherwise (a span replaced or removed, then others appended) is indexed
    afresh: its old spans are checked to be the same objects, in C.

    >>> unheld, told = Unhelds(), [Span(start=0, end=10, line=1)]
    >>> free = unheld(told)
    >>> told.append(Span(start=20, end=30, line=1))
    >>> unheld(told)(Span(start=25, end=26, line=1)), unheld(told)(Span(start=12, end=15, line=1))
    (False, True)
    >>> told[0] = Span(start=40, end=50, line=1)
    >>> unheld(told)(Span(start=2, end=3, line=1)), unheld(told)(Span(start=45, end=46, line=1))
    (True, False)
    """

    __slots__ = ("_indexed",)

    def __init__(self) -> None:
        self._indexed: list[tuple[list[Span], tuple[Span, ...], Unheld]] = []
        """The last lists indexed, with the spans they held then (held, so that an ``id``
        stays their own)."""

    def __call__(self, spans: Sequence[Span]) -> Callable[[Span], bool]:
        """:class:`Unheld` of ``spans``, its index kept as the class says."""
        for indexed, held, index in self._indexed:
            if indexed is spans and len(spans) >= len(held) and all(map(is_, held, spans)):
                added = spans[len(held) :]
                if not added:
                    return index
                return lambda span: index(span) and not overlaps(span, added)
        index = Unheld(spans)
        if isinstance(spans, list):  # the sorted copy of thousands of spans made once, not per rule
            self._indexed[:] = [(spans, tuple(spans), index), *self._indexed[:1]]
        return index


_BASE = attrgetter("base")


def sentence_holding(sentences: Sequence[Words], offset: int, *, end: bool = False) -> Words | None:
    """The words of the sentence (of ``sentences``, in reading order) that hold ``offset``: the
    start of a wording, or with ``end`` its end (a sentence starting there holds no end).

    >>> from readoutdiff.formulas.words import phrases
    >>> from readoutdiff.ingest import from_text
    >>> sentences = phrases.readout_words(from_text("One line. Two lines."))
    >>> sentence_holding(sentences, 10).sentence, sentence_holding(sentences, 8, end=True).sentence
    (1, 0)
    >>> sentence_holding(sentences, 9) is None  # between the two sentences
    True
    """
    before = (bisect_left if end else bisect_right)(sentences, offset, key=_BASE)
    if before == 0:
        return None
    words = sentences[before - 1]
    return words if words.stems and words.end(len(words.stems) - 1) >= offset else None


def line_of(readout: Readout, words: Words, offset: int) -> int:
    """Return the 1-based line of ``offset``, counting line ends from its sentence's start.

    A line end always ends a sentence (``languages/segment.py``), so there is none to count but in a
    readout built by hand or for a wording run past its sentence; then the count costs the
    sentence's head, in C, with no memo kept after the call (an ``lru_cache`` of line ends
    kept whole readout texts alive after their comparisons).

    >>> from readoutdiff.formulas.words import phrases
    >>> from readoutdiff.ingest import from_text
    >>> r = from_text("One line.\\nTwo\\nlines.")
    >>> line_of(r, phrases.readout_words(r)[1], 14)
    3
    """
    sentence = readout.sentences[words.sentence]
    if offset <= sentence.span.end and "\n" not in sentence.text and "\r" not in sentence.text:
        return words.line  # the common case, looked for as memchr does: ten times faster
    text, start = readout.text, words.base
    breaks = text.count("\n", start, offset) + text.count("\r", start, offset)
    return words.line + breaks - text.count("\r\n", start, offset)


class SpanIndex:
    """Spans, each with a key, to find the keys of those overlapping a span (:func:`overlaps`),
    lying inside one or holding one without testing every span: each is filed under every
    block of ``2**BLOCK_BITS`` characters it touches (an empty one under the block of its
    start), so a span overlapping it touches one of those blocks. Spans added are filed when
    the first question comes (most comparisons ask a rule's index nothing).

    >>> index = SpanIndex([(Span(start=10, end=20, line=1), 0)])
    >>> index.add(Span(start=3000, end=3010, line=1), 1)
    >>> sorted(index.overlapping(Span(start=15, end=3005, line=1)))
    [0, 1]
    >>> sorted(index.overlapping(Span(start=20, end=30, line=1)))
    []
    >>> index.within(Span(start=0, end=25, line=1)), index.holding(Span(start=12, end=14, line=1))
    ({0}, {0})
    """

    BLOCK_BITS = 10

    def __init__(self, keyed: Iterable[tuple[Span, int]] = ()) -> None:
        self._blocks: dict[int, list[tuple[Span, int]]] = {}
        self._waiting: list[tuple[Span, int]] = list(keyed)

    def add(self, span: Span, key: int) -> None:
        self._waiting.append((span, key))

    def add_all(self, spans: Iterable[Span], key: int) -> None:
        """:meth:`add` each of ``spans`` with ``key``."""
        self._waiting += [(span, key) for span in spans]

    def overlapping(self, span: Span) -> set[int]:
        """The keys of the spans added that share a character with ``span``."""
        touched = self._touched(span)
        return {
            key
            for s, key in self._filed(touched.start, touched.stop - 1)
            if s.start < span.end and span.start < s.end
        }

    def within(self, outer: Span) -> set[int]:
        """The keys of the spans added that lie inside ``outer`` (each starts in a block from
        ``outer``'s first to the one its end stands in)."""
        bits = self.BLOCK_BITS
        return {
            key
            for s, key in self._filed(outer.start >> bits, outer.end >> bits)
            if outer.start <= s.start and s.end <= outer.end
        }

    def holding(self, span: Span) -> set[int]:
        """The keys of the spans added that hold ``span`` (each is filed under the block of the
        character before ``span`` or of its first)."""
        bits = self.BLOCK_BITS
        return {
            key
            for s, key in self._filed(max(span.start - 1, 0) >> bits, span.start >> bits)
            if s.start <= span.start and span.end <= s.end
        }

    def _filed(self, first: int, last: int) -> list[tuple[Span, int]]:
        """The spans filed under the blocks ``first`` to ``last`` (one may be there twice)."""
        if self._waiting:
            self._file()
        if last - first + 1 > len(self._blocks):  # a wide span: every block filed is fewer
            filed = [found for block, found in self._blocks.items() if first <= block <= last]
        else:
            filed = [self._blocks[b] for b in range(first, last + 1) if b in self._blocks]
        return [item for found in filed for item in found]

    def _file(self) -> None:
        """File the spans added since the last question, in one loop: a rule files thousands
        (every formula said in a readout), nearly all inside one block."""
        blocks, bits = self._blocks, self.BLOCK_BITS
        for item in self._waiting:
            span = item[0]
            start, end = span.start, span.end - 1
            # max(start, end) without a call: the built-in's frame was a third of the loop
            first, last = start >> bits, (end if end > start else start) >> bits
            if first == last:
                found = blocks.get(first)
                if found is None:
                    blocks[first] = [item]
                else:
                    found.append(item)
                continue
            for block in range(first, last + 1):
                blocks.setdefault(block, []).append(item)
        self._waiting = []

    def _touched(self, span: Span) -> range:
        last = max(span.start, span.end - 1) >> self.BLOCK_BITS
        return range(span.start >> self.BLOCK_BITS, last + 1)


def said_more(text: str, piece: str, times: int) -> bool:
    """Whether ``text`` says ``piece`` more than ``times`` times (``text.count(piece) > times``:
    sayings that do not overlap), searched in C and left at the one past ``times`` — a word said
    throughout a long readout is not counted to its end (sp102; the rules that ask it:
    :mod:`~readoutdiff.formulas.entries.listed_items`,
    :mod:`~readoutdiff.formulas.entries.kept_tails`,
    :mod:`~readoutdiff.formulas.entries.throughout_heads` and, for "said once",
    :mod:`~readoutdiff.formulas.entries.kept_tails_en`).

    >>> [said_more("合作、合作、合作", "合作", n) for n in (1, 2, 3)]
    [True, True, False]
    >>> said_more("aaaa", "aa", 1), said_more("abc", "", 3), said_more("abc", "", 4)
    (True, True, False)
    """
    if not piece:
        return len(text) + 1 > times  # str.count's empty piece: once at each place
    at = 0
    for _ in range(times + 1):
        at = text.find(piece, at)
        if at < 0:
            return False
        at += len(piece)
    return True
