"""In Chinese readouts, one line said over two clauses and reworded in both: two *changed*
entries on neighbouring clauses, on both sides, are one changed entry.

A Chinese line often runs over two clauses of one sentence, an act and what it is for
("严打网赌电诈等跨境犯罪，维护两国人民生命和财产安全"), and the next readout rewords both halves in
the same two clauses ("联手严打制假走私、网赌电诈等跨境犯罪，维护好共同利益和安全"). The clause
rules (:mod:`readoutdiff.formulas.entries.clauses`, the Chinese steps after them) tell each
clause apart, so the one line reads as two changes, and a reader counts two events where the
analyst sees one slot said again in other words (the hand lists' convention: one slot of a
readout said in both readouts is one event). Two changed entries are joined when

- A's wording of the first ends right before A's wording of the second, only one clause mark
  (，；,;) and spaces between them, and so do their B wordings, in the same order: the two
  clauses follow each other in both readouts;
- each entry has one place on each side (an entry said at several places is not one clause).

A run of three or more such entries is joined whole. The joined entry is made from the first
of the run (its id, source and steps), so swapping A and B joins the same entries under the
same name. A one-sided entry beside a changed one is left alone: zh38 counted 73 such
neighbours on the Chinese dev pairs, 2 of them a half of the changed entry's line.

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.model import Span
>>> a = from_text("双方要严打网赌电诈等跨境犯罪，维护两国人民生命和财产安全。")
>>> b = from_text("双方要联手严打网赌电诈，维护好共同利益和安全。")
>>> first = Formula(status=FormulaStatus.CHANGED, a_text="双方要严打网赌电诈等跨境犯罪",
...     b_text="双方要联手严打网赌电诈", a_spans=(Span(start=0, end=14, line=1),),
...     b_spans=(Span(start=0, end=11, line=1),), id="mined:x/clause")
>>> second = Formula(status=FormulaStatus.CHANGED, a_text="维护两国人民生命和财产安全",
...     b_text="维护好共同利益和安全", a_spans=(Span(start=15, end=28, line=1),),
...     b_spans=(Span(start=12, end=22, line=1),), id="mined:y/clause")
>>> [(f.a_text, f.b_text, f.id) for f in clauses_joined((first, second), a, b)]
[('双方要严打网赌电诈等跨境犯罪，维护两国人民生命和财产安全', '双方要联手严打网赌电诈，维护好共同利益和安全', 'mined:x/clause')]
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.model import Formula, FormulaStatus, Readout, Span
from readoutdiff.records.replacing import replace
from readoutdiff.text.joining import unbroken_slice

BETWEEN = frozenset("，；,;")
"""The one mark that may stand between two neighbouring clauses of one sentence (a full stop,
a colon or a question mark ends the sentence or opens what it says: no neighbour)."""


def clauses_joined(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with each run of changed entries on neighbouring clauses, in A and
    in B alike, told as one changed entry (see the module)."""
    single = sorted(
        (f for f in formulas if f.status is FormulaStatus.CHANGED and _single(f)),
        key=lambda f: (f.a_spans[0].start, f.b_spans[0].start, f.id),
    )
    runs: list[list[Formula]] = []
    for formula in single:
        if runs and _follows(runs[-1][-1], formula, a, b):
            runs[-1].append(formula)
        else:
            runs.append([formula])
    joined = {id(run[0]): _joined(run, a, b) for run in runs if len(run) > 1}
    if not joined:
        return tuple(formulas)
    gone = {id(f) for run in runs if len(run) > 1 for f in run[1:]}
    return tuple(joined.get(id(f), f) for f in formulas if id(f) not in gone)


def _single(formula: Formula) -> bool:
    """``formula`` says one place on each side."""
    return len(formula.a_spans) == 1 and len(formula.b_spans) == 1


def _follows(first: Formula, second: Formula, a: Readout, b: Readout) -> bool:
    """``second``'s wordings come right after ``first``'s in both readouts, one clause mark
    between."""
    return _next_to(a.text, first.a_spans[0], second.a_spans[0]) and _next_to(
        b.text, first.b_spans[0], second.b_spans[0]
    )


def _next_to(text: str, first: Span, second: Span) -> bool:
    """Only spaces and one of :data:`BETWEEN` stand between ``first`` and ``second``."""
    if first.end > second.start:
        return False
    gap = "".join(text[first.end : second.start].split())
    return len(gap) == 1 and gap in BETWEEN


def _joined(run: Sequence[Formula], a: Readout, b: Readout) -> Formula:
    """The entry of ``run`` (entries on neighbouring clauses) as one changed entry, made from
    its first."""
    first, last = run[0], run[-1]
    a_span = replace(first.a_spans[0], end=last.a_spans[0].end)
    b_span = replace(first.b_spans[0], end=last.b_spans[0].end)
    return replace(
        first, a_text=unbroken_slice(a.text, a_span.start, a_span.end),
        b_text=unbroken_slice(b.text, b_span.start, b_span.end), a_spans=(a_span,),
        b_spans=(b_span,), variant=False,
    )  # fmt: skip
