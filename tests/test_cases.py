"""Data cases: ``tests/cases/<name>/{a.txt, b.txt, flags, expected.json}`` run through the real CLI.

``flags`` is one line of command-line flags (may be empty); ``--format json`` is added unless a
``--format`` is given. ``expected.json`` holds facts to check, not the whole output:

* ``exit``: the exit status (default 0);
* ``counts``: some or all of ``summary.alignments``;
* ``sentences``: ``{"a": n, "b": m}``, how many sentences each side has;
* ``pairs``: passages that must be among the alignments, each with ``status``, optional ``moved``,
  ``a``/``b`` (one substring per sentence on that side, in order), optional ``a_lines``/``b_lines``
  (the line of each sentence), ``delete``/``insert`` (substrings of the word-level diff);
* ``ignored``: ``{"a": [...], "b": [...]}``, substrings of ignored (boilerplate) lines;
* ``stdout_contains``: substrings of the output, for cases in other formats.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

CASES = Path(__file__).parent / "cases"
CASE_DIRS = sorted(path for path in CASES.iterdir() if (path / "expected.json").is_file())


def output_format(flags: list[str]) -> str | None:
    """The ``--format`` among ``flags``, or None."""
    for index, flag in enumerate(flags):
        if flag in ("--format", "-f") and index + 1 < len(flags):
            return flags[index + 1]
        if flag.startswith("--format="):
            return flag.partition("=")[2]
    return None


def run_case(folder: Path) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run the CLI on the case's a.txt and b.txt with its flags, from inside the case folder."""
    flags = shlex.split((folder / "flags").read_text(encoding="utf-8"))
    if output_format(flags) is None:
        flags += ["--format", "json"]
    process = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "a.txt", "b.txt", *flags],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=folder,
        timeout=60,
    )
    return process, output_format(flags) or "json"


def _sides(alignment: dict[str, Any]) -> str:
    a = " | ".join(span["text"] for span in alignment["a"])
    b = " | ".join(span["text"] for span in alignment["b"])
    moved = " moved" if alignment["moved"] else ""
    return f"{alignment['status']}{moved}: A[{a}] -> B[{b}]"


def _side_matches(spans: list[dict[str, Any]], pieces: list[str], lines: list[int] | None) -> bool:
    if len(spans) != len(pieces):
        return False
    if lines is not None and [span["line"] for span in spans] != lines:
        return False
    return all(piece in span["text"] for span, piece in zip(spans, pieces, strict=True))


def _ops(alignment: dict[str, Any], op: str) -> str:
    return "\x00".join(text for kind, text in alignment["diff"] if kind == op)


def matches(alignment: dict[str, Any], pair: dict[str, Any]) -> bool:
    """Whether ``alignment`` (from the JSON) shows the expected ``pair``."""
    return (
        alignment["status"] == pair["status"]
        and ("moved" not in pair or alignment["moved"] == pair["moved"])
        and _side_matches(alignment["a"], pair.get("a", []), pair.get("a_lines"))
        and _side_matches(alignment["b"], pair.get("b", []), pair.get("b_lines"))
        and all(piece in _ops(alignment, "delete") for piece in pair.get("delete", []))
        and all(piece in _ops(alignment, "insert") for piece in pair.get("insert", []))
    )


@pytest.mark.parametrize("folder", CASE_DIRS, ids=[path.name for path in CASE_DIRS])
def test_case(folder: Path) -> None:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    process, chosen_format = run_case(folder)
    assert "Traceback" not in process.stderr, process.stderr
    assert process.returncode == expected.get("exit", 0), process.stderr
    for piece in expected.get("stdout_contains", []):
        assert piece in process.stdout
    if chosen_format != "json":
        return
    document = json.loads(process.stdout)
    shown = "\n".join(_sides(alignment) for alignment in document["alignments"])
    problems = []
    counts = document["summary"]["alignments"]
    wrong_counts = {
        key: (value, counts[key])
        for key, value in expected.get("counts", {}).items()
        if counts[key] != value
    }
    if wrong_counts:
        problems.append(f"counts (expected, actual): {wrong_counts}")
    for side, number in expected.get("sentences", {}).items():
        if document[side]["sentences"] != number:
            problems.append(
                f"{side} has {document[side]['sentences']} sentences, expected {number}"
            )
    for pair in expected.get("pairs", []):
        if not any(matches(alignment, pair) for alignment in document["alignments"]):
            problems.append(f"no alignment matches {json.dumps(pair, ensure_ascii=False)}")
    for side, pieces in expected.get("ignored", {}).items():
        ignored = [item["text"] for item in document["ignored"][side]]
        problems.extend(
            f"{side}: {piece!r} not ignored (ignored: {ignored})"
            for piece in pieces
            if not any(piece in text for text in ignored)
        )
    assert not problems, "\n".join([*problems, "alignments:", shown])
