"""In a comparison of two Chinese readouts, one line said over two neighbouring clauses and
reworded in both is one changed entry (formulas/entries/neighbour_clauses.py): on dev pairs of
eval/formulas (CCTV evening-news readouts, sources in eval/formulas/SOURCES.md) and on made-up
clauses."""

from __future__ import annotations

import pytest
from eval_pairs import cctv, one_changed_both_ways

from readoutdiff.formulas.entries.neighbour_clauses import clauses_joined
from readoutdiff.formulas.tracking import origins
from readoutdiff.ingest import from_text
from readoutdiff.model import Formula, FormulaStatus, Span


@pytest.mark.parametrize(
    ("series", "a_day", "b_day", "a_words", "b_words"),
    [
        # an act and what it is for: the hand list's one changed event; the tool told the two
        # clauses apart (the first a change with no counterpart, the second right)
        ("xi-hun-manet", "2025-08-30", "2026-07-17", "双方要严打网赌电诈等跨境犯罪，维护两国人民生命和财产安全",
         "联手严打制假走私、网赌电诈等跨境犯罪，维护好共同利益和安全"),
        # two clauses of one point (the hand: one changed event, both halves found apart)
        ("xi-modi", "2024-10-23", "2025-08-31", "加强沟通和合作，维护发展中国家共同利益",
         "加强多边协作，维护共同利益"),
    ],
)  # fmt: skip
def test_a_line_over_two_clauses_reworded_in_both_is_one_changed_entry_both_ways(
    series: str, a_day: str, b_day: str, a_words: str, b_words: str
) -> None:
    """One entry holds both clauses on each side; swapped readouts swap the wordings."""
    one_changed_both_ways(series, a_day, b_day, a_words, b_words)
    comparison = cctv(series, a_day, b_day)
    halves = a_words.split("，")
    alone = [f for f in comparison.formulas if f.a_text in halves]
    assert alone == []  # neither clause is told on its own any more


def test_the_joined_entry_keeps_the_name_and_steps_of_its_first_clause_both_ways() -> None:
    """The entry is made from the first clause's entry in either direction: one name, and the
    steps that made it end with the join."""
    names = []
    for swap in (False, True):
        with origins() as step_of:
            comparison = cctv("xi-hun-manet", "2025-08-30", "2026-07-17", swap=swap)
            side = "b_text" if swap else "a_text"
            entry = next(
                f
                for f in comparison.formulas
                if "维护两国人民生命和财产安全" in (getattr(f, side) or "")
            )
            assert step_of(entry).endswith("clauses_joined")
        names.append(entry.id)
    assert names[0] == names[1]


def _changed(a_words: str, a_at: int, b_words: str, b_at: int, name: str) -> Formula:
    return Formula(
        status=FormulaStatus.CHANGED, a_text=a_words, b_text=b_words,
        a_spans=(Span(start=a_at, end=a_at + len(a_words), line=1),),
        b_spans=(Span(start=b_at, end=b_at + len(b_words), line=1),), id=name,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("a_text", "b_text", "told"),
    [
        # neighbours on both sides: one entry
        ("双方要深化务实合作，扩大人文交流。", "双方要拓展务实合作，密切人文交流。",
         [("双方要深化务实合作，扩大人文交流", "双方要拓展务实合作，密切人文交流")]),
        # a clause between them in B: two lines
        ("双方要深化务实合作，扩大人文交流。", "双方要拓展务实合作，加强沟通，密切人文交流。",
         [("双方要深化务实合作", "双方要拓展务实合作"), ("扩大人文交流", "密切人文交流")]),
        # a full stop between them in A: two sentences, two lines
        ("双方要深化务实合作。扩大人文交流。", "双方要拓展务实合作，密切人文交流。",
         [("双方要深化务实合作", "双方要拓展务实合作"), ("扩大人文交流", "密切人文交流")]),
    ],
)  # fmt: skip
def test_only_clauses_next_to_each_other_in_both_readouts_are_joined(
    a_text: str, b_text: str, told: list[tuple[str, str]]
) -> None:
    a, b = from_text(a_text), from_text(b_text)
    (a1, a2), (b1, b2) = (
        [w for w in text.rstrip("。").replace("。", "，").split("，") if w != "加强沟通"]
        for text in (a_text, b_text)
    )
    first = _changed(a1, a_text.index(a1), b1, b_text.index(b1), "mined:y")
    second = _changed(a2, a_text.index(a2), b2, b_text.index(b2), "mined:x")
    joined = clauses_joined((first, second), a, b)
    assert [(f.a_text, f.b_text) for f in joined] == told
    assert [f.id for f in joined][:1] == ["mined:y"]  # the first clause names the entry
