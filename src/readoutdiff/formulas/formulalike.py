"""(Experiment of c15, measured on dev and reverted in the next commit; benchmarks/README.md
"c15") A replaced phrase of a reworded passage that no entry covers, reported as a changed
formula when its wordings are formula-like by the outside corpus (:mod:`formulaness`).

Off unless ``C15_T`` is set (the experiment's knobs come from the environment so that one
checkout measures every setting; never so in the shipped core): ``C15_T`` the least
counterparts, ``C15_MODE`` ``min`` (both wordings' best n-gram) or ``max`` (either's),
``C15_CLEAN`` a true swap only (each side a content word the other lacks, not moved within
the passage), ``C15_FLOOR`` the least pair score (``named.MIN_PAIR_SCORE``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from itertools import chain

from readoutdiff.formulas import formulaness, wording
from readoutdiff.formulas.around import swapped
from readoutdiff.formulas.named import MIN_PAIR_SCORE, _busy
from readoutdiff.formulas.noise import frame_only, why
from readoutdiff.formulas.roles import STOP_WORDS
from readoutdiff.formulas.succession import View
from readoutdiff.model import Alignment, Formula, FormulaSource, FormulaStatus, Status

THRESHOLD = int(os.environ.get("C15_T", "3"))
MODE = os.environ.get("C15_MODE", "min")
CLEAN = bool(os.environ.get("C15_CLEAN"))
FLOOR = float(os.environ.get("C15_FLOOR", str(MIN_PAIR_SCORE)))


def _side(run: Sequence[wording.Place]) -> tuple[int, bool]:
    words, first = run[0]
    last = run[-1][1]
    if any(w is not words for w, _ in run):
        return 0, True
    counts = formulaness.counterparts(words, first, last + 1)
    return max(counts, default=0), why(words, first, last + 1) is not None


def changes(
    a: View, b: View, pairs: Sequence[Alignment], told: Sequence[Formula], threshold: float
) -> list[Formula]:
    busy = [(f.a_spans, f.b_spans) for f in told]
    made = []
    for pair in pairs:
        if pair.status is not Status.CHANGED or pair.score < FLOOR:
            continue
        for rep in wording.replacements(pair, a.readout, b.readout, a.words, b.words, threshold):
            if rep.variant or not rep.a or not rep.b or _busy(rep, busy):
                continue
            if frame_only(chain(rep.a_core, rep.b_core)):
                continue
            if CLEAN:
                xa = {w.stems[k] for w, k in rep.a} - STOP_WORDS
                xb = {w.stems[k] for w, k in rep.b} - STOP_WORDS
                if not (xa - xb and xb - xa) or swapped(rep, pair, a, b):
                    continue
            (fa, na), (fb, nb) = _side(rep.a), _side(rep.b)
            if na or nb:
                continue
            score = min(fa, fb) if MODE == "min" else max(fa, fb)
            if score < THRESHOLD:
                continue
            key = "-".join(rep.a[0][0].stems[k] for _, k in rep.a)
            f = Formula(
                status=FormulaStatus.CHANGED,
                a_text=rep.a_text,
                b_text=rep.b_text,
                a_spans=(rep.a_span,) if rep.a_span else (),
                b_spans=(rep.b_span,) if rep.b_span else (),
                id=f"formulalike:{key}/wording",
                source=FormulaSource.MINED,
                topic="formulalike",
                confidence=round(rep.score, 3),
                evidence_score=rep.score,
            )
            made.append(f)
            busy.append((f.a_spans, f.b_spans))
    return made
