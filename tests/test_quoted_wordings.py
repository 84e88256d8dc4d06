"""A formula whose wording holds quote marks is shown with the whole quotation, never half of it.

The matcher reads words, so a wording started and ended on a word: the lexicon's
"“一带一路”倡议" came out "一带一路”倡议" (its closing mark kept, its opening one lost) in the
formula list and the key changes of CCTV's readouts of Xi's talks, and "退出《中导条约》" as
"退出《中导条约". The first test's lines are real: CCTV's readout of Xi's talks with Crown
Prince Mohammed bin Salman, 8 December 2022, and of their call of 28 March 2023 (a dev series
of the Chinese batch); the others hold the same lexicon wordings in short lines of our own, one
for each kind of quote mark.
"""

from __future__ import annotations

import pytest

from readoutdiff import compare
from readoutdiff.ingest import from_text
from readoutdiff.model import Options

TALKS = (
    "习近平同沙特王储兼首相举行会谈\n\n"
    "双方要落实好共建“一带一路”倡议和沙特“2030愿景”对接，推动两国各领域合作取得更多成果。\n"
)
CALL = (
    "习近平同沙特王储兼首相通电话\n\n"
    "央视网消息（新闻联播）：3月28日，国家主席习近平同沙特王储兼首相穆罕默德通电话。\n"
)


def _balanced(wording: str) -> bool:
    return all(
        wording.count(opening) == wording.count(closing)
        for opening, closing in ("“”", "«»", "《》", "「」")
    )


def test_a_dropped_lexicon_wording_keeps_its_opening_quote_mark() -> None:
    """In its own words (as a series names it), and in the clause a pair reports it in."""
    for options, wording in (
        (Options(governing_words=False), "“一带一路”倡议"),
        (Options(), "双方要落实好共建“一带一路”倡议和沙特“2030愿景”对接"),
    ):
        comparison = compare(from_text(TALKS), from_text(CALL), options=options)
        (belt,) = [f for f in comparison.formulas if f.id == "belt-and-road"]
        assert belt.a_text == wording
        (span,) = belt.a_spans
        assert TALKS[span.start : span.end] == belt.a_text


@pytest.mark.parametrize(
    ("line", "wording"),
    [
        ("中方反对美方退出《中导条约》的做法。", "退出《中导条约》"),
        ("They reaffirmed the “dual-track” approach to the issue.", "“dual-track” approach"),
        ('They reaffirmed the "dual-track" approach to the issue.', '"dual-track" approach'),
    ],
)
def test_every_wording_with_quote_marks_holds_both(line: str, wording: str) -> None:
    readout = from_text(f"Readout\n\n{line}\n")
    comparison = compare(readout, from_text("Readout\n\nNothing else.\n"))
    shown = [f.a_text for f in comparison.formulas if f.a_text]
    assert wording in shown
    assert all(_balanced(text) and text.count('"') % 2 == 0 for text in shown)
