"""benchmarks/distinct_reads.py counts what the formula stage reads again: a sentence said
three times over both readouts has its formulas matched once, and the counts say so."""

from __future__ import annotations

import sys
from pathlib import Path

from readoutdiff.ingest import from_text

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
EVAL = BENCHMARKS.parent / "eval" / "formulas"
A, B = EVAL / "biden-albanese__2022-11-13__wh.txt", EVAL / "biden-albanese__2023-03-13__wh.txt"

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


def test_each_function_counted_in_a_real_comparison_with_its_distinct_inputs(
    tmp_path: Path,
) -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import distinct_reads
    finally:
        sys.path.remove(str(BENCHMARKS))
    (tmp_path / "a.txt").write_bytes(A.read_bytes())
    (tmp_path / "b.txt").write_bytes(B.read_bytes())
    from readoutdiff.formulas.linking import most_kept
    from readoutdiff.text import shared_runs

    names = (
        "readoutdiff.text.shared_runs:matching_blocks",
        "readoutdiff.text.shared_runs:remembered_blocks",
        "readoutdiff.formulas.linking.most_kept:telling",
    )
    originals = (shared_runs.matching_blocks, shared_runs.remembered_blocks, most_kept.telling)
    try:
        found = distinct_reads.measure_inputs(str(tmp_path), names)
    finally:  # the wrappers out again, everywhere they were put
        for original in originals:
            for module in list(sys.modules.values()):
                for key, value in list(vars(module).items()):
                    if getattr(value, "__wrapped__", None) is original:
                        setattr(module, key, original)
    blocks = found["shared_runs:remembered_blocks"]
    diffs = found["shared_runs:matching_blocks"]
    told = found["most_kept:telling"]
    # The pair's reworded sentences are diffed: each diff is computed once, the memo answers
    # every other ask of the same two word lists (so no input reaches the diff twice).
    assert blocks.calls > len(blocks.inputs) > 0
    assert diffs.calls == len(diffs.inputs) >= len(blocks.inputs)
    # most_kept asks each sentence's telling words more than once (a memo answers them).
    assert told.calls > len(told.inputs) > 0
    assert "remembered_blocks" in distinct_reads.report_inputs(found)


def test_an_argument_told_by_identity_is_kept_alive_while_counted() -> None:
    # rev7: two objects made one after the other, the first freed before the second is made,
    # often get the same id; counted by id, the second read as the first again
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import distinct_reads
    finally:
        sys.path.remove(str(BENCHMARKS))

    class View:
        pass

    counted = distinct_reads.Counted()
    read = distinct_reads._counting(lambda view: None, counted, False)
    for _ in range(3):
        read(View())  # each freed as soon as the call returns, but for the counter's hold
    assert counted.calls == 3 and len(counted.inputs) == 3 and counted.repeated == 0
    view = View()
    read(view)
    read(view)
    assert counted.calls == 5 and counted.repeated == 1
