"""A clause reworded around one named instrument said once in each readout is one *changed*
line (``formulas/entries/anchored_clauses.py``): on real dev pairs alone in their series, both
ways; a body's name, a line whose words are kept around the name and a topic opening the
sentence are left alone."""

from __future__ import annotations

from pathlib import Path

import formula_eval
import pytest
from eval_pairs import fates

from readoutdiff import compare, load
from readoutdiff.formulas.entries import anchored_clauses as anchored
from readoutdiff.formulas.entries.anchored_clauses import _head, anchored_clauses
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text
from readoutdiff.model import Alignment, Status

SUDANI = (
    "the U.S. commitment to the Strategic Framework Agreement with Iraq",
    "the importance of the bilateral partnership between Iraq and the United States as outlined"
    " in the Strategic Framework Agreement between our two countries",
)
MORI = (
    "the new Economic Policy Consultative Committee announced by President Biden and Prime"
    " Minister Kishida on January 21",
    "plans for a ministerial-level Economic Policy Consultative Committee (EPCC) meeting in July"
    " and the importance of strengthening supply chain resiliency in high-tech sectors",
)
MILIBAND = (
    "Secretary Miliband for high-level participation from the UK in the Pakistan Donors"
    " Conference and the Friends of Democratic Pakistan Group Ministerial Meeting to be held in"
    " Tokyo in mid-April",
    "the success of the Friends of Democratic Pakistan Group Meeting and the Pakistan Donors"
    " Conference which were held in Tokyo recently",
)
MILIBAND_DAYS = ("2009-03-12", "2009-04-28")
OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"
EVAL = OUTSIDE.parent / "formulas"
MELONI = (
    "expanding the Italy-Canada Roadmap for Enhanced Cooperation",
    "as evidenced by the Italy–Canada Roadmap for Enhanced Cooperation",
)


@pytest.mark.parametrize("swap", [False, True])
def test_a_commitment_to_an_agreement_said_as_its_outline(swap: bool) -> None:
    # Biden-Sudani (White House, dev, alone in its series): "reaffirmed the U.S. commitment to
    # the Strategic Framework Agreement with Iraq" / "… as outlined in the Strategic Framework
    # Agreement …", both sentences unpaired in one gap; nothing was reported at the base.
    found = fates("biden-sudani__2023-02-02", swap=swap)
    assert ("changed", *(SUDANI[::-1] if swap else SUDANI)) in found


@pytest.mark.parametrize("swap", [False, True])
def test_a_roadmap_expanded_then_given_as_evidence(swap: bool) -> None:
    # Carney-Meloni (Canada, dev, alone in its series): the roadmap's name with a hyphen in A,
    # an en dash in B; the clause stops at the verb before it ("… agreed on expanding …").
    found = fates("carney-meloni__2025-05-17", swap=swap)
    assert ("changed", *(MELONI[::-1] if swap else MELONI)) in found


@pytest.mark.parametrize("swap", [False, True])
def test_a_committee_announced_then_planned_its_abbreviation_read_over(swap: bool) -> None:
    # Sherman-Mori (State Department, dev, alone in its series), one aligned pair: both
    # clauses open after "including"; B's name goes on "(EPCC) meeting in July".
    found = fates("sherman-mori__2022-02-15", swap=swap)
    assert ("changed", *(MORI[::-1] if swap else MORI)) in found


