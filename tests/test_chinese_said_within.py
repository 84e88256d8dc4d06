"""In a comparison of two Chinese readouts, a *changed* entry whose one wording holds the other
whole is left out (formulas/entries/said_within.py), on dev pairs of eval/formulas (CCTV
evening-news readouts, sources in eval/formulas/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.formulas.entries.said_within import raised, said_within, without_said_within
from readoutdiff.ingest import from_text
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Span

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


@pytest.mark.parametrize(
    ("a_name", "b_name", "gone"),
    [
        ("xi-albanese__2024-11-18", "xi-albanese__2025-07-15",
         {("平等相待", "坚持平等相待"), ("实现共同发展", "共同发展"), ("取得积极进展", "澳中关系取得积极进展")}),
        ("xi-starmer__2024-11-18", "xi-starmer__2026-01-29", {("世界经济增长", "经济增长")}),
        ("xi-tokayev__2025-06-16", "xi-tokayev__2025-08-30", {("命运共同体", "共建命运共同体")}),
    ],
)  # fmt: skip
def test_a_phrase_said_within_a_longer_one_is_no_change(
    a_name: str, b_name: str, gone: set[tuple[str, str]]
) -> None:
    """The five such entries the tool reported changed on these dev pairs (none a hand-listed
    change) are gone, both ways; every other changed entry's wordings differ past containment."""
    a, b = load(EVAL / f"{a_name}__cctv.txt"), load(EVAL / f"{b_name}__cctv.txt")
    for swap in (False, True):
        comparison = compare(b, a) if swap else compare(a, b)
        said = {(f.a_text, f.b_text) for f in comparison.formulas}
        assert not said & {(y, x) if swap else (x, y) for x, y in gone}
        assert not [f for f in comparison.formulas if said_within(f)]
        assert any(f.status is FormulaStatus.CHANGED for f in comparison.formulas)


def test_only_a_changed_entry_holding_the_other_wording_whole_is_said_within() -> None:
    def changed(a: str, b: str) -> Formula:
        return Formula(status=FormulaStatus.CHANGED, a_text=a, b_text=b)

    assert said_within(changed("平等相待", "坚持平等相待"))
    assert said_within(changed("世界经济增长", "经济增长"))
    assert not said_within(changed("澳方坚持奉行一个中国政策", "澳方坚持一个中国政策"))  # not whole
    assert not said_within(changed("提升互联互通水平", "深化互联互通合作"))
    assert not said_within(
        Formula(status=FormulaStatus.PERSISTED, a_text="平等相待", b_text="坚持平等相待")
    )
    assert not said_within(Formula(status=FormulaStatus.DROPPED, a_text="平等相待", b_text=None))


def test_other_languages_keep_their_entries() -> None:
    """The rule is Chinese only: English keeps such an entry for :mod:`.contained` to read."""
    en = from_text("We uphold the rules-based order.")
    entry = Formula(
        status=FormulaStatus.CHANGED, a_text="rules-based order", b_text="the rules-based order"
    )
    assert without_said_within([entry], en, en) == (entry,)
    zh = from_text("双方要坚持平等相待。")
    assert without_said_within([entry], zh, zh) == ()


OUTSIDE = EVAL.parent / "outside"


@pytest.mark.parametrize("swap", [False, True])
def test_a_lexicon_designation_raised_stays_changed(swap: bool) -> None:
    """xi-aliyev 2024-07-03 → 2025-04-23 (outside tuning, CCTV): A says "宣布建立阿中战略伙伴关系",
    B "建立中阿全面战略伙伴关系". The succession the lexicon declares is an upgrade the hand list
    calls changed, though one wording holds the other: it is kept, mirrored when A and B swap."""
    a = load(OUTSIDE / "xi-aliyev__2024-07-03__cctv.txt")
    b = load(OUTSIDE / "xi-aliyev__2025-04-23__cctv.txt")
    comparison = compare(b, a) if swap else compare(a, b)
    pair = ("全面战略伙伴关系", "战略伙伴关系") if swap else ("战略伙伴关系", "全面战略伙伴关系")
    upgraded = [f for f in comparison.formulas if (f.a_text, f.b_text) == pair]
    assert [f.status for f in upgraded] == [FormulaStatus.CHANGED]
    first, second = (b, a) if swap else (a, b)
    assert said_within(upgraded[0]) and raised(upgraded[0], first.text, second.text)


