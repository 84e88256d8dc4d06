"""``benchmarks/history_gain.py``: held-out is read as totals, and the A places it counts."""

from __future__ import annotations

from pathlib import Path

import history_gain
import pytest

from readoutdiff import compare, load
from readoutdiff.history import with_history
from readoutdiff.model import Options

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"


def test_held_out_pairs_are_never_listed_one_by_one() -> None:
    with pytest.raises(SystemExit):
        history_gain.main(["--split", "heldout", "--per-pair"])
    with pytest.raises(SystemExit):
        history_gain.main(["--split", "heldout", "--list"])


def test_a_change_the_history_keeps_is_not_counted_lost() -> None:
    """Real readouts (Sunak–Erdoğan 3→4 with the rest of the series): the relationship line is
    changed alone and with history, so no A place is counted as turned into a drop."""
    readouts = [load(p) for p in sorted(OUTSIDE.glob("sunak-erdogan__*.txt"))]
    a, b = readouts[2], readouts[3]
    alone = compare(a, b)
    history = compare(a, b, options=with_history(Options(), [*readouts[:2], *readouts[4:]], [a, b]))
    assert history_gain._lost(alone, history) == 0
    assert history_gain._lost(alone, alone) == 0
