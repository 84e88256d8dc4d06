"""Two Chinese clauses nothing reports, in one gap, keeping a core of four characters or more
and reworded around it, are one changed entry (formulas/entries/kept_cores_zh.py, branch zh43's
prototype): on a dev pair of eval/formulas and a tuning pair of eval/outside."""

from __future__ import annotations

from pathlib import Path

from eval_pairs import one_changed_both_ways

from readoutdiff.compare import compare
from readoutdiff.ingest import load
from readoutdiff.model import FormulaStatus

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"


def test_a_need_said_of_the_core_and_a_task_of_it_are_one_changed_entry() -> None:
    """xi-fico (dev): 团结合作应对挑战 → 国际社会…更需要团结合作, hand-listed changed."""
    one_changed_both_ways(
        "xi-fico", "2025-05-09", "2025-09-04", "团结合作应对挑战", "更需要团结合作"
    )


def test_a_railway_kept_with_its_clause_reworded_is_one_changed_entry_both_ways() -> None:
    """xi-thongloun (outside tuning): 要深挖中老铁路潜力 → 双方要继续做大做强中老铁路."""
    a, b = (
        load(OUTSIDE / f"xi-thongloun__{day}__cctv.txt") for day in ("2023-10-20", "2024-10-22")
    )
    for x, y, mine, theirs in ((a, b, "深挖中老铁路潜力", "做大做强中老铁路"),
                               (b, a, "做大做强中老铁路", "深挖中老铁路潜力")):  # fmt: skip
        found = [
            f
            for f in compare(x, y).formulas
            if f.status is FormulaStatus.CHANGED
            and mine in (f.a_text or "")
            and theirs in (f.b_text or "")
        ]
        assert len(found) == 1
        assert found[0].id == "mined:中-老-铁-路/reworded"
