"""The ``readoutdiff/1`` JSON contract, built by hand so that renaming a field never changes it.

Change log of the contract (extra keys may be added within a version; none may change meaning):

* ``readoutdiff/1``: first version. Extras beyond DESIGN.md: ``notes`` (top level and
  on each readout, e.g. "text extracted from an HTML page"),
  ``reason`` on ignored spans, ``id``/``source``/``confidence``/``topic``/``evidence_score``
  on formulas; ``key_changes`` (the 3-7 most significant changes, ranked, leading the
  document); ``around`` on formulas (the id of the formula a changed phrase belongs to);
  ``language`` and ``language_name`` on each readout; key change kind ``minor-only`` (one
  entry saying what changed when no formula and no whole passage did; across languages, that
  only the language did, with null lines); ``formulas`` on each
  key change (the ids of every formula it tells, ``formula`` first: the drops of one passage
  are one entry, and a passage's entry names its formulas); ``sentence`` on the spans of
  alignments and formulas (the number, on its line, of the sentence holding the span when the
  line holds several sentences, else null: White House and State Department readouts keep
  their whole body on one line) and ``a_sentence``/``b_sentence`` and ``a_column``/``b_column``
  on each key change (the views say ``A line 3, sentence 4``). The ``diff`` of a pair with
  two or more sentences on a side spells that side's sentences joined as every view shows
  them (:mod:`readoutdiff.text.joining`): no space after a Chinese or Japanese full stop or between
  two wide characters, where it had one (a precision of its meaning, no new field).
  ``change`` on each key change: which kind of formula change a ``formula-changed`` or
  ``qualifier-removed`` entry tells (``reworded``, ``replaced``, ``around``, ``inside``,
  ``qualifier-removed``, ``qualifier-added``, ``greeting``, ``wish``;
  :mod:`readoutdiff.formulas.keys.change_names`), the same words its summary opens with; null
  on every other entry. A formula's ``id`` is one entry's within a comparison (branch ids1):
  where two or more entries would share an id, the one told on both sides (else the first by
  place) keeps it and each other carries stems of its own wording after its owner's id,
  ``#`` before them (``mined:выраж#основыва-духовн/lone``, ``mined:greeting#通-伦-热-烈-祝-贺``),
  as ``#2`` already told numbered entries apart; the id without its ``#…`` marks still names
  the formula, as ``check`` reads it (a precision of its meaning, no new field).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import partial
from typing import Any

from readoutdiff.formulas.entries.lines import lines
from readoutdiff.formulas.keys.key_changes import KeyChange, key_changes
from readoutdiff.languages import language
from readoutdiff.languages.traditional import is_folded, script_runs
from readoutdiff.model import Alignment, Comparison, Formula, FormulaStatus, Readout, Span, Status
from readoutdiff.model.places import numbers_on_lines, place
from readoutdiff.render import jsontext
from readoutdiff.render.json_written import Numbers, forget, written_alignment, written_formula

SCHEMA = "readoutdiff/1"


def render_json(comparison: Comparison) -> str:
    """Return the comparison as ``readoutdiff/1`` JSON text (sorted, stable, ending in a newline)."""
    return "".join(json_pieces(comparison))


def json_pieces(comparison: Comparison) -> list[str]:
    """Return :func:`render_json`'s text in pieces, in order (see :func:`jsontext.pieces`): the
    command line writes them in turn rather than join megabytes first."""
    try:
        return jsontext.pieces(to_document(comparison, written=True), end="\n")
    finally:  # the memos of one document (see json_written) are not kept past it
        forget()


def json_stream(comparison: Comparison) -> Iterator[str]:
    """:func:`json_pieces`' pieces, in order, each alignment and formula written only when the
    writing reaches it (:func:`jsontext.stream`): the command line's standard output, where the
    text is written out in batches as it is made and never held whole. The rest of the
    document (the key changes first) is made before this returns."""
    return _streamed(to_document(comparison, written=_LATER))


def _streamed(document: dict[str, Any]) -> Iterator[str]:
    try:
        yield from jsontext.stream(document, end="\n")
    finally:  # as json_pieces: the memos of one document are not kept past it
        forget()


_LATER = "later"
"""``to_document``'s ``written`` for :func:`json_stream`."""


def to_document(comparison: Comparison, *, written: bool | str = False) -> dict[str, Any]:
    """Return the comparison as the plain dictionary behind the JSON text.

    ``written``: each alignment is already JSON text (:func:`written_alignment`; the same bytes in
    the end, several times faster to make than a dictionary written by the general writer);
    :data:`_LATER`: each is written when :func:`jsontext.stream` reaches it.
    """
    numbers = (numbers_on_lines(comparison.a), numbers_on_lines(comparison.b))
    scripts = is_folded(comparison.a) or is_folded(comparison.b)
    if written == _LATER:
        alignments: list[Any] | jsontext.WrittenLater = jsontext.WrittenLater(
            partial(written_alignment, numbers, scripts=scripts), comparison.alignments
        )
        formulas: list[Any] | jsontext.WrittenLater = jsontext.WrittenLater(
            partial(written_formula, comparison), comparison.formulas
        )
    elif written:
        alignments = jsontext.WrittenItems(
            [written_alignment(numbers, item, scripts) for item in comparison.alignments]
        )
        formulas = jsontext.WrittenItems(
            [written_formula(comparison, item) for item in comparison.formulas]
        )
    else:
        alignments = [_alignment(numbers, item, scripts) for item in comparison.alignments]
        formulas = [_formula(comparison, item) for item in comparison.formulas]
    return {
        "schema": SCHEMA,
        "a": _readout(comparison.a),
        "b": _readout(comparison.b),
        "summary": summary(comparison),
        "key_changes": [_key(rank, key) for rank, key in enumerate(key_changes(comparison), 1)],
        "alignments": alignments,
        "formulas": formulas,
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


def _alignment(numbers: Numbers, alignment: Alignment, scripts: bool) -> dict[str, Any]:
    a, b = numbers
    said: dict[str, Any] = {
        "status": alignment.status.value,
        "moved": alignment.moved,
        "score": alignment.score,
        "a": [_span(s.span, s.text, a[s.index]) for s in alignment.a],
        "b": [_span(s.span, s.text, b[s.index]) for s in alignment.b],
        "diff": [[op.op.value, op.text] for op in alignment.ops],
    }
    if scripts and (runs := script_runs(alignment.ops)):
        said["script_only"] = list(runs)
    return said


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
        **dict(
            zip(("a_clause", "b_clause"), lines(formula, comparison.a, comparison.b), strict=True)
        ),
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
        "change": key.change,
        "a_sentence": key.a_place.sentence if key.a_place else None,
        "b_sentence": key.b_place.sentence if key.b_place else None,
        "a_column": key.a_place.column if key.a_place else None,
        "b_column": key.b_place.column if key.b_place else None,
    }
