"""Words and orderings that every human-readable renderer shares."""

from __future__ import annotations

from collections.abc import Mapping

from readoutdiff.change_names import listed
from readoutdiff.model import (
    Alignment,
    Comparison,
    Formula,
    FormulaStatus,
    Status,
)
from readoutdiff.naming import one_line
from readoutdiff.places import sentences_place, shorts

FORMULA_ORDER = (
    FormulaStatus.DROPPED,
    FormulaStatus.CHANGED,
    FormulaStatus.APPEARED,
    FormulaStatus.PERSISTED,
)
"""Dropped and changed formulas first: they are the news. The order of every formula list
(terminal, Markdown, the HTML panel and its filters)."""


def across_languages(comparison: Comparison) -> bool:
    """True when A and B are in different languages (``Readout.language``, as ``compare`` decides).

    Words of two languages are never compared, so a word diff would strike out every word of A
    and underline every word of B: the views show such pairs side by side, without word marks.
    """
    return comparison.a.language != comparison.b.language


def place(alignment: Alignment, comparison: Comparison) -> str:
    """Say where a passage stands: ``"A 5 → B 9"``, ``"A 5"`` or ``"B 9"``; on a line of several
    sentences with the sentence's number on it, ``"A 3.4 → B 3.2"`` (:mod:`readoutdiff.places`).

    >>> from readoutdiff import compare, from_text
    >>> c = compare(from_text("Title\\nWe met. Trade grew."), from_text("Title\\nTrade grew."))
    >>> [place(a, c) for a in c.alignments]
    ['A 1 → B 1', 'A 2.1', 'A 2.2 → B 2']
    """
    sides = [
        f"A {sentences_place(comparison.a, alignment.a)}" if alignment.a else "",
        f"B {sentences_place(comparison.b, alignment.b)}" if alignment.b else "",
    ]
    return " → ".join(side for side in sides if side)


def kind(alignment: Alignment) -> str:
    """Name a passage's fate in words, with splits, merges and moves (where from is said by
    :func:`place`, which every view prints beside it)."""
    words = [alignment.status.value]
    if alignment.moved:
        words.append("moved")
    if len(alignment.a) > 1 and alignment.b:
        words.append(f"merged {len(alignment.a)}→{len(alignment.b)}")
    elif len(alignment.b) > 1 and alignment.a:
        words.append(f"split {len(alignment.a)}→{len(alignment.b)}")
    return ", ".join(words)


def counts(comparison: Comparison) -> str:
    """One line of passage counts, e.g. ``"3 unchanged · 7 changed (2 moved) · 27 dropped · 9 added"``."""
    tally = dict.fromkeys(Status, 0)
    for alignment in comparison.alignments:
        tally[alignment.status] += 1
    moved = sum(alignment.moved for alignment in comparison.alignments)
    return (
        f"{tally[Status.UNCHANGED]} unchanged · {tally[Status.CHANGED]} changed ({moved} moved) · "
        f"{tally[Status.DROPPED]} dropped · {tally[Status.ADDED]} added"
    )


def formulas_by_status(comparison: Comparison) -> list[tuple[FormulaStatus, list[Formula]]]:
    """Group formulas by status in :data:`FORMULA_ORDER`, leaving out empty groups."""
    groups = [
        (status, [f for f in comparison.formulas if f.status is status]) for status in FORMULA_ORDER
    ]
    return [(status, items) for status, items in groups if items]


def formula_lines(formula: Formula, comparison: Comparison) -> str:
    """Say where a formula stands, e.g. ``"A 5, 7 → B 9"``, or ``"A 3.2, 3.5 → B 3.4"`` (line 3,
    sentences 2 and 5) on a line of several sentences."""
    a_lines = shorts(comparison.a, formula.a_spans)
    b_lines = shorts(comparison.b, formula.b_spans)
    sides = [f"A {a_lines}" if a_lines else "", f"B {b_lines}" if b_lines else ""]
    return " → ".join(side for side in sides if side)


def formula_wording(
    formula: Formula, names: Mapping[str, str] | None = None,
    fates: Mapping[str, FormulaStatus] | None = None,
) -> str:  # fmt: skip
    """Quote a formula's wording on each side, e.g. ``'"true" → "genuine"'``; a changed phrase
    names the formula it belongs to by its words (``names``, from :func:`anchor_names`):
    ``'around "core interests": "a" → "b"'``, never by its id."""
    around = around_what(formula, names, fates)
    a_text, b_text = one_line(formula.a_text or ""), one_line(formula.b_text or "")
    if a_text and b_text and formula.a_text != formula.b_text:
        return f"{around}“{a_text}” → “{b_text}”"
    return f"{around}“{a_text or b_text}”"


