"""ser10: a phrase the next comparison did not look for, whose words stand at the next meeting
only inside a phrase that appeared there, changed into it (series.matrix._held_by_a_longer).

Xi–Lula's row at meeting 3 is tested in tests/test_review_rev28.py; here the guard: where the
later readout says the row's words outside the appeared phrase too, nothing is linked.
"""

from __future__ import annotations

from pathlib import Path

from readoutdiff.ingest.reader import load
from readoutdiff.series import build_series
from readoutdiff.series.matrix import Fate

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def test_a_phrase_said_outside_the_longer_one_too_is_not_changed_into_it() -> None:
    """xi-berdimuhamedov at 3 (2025-09-02) says "构建中土命运共同体" as at 2 and, new,
    "构建人类命运共同体理念": the hand list (xi-berdimuhamedov__2025-06-17) tells the first
    persisted and the second appeared; "命运共同体" at 2 is no change into "人类命运共同体"."""
    paths = sorted(FORMULAS.glob("xi-berdimuhamedov__*__cctv.txt"))
    assert len(paths) == 3
    series = build_series([load(p) for p in paths])
    humanity = [t for t in series.formulas if t.cells[2].wording == "人类命运共同体"]
    assert humanity
    assert {t.cells[2].fate for t in humanity} == {Fate.APPEARED}
