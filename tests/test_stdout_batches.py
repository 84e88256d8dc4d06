"""Standard output written in batches: the same bytes as the whole text written at once."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from readoutdiff.cli import output
from readoutdiff.compare import compare
from readoutdiff.errors import ReadoutError
from readoutdiff.ingest import load
from readoutdiff.render import jsontext
from readoutdiff.render.jsonout import json_pieces, json_stream, render_json

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
    assert "".join(json_stream(comparison)) == render_json(comparison)


@pytest.mark.parametrize("swap", [False, True])
def test_the_stream_writes_each_alignment_when_it_is_reached(
    monkeypatch: pytest.MonkeyPatch, swap: bool
) -> None:
    """``json_stream`` makes the document's head (the key changes too) at once, and each
    alignment's text only when the stream reaches it: the same text as ``render_json``, never
    held whole."""
    a, b = SAMPLES[::-1] if swap else SAMPLES
    comparison = compare(load(str(a)), load(str(b)))
    made: list[str] = []
    write = jsontext.WrittenLater.__init__

    def counted(self: jsontext.WrittenLater, make: object, items: object) -> None:
        def making(item: object) -> str:
            made.append(make(item))  # type: ignore[operator]
            return made[-1]

        write(self, making, items)  # type: ignore[arg-type]

    monkeypatch.setattr(jsontext.WrittenLater, "__init__", counted)
    pieces = json_stream(comparison)
    assert made == []
    text = []
    for piece in pieces:
        text.append(piece)
        if piece in made:  # the one just made: none made ahead of the stream
            assert piece is made[-1]
    assert "".join(text) == render_json(comparison)
    assert len(made) == len(comparison.alignments) + len(comparison.formulas)


@pytest.mark.parametrize("batch", [1, 7, 1 << 16])
def test_batches_join_to_the_text(monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    """Batches of any size, from a text or from its pieces, write the text's bytes exactly
    (a stream's encoder keeps its state across writes: UTF-16 writes one byte order mark)."""
    comparison = compare(load(str(SAMPLES[0])), load(str(SAMPLES[1])))
    text, pieces = render_json(comparison), json_pieces(comparison)
    monkeypatch.setattr(output, "BATCH", batch)
    for given in (text, pieces, None):
        for encoding in ("utf-8", "utf-16"):
            stream = io.TextIOWrapper(io.BytesIO(), encoding=encoding, newline="\n")
            monkeypatch.setattr(sys, "stdout", stream)
            output.write_stdout(json_stream(comparison) if given is None else given)
            assert stream.buffer.getvalue() == text.encode(encoding)


def test_a_character_the_encoding_lacks_is_one_error_before_any_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An encoding without a character of the report (``PYTHONIOENCODING=ascii``, a legacy code
    page) writes nothing, not the batches before the character: one ``ReadoutError``."""
    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii", newline="\n")
    monkeypatch.setattr(sys, "stdout", stream)
    monkeypatch.setattr(output, "BATCH", 8)
    for given in ("a" * 100 + "“b”", ["a" * 50, "a" * 50, "“b”"], iter(["a" * 50, "“b”"])):
        with pytest.raises(ReadoutError, match=r"its encoding \(ascii\) has no U\+201C"):
            output.write_stdout(given)
        stream.flush()
        assert stream.buffer.getvalue() == b""
    replacing = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="replace", newline="\n")
    monkeypatch.setattr(sys, "stdout", replacing)
    output.write_stdout(["a", "“b”"])  # the stream's own errors= is the user's choice
    assert replacing.buffer.getvalue() == b"a?b?"


def test_the_command_on_an_ascii_stream_says_one_line_and_exits_2() -> None:
    """The sample pair to a standard output in ASCII: one error line, status 2, no output
    (a traceback and status 1 before)."""
    process = subprocess.run(
        [sys.executable, "-m", "readoutdiff", *map(str, SAMPLES), "--format", "json"],
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert process.returncode == 2
    assert process.stdout == b""
    assert process.stderr == (
        b"readoutdiff: error: cannot write to standard output: its encoding (ascii) has no"
        b" U+201C; set PYTHONIOENCODING=utf-8\n"
    )
