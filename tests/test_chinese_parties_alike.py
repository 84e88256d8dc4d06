"""Two Chinese wordings that differ only in how they name the two parties (两国 for 双方, "中巴"
for "中国和巴基斯坦") are one formula kept, not a change (languages/zh.py ``parties_alike``, read
by formulas/linking/kept_wordings.py ``reordered_zh`` and formulas/entries/clauses.py), on a dev
pair of eval/formulas and a tuning pair of eval/noise (CCTV evening-news readouts), both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import cctv
from eval_pairs import holding as _said

from readoutdiff.compare import compare
from readoutdiff.ingest import load
from readoutdiff.languages.zh import parties_alike
from readoutdiff.model import FormulaStatus

NOISE = Path(__file__).resolve().parent.parent / "eval" / "noise"


@pytest.mark.parametrize("swap", [False, True])
def test_both_peoples_named_as_the_two_sides_stay_kept(swap: bool) -> None:
    """xi-carney 2025-10-31 -> 2026-01-16: "为两国人民带来更多福祉" / "为双方人民带来更多福祉", the
    hand list's persisted event (it was reported changed)."""
    comparison = cctv("xi-carney", "2025-10-31", "2026-01-16", swap=swap)
    two, both = "为两国人民带来更多福祉", "为双方人民带来更多福祉"
    a, b = (both, two) if swap else (two, both)
    assert _said(comparison, "人民带来更多福祉") == [(FormulaStatus.PERSISTED, a, b)]


@pytest.mark.parametrize("swap", [False, True])
def test_the_two_countries_spelt_out_stay_kept(swap: bool) -> None:
    """liqiang-shehbaz 2024-06-07 -> 2024-10-15 (zh10's tuning part): "中巴是全天候战略合作伙伴" /
    "中国和巴基斯坦是全天候战略合作伙伴", judged kept (it was reported changed).

    The kept entry is quoted by the background phrase inside both lines: 全天候战略合作伙伴 until
    branch bg3, 战略合作伙伴 since (the Chinese background rebuilt without batch 80's
    counterparts no longer holds the longer phrase; the noise set judges the shorter quote a
    cut). Without :func:`parties_alike` the line is still reported changed on either
    background. On no other pair of eval/formulas (dev) or of the tuning parts of eval/noise
    and eval/outside, either way, does :func:`parties_alike` find two wordings alike by the two
    countries spelt out (bg3's probe, on both backgrounds)."""
    days = ("2024-06-07", "2024-10-15")
    a, b = (load(NOISE / f"liqiang-shehbaz__{day}__cctv.txt") for day in days)
    comparison = compare(b, a) if swap else compare(a, b)
    found = _said(comparison, "是全天候战略合作伙伴")
    assert not [f for f in found if f[0] is FormulaStatus.CHANGED], found
    assert any(
        f.status is FormulaStatus.PERSISTED and f.a_text == f.b_text == "战略合作伙伴"
        for f in comparison.formulas
    )


@pytest.mark.parametrize(
    ("x", "y", "alike"),
    [
        ("为两国人民带来更多福祉", "为双方人民带来更多福祉", True),
        ("中巴是全天候战略合作伙伴", "中国和巴基斯坦是全天候战略合作伙伴", True),
        ("中塞友谊", "中国同塞尔维亚友谊", True),
        ("中巴是全天候战略合作伙伴", "中国和柬埔寨是全天候战略合作伙伴", False),  # another partner
        ("中巴是战略合作伙伴", "中国和巴基斯坦是全天候战略合作伙伴", False),  # a word more
        ("推进发展战略对接", "加强发展战略对接", False),
    ],
)  # fmt: skip
def test_parties_alike_both_ways(x: str, y: str, alike: bool) -> None:
    assert parties_alike(x, y) is alike
    assert parties_alike(y, x) is alike


OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"


@pytest.mark.parametrize("swap", [False, True])
def test_the_other_party_speaking_for_the_same_line_stays_kept(swap: bool) -> None:
    """xi-rahmon 2023-05-18 -> 2024-07-05 (the outside set's tuning part): "中方愿同塔方加强执法安全
    合作" / "塔方愿同中方加强执法安全合作", the hand list's persisted event (it was reported changed);
    branch fat1, thirty-fourth session."""
    days = ("2023-05-18", "2024-07-05")
    a, b = (load(OUTSIDE / f"xi-rahmon__{day}__cctv.txt") for day in days)
    comparison = compare(b, a) if swap else compare(a, b)
    china, tajikistan = "中方愿同塔方加强执法安全合作", "塔方愿同中方加强执法安全合作"
    # the clauses were one changed entry; now the line is told kept by its core
    assert not _said(comparison, china) and not _said(comparison, tajikistan)
    assert _said(comparison, "执法安全合作") == [
        (FormulaStatus.PERSISTED, "执法安全合作", "执法安全合作")
    ]
    assert parties_alike(china, tajikistan)
    assert not parties_alike(china, "塔方愿同中方深化执法安全合作")
