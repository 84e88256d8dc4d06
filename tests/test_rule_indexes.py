"""The formula stage's indexes give what the plain scans they replace give (speed only)."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas.entries import one_story
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.unpaired import framed
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.formulas.words.spans import SpanIndex, overlaps
from readoutdiff.ingest import from_text
from readoutdiff.model import Span

SAMPLES = Path(__file__).parent.parent / "samples"


def _samples() -> tuple[str, str]:
    return (
        (SAMPLES / "2021-06-28-xi-putin.txt").read_text(encoding="utf-8"),
        (SAMPLES / "2021-12-15-xi-putin.txt").read_text(encoding="utf-8"),
    )


def test_span_index_finds_the_formulas_inside_that_a_scan_finds() -> None:
    """Every formula of the samples' comparison, as the outer spans, against every other: the
    index (spans.SpanIndex, as one_story reads it) finds exactly the formulas with a span inside
    one of them."""
    a, b = _samples()
    formulas = [f for f in compare(from_text(a), from_text(b)).formulas if f.a_spans]
    sides = [f.a_spans for f in formulas]
    # Spans that share a start or an end with others, and one that ends where another starts.
    sides += [(Span(start=s.start, end=s.end + 5, line=1),) for s in sides[0]]
    sides += [(Span(start=sides[1][0].end, end=sides[1][0].end, line=1),)]
    index = SpanIndex((s, k) for k, spans in enumerate(sides) for s in spans)
    assert len(formulas) > 20
    for outer in sides:
        scan = {
            k
            for k, inner in enumerate(sides)
            if any(o.start <= i.start and i.end <= o.end for i in inner for o in outer)
        }
        assert one_story._within(index, outer) == scan
        assert scan  # each holds itself at least: the test cannot pass on empty sets


def test_span_index_finds_the_overlapping_formulas_a_scan_finds() -> None:
    """The same spans, each against every other: the index finds exactly the formulas with a span overlapping one of them (``spans.overlaps``), empty
    spans and spans that only touch included."""
    a, b = _samples()
    formulas = [f for f in compare(from_text(b), from_text(a)).formulas if f.b_spans]
    sides = [f.b_spans for f in formulas]
    sides += [(Span(start=s.start - 3, end=s.end + 40, line=1),) for s in sides[0]]
    sides += [(Span(start=sides[1][0].end, end=sides[1][0].end, line=1),)]
    sides += [(Span(start=sides[2][0].start + 1, end=sides[2][0].start + 1, line=1),)]
    index = SpanIndex((s, k) for k, spans in enumerate(sides) for s in spans)
    assert len(formulas) > 20
    found = 0
    for outer in sides:
        scan = {
            k
            for k, inner in enumerate(sides)
            if any(overlaps(i, (o,)) for i in inner for o in outer)
        }
        assert one_story._overlapping(index, outer) == scan
        found += len(scan) > 1
    assert found > 5  # spans overlapping others: the test cannot pass on singletons only


def test_framed_keys_read_once_are_the_keys_read_again() -> None:
    """A sentence said twice: its clauses' keys come from the memo the second time, and are
    the keys read afresh (they depend on the sentence's words only)."""
    said = "He restated the pressure on Vladimir Putin's regime and support for Ukraine's people."
    readout = from_text(f"They met.\n\n{said}\n\nThey spoke.\n\n{said}")
    view = View(readout=readout, words=tuple(readout_words(readout)), by_sentence={})
    memo: dict[tuple[str, int, int], tuple[str, ...]] = {}
    found = {}
    for sentence in (1, 3):
        for clause in framed.clauses(view, view.words[sentence]):
            fresh = framed._keyed(view, clause, {})
            kept = framed._keyed(view, clause, memo)
            assert kept == fresh
            found[sentence, clause.frame] = kept.keys
    assert len(memo) == len(found) // 2 >= 2  # the second sentence read nothing again
    assert any("putin" in keys for keys in found.values())
