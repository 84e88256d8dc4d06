"""In a comparison of two Chinese readouts, a *changed* entry whose one wording holds the other
whole is left out (formulas/entries/said_within.py), on dev pairs of eval/formulas (CCTV
evening-news readouts, sources in eval/formulas/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.formulas.entries.said_within import said_within, without_said_within
from readoutdiff.ingest import from_text
from readoutdiff.model import Formula, FormulaStatus

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
