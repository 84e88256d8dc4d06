"""The formula stage runs with garbage collection paused and leaves it as it found it.

Its tens of thousands of small tuples and lists are freed by reference counting when it ends;
collections during it only walked them (``cache_dir.collecting_later``).
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from readoutdiff.cache_dir import collecting_later
from readoutdiff.compare import compare
from readoutdiff.formulas import tracking
from readoutdiff.ingest import from_text
from readoutdiff.model import Comparison

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _compare() -> Comparison:
    a, b = (
        from_text(path.read_text(encoding="utf-8"))
        for path in sorted(SAMPLES.glob("*-xi-putin.txt"))
    )
    return compare(a, b)


def test_the_stage_body_runs_without_collection(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    body = tracking._track

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return body(*args, **kwargs)

    monkeypatch.setattr(tracking, "_track", spy)
    assert _compare().formulas
    assert seen == [False]
    assert gc.isenabled()


def test_collection_turned_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        assert _compare().formulas
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collection_back_on_after_an_error() -> None:
    with pytest.raises(RuntimeError), collecting_later():
        assert not gc.isenabled()
        raise RuntimeError("the stage failed")
    assert gc.isenabled()
