"""The ``readoutdiff/1`` document's alignments and formulas written straight as JSON text: the
bytes :func:`readoutdiff.render.jsontext.dumps` would write for the dictionaries of
:mod:`readoutdiff.render.jsonout` at their place in the document, several times faster to make.
A sentence's quoted text and a one-run diff's text are kept while one document is written
(readouts repeat sentences and wordings); :func:`forget` empties them after it.
"""

from __future__ import annotations

import math
from json.encoder import encode_basestring

from readoutdiff.formulas.entries.lines import lines
from readoutdiff.languages.traditional import script_runs
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
from readoutdiff.model.places import numbers_on_lines, sentence_on_line
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


def written_alignment(numbers: Numbers, alignment: Alignment, scripts: bool = False) -> str:
    """``jsonout._alignment`` as the JSON text :func:`jsontext.dumps` would write for it there
    (an item of a :class:`jsontext.WrittenItems`).

    One sentence on each side and a diff of one run is nearly every alignment (an unchanged
    sentence; 3,072 of a 500 KB pair's 3,419): written here in one piece (any other by
    :func:`_written_apart`), its one text quoted once for the three places it stands in (A, B,
    the diff), and a score of 1.0 (every unchanged pair) written without a call.

    The layout (:data:`_KEY`, :data:`_ITEM`, :data:`_INNER`) is written out in the f-string, so
    that its constant parts are one constant between each two values (16 pieces joined in C):
    with the names they were 45 pieces, each loaded in turn, and a ``%`` template scanned its
    300 characters one by one (a 500 KB pair: 8.3 ms with the names, 6.7 with ``%``, 5.4 so).
    ``tests/test_jsontext.py`` holds the text to the dictionary's.

    With ``scripts`` (a side is Traditional Chinese) a diff holding runs written in the other
    script alone says which (``"script_only"``: their indexes in the diff,
    :func:`readoutdiff.languages.traditional.script_runs`)."""
    a_side, b_side, ops = alignment.a, alignment.b, alignment.ops
    if len(a_side) != 1 or len(b_side) != 1 or len(ops) != 1:
        if scripts and (runs := script_runs(ops)):
            return _written_apart(numbers, alignment)[: -len(_END)] + _written_runs(runs) + _END
        return _written_apart(numbers, alignment)
    x, y, op = a_side[0], b_side[0], ops[0]
    quoted = _quoted(x.text)
    y_quoted = quoted if y.text == x.text else _quoted(y.text)
    run = op.text
    run_quoted = quoted if run == x.text else y_quoted if run == y.text else _quoted(run)
    x_span, y_span = x.span, y.span
    x_number, y_number = numbers[0][x.index], numbers[1][y.index]
    score = alignment.score
    return (
        f'{{\n      "status": "{_VALUES[alignment.status]}",'
        f'\n      "moved": {"true" if alignment.moved else "false"},'
        f'\n      "score": {"1.0" if score == 1.0 and type(score) is float else _score(score)},'
        f'\n      "a": [\n        {{\n          "start": {x_span.start},'
        f'\n          "end": {x_span.end},\n          "line": {x_span.line},'
        f'\n          "sentence": {"null" if x_number is None else x_number},'
        f'\n          "text": {quoted}\n        }}\n      ],'
        f'\n      "b": [\n        {{\n          "start": {y_span.start},'
        f'\n          "end": {y_span.end},\n          "line": {y_span.line},'
        f'\n          "sentence": {"null" if y_number is None else y_number},'
        f'\n          "text": {y_quoted}\n        }}\n      ],'
        f'\n      "diff": [\n        [\n          "{_VALUES[op.op]}",'
        f"\n          {run_quoted}\n        ]\n      ]\n    }}"
    )


_END = "\n    }"
"""How an alignment's text ends (:func:`_written_apart`)."""


def _written_runs(runs: tuple[int, ...]) -> str:
    """An alignment's ``"script_only"`` key and its list, as the general writer writes them."""
    return f',{_KEY}"script_only": [' + ",".join(f"{_ITEM}{run}" for run in runs) + _KEY + "]"


