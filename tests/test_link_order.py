"""The order of the linking steps (formulas/tracking.py): two formulas each only one side has
that share telling words are linked (twins) before a formula looks for its rewording in the
other readout's words (slots), so that, when the lexicon knows both wordings, a place in
words no formula holds does not take a formula whose own partner the other side names. Real
pairs of the evaluation set, their hand-listed wordings as a user lexicon."""

from __future__ import annotations

from test_replaced import _fates


def test_a_formula_pairs_with_the_formula_that_took_its_place() -> None:
    # "Egypt's leading role" (A's sentence 1) once found its rewording in the words of B's
    # sentence 1 ("appreciation for Egypt's efforts"); B says "Egypt's essential role" later.
    fates = _fates("biden-sisi__2023-10-29")
    assert ("changed", "Egypt’s leading role", "Egypt’s essential role") in fates
    assert ("changed", "efforts to secure the release of hostages",
            "efforts to reach a deal for the release of hostages held by Hamas") in fates  # fmt: skip
    assert ("appeared", None, "Egypt’s essential role") not in fates


def test_the_pairing_mirrors_when_the_readouts_are_swapped() -> None:
    fates = _fates("biden-sisi__2023-10-29", swap=True)
    assert ("changed", "Egypt’s essential role", "Egypt’s leading role") in fates


def test_two_efforts_formulas_pair_and_the_third_stays_dropped() -> None:
    fates = _fates("blinken-rau__2022-03-10")
    assert ("changed", "coordinated efforts to provide security and humanitarian support to "
            "Ukraine", "continued international efforts to support Ukraine") in fates  # fmt: skip
    assert ("dropped", "ongoing diplomatic efforts, including sanctions", None) in fates
    assert ("appeared", None, "respond to the devastating humanitarian crisis") in fates


def test_a_formula_that_lost_or_took_a_qualifier_is_its_partners_rewording() -> None:
    # The telling words of one wording all stand in the other: a qualifier came or went, and
    # the rest of the wording changed around it; one change, not dropped and appeared.
    assert ("changed", "humanitarian pause in Gaza",
            "prolonged humanitarian pause in the fighting") in _fates("biden-sisi__2023-11-22")  # fmt: skip
    fates = _fates("blinken-truss__2022-06-02")
    assert ("changed", "vital humanitarian and security assistance",
            "vital assistance to Ukraine") in fates  # fmt: skip
    assert ("dropped", "ensuring vital agricultural commodities can leave Ukraine", None) in fates


def test_a_verb_that_doubles_its_consonant_is_one_word() -> None:
    # "set the conditions for a durable … peace" / "setting the conditions for that outcome"
    # share "set" and "conditions" ("setting" strips to "set", not "sett"): two telling words
    # against "durable" and "peace" of "imperil any pathway to a durable peace", and they
    # stand in the same aligned pair.
    fates = _fates("biden-sisi__2023-10-29")
    assert ("changed", "set the conditions for a durable and sustainable peace in the Middle "
            "East", "setting the conditions for that outcome") in fates  # fmt: skip
    assert ("appeared", None, "imperil any pathway to a durable peace") in fates


def test_the_same_telling_words_under_another_name_are_one_rewording_linked_first() -> None:
    # A's "Russia's unprovoked, unjustified, and premeditated war" (sentence 3) and B's
    # "Putin's premeditated, unjustified, and unprovoked war" (sentence 4) say the same things
    # of another owner; they are linked before B's sentence 4, paired with A's "Putin's war of
    # aggression", can make B's wording a rewording of that.
    fates = _fates("blinken-rau__2022-03-10")
    assert ("changed", "Russia’s unprovoked, unjustified, and premeditated war",
            "Putin’s premeditated, unjustified, and unprovoked war") in fates  # fmt: skip
    assert not [f for f in fates if f[1] == "Putin’s war of aggression"]


def test_a_formula_with_a_partner_that_shares_two_things_is_not_claimed_by_a_replaced_phrase() -> (
    None
):
    # A's "President Putin's war of choice on Ukraine" and B's "Putin's war of aggression"
    # share "war" and the name; the aligned pair A 4 / B 5-6 once told A's wording as
    # replaced by "support that aids the Kremlin's war against Ukraine", a formula of its own.
    fates = _fates("blinken-truss__2022-04-01")
    assert ("changed", "President Putin’s war of choice on Ukraine",
            "Putin’s war of aggression") in fates  # fmt: skip
    assert [
        f
        for f in fates
        if f[0] == "appeared" and (f[2] or "").endswith("Kremlin’s war against Ukraine")
    ]