@pytest.mark.parametrize(
    ("a_name", "b_name", "gone"),
    [
        ("xi-ramaphosa__2023-06-09", "xi-ramaphosa__2023-08-22", ("战略伙伴关系", "全面战略伙伴关系")),
        ("xi-ramaphosa__2023-08-22", "xi-ramaphosa__2024-09-02",
         ("全面战略合作伙伴关系", "战略合作伙伴关系")),
    ],
)  # fmt: skip
def test_a_designation_no_verb_raises_stays_left_out(
    a_name: str, b_name: str, gone: tuple[str, str]
) -> None:
    """Dev pairs: "珍视南中…战略伙伴关系" is a passing mention (hand-listed dropped), and B's
    战略合作伙伴关系 is cut from 新时代全方位战略合作伙伴关系 after 提升为: neither is said right
    after a raising verb, so the lexicon's succession link stays left out, both ways."""
    a, b = load(EVAL / f"{a_name}__cctv.txt"), load(EVAL / f"{b_name}__cctv.txt")
    for swap in (False, True):
        comparison = compare(b, a) if swap else compare(a, b)
        said = {(f.a_text, f.b_text) for f in comparison.formulas}
        assert (gone[::-1] if swap else gone) not in said


def test_raised_reads_the_verb_before_the_name_or_the_parties() -> None:
    def link(a: str, b: str, at: int, end: int) -> Formula:
        return Formula(
            status=FormulaStatus.CHANGED, a_text=a, b_text=b,
            a_spans=(Span(start=at, end=end, line=1),), b_spans=(),
            id="strategic-partnership>comprehensive-strategic-partnership",
            source=FormulaSource.BUILTIN,
        )  # fmt: skip

    text = "我们将双边关系定位提升到战略伙伴关系"
    assert raised(link("战略伙伴关系", "全面战略伙伴关系", 12, 18), text, "")
    assert raised(link("战略伙伴关系", "全面战略伙伴关系", 4, 10), "宣布建立两国战略伙伴关系", "")
    assert not raised(
        link("战略伙伴关系", "全面战略伙伴关系", 4, 10), "推动发展中塔战略伙伴关系", ""
    )
    mined = Formula(
        status=FormulaStatus.CHANGED, a_text="战略伙伴关系", b_text="全面战略伙伴关系",
        a_spans=(Span(start=12, end=18, line=1),), id="mined:x",
    )  # fmt: skip
    assert not raised(mined, text, "")  # not two formulas of the lexicon


def test_an_anniversary_of_a_designation_raises_nothing() -> None:
    # xi-carney 2025-10-31 (dev, CCTV): "今年是中加建交55周年和建立战略伙伴关系20周年" dates a
    # relationship set up twenty years ago; 建立 before the name is no upgrade at this meeting.
    text = load(EVAL / "xi-carney__2025-10-31__cctv.txt").text
    start = text.index("建立战略伙伴关系20周年") + 2
    link = Formula(
        status=FormulaStatus.CHANGED, a_text="战略伙伴关系", b_text="全面战略伙伴关系",
        a_spans=(Span(start=start, end=start + 6, line=1),), b_spans=(),
        id="strategic-partnership>comprehensive-strategic-partnership",
        source=FormulaSource.BUILTIN,
    )  # fmt: skip
    assert text[start : start + 6] == "战略伙伴关系"
    assert not raised(link, text, "")
    cut = text[: start + 6]  # the same words with no count of years after them: raised
    assert raised(link, cut, "")
