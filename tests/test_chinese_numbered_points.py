"""In a comparison of two Chinese readouts, the numbered points of a programme are paired by
their number, one *changed* entry each (formulas/entries/numbered_points.py), on the dev pairs
of eval/formulas (CCTV evening-news readouts, sources in eval/formulas/SOURCES.md)."""

from __future__ import annotations

from eval_pairs import EVAL, cctv

from readoutdiff import compare, load
from readoutdiff.formulas.entries.numbered_points import POINT_IDS, points
from readoutdiff.ingest import from_text
from readoutdiff.model import Comparison, FormulaStatus


def _points(comparison: Comparison) -> list[tuple[str | None, str | None]]:
    return [(f.a_text, f.b_text) for f in comparison.formulas if f.id in POINT_IDS]


def test_points_numbered_two_ways_pair_by_number_both_ways() -> None:
    """Xi–Ramaphosa, August 2023 → September 2024: "第一，……" to "第四，……" in A, "一是……" to
    "三是……" in B; the first three are paired as the hand list pairs them, the fourth has no
    partner by number. Swapped readouts swap the wordings; each wording slices its readout."""
    expected = [
        ("第一，中南要做高度互信的战略伙伴", "一是共同进步的政治方向"),
        ("第二，中南要做共同进步的发展伙伴", "二是互利共赢的合作方向"),
        ("第三，中南要做相知相亲的友好伙伴", "三是世代友好的民意方向"),
    ]
    for swap in (False, True):
        comparison = cctv("xi-ramaphosa", "2023-08-22", "2024-09-02", swap=swap)
        assert _points(comparison) == [pair[::-1] if swap else pair for pair in expected]
        for entry in (f for f in comparison.formulas if (f.a_text, f.b_text) in expected):
            assert entry.status is FormulaStatus.CHANGED
            assert [comparison.a.text[s.start : s.end] for s in entry.a_spans] == [entry.a_text]
            assert [comparison.b.text[s.start : s.end] for s in entry.b_spans] == [entry.b_text]


def test_a_point_takes_the_place_of_the_entries_on_it() -> None:
    """Xi–Ramaphosa, August 2023 → September 2024: "互利共赢是中南合作的鲜明底色" was linked to B's
    second point (互利共赢); the point now has its partner by number, and the sentence under A's
    second point stands alone, dropped, as the hand list has it."""
    comparison = cctv("xi-ramaphosa", "2023-08-22", "2024-09-02")
    said = [(f.status.value, f.a_text, f.b_text) for f in comparison.formulas]
    assert ("dropped", "互利共赢是中南合作的鲜明底色", None) in said
    second = [s for s in said if s[2] == "二是互利共赢的合作方向"]
    assert second == [("changed", "第二，中南要做共同进步的发展伙伴", "二是互利共赢的合作方向")]


def test_points_of_one_readout_are_read_only_when_each_number_is_said_once() -> None:
    """Xi–Merz, May 2025: "一要……二要……三要……" opening sentences; "第二、第三大经济体" and a
    number inside a clause are no points. Two programmes numbered alike are left unread."""
    merz = load(EVAL / "xi-merz__2025-05-23__cctv.txt")
    assert [words for _, words in points(merz).values()] == [
        "一要夯实政治互信", "二要增强关系韧性", "三要增添合作动能",
    ]  # fmt: skip
    twice = from_text("一是加强对话。二是深化合作。他表示，一是坚持开放。二是扩大贸易。")
    assert points(twice) == {}


def test_points_said_alike_or_on_one_side_only_are_left_alone() -> None:
    """The same point under another number's words is no change; a side without points has
    nothing to pair."""
    a = from_text("习近平提出两点意见。一要夯实政治互信。二要增强关系韧性。")
    b = from_text("习近平提出两点意见。一是夯实政治互信。二是增添合作动能。")
    assert _points(compare(a, b)) == [("二要增强关系韧性", "二是增添合作动能")]
    plain = from_text("习近平指出，双方要夯实政治互信，增强关系韧性。")
    assert _points(compare(a, plain)) == []
