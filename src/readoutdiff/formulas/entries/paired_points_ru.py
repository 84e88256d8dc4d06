"""Two Russian points, one of each readout, told as one point reworded: their *changed* entry.

The lone points paired by their words (:mod:`readoutdiff.formulas.entries.lone_heads`), the one
wish of each readout (:mod:`readoutdiff.formulas.entries.wished_ru`) and the one assessment of
the relations (:mod:`readoutdiff.formulas.entries.assessed_ru`) are each one point said in other
words; a *persisted* formula both points hold past their wordings is part of that point, and the
wordings grow through it (:func:`kept_within`, branch ru14).
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.entries.kept_heads import span_of
from readoutdiff.formulas.entries.point_heads_ru import Word
from readoutdiff.formulas.words.spans import changed_at
from readoutdiff.model import Formula, FormulaStatus, Readout, Span

Lone = list[tuple[str, tuple[Word, ...], tuple[Word, ...]]]
"""Lone points: the head's stem, the wording, the whole point the wording is cut from."""
Pair = tuple[str, tuple[Word, ...], tuple[Word, ...], str, tuple[Word, ...], tuple[Word, ...]]
"""Two lone points paired as one point reworded: A's head, wording, point, then B's."""


def changed(found: list[Formula], a: Readout, b: Readout, pair: Pair, suffix: str) -> Formula:
    """The *changed* entry of two lone points paired (a *persisted* entry both hold after
    their wordings is grown through and taken out of ``found``: :func:`kept_within`)."""
    head_a, words_a, point_a, head_b, words_b, point_b = pair
    words_a, words_b = kept_within(found, (words_a, point_a), (words_b, point_b))
    spans = span_of(a, words_a), span_of(b, words_b)
    # Named by the lesser head: two heads of one family ("отмечено" / "отметил") name the
    # change alike whichever readout is A.
    return changed_at(a, b, spans, f"mined:{min(head_a, head_b)}{suffix}")


def kept_within(
    found: list[Formula],
    a: tuple[tuple[Word, ...], tuple[Word, ...]],
    b: tuple[tuple[Word, ...], tuple[Word, ...]],
) -> tuple[tuple[Word, ...], tuple[Word, ...]]:
    """The wordings of two lone points paired as one point reworded (each given with the whole
    point it is cut from), grown through a *persisted* entry that both points hold after their
    wordings, which is taken out of ``found``: the kept words are part of the point reworded
    ("отмечено динамичное развитие двустороннего | стратегического партнерства" / "отметил высокую
    динамику … в духе | стратегического партнёрства", branch ru14), not a kept formula of their own."""
    (words_a, point_a), (words_b, point_b) = a, b
    for formula in list(found):
        if formula.status is not FormulaStatus.PERSISTED:
            continue
        grown_a = _through_span(words_a, point_a, formula.a_spans)
        grown_b = _through_span(words_b, point_b, formula.b_spans)
        if grown_a and grown_b:
            found.remove(formula)
            words_a, words_b = grown_a, grown_b
    return words_a, words_b


def _through_span(
    words: tuple[Word, ...], point: tuple[Word, ...], spans: Sequence[Span]
) -> tuple[Word, ...] | None:
    """``words`` grown through the last word of ``point`` inside ``spans`` when every span
    lies in the point after the wording's start, else None."""
    if not spans or not words or not point:
        return None
    start, end = words[0].start, point[-1].end
    if not all(start <= span.start and span.end <= end for span in spans):
        return None
    last = max(span.end for span in spans)
    grown = tuple(w for w in point if w.start >= start and w.end <= last)
    return grown if len(grown) >= len(words) else words
