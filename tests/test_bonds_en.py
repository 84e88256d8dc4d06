"""The parties' relationship named once a side in other words is one *changed* entry
(``formulas/unpaired/bonds_en.py``, read by ``stance_en.py`` as the stance "bond"): on real
outside-tuning and dev pairs, both ways, in one gap of unpaired sentences; a field's partnership, a third party's relationship, more parties,
the relationship a line happens in and the relationship rule's own lines are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import fates

from readoutdiff import compare, load
from readoutdiff.formulas.unpaired.bonds_en import mentions, parties, same_parties
from readoutdiff.ingest import from_text

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"


def _outside(a: str, b: str, swap: bool) -> list[tuple[str, str | None, str | None]]:
    x, y = load(OUTSIDE / a), load(OUTSIDE / b)
    x, y = (y, x) if swap else (x, y)
    return [(f.status.value, f.a_text, f.b_text) for f in compare(x, y).formulas]


def _said(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in mentions(text)]


GAP = [
    (  # White House (outside tuning): A says the relationship twice in one sentence, the
        # U.S.-Nigeria one names B's parties; nothing was reported on either at the base.
        "biden-tinubu__2023-09-10__wh.txt",
        "biden-tinubu__2024-10-29__wh.txt",
        "the U.S.-Nigeria relationship",
        "the value of the U.S.-Nigeria partnership",
    ),
    (  # 10 Downing Street (outside tuning): a compound / "between the UK and Italy"
        "johnson-draghi__2021-03-04__gov-uk.txt",
        "johnson-draghi__2021-06-03__gov-uk.txt",
        "the UK-Italy bilateral relationship",
        "collaboration between the UK and Italy",
    ),
]


@pytest.mark.parametrize("swap", [False, True])
@pytest.mark.parametrize(("a", "b", "a_text", "b_text"), GAP, ids=["tinubu", "draghi"])
def test_the_relationship_reworded_between_unpaired_sentences(
    a: str, b: str, a_text: str, b_text: str, swap: bool
) -> None:
    found = _outside(a, b, swap)
    assert ("changed", *((b_text, a_text) if swap else (a_text, b_text))) in found


@pytest.mark.parametrize(
    ("pair", "a_text", "b_text"),
    [
        # dev, one gap: "bilateral" on both sides, the parties named on A only
        (
            "biden-ramaphosa__2021-06-13",
            "the U.S.-South Africa bilateral relationship",
            "the strength of the bilateral partnership",
        ),
        # dev, one gap: "our" alone names B's parties, nothing after the noun
        (
            "biden-ramaphosa__2022-04-08",
            "the strength of the bilateral partnership",
            "the value of our longstanding partnership",
        ),
    ],
)
def test_the_relationship_reworded_on_dev_pairs(pair: str, a_text: str, b_text: str) -> None:
    assert ("changed", a_text, b_text) in fates(pair)
    assert ("changed", b_text, a_text) in fates(pair, swap=True)


def test_the_relationship_rule_keeps_its_own_wordings() -> None:
    # 10 Downing Street (outside tuning): the relationship named under two frames is told by
    # relations_en, which runs later; its wordings take the place of this rule's.
    found = _outside(
        "sunak-erdogan__2023-05-28__gov-uk.txt", "sunak-erdogan__2023-07-07__gov-uk.txt", False
    )
    a_text = "the strong relationship between the United Kingdom and Türkiye"
    assert ("changed", a_text, "importance of the UK-Türkiye relationship") in found
    assert not any(b == "the importance of the UK-Türkiye relationship" for _, _, b in found)


def test_a_relationship_a_line_happens_in_is_left_alone() -> None:
    # dev (harris-suluhu-hassan): "areas of cooperation in our bilateral relationship" on A,
    # "the longstanding partnership between the United States and Tanzania" on B: the hand
    # lists B's as appeared; A's relationship is where the areas stand, not a line.
    found = fates("harris-suluhu-hassan__2022-04-15")
    assert not any(f[0] == "changed" and f[1] == "our bilateral relationship" for f in found)
    assert _said("They reviewed areas of cooperation in our bilateral relationship.") == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("They discussed our partnership on trade.", []),  # a field after the noun
        ("They discussed our economic partnership.", []),  # a field before it
        ("The military relationship with Germany grew.", []),
        ("They welcomed close trilateral cooperation between the United States and Japan.", []),
        ("They discussed strengthening ties with Tanzania and with countries across Africa.", []),
        ("They announced a new partnership with the Government.", []),  # an office, no party
        ("They looked forward to enhancing their partnership to accelerate the transition.", []),
        ("He noted the value of our longstanding partnership.", ["the value of our longstanding partnership"]),
        ("They hailed the deepening U.S.-Papua New Guinea relationship.", ["the deepening U.S.-Papua New Guinea relationship"]),
        ("They agreed to deepen UK-Irish ties.", ["UK-Irish ties"]),
        ("They spoke of the extremely close and productive relations between Canada and the UK.", ["productive relations between Canada and the UK"]),
    ],
)  # fmt: skip
def test_what_is_a_mention(text: str, said: list[str]) -> None:
    assert _said(text) == said


def test_parties_are_told_by_their_first_letters() -> None:
    assert parties("the U.S.-Jordanian strategic relationship") == parties(
        "the strength of the U.S.-Jordan strategic partnership"
    )
    assert parties("Anglo-French ties") == parties("the relationship between Britain and France")
    assert not same_parties(
        parties("the future relationship between the UK and the EU"),
        parties("the value of UK-German cooperation"),
    )


HEAD = "The leaders met in London.\n\n"
TAIL = "\n\nThey discussed trade in detail with their ministers."


def _bonds(a: str, b: str) -> list[tuple[str | None, str | None]]:
    found = compare(from_text(HEAD + a + TAIL), from_text(HEAD + b + TAIL)).formulas
    return [(f.a_text, f.b_text) for f in found if f.id.startswith("mined:bond")]


def test_a_third_partys_relationship_is_left_alone() -> None:
    a = "They discussed the future relationship between the UK and the EU."
    b = "The Chancellor stressed the value of UK-German cooperation."
    assert _bonds(a, b) == []
    c = "The Chancellor stressed the value of UK-EU cooperation."
    assert _bonds(a, c) == [
        ("the future relationship between the UK and the EU", "the value of UK-EU cooperation")
    ]
