"""A stance said otherwise between sentences the aligner left unpaired is one *changed* entry
(``formulas/unpaired/stance_en.py``): on real outside-tuning pairs, both ways; two resolves to
do two things, a stance said twice on a side and two objects naming two places are left alone,
on real dev pairs and on short texts. The promise to keep working together (chg10) on real dev
and outside-tuning pairs of two publishers, and left alone where it is not one line reworded."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import EVAL, fates

from readoutdiff import compare, load
from readoutdiff.formulas.unpaired.stance_en import names
from readoutdiff.ingest import from_text

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"
STANCES = ("mined:resolve", "mined:condolences", "mined:contact", "mined:cooperation")


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


COOPERATION = [
    # Trudeau-Marin (Canada's PMO, young dev): "… agreed to continue coordinating closely on
    # efforts to put an end to Russia's … invasion" / "… agreed to continue working together to
    # advance shared priorities", two sentences the aligner left unpaired in one gap; the hand
    # list's changed event, nothing reported on either side at the base.
    (EVAL / "trudeau-marin__2022-03-23__pm-gc-ca.txt", EVAL / "trudeau-marin__2022-05-18__pm-gc-ca.txt",
     "agreed to continue coordinating closely", "agreed to continue working together"),
    # Johnson-Merkel (10 Downing Street, outside tuning): "They resolved to continue working
    # closely on this …" / "… resolved to cooperate closely through the G7 …".
    (OUTSIDE / "johnson-merkel__2020-10-11__gov-uk.txt", OUTSIDE / "johnson-merkel__2021-02-08__gov-uk.txt",
     "resolved to continue working closely", "resolved to cooperate closely"),
    # Harris-Scholz (White House, young dev): "agreed to remain closely aligned" / "reiterated
    # their commitment to close coordination".
    (EVAL / "harris-scholz__2023-02-17__wh.txt", EVAL / "harris-scholz__2024-02-17__wh.txt",
     "agreed to remain closely aligned", "commitment to close coordination"),
]  # fmt: skip


@pytest.mark.parametrize("swap", [False, True])
@pytest.mark.parametrize(
    "case", COOPERATION, ids=["trudeau-marin", "johnson-merkel", "harris-scholz"]
)
def test_the_promise_to_work_together_reworded_is_one_changed_entry(
    case: tuple[Path, Path, str, str], swap: bool
) -> None:
    a, b, *pair = case
    x, y = (load(b), load(a)) if swap else (load(a), load(b))
    found = [(f.status.value, f.a_text, f.b_text) for f in compare(x, y).formulas]
    assert ("changed", *(pair[::-1] if swap else pair)) in found


def test_two_promises_to_work_together_on_two_things_stay_apart() -> None:
    # Johnson-Martin (10 Downing Street, outside tuning): "They agreed to continue working
    # together to drive that recovery in the UK and Ireland." / "… committed to working
    # together ahead of the UK-hosted COP26 summit next year": the hand list has one dropped
    # and one appeared; no changed entry joins them.
    found = _outside(
        "johnson-martin__2020-06-30__gov-uk.txt", "johnson-martin__2020-11-27__gov-uk.txt", False
    )
    assert not [f for f in found if f[0] == "changed" and "together" in (f[1] or "") + (f[2] or "")]


COOPERATE_A = (
    "The Prime Minister and the Chancellor agreed to continue coordinating closely on the crisis."
)


def test_a_promise_to_work_together_said_otherwise_is_one_changed_entry() -> None:
    b_line = "Both leaders agreed to keep working together to end the fighting in Sudan."
    assert _stances(HEAD + COOPERATE_A + TAIL, HEAD + b_line + TAIL) == [
        ("agreed to continue coordinating closely", "agreed to keep working together")
    ]


@pytest.mark.parametrize(
    "b_line",
    [
        # said twice on B's side: two things, not one reworded
        "Both leaders agreed to keep working together to end the fighting in Sudan. They also"
        " agreed to work closely on energy.",
        # the same words: no change in the promise
        "Both leaders agreed to continue coordinating closely to end the fighting in Sudan.",
        # no promise: the importance of working together is another line
        "Both leaders stressed the importance of working together to end the fighting in Sudan.",
    ],
)
def test_a_promise_to_work_together_said_twice_again_or_not_promised_is_left_alone(
    b_line: str,
) -> None:
    assert _stances(HEAD + COOPERATE_A + TAIL, HEAD + b_line + TAIL) == []
