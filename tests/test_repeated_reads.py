"""benchmarks/repeated_reads.py counts the calls of the formula stage's functions in one real
comparison against their distinct inputs."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
A, B = EVAL / "biden-albanese__2022-11-13__wh.txt", EVAL / "biden-albanese__2023-03-13__wh.txt"


def _repeated_reads():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import repeated_reads
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return repeated_reads


def test_each_function_counted_in_a_real_comparison_with_its_distinct_inputs(
    tmp_path: Path,
) -> None:
    repeated_reads = _repeated_reads()
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
        found = repeated_reads.measure(str(tmp_path), names)
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
    assert "remembered_blocks" in repeated_reads.report(found)
