"""`benchmarks/repointed_links.py` classes the tool's wrong links half by half on real dev pairs
and judges the re-pointing and un-linking rules they suggest."""

from __future__ import annotations

import doctest
from typing import Any

import pytest
import repointed_links
from formula_eval import Pair, judge, load_pairs


def _pair(name: str) -> Pair:
    return next(p for p in load_pairs(split="dev") if p.name == name)


@pytest.fixture(scope="module")
def read() -> dict[str, tuple[Pair, dict[str, Any]]]:
    names = (
        "xi-noboa__2025-06-27",
        "xi-lee-jae-myung__2025-11-01",
        "liqiang-hun-manet__2023-09-15",
    )
    pairs = [_pair(n) for n in names]
    return {
        p.name: (p, e) for p, e in zip(pairs, repointed_links.entries(pairs, None), strict=True)
    }


def _wrong(pair: Pair, entry: dict[str, Any], a: str) -> dict[str, Any]:
    wrong, _ = repointed_links.wrong_links([pair], [entry])
    return next(r for r in wrong if r["judged"].report.a == a)


def test_the_doctests_hold() -> None:
    assert doctest.testmod(repointed_links).failed == 0


def test_a_wrong_half_whose_true_partner_is_a_free_report(read: dict[str, Any]) -> None:
    # Xi-Noboa 2025-06-27 (CCTV, young dev): the tool links 推动双边贸易再上新台阶 to
    # 推动双边关系不断迈上新台阶; the hand list drops the first, and the second is half of another
    # change whose A wording the tool reports dropped on its own.
    pair, entry = read["xi-noboa__2025-06-27"]
    row = _wrong(pair, entry, "推动双边贸易再上新台阶")
    assert (row["good"], row["own"], row["partner"]) == (
        "a",
        "half of a changed event",
        "free (one-sided report)",
    )
    # seen from the wrong half, its true partner (A's 推动双边关系…) stands in its place but shares
    # fewer units with it than the linked A wording: nothing a re-pointing rule could read
    assert row["against"] == ("shares fewer", True)


def test_unlinking_a_link_of_two_one_sided_events_makes_both_right(read: dict[str, Any]) -> None:
    # Xi-Lee Jae-myung 2025-11-01 (CCTV, young dev): 两国人民带来更多福祉 -> 增进两国人民福祉 is
    # linked; the hand list has a dropped and an appeared line, two events.
    pair, entry = read["xi-lee-jae-myung__2025-11-01"]
    row = _wrong(pair, entry, "两国人民带来更多福祉")
    assert row["own"] == "its own one-sided event"
    at = row["i"]
    made, touched = repointed_links.rewrite(entry, lambda e, i, s: "unlink" if i == at else "keep")
    assert touched == 1
    halves = [
        j
        for j in judge(pair, made).judged
        if (j.report.a, j.report.b) in (("两国人民带来更多福祉", None), (None, "增进两国人民福祉"))
    ]
    assert [(j.report.status, j.right) for j in halves] == [
        ("dropped", True),
        ("appeared", True),
    ]


def test_a_freer_wording_sharing_more_is_re_pointed_to(read: dict[str, Any]) -> None:
    # Li Qiang-Hun Manet 2023-09-15 (CCTV, young dev): 命运共同体行动计划 -> 推动中柬命运共同体 is
    # linked; the hand list's B line is appeared, and A's wording is half of a change to B's
    # one-sided 抓好中柬“钻石六边”合作架构、构建新时代中柬命运共同体行动计划的落实落地, which shares
    # four units more with it.
    pair, entry = read["liqiang-hun-manet__2023-09-15"]
    row = _wrong(pair, entry, "命运共同体行动计划")
    assert (row["good"], row["seen"]["gain"], row["against"]) == ("b", 4, ("shares more", False))
    made, touched = repointed_links.rewrite(entry, repointed_links._either(3))
    assert touched == 1
    link = next(j for j in judge(pair, made).judged if j.report.a == "命运共同体行动计划")
    assert (link.report.status, link.report.b.startswith("抓好中柬“钻石六边”"), link.right) == (
        "changed",
        True,
        True,
    )