@pytest.mark.parametrize("swap", [False, True])
def test_a_conference_ahead_then_held_one_word_said_on_both_sides(swap: bool) -> None:
    # Nakasone-Miliband (MOFA Japan, outside tuning): "held" is said beside the name on both
    # sides, one word of B's three: most of the line is reworded. "and" ends a name, so the
    # conference is not read as one name with the Friends' meeting.
    a, b = (load(OUTSIDE / f"nakasone-miliband__{day}__mofa-jp.txt") for day in MILIBAND_DAYS)
    a, b = (b, a) if swap else (a, b)
    found = [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
    assert ("changed", *(MILIBAND[::-1] if swap else MILIBAND)) in found


def _one_pair(a_text: str, b_text: str) -> list[tuple[str | None, str | None]]:
    a, b = from_text(a_text), from_text(b_text)
    alignments = tuple(
        Alignment(status=Status.CHANGED, a=(x,), b=(y,), score=0.5)
        for x, y in zip(a.sentences, b.sentences, strict=True)
    )
    return [(f.a_text, f.b_text) for f in anchored_clauses((), a, b, alignments)]


def test_the_rule_reads_the_clause_around_the_name() -> None:
    headline = "Readout of a call."
    found = _one_pair(
        f"{headline} The leaders reaffirmed their support for the Paris Climate Agreement.",
        f"{headline} The leaders noted progress under the Paris Climate Agreement.",
    )
    assert found == [
        (
            "their support for the Paris Climate Agreement",
            "progress under the Paris Climate Agreement",
        )
    ]


@pytest.mark.parametrize(
    "b_line",
    [
        # the same lower-case word beside the name on both sides: the line is kept
        "The leaders noted their support under the Paris Climate Agreement.",
        # a topic opening the sentence, then another line (a lower-case word beside the name,
        # else the clause says none and is left alone whatever the topic rule says: rev8)
        "Discussing the Paris Climate Agreement in detail, the leaders noted progress.",
        # said twice in B: the name is the call's topic, not one line
        "The leaders noted progress under the Paris Climate Agreement. The Paris Climate"
        " Agreement was discussed.",
    ],
)
def test_a_kept_line_a_topic_or_a_name_said_twice_is_left_alone(b_line: str) -> None:
    headline = "Readout of a call."
    a_line = "The leaders reaffirmed their support for the Paris Climate Agreement."
    a_text = f"{headline} {a_line}" + (" They spoke." if b_line.count(".") > 1 else "")
    assert _one_pair(a_text, f"{headline} {b_line}") == []


def test_a_body_named_after_a_treaty_is_no_instrument() -> None:
    # The head is the word before the first "of"/"for", else the last: "North Atlantic Treaty
    # Organization" is a body (carney-rutte, dev, told the Secretary General's line once).
    assert _head("north atlantic treaty organization".split()) == "organization"
    assert _head("roadmap for enhanced cooperation".split()) == "roadmap"
    assert _head("coalition of the willing".split()) == "coalition"


def test_a_topic_opening_its_sentence_on_a_real_dev_pair_is_no_line(monkeypatch) -> None:
    # starmer-carney 2025-04-06 (dev): B opens "Discussing the Coalition of the Willing call in
    # Kyiv on Saturday, …", the topic of its sentence; A's Coalition line is dropped by the hand
    # list. Without the topic rule the two were one changed line (acc61's wrong one).
    pair = formula_eval.load_pair(EVAL / "pairs" / "starmer-carney__2025-04-06.toml")
    assert not pair.heldout and not pair.fresh

    def made() -> list[tuple[str | None, str | None]]:
        found = compare(load(pair.a_path), load(pair.b_path)).formulas
        return [(f.a_text, f.b_text) for f in found if f.id == anchored.ID]

    assert made() == []
    monkeypatch.setattr(anchored, "_topic", lambda toks, clause: False)
    assert [b for _, b in made()] == [
        "Discussing the Coalition of the Willing call in Kyiv on Saturday"
    ]


AUKUS = (
    "The Joint Steering Group for Advanced Capabilities met on July 28-29, reviewing progress"
    " across critical defense capabilities."
)
"""A real readout's sentence opening on "The <name>": the White House's "Readout of AUKUS
Joint Steering Group Meetings" of 2022-07-31 (bidenwhitehouse.archives.gov; public domain)."""


def test_a_name_opening_its_sentence_after_the_is_an_instrument() -> None:
    # rev8: a sentence opening "The <Name> Group …" named no instrument: its first word was
    # skipped as capitalised by position, and so was every capitalised word after it. A first
    # word that is a stop word ("The") has the sentence's capital, and the name opens after it.
    headline = "Readout of AUKUS Joint Steering Group Meetings."
    b = from_text(f"{headline} {AUKUS} The participants decided to bolster capabilities.")
    run = ("joint", "steering", "group", "for", "advanced", "capabilities")
    names = anchored._named(b, readout_words(b, {}), {1: 1, 2: 2})
    assert names == {run: [(1, 4, 50)]}
    # a counterpart sentence wording the line otherwise: one changed line
    found = _one_pair(
        f"{headline} The participants welcomed the launch of the Joint Steering Group for"
        " Advanced Capabilities. They spoke.",
        f"{b.text}",
    )
    assert found == [
        (
            "the launch of the Joint Steering Group for Advanced Capabilities",
            "The Joint Steering Group for Advanced Capabilities met on July 28-29",
        )
    ]


def test_a_capitalised_opening_word_no_stop_word_opens_the_name() -> None:
    # "Ukraine Defense Contact Group …" opening a sentence: "Ukraine" is no stop word and the
    # next word is capitalised: the name opens on it. "Discussing the Coalition …"
    # (starmer-carney, dev) still names the Coalition only.
    w = [(t, 0, 0) for t in "Ukraine Defense Contact Group".split()]
    assert anchored._first_of_name(w) == 0
    w = [(t, 0, 0) for t in "Discussing the Coalition of the Willing".split()]
    assert anchored._first_of_name(w) == 1


def test_an_acronym_opening_its_sentence_opens_the_name() -> None:
    # rev11: "WHO" lower-cases to the stop word "who", so a sentence opening on "WHO Pandemic
    # Agreement …" named "Pandemic Agreement" only, and its counterpart, saying "the WHO
    # Pandemic Agreement" inside a sentence, another instrument: the line was not linked. An
    # all-capital word of two letters or more is an acronym, no stop word ("The" still is).
    w = [(t, 0, 0) for t in "WHO Pandemic Agreement".split()]
    assert anchored._first_of_name(w) == 0
    assert anchored._first_of_name([(t, 0, 0) for t in "IT Cooperation Plan".split()]) == 0
    assert anchored._first_of_name([(t, 0, 0) for t in "THE Joint Plan".split()]) == 0
    assert anchored._first_of_name([(t, 0, 0) for t in "A Joint Plan".split()]) == 1
    headline = "Readout of a call."
    found = _one_pair(
        f"{headline} The leaders welcomed the adoption of the WHO Pandemic Agreement.",
        f"{headline} WHO Pandemic Agreement talks will conclude in May.",
    )
    assert found == [
        (
            "the adoption of the WHO Pandemic Agreement",
            "WHO Pandemic Agreement talks will conclude in May",
        )
    ]
