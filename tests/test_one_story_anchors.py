"""one_story's _Anchors hands _with_anchor the occurrences it may take for a span, read by
position: the same span comes back as from every occurrence of the formula, on the formulas,
occurrences and sentences of real comparisons."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.formulas import tracking
from readoutdiff.formulas.entries import one_story
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.words.spans import overlaps
from readoutdiff.model import REWORDED, Formula, FormulaSource, FormulaStatus, Span

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


def _all_pairs_unclaimed(formula: Formula, formulas: Sequence[Formula]) -> Formula:
    """one_story._unclaimed as it was: each formula's spans tested against the rewording's."""
    if formula.status is not FormulaStatus.CHANGED or not formula.id.endswith(REWORDED):
        return formula
    for other in formulas:
        if other is formula:
            continue
        for mine, theirs, elsewhere, rest in (
            (formula.b_spans, other.b_spans, other.a_spans, formula.a_spans),
            (formula.a_spans, other.a_spans, other.b_spans, formula.b_spans),
        ):
            inside = any(o.start <= i.start and i.end <= o.end for i in theirs for o in mine)
            if inside and not any(overlaps(x, rest) for x in elsewhere):
                on_a = mine is formula.b_spans
                return replace(
                    formula, id=formula.id.removesuffix(REWORDED), variant=False,
                    status=FormulaStatus.DROPPED if on_a else FormulaStatus.APPEARED,
                    a_text=formula.a_text if on_a else None, a_spans=rest if on_a else (),
                    b_text=None if on_a else formula.b_text, b_spans=() if on_a else rest,
                    evidence_score=None, anchor=None,
                )  # fmt: skip
    return formula


def test_unclaimed_as_testing_every_formula_on_real_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Formula, Sequence[Formula], Formula]] = []
    real = one_story._unclaimed

    def recording(formula, formulas, spans, own=None):  # type: ignore[no-untyped-def]
        got = real(formula, formulas, spans, own)  # own: no real pair's wording flips a side
        calls.append((formula, formulas, got))
        return got

    monkeypatch.setattr(one_story, "_unclaimed", recording)
    for pair in PAIRS:
        a, b = (load(ROOT / p) for p in pair)
        compare(a, b)
        compare(b, a)
    for formula, formulas, got in calls:
        assert got == _all_pairs_unclaimed(formula, formulas)
    rewordings = [c for c in calls if c[0].id.endswith(REWORDED)]
    assert len(rewordings) > 5
    assert any(got is not formula for formula, _, got in calls)  # one told as a drop or appearance


def test_the_dots_of_initials_end_no_clause_between_governing_words_and_their_formula() -> None:
    # White House, Biden-Zelenskyy 2024-09-26 -> 2024-10-16: A "President Biden outlined his
    # decision to surge U.S. security assistance to Ukraine, …" once stopped at "surge", as if
    # "U.S." ended the clause, while B was told with its formula.
    folder = ROOT / "tests" / "real_series" / "biden-zelenskyy"
    a = load(folder / "biden-zelenskyy__2024-09-26__wh.txt")
    b = load(folder / "biden-zelenskyy__2024-10-16__wh.txt")
    told = [
        (f.a_text, f.b_text)
        for f in compare(a, b).formulas
        if f.status is FormulaStatus.CHANGED and f.id == "security-assistance-ukraine/context"
    ]
    assert told
    assert all(wording.endswith("surge U.S. security assistance to Ukraine") for wording, _ in told)


def _anchored(text: str, wording: str, formula: str) -> str:
    at, to = text.index(wording), text.index(formula)
    occurrence = Occurrence(
        id="f", text=formula, span=Span(start=to, end=to + len(formula), line=1), sentence=0,
        first=0, last=1, source=FormulaSource.BUILTIN, topic="", confidence=1.0, score=100.0,
    )  # fmt: skip
    span = Span(start=at, end=at + len(wording), line=1)
    return one_story._with_anchor(text, span, [occurrence])[0]


def test_initials_between_governing_words_and_their_formula_are_one_word() -> None:
    near = "He outlined his decision to surge U.S. security assistance to Ukraine."
    assert _anchored(near, "decision to surge", "security assistance to Ukraine") == (
        "decision to surge U.S. security assistance to Ukraine"
    )
    # Four words apart, "U.S." one of them: more than _GAP, the formula is told apart.
    far = "He outlined his decision to surge further U.S. and allied security assistance."
    assert _anchored(far, "decision to surge", "security assistance") == "decision to surge"
