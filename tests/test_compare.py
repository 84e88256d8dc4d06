"""compare: the whole pipeline on realistic readouts, through the public API."""

from __future__ import annotations

import os
import subprocess
import sys

from readoutdiff import Options, compare, from_text
from readoutdiff.model import Op, Status

SPLIT = (
    "Xi Jinping pointed out that bilateral trade reached a record 107.7 billion US dollars "
    "last year.",
    "The two sides will expand cooperation in energy, agriculture and the digital economy.",
)
UNRELATED = "Separately, a panda pair will be loaned to the Moscow Zoo."
REWORDED = (
    "Both leaders agreed to further expand cooperation on vaccine research and joint "
    "production, and on the mutual recognition of health certificates."
)


def run(a_lines: list[str], b_lines: list[str], newline: str = "\n"):
    return compare(
        from_text(newline.join(a_lines), path="a.txt"),
        from_text(newline.join(b_lines), path="b.txt"),
    )


def summary(comparison) -> list[tuple[str, bool, tuple[int, ...], tuple[int, ...]]]:
    return [
        (
            item.status.value,
            item.moved,
            tuple(s.index for s in item.a),
            tuple(s.index for s in item.b),
        )
        for item in comparison.alignments
    ]


def test_same_text_twice_is_all_unchanged(readout_lines) -> None:
    result = run(readout_lines, readout_lines)
    assert summary(result) == [("unchanged", False, (i,), (i,)) for i in range(len(readout_lines))]
    assert result.similarity == 1.0
    assert all(
        item.ops == (item.ops[0],) and item.ops[0].op is Op.EQUAL for item in result.alignments
    )


def test_typographic_variants_are_unchanged(readout_lines) -> None:
    fancy = [line.replace(" ", "\u00a0", 1).replace("'", "\u2019") for line in readout_lines]
    result = run(readout_lines, fancy, newline="\r\n")
    assert {item.status for item in result.alignments} == {Status.UNCHANGED}
    assert len(result.alignments) == len(readout_lines)


def test_a_moved_sentence_is_unchanged_and_flagged_moved(readout_lines) -> None:
    b_lines = list(readout_lines)
    b_lines.insert(2, b_lines.pop(6))
    result = run(readout_lines, b_lines)
    assert {item.status for item in result.alignments} == {Status.UNCHANGED}
    assert [(a, b) for _, moved, a, b in summary(result) if moved] == [((6,), (2,))]


def test_a_split_is_one_changed_alignment_with_two_b_sentences(readout_lines) -> None:
    b_lines = readout_lines[:3] + list(SPLIT) + readout_lines[4:]
    result = run(readout_lines, b_lines)
    assert ("changed", False, (3,), (3, 4)) in summary(result)
    assert [item.status for item in result.alignments].count(Status.UNCHANGED) == 8
    assert len(result.alignments) == 9


def test_a_merge_is_one_changed_alignment_with_two_a_sentences(readout_lines) -> None:
    a_lines = readout_lines[:3] + list(SPLIT) + readout_lines[4:]
    result = run(a_lines, readout_lines)
    assert ("changed", False, (3, 4), (3,)) in summary(result)
    assert len(result.alignments) == 9
    (merge,) = [item for item in result.alignments if len(item.a) == 2]
    assert merge.a_text == " ".join(SPLIT)
    assert "".join(op.text for op in merge.ops if op.op is not Op.INSERT) == merge.a_text
    assert "".join(op.text for op in merge.ops if op.op is not Op.DELETE) == merge.b_text


def test_a_reworded_sentence_is_changed_not_dropped_and_added(readout_lines) -> None:
    b_lines = list(readout_lines)
    b_lines[5] = REWORDED
    result = run(readout_lines, b_lines)
    statuses = [item.status for item in result.alignments]
    assert Status.DROPPED not in statuses and Status.ADDED not in statuses
    (changed,) = [item for item in result.alignments if item.status is Status.CHANGED]
    assert (changed.a_text, changed.b_text) == (readout_lines[5], REWORDED)
    assert 0.0 < changed.score < 1.0
    inserted = [op.text for op in changed.ops if op.op is Op.INSERT]
    assert "further" in " ".join(inserted)
    assert 0.0 < result.similarity < 1.0


def test_an_unrelated_inserted_sentence_is_added(readout_lines) -> None:
    b_lines = list(readout_lines)
    b_lines.insert(4, UNRELATED)
    result = run(readout_lines, b_lines)
    assert summary(result)[4] == ("added", False, (), (4,))
    added = result.alignments[4]
    assert (added.score, [(op.op, op.text) for op in added.ops]) == (0.0, [(Op.INSERT, UNRELATED)])
    assert [item.status for item in result.alignments].count(Status.UNCHANGED) == 9


def test_a_dropped_sentence_stands_where_it_stood_in_a(readout_lines) -> None:
    b_lines = readout_lines[:4] + readout_lines[5:]
    result = run(readout_lines, b_lines)
    assert summary(result)[3:6] == [
        ("unchanged", False, (3,), (3,)),
        ("dropped", False, (4,), ()),
        ("unchanged", False, (5,), (4,)),
    ]
    assert result.alignments[4].ops[0].op is Op.DELETE


