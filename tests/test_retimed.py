"""A dated thing whose only change is its time words is kept (convention (k) of
``eval/formulas/SOURCES.md``; ``formulas/linking/retimed.py``): *persisted* with ``variant``;
a change of anything else around it stays told."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff.compare import compare
from readoutdiff.formulas.linking.retimed import only_retimed
from readoutdiff.ingest import from_text, load

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"


@pytest.mark.parametrize("swap", [False, True])
def test_upcoming_and_recent_travel_is_one_visit_kept(swap: bool) -> None:
    # Biden-Macron (White House, outside tuning part): "discussed President Macron's upcoming
    # travel to the People's Republic of China (PRC)" / "… recent travel to the People's
    # Republic of China": the hand list's persisted (k), told changed before (a qualifier
    # swapped before a kept head, kept_qualifiers.py).
    a = load(OUTSIDE / "biden-macron__2023-04-04__wh.txt")
    b = load(OUTSIDE / "biden-macron__2023-04-20__wh.txt")
    a, b = (b, a) if swap else (a, b)
    found = compare(a, b).formulas
    travel = [f for f in found if "travel to the People" in f"{f.a_text} {f.b_text}"]
    assert [(f.status.value, f.variant) for f in travel] == [("persisted", True)]
    # the name whole, as the hand list has it (nz12: cut before its "of China" till then)
    said = [
        "upcoming travel to the People’s Republic of China",
        "recent travel to the People’s Republic of China",
    ]
    assert [travel[0].a_text, travel[0].b_text] == (said[::-1] if swap else said)
    assert not [f for f in found if f.status.value == "changed" and "travel" in (f.a_text or "")]


@pytest.mark.parametrize(
    ("language", "one", "other", "kept"),
    [
        # (k)'s own examples (SOURCES.md): the calendar moved, the thing is the same.
        ("en", "the G7 Summit in June", "the G7 Summit next month", True),
        ("en", "the upcoming NATO Summit", "the recent NATO Summit", True),
        ("zh", "明年将迎来两国建交75周年", "今年是两国建交75周年", True),
        ("ru", "предстоящий визит в Китай", "недавний визит в Китай", True),
        # The frame around the dated thing changed, or the place, or only time words are left.
        ("zh", "以明年建交75周年为契机", "今年是中匈建交75周年", False),
        ("zh", "明年两国建交75周年", "为今年两国建交75周年赋予新的历史意义", False),
        ("en", "upcoming travel to Istanbul", "recent travel to Türkiye", False),
        ("en", "the China-Egypt Partnership Year", "the China-Egypt Partnership", False),
        ("en", "next month", "in June", False),
        ("en", "the same summit", "the same summit", False),
        ("en", "the upcoming U.S.-EU Summit", "the upcoming U.S.-EU summit", False),
    ],
)
def test_only_time_words_differ(language: str, one: str, other: str, kept: bool) -> None:
    assert only_retimed(one, other, language) is kept
    assert only_retimed(other, one, language) is kept


def test_a_chinese_anniversary_retold_in_this_year_is_kept() -> None:
    # The clause around a background formula said alone on each side (dropped + appeared)
    # whose only change is 明年将迎来 / 今年是: one anniversary kept. With a new frame (以…为契机)
    # the two clauses stay apart.
    said = (
        "习近平指出，{}中匈建交75周年，双方要以此为契机推动中匈全天候全面战略伙伴关系不断向前发展。"
    )
    a, b = from_text(said.format("明年将迎来")), from_text(said.format("今年是"))
    told = [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
    assert ("persisted", "明年将迎来中匈建交75周年", "今年是中匈建交75周年") in told
    assert not [t for t in told if t[0] in ("dropped", "appeared", "changed")]
