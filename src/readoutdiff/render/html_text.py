"""Cut readout text into escaped-later pieces for the HTML report.

A text cell is a tuple of :class:`Run` (plain, deleted or inserted text), each
a tuple of :class:`Part`. A part is either plain text carrying the ids of the
formulas that cover it, or one invisible bidirectional control character shown
by name, so that a readout can never reorder what the report displays.
Nothing here produces HTML: the template wraps parts in tags and escapes text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from readoutdiff.model import DiffOp, Op, Sentence, Span
from readoutdiff.model.spacing import spacing_as_equal
from readoutdiff.records.record import record
from readoutdiff.text.joining import starts, unbroken_slice

BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
"""Characters that reorder the display of text around them; shown as ``U+XXXX``."""

TAGS = {Op.EQUAL: "", Op.DELETE: "del", Op.INSERT: "ins"}
"""The HTML element each diff operation is wrapped in (the template writes it)."""


@record
class Part:
    """A piece of text with one set of formulas, or one visible control character."""

    text: str
    formulas: str = ""
    """Space-separated ids of the formulas covering this text (``""`` for none)."""
    control: str = ""
    """For a bidirectional control: its Unicode name; ``text`` is then its code point."""
    core: bool = False
    """The formula's own words inside the line it is shown in (the formula panel's line,
    branch u57): marked as a formula is in the text, without the ids the panel's links seek."""


@record
class Run:
    """Consecutive parts with one diff operation."""

    tag: str
    """``""`` for text on both sides, ``"del"`` or ``"ins"``."""
    parts: tuple[Part, ...]


@record
class Mark:
    """Where a formula lies in a cell's text (offsets into the joined side text)."""

    start: int
    end: int
    formula: str


def visible(text: str) -> tuple[Part, ...]:
    """Return ``text`` as parts with every bidirectional control made visible.

    >>> [(p.text, p.control) for p in visible("ab\u202ecd")]
    [('ab', ''), ('U+202E', 'RIGHT-TO-LEFT OVERRIDE'), ('cd', '')]
    """
    return _parts(text, 0, len(text), (), _controls(text))


def plain(text: str) -> str:
    """Return ``text`` with bidirectional controls spelled out, for attributes and ``<title>``.

    >>> plain("a\u202eb")
    'a[U+202E]b'
    """
    if BIDI_CONTROLS.isdisjoint(text):  # nearly always: no walk through the text in Python
        return text
    return "".join(f"[U+{ord(c):04X}]" if c in BIDI_CONTROLS else c for c in text)


def side_runs(text: str, ops: Sequence[DiffOp], keep: Op, marks: Sequence[Mark]) -> tuple[Run, ...]:
    """Return the runs of one side: ``ops`` of kind ``keep`` or EQUAL, formula marks applied.

    Falls back to one plain run when the ops do not rebuild ``text`` exactly.

    >>> ops = (DiffOp(op=Op.EQUAL, text="we "), DiffOp(op=Op.DELETE, text="met"))
    >>> [(r.tag, [p.text for p in r.parts]) for r in side_runs("we met", ops, Op.DELETE, ())]
    [('', ['we ']), ('del', ['met'])]
    """
    kept = [op for op in spacing_as_equal(ops, keep) if op.op in (Op.EQUAL, keep) and op.text]
    if "".join(op.text for op in kept) != text:
        kept = [DiffOp(op=Op.EQUAL, text=text)] if text else []
    controls = _controls(text)
    runs, start = [], 0
    for op in kept:
        end = start + len(op.text)
        runs.append(Run(tag=TAGS[op.op], parts=_parts(text, start, end, marks, controls)))
        start = end
    return tuple(runs)


def marks_for(sentences: Sequence[Sentence], spans: Iterable[tuple[str, Span]]) -> tuple[Mark, ...]:
    """Map formula spans (offsets into the file) onto the side text (:func:`~readoutdiff.text.joining.joined`).

    >>> s = Sentence(index=0, span=Span(start=10, end=16, line=1), text="we met", folded="we met")
    >>> marks_for((s,), [("f1", Span(start=13, end=16, line=1))])
    (Mark(start=3, end=6, formula='f1'),)
    """
    marks = []
    for sentence, offset in zip(sentences, starts([s.text for s in sentences]), strict=True):
        for formula, span in spans:
            start, end = max(span.start, sentence.span.start), min(span.end, sentence.span.end)
            if start < end:
                shift = offset - sentence.span.start
                marks.append(Mark(start=start + shift, end=end + shift, formula=formula))
    return tuple(marks)


def _controls(text: str) -> tuple[int, ...]:
    if BIDI_CONTROLS.isdisjoint(text):
        return ()
    return tuple(i for i, c in enumerate(text) if c in BIDI_CONTROLS)


def _parts(
    text: str, start: int, end: int, marks: Sequence[Mark], controls: Sequence[int]
) -> tuple[Part, ...]:
    """Cut ``text[start:end]`` where a mark begins or ends and around each control."""
    cuts = {start, end}
    cuts.update(x for m in marks for x in (m.start, m.end) if start < x < end)
    cuts.update(x for i in controls if start <= i < end for x in (i, i + 1))
    edges = sorted(cuts)
    parts: list[Part] = []
    for left, right in zip(edges, edges[1:], strict=False):
        _append(parts, _part(text, left, right, marks))
    return tuple(parts)


def _part(text: str, left: int, right: int, marks: Sequence[Mark]) -> Part:
    ids = " ".join(dict.fromkeys(m.formula for m in marks if m.start <= left and right <= m.end))
    piece = text[left:right]
    if piece in BIDI_CONTROLS:
        name = unicodedata.name(piece, "BIDI CONTROL")
        return Part(text=f"U+{ord(piece):04X}", formulas=ids, control=name)
    if "\n" in piece:  # a line end inside wrapped Chinese text shows as nothing, not a space
        piece = unbroken_slice(text, left, right)
    return Part(text=piece, formulas=ids)


def _append(parts: list[Part], part: Part) -> None:
    """Add ``part``, merged into the previous one when both are text with the same formulas."""
    last = parts[-1] if parts else None
    if last and not last.control and not part.control and last.formulas == part.formulas:
        parts[-1] = Part(text=last.text + part.text, formulas=part.formulas)
    else:
        parts.append(part)
