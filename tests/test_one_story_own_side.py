"""one_story's side flip (sym2) reads a rewording's wording as "said word for word" on the
other side only from a word's start to a word's end (branch fix1): "peace" inside "peaceful"
is no place of it. No eval or outside pair reaches a wording said only inside a longer word
(the five readings of the 407 pairs agree with a substring test), so small texts of our own."""

from __future__ import annotations

from readoutdiff.formulas.entries import one_story
from readoutdiff.model import REWORDED, Formula, FormulaStatus, Span


def _rewording(a_text: str, b_text: str) -> Formula:
    return Formula(
        id="lasting-peace" + REWORDED,
        status=FormulaStatus.CHANGED,
        a_text=a_text,
        b_text=b_text,
        a_spans=(Span(start=0, end=len(a_text), line=1),),
        b_spans=(Span(start=0, end=len(b_text), line=1),),
    )


def _flips(b_text: str, wording: str = "peace") -> bool:
    """Whether A's wording ``wording``, found in B only (not in A), is read as said in B."""
    own = (({}, {"lasting-peace": ()}), ("They spoke of war.", b_text))
    return one_story._own_side(_rewording(wording, "calm"), True, own)  # type: ignore[arg-type]


def test_a_wording_inside_a_longer_word_is_not_said_word_for_word() -> None:
    assert not _flips("They hoped for a peaceful settlement.")
    assert not _flips("They sought to appease the parties.")
    assert _flips("They hoped for peace, and a peaceful settlement.")
    assert _flips("PEACE was their word.")


def test_chinese_wordings_need_no_spaces_around_them() -> None:
    assert _flips("双方同意维护核心利益问题。", wording="核心利益")
    assert not _flips("双方同意维护核心安全。", wording="核心利益")


def test_said_whole_reads_word_edges_of_spaced_scripts_only() -> None:
    assert one_story.said_whole("мир", "за мир и стабильность")
    assert not one_story.said_whole("мир", "мирного урегулирования")
    assert one_story.said_whole("U.S.", "the U.S.-China talks")
    assert not one_story.said_whole("talks", "talkshow about talksmanship")
