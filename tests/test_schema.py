"""The JSON output of the real CLI against the packaged ``readoutdiff/1`` schema and the input files."""

from __future__ import annotations

import copy
import hashlib
import json
import subprocess
import sys
from collections import Counter
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

TESTS = Path(__file__).parent
REPO = TESTS.parent
SAMPLES = ("samples/2021-06-28-xi-putin.txt", "samples/2021-12-15-xi-putin.txt")
CASE_DIRS = sorted(path for path in (TESTS / "cases").iterdir() if (path / "a.txt").is_file())
PAIRS = [
    pytest.param(REPO / SAMPLES[0], REPO / SAMPLES[1], id="samples"),
    pytest.param(REPO / SAMPLES[1], REPO / SAMPLES[0], id="samples-reversed"),
    pytest.param(REPO / SAMPLES[0], REPO / SAMPLES[0], id="samples-same"),
    *(pytest.param(path / "a.txt", path / "b.txt", id=path.name) for path in CASE_DIRS),
]


@cache
def schema() -> dict[str, Any]:
    source = files("readoutdiff").joinpath("schema", "readoutdiff-1.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(source)
    Draft202012Validator.check_schema(loaded)
    return loaded


def validator() -> Draft202012Validator:
    return Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


@cache
def compared(a: Path, b: Path) -> dict[str, Any]:
    """Run ``readoutdiff A B --format json`` and return the parsed document."""
    process = subprocess.run(
        [sys.executable, "-m", "readoutdiff", str(a), str(b), "--format", "json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert process.returncode == 0, process.stderr
    document: dict[str, Any] = json.loads(process.stdout)
    return document


def decoded(path: Path) -> str:
    """Decode a readout file independently of the tool: UTF-16 by its BOM, else UTF-8 (BOM optional)."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def _spans(document: dict[str, Any], side: str) -> list[dict[str, Any]]:
    """Every span that points into one side: sentences, ignored lines, formula wordings."""
    spans = [span for alignment in document["alignments"] for span in alignment[side]]
    spans += document["ignored"][side]
    spans += [span for formula in document["formulas"] for span in formula[f"{side}_spans"]]
    return spans


def _line_of(text: str, offset: int) -> int:
    head = text[:offset]
    return head.count("\n") + head.count("\r") - head.count("\r\n") + 1


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_output_is_valid(a: Path, b: Path) -> None:
    errors = sorted(validator().iter_errors(compared(a, b)), key=lambda error: list(error.path))
    assert not errors, "\n".join(f"{list(error.path)}: {error.message}" for error in errors[:10])


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_spans_slice_the_original_text(a: Path, b: Path) -> None:
    document = compared(a, b)
    for side, path in (("a", a), ("b", b)):
        text = decoded(path)
        assert document[side]["chars"] == len(text)
        assert document[side]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        for span in _spans(document, side):
            assert 0 <= span["start"] <= span["end"] <= len(text)
            assert text[span["start"] : span["end"]] == span["text"], (side, span)
            assert span["line"] == _line_of(text, span["start"]), (side, span)


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_nothing_is_lost(a: Path, b: Path) -> None:
    """Every non-space character lies in exactly one sentence of one alignment, or in an ignored span."""
    document = compared(a, b)
    for side, path in (("a", a), ("b", b)):
        text = decoded(path)
        cover = Counter[int]()
        sentences = [span for alignment in document["alignments"] for span in alignment[side]]
        for span in sentences + document["ignored"][side]:
            cover.update(range(span["start"], span["end"]))
        missed = [i for i, char in enumerate(text) if not char.isspace() and cover[i] != 1]
        assert not missed, (side, [text[i] for i in missed[:20]], missed[:5])
        assert document[side]["sentences"] == len(sentences)


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_summary_counts_the_lists(a: Path, b: Path) -> None:
    document = compared(a, b)
    statuses = Counter(alignment["status"] for alignment in document["alignments"])
    moved = sum(alignment["moved"] for alignment in document["alignments"])
    assert document["summary"]["alignments"] == {
        "unchanged": statuses["unchanged"],
        "changed": statuses["changed"],
        "moved": moved,
        "dropped": statuses["dropped"],
        "added": statuses["added"],
    }
    formulas = Counter(formula["status"] for formula in document["formulas"])
    expected = {
        status: formulas[status] for status in ("persisted", "changed", "appeared", "dropped")
    }
    assert document["summary"]["formulas"] == expected


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_diff_rebuilds_both_sides(a: Path, b: Path) -> None:
    for alignment in compared(a, b)["alignments"]:
        if alignment["status"] not in ("changed", "unchanged"):
            continue
        a_text = " ".join(span["text"] for span in alignment["a"])
        b_text = " ".join(span["text"] for span in alignment["b"])
        ops = alignment["diff"]
        assert "".join(text for op, text in ops if op != "insert") == a_text
        assert "".join(text for op, text in ops if op != "delete") == b_text


def test_same_file_is_all_unchanged() -> None:
    document = compared(REPO / SAMPLES[0], REPO / SAMPLES[0])
    assert {alignment["status"] for alignment in document["alignments"]} == {"unchanged"}
    assert not any(alignment["moved"] for alignment in document["alignments"])
    assert {formula["status"] for formula in document["formulas"]} <= {"persisted"}


@pytest.mark.parametrize(
    "spoil",
    [
        lambda document: document.pop("summary"),
        lambda document: document.update(schema="readoutdiff/2"),
        lambda document: document["alignments"][0].update(status="moved"),
        lambda document: document["alignments"][0].update(score=1.5),
        lambda document: document["alignments"][0]["a"][0].pop("start"),
        lambda document: document["a"].update(date="28 June 2021"),
        lambda document: document["summary"]["alignments"].update(renamed=1),
    ],
    ids=[
        "no-summary",
        "schema-2",
        "bad-status",
        "score-1.5",
        "span-without-start",
        "date",
        "extra-count",
    ],
)
def test_schema_rejects_spoiled_output(spoil: Any) -> None:
    """The schema is not vacuous: each spoiled copy of real output is rejected."""
    document = copy.deepcopy(compared(REPO / SAMPLES[0], REPO / SAMPLES[1]))
    spoil(document)
    assert not validator().is_valid(document)
