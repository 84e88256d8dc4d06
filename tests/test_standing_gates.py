"""Two exact gates of the standing group (branch sp81): what each skips could never be read.

``openings.both_lines`` skips a kept run of fewer than ``MIN_OPENING`` words before its opening
is read: the opening is content words of the run (``opening_start`` never reads back past the
run's first word). ``standing._candidates`` skips a pair of sentences that share fewer than
``MIN_SHARED`` keys before their regions are read: a region holds that many shared keys.
Both bounds are checked on every sentence pair of a real evaluation pair.
"""

from __future__ import annotations

from pathlib import Path

from readoutdiff.formulas.linking import openings
from readoutdiff.formulas.linking.lines import MIN_SHARED, regions, said
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import load

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
A, B = EVAL / "biden-albanese__2022-11-13__wh.txt", EVAL / "biden-albanese__2023-03-13__wh.txt"


def _sentences() -> tuple[tuple, tuple]:  # type: ignore[type-arg]
    memo: dict = {}  # type: ignore[type-arg]
    return readout_words(load(A), memo), readout_words(load(B), memo)


def test_an_opening_starts_inside_its_kept_run_so_a_short_run_opens_no_line() -> None:
    a, b = _sentences()
    read = short = 0
    for wa in a:
        for wb in b:
            kept = openings.runs(wa.stems, wb.stems)
            for i1, i2, _, q1 in openings._openings(kept):  # as both_lines reads them
                lo = openings.opening_start(wa, wb, (i1, q1 - (i2 - i1), i2 - i1))
                assert i1 <= lo <= i2
                read += 1
                short += i2 - i1 < openings.MIN_OPENING
            # The lines read with every run are those read with the short ones left out.
            longer = [r for r in kept[:-1] if r[2] >= openings.MIN_OPENING]
            lines = openings.both_lines(wa, wb, kept)
            for line in lines[0]:
                assert any(i <= line[0] < i + n for i, _, n in longer)
    assert read > 100 and short > 50, (read, short)


def test_regions_hold_at_least_min_shared_shared_keys() -> None:
    a, b = _sentences()
    known: dict = {}  # type: ignore[type-arg]
    found = 0
    for wa in a:
        sa = said(wa, known)
        for wb in b:
            sb = said(wb, known)
            shared = sa.content & sb.content
            for side, s in ((wa, sa), (wb, sb)):
                for region in regions(side, s.keys, shared):
                    assert len(set(region.stems)) >= MIN_SHARED
                    assert set(region.stems) <= shared
                    found += 1
    assert found > 10
