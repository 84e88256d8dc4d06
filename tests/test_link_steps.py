"""`benchmarks/link_steps.py` counts the changed reports of each step of the formula stage by
what the hand list says of them, reads the clause links of kept formulas by place and speaker,
and measures reading such a link as two lines, on a real young dev pair (lk4)."""

from __future__ import annotations

import formula_eval
import link_steps
import pytest

PAIR = "xi-boluarte__2024-06-28"
"""Xinhua's readouts of Xi Jinping's meetings with Dina Boluarte (dev, young): a clause link of
全面战略伙伴关系 between Xi's words on A and Boluarte's at the far end of B that the hand lists as
two lines, and a link of 坚定相互支持 within Xi's words on both sides that it lists as one."""
WRONG = "秘鲁是最早同新中国建交、最早同中国建立全面战略伙伴关系的拉美国家之一"
RIGHT = "愿同秘方坚定相互支持"


@pytest.fixture(scope="module")
def pair() -> formula_eval.Pair:
    return next(p for p in formula_eval.load_pairs(split="young") if p.name == PAIR)


def test_speaker_is_the_name_opening_the_paragraph() -> None:
    text = "习近平指出，中方愿同各方一道。\n迪亚斯-卡内尔表示，古方支持。\n双方同意加强合作。"
    assert link_steps.speaker(text, 3) == "习近平"
    assert link_steps.speaker(text, text.index("古方")) == "迪亚斯-卡内尔"
    assert link_steps.speaker(text, text.index("加强")) is None  # both sides: no one speaker


def test_the_clause_links_by_feature_and_verdict(pair: formula_eval.Pair) -> None:
    comparison, formulas, steps, reports = link_steps.run(pair)
    judged = {id(j.report): j for j in formula_eval.judge(pair, reports).judged}
    seen = {}
    for formula, step, report in zip(formulas, steps, reports, strict=True):
        if link_steps.last(step) == link_steps.STEP and formula.a_text in (WRONG, RIGHT):
            seen[formula.a_text] = (
                link_steps.verdict(judged[id(report)]),
                link_steps.features(comparison, formula),
            )
    assert seen[WRONG] == ("wrong link", (False, "speakers differ", True))
    assert seen[RIGHT] == ("right", (False, "same speaker", True))
    assert link_steps.vetoed(*seen[WRONG][1], "both")
    assert not link_steps.vetoed(*seen[RIGHT][1], "both")  # one speaker: kept
    assert link_steps.vetoed(*seen[RIGHT][1], "far")  # far apart alone would split it


def test_a_wrong_link_split_is_two_right_lines_and_a_right_link_stays(
    pair: formula_eval.Pair,
) -> None:
    reports, split, count = link_steps.split_reports(pair, "both")
    assert count >= 1 and len(split) == len(reports) + count
    judged = formula_eval.judge(pair, split).judged
    halves = [j for j in judged if WRONG in (j.report.a, j.report.b)]
    assert [(j.report.status, j.right) for j in halves] == [("dropped", True)]
    appeared = [
        j
        for j in judged
        if j.report.status == "appeared" and "开启秘中全面战略伙伴关系" in (j.report.b or "")
    ]
    assert [j.right for j in appeared] == [True]
    kept = [j for j in judged if j.report.a == RIGHT]
    assert [(j.report.status, j.right) for j in kept] == [("changed", True)]


def test_the_step_table_counts_every_changed_report(pair: formula_eval.Pair) -> None:
    found = link_steps.links([pair])
    _, formulas, _, _ = link_steps.run(pair)
    assert len(found) == sum(f.status.value == "changed" for f in formulas)
    table = link_steps.step_table(found)
    row = next(line for line in table.splitlines() if line.startswith(f"| {link_steps.STEP} |"))
    cells = [int(c) for c in row.strip("|").split("|")[1:6]]
    assert sum(cells) == sum(link_steps.last(f.step) == link_steps.STEP for f in found)
    assert cells[0] >= 1 and cells[1] >= 1  # a right link and a wrong link, as above


def test_main_prints_the_three_tables(capsys: pytest.CaptureFixture[str]) -> None:
    assert link_steps.main(["--young", "--pair", PAIR, "--features", "--split", "both"]) == 0
    out = capsys.readouterr().out
    assert "| in_clauses.changed |" in out and "| no | speakers differ | yes |" in out
    assert "links split (both)" in out
    with pytest.raises(SystemExit):
        link_steps.main(["--set", "outside", "--young"])
