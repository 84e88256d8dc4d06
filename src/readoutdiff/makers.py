"""Sentences, spans, alignments and diff runs made without their dataclass ``__init__``.

A 500 KB pair makes some 6,600 sentences (each with its span), 3,400 alignments and as many
diff runs. A record's ``__init__`` (:mod:`readoutdiff.record`) parses keyword arguments, then
sets each slot through its setter; these makers take every field by position and call the
same setters (:func:`readoutdiff.record.setters`: one mechanism for both), skipping the
keyword parsing and the ``__init__`` call, about half the cost (none of the classes has a
``__post_init__``, so nothing is skipped). ``tests/test_makers.py``
holds each maker to its class: the same fields, equal objects on real readouts.

>>> sentence(0, 3, 9, 1, "We met.", "we met.") == Sentence(
...     index=0, span=Span(start=3, end=9, line=1), text="We met.", folded="we met.")
True
"""

from __future__ import annotations

from readoutdiff.model import Alignment, DiffOp, Op, Sentence, Span, Status
from readoutdiff.record import setters as setters  # also align.groups' (see record.setters)

_new = object.__new__


_span_start, _span_end, _span_line = setters(Span, ("start", "end", "line"))
_index, _span, _text, _folded = setters(Sentence, ("index", "span", "text", "folded"))
_status, _a, _b, _score, _moved, _ops = setters(
    Alignment, ("status", "a", "b", "score", "moved", "ops")
)
_op, _op_text = setters(DiffOp, ("op", "text"))

FIELDS = {
    Span: ("start", "end", "line"),
    Sentence: ("index", "span", "text", "folded"),
    Alignment: ("status", "a", "b", "score", "moved", "ops"),
    DiffOp: ("op", "text"),
}
"""The fields each maker sets, in its argument order (a test checks them against the class)."""


def span(start: int, end: int, line: int) -> Span:
    """``Span(start=start, end=end, line=line)`` (one is made for each formula in every copy of
    a sentence: some 4,000 a comparison at 500 KB).

    >>> span(3, 9, 1) == Span(start=3, end=9, line=1)
    True
    """
    made = _new(Span)
    _span_start(made, start)
    _span_end(made, end)
    _span_line(made, line)
    return made


def sentence(index: int, start: int, end: int, line: int, text: str, folded: str) -> Sentence:
    """``Sentence(index=index, span=Span(start=start, end=end, line=line), text=text,
    folded=folded)``."""
    made = _new(Sentence)
    _index(made, index)
    _span(made, span(start, end, line))
    _text(made, text)
    _folded(made, folded)
    return made


def alignment(
    status: Status,
    a: tuple[Sentence, ...],
    b: tuple[Sentence, ...],
    score: float,
    moved: bool,
    ops: tuple[DiffOp, ...],
) -> Alignment:
    """``Alignment(status=status, a=a, b=b, score=score, moved=moved, ops=ops)``."""
    made = _new(Alignment)
    _status(made, status)
    _a(made, a)
    _b(made, b)
    _score(made, score)
    _moved(made, moved)
    _ops(made, ops)
    return made


def diff_op(op: Op, text: str) -> DiffOp:
    """``DiffOp(op=op, text=text)``."""
    made = _new(DiffOp)
    _op(made, op)
    _op_text(made, text)
    return made
