"""In a comparison of two Chinese readouts, a dropped or appeared entry whose other half is a
silent clause in the same place of the alignment, sharing a term, is one changed entry
(formulas/entries/placed_halves_zh.py): on a dev pair of eval/formulas and tuning pairs of
eval/outside (CCTV readouts, sources in each folder's SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import cctv, one_changed_both_ways

from readoutdiff.formulas.entries.placed_halves_zh import placed_halves
from readoutdiff.ingest import from_text
from readoutdiff.model import Alignment, Formula, FormulaStatus, Span, Status

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"


def test_a_term_kept_in_one_place_is_one_changed_entry_both_ways() -> None:
    """担任上海合作组织轮值主席国: India's support for China's chairing said again as a greeting on
    it; the hand list pairs the two as one changed event, the tool left B's greeting appeared
    and A's clause silent."""
    one_changed_both_ways(
        "xi-modi", "2024-10-23", "2025-08-31",
        "印方愿全力支持中方担任上海合作组织轮值主席国工作", "祝贺中国成功担任上海合作组织轮值主席国",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("series", "a_day", "b_day", "a_words", "b_words"),
    [
        ("xi-rahmon", "2024-07-05", "2025-06-17", "优化互联互通合作", "持续提升互联互通水平"),
        ("xi-sisi", "2024-05-29", "2024-10-23", "当务之急是立即停火止战",
         "当务之急是全面有效执行联合国安理会有关决议"),
    ],
)  # fmt: skip
def test_outside_tuning_pairs(
    series: str, a_day: str, b_day: str, a_words: str, b_words: str
) -> None:
    """Two tuning pairs of the outside set whose hand lists (written before the tool ran) pair
    the two clauses as one changed event."""
    one_changed_both_ways(series, a_day, b_day, a_words, b_words, folder=OUTSIDE)


def test_a_group_of_countries_shared_ties_no_two_lines() -> None:
    """B's 愿同南非等发展中国家一道落实全球发展倡议… shares only 发展中国家 with A's silent clause on
    the China-South Africa relationship in its place: a group of countries is said of many
    lines, and the hand list calls B's clause appeared, as the tool does."""
    told = [
        (f.status, f.a_text)
        for f in cctv("xi-ramaphosa", "2023-06-09", "2023-08-22").formulas
        if f.b_text and f.b_text.startswith("愿同南非等发展中国家一道")
    ]
    assert told == [(FormulaStatus.APPEARED, None)]


def _gap(a_text: str, b_text: str) -> tuple[Alignment, ...]:
    a, b = from_text(a_text), from_text(b_text)
    return (
        Alignment(status=Status.UNCHANGED, a=a.sentences[:1], b=b.sentences[:1], score=1.0),
        Alignment(status=Status.DROPPED, a=a.sentences[1:], b=(), score=0.0),
        Alignment(status=Status.ADDED, a=(), b=b.sentences[1:], score=0.0),
    )


def _dropped(words: str, start: int) -> Formula:
    span = (Span(start=start, end=start + len(words), line=1),)
    return Formula(status=FormulaStatus.DROPPED, a_text=words, b_text=None, a_spans=span, id="x")


@pytest.mark.parametrize(
    ("b_text", "changed"),
    [
        ("会谈在北京举行。双方同意持续提升互联互通水平。", True),
        # only the relationship's name shared: two lines
        ("会谈在北京举行。中哈关系保持高水平运行。", False),
        # the term in an aligned pair, not in the dropped clause's gap
        ("会谈在北京举行，双方同意持续提升互联互通水平。", False),
    ],
)
def test_made_up_places(b_text: str, changed: bool) -> None:
    a_text = "会谈在北京举行。中哈关系优化互联互通合作。"
    a, b = from_text(a_text), from_text(b_text)
    entry = _dropped("中哈关系优化互联互通合作", 8)
    told = placed_halves([entry], a, b, _gap(a_text, b_text))
    assert (told[0].status is FormulaStatus.CHANGED) is changed
