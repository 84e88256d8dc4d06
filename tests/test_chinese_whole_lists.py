"""In a comparison of two Chinese readouts, a clause listing three items or more (joined by 、)
and a clause of the other readout saying every one of them after the verb the list stands
under, made one changed entry (formulas/entries/whole_lists.py), on a dev pair of eval/formulas
(CCTV evening-news readouts, sources in eval/formulas/SOURCES.md) and on made-up clauses."""

from __future__ import annotations

from eval_pairs import one_changed_both_ways

from readoutdiff.formulas.entries.whole_lists import lists_said_whole, said_whole
from readoutdiff.ingest import from_text
from readoutdiff.model import Formula, FormulaStatus, Span


def test_a_whole_list_said_again_pairs_on_a_dev_pair_both_ways() -> None:
    """xi-albanese: the hand list pairs 促进地区和平稳定和繁荣发展 with 促进地区和平、发展、繁荣;
    the tool reported A's line dropped and left B's clause silent (和平, 发展, 繁荣 are said
    throughout: zh20's lists pair by rarer items)."""
    one_changed_both_ways(
        "xi-albanese",
        "2024-11-18",
        "2025-07-15",
        "促进地区和平稳定和繁荣发展",
        "促进地区和平、发展、繁荣",
    )


def test_the_list_needs_every_item_three_items_and_its_verb() -> None:
    assert said_whole("促进地区和平稳定和繁荣发展", "促进地区和平、发展、繁荣") == 6
    assert (
        said_whole("促进地区和平、发展、繁荣", "促进地区和平稳定和繁荣发展") == 6
    )  # either side lists
    assert said_whole("促进地区和平、发展、繁荣", "推动地区和平稳定和繁荣发展") == 0  # another verb
    assert said_whole("促进地区和平、发展", "促进地区和平稳定和繁荣发展") == 0  # two items
    assert said_whole("促进地区和平、发展、繁荣", "促进地区和平稳定发展") == 0  # an item not said
    assert said_whole("促进地区和平、发展、繁荣", "促进地区和平、发展、繁荣") == 0  # the same


def test_a_silent_clause_pairs_and_swapping_mirrors() -> None:
    one, other = "双方要促进地区和平稳定和繁荣发展。", "中方愿同澳方促进地区和平、发展、繁荣。"
    for swap in (False, True):
        a, b = (from_text(other), from_text(one)) if swap else (from_text(one), from_text(other))
        words = "促进地区和平稳定和繁荣发展"
        span = (Span(start=3, end=16, line=1),)
        f = Formula(
            status=FormulaStatus.APPEARED if swap else FormulaStatus.DROPPED,
            a_text=None if swap else words, b_text=words if swap else None,
            a_spans=() if swap else span, b_spans=span if swap else (), id="mined:x",
        )  # fmt: skip
        out = [(g.status.value, g.a_text, g.b_text) for g in lists_said_whole([f], a, b)]
        said = "中方愿同澳方促进地区和平、发展、繁荣"
        assert out == [("changed", said, words) if swap else ("changed", words, said)]
