"""Branch rev36: the review of round 1 of the forty-ninth session, as a user meets it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from readoutdiff.render.check_text import wrap_check_text

ROOT = Path(__file__).resolve().parent.parent

PLACE = re.compile(r"(?:(?:old|new) )?line \d+(?:, sentence \d+)?|sentence \d+")
"""A place as a finding says it: ``old line 7, sentence 3``, ``line 9``, ``sentence 1``."""


def test_check_keeps_every_place_of_a_finding_whole_on_a_terminal() -> None:
    """ux26 kept ``(sentence 6)`` and ``(old line 5, sentence 2)`` whole on a terminal, not the
    places a watched formula's change gives: "… changed to “trilateral security cooperation”
    (sentence 1; was at old line 7, sentence 3)" ended a line on "was at old" with "line 7,
    sentence 3);" under it (61 to 65 columns), and its rule's line "(new line 9," with
    "sentence 1; …" under it (40 to 65). Each place is one piece at every width from 40 to 120
    (State Department readouts of blinken-park, dev)."""
    pair = [f"eval/formulas/blinken-park__{day}__state.txt" for day in ("2022-05-24", "2022-07-08")]
    rules = "tests/data/rev36/watch.toml"
    done = subprocess.run(
        [sys.executable, "-m", "readoutdiff", "check", *pair, "--rules", rules],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    said = done.stdout  # a pipe: every line whole
    assert "(sentence 1; was at old line 7, sentence 3); it must persist" in said
    assert "(new line 9, sentence 1; was at old line 7, sentence 3)" in said
    places = set(PLACE.findall(said))
    assert {"old line 7, sentence 3", "new line 9, sentence 1", "sentence 1"} <= places
    for width in range(40, 121):
        shown = wrap_check_text(said, width).splitlines()
        torn = [
            (line, after)
            for line, after in zip(shown, shown[1:], strict=False)
            if re.search(r"\b(?:old|new|line|sentence|line \d+,)$", line)
            and re.match(r" *(?:line |sentence |\d)", after)
        ]
        assert not torn, (width, torn)
