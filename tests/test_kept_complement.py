"""A head swapped before a complement both sides keep is one *changed* entry
(``formulas/succession/kept_complement.py``), on real dev pairs of the evaluation set; an
infinitive after "to" and a vague measure ("a range of") make none."""

from __future__ import annotations

from typing import Any

import pytest
from eval_pairs import fates

from readoutdiff.compare import compare
from readoutdiff.formulas.succession.kept_complement import (
    kept_complement,
    kept_head,
    may_tell,
)
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.formulas.words.wording import replacements
from readoutdiff.ingest import from_text

EBRARD = (
    "continued cooperation between the United States and Mexico",
    "coordinated efforts between the United States and Mexico",
)
ALBANESE = (
    "advance common objectives in the Indo-Pacific region",
    "ongoing cooperation in the Indo-Pacific region",
)


@pytest.mark.parametrize("swap", [False, True])
@pytest.mark.parametrize(
    ("pair", "change"),
    [
        # Blinken-Ebrard (State Department, dev): "… continued cooperation between the United
        # States and Mexico on a variety of issues" / "… coordinated efforts between the United
        # States and Mexico …": the hand list's change, named by the words both keep.
        ("blinken-ebrard__2021-06-02", EBRARD),
        # Trudeau-Albanese (Prime Minister of Canada, dev, 2022-05-24 / 06-30): "agreed to
        # advance common objectives in the Indo-Pacific region" / "discussed ongoing cooperation
        # in the Indo-Pacific region": five differing words on A's side, more than a swapped
        # head, until the reporting verb and "to" are read as the readout's frame (chg12).
        ("trudeau-albanese__2022-05-24", ALBANESE),
    ],
)
def test_a_head_swapped_before_a_kept_complement_is_a_change(
    pair: str, change: tuple[str, str], swap: bool
) -> None:
    found = fates(pair, swap=swap)
    assert ("changed", *(change[::-1] if swap else change)) in found


def test_an_infinitive_after_to_is_no_complement() -> None:
    # Biden-Kishida (White House, dev): "they committed to work together closely" / "… resolved
    # to work …": a verb after "to", no head of a formula; no change is made of it.
    found = fates("biden-kishida__2023-08-18")
    assert not any(a and "committed to work" in a for _, a, _ in found)


def _told(a_text: str, b_text: str) -> list[tuple[str, str]]:
    """(A's wording, B's wording) of each replaced phrase of the two one-sentence readouts that
    keeps a head or a complement, as the rule reads it alone (no other rule taking the place)."""
    a, b = from_text(a_text), from_text(b_text)
    memo: dict[str, Any] = {}
    a_words, b_words = readout_words(a, memo), readout_words(b, memo)
    pair = next(x for x in compare(a, b).alignments if x.a and x.b)
    found = []
    for rep in replacements(pair, a, b, a_words, b_words):
        entry = kept_complement(rep, (a, b)) or kept_head(rep, (a, b))
        found += [(entry.a_text or "", entry.b_text or "")] if entry else []
    return found


def test_a_vague_measure_heads_no_formula() -> None:
    # "a range of global issues" / "a number of global issues": a measure swapped, no formula;
    # the same sentence with "a review of" / "a survey of" is one.
    said = "After long talks they began a {} of global issues."
    assert _told(said.format("range"), said.format("number")) == []
    assert _told(said.format("review"), said.format("survey")) == [
        ("review of global issues", "survey of global issues")
    ]


@pytest.mark.parametrize("swap", [False, True])
def test_a_complement_swapped_after_a_kept_head_is_a_change(swap: bool) -> None:
    # Harris-Herzog (White House, dev): "They discussed the latest developments in Israel,
    # Gaza, and the West Bank" / "… the latest developments in Gaza": a passage no formula is
    # in, read for a head both sides keep.
    found = fates("harris-herzog__2023-11-07", swap=swap)
    change = (
        "latest developments in Israel, Gaza, and the West Bank",
        "latest developments in Gaza",
    )
    assert ("changed", *(change[::-1] if swap else change)) in found


def test_a_complement_swapped_stops_before_a_circumstance() -> None:
    # Sullivan-Año (White House, dev): "U.S. support for our Philippine allies following the PRC
    # Coast Guard …" / "U.S. support for the Philippines following …": the complement ends
    # before "following", which opens what the support answers.
    found = fates("sullivan-ano__2023-10-23")
    assert ("changed", "support for our Philippine allies", "support for the Philippines") in found


def test_the_frame_alone_swapped_before_a_kept_head_is_no_change() -> None:
    # Past the readout's frame (who spoke, saying so) the same head is kept, or a word of
    # aspect alone stands: no head swapped, no entry, however long the frame said otherwise.
    said = "After long talks {} cooperation in the Indo-Pacific region."
    frames = (
        "Prime Minister Albanese and President Biden discussed",
        "the two leaders agreed that they would continue",
    )
    for frame in frames:
        assert _told(said.format(frame), said.format("the leaders discussed")) == []


def test_a_pronoun_or_a_reordered_list_is_no_change() -> None:
    said = "After long talks they backed greater economic {} for the Palestinian people."
    assert _told(said.format("opportunities"), said.format("prospects")) == [
        ("opportunities for the Palestinian people", "prospects for the Palestinian people")
    ]
    said = "After long talks they backed greater economic opportunities for {}."
    assert _told(said.format("the Palestinian people"), said.format("them")) == []
    said = "After long talks they agreed to work closely together with {} in the region."
    assert _told(said.format("its allies and partners"), said.format("partners and allies")) == []


def test_only_the_replacements_the_rule_may_read_are_made() -> None:
    # The passage of a formula-less pair is read for kept heads with ``cores=may_tell``: the
    # replacements no head or complement can stand in are not made, and the entries are the
    # ones every replacement gives (Sullivan-Año's and Harris-Herzog's wordings, with a
    # reworded opening beside them that no rule reads).
    a = from_text(
        "Sullivan reaffirmed U.S. support for our Philippine allies following the incident, "
        "and they discussed the latest developments in Israel, Gaza, and the West Bank."
    )
    b = from_text(
        "Sullivan underscored U.S. support for the Philippines following the incident, "
        "and they reviewed the latest developments in Gaza."
    )
    memo: dict[str, Any] = {}
    a_words, b_words = readout_words(a, memo), readout_words(b, memo)
    pair = next(x for x in compare(a, b).alignments if x.a and x.b)
    every = replacements(pair, a, b, a_words, b_words)
    asked = replacements(pair, a, b, a_words, b_words, cores=may_tell)

    def told(reps: list[Any]) -> list[tuple[str | None, str | None]]:
        entries = [kept_complement(r, (a, b)) or kept_head(r, (a, b)) for r in reps]
        return [(e.a_text, e.b_text) for e in entries if e is not None]

    assert len(asked) < len(every)
    assert (
        told(asked)
        == told(every)
        == [
            ("support for our Philippine allies", "support for the Philippines"),
            (
                "latest developments in Israel, Gaza, and the West Bank",
                "latest developments in Gaza",
            ),
        ]
    )
