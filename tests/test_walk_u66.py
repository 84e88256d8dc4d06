"""Branch u66's walk: what a new user meets after the thirty-eighth session's changes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"


def _series(tmp_path: Path, name: str) -> list[str]:
    """``readoutdiff series`` on a copy of one outside series' folder, as a user runs it
    (piped: no wrapping), its standard output's lines."""
    folder = tmp_path / name
    folder.mkdir()
    for path in sorted(OUTSIDE.glob(f"{name}__*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
    run = [sys.executable, "-m", "readoutdiff", "series", name]
    done = subprocess.run(run, capture_output=True, text=True, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_the_series_similarity_is_said_under_the_meetings_not_in_the_formula_counts(
    tmp_path: Path,
) -> None:
    """Sunak–Erdoğan, six gov.uk readouts: the head of the formula counts ended "…; 1 listed
    under changed; similarity is to the meeting before", a note on the meetings' figures
    (0.11 after a date) read as one more fact about the formulas (u65 saw it, left it). It now
    stands under the meetings whose column it explains."""
    lines = _series(tmp_path, "sunak-erdogan")
    rows = [at for at, line in enumerate(lines) if line.startswith(("   1  ", "   6  "))]
    assert lines[rows[-1] + 1] == (
        "The figure after each date is its similarity to the meeting before"
    )
    assert lines[rows[-1] + 2] == ""
    head = next(line for line in lines if line.startswith("Formulas: "))
    assert "similarity" not in head
    assert head.endswith("1 came back after an absence (^): 1 listed under changed")
