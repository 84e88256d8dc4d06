"""``readoutdiff A B`` of two series sharing no participant, by their file names, warns once
(rev32's walk: two unrelated meetings compared with similarity near 0 said nothing); readouts of
one series, of two series sharing a participant, or whose names say no series do not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"


def run(a: Path, b: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readoutdiff", str(a), str(b), "--format", "json"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip


def test_two_series_sharing_no_participant_warn_once() -> None:
    process = run(
        EVAL / "abe-moon__2017-05-11__mofa-jp.txt", EVAL / "ban-hollande__2015-11-29__un.txt"
    )
    assert process.returncode == 0, process.stderr
    warnings = [line for line in process.stderr.splitlines() if "two series" in line]
    assert warnings == [
        "readoutdiff: warning: A (abe-moon) and B (ban-hollande) are of two series sharing no"
        " participant by file name; they are compared all the same"
    ]
    assert '"schema": "readoutdiff/' in process.stdout  # compared all the same


def test_one_series_or_a_shared_participant_or_no_series_name_say_nothing() -> None:
    one = run(
        EVAL / "abe-moon__2017-05-11__mofa-jp.txt", EVAL / "abe-moon__2017-05-30__mofa-jp.txt"
    )
    shared = run(
        EVAL / "abe-moon__2017-05-30__mofa-jp.txt",
        EVAL / "abe-park-geun-hye__2016-02-09__mofa-jp.txt",
    )
    samples = run(
        ROOT / "samples" / "2021-06-28-xi-putin.txt", ROOT / "samples" / "2021-12-15-xi-putin.txt"
    )
    for process in (one, shared, samples):
        assert process.returncode == 0, process.stderr
        assert "two series" not in process.stderr
