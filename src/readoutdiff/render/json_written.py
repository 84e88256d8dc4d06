"""The ``readoutdiff/1`` document's alignments and formulas written straight as JSON text: the
bytes :func:`readoutdiff.render.jsontext.dumps` would write for the dictionaries of
:mod:`readoutdiff.render.jsonout` at their place in the document, several times faster to make.
A sentence's quoted text and a one-run diff's text are kept while one document is written
(readouts repeat sentences and wordings); :func:`forget` empties them after it.
"""

from __future__ import annotations

import math
from json.encoder import encode_basestring

from readoutdiff.model import (
    Alignment,
    Comparison,
    DiffOp,
    Formula,
    Op,
    Readout,
    Sentence,
    Span,
    Status,
)
from readoutdiff.model.places import sentence_on_line
from readoutdiff.render import jsontext

Numbers = tuple[tuple[int | None, ...], tuple[int | None, ...]]
"""Each sentence's number on its line, of A and of B
(:func:`readoutdiff.model.places.numbers_on_lines`)."""


_KEY = "\n      "
"""Where a key of an alignment starts: alignments are items of a top-level list."""
_ITEM = "\n        "
"""Where an item of a list inside an alignment starts."""
_INNER = "\n          "
"""Where a key of a span, or an item of a diff operation, starts."""


def written_alignment(numbers: Numbers, alignment: Alignment) -> jsontext.Written:
    """``jsonout._alignment`` as the JSON text :func:`jsontext.dumps` would write for it there."""
    a, b = numbers
    return jsontext.Written(
        f'{{{_KEY}"status": "{_VALUES[alignment.status]}",'
        f'{_KEY}"moved": {"true" if alignment.moved else "false"},'
        f'{_KEY}"score": {_score(alignment.score)},'
        f'{_KEY}"a": {_written_spans(alignment.a, a)},{_KEY}"b": {_written_spans(alignment.b, b)},'
        f'{_KEY}"diff": {_written_diff(alignment.ops)}\n    }}'
    )


def _score(score: float) -> str:
    """``jsontext.scalar(score)`` in one call for a finite float (every score)."""
    if type(score) is float and -math.inf < score < math.inf:
        return float.__repr__(score)
    return jsontext.scalar(score)


_VALUES: dict[Status | Op, str] = {**{s: s.value for s in Status}, **{o: o.value for o in Op}}
"""Each status's and operation's string (``.value`` of an enum member is a descriptor call)."""


def _written_diff(ops: tuple[DiffOp, ...]) -> str:
    """An alignment's diff as JSON text; the text of a one-run diff is kept by its run, as
    readouts repeat sentences (most alignments are one unchanged sentence)."""
    if len(ops) == 1:
        op = ops[0]
        key = (op.op, op.text)
        written = _ONE_RUN.get(key)
        if written is None:
            written = _ONE_RUN[key] = _diff_text(ops)
        return written
    return _diff_text(ops) if ops else "[]"


def _diff_text(ops: tuple[DiffOp, ...]) -> str:
    quote = encode_basestring
    return (
        "[" + ",".join(
            f'{_ITEM}[{_INNER}"{_VALUES[op.op]}",{_INNER}{quote(op.text)}{_ITEM}]'
            for op in ops
        ) + _KEY + "]"
    )  # fmt: skip


def _written_spans(sentences: tuple[Sentence, ...], numbers: tuple[int | None, ...]) -> str:
    if len(sentences) == 1:  # most sides: no generator and join for one
        sentence = sentences[0]
        span = sentence.span
        return (
            f'[{_ITEM}{{{_INNER}"start": {span.start},{_INNER}"end": {span.end},'
            f'{_INNER}"line": {span.line},{_INNER}"sentence": {_number(numbers[sentence.index])},'
            f'{_INNER}"text": {_quoted(sentence.text)}{_ITEM}}}'
            f"{_KEY}]"
        )
    if not sentences:
        return "[]"
    return (
        "[" + ",".join(
            f'{_ITEM}{{{_INNER}"start": {s.span.start},{_INNER}"end": {s.span.end},'
            f'{_INNER}"line": {s.span.line},{_INNER}"sentence": {_number(numbers[s.index])},'
            f'{_INNER}"text": {_quoted(s.text)}{_ITEM}}}'
            for s in sentences
        ) + _KEY + "]"
    )  # fmt: skip


def _number(number: int | None) -> str:
    return "null" if number is None else str(number)


def _quoted(text: str) -> str:
    """``encode_basestring(text)``, once per distinct sentence or formula wording in a document."""
    quoted = _QUOTED.get(text)
    if quoted is None:
        quoted = _QUOTED[text] = encode_basestring(text)
    return quoted


_ONE_RUN: dict[tuple[Op, str], str] = {}
"""The JSON text of each one-run diff met while writing one document (emptied after it)."""
_QUOTED: dict[str, str] = {}
"""Each sentence text and formula wording met while writing one document, quoted (emptied
after it)."""


def _written_places(readout: Readout, spans: tuple[Span, ...]) -> str:
    """A list of ``jsonout._span`` dictionaries, as JSON text for a key of a formula."""
    if not spans:
        return "[]"
    text = readout.text  # a formula's wording recurs: each distinct one quoted once
    return (
        "[" + ",".join(
            f'{_ITEM}{{{_INNER}"start": {span.start},{_INNER}"end": {span.end},'
            f'{_INNER}"line": {span.line},{_INNER}"sentence": {_number(sentence_on_line(readout, span))},'
            f'{_INNER}"text": {_quoted(text[span.start : span.end])}{_ITEM}}}'
            for span in spans
        ) + _KEY + "]"
    )  # fmt: skip


def written_formula(comparison: Comparison, formula: Formula) -> jsontext.Written:
    """``jsonout._formula`` as the JSON text :func:`jsontext.dumps` would write for it there."""
    a_spans = _written_places(comparison.a, formula.a_spans)
    b_spans = _written_places(comparison.b, formula.b_spans)
    fields = (
        ("status", formula.status.value), ("a", formula.a_text), ("b", formula.b_text),
        ("variant", formula.variant), ("a_spans", a_spans), ("b_spans", b_spans),
        ("id", formula.id), ("source", formula.source.value), ("confidence", formula.confidence),
        ("topic", formula.topic), ("evidence_score", formula.evidence_score),
        ("around", formula.anchor),
    )  # fmt: skip
    return jsontext.Written(
        "{"
        + ",".join(
            f'{_KEY}"{key}": {value if key.endswith("_spans") else jsontext.scalar(value)}'
            for key, value in fields
        )
        + "\n    }"
    )


def forget() -> None:
    """Empty the memos of the document just written (none is kept past it)."""
    _ONE_RUN.clear()
    _QUOTED.clear()
