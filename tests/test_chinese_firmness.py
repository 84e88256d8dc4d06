"""Convention (c) of eval/formulas/SOURCES.md inside near-same Chinese clauses: a kept formula
whose clauses read near-same is no longer left *persisted* when its two clauses say one
commitment firm on one side only (languages/zh.py ``firm_on_one_side``); the clause pair is
*changed* (formulas/entries/clauses.py). On tuning pairs of eval/outside, both ways (branch
zhc1, thirty-eighth session)."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import holding as _said

from readoutdiff.compare import compare
from readoutdiff.ingest import load
from readoutdiff.languages.zh import firm_on_one_side
from readoutdiff.model import Comparison, FormulaStatus

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"


def _outside(series: str, a_day: str, b_day: str, *, swap: bool) -> Comparison:
    a, b = (load(OUTSIDE / f"{series}__{day}__cctv.txt") for day in (a_day, b_day))
    return compare(b, a) if swap else compare(a, b)


def _changed(comparison: Comparison, words: str, x: str, y: str, *, swap: bool) -> None:
    x, y = (y, x) if swap else (x, y)
    assert (FormulaStatus.CHANGED, x, y) in _said(comparison, words)
    assert not [s for s, *_ in _said(comparison, words) if s is FormulaStatus.PERSISTED]


@pytest.mark.parametrize("swap", [False, True])
def test_firmness_dropped_before_the_same_support_is_changed(swap: bool) -> None:
    """xi-aliyev 2024-07-03 -> 2025-04-23 (tuning): 中方坚定支持阿方维护国家主权、独立和领土完整 /
    中方支持阿方…, the hand list's changed event (the lexicon's core was reported persisted)."""
    comparison = _outside("xi-aliyev", "2024-07-03", "2025-04-23", swap=swap)
    a = "中方坚定支持阿方维护国家主权、独立和领土完整"
    _changed(comparison, "维护国家主权", a, a.replace("坚定", ""), swap=swap)


@pytest.mark.parametrize("swap", [False, True])
def test_firmness_put_before_the_same_principle_is_changed(swap: bool) -> None:
    """xi-sisi 2024-05-29 -> 2024-10-23 (tuning): 埃方恪守一个中国原则 / 埃方坚定恪守一个中国原则,
    the hand list's changed event (一个中国原则 was reported persisted)."""
    comparison = _outside("xi-sisi", "2024-05-29", "2024-10-23", swap=swap)
    _changed(
        comparison, "一个中国原则", "埃方恪守一个中国原则", "埃方坚定恪守一个中国原则", swap=swap
    )


@pytest.mark.parametrize(
    ("x", "y", "firm"),
    [
        ("中方坚定支持阿方维护国家主权", "中方支持阿方维护国家主权", True),
        ("埃方恪守一个中国原则", "埃方坚定恪守一个中国原则", True),
        ("坚定恪守一个中国原则", "将坚定奉行一个中国原则", False),  # firm on both sides
        ("始终坚定支持", "坚定支持", False),  # firmness in other words on both
        ("坚定支持一个中国原则", "支持中国实现国家统一", False),  # another object
    ],
)
def test_firm_on_one_side(x: str, y: str, firm: bool) -> None:
    assert firm_on_one_side(x, y) is firm
    assert firm_on_one_side(y, x) is firm
