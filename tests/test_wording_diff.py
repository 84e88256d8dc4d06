"""The word diff behind named wording changes: the opcodes of SequenceMatcher for every pair of
passages a real readout has, and near-linear time for very long ones (bench_hostile times it)."""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from readoutdiff.formulas.words.word_diff import _shared_opcodes, opcodes_of

_WORDS = st.lists(st.sampled_from("the of a strategic coordination dialogue and people".split()))


@settings(max_examples=400, deadline=None)
@given(_WORDS, _WORDS)
def test_same_opcodes_as_sequence_matcher(x: list[str], y: list[str]) -> None:
    assert _shared_opcodes(x, y) == SequenceMatcher(None, x, y, autojunk=False).get_opcodes()


@settings(max_examples=200, deadline=None)
@given(_WORDS, _WORDS)
def test_swapped_passages_give_mirrored_runs(x: list[str], y: list[str]) -> None:
    """Equal and changed runs mirror (the regions read only whether a run is equal)."""

    def runs(ops: list[tuple[str, int, int, int, int]]) -> list[tuple[bool, int, int, int, int]]:
        return [(tag == "equal", i1, i2, j1, j2) for tag, i1, i2, j1, j2 in ops]

    mirrored = [(same, j1, j2, i1, i2) for same, i1, i2, j1, j2 in runs(opcodes_of(y, x))]
    assert mirrored == runs(opcodes_of(x, y))


def test_a_very_long_passage_pair_still_lines_up_its_shared_words() -> None:
    """Two 60,000-word passages (3.6e9 word pairs: SequenceMatcher would take minutes) that
    differ in one word: one replace between two equal runs."""
    x = [f"w{n % 5000}" for n in range(60_000)]
    y = list(x)
    y[30_000] = "changed"
    assert _shared_opcodes(x, y) == [
        ("equal", 0, 30_000, 0, 30_000),
        ("replace", 30_000, 30_001, 30_000, 30_001),
        ("equal", 30_001, 60_000, 30_001, 60_000),
    ]
