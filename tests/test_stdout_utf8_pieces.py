"""The JSON document's ASCII items grouped apart and written to standard output as UTF-8 bytes,
each piece encoded apart (branch cli2): the same bytes as the whole text encoded at once."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from itertools import groupby
from pathlib import Path

import pytest

from readoutdiff.cli import output
from readoutdiff.compare import compare
from readoutdiff.ingest import load
from readoutdiff.model.places import numbers_on_lines
from readoutdiff.render import jsontext
from readoutdiff.render.json_written import written_alignment
from readoutdiff.render.jsonout import json_stream, render_json

ROOT = Path(__file__).resolve().parent.parent
PAIR = (  # gov.uk readouts: sentences with and without curly quotes and dashes
    ROOT / "eval" / "outside" / "starmer-macron__2025-01-09__gov-uk.txt",
    ROOT / "eval" / "outside" / "starmer-scholz__2025-02-02__gov-uk.txt",
)


def _comparison(swap: bool = False):  # type: ignore[no-untyped-def]
    a, b = PAIR[::-1] if swap else PAIR
    return compare(load(str(a)), load(str(b)))


@pytest.mark.parametrize("swap", [False, True])
def test_groups_hold_ascii_items_apart(swap: bool) -> None:
    """``_grouped`` cuts the items at each change between ASCII and other text and every 64
    items; joined, the groups are the items joined with the list's separator."""
    comparison = _comparison(swap)
    numbers = (numbers_on_lines(comparison.a), numbers_on_lines(comparison.b))
    items = [written_alignment(numbers, item) for item in comparison.alignments]
    kinds = {item.isascii() for item in items}
    assert kinds == {True, False}  # the pair holds both kinds
    expected: list[list[str]] = []
    for _, run in groupby(items, str.isascii):
        held = list(run)
        expected += [held[start : start + 64] for start in range(0, len(held), 64)]
    separator = ",\n    "
    groups = list(jsontext._grouped(iter(items)))
    assert groups == [
        (separator if number else "") + separator.join(group)
        for number, group in enumerate(expected)
    ]
    assert "".join(groups) == separator.join(items)
    assert "".join(json_stream(comparison)) == render_json(comparison)


@pytest.mark.parametrize("count", [1, 63, 64, 65, 130])
def test_groups_at_every_edge(count: int) -> None:
    """Runs of each kind shorter and longer than a group: the same text as one join."""
    items = [f'"{n}{"’" if (n // 3) % 2 else ""}"' for n in range(count)]
    groups = list(jsontext._grouped(iter(items)))
    assert "".join(groups) == ",\n    ".join(items)
    assert all(
        group.isascii() or all(not item.isascii() for item in group.split(",\n    ") if item)
        for group in groups
    )


@pytest.mark.parametrize("size", [1, 100, 5000, 1 << 16])
def test_encoded_batches_are_the_text_encoded(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    """``_encoded_batches`` of the stream's pieces: the whole text's UTF-8, in batches of at
    least ``BATCH`` bytes but the last."""
    monkeypatch.setattr(output, "BATCH", size)
    comparison = _comparison()
    pieces = list(json_stream(comparison))
    batches = list(output._encoded_batches(pieces, "strict"))
    assert b"".join(batches) == render_json(comparison).encode("utf-8")
    assert all(len(batch) >= size for batch in batches[:-1])


def test_lone_surrogate_fails_or_escapes_as_the_stream_would() -> None:
    """A lone surrogate (a file name's byte that is not UTF-8) fails under ``strict`` as the
    text stream's encoder fails, and is written back as its byte under ``surrogateescape``."""
    with pytest.raises(UnicodeEncodeError):
        list(output._encoded_batches(["ok", "a\udcffb"], "strict"))
    assert list(output._encoded_batches(["ok", "a\udcffb"], "surrogateescape")) == [b"oka\xffb"]


def test_another_stdout_is_written_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the process's own standard output takes bytes: a stand-in (a test's capture, a
    caller's wrapper) is written as text, the same bytes."""
    comparison = _comparison()
    raw = io.BytesIO()
    stand_in = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    monkeypatch.setattr(sys, "stdout", stand_in)
    assert not output._utf8_stdout(stand_in)
    output.write_stdout(json_stream(comparison))
    assert raw.getvalue() == render_json(comparison).encode("utf-8")


@pytest.mark.parametrize(
    "environment",
    [{}, {"PYTHONUNBUFFERED": "1"}, {"PYTHONIOENCODING": "utf-8:surrogateescape"}],
)
def test_command_writes_the_document_bytes(environment: dict[str, str]) -> None:
    """``readoutdiff A B --format json`` on standard output, buffered or not, is
    ``render_json``'s text in UTF-8, byte for byte, both ways round."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONUNBUFFERED", "PYTHONIOENCODING")}
    env.update(environment)
    for swap in (False, True):
        a, b = PAIR[::-1] if swap else PAIR
        process = subprocess.run(
            [sys.executable, "-m", "readoutdiff", str(a), str(b), "--format", "json"],
            capture_output=True, check=True, env=env,
        )  # fmt: skip
        assert process.stdout == render_json(_comparison(swap)).encode("utf-8")
