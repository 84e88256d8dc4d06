"""A Russian formula both readouts keep under the same compound preposition is told with it.

"Стороны продолжат тесно взаимодействовать в рамках «ОПЕК плюс»" / "Обсуждены актуальные
вопросы … взаимодействия в рамках «ОПЕК плюс»": the mining finds the quoted name, two words
an analyst does not list alone (a name); the formula is the frame, "в рамках «ОПЕК плюс»"
("within the OPEC+ framework"), as the evaluation set's hand list writes it. A formula kept
on both sides, said on each right after one compound preposition
(:attr:`readoutdiff.languages.base.Language.compound_prepositions`: "в рамках", "в ходе",
"в целях", "в связи", "по линии"), the same on both, is told from that preposition, its
quotes closed, at that place of each side (a user's formula keeps the user's words). One side only is a change of what governs the
formula, read elsewhere.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("Стороны продолжат тесно взаимодействовать в рамках «ОПЕК плюс» в целях стабильности.")
>>> b = from_text("Обсуждены актуальные вопросы российско-саудовского взаимодействия в рамках «ОПЕК плюс».")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas if "опек" in f.id]
[('persisted', 'в рамках «ОПЕК плюс»', 'в рамках «ОПЕК плюс»')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from readoutdiff.languages import language
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Span
from readoutdiff.records.replacing import replace

_OPEN, _CLOSE = '«"“„', '»"”'
_REACH = 40
"""Characters looked back for the preposition (the longest, "по линии «", is ten)."""


def led(formulas: Sequence[Formula], a_text: str, b_text: str) -> list[Formula]:
    """``formulas``, each kept one told with the compound preposition that leads it on both
    sides (see the module's docstring)."""
    return [_told(f, a_text, b_text) for f in formulas]


def _told(formula: Formula, a_text: str, b_text: str) -> Formula:
    if formula.status is not FormulaStatus.PERSISTED or formula.source is FormulaSource.USER:
        return formula
    a, b = _first_led(formula.a_spans, a_text), _first_led(formula.b_spans, b_text)
    if a is None or b is None or a[1] != b[1]:
        return formula
    (at_a, span_a), (at_b, span_b) = a[0], b[0]
    return replace(
        formula,
        a_text=a_text[span_a.start : span_a.end],
        b_text=b_text[span_b.start : span_b.end],
        a_spans=_put(formula.a_spans, at_a, span_a),
        b_spans=_put(formula.b_spans, at_b, span_b),
    )


def _first_led(spans: Sequence[Span], text: str) -> tuple[tuple[int, Span], str] | None:
    """The first of ``spans`` a compound preposition leads, widened to it, and that
    preposition's words (lower case, one space between)."""
    for at, span in enumerate(spans):
        match = _lead().search(text, max(0, span.start - _REACH), span.start)
        if match is None or match.end() != span.start:
            continue
        end = span.end
        if match.group(2) and text[end : end + 1] in _CLOSE:
            end += 1
        words = " ".join(match.group(1).lower().split())
        return (at, replace(span, start=match.start(), end=end)), words
    return None


def _put(spans: Sequence[Span], at: int, span: Span) -> tuple[Span, ...]:
    """``spans`` with the ``at``-th one, widened to ``span``, first: the side's wording is the
    text of its first span (as :func:`readoutdiff.formulas.words.whole_words` and the report
    read it), and the led sighting need not be the first (sym5, putin-bin-salman 2025-03-13
    with its first and last lines swapped: "в «ОПЕК плюс» обязательств" came first).

    >>> spans = tuple(Span(start=n, end=n + 2, line=1) for n in (0, 5, 9))
    >>> [s.start for s in _put(spans, 1, Span(start=3, end=7, line=1))]
    [3, 0, 9]
    """
    return (span, *spans[:at], *spans[at + 1 :])


@cache
def _lead() -> re.Pattern[str]:
    """A compound preposition, then an opening quote or none, right before a formula."""
    rule = language("ru").compound_prepositions
    assert rule is not None
    leads, nouns = "|".join(sorted(rule.leads)), "|".join(sorted(rule.nouns))
    return re.compile(rf"(?<!\w)((?:{leads})\s+(?:{nouns}))\s+([{_OPEN}]?)", re.IGNORECASE)
