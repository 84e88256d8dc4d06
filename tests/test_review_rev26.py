"""rev26's review of round 3 (thirty-ninth session): the ``--history`` note counts phrases."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.history import history_compared
from readoutdiff.ingest import load
from readoutdiff.ingest.readout_paths import history_told
from readoutdiff.model import Options
from readoutdiff.records.replacing import replace

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
SULLIVAN_ANO = ["2023-01-17", "2023-10-23", "2024-04-01", "2024-06-26", "2024-08-20"]


def test_the_history_note_counts_a_phrase_told_with_its_clause_once() -> None:
    """Real dev readouts (sullivan-ano: three earlier calls teach the last pair one phrase).
    A phrase recurring in a history may be told twice in one comparison, its core and the
    clause around it (``recurring:…`` and ``recurring:…/clause``, as a Chinese phrase of the
    eval set is); the note counted entries and said "2 phrases recurring there are tracked"
    of one phrase. It counts phrases."""
    readouts = [load(EVAL / f"sullivan-ano__{date}__wh.txt") for date in SULLIVAN_ANO]
    earlier, pair = readouts[:3], readouts[3:]
    comparison = history_compared(Options(), earlier, pair)
    learnt = [f for f in comparison.formulas if f.id.startswith("recurring:")]
    assert len(learnt) == 1
    told = history_told(comparison, ["history"], earlier)
    assert told.notes[-1].endswith("; 1 phrase recurring there is tracked as a formula"
                                   " (source mined, id recurring:…)")  # fmt: skip
    clause = replace(learnt[0], id=f"{learnt[0].id}/clause")
    twice = replace(comparison, formulas=(*comparison.formulas, clause))
    assert history_told(twice, ["history"], earlier).notes[-1] == told.notes[-1]
