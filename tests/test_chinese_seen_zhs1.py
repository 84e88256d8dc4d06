"""Chinese wordings seen on real pages in the thirty-ninth session (branch zhs1): a relative verb
and its 的 put inside a kept formula is a variant of it (formulas/linking/kept_wordings.py
``reordered_zh``, out9's wangyi-rubio pair of eval/outside); a speaker and a verb of saying run
into the point are no words of its formula (languages/zh.py ``speaker_framed``, read by
formulas/entries/clauses.py ``clause_of``; u68's Hong Kong pages); a change to a new mined phrase
is one row of a series (series/matrix.py; u68's Wang Yi pages). Both scripts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff.compare import compare
from readoutdiff.formulas.linking.kept_wordings import _one_formula_zh
from readoutdiff.ingest import from_text, load
from readoutdiff.languages.zh import speaker_framed
from readoutdiff.model import FormulaStatus

ROOT = Path(__file__).resolve().parent.parent
OUTSIDE = ROOT / "eval" / "outside"
U68 = Path(__file__).resolve().parent / "data" / "u68"
CAMERON, COOPER = "wang-yi-cameron hkcna.txt", "wang-yi-cooper hk01 2025-11-06.txt"


@pytest.mark.parametrize("swap", [False, True])
def test_consensus_reached_by_the_two_heads_of_state_stays_kept(swap: bool) -> None:
    """wangyi-rubio 2025-09-10 -> 2025-10-27: "两国元首重要共识" / "两国元首达成的重要共识", the hand
    list's persisted event (out9 saw it reported changed, ``lonely.link.slots``)."""
    a, b = (
        load(OUTSIDE / f"wangyi-rubio__{day}__xinhua.txt") for day in ("2025-09-10", "2025-10-27")
    )
    comparison = compare(b, a) if swap else compare(a, b)
    found = [
        (f.status, f.a_text, f.b_text, f.variant)
        for f in comparison.formulas
        if "重要共识" in (f.a_text or "") + (f.b_text or "")
    ]
    bare, reached = "两国元首重要共识", "两国元首达成的重要共识"
    pair = (reached, bare) if swap else (bare, reached)
    assert found == [(FormulaStatus.PERSISTED, *pair, True)]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("两国元首重要共识", "两国元首达成的重要共识"),
        ("兩國元首重要共識", "兩國元首達成的重要共識"),  # the same line in Traditional characters
    ],
)
def test_a_relative_verb_inside_is_one_formula_in_both_scripts(one: str, other: str) -> None:
    assert _one_formula_zh(one, other) and _one_formula_zh(other, one)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("两国元首重要共识", "达成的两国元首重要共识"),  # at the edge: a clause of its own
        (
            "推动中俄关系向前发展",
            "推动不断发展的中俄关系向前发展",
        ),  # an adverb: no agent, a qualifier
        ("两国元首重要共识", "两国元首新的重要共识"),  # an adjective: convention (c)'s qualifier
    ],
)
def test_no_agent_and_verb_inside_is_still_a_change(one: str, other: str) -> None:
    assert not _one_formula_zh(one, other) and not _one_formula_zh(other, one)


def test_the_speaker_and_verb_of_saying_leave_hk01s_appeared_lines() -> None:
    """u68's HK01 page (Traditional characters): "他稱中方堅定維護聯合國憲章宗旨和原則" and
    "顧綺慧表示英中兩國有很多共同利益" were appeared wordings with their speaker's frame."""
    comparison = compare(load(U68 / CAMERON), load(U68 / COOPER))
    appeared = {f.b_text for f in comparison.formulas if f.status is FormulaStatus.APPEARED}
    assert "中方堅定維護聯合國憲章宗旨和原則" in appeared
    assert "英中兩國有很多共同利益" in appeared
    assert not any(
        (t or "").startswith(("他稱", "顧綺慧")) for f in comparison.formulas for t in (f.b_text,)
    )


def test_the_speaker_frame_in_simplified_characters() -> None:
    """The HK01 line in Simplified characters, as the ministry's own page would print it."""
    a = from_text("王毅说，中英关系应当稳定发展。")
    b = from_text("他称中方坚定维护联合国宪章宗旨和原则。")
    told = [f.b_text for f in compare(a, b).formulas if f.status is FormulaStatus.APPEARED]
    assert "中方坚定维护联合国宪章宗旨和原则" in told


@pytest.mark.parametrize(
    ("clause", "framed"),
    [
        ("他稱中方堅定維護聯合國憲章宗旨和原則", 2),
        ("顧綺慧表示英中兩國有很多共同利益", 5),
        ("王毅强调中方坚定维护联合国宪章", 4),
        ("中方表示愿加强合作", 0),  # a party: (c)'s subject, not a frame
        ("我谨表示衷心祝贺", 0),  # the first person's verb is the point
        ("他说", 0),  # nothing after the frame
        ("他称赞中方的努力", 0),  # 称 opens a word: praise, not a frame
    ],
)
def test_speaker_frames(clause: str, framed: int) -> None:
    assert speaker_framed(clause) == framed


def test_one_change_is_one_row_of_the_series(tmp_path: Path) -> None:
    """u68's two Wang Yi readouts (HK China News Agency, HK01): the pair's one change
    "發展對華關係" -> "高度重視對華關係" made two rows ("linked to" each other at 1 and at 2)."""
    folder = tmp_path / "wangyi"
    folder.mkdir()
    for name in (CAMERON, COOPER):
        (folder / name).write_bytes((U68 / name).read_bytes())
    run = [sys.executable, "-m", "readoutdiff", "series", "wangyi"]
    done = subprocess.run(run, capture_output=True, text=True, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if "對華關係" in line]
    assert len(rows) == 1, rows
    assert "“發展對華關係”" in rows[0]
    assert "reworded at 2 → “高度重視對華關係”" in rows[0]
