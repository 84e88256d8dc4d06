"""A stance said otherwise between sentences the aligner left unpaired is one *changed* entry
(``formulas/unpaired/stance_en.py``): on real outside-tuning pairs, both ways; two resolves to
do two things, a stance said twice on a side and two objects naming two places are left alone,
on real dev pairs and on short texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import fates

from readoutdiff import compare, load
from readoutdiff.formulas.unpaired.stance_en import names
from readoutdiff.ingest import from_text

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"
STANCES = ("mined:resolve", "mined:condolences", "mined:contact")


def _outside(a: str, b: str, swap: bool) -> list[tuple[str, str | None, str | None]]:
    x, y = load(OUTSIDE / a), load(OUTSIDE / b)
    x, y = (y, x) if swap else (x, y)
    return [(f.status.value, f.a_text, f.b_text) for f in compare(x, y).formulas]


def _stances(a: str, b: str) -> list[tuple[str | None, str | None]]:
    found = compare(from_text(a), from_text(b)).formulas
    return [(f.a_text, f.b_text) for f in found if f.id.startswith(STANCES)]


RESOLVE = (
    # Johnson-Martin (10 Downing Street, outside tuning): "stressed his determination to reach
    # an agreement …" / "underlined his commitment to reaching a deal …", two sentences the
    # aligner left unpaired in one gap; nothing was reported on either at the base.
    ("johnson-martin", "2020-06-30", "2020-11-27"),
    "his determination to reach an agreement as soon as possible",
    "his commitment to reaching a deal that respects the sovereignty of the UK",
)
CONDOLENCES = (
    # Sunak-Erdoğan (10 Downing Street, outside tuning): condolences for the attacks, then for
    # the earthquake's loss of life; the objects share no word, the stance is the line.
    ("sunak-erdogan", "2022-12-02", "2023-02-07"),
    "offered his condolences for the recent abhorrent terrorist attacks in Türkiye",
    "expressed his deep condolences for the tragic loss of life",
)


@pytest.mark.parametrize("swap", [False, True])
@pytest.mark.parametrize("case", [RESOLVE, CONDOLENCES], ids=["resolve", "condolences"])
def test_a_stance_reworded_in_unpaired_sentences(
    case: tuple[tuple[str, str, str], str, str], swap: bool
) -> None:
    (series, a_day, b_day), *pair = case
    found = _outside(f"{series}__{a_day}__gov-uk.txt", f"{series}__{b_day}__gov-uk.txt", swap)
    assert ("changed", *(pair[::-1] if swap else pair)) in found


@pytest.mark.parametrize("swap", [False, True])
def test_the_promise_to_keep_in_touch_takes_the_place_of_its_half(swap: bool) -> None:
    # Starmer-Scholz (10 Downing Street, outside tuning): "They agreed to speak soon." / "The
    # leaders agreed to stay in close touch."; B's "stay in close touch" was reported appeared
    # alone at the base: the changed entry takes its place.
    pair = ("agreed to speak soon", "agreed to stay in close touch")
    found = _outside(
        "starmer-scholz__2024-10-01__gov-uk.txt", "starmer-scholz__2024-11-28__gov-uk.txt", swap
    )
    assert ("changed", *(pair[::-1] if swap else pair)) in found
    one_sided = (
        ("dropped", "stay in close touch", None)
        if swap
        else ("appeared", None, "stay in close touch")
    )
    assert one_sided not in found


@pytest.mark.parametrize(
    "pair", ["biden-scholz__2022-10-09", "starmer-store__2025-04-21", "starmer-store__2025-05-09"]
)
def test_two_resolves_to_do_two_things_are_left_alone(pair: str) -> None:
    # Dev pairs: "their ongoing commitment to hold Russia accountable …" / "their shared
    # commitment to upholding the rules-based international order …", "his commitment to
    # protecting UK interests …" / "their commitment to providing steadfast support to
    # Ukraine": one resolve a side in one gap, two things; the hand lists neither.
    found = [f for f in fates(pair) if f[0] == "changed"]
    for _, a, b in found:
        assert not (a and "commitment to" in a and b and "commitment to" in b)


HEAD = "The leaders met in London.\n\n"
TAIL = "\n\nThey discussed trade in detail with their ministers."


def test_a_resolve_said_otherwise_is_one_changed_entry() -> None:
    found = _stances(
        HEAD
        + "The Prime Minister stressed his determination to conclude the talks quickly."
        + TAIL,
        HEAD + "He underlined his commitment to closing the talks before winter." + TAIL,
    )
    assert found == [
        (
            "his determination to conclude the talks quickly",
            "his commitment to closing the talks before winter",
        )
    ]


@pytest.mark.parametrize(
    "b_line",
    [
        # no telling word shared: a resolve to do another thing
        "He underlined his commitment to upholding the rules of the road.",
        # said twice on B's side: two things, not one reworded
        "He underlined his commitment to closing the talks before winter. He noted their"
        " commitment to the talks.",
        # each object names a place the other does not
        "He underlined his commitment to closing the talks with Norway before winter.",
    ],
)
def test_a_resolve_to_another_thing_said_twice_or_elsewhere_is_left_alone(b_line: str) -> None:
    a_line = "The Prime Minister stressed his determination to conclude the talks with Lebanon."
    assert _stances(HEAD + a_line + TAIL, HEAD + b_line + TAIL) == []


def test_names_take_off_a_possessive() -> None:
    assert names("the UK’s desire to reach an agreement with Norway's") == frozenset(
        {"UK", "Norway"}
    )
