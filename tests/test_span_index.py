"""spans.SpanIndex finds the same overlapping spans as testing each (:func:`spans.overlaps`),
and the same spans inside a span or holding it (what one_story and key_overlaps ask, each with
an index of its own before); key_overlaps.fullest, which reads it, tells the same key changes
as its all-pairs loop, on the formulas of real comparisons."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.formulas.keys import key_overlaps
from readoutdiff.formulas.words.spans import SpanIndex, overlaps
from readoutdiff.model import Formula, Span

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [
    ("samples/2021-06-28-xi-putin.txt", "samples/2021-12-15-xi-putin.txt"),
    ("eval/formulas/biden-modi__2022-04-11__wh.txt", "eval/formulas/biden-modi__2022-05-24__wh.txt"),
    ("eval/formulas/harris-marcos__2023-09-06__wh.txt", "eval/formulas/harris-marcos__2023-11-16__wh.txt"),
    ("eval/formulas/biden-sisi__2023-10-29__wh.txt", "eval/formulas/biden-sisi__2023-11-22__wh.txt"),
    # two changes sharing one word ("defends") on A: key changes tell them in their union, the
    # formula list keeps both (told_once.lines_joined joins extents sharing two words or more)
    ("eval/formulas/blinken-kuleba__2022-05-27__state.txt", "eval/formulas/blinken-kuleba__2022-06-15__state.txt"),
]  # fmt: skip


def _spans(pair: tuple[str, str]) -> list[Span]:
    """The spans of the formulas found, both ways, and of the sentences of A."""
    a, b = (load(ROOT / p) for p in pair)
    formulas = [*compare(a, b).formulas, *compare(b, a).formulas]
    return [s for f in formulas for s in (*f.a_spans, *f.b_spans)] + [s.span for s in a.sentences]


@pytest.mark.parametrize("pair", PAIRS)
def test_index_finds_what_testing_each_span_finds(pair: tuple[str, str]) -> None:
    spans = _spans(pair)
    # empty spans, spans wider than a block and one over every span: edge cases of the filing
    starts = sorted({s.start for s in spans})
    spans += [Span(start=x, end=x, line=1) for x in starts[::7]]
    spans += [Span(start=x, end=x + 3000, line=1) for x in starts[::11]]
    spans.append(Span(start=0, end=max(s.end for s in spans) + 1, line=1))
    index = SpanIndex()
    for key, span in enumerate(spans):
        index.add(span, key)
    assert len(spans) > 20
    found_some = 0
    for span in spans:
        expected = {k for k, s in enumerate(spans) if overlaps(span, [s])}
        assert index.overlapping(span) == expected
        found_some += len(expected) > 1
    assert found_some > 10


@pytest.mark.parametrize("pair", PAIRS)
def test_index_finds_the_spans_inside_a_span_and_holding_it(pair: tuple[str, str]) -> None:
    spans = _spans(pair)
    starts = sorted({s.start for s in spans})
    spans += [Span(start=x, end=x + 3000, line=1) for x in starts[::11]]  # over several blocks
    spans += [Span(start=s.end, end=s.end, line=1) for s in spans[::5]]  # empty, at an end
    spans += [
        Span(start=1023, end=1025, line=1),
        Span(start=1024, end=1024, line=1),
    ]  # a block's edge
    index = SpanIndex((span, key) for key, span in enumerate(spans))
    inside = holding = 0
    for span in spans:
        within = {k for k, s in enumerate(spans) if span.start <= s.start and s.end <= span.end}
        held = {k for k, s in enumerate(spans) if s.start <= span.start and span.end <= s.end}
        assert index.within(span) == within
        assert index.holding(span) == held
        inside += len(within) > 1
        holding += len(held) > 1
    assert inside > 10 and holding > 10


@pytest.mark.parametrize("pair", PAIRS[:2])
def test_add_all_files_what_add_files(pair: tuple[str, str]) -> None:
    """Spans filed in one loop under one key each (``add_all``, as the rules file the places
    told) are found as when filed one by one."""
    spans = _spans(pair)
    starts = sorted({s.start for s in spans})
    spans += [Span(start=x, end=x, line=1) for x in starts[::7]]
    spans += [Span(start=x, end=x + 3000, line=1) for x in starts[::11]]
    one, bulk = SpanIndex(), SpanIndex()
    for span in spans:
        one.add(span, span.start % 3)
    for k in range(3):
        bulk.add_all([s for s in spans if s.start % 3 == k], k)
    assert len(spans) > 20
    for span in spans:
        assert bulk.overlapping(span) == one.overlapping(span)
    assert sum(len(one.overlapping(span)) > 1 for span in spans) > 5


def _all_pairs_fullest(ranked: list[Formula], comparison: object) -> list[Formula]:
    """key_overlaps.fullest as it was, testing each formula against every one told."""
    told: list[Formula] = []
    for formula, inside in zip(ranked, key_overlaps._holders(ranked), strict=True):
        fullest = max((ranked[k] for k in inside), key=key_overlaps._length, default=formula)
        if any(kept == fullest for kept in told):
            continue
        at = next((i for i, kept in enumerate(told) if key_overlaps._overlap(kept, fullest)), None)
        if at is None:
            told.append(fullest)
        else:
            told[at] = key_overlaps._union(told[at], fullest, comparison)  # type: ignore[arg-type]
    return told


def test_fullest_tells_what_the_all_pairs_loop_told() -> None:
    merged = unions = 0
    for pair in PAIRS:
        a, b = (load(ROOT / p) for p in pair)
        for x, y in ((a, b), (b, a)):
            comparison = compare(x, y)
            ranked = list(comparison.formulas)
            told = key_overlaps.fullest(ranked, comparison)
            assert told == _all_pairs_fullest(ranked, comparison)
            merged += len(told) < len(ranked)
            unions += any(f not in ranked for f in told)
    assert merged  # some formula was told once in another's place
    assert unions  # two changes over the same words told once, in their wordings' union
