"""A formula both English readouts keep whose clause goes on in other words: the rest of the line
is one more *changed* entry beside the kept one (``formulas/linking/kept_remainder_en.py``), on
a real dev pair of the evaluation set and a real pair of the outside set's tuning part, both
ways; a qualifier swapped, another clause joined by "and" and the next predicate are not the
line's rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import fates

from readoutdiff import compare, load
from readoutdiff.formulas.linking.kept_remainder_en import remainders_en
from readoutdiff.ingest import from_text
from readoutdiff.model import Formula, FormulaStatus, Readout, Span

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"

KULEBA = ("resulting from President Putin’s brutal war", "caused by President Putin’s invasion")
MARTIN = (
    "on the Covid situation",
    "on the current coronavirus situation in their respective countries",
)


@pytest.mark.parametrize("swap", [False, True])
def test_a_kept_formula_ties_the_rest_of_its_line(swap: bool) -> None:
    # Blinken-Kuleba (State Department, dev): "the global food security crisis resulting from
    # President Putin's brutal war requires a global response" / "… crisis caused by President
    # Putin's invasion": "global food security crisis" persisted, the rest the hand's change;
    # the wording stops before the sentence's verb ("requires a …").
    found = fates("blinken-kuleba__2022-05-24", swap=swap)
    assert ("changed", *(KULEBA[::-1] if swap else KULEBA)) in found
    assert ("persisted", "global food security crisis", "global food security crisis") in found


@pytest.mark.parametrize("swap", [False, True])
def test_a_mined_opening_kept_before_a_reworded_topic(swap: bool) -> None:
    # Johnson-Martin (gov.uk, outside tuning): "They updated one another on the Covid situation
    # and progress on vaccine rollouts …" / "… on the current coronavirus situation in their
    # respective countries": "updated one another" kept (mined), the rest reworded, to "and".
    a, b = (
        load(OUTSIDE / f"johnson-martin__{day}__gov-uk.txt") for day in ("2021-04-27", "2021-07-20")
    )
    a, b = (b, a) if swap else (a, b)
    found = [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
    assert ("changed", *(MARTIN[::-1] if swap else MARTIN)) in found


# Left alone: a qualifier swapped (Biden-Macron, outside: "… in the face of Russia's ongoing
# aggression" / "… brutal aggression", one word each, the hand's line persisted); what follows
# "and" or "including", another member of the line, not its rest (Blinken-Pashinyan, dev: "…
# engaging bilaterally and with like-minded partners"); a line going on alike to its end.
LEFT_ALONE = [
    (
        "They reaffirmed their steadfast support for Ukraine in the face of Russia’s ongoing aggression.",
        "They reaffirmed their steadfast support for Ukraine in the face of Russia’s brutal aggression.",
        "steadfast support for Ukraine",
    ),
    (
        "They discussed global food security including critical technologies and trade.",
        "They discussed global food security including supply chain resilience and energy.",
        "global food security",
    ),
    (
        "They met in Kyiv. They noted the global food security crisis caused by the invasion.",
        "They noted the global food security crisis caused by the invasion.",
        "global food security crisis",
    ),
]


@pytest.mark.parametrize(("a_text", "b_text", "wording"), LEFT_ALONE)
def test_no_rest(a_text: str, b_text: str, wording: str) -> None:
    kept, a, b = _persisted(a_text, b_text, wording)
    assert remainders_en([kept], a, b) == (kept,)


def test_the_rest_ends_before_the_next_predicate() -> None:
    kept, a, b = _persisted(
        "The global food security crisis resulting from the brutal war requires a global response.",
        "They discussed the global food security crisis caused by the invasion.",
        "global food security crisis",
    )
    made = remainders_en([kept], a, b)
    assert [(f.status.value, f.a_text, f.b_text, f.id, f.anchor) for f in made[1:]] == [
        ("changed", "resulting from the brutal war", "caused by the invasion", "x/remainder", "x")
    ]
    assert made[0] == kept


def _persisted(a_text: str, b_text: str, wording: str) -> tuple[Formula, Readout, Readout]:
    a, b = from_text(a_text), from_text(b_text)
    at_a, at_b = a.text.index(wording), b.text.index(wording)
    return (
        Formula(
            status=FormulaStatus.PERSISTED,
            a_text=wording,
            b_text=wording,
            a_spans=(Span(start=at_a, end=at_a + len(wording), line=1),),
            b_spans=(Span(start=at_b, end=at_b + len(wording), line=1),),
            id="x",
        ),
        a,
        b,
    )