def around_what(
    formula: Formula, names: Mapping[str, str] | None = None,
    fates: Mapping[str, FormulaStatus] | None = None,
) -> str:  # fmt: skip
    """What kind of change a changed entry is, said before its wordings as the key changes say
    it (:mod:`readoutdiff.change_names`): ``"formula reworded: "``, ``'wording around
    kept formula “core interests” changed: '`` (``names``, from
    :func:`~readoutdiff.naming.anchor_names`; ``fates``, from
    :func:`~readoutdiff.naming.anchor_fates`: ``'wording around dropped formula …'``), ``'wording inside “hold … accountable” changed:
    '`` …; ``""`` for an entry that is not *changed*."""
    if formula.status is not FormulaStatus.CHANGED:
        return ""
    return listed(formula, names, fates)


def shorten(text: str, width: int) -> str:
    """Cut ``text`` to at most ``width`` characters, ending in "…" after a whole word (not mid-name).

    >>> shorten("President Xi met Russian President Vladimir Putin", 40)
    'President Xi met Russian President…'
    >>> shorten("Major Countries, and Acting as the Bulwark", 17), shorten("short", 40)
    ('Major Countries…', 'short')
    >>> shorten("Putin congratulated him on the 100th anniversary of the founding of the CPC", 70)
    'Putin congratulated him on the 100th anniversary of the founding…'
    >>> shorten("习近平同俄罗斯总统普京举行视频会晤", 8)
    '习近平同俄罗斯…'

    A hyphen, apostrophe or point inside a word does not end it ("Co-Chairs", "COVID-19"):

    >>> shorten("as an OSCE Minsk Group Co-Chair", 30), shorten("on ending the COVID-19 pandemic", 21)
    ('as an OSCE Minsk Group…', 'on ending…')

    Nor does it end on a quotation mark or bracket that opens what was cut off:

    >>> shorten("welcomed Israel’s support for the American ‘bridging proposal’", 45)
    'welcomed Israel’s support for the American…'
    """
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if (cut[-1].isalnum() or cut[-1] in _JOINING) and _inside_word(text, width - 1):  # mid-word
        space = cut.rfind(" ")
        if space > width // 2:  # a word longer than half the width is cut where it stands
            cut = cut[:space]
    words = cut.rstrip(" ,;:").split(" ")
    while len(words) > 1 and not words[-1].strip(_OPENING):
        words.pop()  # "the American ‘…" opens a quotation the cut leaves empty
    opened = _unclosed(words)
    if opened and len(" ".join(words[:opened])) > width // 2:
        words = words[:opened]  # "выставки «ИННОПРОМ.…" leaves a quoted name half read
    while len(words) > 1 and words[-1].lower() in _DANGLING and len(cut) > width // 2:
        words.pop()  # "the founding of the…" reads as a cut; "the founding…" does not
        cut = " ".join(words)
    return " ".join(words).rstrip(" ,;:") + "…"


def _unclosed(words: list[str]) -> int:
    """Where the last quotation or bracket the words open and do not close starts, else 0.

    >>> _unclosed("выставки «ИННОПРОМ. Центральная".split()), _unclosed("the «Знание» forum".split())
    (1, 0)
    """
    for at in range(len(words) - 1, 0, -1):
        closing = _CLOSING.get(words[at][:1])
        if closing:
            return 0 if closing in " ".join(words[at:])[1:] else at
    return 0


def _inside_word(text: str, at: int) -> bool:
    """``text[at]`` goes on with the word before it: a letter or digit, or a joining mark
    followed by one."""
    if text[at].isalnum():
        return True
    return text[at] in _JOINING and at + 1 < len(text) and text[at + 1].isalnum()


_JOINING = frozenset("-‐‑'’./")
"""Marks inside a word: "Co-Chairs", "Russia’s", "U.S.", "24/7"."""

_OPENING = "‘“«([{\"'"
"""Marks that open a quotation or aside: a shortened text does not end on them."""
_CLOSING = {"‘": "’", "“": "”", "«": "»", "(": ")", "[": "]", "{": "}"}
"""The mark that closes each opening mark that has its own (:func:`_unclosed`)."""

_DANGLING = frozenset(
    "a an the of and or to in on at by for with from as its his her their our".split()
)
"""Words a shortened text does not end on: they announce a word that was cut off."""
