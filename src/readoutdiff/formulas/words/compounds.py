"""A wording never starts or ends inside a hyphenated compound.

The formula stage cuts text into words at hyphens ("people-to-people" is three words to it), so
a reworded wording may stop on the first part of a compound: "commercial and people" where the
readout says "commercial and people-to-people ties". Each edge of a wording that falls between
a letter and a hyphen joining it to another letter moves out to the compound's edge, as
:mod:`readoutdiff.formulas.words.whole_words` widens a Chinese wording to its whole words; a
lower-case compound cut at its end takes the noun it qualifies ("ties").

>>> from readoutdiff.model import FormulaStatus
>>> text = "They discussed regional stability, commercial and people-to-people ties."
>>> start = text.index("commercial")
>>> cut = Formula(status=FormulaStatus.APPEARED, a_text=None, b_text="commercial and people",
...               b_spans=(Span(start=start, end=start + 21, line=1),))
>>> whole_compounds(cut, "", text).b_text
'commercial and people-to-people ties'
"""

from __future__ import annotations

import re

from readoutdiff.formulas.words.roles import EDGE_WORDS
from readoutdiff.formulas.words.wording import CLAUSE_WORDS
from readoutdiff.model import Formula, Span
from readoutdiff.records.replacing import replace


def whole_compounds(formula: Formula, a_text: str, b_text: str) -> Formula:
    """``formula`` with each side's spans widened to the hyphenated compounds they cut."""
    # Told cheaply first, by each side's first place: few wordings touch a hyphen, and a
    # wording's places are copies of its words (a formula said fifty times has fifty).
    for spans, text in ((formula.a_spans, a_text), (formula.b_spans, b_text)):
        if spans and (
            "-" in text[spans[0].start - 1 : spans[0].start + 1]
            or "-" in text[spans[0].end - 1 : spans[0].end + 1]
        ):
            return _widened(formula, a_text, b_text)
    return formula


def _widened(formula: Formula, a_text: str, b_text: str) -> Formula:
    a_spans = tuple(_whole(span, a_text) for span in formula.a_spans)
    b_spans = tuple(_whole(span, b_text) for span in formula.b_spans)
    if a_spans == formula.a_spans and b_spans == formula.b_spans:
        return formula
    return replace(
        formula,
        a_text=_said(formula.a_text, formula.a_spans, a_spans, a_text),
        b_text=_said(formula.b_text, formula.b_spans, b_spans, b_text),
        a_spans=a_spans,
        b_spans=b_spans,
    )


def _said(
    wording: str | None, spans: tuple[Span, ...], widened: tuple[Span, ...], text: str
) -> str | None:
    """The side's wording: its first span's text when that span was widened."""
    if wording is None or spans[:1] == widened[:1]:
        return wording
    return text[widened[0].start : widened[0].end]


def _whole(span: Span, text: str) -> Span:
    start, end = span.start, span.end
    while start >= 2 and _joined(text, start - 1):
        start -= 2
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    if _joined(text, end):
        while _joined(text, end):
            end += 2
            while end < len(text) and text[end].isalnum():
                end += 1
        end = _noun_after(text, span.end, end)
    if (start, end) == (span.start, span.end):
        return span
    return replace(span, start=start, end=end)


def _noun_after(text: str, cut: int, end: int) -> int:
    """``end`` moved past the noun a lower-case compound qualifies ("people-to-people *ties*"),
    when the word after it is a lower-case content word: the wording was cut inside its noun
    phrase, and a compound alone qualifies nothing."""
    found = _NEXT.match(text, end)
    if found is None or not text[_start_of(text, cut) : end].islower():
        return end
    word = found.group(1)
    if word in EDGE_WORDS or word in CLAUSE_WORDS or word.endswith(_NOT_NOUNS):
        return end
    return found.end()


def _start_of(text: str, at: int) -> int:
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-"):
        at -= 1
    return at


_NEXT = re.compile(r" ([a-z]+)\b")
_NOT_NOUNS = ("ing", "ed", "ly")


def _joined(text: str, at: int) -> bool:
    """``text[at]`` is a hyphen between two letters or digits."""
    return (
        0 < at < len(text) - 1
        and text[at] == "-"
        and text[at - 1].isalnum()
        and text[at + 1].isalnum()
    )
