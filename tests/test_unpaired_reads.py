"""The unpaired rules read each edited passage less often (sp61), and give what they gave,
on real readouts: the runs of unpaired sentences read once for
``near_pairs`` and ``gap_frames.passages``; ``framed`` reading the clauses of a sentence only
when a near sentence of the other readout may say one of its frame words; ``owned`` reading
the phrases of a sentence only when a near sentence of the other readout may name one of its
heads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from eval_pairs import fates

from readoutdiff.compare import compare
from readoutdiff.formulas.linking.nearby import gap, placement
from readoutdiff.formulas.linking.open_sentences import layout, near_pairs, readable, runs_of
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.unpaired import framed, gap_frames, owned
from readoutdiff.formulas.unpaired.owned_phrases import heads, phrases, thing
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import load
from readoutdiff.model import Readout

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"
SAMPLES = (
    ROOT / "samples" / "2021-06-28-xi-putin.txt",
    ROOT / "samples" / "2021-12-15-xi-putin.txt",
)
READOUTS = (
    *SAMPLES,
    *(
        EVAL / f"{name}.txt"
        for name in (
            "blinken-stoltenberg__2022-04-06__state",
            "blinken-stoltenberg__2022-05-14__state",
            "biden-duda__2022-03-04__wh",
            "biden-duda__2022-03-26__wh",
            "biden-albanese__2022-05-24__wh",
            "biden-modi__2022-05-24__wh",
        )
    ),
)
PAIRS = ("blinken-stoltenberg__2022-04-06", "biden-duda__2022-03-04", "biden-albanese__2022-05-24")
"""Dev pairs whose hand lists hold an owned phrase or a framed clause reworded (test_owned.py,
test_framed.py)."""


def _views() -> list[View]:
    out = []
    for path in READOUTS:
        readout = load(path)
        out.append(View(readout=readout, words=readout_words(readout), by_sentence={}))
    return out


def test_the_frame_words_hold_every_clause_s_word() -> None:
    """``framed.frame_words`` of a sentence holds the word of every clause ``framed.clauses``
    finds there: a sentence whose frame words meet none of a near sentence's holds no clause
    that pairs with one of it."""
    read = with_clauses = fewer = 0
    for view in _views():
        for words in view.words:
            found = {c.word for c in framed.clauses(view, words)}
            said = framed.frame_words(view, words)
            assert found <= said, view.readout.sentences[words.sentence].text
            read += 1
            with_clauses += bool(found)
            fewer += len(said) > len(found)
    assert read > 100 and with_clauses > 30 and fewer  # more words than clauses, at times


def test_the_heads_hold_the_thing_of_every_owned_phrase() -> None:
    """``owned_phrases.heads`` of a sentence holds the thing every owned phrase of it names."""
    read = owning = 0
    for view in _views():
        for words in view.words:
            found = {thing(p.head) for p in phrases(view, words)}
            assert found <= heads(view, words), view.readout.sentences[words.sentence].text
            read += 1
            owning += bool(found)
    assert read > 100 and owning > 5


def _layout(a: Readout, b: Readout) -> Any:
    pairs = [x for x in compare(a, b).alignments if x.a and x.b]
    return layout(placement(pairs), len(a.sentences), len(b.sentences))


def test_the_runs_read_once_are_those_each_sentence_s_gap_gives() -> None:
    """``runs_of`` gives each readable open sentence's run (:func:`nearby.gap`) once, and
    ``near_pairs`` and ``gap_frames.passages`` give with it what they gave reading their own."""
    passages = 0
    for names in (SAMPLES, READOUTS[2:4], READOUTS[4:6]):
        a, b = (load(path) for path in names)
        view_a, view_b = (View(readout=r, words=readout_words(r), by_sentence={}) for r in (a, b))
        placed = _layout(a, b)
        xs, ys = readable(view_a, placed.open_a), readable(view_b, placed.open_b)
        in_a, in_b = read = runs_of(placed, xs, ys)
        held_a, held_b = placed.held
        assert in_a == {
            x: at for x in xs if (at := gap(placed.marks, x, placed.na, held_a)) is not None
        }
        assert in_b == {
            y: at
            for y in ys
            if (at := gap(placed.mirrored, y, placed.nb, held_b, mirrored=True)) is not None
        }
        assert near_pairs(placed, xs, ys, read) == near_pairs(placed, xs, ys)
        found = gap_frames.passages(view_a, view_b, placed, read)
        assert found == gap_frames.passages(view_a, view_b, placed)
        passages += len(found)
    assert passages  # some passage both sides rewrote


def test_framed_and_owned_read_fewer_sentences_and_find_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On dev pairs with a framed clause or an owned phrase reworded, both ways, the formulas
    are those of reading every near sentence's clauses and phrases, and fewer are read."""
    near_frames, heads = framed._near_frames, owned.heads
    read: list[int] = []
    every: list[int] = []

    def counted(a: View, b: View, near: dict[int, set[int]]) -> tuple[set[int], set[int]]:
        said_a, said_b = near_frames(a, b, near)
        read.append(len(said_a) + len(said_b))
        every.append(sum(1 for ys in near.values() if ys) + len(set().union(*near.values())))
        return said_a, said_b

    def everything(a: View, b: View, near: dict[int, set[int]]) -> tuple[set[int], set[int]]:
        return {x for x, ys in near.items() if ys}, set().union(*near.values())

    for pair in PAIRS:
        for swap in (False, True):
            monkeypatch.setattr(framed, "_near_frames", counted)
            monkeypatch.setattr(owned, "heads", heads)
            fast = fates(pair, swap=swap)
            monkeypatch.setattr(framed, "_near_frames", everything)
            monkeypatch.setattr(owned, "heads", lambda *_: frozenset({"*"}))
            assert fast == fates(pair, swap=swap), pair
    assert sum(read) < sum(every)
