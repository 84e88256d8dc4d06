"""benchmarks/matcher_steps.py keeps the matcher's per-text calls of a real comparison and runs
each step again over them: the counts narrow step by step, and the regex gate it measures (a
compiled alternation of the exact wordings) holds a candidate exactly where ``_exact_hits`` has
one; each text's heads are read once, and the four ways of the heads step pass the same places."""

from __future__ import annotations

import sys
from pathlib import Path

from readoutdiff.ingest import from_text

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
EVAL = BENCHMARKS.parent / "eval" / "formulas"
A, B = EVAL / "biden-albanese__2022-11-13__wh.txt", EVAL / "biden-albanese__2023-03-13__wh.txt"


def _steps():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import matcher_steps
    finally:
        sys.path.remove(str(BENCHMARKS))
    return matcher_steps


def test_the_steps_of_a_real_comparison_narrow_and_the_regex_gate_agrees() -> None:
    steps = _steps()
    calls = steps.captured(from_text(A.read_text()), from_text(B.read_text()))
    found = steps.counts(calls)
    assert found["exact: calls"] >= found["fuzzy: calls"] > 0
    assert found["exact: calls"] > found["exact: with a candidate"] > 0
    assert (
        found["fuzzy: calls"]
        >= found["fuzzy: with places"]
        >= found["fuzzy: past the rarest heads"]
        >= found["fuzzy: with a hit"]
    )
    assert steps.gate_agrees(calls)
    timed = steps.steps(calls, rounds=1)
    assert all(ms >= 0 for ms in timed.values())
    assert "regex gate: every exact call" in steps.report(found, timed)


def test_the_trie_expression_matches_each_wording_and_no_shorter_one() -> None:
    import re

    expression = re.compile(_steps()._trie(["rule of law ", "rule of ", "core interest "]))
    assert expression.fullmatch("rule of law ")
    assert expression.fullmatch("rule of ")
    assert expression.fullmatch("core interest ")
    assert not expression.fullmatch("rule ")
    assert not expression.fullmatch("core ")


def test_each_text_s_heads_are_read_once_and_the_four_ways_agree() -> None:
    steps = _steps()
    words: list[object] = []
    calls = steps.captured(from_text(A.read_text()), from_text(B.read_text()), kept=words)
    reads = steps.heads_reads(calls, words)
    assert reads["heads: fuzzy calls reaching them"] > 0
    # one set a text: nothing made twice for the matcher and the rules to share (sp83)
    assert reads["heads: distinct texts among them"] == reads["heads: fuzzy calls reaching them"]
    assert reads["heads: fuzzy indexes read"] == 1  # the mined matcher has no fuzzy side
    assert reads["heads: distinct texts of the words"] >= reads["heads: distinct texts among them"]
    timed = steps.heads_variants(calls, rounds=1)  # asserts that every way passes the same places
    assert len(timed) == 4 and all(ms >= 0 for ms in timed.values())


def test_grouping_buckets_by_rare_head_files_every_wording_and_finds_the_same_hits() -> None:
    """sp108's grouped scan: each wording of a stem's bucket is filed under one of the stem's
    rarest heads, one it holds, and the scan (groups made before or at first use) tells what
    ``fuzzy.hits`` tells on every call of a real comparison (``grouped`` asserts it)."""
    steps = _steps()
    calls = steps.captured(from_text(A.read_text()), from_text(B.read_text()))
    index, rare = calls.fuzzy[0][0], calls.fuzzy[0][4]
    groups = steps.grouped_buckets(index, rare)
    assert groups.keys() == index.keys()
    for stem, bucket in index.items():
        filed = [wording for _, found in groups[stem] for wording in found]
        assert sorted(map(id, filed)) == sorted(map(id, bucket))
        assert all(
            head in rare[stem] and head in w.heads for head, found in groups[stem] for w in found
        )
    timed = steps.grouped(calls)
    assert len(timed) == 3 and all(ms >= 0 for ms in timed.values())
