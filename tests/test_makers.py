"""The makers that skip the dataclass ``__init__`` (``readoutdiff.model.makers``, ``align.groups.new_pair``)
make what the classes make: every field set, and on real readouts the same sentences, pairs and
comparisons as when each object is made by its class (the slow path, patched in)."""

from __future__ import annotations

import sys
from dataclasses import fields
from pathlib import Path

import pytest

from readoutdiff.align import align, groups, pairing
from readoutdiff.align.groups import Pair, new_pair, with_moved
from readoutdiff.compare import compare
from readoutdiff.ingest import from_text, load
from readoutdiff.languages import segment
from readoutdiff.model import Alignment, DiffOp, Op, Sentence, Span, Status, makers

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAIR = (SAMPLES / "2021-06-28-xi-putin.txt", SAMPLES / "2021-12-15-xi-putin.txt")
COMPARE = sys.modules["readoutdiff.compare"]  # the module: the package's name is the function
INLINE = sys.modules["readoutdiff.inline"]


def _slow_sentence(index: int, start: int, end: int, line: int, text: str, folded: str) -> Sentence:
    return Sentence(
        index=index, span=Span(start=start, end=end, line=line), text=text, folded=folded
    )


def _slow_alignment(status, a, b, score, moved, ops) -> Alignment:  # type: ignore[no-untyped-def]
    return Alignment(status=status, a=a, b=b, score=score, moved=moved, ops=ops)


def _slow_pair(a, b, score, moved=False) -> Pair:  # type: ignore[no-untyped-def]
    return Pair(a=a, b=b, score=score, moved=moved)


def _readouts() -> tuple[object, ...]:
    a, b = (path.read_text(encoding="utf-8") for path in PAIR)
    later = from_text(a[: len(a) // 2] + b, path="later.txt")  # half of A kept as it was
    return load(PAIR[0]), load(PAIR[1]), later


def test_each_maker_sets_every_field_of_its_class_in_order() -> None:
    # A field added to a class (with a default) would be left unset by its maker: this fails.
    for cls, names in makers.FIELDS.items():
        assert tuple(f.name for f in fields(cls)) == names, cls
    assert tuple(f.name for f in fields(Pair)) == ("a", "b", "score", "moved")
    made = makers.sentence(2, 3, 9, 4, "We met.", "we met.")
    assert (made.index, made.span.start, made.span.end, made.span.line) == (2, 3, 9, 4)
    assert (made.text, made.folded) == ("We met.", "we met.")
    assert makers.diff_op(Op.EQUAL, "x") == DiffOp(op=Op.EQUAL, text="x")


def test_real_readouts_and_their_comparisons_equal_those_of_the_slow_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fast = _readouts()
    fast_results = [compare(fast[0], fast[1]), compare(fast[0], fast[2])]
    statuses = {x.status for result in fast_results for x in result.alignments}
    assert {Status.UNCHANGED, Status.CHANGED, Status.DROPPED, Status.ADDED} <= statuses
    assert any(x.moved for result in fast_results for x in result.alignments)
    monkeypatch.setattr(segment, "make_sentence", _slow_sentence)
    monkeypatch.setattr(COMPARE, "make_alignment", _slow_alignment)
    monkeypatch.setattr(COMPARE, "diff_op", lambda op, text: DiffOp(op=op, text=text))
    monkeypatch.setattr(INLINE, "diff_op", lambda op, text: DiffOp(op=op, text=text))
    monkeypatch.setattr(pairing, "new_pair", _slow_pair)
    monkeypatch.setattr(groups, "new_pair", _slow_pair)
    slow = _readouts()
    assert fast == slow
    slow_results = [compare(slow[0], slow[1]), compare(slow[0], slow[2])]
    assert fast_results == slow_results


def test_new_pair_and_with_moved_keep_what_pairs_are_compared_by() -> None:
    made = new_pair((1,), (2,), 0.5)
    assert (made.a, made.b, made.score, made.moved) == ((1,), (2,), 0.5, False)
    assert with_moved(made, False) is made  # pairs are compared by identity: kept when unchanged
    moved = with_moved(made, True)
    assert (moved.a, moved.b, moved.score, moved.moved) == ((1,), (2,), 0.5, True)


def test_holders_place_pairs_as_the_plain_updates_do() -> None:
    eval_dir = SAMPLES.parent / "eval" / "formulas"
    a, b = (
        load(eval_dir / f"biden-albanese__{day}__wh.txt").sentences
        for day in ("2022-11-13", "2023-03-13")
    )
    pairs = align(a, b)
    assert any(len(pair.a) + len(pair.b) > 2 for pair in pairs)  # a split or merge among them
    holders = groups.Holders(pairs)
    plain_a: dict[int, Pair] = {}
    plain_b: dict[int, Pair] = {}
    for pair in pairs:
        plain_a.update(dict.fromkeys(pair.a, pair))
        plain_b.update(dict.fromkeys(pair.b, pair))
    assert list(holders.a.items()) == list(plain_a.items())  # the same keys, order and pairs
    assert list(holders.b.items()) == list(plain_b.items())


def test_a_made_object_is_of_its_class_and_as_frozen() -> None:
    # Made as a plain object of the class's layout, then given the class (makers.blank).
    import copy
    import dataclasses
    import pickle

    made = [
        (makers.span(3, 9, 1), Span(start=3, end=9, line=1)),
        (
            makers.sentence(0, 3, 9, 1, "We met.", "we met."),
            _slow_sentence(0, 3, 9, 1, "We met.", "we met."),
        ),
        (makers.diff_op(Op.DELETE, "x"), DiffOp(op=Op.DELETE, text="x")),
        (
            makers.alignment(Status.CHANGED, (), (), 0.5, True, ()),
            _slow_alignment(Status.CHANGED, (), (), 0.5, True, ()),
        ),
    ]
    for fast, slow in made:
        assert type(fast) is type(slow) and fast == slow and hash(fast) == hash(slow)
        assert repr(fast) == repr(slow) and pickle.loads(pickle.dumps(fast)) == slow
        assert copy.copy(fast) == slow and dataclasses.replace(fast) == slow
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(fast, dataclasses.fields(fast)[0].name, None)
    pair = new_pair((1,), (2,), 0.5, True)
    assert type(pair) is Pair
    assert (pair.a, pair.b, pair.score, pair.moved) == ((1,), (2,), 0.5, True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        pair.score = 1.0  # type: ignore[misc]
