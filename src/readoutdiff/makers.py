"""Sentences, spans, alignments and diff runs made without their dataclass ``__init__``.

A 500 KB pair makes some 6,600 sentences (each with its span), 3,400 alignments and as many
diff runs. The frozen dataclasses of :mod:`readoutdiff.model` set each field through
``object.__setattr__`` called by name, after parsing keyword arguments: about three times
the cost of setting the slots directly, as these makers do (positional, every field given;
none of the classes has a ``__post_init__``, so nothing is skipped). ``tests/test_makers.py``
holds each maker to its class: the same fields, equal objects on real readouts.

>>> sentence(0, 3, 9, 1, "We met.", "we met.") == Sentence(
...     index=0, span=Span(start=3, end=9, line=1), text="We met.", folded="we met.")
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from readoutdiff.model import Alignment, DiffOp, Op, Sentence, Span, Status

_new = object.__new__


def setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of ``cls``'s fields ``names``, in that order: what its ``__init__``
    sets, without parsing keyword arguments."""
    return tuple(vars(cls)[name].__set__ for name in names)


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
