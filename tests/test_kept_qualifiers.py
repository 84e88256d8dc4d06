"""Qualifiers swapped, put in or taken out before a head both sides keep are one *changed*
entry (``formulas/succession/kept_qualifiers.py``), on real dev pairs of the evaluation set; a
verb after a name, a word of aspect or of quantity, an adverb of manner make none."""

from __future__ import annotations

from typing import Any

import pytest
from eval_pairs import fates

from readoutdiff.compare import compare
from readoutdiff.formulas.succession.kept_qualifiers import kept_qualified
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text


@pytest.mark.parametrize("swap", [False, True])
@pytest.mark.parametrize(
    ("name", "wordings"),
    [
        # Blinken-Jaishankar (State Department, dev): "… the worsening humanitarian situation in
        # Ukraine" / "… the situation in Ukraine": two qualifiers taken out before a kept head
        # and its complement, the hand list's change.
        (
            "blinken-jaishankar__2022-03-30",
            ("worsening humanitarian situation in Ukraine", "situation in Ukraine"),
        ),
        # Sullivan-Año (White House, dev): "the maritime militia's dangerous and unlawful
        # actions" / "… dangerous actions": one qualifier taken out; the owner is no qualifier.
        ("sullivan-ano__2023-10-23", ("dangerous and unlawful actions", "dangerous actions")),
        # Sullivan-Año (White House, dev): "… obstructing a routine Philippine resupply to
        # Second Thomas Shoal" / "… a lawful Philippine resupply mission …": the kept words open
        # on a proper adjective ("Philippine") before the head; the hand list's change, missed
        # while a capitalised first kept word was refused (acc48).
        ("sullivan-ano__2023-10-23", ("routine Philippine resupply", "lawful Philippine resupply")),
        # Blinken-Le Drian (State Department, dev): "They discussed further economic and
        # diplomatic measures to hold …" / "… and additional measures to hold …": the aligned
        # pair holds two sentences a side; the run and the words around it stand in one (acc48).
        ("blinken-le-drian__2022-03-22", ("diplomatic measures", "additional measures")),
    ],
)
def test_qualifiers_swapped_before_a_kept_head_are_a_change(
    name: str, wordings: tuple[str, str], swap: bool
) -> None:
    found = fates(name, swap=swap)
    assert ("changed", *(wordings[::-1] if swap else wordings)) in found


@pytest.mark.parametrize("swap", [False, True])
def test_an_adverb_of_manner_qualifies_no_noun(swap: bool) -> None:
    # Biden-Kishida (White House, dev): "committed to work closely together to address …" /
    # "committed to work together closely to address …": the same act, two word orders; an
    # adverb ("together", "closely") is no qualifier and heads no noun phrase.
    found = fates("biden-kishida__2023-05-18", swap=swap)
    assert not [f for f in found if f[0] == "changed" and "closely" in f"{f[1]} {f[2]}"]


def _changed(a_text: str, b_text: str) -> list[tuple[str, str]]:
    return [
        (f.a_text or "", f.b_text or "")
        for f in compare(from_text(a_text), from_text(b_text)).formulas
        if f.status.value == "changed"
    ]


def test_a_qualifier_swapped_before_a_kept_head_names_the_phrase() -> None:
    # Not "upcoming" / "recent": words of time only, a dated thing kept (convention (k),
    # tests/test_retimed.py).
    said = "After long talks the leaders discussed President Macron's {} travel to the People's Republic of China."
    assert _changed(said.format("official"), said.format("private")) == [
        (  # the name whole (nz12: cut before its "of China" till then)
            "official travel to the People's Republic of China",
            "private travel to the People's Republic of China",
        )
    ]


def _qualified(a_text: str, b_text: str) -> list[tuple[str, str]]:
    """(A's wording, B's wording) of each qualifier swap of two one-sentence readouts, as
    :func:`kept_qualified` reads it alone."""
    a, b = from_text(a_text), from_text(b_text)
    memo: dict[str, Any] = {}
    views = readout_words(a, memo), readout_words(b, memo)
    pair = next(x for x in compare(a, b).alignments if x.a and x.b)
    return [(f.a_text or "", f.b_text or "") for f in kept_qualified(pair, views, (a, b), None)]


def test_a_verb_after_a_name_a_word_of_aspect_or_of_quantity_qualifies_nothing() -> None:
    # "Blinken met" / "Blinken spoke": a subject's name before the differing word, a verb;
    # "ongoing" / "joint efforts": words of aspect (acc25); "every country" / "countries";
    # "commitment" alone: one content word says no line. The two White House mirror reports
    # of the rule's first version: a noun swapped before a verb ("today's conversation
    # include:"), a list member put in ("technology and clean energy"); after "to", an
    # infinitive ("related to regional democracy" / "to promote democracy", Blinken-Ebrard's
    # two wordings, dev).
    pairs = [
        (
            "The leaders in today's {} include: Ms. Smith and Mr. Jones.",
            "conversation",
            "convening",
        ),
        (
            "They discussed cooperation on {} projects in the region.",
            "clean energy",
            "technology and clean energy",
        ),
        (
            "They discussed issues related to {} in the region.",
            "regional democracy",
            "promote democracy",
        ),
        ("Secretary Blinken {} today with the Minister about trade.", "met", "spoke"),
        ("They welcomed the {} efforts by NATO Allies to help Ukraine.", "ongoing", "joint"),
        ("The ministers urged {} to back the plan for the region.", "every country", "countries"),
        (
            "He reaffirmed the ironclad U.S. {} under the treaty.",
            "alliance commitments",
            "commitment",
        ),
    ]
    for said, one, other in pairs:
        assert _qualified(said.format(one), said.format(other)) == []
    said = "They welcomed the {} efforts by NATO Allies to help Ukraine."
    assert _qualified(said.format("tireless"), said.format("decisive")) == [
        ("tireless efforts by NATO Allies", "decisive efforts by NATO Allies")
    ]


def test_a_long_run_of_kept_qualifiers_stays_whole_in_the_phrase() -> None:
    # "the worsening humanitarian situation in Ukraine" / "the situation in Ukraine"
    # (Blinken-Le Drian's shape, dev) with six kept qualifiers before the differing words:
    # the phrase starts at the determiner, not inside the run (no count of words bounds the
    # walk back; the bound it had was always true).
    kept = "grave dire acute severe urgent tragic"
    said = "They discussed the {} situation in Ukraine."
    assert _qualified(said.format(f"{kept} worsening humanitarian"), said.format(kept)) == [
        (f"{kept} worsening humanitarian situation in Ukraine", f"{kept} situation in Ukraine")
    ]
