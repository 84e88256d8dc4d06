"""one_story's _Anchors hands _with_anchor the occurrences it may take for a span, read by
position: the same span comes back as from every occurrence of the formula, on the formulas,
occurrences and sentences of real comparisons."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.formulas import tracking
from readoutdiff.formulas.entries import one_story
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.model import Span

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [
    ("samples/2021-06-28-xi-putin.txt", "samples/2021-12-15-xi-putin.txt"),
    ("eval/formulas/biden-modi__2022-04-11__wh.txt", "eval/formulas/biden-modi__2022-05-24__wh.txt"),
    ("eval/formulas/biden-sisi__2023-10-29__wh.txt", "eval/formulas/biden-sisi__2023-11-22__wh.txt"),
]  # fmt: skip


@pytest.mark.parametrize("pair", PAIRS)
def test_anchors_near_a_span_grow_it_as_all_occurrences_do(
    pair: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, Mapping[str, Sequence[Occurrence]], list[Span]]] = []
    real = tracking.one_story

    def recording(formulas, views, sides):  # type: ignore[no-untyped-def]
        for k, (view, side) in enumerate(zip(views, sides, strict=True)):
            spans = [s for f in formulas for s in (f.a_spans, f.b_spans)[k]]
            spans += [s.span for s in view.readout.sentences]
            seen.append((view.readout.text, side, spans))
        return real(formulas, views, sides)

    monkeypatch.setattr(tracking, "one_story", recording)
    a, b = (load(ROOT / p) for p in pair)
    compare(a, b)
    assert len(seen) == 2
    grown = 0
    for text, side, spans in seen:
        anchors = one_story._Anchors(text, side)
        for formula_id, found in side.items():
            places = spans + [o.span for o in found]
            places += [
                Span(start=s.start + d, end=s.end + d, line=s.line) for s in places for d in (-9, 9)
            ]
            for span in places:
                if span.start < 0:
                    continue
                expected = one_story._with_anchor(text, span, found)
                assert one_story._with_anchor(text, span, anchors(formula_id, span)) == expected
                grown += expected[1] != span
    assert grown > 10  # spans grown over a near occurrence, not only left as they were
