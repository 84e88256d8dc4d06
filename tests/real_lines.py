"""Lines for tests of the short-cut checks of ingest and segment: every line of the samples, the
outside sample and the test inputs, and lines drawn from a test's own pieces."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("samples", "eval/noise", "tests/cases", "tests/pages")


def lines(pieces: Sequence[str], seed: int, drawn: int, longest: int) -> list[str]:
    """The real lines, then ``drawn`` lines of 1 to ``longest`` of ``pieces`` each (seeded)."""
    found = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.txt")):
            found.extend(path.read_bytes().decode("utf-8", "replace").splitlines())
    draw = random.Random(seed)
    for _ in range(drawn):
        found.append("".join(draw.choice(pieces) for _ in range(draw.randint(1, longest))))
    return found
