"""Sentences, spans, alignments and diff runs made without their dataclass ``__init__``.

A 500 KB pair makes some 6,600 sentences (each with its span), 3,400 alignments and as many
diff runs. A record's ``__init__`` (:mod:`readoutdiff.records.record`) parses keyword arguments, then
sets each slot through its setter; these makers take every field by position and set it on a
plain object of the class's layout, which then becomes one of the class (:func:`blank`),
skipping the keyword parsing, the ``__init__`` call and the setters (none of the classes has a
``__post_init__``, so nothing is skipped). ``tests/test_makers.py`` holds each maker to its class: the same fields, equal
objects on real readouts.

>>> sentence(0, 3, 9, 1, "We met.", "we met.") == Sentence(
...     index=0, span=Span(start=3, end=9, line=1), text="We met.", folded="we met.")
True
"""

from __future__ import annotations

from typing import Any

from readoutdiff.model import Alignment, DiffOp, Entry, FormulaSource, Op, Sentence, Span, Status


def blank(cls: type) -> Any:
    """A plain class with ``cls``'s slots and nothing else. Its instance takes each field by a
    plain assignment (no frozen ``__setattr__``, no setter called), then becomes a ``cls`` by
    ``__class__`` assignment, which Python allows between two classes of one layout (the same
    slots, no ``__dict__``): half the cost of ``object.__new__`` and a setter call a field
    (a span 1.2 -> 0.7 µs, a sentence with its span 2.1 -> 1.0 µs). A layout that differs
    raises ``TypeError`` on the first object made (``tests/test_makers.py``)."""
    slots = vars(cls)["__slots__"]
    return type(f"_Blank{cls.__name__}", (), {"__slots__": slots, "__module__": __name__})


_BlankSpan, _BlankSentence = blank(Span), blank(Sentence)
_BlankAlignment, _BlankDiffOp = blank(Alignment), blank(DiffOp)
_BlankEntry = blank(Entry)


FIELDS = {
    Span: ("start", "end", "line"),
    Sentence: ("index", "span", "text", "folded"),
    Alignment: ("status", "a", "b", "score", "moved", "ops"),
    DiffOp: ("op", "text"),
    Entry: (
        "id",
        "text",
        "variants",
        "zh",
        "ru",
        "topic",
        "successors",
        "fuzzy",
        "source",
        "confidence",
        "seen_in",
        "zh_seen_in",
        "ru_seen_in",
    ),
}
"""The fields each maker sets, in its argument order (a test checks them against the class)."""


def span(start: int, end: int, line: int) -> Span:
    """``Span(start=start, end=end, line=line)`` (one is made for each formula in every copy of
    a sentence: some 4,000 a comparison at 500 KB).

    >>> span(3, 9, 1) == Span(start=3, end=9, line=1)
    True
    """
    made = _BlankSpan()
    made.start = start
    made.end = end
    made.line = line
    made.__class__ = Span
    spanned: Span = made
    return spanned


def sentence(index: int, start: int, end: int, line: int, text: str, folded: str) -> Sentence:
    """``Sentence(index=index, span=Span(start=start, end=end, line=line), text=text,
    folded=folded)``."""
    spanned = _BlankSpan()
    spanned.start = start
    spanned.end = end
    spanned.line = line
    spanned.__class__ = Span
    made = _BlankSentence()
    made.index = index
    made.span = spanned
    made.text = text
    made.folded = folded
    made.__class__ = Sentence
    said: Sentence = made
    return said


def alignment(
    status: Status,
    a: tuple[Sentence, ...],
    b: tuple[Sentence, ...],
    score: float,
    moved: bool,
    ops: tuple[DiffOp, ...],
) -> Alignment:
    """``Alignment(status=status, a=a, b=b, score=score, moved=moved, ops=ops)``."""
    made = _BlankAlignment()
    made.status = status
    made.a = a
    made.b = b
    made.score = score
    made.moved = moved
    made.ops = ops
    made.__class__ = Alignment
    aligned: Alignment = made
    return aligned


def diff_op(op: Op, text: str) -> DiffOp:
    """``DiffOp(op=op, text=text)``."""
    made = _BlankDiffOp()
    made.op = op
    made.text = text
    made.__class__ = DiffOp
    run: DiffOp = made
    return run


def entry(
    id: str,  # noqa: A002  # the field's name
    text: str,
    variants: tuple[str, ...],
    zh: tuple[str, ...],
    ru: tuple[str, ...],
    topic: str,
    successors: tuple[str, ...],
    fuzzy: bool,
    source: FormulaSource,
    confidence: float,
    seen_in: str,
    zh_seen_in: str,
    ru_seen_in: str,
) -> Entry:
    """``Entry(...)`` of every field (the cached lexicon's ~360 entries: a keyword parse and
    13 setters each, 18 K instructions an entry, cli12)."""
    made = _BlankEntry()
    made.id = id
    made.text = text
    made.variants = variants
    made.zh = zh
    made.ru = ru
    made.topic = topic
    made.successors = successors
    made.fuzzy = fuzzy
    made.source = source
    made.confidence = confidence
    made.seen_in = seen_in
    made.zh_seen_in = zh_seen_in
    made.ru_seen_in = ru_seen_in
    made.__class__ = Entry
    kept: Entry = made
    return kept
