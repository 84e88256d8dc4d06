"""The ``readoutdiff/1`` JSON contract, built by hand so that renaming a field never changes it.

Change log of the contract (extra keys may be added within a version; none may change meaning):

* ``readoutdiff/1``: first version. Extras beyond DESIGN.md: ``notes`` (top level and
  on each readout, e.g. "text extracted from an HTML page"),
  ``reason`` on ignored spans, ``id``/``source``/``confidence``/``topic``/``evidence_score``
  on formulas; ``key_changes`` (the 3-7 most significant changes, ranked, leading the
  document); ``around`` on formulas (the id of the formula a changed phrase belongs to);
  ``language`` and ``language_name`` on each readout; key change kind ``minor-only`` (one
  entry saying what changed when no formula and no whole passage did); ``formulas`` on each
  key change (the ids of every formula it tells, ``formula`` first: the drops of one passage
  are one entry, and a passage's entry names its formulas); ``sentence`` on the spans of
  alignments and formulas (the number, on its line, of the sentence holding the span when the
  line holds several sentences, else null: White House and State Department readouts keep
  their whole body on one line) and ``a_sentence``/``b_sentence`` and ``a_column``/``b_column``
  on each key change (the views say ``A line 3, sentence 4``).
"""

from __future__ import annotations

import math
from collections import Counter
from json.encoder import encode_basestring
from typing import Any

from readoutdiff.languages import language
from readoutdiff.model import (
    Alignment,
    Comparison,
    DiffOp,
    Formula,
    FormulaStatus,
    Op,
    Readout,
    Sentence,
    Span,
    Status,
)
from readoutdiff.places import numbers_on_lines, place, sentence_on_line
from readoutdiff.render import jsontext
from readoutdiff.render.key_changes import KeyChange, key_changes

SCHEMA = "readoutdiff/1"


def render_json(comparison: Comparison) -> str:
    """Return the comparison as ``readoutdiff/1`` JSON text (sorted, stable, ending in a newline)."""
    try:
        return jsontext.dumps(to_document(comparison, written=True), end="\n")
    finally:  # the memos of one document (see _written_diff) are not kept past it
        _ONE_RUN.clear()
        _QUOTED.clear()


def to_document(comparison: Comparison, *, written: bool = False) -> dict[str, Any]:
    """Return the comparison as the plain dictionary behind the JSON text.

    ``written``: each alignment is already JSON text (:func:`_written`; the same bytes in
    the end, several times faster to make than a dictionary written by the general writer).
    """
    alignment = _written if written else _alignment
    formula = _written_formula if written else _formula
    numbers = (numbers_on_lines(comparison.a), numbers_on_lines(comparison.b))
    return {
        "schema": SCHEMA,
        "a": _readout(comparison.a),
        "b": _readout(comparison.b),
        "summary": summary(comparison),
        "key_changes": [_key(rank, key) for rank, key in enumerate(key_changes(comparison), 1)],
        "alignments": [alignment(numbers, item) for item in comparison.alignments],
        "formulas": [formula(comparison, item) for item in comparison.formulas],
        "ignored": {
            "a": [_ignored(item.span, item.text, item.reason) for item in comparison.a.ignored],
            "b": [_ignored(item.span, item.text, item.reason) for item in comparison.b.ignored],
        },
        "notes": list(comparison.notes),
    }


def summary(comparison: Comparison) -> dict[str, Any]:
    """Return similarity and the counts of passages and formulas by status."""
    passages = Counter(alignment.status for alignment in comparison.alignments)
    formulas = Counter(formula.status for formula in comparison.formulas)
    return {
        "similarity": comparison.similarity,
        "alignments": {
            "unchanged": passages[Status.UNCHANGED],
            "changed": passages[Status.CHANGED],
            "moved": sum(alignment.moved for alignment in comparison.alignments),
            "dropped": passages[Status.DROPPED],
            "added": passages[Status.ADDED],
        },
        "formulas": {status.value: formulas[status] for status in FormulaStatus},
    }


def _readout(readout: Readout) -> dict[str, Any]:
    return {
        "path": readout.path,
        "title": readout.title,
        "date": readout.date,
        "sha256": readout.sha256,
        "chars": len(readout.text),
        "sentences": len(readout.sentences),
        "notes": list(readout.notes),
        "language": readout.language,
        "language_name": language(readout.language).name,
    }


def _span(span: Span, text: str, sentence: int | None) -> dict[str, Any]:
    return {
        "start": span.start, "end": span.end, "line": span.line, "sentence": sentence, "text": text
    }  # fmt: skip


def _ignored(span: Span, text: str, reason: str) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "line": span.line, "text": text, "reason": reason}


_Numbers = tuple[tuple[int | None, ...], tuple[int | None, ...]]
"""Each sentence's number on its line, of A and of B (:func:`numbers_on_lines`)."""


def _alignment(numbers: _Numbers, alignment: Alignment) -> dict[str, Any]:
    a, b = numbers
    return {
        "status": alignment.status.value,
        "moved": alignment.moved,
        "score": alignment.score,
        "a": [_span(s.span, s.text, a[s.index]) for s in alignment.a],
        "b": [_span(s.span, s.text, b[s.index]) for s in alignment.b],
        "diff": [[op.op.value, op.text] for op in alignment.ops],
    }


_KEY = "\n      "
"""Where a key of an alignment starts: alignments are items of a top-level list."""
_ITEM = "\n        "
"""Where an item of a list inside an alignment starts."""
_INNER = "\n          "
"""Where a key of a span, or an item of a diff operation, starts."""


def _written(numbers: _Numbers, alignment: Alignment) -> jsontext.Written:
    """:func:`_alignment` as the JSON text :func:`jsontext.dumps` would write for it there."""
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
    """A list of :func:`_span` dictionaries, as JSON text for a key of a formula."""
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


def _written_formula(comparison: Comparison, formula: Formula) -> jsontext.Written:
    """:func:`_formula` as the JSON text :func:`jsontext.dumps` would write for it there."""
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


def _formula(comparison: Comparison, formula: Formula) -> dict[str, Any]:
    return {
        "status": formula.status.value,
        "a": formula.a_text,
        "b": formula.b_text,
        "variant": formula.variant,
        "a_spans": [_formula_span(comparison.a, span) for span in formula.a_spans],
        "b_spans": [_formula_span(comparison.b, span) for span in formula.b_spans],
        "id": formula.id,
        "source": formula.source.value,
        "confidence": formula.confidence,
        "topic": formula.topic,
        "evidence_score": formula.evidence_score,
        "around": formula.anchor,
    }


def _formula_span(readout: Readout, span: Span) -> dict[str, Any]:
    return _span(span, readout.text[span.start : span.end], place(readout, span).sentence)


def _key(rank: int, key: KeyChange) -> dict[str, Any]:
    return {
        "rank": rank,
        "kind": key.kind,
        "summary": key.summary,
        "a": key.a_text,
        "b": key.b_text,
        "a_line": key.a_line,
        "b_line": key.b_line,
        "formula": key.formula,
        "formulas": list(key.formulas),
        "a_sentence": key.a_place.sentence if key.a_place else None,
        "b_sentence": key.b_place.sentence if key.b_place else None,
        "a_column": key.a_place.column if key.a_place else None,
        "b_column": key.b_place.column if key.b_place else None,
    }
