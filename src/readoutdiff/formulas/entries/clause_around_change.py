"""A clause told beside the change that ends it: one event, told once (branch var4).

``in_clauses`` grows a one-sided formula to the clause it stands in; a linking rule may
meanwhile tell a change whose wording on that side closes the very clause. xi-ruto 2023-10-18:
"自主探索符合本国实际的现代化道路" → "自主探索符合本国国情的发展道路" was told changed, and the clause that
ends in its new wording, "坚定支持彼此维护国家主权和自主探索符合本国国情的发展道路", appeared again: the
analyst read one line of the readout as two items, and the hand list gives it one event,
changed. :func:`clauses_around_changes` leaves out such a clause. The reverse, a half inside a
change, is :func:`readoutdiff.formulas.entries.told_once.halves_within`'s.

Measured (benchmarks/README.md, ``## var4``): a change anywhere inside the clause also took
clauses the hand lists give an event of their own, whose end the change does not reach (a
list's other member, liqiang-sanchez 2025-04-11's "捍卫国际公平正义和各方共同利益" beside a link of
共同利益 alone); a change closing the clause tells what the clause says (in Chinese and Russian
the clause's head stands last).
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from readoutdiff.formulas.entries.told_once import (
    changes_by_line,
    named_formula,
    one_sided_place,
)
from readoutdiff.model import Formula, Span


def _closes(x: Span, clause: Span) -> bool:
    """``x`` lies inside ``clause`` and ends where it ends, not the same characters."""
    return x.line == clause.line and clause.start < x.start and x.end == clause.end


def clauses_around_changes(
    formulas: Sequence[Formula], slashed: Container[str] = ()
) -> tuple[Formula, ...]:
    """``formulas`` less each entry dropped or appeared at one place whose last words are the
    one wording of a *changed* entry on its side (see the module's note); the order is kept.
    A change told around the entry (``anchor``) names it, and a lexicon's formula under its
    own id is named by a check rule (``watch id = …``): those stay. ``slashed`` as
    :func:`readoutdiff.formulas.entries.told_once.halves_within`'s.

    >>> from readoutdiff.model import FormulaStatus
    >>> def entry(id, status, a, b):
    ...     spans = lambda s: (Span(start=s[0], end=s[1], line=0),) if s else ()
    ...     return Formula(id=id, status=status, a_text=None, b_text=None,
    ...                    a_spans=spans(a), b_spans=spans(b))
    >>> change = entry("x/reworded", FormulaStatus.CHANGED, (0, 8), (20, 30))
    >>> clause = entry("y/clause-b", FormulaStatus.APPEARED, None, (12, 30))
    >>> [f.id for f in clauses_around_changes([change, clause])]
    ['x/reworded']
    >>> inner = entry("z/clause-b", FormulaStatus.APPEARED, None, (12, 31))
    >>> [f.id for f in clauses_around_changes([change, inner])]
    ['x/reworded', 'z/clause-b']
    """
    changed = changes_by_line(formulas)
    if not changed:
        return tuple(formulas)
    gone: set[int] = set()
    for h in formulas:
        place = one_sided_place(h)
        if place is None or named_formula(h, slashed):
            continue  # a lexicon's formula under its own id: a check rule may watch it
        side, span = place
        if any(
            _closes((c.a_spans if side == "a" else c.b_spans)[0], span)
            and c.anchor != h.id
            and h.anchor != c.id
            for c in changed.get((side, span.line), ())
        ):
            gone.add(id(h))
    if not gone:
        return tuple(formulas)
    return tuple(f for f in formulas if id(f) not in gone)