def test_dropped_sentences_follow_the_nearest_earlier_pair_that_did_not_move(
    readout_lines,
) -> None:
    # A 2 and A 5 are dropped; A 7 moves to the front of the body, so B is reordered.
    b_lines = [readout_lines[i] for i in (0, 7, 1, 3, 4, 6, 8)]
    result = run(readout_lines, b_lines)
    assert summary(result) == [
        ("unchanged", False, (0,), (0,)),
        ("unchanged", True, (7,), (1,)),
        ("unchanged", False, (1,), (2,)),
        ("dropped", False, (2,), ()),
        ("unchanged", False, (3,), (3,)),
        ("unchanged", False, (4,), (4,)),
        ("dropped", False, (5,), ()),
        ("unchanged", False, (6,), (5,)),
        ("unchanged", False, (8,), (6,)),
    ]


def test_a_dropped_first_sentence_comes_first() -> None:
    a_lines = ["The ministers met in Guilin on Tuesday.", "Both sides praised the talks."]
    result = run(a_lines, a_lines[1:])
    assert summary(result) == [
        ("dropped", False, (0,), ()),
        ("unchanged", False, (1,), (0,)),
    ]


def test_every_sentence_of_both_sides_is_in_one_alignment(readout_lines) -> None:
    b_lines = list(readout_lines)
    b_lines[5] = REWORDED
    b_lines.insert(2, UNRELATED)
    del b_lines[7]
    result = run(readout_lines, b_lines)
    a_used = sorted(s.index for item in result.alignments for s in item.a)
    b_used = sorted(s.index for item in result.alignments for s in item.b)
    assert a_used == list(range(len(readout_lines)))
    assert b_used == list(range(len(b_lines)))


def test_options_min_score_decides_whether_a_rewording_pairs(readout_lines) -> None:
    from dataclasses import replace

    b_lines = list(readout_lines)
    b_lines[5] = REWORDED
    a = from_text("\n".join(readout_lines))
    b = from_text("\n".join(b_lines))
    strict = compare(a, b, options=replace(Options(), min_score=0.99, formulas=False))
    statuses = [item.status for item in strict.alignments]
    assert Status.CHANGED not in statuses
    assert statuses.count(Status.DROPPED) == statuses.count(Status.ADDED) == 1


def test_swapping_a_and_b_swaps_added_and_dropped_on_a_merge(readout_lines) -> None:
    # A has line 3 as two sentences; B has them merged, plus a new sentence that
    # resembles the second half weakly: the merge must win both ways round.
    a_lines = readout_lines[:3] + list(SPLIT) + readout_lines[4:]
    b_lines = list(readout_lines)
    b_lines.insert(7, "The two sides will also expand cooperation in tourism and culture.")
    forward = run(a_lines, b_lines)
    backward = run(b_lines, a_lines)
    assert ("changed", False, (3,), (3, 4)) in summary(backward)  # the merge, found backwards
    assert ("changed", False, (3, 4), (3,)) in summary(forward)
    forward_counts = [item.status for item in forward.alignments]
    backward_counts = [item.status for item in backward.alignments]
    assert forward_counts.count(Status.ADDED) == backward_counts.count(Status.DROPPED) == 1
    assert forward_counts.count(Status.DROPPED) == backward_counts.count(Status.ADDED) == 0


_DUMP = """
import sys
from readoutdiff import compare, from_text
a, b = sys.stdin.read().split("\\f")
print(repr(compare(from_text(a), from_text(b))))
"""


def test_same_inputs_give_the_same_result_under_any_hash_seed(readout_lines) -> None:
    b_lines = list(readout_lines)
    b_lines[5] = REWORDED
    b_lines.insert(2, UNRELATED)
    b_lines.insert(8, b_lines.pop(3))
    b_lines[4:5] = list(SPLIT)
    stdin = "\n".join(readout_lines) + "\f" + "\n".join(b_lines)
    dumps = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _DUMP], input=stdin, env=env,
            capture_output=True, text=True, check=True, encoding="utf-8",
        )  # fmt: skip
        dumps.add(done.stdout)
    assert len(dumps) == 1
    assert "Alignment(" in dumps.pop()


def test_reading_order_keys_as_ints_sort_as_the_tuples_on_the_samples() -> None:
    """sp66: ``_sorted_by_b`` sorts by one int a passage; the order is that of the
    ``(B place, 0, 0)`` / ``(anchor, 1, A index)`` tuples, on the samples compared both ways
    (dropped sentences) and on one against its second half (its first half dropped before any
    anchor: a first of -1)."""
    import importlib
    from pathlib import Path

    module = importlib.import_module("readoutdiff.compare")  # the package's name is the function

    samples = Path(__file__).resolve().parent.parent / "samples"
    texts = [
        (samples / name).read_text(encoding="utf-8")
        for name in ("2021-06-28-xi-putin.txt", "2021-12-15-xi-putin.txt")
    ]
    cases = [(texts[0], texts[1]), (texts[1], texts[0]), (texts[0], texts[0][len(texts[0]) // 2 :])]
    unanchored = 0
    for a_text, b_text in cases:
        alignments = compare(from_text(a_text), from_text(b_text)).alignments[::-1]  # any order
        anchors = {s.index: x.b[0].index for x in alignments if x.b and not x.moved for s in x.a}
        dropped = module._dropped_keys(alignments, anchors)
        assert dropped
        by_tuples = sorted(
            alignments,
            key=lambda x: (x.b[0].index, 0, 0) if x.b else dropped[x.a[0].index],
        )
        assert list(module._sorted_by_b(alignments)) == by_tuples
        unanchored += sum(key[0] == -1 for key in dropped.values())
    assert unanchored > 0
