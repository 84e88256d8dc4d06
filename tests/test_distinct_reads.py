"""benchmarks/distinct_reads.py counts what the formula stage reads again: a sentence said
three times over both readouts has its formulas matched once, and the counts say so."""

from __future__ import annotations

import sys
from pathlib import Path

from readoutdiff.ingest import from_text

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

SAID = "The two sides reaffirmed their commitment to the rules-based international order."


def test_a_repeated_sentence_is_matched_once() -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from distinct_reads import counts
    finally:
        sys.path.remove(str(BENCHMARKS))
    a = from_text(f"{SAID} They met in Washington.\n\n{SAID}")
    b = from_text(f"They met in Tokyo. {SAID}")
    found = counts(a, b)
    assert found["find: calls"] == 4  # lexicon and mined finds, each readout
    assert found["find: sentences looped"] == 10  # 3 sentences of A and 2 of B, twice
    # The lexicon's "rules-based international order": three places, one match of the words
    # (the other sentences hold no word a wording starts on) ...
    assert found["find: _hits computed"] == 1
    assert found["find: read_off (sentences with hits)"] == 3
    # ... and read off the text once per character after it (a space, the text's end).
    assert found["find: _occurrence (read afresh)"] == 2
