"""In a comparison of two Chinese readouts, a clause saying where the two countries' relationship
stands, said by one side alone, stays one-sided: no rule pairs it with the other readout's clause
that names the same relationship in other words (zh19's rule did, until zh14 removed it: on the
Chinese dev pairs moved to dev by e60 and on the outside tuning part it paired only lines the
hand lists keep apart). Dev pairs of eval/formulas (CCTV evening-news readouts, sources in
eval/formulas/SOURCES.md), each both ways."""

from __future__ import annotations

import pytest
from eval_pairs import cctv, holding

from readoutdiff.model import FormulaStatus


@pytest.mark.parametrize(
    ("series", "a_day", "b_day", "words", "other"),
    [
        # the hand list: 中新关系保持健康稳定发展势头 dropped; B's 中新关系历经国际形势风云变幻
        # says how the relationship weathered the world, no line of A's
        ("xi-luxon", "2024-11-15", "2025-06-20", "中新关系保持健康稳定发展势头", "中新关系历经"),
        # the hand list: 推动两国关系取得更大发展 appeared; A's 两国关系坚不可摧 is no line of it
        ("xi-lula", "2025-05-13", "2025-08-12", "推动两国关系取得更大发展", "两国关系坚不可摧"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("swap", [False, True])
def test_a_relationship_said_alone_is_not_paired_with_another_clause_naming_it(
    series: str, a_day: str, b_day: str, words: str, other: str, swap: bool
) -> None:
    comparison = cctv(series, a_day, b_day, swap=swap)
    found = holding(comparison, words)
    assert found, [(f.status, f.a_text, f.b_text) for f in comparison.formulas]
    assert all(status is not FormulaStatus.CHANGED for status, _, _ in found), found
    assert not holding(comparison, other) or all(
        words not in (x or "") + (y or "") for _, x, y in holding(comparison, other)
    )
