"""rev28 (forty-second session): a reviewer's read of the session's merged work.

e61 rebuilt the Chinese background without its fresh series' counterparts and changed five
behaviour tests to follow it. One of them, test_walk_u61's Xi–Lula series, lost the assertion
that the series links meeting 3's change to the row it changes: since the rebuild
“命运共同体建设” is a background phrase of its own, names the row of meetings 1–2, and at meeting 3
that row reads *dropped* and “两国命运共同体建设” *appeared*, while the pair report of the same two
readouts (and the hand list, ``xi-lula__2025-08-12``) tell one change. The first test keeps
the pair report's link; the second held the series' disagreement as a strict known failure until ser10 (series.matrix:
a phrase the next comparison did not look for, whose words stand inside a phrase appeared there,
changed into it).
"""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare
from readoutdiff.ingest.reader import load
from readoutdiff.model import FormulaStatus
from readoutdiff.series import build_series
from readoutdiff.series.matrix import Fate

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _lula() -> list[Path]:
    paths = sorted(FORMULAS.glob("xi-lula__*__cctv.txt"))
    assert len(paths) == 4
    return paths


def test_the_pair_report_links_the_community_of_xi_lula_meeting_3() -> None:
    """2025-08-12 → 2026-01-23: "中巴命运共同体建设和两国发展战略对接…" → "两国命运共同体建设顺利起势…",
    one changed event in the hand list; the pair report tells it changed, linked."""
    paths = _lula()
    comparison = compare(load(paths[1]), load(paths[2]))
    assert [
        (f.a_text, f.b_text)
        for f in comparison.formulas
        if f.status is FormulaStatus.CHANGED
        and "命运共同体建设" in (f.a_text or "")
        and "两国命运共同体建设" in (f.b_text or "")
    ]


def test_the_series_tells_the_community_of_xi_lula_meeting_3_as_its_pair_report() -> None:
    """The row holding “命运共同体建设” at meeting 2 is not *dropped* at meeting 3: the pair report
    there tells its clause changed (the test above), as the series did before e61 (the row
    “中巴命运共同体建设” changed at 3, linked to “两国命运共同体”: test_walk_u61 before e61)."""
    series = build_series([load(p) for p in _lula()])
    dropped = [
        timeline.text
        for timeline in series.formulas
        if "命运共同体建设" in (timeline.cells[1].wording or "")
        and timeline.cells[2].fate is Fate.DROPPED
    ]
    assert dropped == []
    changed = [
        timeline.cells[2].wording
        for timeline in series.formulas
        if (timeline.cells[1].wording or "") == "命运共同体建设"
        and timeline.cells[2].fate is Fate.CHANGED
    ]
    assert changed == ["两国命运共同体建设"]
    # one row for the change: the longer phrase is told on it, not as a row of its own
    assert not [
        timeline.text
        for timeline in series.formulas
        if timeline.text == "两国命运共同体建设" and timeline.cells[2].fate is Fate.APPEARED
    ]
