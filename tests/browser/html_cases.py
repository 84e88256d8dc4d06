"""Small readouts for the HTML report tests: each one shows a status, a move, a formula or an attack."""

from __future__ import annotations

import dataclasses
import random

from readoutdiff import Comparison, compare, from_text
from readoutdiff.ingest import span_at
from readoutdiff.model import Formula, FormulaStatus, Readout, Span

LINES = (
    "President Xi Jinping held a video call with Russian President Vladimir Putin in Beijing.",
    "The two heads of state announced the extension of the Treaty of Good-Neighborliness.",
    "Bilateral trade reached a record 107.7 billion US dollars last year.",
    "The Chinese side supports Russia in hosting the Eastern Economic Forum in Vladivostok.",
    "Both leaders agreed to expand cooperation on vaccine research and joint production.",
    "Putin said that Russia firmly opposes any interference in China's internal affairs.",
    "The two sides will strengthen coordination within the Shanghai Cooperation Organization.",
    "Both sides agreed to maintain close communication through various channels.",
    "Energy cooperation remains the ballast stone of the practical partnership.",
    "The leaders exchanged views on the situation in Afghanistan and the Korean Peninsula.",
)
ADDED = "The two sides welcomed the opening of the new cross-border railway bridge."
CHANGED_FROM = LINES[4]
CHANGED_TO = (
    "Both leaders agreed to deepen cooperation on vaccine research, testing and production."
)

XSS_PAYLOADS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7*7 }}",
    "</textarea><svg onload=alert(1)>",
    '<a href="javascript:alert(1)">click me</a> javascript:alert(1)',
    "Order \u202eevil\u202c text with an override",
)


def mixed() -> Comparison:
    """Four unchanged lines, a change, a move, a drop, an addition and formulas of each status."""
    a_lines = LINES
    b_lines = (*LINES[:4], CHANGED_TO, LINES[5], LINES[7], LINES[6], ADDED, LINES[9])
    comparison = pair("\n".join(a_lines) + "\n", "\n".join(b_lines) + "\n")
    return with_formulas(
        comparison,
        (
            (FormulaStatus.DROPPED, "ballast stone", None),
            (FormulaStatus.CHANGED, "expand cooperation", "deepen cooperation"),
            (FormulaStatus.APPEARED, None, "cross-border railway"),
            (FormulaStatus.PERSISTED, "two sides", "two sides"),
        ),
    )


def pair(a_text: str, b_text: str) -> Comparison:
    """Compare two texts as files ``a.txt`` and ``b.txt``."""
    return compare(from_text(a_text, path="a.txt"), from_text(b_text, path="b.txt"))


def with_formulas(
    comparison: Comparison, formulas: tuple[tuple[FormulaStatus, str | None, str | None], ...]
) -> Comparison:
    """Add hand-built formulas whose spans are every occurrence of their wording."""
    built = tuple(
        Formula(
            status=status,
            a_text=a_words,
            b_text=b_words,
            a_spans=spans(comparison.a, a_words),
            b_spans=spans(comparison.b, b_words),
        )
        for status, a_words, b_words in formulas
    )
    return dataclasses.replace(comparison, formulas=built)


def spans(readout: Readout, words: str | None) -> tuple[Span, ...]:
    """Return a span for each occurrence of ``words`` in the readout's text."""
    found: list[Span] = []
    start = readout.text.find(words) if words else -1
    while words and start >= 0:
        found.append(span_at(readout.text, start, start + len(words)))
        start = readout.text.find(words, start + 1)
    return tuple(found)


def xss(payload: str) -> Comparison:
    """A pair whose title, changed passage and added passage carry ``payload``."""
    a_text = f"{payload}\n{LINES[0]}\n{LINES[1]}\n"
    b_text = f"{payload} again\n{LINES[0]} {payload}\n{LINES[1]}\nNew: {payload}.\n"
    return pair(a_text, b_text)


def big_texts(chars: int) -> tuple[str, str]:
    """Return two synthetic readouts of about ``chars`` characters each, B an edit of A."""
    rng = random.Random(20211215)
    words = " ".join(LINES).replace(".", "").split()
    paragraphs, size = [], 0
    while size < chars:
        sentences = (
            " ".join(rng.choice(words) for _ in range(rng.randint(8, 30))).capitalize() + "."
            for _ in range(rng.randint(2, 6))
        )
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    edited = (
        p.replace(" the ", " a ", 1) if rng.random() < 0.2 else p
        for p in paragraphs
        if rng.random() > 0.05
    )
    return "\n\n".join(paragraphs) + "\n", "\n\n".join(edited) + "\n"
