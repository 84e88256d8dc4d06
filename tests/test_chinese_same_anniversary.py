"""In a comparison of two Chinese readouts, the same anniversary told in both is one changed
entry (formulas/entries/same_anniversary.py): on the outside set's tuning pairs (CCTV evening-news
readouts, eval/outside/SOURCES.md), on dev pairs of eval/formulas whose anniversaries differ, and
on made-up clauses."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import cctv

from readoutdiff.compare import compare
from readoutdiff.formulas.entries.same_anniversary import anniversaries, anniversaries_paired
from readoutdiff.formulas.origins import origins
from readoutdiff.ingest import load
from readoutdiff.model import Formula, FormulaStatus, Span

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"


def _changed(series: str, a_day: str, b_day: str, *, swap: bool) -> list[tuple[str, str]]:
    a, b = (load(OUTSIDE / f"{series}__{day}__cctv.txt") for day in (a_day, b_day))
    found = compare(b, a) if swap else compare(a, b)
    return [
        (f.a_text or "", f.b_text or "")
        for f in found.formulas
        if f.status is FormulaStatus.CHANGED and "周年" in (f.a_text or "") + (f.b_text or "")
    ]


@pytest.mark.parametrize(
    ("series", "a_day", "b_day", "a_words", "b_words"),
    [
        # the 75th anniversary of relations, next year's, then this year's (one aligned pair)
        ("xi-orban", "2023-10-17", "2024-05-09", "以明年建交75周年为契机", "今年是中匈建交75周年"),
        # the same anniversary told again in another place; B's 中欧 50th is another one
        ("xi-orban", "2024-05-09", "2024-07-08", "今年是中匈建交75周年",
         "为今年两国建交75周年赋予新的历史意义"),
        # the partnership's 10th anniversary, the parties named 中埃 and 两国
        ("xi-sisi", "2024-05-29", "2024-10-23", "今年是中埃建立全面战略伙伴关系10周年",
         "今年是“中埃伙伴年”和两国建立全面战略伙伴关系10周年"),
    ],
)  # fmt: skip
def test_one_anniversary_told_in_both_readouts_is_one_changed_entry_both_ways(
    series: str, a_day: str, b_day: str, a_words: str, b_words: str
) -> None:
    """The hand lists pair each as one changed event; the tool told a dropped and an appeared
    anniversary clause. Swapped readouts swap the wordings."""
    assert _changed(series, a_day, b_day, swap=False) == [(a_words, b_words)]
    assert _changed(series, a_day, b_day, swap=True) == [(b_words, a_words)]


def test_the_entry_has_one_name_and_story_both_ways() -> None:
    a, b = (load(OUTSIDE / f"xi-orban__{day}__cctv.txt") for day in ("2023-10-17", "2024-05-09"))
    told = []
    for x, y in ((a, b), (b, a)):
        with origins() as step_of:
            found = compare(x, y).formulas
            told.append(
                [(f.id, step_of(f)) for f in found if f.status is FormulaStatus.CHANGED and "周年" in (f.a_text or "")]
            )  # fmt: skip
    assert told[0] == told[1]
    assert len(told[0]) == 1 and told[0][0][1].endswith("anniversaries_paired")


def test_another_anniversary_stays_one_sided() -> None:
    """B's 中欧 50th anniversary of relations is no retelling of A's 中匈 75th: it stays appeared
    (the hand list calls it no point), beside the pair of 75th anniversaries made one."""
    a, b = (load(OUTSIDE / f"xi-orban__{day}__cctv.txt") for day in ("2024-05-09", "2024-07-08"))
    told = [(f.status, f.a_text, f.b_text) for f in compare(a, b).formulas]
    assert (FormulaStatus.APPEARED, None, "明年是中国欧盟建交50周年") in told


def test_the_dev_pairs_anniversaries_have_no_partner() -> None:
    """No dev pair of eval/formulas tells one anniversary in both readouts: xi-carney's 55th of
    relations is said by A alone, and stays dropped, as its hand list says."""
    told = [(f.status, f.a_text) for f in cctv("xi-carney", "2025-10-31", "2026-01-16").formulas]
    assert (FormulaStatus.DROPPED, "今年是中加建交55周年和建立战略伙伴关系20周年") in told


@pytest.mark.parametrize(
    ("wording", "told"),
    [
        ("以明年建交75周年为契机", {(75, "建交", "")}),
        ("今年是中国同欧盟建交50周年", {(50, "建交", "")}),
        ("明年是中国欧盟建交50周年", {(50, "建交", "")}),
        ("今年是两国全面战略伙伴关系建立10周年", {(10, "建立", "全面战略伙伴关系")}),
        ("很高兴在澳中全面战略伙伴关系建立十周年之际再次同习近平主席会面", {(10, "建立", "全面战略伙伴关系")}),
        ("今年是柬埔寨人民党成立75周年", {(75, "成立", "柬埔寨人民党")}),
        ("祝贺中国人民抗日战争胜利80周年", {(80, "胜利", "中国人民抗日战争")}),
        ("以共建“一带一路”倡议提出10周年为契机", {(10, "提出", "共建“一带一路”倡议")}),
        ("今年是中加建交五十五周年", {(55, "建交", "")}),
        ("建交以来", set()),
    ],
)  # fmt: skip
def test_what_an_anniversary_counts(wording: str, told: set[tuple[int, str, str]]) -> None:
    """Real wordings of the evaluation set's readouts (the last two made up): the years, the act
    from its verb, the subject, "" for the two parties however named."""
    assert anniversaries(wording) == told


def _one_sided(words: str, *, on_a: bool, name: str, start: int = 0) -> Formula:
    span = (Span(start=start, end=start + len(words), line=1),)
    if on_a:
        return Formula(
            status=FormulaStatus.DROPPED, a_text=words, b_text=None, a_spans=span, id=name
        )
    return Formula(status=FormulaStatus.APPEARED, a_text=None, b_text=words, b_spans=span, id=name)


def test_a_second_partner_leaves_both_one_sided() -> None:
    """Two clauses of B tell A's anniversary: neither is its one partner."""
    given = (
        _one_sided("今年是中匈建交75周年", on_a=True, name="x"),
        _one_sided("为今年两国建交75周年赋予新的历史意义", on_a=False, name="y"),
        _one_sided("以建交75周年为契机", on_a=False, name="z", start=30),
    )
    assert anniversaries_paired(given) == given


def test_another_count_or_subject_is_another_anniversary() -> None:
    given = (
        _one_sided("今年是中匈建交75周年", on_a=True, name="x"),
        _one_sided("明年是中国欧盟建交50周年", on_a=False, name="y"),
        _one_sided("今年是中华人民共和国成立75周年", on_a=True, name="v", start=20),
        _one_sided("今年是柬埔寨人民党成立75周年", on_a=False, name="w", start=20),
    )
    assert anniversaries_paired(given) == given
