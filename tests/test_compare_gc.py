"""Reading a readout and comparing two run with garbage collection paused, and leave it as
they found it (``cache_dir.collecting_later`` around ``ingest.text._read`` and
``compare._compare``): their thousands of sentences, pairs and alignments hold no cycles."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

from readoutdiff.compare import compare
from readoutdiff.errors import InputError
from readoutdiff.ingest import from_text
from readoutdiff.languages import segment

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
COMPARE = sys.modules["readoutdiff.compare"]  # the module: the package's name is the function


def _texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*-xi-putin.txt"))]


def test_reading_and_aligning_run_without_collection(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, list[bool]] = {"segment": [], "align": []}
    cut, align = segment.sentences, COMPARE.align.align

    def cutting(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen["segment"].append(gc.isenabled())
        return cut(*args, **kwargs)

    def aligning(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen["align"].append(gc.isenabled())
        return align(*args, **kwargs)

    monkeypatch.setattr(segment, "sentences", cutting)
    monkeypatch.setattr(COMPARE.align, "align", aligning)
    a, b = (from_text(text) for text in _texts())
    assert gc.isenabled()
    assert compare(a, b).alignments
    assert seen == {"segment": [False, False], "align": [False]}
    assert gc.isenabled()


def test_collection_comes_back_after_bad_input_and_stays_off_when_the_caller_said_so() -> None:
    with pytest.raises(InputError):
        from_text("Home\n", path="menu.txt")  # boilerplate only: refused inside the pause
    assert gc.isenabled()
    gc.disable()
    try:
        a, b = (from_text(text) for text in _texts())
        assert compare(a, b).alignments
        assert not gc.isenabled()
    finally:
        gc.enable()