def _written_apart(numbers: Numbers, alignment: Alignment) -> str:
    """:func:`written_alignment` of any other alignment: several sentences on a side, none, or
    a diff of several runs."""
    a, b = numbers
    return (
        f'{{{_KEY}"status": "{_VALUES[alignment.status]}",'
        f'{_KEY}"moved": {"true" if alignment.moved else "false"},'
        f'{_KEY}"score": {_score(alignment.score)},'
        f'{_KEY}"a": {_written_spans(alignment.a, a)},{_KEY}"b": {_written_spans(alignment.b, b)},'
        f'{_KEY}"diff": {_written_diff(alignment.ops)}\n    }}'
    )


_SPAN = (
    f'{_ITEM}{{{_INNER}"start": %s,{_INNER}"end": %s,{_INNER}"line": %s,'
    f'{_INNER}"sentence": %s,{_INNER}"text": %s{_ITEM}}}'
)
"""The text of one span of a list (``jsonout._span``) with ``%s`` for its start, end, line,
number on its line and quoted text, filled by one ``%`` in C (``%s`` writes an ``int`` or a
``str`` as an f-string's ``{}`` does; no constant part holds a ``%``)."""
_ONE_SPAN = f"[{_SPAN}{_KEY}]"
"""A list of one span (:data:`_SPAN`)."""


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
        number = numbers[sentence.index]
        return _ONE_SPAN % (
            span.start, span.end, span.line, "null" if number is None else number,
            _quoted(sentence.text),
        )  # fmt: skip
    if not sentences:
        return "[]"
    return (
        "[" + ",".join([
            _SPAN % (
                s.span.start, s.span.end, s.span.line, _number(numbers[s.index]), _quoted(s.text)
            )
            for s in sentences
        ]) + _KEY + "]"
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
    if _one_a_line(readout):  # no sentence numbered on its line: no search a span
        return (
            "[" + ",".join([
                _SPAN % (span.start, span.end, span.line, "null", _quoted(text[span.start : span.end]))
                for span in spans
            ]) + _KEY + "]"
        )  # fmt: skip
    return (
        "[" + ",".join([
            _SPAN % (
                span.start, span.end, span.line, _number(sentence_on_line(readout, span)),
                _quoted(text[span.start : span.end]),
            )
            for span in spans
        ]) + _KEY + "]"
    )  # fmt: skip


def _one_a_line(readout: Readout) -> bool:
    """Whether every line of ``readout`` holds one sentence at most, so that no span's
    ``sentence`` is a number (:func:`sentence_on_line` None for each): asked once per readout
    of a document (kept by identity while it is written, :data:`_LINED`), where a formula said
    in many places searched each of its spans (a 500 KB pair's 140 formulas: 2,114 spans)."""
    for kept, answer in _LINED:
        if kept is readout:
            return answer
    answer = not any(numbers_on_lines(readout))  # a number is 1 or more: any() is "some"
    _LINED.append((readout, answer))
    return answer


_LINED: list[tuple[Readout, bool]] = []
""":func:`_one_a_line`'s answer for each readout of the document being written (emptied
after it)."""


def written_formula(comparison: Comparison, formula: Formula) -> str:
    """``jsonout._formula`` as the JSON text :func:`jsontext.dumps` would write for it there:
    its fourteen keys in one f-string (a tuple of pairs and a join over it, each key tested
    for its kind, were half the time of a formula said once)."""
    scalar = jsontext.scalar
    a_spans = _written_places(comparison.a, formula.a_spans)
    b_spans = _written_places(comparison.b, formula.b_spans)
    a_clause, b_clause = lines(formula, comparison.a, comparison.b)
    return (
        f'{{{_KEY}"status": {scalar(formula.status.value)},{_KEY}"a": {scalar(formula.a_text)},'
        f'{_KEY}"b": {scalar(formula.b_text)},{_KEY}"variant": {scalar(formula.variant)},'
        f'{_KEY}"a_spans": {a_spans},{_KEY}"b_spans": {b_spans},{_KEY}"id": {scalar(formula.id)},'
        f'{_KEY}"source": {scalar(formula.source.value)},'
        f'{_KEY}"confidence": {scalar(formula.confidence)},{_KEY}"topic": {scalar(formula.topic)},'
        f'{_KEY}"evidence_score": {scalar(formula.evidence_score)},'
        f'{_KEY}"around": {scalar(formula.anchor)},{_KEY}"a_clause": {scalar(a_clause)},'
        f'{_KEY}"b_clause": {scalar(b_clause)}\n    }}'
    )


def forget() -> None:
    """Empty the memos of the document just written (none is kept past it)."""
    _ONE_RUN.clear()
    _QUOTED.clear()
    _LINED.clear()
