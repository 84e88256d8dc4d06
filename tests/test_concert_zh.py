"""Working together in the multilateral bodies, said in each Chinese readout, is one event
(branch zh12, ``formulas/unpaired/concert_zh.py``): the two lines paired on real dev and
outside-tuning pairs, by who says them, both ways; a line said once one-sided; near clauses left
alone — a stance on multilateralism, a praise of past work, an agenda named after the UN, a
body's own 合作 — on real clauses."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import cctv, one_changed_both_ways

from readoutdiff import load
from readoutdiff.formulas.unpaired.concert_zh import ID, concerts, is_concert, speakers

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"
EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _concert(series: str, a_day: str, b_day: str, *, swap: bool, folder: Path) -> list[tuple]:
    comparison = cctv(series, a_day, b_day, swap=swap, folder=folder)
    return [
        (f.status.value, f.a_text, f.b_text) for f in comparison.formulas if f.id.startswith(ID)
    ]


def test_the_bodies_listed_otherwise_are_one_changed_line() -> None:
    # xi-carney (dev): the base told A's line dropped and B's silent, the hand list one change
    one_changed_both_ways(
        "xi-carney", "2025-10-31", "2026-01-16", "加强在联合国等多边框架内协调和合作",
        "中方愿同加方加强在联合国、二十国集团、亚太经合组织等框架内的沟通和协调",
    )  # fmt: skip
    # xi-lukashenko (dev): two lines the base told nothing of (both sentences unpaired)
    one_changed_both_ways(
        "xi-lukashenko", "2024-07-04", "2025-06-04", "进一步密切白中双多边协作",
        "进一步加强在联合国、上海合作组织等多边框架内协调和配合",
    )  # fmt: skip
    # xi-tokayev (dev): two words against a list of bodies
    one_changed_both_ways(
        "xi-tokayev", "2025-08-30", "2026-07-16", "深化多边协作",
        "在联合国、上海合作组织、中国—中亚机制等多边机制内加强协调和配合",
    )  # fmt: skip


SPEAKERS = [
    # xi-thongloun (outside tuning): Xi's line with Xi's, Thongloun's with Thongloun's, the
    # speakers told by the paragraphs (习近平指出 / 通伦表示) and the words (愿同中方)
    (
        ("xi-thongloun", "2024-10-22", "2025-09-04", OUTSIDE),
        [
            (
                "双方要加强多边协调配合",
                "愿同老方在中国东盟合作、澜湄合作、东亚峰会等地区机制下深化协调和配合",
            ),
            ("老方愿同中方继续密切在东盟等多边平台合作", "愿同中方在国际舞台上加强协调配合"),
        ],
    ),
    # xi-aliyev (outside tuning): A has Xi's line first, B has Aliyev's and then Xi's
    (
        ("xi-aliyev", "2025-04-23", "2025-08-31", OUTSIDE),
        [
            ("密切国际协作", "愿同阿方密切多边协作"),
            ("加强在国际和地区事务中的协作", "阿方愿深化同中方在上海合作组织内合作"),
        ],
    ),
]


@pytest.mark.parametrize("swap", [False, True])
@pytest.mark.parametrize(("case", "pairs"), SPEAKERS, ids=["thongloun", "aliyev"])
def test_each_party_s_line_pairs_with_its_own(
    case: tuple[str, str, str, Path], pairs: list[tuple[str, str]], swap: bool
) -> None:
    series, a_day, b_day, folder = case
    found = _concert(series, a_day, b_day, swap=swap, folder=folder)
    for x, y in pairs:
        assert ("changed", *((y, x) if swap else (x, y))) in found, found


def test_a_line_said_in_one_readout_is_one_sided() -> None:
    # xi-thongloun (outside tuning): B's Xi says 双方要密切多边协作, Thongloun no line of the slot
    found = _concert("xi-thongloun", "2025-09-04", "2026-06-05", swap=False, folder=OUTSIDE)
    assert ("dropped", "愿同中方在国际舞台上加强协调配合", None) in found, found


def test_the_speakers_of_a_readout() -> None:
    readout = load(OUTSIDE / "xi-thongloun__2024-10-22__cctv.txt")
    told = [who for _, who in speakers(readout)]
    assert told[0] == "china" and "them" in told
    said = {
        readout.text[c[0].span.start + c[1] : c[0].span.start + c[2]] for c in concerts(readout)
    }
    assert said == {"双方要加强多边协调配合", "老方愿同中方继续密切在东盟等多边平台合作"}


@pytest.mark.parametrize(
    ("clause", "concert"),
    [
        ("加强在东盟、澜湄合作等框架内协调和合作", True),  # xi-hun-manet (dev)
        ("阿方愿深化同中方在上海合作组织内合作", True),  # 合作 said in the body
        ("中国愿深化同联合国的沟通与合作", True),  # liqiang-guterres (tuning)
        ("坚持多边主义", False),  # a stance, no acting together
        ("维护自由贸易和多边贸易体制", False),
        ("在国际和地区事务中协作良好", False),  # xi-orban (tuning): a praise of the past
        ("加强在气候变化、粮食安全、联合国2030年可持续发展议程等问题上协作", False),  # an agenda
        ("推动上海合作组织、中国—中亚机制发挥更大作用", False),  # the body's own 合作
        ("中方也愿同埃方加强协调", False),  # no body: a crisis's diplomacy
    ],
)
def test_what_a_concert_clause_is(clause: str, concert: bool) -> None:
    assert is_concert(clause) is concert
