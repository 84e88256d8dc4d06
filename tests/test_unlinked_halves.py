"""`benchmarks/unlinked_halves.py` classes the halves of a change the tool reports apart, on real
dev pairs, and reads the ties a linking rule would rest on."""

from __future__ import annotations

import doctest

import pytest
import unlinked_halves
from formula_eval import Pair, load_pairs
from link_model import collect

from readoutdiff import load


def _pair(name: str) -> Pair:
    return next(p for p in load_pairs(split="dev") if p.name == name)


@pytest.fixture(scope="module")
def merz() -> Pair:
    # Li Qiang-Merz (CCTV, young dev): the hand list links 中方愿同德方加强战略沟通 to 加强对话沟通
    # (one gap) and 加强多边事务沟通 to 德方愿同中方加强沟通协调 (elsewhere); the tool reports all
    # four one-sided, and one of its dropped reports shares the head 协调 with that appeared one in
    # the aligned pair opposite.
    return _pair("liqiang-merz__2025-11-23")


def test_the_doctests_of_the_ties_hold() -> None:
    assert doctest.testmod(unlinked_halves).failed == 0


def test_two_halves_in_one_aligned_pair_are_both_known_and_share_a_head() -> None:
    # Li Qiang-Hun Manet (CCTV, young dev): 树立了新型国际关系的典范 -> 树立了国与国之间平等相待、
    # 互利共赢的典范, one changed line in the hand list, a dropped and an appeared report today.
    rows = unlinked_halves.halves([_pair("liqiang-hun-manet__2023-09-15")])
    classes = {
        (r[1].status, r[3], r[4], r[6]) for r in rows if r[2].a == "树立了新型国际关系的典范"
    }
    ties = ("same head", "a shared unit", "same order")
    assert classes == {
        ("dropped", "same pair", "both known", ties),
        ("appeared", "same pair", "both known", ties),
    }


def test_a_half_whose_other_half_no_report_holds_is_silent() -> None:
    # Blinken-Allamand (State Department, young dev): "address the climate crisis" dropped; its
    # successor "expand environmental cooperation" in the aligned sentence is reported by nothing.
    rows = unlinked_halves.halves([_pair("blinken-allamand__2021-06-30")])
    found = [r for r in rows if r[2].a == "address the climate crisis"]
    assert [(r[1].status, r[3], r[4], r[6]) for r in found] == [
        ("dropped", "same pair", "silent", ("same order",))
    ]


def test_a_shared_head_ties_one_change_in_a_gap_and_misleads_in_an_aligned_pair(
    merz: Pair,
) -> None:
    entry = collect(merz, cosine=False)
    read = {(f["a"], f["b"]): (c["label"], f) for c, f in unlinked_halves.candidates(entry)}
    label, right = read["中方愿同德方加强战略沟通", "加强对话沟通"]
    assert (label, right["place"], right["head"]) == (1, "same gap", True)
    wrong = [
        (label, f["place"])
        for (a, b), (label, f) in read.items()
        if "多边沟通协调" in a and b == "德方愿同中方加强沟通协调" and f["head"]
    ]
    assert wrong == [(0, "same pair")]


def test_a_rule_links_one_partner_each_and_is_judged_again(merz: Pair) -> None:
    entry = dict(collect(merz, cosine=False), series=merz.series)
    rule = unlinked_halves.RULES["same aligned pair, the same head"]
    links = unlinked_halves.linked(entry, rule)
    assert len({c["d"] for c in links}) == len({c["a"] for c in links}) == len(links) >= 1
    reports = unlinked_halves.with_links(entry, links)
    assert len(reports) == len(entry["reports"]) - len(links)
    assert sum(r.status == "changed" for r in reports) == len(links) + sum(
        r[0] == "changed" for r in entry["reports"]
    )


def test_a_silent_half_is_classed_by_what_would_find_its_other_half() -> None:
    # Xi-Mishustin (CCTV, young dev): 认真落实两国元首共识 reported on one side; the paired sentence
    # says 俄方愿同中方认真落实两国元首达成的重要共识 in words nothing reports, the stretch there
    # sharing most with it. Blinken-Allamand: "address the climate crisis" -> "expand
    # environmental cooperation" share no unit: no slot-and-words rule sees it (sil1).
    pairs = [_pair("xi-mishustin__2023-03-21"), _pair("blinken-allamand__2021-06-30")]
    found = {
        (r[2].a, r[2].b): f for r, f in unlinked_halves.silent_rows(unlinked_halves.halves(pairs))
    }
    assert (
        found["认真落实两国元首共识", "俄方愿同中方认真落实两国元首达成的重要共识"]
        == "same pair, its best"
    )
    assert found["address the climate crisis", "expand environmental cooperation"] == (
        "shares nothing"
    )


def test_a_rare_shared_unit_is_what_the_speakers_frame_is_not() -> None:
    # liqiang-luxon 2025-06-20 (CCTV, young dev): the two lines share only the speaker's frame
    # 中方愿同新方, which B says twice; xi-mishustin's two wordings share 认真落实两国元首…共识, said once.
    luxon = "中方愿同新方持续扩大贸易规模。中方愿同新方加强发展战略对接。"
    assert (
        unlinked_halves.rare("中方愿同新方持续扩大贸易规模", "中方愿同新方加强发展战略对接", luxon)
        == 0
    )
    assert (
        unlinked_halves.rest_share("中方愿同新方持续扩大贸易规模", "中方愿同新方加强发展战略对接")
        == 0
    )


def _read(name: str) -> dict[tuple[str, str], tuple[int, dict[str, object]]]:
    pair = _pair(name)
    texts = (load(pair.a_path).text, load(pair.b_path).text)
    entry = dict(collect(pair, cosine=False), texts=texts)
    return {(f["a"], f["b"]): (c["label"], f) for c, f in unlinked_halves.candidates(entry)}


def test_units_only_two_wordings_say_tie_one_change_and_an_anniversary_too() -> None:
    # lk7. Li Qiang-Sisi (CCTV, young dev): 弘扬传统友好 -> 赓续传统友谊, one change in the hand list,
    # reported dropped and appeared in one gap; 传统 and 统友 stand nowhere else in either readout.
    label, f = _read("liqiang-sisi__2025-07-10")["弘扬传统友好", "赓续传统友谊"]
    assert (label, f["place"], f["rare"]) == (1, "same gap", 2)
    # Xi-Noboa (CCTV, young dev): 今年是中厄建交45周年 and 今年是中厄两国建立全面战略伙伴关系10周年
    # share 今年是中厄…周年, said once in each readout, yet are two anniversaries, two events.
    label, f = _read("xi-noboa__2025-06-27")[
        "今年是中厄建交45周年", "今年是中厄两国建立全面战略伙伴关系10周年"
    ]
    assert label == 0
    assert f["place"] == "same pair"
    assert f["rare"] >= 2
