"""In a comparison of two Chinese readouts, a dropped and an appeared line that keep one frame —
the same opening verb, a head the readouts say throughout — made one changed entry
(formulas/entries/throughout_heads.py), on a dev pair of eval/formulas (CCTV evening-news
readouts, sources in eval/formulas/SOURCES.md) and on made-up clauses."""

from __future__ import annotations

from eval_pairs import EVAL

from readoutdiff import compare
from readoutdiff.formulas.entries.throughout_heads import heads_paired
from readoutdiff.ingest import from_text, load
from readoutdiff.model import Formula, FormulaStatus

_AROUND = "推进务实合作。深化人文合作。"
"""Two more lines ending in 合作 in each readout: the head is said throughout."""


def _one_sided(status: FormulaStatus, words: str) -> Formula:
    dropped = status is FormulaStatus.DROPPED
    return Formula(
        status=status, a_text=words if dropped else None, b_text=None if dropped else words,
        id="mined:" + words,
    )  # fmt: skip


def _paired(a_lines: list[str], b_lines: list[str]) -> list[tuple[str, str | None, str | None]]:
    a = from_text("。".join(a_lines) + "。" + _AROUND)
    b = from_text("。".join(b_lines) + "。" + _AROUND)
    formulas = [_one_sided(FormulaStatus.DROPPED, line) for line in a_lines]
    formulas += [_one_sided(FormulaStatus.APPEARED, line) for line in b_lines]
    return [(f.status.value, f.a_text, f.b_text) for f in heads_paired(formulas, a, b)]


def test_one_verb_and_a_head_said_throughout_pair_on_a_dev_pair_both_ways() -> None:
    """xi-fico 2025-05-09 -> 2025-09-04: the hand list pairs 加强贸易投资合作 with 加强各领域合作; the
    tool reported a dropped and an appeared line (4 characters shared, 合作 ends lines
    throughout). On the two real readouts (合作 counted in their own text) the two lines are one
    frame, paired both ways.

    Until branch bg3 ``compare()`` itself found A's line (the background phrase 加强贸易投资) and
    this test ran it; the Chinese background rebuilt without batch 80's counterparts no longer
    holds that phrase, and ``compare()`` reports A's line in no entry. No dev pair of
    eval/formulas, and no tuning pair of eval/noise or eval/outside, is left where the rule
    pairs two lines the hand list pairs: the one where it still fires (wangyi-shoigu
    2024-11-12, 加强多边协作 -> 加强战略沟通协作) is a pairing its hand list makes otherwise (A's
    line dropped, B's changed from 密切沟通协调), so it is no example of the behaviour."""
    a, b = (load(EVAL / f"xi-fico__{day}__cctv.txt") for day in ("2025-05-09", "2025-09-04"))
    one, other = "加强贸易投资合作", "加强各领域合作"
    for x, y, swap in ((a, b, False), (b, a, True)):
        mine, theirs = (other, one) if swap else (one, other)
        formulas = [
            _one_sided(FormulaStatus.DROPPED, mine),
            _one_sided(FormulaStatus.APPEARED, theirs),
        ]
        assert [(f.status, f.a_text, f.b_text) for f in heads_paired(formulas, x, y)] == [
            (FormulaStatus.CHANGED, mine, theirs)
        ]
    changed = [
        (f.a_text, f.b_text) for f in compare(a, b).formulas if f.status is FormulaStatus.CHANGED
    ]
    assert all(other not in (f_b or "") or one in (f_a or "") for f_a, f_b in changed)


def test_one_frame_pairs_and_swapping_mirrors() -> None:
    assert _paired(["加强贸易投资合作"], ["加强各领域合作"]) == [
        ("changed", "加强贸易投资合作", "加强各领域合作")
    ]
    a = from_text("加强各领域合作。" + _AROUND)
    b = from_text("加强贸易投资合作。" + _AROUND)
    formulas = [
        _one_sided(FormulaStatus.DROPPED, "加强各领域合作"),
        _one_sided(FormulaStatus.APPEARED, "加强贸易投资合作"),
    ]
    assert [(f.a_text, f.b_text) for f in heads_paired(formulas, a, b)] == [
        ("加强各领域合作", "加强贸易投资合作")
    ]


def test_a_frame_two_lines_keep_ties_nothing() -> None:
    out = _paired(["加强贸易投资合作", "加强能源合作"], ["加强各领域合作"])
    assert [status for status, _, _ in out] == ["dropped", "dropped", "appeared"]


def test_another_verb_a_rare_head_or_words_only_added_pair_nothing() -> None:
    assert [s for s, _, _ in _paired(["深化贸易投资合作"], ["加强各领域合作"])] == [
        "dropped",
        "appeared",
    ]
    a, b = from_text("秉持伙伴定位。"), from_text("秉持战略伙伴定位。")
    formulas = [
        _one_sided(FormulaStatus.DROPPED, "秉持伙伴定位"),
        _one_sided(FormulaStatus.APPEARED, "秉持战略伙伴定位"),
    ]
    assert heads_paired(formulas, a, b) == tuple(formulas)  # 定位 is rare: zh22's kept tail
    assert [s for s, _, _ in _paired(["加强投资合作"], ["加强贸易投资合作"])] == [
        "dropped",
        "appeared",
    ]
