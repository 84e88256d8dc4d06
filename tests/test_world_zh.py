"""How the world stands, said in each Chinese readout, is one event (convention (l); branch
zh10, ``formulas/unpaired/world_zh.py``): two readings of the world paired on real dev pairs
(changed, persisted, the 越 frame with the 越 frame), both ways; the constancy clause never told
alone; near cases left alone — a frame with no quality, a quality of the world inside a task or
a praise, a crisis's situation, a party's own circumstances — on real clauses and pairs."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import cctv, one_changed_both_ways

from readoutdiff import compare, load
from readoutdiff.formulas.unpaired.world_zh import (
    CONSTANCY,
    ID,
    assessments,
    is_assessment,
    reading,
)
from readoutdiff.model import FormulaStatus, Options

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"


def _world(a: str, b: str, *, swap: bool = False, root: Path | None = None) -> list[tuple]:
    if root is None:
        comparison = cctv(a.rsplit("__", 1)[0], a.rsplit("__", 1)[1], b, swap=swap)
    else:
        x, y = load(root / a), load(root / b)
        comparison = compare(y, x) if swap else compare(x, y)
    return [
        (f.status.value, f.a_text, f.b_text) for f in comparison.formulas if f.id.startswith(ID)
    ]


def test_two_readings_of_the_world_are_one_changed_event() -> None:
    # xi-starmer (dev): 当前，国际形势变乱交织 -> 当前世界进入新的动荡变革期; the base told a
    # dropped and an appeared half (two wrong fates), the hand list one changed event
    one_changed_both_ways(
        "xi-starmer", "2024-08-23", "2024-11-18", "国际形势变乱交织", "新的动荡变革期"
    )
    # xi-modi (dev): a frame with a quality, then a frame on the world economy's uncertainty
    one_changed_both_ways(
        "xi-modi", "2024-10-23", "2025-08-31", "在当前复杂国际形势下", "面对世界经济高度不确定性"
    )


PAIRED = [
    # xi-merz (dev): only the frame word, the time word and the world's name differ: persisted
    (
        ("xi-merz__2025-05-23", "2026-02-25", "persisted"),
        [
            ("当今世界百年变局加速演进", "面对加速演进的世界百年变局"),
            ("国际形势变乱交织", "世界越是变乱交织"),
        ],
    ),
    # xi-ramaphosa (dev): B says the world in two clauses together, then a 越 frame; the hand
    # list pairs A's two readings with them in reading order: changed
    (
        ("xi-ramaphosa__2023-08-22", "2024-09-02", "changed"),
        [
            ("面对变乱交织的世界", "世界百年变局加速演进，人类社会面临前所未有的挑战"),
            ("当今世界面临地缘政治、能源危机等多重严峻复杂挑战", "国际形势越是复杂"),
        ],
    ),
]


@pytest.mark.parametrize("swap", [False, True])
@pytest.mark.parametrize(("case", "pairs"), PAIRED, ids=["same-reading", "two-clauses"])
def test_the_readings_of_the_world_pair(
    case: tuple[str, str, str], pairs: list[tuple[str, str]], swap: bool
) -> None:
    a, b_day, status = case
    found = _world(a, b_day, swap=swap)
    for x, y in pairs:
        assert (status, *((y, x) if swap else (x, y))) in found


def test_a_yue_frame_pairs_with_a_yue_frame() -> None:
    # wangyi-guterres (outside tuning): "the more complex …, the more …" in each readout is one
    # slot, though the other reading comes first in B
    found = _world(
        "wangyi-guterres__2024-09-27__xinhua.txt", "wangyi-guterres__2025-02-18__xinhua.txt",
        root=OUTSIDE,
    )  # fmt: skip
    assert ("changed", "国际形势越复杂，全球性风险挑战越突出", "世界越是动荡不安") in found
    assert ("changed", "面对世界面临的风险挑战", "当前国际局势变乱交织") in found


def test_the_constancy_clause_is_never_told_alone() -> None:
    # xi-hun-manet (dev): 无论国际形势如何变化 in each readout governs a line told by itself
    comparison = cctv("xi-hun-manet", "2025-08-30", "2026-07-17")
    alone = [f for f in comparison.formulas if f.a_text == "无论国际形势如何变化"]
    assert alone == []


def test_the_constancy_clause_is_told_with_the_line_it_governs() -> None:
    # xi-thongloun (outside tuning): the line it governs is told by no other entry
    a, b = "xi-thongloun__2024-10-22__cctv.txt", "xi-thongloun__2025-09-04__cctv.txt"
    found = compare(load(OUTSIDE / a), load(OUTSIDE / b)).formulas
    texts = [f.a_text for f in found if f.status is FormulaStatus.DROPPED]
    assert "无论国际形势如何变化，中国永远是老挝可信赖的朋友和伙伴" in texts
    assert "无论国际形势如何变化" not in texts


def test_near_cases_are_no_reading_of_the_world() -> None:
    # real clauses of the Chinese pairs: a frame with no quality (xi-lula), a quality of the
    # world inside a task (xi-albanese), praise of a party's work in its own circumstances
    # (xi-thongloun), a crisis's situation (xi-sisi), the constancy clause (xi-tokayev)
    for clause in (
        "在当前国际形势下",
        "面对新形势、新挑战",
        "为动荡的世界注入更多稳定性和确定性",
        "面对复杂多变的国际国内形势",
        "加沙人道主义局势极其严峻",
        "无论国际形势如何变化",
        "中方愿同南非加强国际多边协作",
    ):
        assert not is_assessment(clause), clause
    for clause in (
        "面对变乱交织的世界",
        "越是形势严峻",
        "尽管世界处于百年变局",
        "人类又一次站在十字路口",
    ):
        assert is_assessment(clause), clause
    assert CONSTANCY.match("中哈关系历经国际风云变幻的考验")
    assert not CONSTANCY.match("尽管国际形势变乱交织")
    assert reading("国际形势变乱交织") == reading("世界越是变乱交织")
    assert reading("国际形势变乱交织") != reading("当前世界进入新的动荡变革期")


def test_a_partys_own_circumstances_are_left_alone() -> None:
    # xi-thongloun (outside tuning): Xi praises the Lao party's work 面对复杂多变的国际国内形势
    readout = load(OUTSIDE / "xi-thongloun__2022-11-30__cctv.txt")
    said = [c[0].text[c[1] : c[2]] for c in assessments(readout)]
    assert said == ["在世界正经历复杂变化的形势下"]


def test_no_entry_with_mining_off() -> None:
    a, b = (load(Path(__file__).resolve().parent.parent / "eval" / "formulas" / name) for name in (
        "xi-starmer__2024-08-23__cctv.txt", "xi-starmer__2024-11-18__cctv.txt"
    ))  # fmt: skip
    found = compare(a, b, options=Options(mine_formulas=False)).formulas
    assert [f for f in found if f.id.startswith(ID)] == []
