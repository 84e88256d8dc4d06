"""Standard output written in batches: the same bytes as the whole text written at once."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff.cli import output
from readoutdiff.compare import compare
from readoutdiff.ingest import load
from readoutdiff.render.jsonout import json_pieces, render_json

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = (
    ROOT / "samples" / "2021-06-28-xi-putin.txt",
    ROOT / "samples" / "2021-12-15-xi-putin.txt",
)


@pytest.mark.parametrize("swap", [False, True])
def test_json_on_standard_output_is_render_json(swap: bool) -> None:
    """The command's JSON on standard output (written piece by piece) is ``render_json``'s text,
    byte for byte, both ways round."""
    a, b = SAMPLES[::-1] if swap else SAMPLES
    process = subprocess.run(
        [sys.executable, "-m", "readoutdiff", str(a), str(b), "--format", "json"],
        capture_output=True,
        check=True,
    )
    comparison = compare(load(str(a)), load(str(b)))
    assert process.stdout == render_json(comparison).encode("utf-8")
    assert "".join(json_pieces(comparison)) == render_json(comparison)
    assert len(json_pieces(comparison)) > 10  # really in pieces


@pytest.mark.parametrize("batch", [1, 7, 1 << 16])
def test_batches_join_to_the_text(monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    """Batches of any size, from a text or from its pieces, write the text's bytes exactly
    (a stream's encoder keeps its state across writes: UTF-16 writes one byte order mark)."""
    comparison = compare(load(str(SAMPLES[0])), load(str(SAMPLES[1])))
    text, pieces = render_json(comparison), json_pieces(comparison)
    monkeypatch.setattr(output, "BATCH", batch)
    for given in (text, pieces):
        for encoding in ("utf-8", "utf-16"):
            stream = io.TextIOWrapper(io.BytesIO(), encoding=encoding, newline="\n")
            monkeypatch.setattr(sys, "stdout", stream)
            output.write_stdout(given)
            assert stream.buffer.getvalue() == text.encode(encoding)
