"""The entries told last: changed wordings read off the words both sides keep around them.

Three rules read a change off the words both readouts keep around it, where no formula stands:
a head swapped before a kept complement or a complement after a kept head
(:mod:`~readoutdiff.formulas.succession.kept_complement`), qualifiers swapped before a kept
head (:mod:`~readoutdiff.formulas.succession.kept_qualifiers`), a reporting verb's object said
otherwise (:mod:`~readoutdiff.formulas.unpaired.role_objects`). Each makes its entries with
:func:`changed_entry`; :func:`last` tells them after every other step, only where no other
step's entry stands, so a rule that tells more of the place keeps it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from readoutdiff.formulas.lexicon.ids import both_places
from readoutdiff.formulas.words.spans import Unheld, any_overlap
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Span
from readoutdiff.records.replacing import replace


def changed_entry(
    texts: tuple[str, str], spans: tuple[Span, Span], anchor: str, score: float
) -> Formula:
    """A mined *changed* entry of two wordings, named ``anchor``, as sure as ``score``."""
    return Formula(
        status=FormulaStatus.CHANGED, a_text=texts[0], b_text=texts[1], a_spans=(spans[0],),
        b_spans=(spans[1],), id=anchor, source=FormulaSource.MINED, topic="",
        confidence=round(score, 3), evidence_score=score, anchor=anchor,
    )  # fmt: skip


def told_tests(told: Sequence[Formula]) -> tuple[Callable[[Span], bool], Callable[[Span], bool]]:
    """Tests of whether a span of A, of B, shares a character with an entry of ``told``
    (:meth:`Unheld.held <readoutdiff.formulas.words.spans.Unheld.held>`, by bisection).

    >>> said = Formula(status=FormulaStatus.CHANGED, id="x", a_text="a", b_text="b",
    ...     a_spans=(Span(start=0, end=4, line=1),), b_spans=(Span(start=20, end=24, line=1),))
    >>> in_a, in_b = told_tests([said])
    >>> in_a(Span(start=3, end=5, line=1)), in_b(Span(start=3, end=5, line=1))
    (True, False)
    """
    return (
        Unheld([s for f in told for s in f.a_spans]).held,
        Unheld([s for f in told for s in f.b_spans]).held,
    )


def last(
    told: list[Formula],
    half_kept: Sequence[Formula],
    after: Sequence[Formula] = (),
    tests: tuple[Callable[[Span], bool], Callable[[Span], bool]] | None = None,
) -> list[Formula]:
    """``told`` and the entries of ``half_kept`` that stand on no words of another entry, on
    either side: read after every other step, so a rule that tells more of the place (a whole
    line, a formula's own change) keeps it. An id another entry has is numbered. They are read
    by their places on both sides together, not in the order of B's passages they were found
    in, so the swapped comparison keeps the same ones and numbers them alike. The entries of
    ``after`` are read after all of ``half_kept``, in the same way (:mod:`role_objects`).
    ``tests`` are :func:`told_tests` of ``told`` when the caller made them already."""
    if not half_kept and not after:
        return told
    told_a, told_b = told_tests(told) if tests is None else tests
    taken_a: list[Span] = []  # the entries taken here: few, tested one by one
    taken_b: list[Span] = []
    ids = {f.id for f in told}
    found = list(told)
    for entry in [*sorted(half_kept, key=both_places), *sorted(after, key=both_places)]:
        if any(map(told_a, entry.a_spans)) or any(map(told_b, entry.b_spans)):
            continue
        if any_overlap(entry.a_spans, taken_a) or any_overlap(entry.b_spans, taken_b):
            continue
        number, name = 1, f"{entry.id}/wording"
        while name in ids:
            number += 1
            name = f"{entry.id}/wording#{number}"
        ids.add(name)
        taken_a += entry.a_spans
        taken_b += entry.b_spans
        found.append(replace(entry, id=name))
    return found
