"""Two one-sided formulas alone in one replaced run of an aligned pair are one formula changed
(formulas/succession/replaced.py), on real pairs of the evaluation set with their hand-listed wordings as
a user lexicon (as ``score_formulas.py --oracle`` gives them: a changed event's two wordings
are two entries, unlinked)."""

from __future__ import annotations

from functools import partial

from eval_pairs import fates

_fates = partial(fates, oracle=True)


_EU = (
    "his commitment to repair and revitalize the U.S.-EU partnership",
    "his commitment to continue implementing the outcomes from the June U.S.-EU Summit",
)


def test_two_formulas_in_one_replaced_run_are_one_change() -> None:
    # "… reiterated his commitment to [repair and revitalize the] U.S.-EU [partnership]" /
    # "… reiterated his commitment to [continue implementing the outcomes from the June]
    # U.S.-EU [Summit]": the words around both are kept, so one took the other's place.
    fates = _fates("biden-von-der-leyen__2021-03-05")
    assert ("changed", *_EU) in fates
    assert ("dropped", _EU[0], None) not in fates
    assert ("appeared", None, _EU[1]) not in fates


def test_the_change_mirrors_when_the_readouts_are_swapped() -> None:
    assert ("changed", _EU[1], _EU[0]) in _fates("biden-von-der-leyen__2021-03-05", swap=True)


def test_a_formula_kept_all_but_a_word_takes_its_place() -> None:
    fates = _fates("johnson-zelenskyy__2022-03-20")
    assert ("changed", "coordinate support to strengthen Ukraine’s self defence",
            "substantively increase defensive lethal aid to Ukraine") in fates  # fmt: skip


def test_a_rewritten_sentence_is_no_one_place() -> None:
    # The two sentences share a few words only; the run of replaced words around the two
    # formulas is more than twice as long as either: dropped and appeared, not one change.
    fates = _fates("biden-lopez-obrador__2022-04-29")
    assert ("dropped", "North America that remains the most competitive and dynamic region "
            "in the world", None) in fates  # fmt: skip
    assert not [f for f in fates if f[0] == "changed" and f[1] and f[1].startswith("North Am")]


def test_a_formula_whose_changed_words_stand_elsewhere_is_not_taken() -> None:
    # "promote inclusive prosperity for our two countries and the world": only "and the
    # world" stands in the run where B's "continue to work closely together" is.
    fates = _fates("biden-lula__2023-08-16")
    assert ("appeared", None, "continue to work closely together") in fates


def test_a_word_kept_at_the_edge_of_a_replaced_phrase_does_not_claim_a_formula() -> None:
    # "discussed coordination to further" -> "discussed intensifying efforts to further": the
    # replaced phrase ends on "further", the first word both formulas keep; they are not its,
    # and their own replaced words ("surge" ... / "increase the delivery of life-saving" ...)
    # fill the same runs of the pair.
    fates = _fates("biden-sisi__2023-11-22")
    assert ("changed", "further surge humanitarian assistance to Palestinians in Gaza",
            "further increase the delivery of life-saving humanitarian assistance into and "
            "throughout Gaza") in fates  # fmt: skip
    assert not [f for f in fates if f[1] == "discussed coordination to further"]


def test_a_formula_whose_edge_word_another_phrase_took_is_still_free() -> None:
    # "... against those who support President Putin's war" -> "... material support that
    # aids the Kremlin's war": the change of the war's wording took "support", the last word
    # of both formulas; its replaced words are in two runs that no other formula stands in.
    fates = _fates("blinken-truss__2022-04-01")
    assert ("changed", "swift, consequential actions against those who support",
            "economic consequences for those who continue to provide financial or material "
            "support") in fates  # fmt: skip


def test_names_in_a_replaced_run_do_not_make_it_long() -> None:
    # "... working together as close partners to deepen cooperation between our countries and
    # people" / "... supporting Ukraine and reviewed efforts to strengthen our bilateral ties":
    # the run is measured by the words that say something (no name, no stop word), at most
    # twice the formula's.
    assert ("changed", "deepen cooperation between our countries and people",
            "strengthen our bilateral ties") in _fates("biden-erdogan__2023-05-29")  # fmt: skip


_REGION = ("stable, prosperous, and integrated Middle East region", "peace and security")


def test_a_list_the_formula_closes_is_the_formulas() -> None:
    # "… affirmed unwavering U.S. support for Jordan as a partner and ally in [the promotion of
    # a more stable, prosperous, and] integrated Middle East region" / "… in [promoting
    # regional] peace and security" (built-in lexicon, default options): the list "stable,
    # prosperous, and" qualifies the formula, so the run is not more than twice its words,
    # and the entry tells the formula with its list.
    found = fates("biden-abdullah__2024-07-26")
    assert ("changed", *_REGION) in found
    assert ("dropped", "integrated Middle East region", None) not in found
    assert ("changed", _REGION[1], _REGION[0]) in fates("biden-abdullah__2024-07-26", swap=True)
