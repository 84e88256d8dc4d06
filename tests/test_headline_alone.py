"""A headline pairs with one sentence: the headline of the other side, never a headline and a lead.

The aligner grew the pair of two headlines (the first sentence of each readout, on a line of its
own with no stop) into a split with the next line when that raised the score a little, and the
views showed A's headline against B's headline and its subheading or lead as one passage, scoring
0.23 to 0.44: on the Russian dev pair mirziyoyev-aliyev (2023-07-10 → 2023-12-24), "~ A 1 →
B 1–3 changed, score 0.38", B's subheading "Главы двух стран провели телефонный звонок" read as
part of a reworded headline. A reader needs the headline against the headline, and the rest as
what it is: added (or paired on its own). Across languages the rule was already so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.model import Comparison, Status
from readoutdiff.render.text import render_text

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"
PAIRS = {  # dev pairs whose headline the base paired with two B lines (B's second line added)
    "mirziyoyev-aliyev": ("2023-07-10__president-uz", "2023-12-24__kursiv"),
    "mirziyoyev-nazarbayev": ("2021-09-20__kant-kg", "2021-11-26__zakon"),
    "tokayev-erdogan": ("2023-02-06__caravan", "2023-06-10__zakon"),
}


def _compared(series: str, a: str, b: str) -> Comparison:
    return compare(load(FORMULAS / f"{series}__{a}.txt"), load(FORMULAS / f"{series}__{b}.txt"))


@pytest.mark.parametrize("series", sorted(PAIRS))
def test_the_headline_pairs_with_the_headline_alone(series: str) -> None:
    comparison = _compared(series, *PAIRS[series])
    places = [([s.index for s in p.a], [s.index for s in p.b]) for p in comparison.alignments]
    head = comparison.alignments[0]
    assert places[0] == ([0], [0]) and head.status is Status.CHANGED
    second = comparison.alignments[places.index(([], [1]))]  # B's second line stands alone
    assert second.status is Status.ADDED
    assert not any(0 in a and len(a) + len(b) > 2 for a, b in places)


def test_a_headline_and_a_lead_are_not_one_side_on_any_looked_at_pair() -> None:
    """rahmon-lukashenko (2020-05-08 → 2021-08-30): B's second line, no longer joined to the
    headline, pairs with the lead it says again ("В ходе телефонного разговора … поздравили с
    днем рождения" with A's "… обменялись теплыми поздравлениями")."""
    comparison = _compared(
        "rahmon-lukashenko", "2020-05-08__mfa-tj", "2021-08-30__centralasia-news"
    )
    head, lead = comparison.alignments[:2]
    assert ([s.index for s in head.a], [s.index for s in head.b]) == ([0], [0])
    assert ([s.index for s in lead.a], [s.index for s in lead.b]) == ([1, 2], [1, 2])


def test_the_terminal_view_shows_the_subheading_as_added() -> None:
    shown = render_text(_compared("mirziyoyev-aliyev", *PAIRS["mirziyoyev-aliyev"]), width=80)
    at = shown.index("~ A 1 → B 1  changed, score 0.35\n")
    assert shown[at:].splitlines()[1:3] == [
        "    [-Телефонный разговор Президента Узбекистана с Президентом Азербайджана-]",
        "    {+Шавкат Мирзиёев поздравил президента Азербайджана с днем рождения+}",
    ]
    assert "+ B 3  added\n    Главы двух стран провели телефонный звонок\n" in shown
    assert " / Главы двух стран" not in shown  # no headline joined with its subheading
