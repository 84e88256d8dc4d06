"""``most_kept.may_hold`` skips a reworded pair before its chains only when the pair holds no
line: on every changed pair of the samples, of the dev pairs of the evaluation set and of the
50 KB real-sentence corpus, a pair it skips is one whose full reading (:func:`lines`) finds
nothing, and it skips some pairs of each."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import real_corpus

from readoutdiff.compare import compare
from readoutdiff.formulas.linking.most_kept import Memo, lines, may_hold
from readoutdiff.formulas.words.phrases import Words, readout_words
from readoutdiff.ingest import from_text, load
from readoutdiff.model import Readout, Status

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"


def _dev_pairs() -> Iterator[tuple[Readout, Readout]]:
    for path in sorted((EVAL / "pairs").glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        if not data.get("heldout") and not data.get("fresh"):
            yield load(EVAL / data["a"]), load(EVAL / data["b"])


def _changed_cells(a: Readout, b: Readout) -> Iterator[tuple[Words, Words]]:
    """The two sentences of every cell of every pair ``compare()`` found changed."""
    words_a, words_b = readout_words(a), readout_words(b)
    for pair in compare(a, b).alignments:
        if pair.status is Status.CHANGED:
            yield from ((words_a[s.index], words_b[t.index]) for s in pair.a for t in pair.b)


def _skipped_and_found(a: Readout, b: Readout) -> tuple[int, int]:
    """Pairs skipped and pairs with a line, each skipped one checked to hold none."""
    memo: Memo = {}
    skipped = found = 0
    for wa, wb in _changed_cells(a, b):
        held = lines(wa, wb, memo=memo)
        found += bool(held)
        if not may_hold(wa, wb, memo):
            assert held == [], (" ".join(wa.stems), " ".join(wb.stems))
            skipped += 1
    return skipped, found


def test_samples_both_ways() -> None:
    a, b = (
        load(ROOT / "samples" / "2021-06-28-xi-putin.txt"),
        load(ROOT / "samples" / "2021-12-15-xi-putin.txt"),
    )
    totals = [_skipped_and_found(x, y) for x, y in ((a, b), (b, a))]
    assert all(skipped > 0 for skipped, _ in totals)


def test_dev_pairs() -> None:
    totals = [_skipped_and_found(a, b) for a, b in _dev_pairs()]
    assert len(totals) >= 40
    assert sum(s for s, _ in totals) >= 100 and sum(f for _, f in totals) >= 20


def test_real_sentence_corpus() -> None:
    a, b = (from_text(text) for text in real_corpus.build(50_000))
    skipped, found = _skipped_and_found(a, b)
    assert skipped > 0  # the 500 KB corpora of seeds 10 and 2 were checked alike (README)
