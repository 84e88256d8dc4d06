"""Properties of formula tracking on random readouts built from formula-bearing sentences."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from readoutdiff import formulas
from readoutdiff.compare import compare
from readoutdiff.ingest import from_text
from readoutdiff.model import Alignment, Formula, FormulaStatus, Options

SENTENCES = (
    "The two sides uphold true multilateralism in the region.",
    "They support each other on issues concerning each other's core interests.",
    "Both back genuine multilateralism and the Belt and Road Initiative.",
    "Both oppose hegemonism and power politics in the region.",
    "They build a community with a shared future for mankind.",
    "We will hail the anniversary of the Treaty of Good-Neighborliness and Friendly Cooperation.",
    "They renewed the Treaty of Good-neighborliness and Friendly Cooperation.",
    "They deepen the comprehensive strategic partnership of coordination for a new era.",
    "They deepen the comprehensive strategic partnership of coordination.",
    "Trade grew in the first three quarters.",
    "The two sides also oppose bloc confrontation in the region.",
    "Russia supports the Global Development Initiative and win-win cooperation with the Eurasian Economic Union.",
    "Both seek a multipolar world and reject the Cold War mentality.",
)
readouts = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6).map(" ".join)
FAST = settings(max_examples=200, deadline=None)


def key(formula: Formula) -> tuple[str, str | None, str | None]:
    return formula.id, formula.a_text, formula.b_text


def mirrored(alignment: Alignment) -> Alignment:
    return replace(alignment, a=alignment.b, b=alignment.a)


@FAST
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6))
def test_comparing_a_readout_with_itself_persists_every_formula(sentences: list[str]) -> None:
    text = " ".join(sentences)
    result = compare(from_text(text), from_text(text))
    assert bool(result.formulas) == any(
        s != "Trade grew in the first three quarters." for s in sentences
    )
    assert all(f.status is FormulaStatus.PERSISTED and not f.variant for f in result.formulas)


@FAST
@given(readouts, readouts)
def test_swapping_sides_swaps_appeared_and_dropped(text_a: str, text_b: str) -> None:
    a, b = from_text(text_a), from_text(text_b)
    alignments = compare(a, b, options=Options(formulas=False)).alignments
    forward = formulas.track(a, b, alignments, options=Options())
    backward = formulas.track(b, a, tuple(map(mirrored, alignments)), options=Options())

    def of(result: tuple[Formula, ...], status: FormulaStatus) -> set[str]:
        return {f.id for f in result if f.status is status}

    assert of(forward, FormulaStatus.APPEARED) == of(backward, FormulaStatus.DROPPED)
    assert of(forward, FormulaStatus.DROPPED) == of(backward, FormulaStatus.APPEARED)
    assert of(forward, FormulaStatus.PERSISTED) == of(backward, FormulaStatus.PERSISTED)
