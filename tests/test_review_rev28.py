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

bg3 (fifty-third session) rebuilt the Chinese background without batch 80's counterparts:
“两国命运共同体” is no background phrase since, the pair report tells the clause in no entry and
the series reads “命运共同体建设” at every meeting. The first two tests keep what is still true
(no drop and appearance for the one change, in the report and in the series); the third tests
ser10's link on the facts the comparisons gave before, over the series' own texts.
"""

from __future__ import annotations

import re
from pathlib import Path

from readoutdiff import compare
from readoutdiff.ingest.reader import load
from readoutdiff.model import FormulaSource, FormulaStatus
from readoutdiff.render.series_text import render_series_text
from readoutdiff.series import build_series
from readoutdiff.series.build import Meeting, Order, Series
from readoutdiff.series.facts import PairFacts, Seen
from readoutdiff.series.matrix import Fate, timelines

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _lula() -> list[Path]:
    paths = sorted(FORMULAS.glob("xi-lula__*__cctv.txt"))
    assert len(paths) == 4
    return paths


def test_the_pair_report_does_not_split_the_community_of_xi_lula_meeting_3() -> None:
    """2025-08-12 → 2026-01-23: "中巴命运共同体建设和两国发展战略对接…" → "两国命运共同体建设顺利起势…",
    one changed event in the hand list. Until branch bg3 the pair report told it changed, linked
    ("命运共同体建设和两国" → "两国命运共同体建设", the background phrase 两国命运共同体 reworded).
    The Chinese background rebuilt without batch 80's counterparts no longer holds 两国命运共同体:
    the report now tells no entry of the clause (the hand list's change is missed). What is
    still true: the one change is not split into a drop of the shorter phrase and an appearance
    of the longer."""
    paths = _lula()
    comparison = compare(load(paths[1]), load(paths[2]))
    assert not [
        f
        for f in comparison.formulas
        if (f.status is FormulaStatus.DROPPED and "命运共同体建设" in (f.a_text or ""))
        or (f.status is FormulaStatus.APPEARED and "两国命运共同体建设" in (f.b_text or ""))
    ]


def test_the_series_tells_the_community_of_xi_lula_meeting_3_as_its_pair_report() -> None:
    """The row holding “命运共同体建设” at meeting 2 is not *dropped* at meeting 3, and the longer
    phrase is no row of its own appearing there: the series tells no more than the pair report
    (the test above). Until bg3 the row read changed at 3 into “两国命运共同体建设” (ser10, the pair
    report linking them); since, the words stand at every meeting and the row reads them so
    (seen 1–4). ser10's link itself is tested below on the facts the series had then."""
    series = build_series([load(p) for p in _lula()])
    dropped = [
        timeline.text
        for timeline in series.formulas
        if "命运共同体建设" in (timeline.cells[1].wording or "")
        and timeline.cells[2].fate is Fate.DROPPED
    ]
    assert dropped == []
    kept = [
        timeline.cells[2].fate
        for timeline in series.formulas
        if (timeline.cells[1].wording or "") == "命运共同体建设"
    ]
    assert kept and Fate.DROPPED not in kept
    # one row for the clause: the longer phrase is not told as a row of its own
    assert not [
        timeline.text
        for timeline in series.formulas
        if timeline.text == "两国命运共同体建设" and timeline.cells[2].fate is Fate.APPEARED
    ]


def test_a_phrase_grown_at_the_next_meeting_is_changed_into_it_on_xi_lulas_texts() -> None:
    """ser10 (series.matrix._held_by_a_longer) on the facts the Xi–Lula comparisons gave before
    bg3, over the series' own texts: pair 1→2 finds the background phrase “命运共同体建设” at
    both meetings, pair 2→3 looks for it at neither and tells “两国命运共同体建设” appeared at 3,
    whose text says the shorter words only inside the longer. The row changes into it at 3
    (one change, as the hand list tells), and the view says so on the row's own name. No
    series of eval/formulas (dev) or of eval/outside's tuning part gives such facts since bg3
    (bg3's probe over every series)."""
    shorter = Seen(wording="命运共同体建设", source=FormulaSource.MINED, topic="background", at=0)
    longer = Seen(
        wording="两国命运共同体建设", source=FormulaSource.MINED, topic="background", at=0
    )
    short_id, long_id = "background:命-运-共-同-体-建-设", "background:两-国-命-运-共-同-体"

    def pair(a: dict[str, Seen], b: dict[str, Seen]) -> PairFacts:
        return PairFacts(a=a, b=b, links=(), similarity=1.0, context_changes=0, notes=())

    facts = [pair({short_id: shorter}, {short_id: shorter}), pair({}, {long_id: longer})]
    paths = _lula()[:3]
    texts = [load(p).text for p in paths]
    rows = timelines(facts, texts)
    (row,) = [t for t in rows if t.cells[1].wording == "命运共同体建设"]
    assert [(c.fate, c.wording) for c in row.cells[1:]] == [
        (Fate.PERSISTED, "命运共同体建设"),
        (Fate.CHANGED, "两国命运共同体建设"),
    ]
    assert not [t for t in rows if t.cells[2].fate is Fate.APPEARED]
    meetings = tuple(
        Meeting(
            number=n, path=p.name, title=None, date=p.name.split("__")[1], sha256="0" * 64,
            chars=len(t), sentences=1, similarity=None if n == 1 else 1.0,
        )
        for n, (p, t) in enumerate(zip(paths, texts, strict=True), 1)
    )  # fmt: skip
    view = render_series_text(
        Series(order=Order.DATE, meetings=meetings, formulas=rows), width=None
    )
    assert "“命运共同体建设”" in view and "reworded at 3 → “两国命运共同体建设”" in view
    assert not re.search(r"“两国命运共同体建设”  .*reworded at 3 → “两国命运共同体建设”", view)
    # the later text saying the words outside the longer phrase too: kept apart, nothing linked
    texts[2] += "推动命运共同体建设。"
    (row,) = [t for t in timelines(facts, texts) if t.cells[1].wording == "命运共同体建设"]
    assert row.cells[2].fate is not Fate.CHANGED
