"""What the leaders' talks did, said in each Chinese readout, is one line (branch chg2,
``formulas/unpaired/talks_zh.py``): the issues discussed (就……交换了意见) and the course the talks
set for the relationship (擘画……蓝图, 作出……规划, 指明……方向, 达成……共识) on real young dev and
outside-tuning pairs, which the hand lists give as *changed* events and the base told nothing of,
paired both ways; one topic said in other words *persisted*; talks that frame a point said after
them, a wish and a country's own plan left alone."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from eval_pairs import cctv, one_changed_both_ways

from readoutdiff import load
from readoutdiff.formulas.unpaired.talks_zh import ID, kind, talks, topic

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"
EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _listed(folder: Path, pair: str, status: str, a: str | None, b: str | None) -> bool:
    """Whether the hand list of ``pair`` gives an event of ``status`` whose wordings hold these."""
    data = tomllib.loads((folder / "pairs" / f"{pair}.toml").read_text("utf-8"))
    return any(
        e["status"] == status
        and (a is None or a in e.get("a", ""))
        and (b is None or b in e.get("b", ""))
        for e in data["events"]
    )


def _talks(series: str, a_day: str, b_day: str, *, folder: Path = EVAL) -> list[tuple]:
    comparison = cctv(series, a_day, b_day, folder=folder)
    return [
        (f.status.value, f.a_text, f.b_text) for f in comparison.formulas if f.id.startswith(ID)
    ]


CHANGED = [
    # xi-sanchez (young dev): the issues narrowed, Ukraine and the Gaza war → Ukraine
    ("xi-sanchez", "2024-09-09", "2025-04-11", EVAL, "xi-sanchez__2024-09-09",
     "就乌克兰危机和巴以冲突等问题交换了意见", "就乌克兰危机等交换了意见"),
    # xi-sisi (outside tuning): the Gaza war → the Middle East
    ("xi-sisi", "2024-05-29", "2024-10-23", OUTSIDE, "xi-sisi__2024-05-29",
     "双方还就巴以冲突交换意见", "双方就当前中东地区局势交换意见"),
    # liqiang-bin-zayed (young dev): the course Xi's meeting set, a blueprint → a plan
    ("liqiang-bin-zayed", "2024-05-31", "2024-09-12", EVAL, "liqiang-bin-zayed__2024-05-31",
     "为两国关系未来发展共同擘画了新蓝图", "为中阿关系深化发展作出战略规划"),
    # liqiang-merz (young dev): a call's direction → a meeting's guidance
    ("liqiang-merz", "2025-11-23", "2026-02-25", EVAL, "liqiang-merz__2025-11-23",
     "就进一步深化双边关系指明了方向", "就深化两国关系作出战略指引"),
    # liqiang-lawrence-wong (young dev): a plan → a direction
    ("liqiang-lawrence-wong", "2025-06-23", "2025-10-25", EVAL,
     "liqiang-lawrence-wong__2025-06-23",
     "就深化发展两国关系作出进一步规划", "为下阶段中新关系发展指明了方向"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("series", "a_day", "b_day", "folder", "pair", "a_words", "b_words"),
    CHANGED,
    ids=["xi-sanchez", "xi-sisi", "bin-zayed", "merz", "lawrence-wong"],
)
def test_the_talks_told_otherwise_are_one_changed_line(
    series: str, a_day: str, b_day: str, folder: Path, pair: str, a_words: str, b_words: str
) -> None:
    assert _listed(folder, pair, "changed", a_words, b_words)  # the analyst's event
    one_changed_both_ways(series, a_day, b_day, a_words, b_words, folder=folder)


@pytest.mark.parametrize(
    ("series", "a_day", "b_day", "folder", "pair", "a_words", "b_words"),
    [
        # xi-merz (young dev): Ukraine, the subject and 了 changed
        ("xi-merz", "2025-05-23", "2026-02-25", EVAL, "xi-merz__2025-05-23",
         "双方还就乌克兰危机交换了意见", "两国领导人就乌克兰危机交换意见"),
        # xi-orban (outside tuning): Ukraine, views exchanged → talked over
        ("xi-orban", "2024-05-09", "2024-07-08", OUTSIDE, "xi-orban__2024-05-09",
         "两国领导人就乌克兰危机深入交换了意见", "双方重点就乌克兰危机进行深入沟通"),
        # liqiang-sanchez (young dev): the blueprint for the relationship, 进一步 gone
        ("liqiang-sanchez", "2025-04-11", "2026-04-14", EVAL, "liqiang-sanchez__2026-04-14",
         "为进一步深化两国关系擘画了蓝图", "就深化两国关系擘画了蓝图"),
    ],
    ids=["xi-merz", "xi-orban", "liqiang-sanchez"],
)  # fmt: skip
def test_one_topic_in_another_frame_is_persisted(
    series: str, a_day: str, b_day: str, folder: Path, pair: str, a_words: str, b_words: str
) -> None:
    assert _listed(folder, pair, "persisted", a_words, b_words)  # the analyst's event
    found = _talks(series, a_day, b_day, folder=folder)
    assert ("persisted", a_words, b_words) in found, found
    assert topic(a_words) == topic(b_words)


def _told(name: str) -> tuple[str, list[str]]:
    """The text of the young dev readout ``name`` and its talks clauses."""
    readout = load(EVAL / name)
    return readout.text, [s.text[i:j] for s, i, j, _ in talks(readout)]


@pytest.mark.parametrize(
    ("name", "left", "told"),
    [
        # xi-scholz: "两国领导人还就乌克兰危机深入交换意见，表示……" frames the points said after it
        # (convention (i): not listed); the Gaza discussion standing alone is a line
        ("xi-scholz__2024-04-16__cctv.txt", "两国领导人还就乌克兰危机深入交换意见，表示",
         ["双方还就巴以冲突等共同关心的国际和地区问题交换了意见"]),
        # liqiang-scholz: Scholz wishes to reach more consensus (愿……达成更多合作共识); Li's recall
        # of Xi's meeting is the line
        ("liqiang-scholz__2023-06-20__cctv.txt", "等领域达成更多合作共识", ["为中德关系未来发展指明方向"]),
        # xi-lula: "……交换了意见，一致同意……" frames a point too; the blueprint the decision
        # drew (listed dropped) is a line
        ("xi-lula__2025-05-13__cctv.txt", "两国元首还就乌克兰危机交换了意见，一致同意",
         ["这一战略决策为中巴关系下一个“黄金50年”擘画了宏伟蓝图"]),
        # xi-lee-jae-myung: the five-year plan's blueprint is China's own, no talks
        ("xi-lee-jae-myung__2026-01-05__cctv.txt", "为未来5年中国发展擘画蓝图", []),
    ],
    ids=["framing", "wish", "framing-agreed", "own-plan"],
)  # fmt: skip
def test_framing_talks_a_wish_and_a_countrys_own_plan_are_no_line(
    name: str, left: str, told: list[str]
) -> None:
    text, said = _told(name)
    assert left in text
    assert said == told, said


def test_kinds_on_real_clauses() -> None:
    # issues with the issues, the course with the course (liqiang-sanchez 2025-04-11: the views
    # exchanged on the relationship itself are the course, paired with the blueprint)
    assert kind("双方还就乌克兰危机和巴以冲突等问题交换了意见") == 0
    assert kind("就双边关系重大战略性问题深入交换意见") == 1
    assert kind("习近平主席同你深入交换意见") == 1  # no topic named: the talks themselves
    assert kind("两国元首就构建具有地区和全球影响力的中印尼命运共同体达成重要共识") == 1
    found = _talks("liqiang-sanchez", "2024-09-09", "2025-04-11")
    assert (
        "changed",
        "就双边关系重大战略性问题深入交换意见",
        "为进一步深化两国关系擘画了蓝图",
    ) in found, found
