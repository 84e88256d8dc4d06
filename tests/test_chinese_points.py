"""In a comparison of two Chinese readouts, a point of a programme whose verb changed before the
same object is one *changed* entry (formulas/entries/verb_objects.py), on the dev pairs of
eval/formulas (CCTV evening-news readouts, sources in eval/formulas/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.formulas.entries.verb_objects import objects_paired, verb_object
from readoutdiff.ingest import from_text
from readoutdiff.model import REWORDED, Formula, FormulaStatus

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


@pytest.mark.parametrize(
    ("series", "a_day", "b_day", "expected"),
    [
        ("xi-tokayev", "2025-06-16", "2025-08-30", ("提升互联互通水平", "深化互联互通合作")),
        ("xi-tokayev", "2025-08-30", "2026-07-16", ("深化互联互通合作", "推进互联互通建设")),
        ("xi-lukashenko", "2025-06-04", "2025-08-31",
         ("推动两国关系和互利合作行稳致远", "推动两国关系得到更大发展")),
    ],
)  # fmt: skip
def test_a_point_said_with_another_verb_is_one_change_both_ways(
    series: str, a_day: str, b_day: str, expected: tuple[str, str]
) -> None:
    """Three hand-listed changes of e30's pairs, each reported before as a clause dropped and
    another appeared: now one changed entry, the two one-sided ones gone; swapped readouts swap
    the wordings, and each wording slices its readout back."""
    for swap in (False, True):
        a, b = (load(EVAL / f"{series}__{day}__cctv.txt") for day in (a_day, b_day))
        comparison = compare(b, a) if swap else compare(a, b)
        want = expected[::-1] if swap else expected
        points = [f for f in comparison.formulas if (f.a_text, f.b_text) == want]
        assert [f.status for f in points] == [FormulaStatus.CHANGED]
        assert points[0].id.endswith(REWORDED)
        assert [comparison.a.text[s.start : s.end] for s in points[0].a_spans] == [want[0]]
        assert [comparison.b.text[s.start : s.end] for s in points[0].b_spans] == [want[1]]
        one_sided = {f.a_text or f.b_text for f in comparison.formulas if f.status
                     in (FormulaStatus.DROPPED, FormulaStatus.APPEARED)}  # fmt: skip
        assert not one_sided & set(want)


def test_points_that_share_a_subject_a_party_or_a_judgement_are_no_points() -> None:
    """A clause opening with its subject, a party, a judging verb or a preposition's frame has
    no object to pair (wordings of the CCTV archive outside the evaluation set)."""
    assert verb_object("推动两国关系再上新台阶") == ("推动", "两国关系再上新台阶")
    assert verb_object("要保持两国关系平稳健康发展") == ("保持", "两国关系平稳健康发展")
    for clause in (
        "中沙关系处于历史最好时期",  # a subject
        "英方愿同中方加强多边沟通协调",  # a party
        "符合两国人民根本利益",  # judges
        "成为社会主义国家团结合作的典范",
        "期待同中方加强高层往来",  # a frame
        "是发展中国家团结协作、互利共赢的典范",  # one character
    ):
        assert verb_object(clause) is None, clause


def test_an_object_said_by_two_points_of_one_side_pairs_nothing() -> None:
    """Two dropped points of A say 互联互通 after their verbs: which one B's point rewords is
    not told, and the three entries stay as they were; with one of them, the pair is made; a
    verb swapped before the same whole object is the formula kept, no change."""
    a = from_text("习近平强调，双方要深化互联互通合作，推进互联互通建设。")
    b = from_text("习近平强调，双方要提升互联互通水平。")
    entries = (
        Formula(status=FormulaStatus.DROPPED, a_text="深化互联互通合作", b_text=None),
        Formula(status=FormulaStatus.DROPPED, a_text="推进互联互通建设", b_text=None),
        Formula(status=FormulaStatus.APPEARED, a_text=None, b_text="提升互联互通水平"),
    )
    assert objects_paired(entries, a, b) == entries
    paired = objects_paired(entries[1:], a, b)
    assert [(f.status, f.a_text, f.b_text) for f in paired] == [
        (FormulaStatus.CHANGED, "推进互联互通建设", "提升互联互通水平")
    ]
    same = Formula(status=FormulaStatus.APPEARED, a_text=None, b_text="提升互联互通建设")
    assert objects_paired((entries[1], same), a, b) == (entries[1], same)  # a verb swapped
    english = from_text("The two sides will deepen connectivity.")
    assert objects_paired(entries[1:], english, english) == entries[1:]
