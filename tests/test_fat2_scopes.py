"""fat2 (issue 10, fates right): links of ``linking/slots.py`` that the hand lists call two
lines, on real readouts of the outside set's tuning part and of dev.

A Chinese relationship name said of other parties or scopes is no rewording of it
(``linking/slots._parties_apart``): 中埃命运共同体 (China and Egypt) and 中非命运共同体 (China
and Africa), 人类命运共同体 and 中老命运共同体 are lines of their own in the hand lists. One
pair's names in either order stay one scope, and a wording that names no scope still links to
one that does. A place that keeps only the formula's names of its own words is no rewording
either (``linking/mutation._own_names_only``)."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.ingest import load

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"


def _told(a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    comparison = compare(load(OUTSIDE / f"{a}__cctv.txt"), load(OUTSIDE / f"{b}__cctv.txt"))
    return [(f.status.value, f.a_text, f.b_text) for f in comparison.formulas]


def test_china_egypt_and_china_africa_communities_are_not_linked() -> None:
    told = _told("xi-sisi__2022-12-08", "xi-sisi__2024-05-29")
    assert not [t for t in told if t[0] == "changed" and "中埃" in (t[1] or "") + (t[2] or "")
                and "中非" in (t[1] or "") + (t[2] or "")]  # fmt: skip
    # the pair's own community is told as the pair's, the wider one as appeared
    assert ("changed", "朝着新时代构建中埃命运共同体目标", "构建面向新时代的中埃命运共同体") in told
    assert ("appeared", None, "携手构建高水平的中非命运共同体") in told


def test_mankind_and_the_pairs_community_are_not_linked() -> None:
    told = _told("xi-thongloun__2022-11-30", "xi-thongloun__2023-10-20")
    assert ("changed", "构建人类命运共同体", "构建中老命运共同体") not in told
    assert ("dropped", "人类命运共同体", None) in told


def test_one_scope_or_none_still_links() -> None:
    # 中老 on both sides: one scope, the change stays. (Its wordings since e61's background
    # rebuild, forty-second session: 确保中老命运共同体建设不偏航、不失速 → 中老命运共同体建设不断取得
    # 重要进展, before 中老命运共同体建设走深走实 → 中老命运共同体建设不断取得.)
    told = _told("xi-thongloun__2022-11-30", "xi-thongloun__2023-10-20")
    assert [
        t
        for t in told
        if t[0] == "changed" and all("中老命运共同体建设" in (w or "") for w in t[1:])
    ]
    # No scope on one side (始终走在构建命运共同体的前列): linked as before.
    told = _told("xi-thongloun__2023-10-20", "xi-thongloun__2024-10-22")
    assert ("changed", "命运共同体建设", "构建命运共同体的前列") in told


def test_a_place_keeping_only_the_formulas_name_is_no_rewording() -> None:
    # Biden-Macron 7 Mar -> 4 Apr 2023 (outside tuning): "imposing costs on Russia for its
    # aggression" was linked to "Russia's ongoing aggression" (shared: the name Russia, of the
    # formula's own words, and the clause's "aggression"); the hand list says dropped.
    a, b = (
        OUTSIDE / "biden-macron__2023-03-07__wh.txt",
        OUTSIDE / "biden-macron__2023-04-04__wh.txt",
    )
    told = [(f.status.value, f.a_text, f.b_text) for f in compare(load(a), load(b)).formulas]
    assert not [t for t in told if t[0] == "changed" and "imposing costs" in (t[1] or "")]
    assert ("dropped", "imposing costs on Russia", None) in told


def test_a_name_and_a_word_of_the_formula_still_link() -> None:
    # Blinken-Truss 3 May -> 2 Jun 2022 (dev): the Kremlin and "war" are both the formula's.
    formulas = OUTSIDE.parent / "formulas"
    a, b = (
        formulas / "blinken-truss__2022-05-03__state.txt",
        formulas / "blinken-truss__2022-06-02__state.txt",
    )
    told = [(f.status.value, f.a_text, f.b_text) for f in compare(load(a), load(b)).formulas]
    assert ("changed", "Kremlin’s war against Ukraine", "Kremlin’s war of choice") in told
