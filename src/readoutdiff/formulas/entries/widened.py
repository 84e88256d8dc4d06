"""Tell a wording with the words an analyst quotes with it, read last of all entries.

Two entry rules widen a finished entry to the left, on each side that has it once:
:func:`with_parties` gives a relationship ("strategic partnership") the compound of
parties right before it ("the U.S.-Oman strategic partnership"), and :func:`with_list`
gives any wording the list of qualifiers its first word closes ("a more prosperous,
peaceful, and integrated Middle East region"). They run after every link, so no link reads
the parties' names or the list's members as words of the formula.

>>> from readoutdiff.model import FormulaStatus
>>> text = "They backed the U.S.-Oman strategic partnership."
>>> start = text.index("strategic")
>>> f = Formula(status=FormulaStatus.DROPPED, a_text="strategic partnership", b_text=None,
...     a_spans=(Span(start=start, end=start + 21, line=1),), topic=PARTNERSHIP)
>>> with_parties(f, text, "").a_text
'U.S.-Oman strategic partnership'
"""

from __future__ import annotations

from collections.abc import Callable

from readoutdiff.formulas.words.coordination import listed_before
from readoutdiff.formulas.words.name_shapes import parties_before
from readoutdiff.model import Formula, Span
from readoutdiff.records.replacing import replace

PARTNERSHIP = "partnership"
"""The lexicon topic of relationships ("strategic partnership"): named with their parties."""


def with_parties(formula: Formula, a_text: str, b_text: str) -> Formula:
    """Tell a relationship's wording with the compound of parties right before it ("U.S.-Oman
    strategic partnership"), on each side."""
    if formula.topic != PARTNERSHIP:
        return formula
    return _wider(formula, a_text, b_text, parties_before)


def with_list(formula: Formula, a_text: str, b_text: str) -> Formula:
    """Tell a wording with the list of qualifiers its first word closes, on each side
    ("prosperous, peaceful, and integrated Middle East region")."""
    return _wider(formula, a_text, b_text, listed_before)


def _wider(
    formula: Formula, a_text: str, b_text: str, before: Callable[[str, int], int]
) -> Formula:
    """``formula`` with each side's one span started where ``before`` says its words begin."""
    a = _widened(formula.a_text, formula.a_spans, a_text, before)
    b = _widened(formula.b_text, formula.b_spans, b_text, before)
    if a is None and b is None:
        return formula
    a_wording, a_spans = a or (formula.a_text, formula.a_spans)
    b_wording, b_spans = b or (formula.b_text, formula.b_spans)
    return replace(formula, a_text=a_wording, a_spans=a_spans, b_text=b_wording, b_spans=b_spans)


def _widened(
    wording: str | None, spans: tuple[Span, ...], text: str, before: Callable[[str, int], int]
) -> tuple[str, tuple[Span, ...]] | None:
    if wording is None or len(spans) != 1:
        return None
    span = spans[0]
    start = before(text, span.start)
    if start == span.start:
        return None
    return text[start : span.end], (replace(span, start=start),)
