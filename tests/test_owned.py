"""An owner's qualified noun said again with another owner or other qualifiers
(formulas/unpaired/owned.py), on real pairs of the evaluation set with default options, and on real
readout sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from eval_pairs import fates as _default
from sentence_pairs import changed as _changed
from sentence_pairs import view_of

from readoutdiff.formulas.unpaired import owned
from readoutdiff.formulas.unpaired.owned_phrases import phrases
from readoutdiff.model import Formula


def _phrases(text: str) -> list[str]:
    """The owned phrases of the first sentence of ``text``."""
    view = view_of(text)
    w = view.words[0]
    return [text[w.start(p.first) : w.end(p.last - 1)] for p in phrases(view, w)]


def test_an_owned_war_said_with_another_owner_in_unpaired_sentences_is_changed() -> None:
    # blinken-stoltenberg 2022-04-06 -> 2022-05-14: both sentences paired with nothing.
    assert ("changed", "Russian Federation’s unprovoked war against Ukraine",
            "President Putin’s ruinous war in Ukraine") in _default("blinken-stoltenberg__2022-04-06")  # fmt: skip


def test_the_change_mirrors_when_the_readouts_are_swapped() -> None:
    assert ("changed", "President Putin’s ruinous war in Ukraine",
            "Russian Federation’s unprovoked war against Ukraine"
            ) in _default("blinken-stoltenberg__2022-04-06", swap=True)  # fmt: skip


def test_a_pronoun_owner_and_qualifiers_swapped_in_one_pair_is_changed() -> None:
    # blinken-faisal-bin-farhan 2022-03-28 -> 2022-05-30: only the head is shared, and it is
    # the only owned "war" left on each side.
    assert ("changed", "his unprovoked and unlawful war",
            "President Putin’s brutal war") in _default("blinken-faisal-bin-farhan__2022-03-28")  # fmt: skip


def test_an_owned_phrase_runs_from_the_owner_over_qualifiers_to_two_complements() -> None:
    assert _phrases(
        "They also discussed economic consequences for those who support President Putin’s war "
        "of choice on Ukraine."
    ) == ["President Putin’s war of choice on Ukraine"]
    assert _phrases(
        "They condemned Russia’s unprovoked, unjustified, and premeditated war, and its attacks."
    ) == ["Russia’s unprovoked, unjustified, and premeditated war", "its attacks"]


def test_a_noun_that_governs_a_clause_or_a_beneficiary_is_no_owned_phrase() -> None:
    # biden-von-der-leyen 2021-03-05.
    assert (
        _phrases(
            "He underscored his support for the European Union and his commitment to repair and "
            "revitalize the U.S.-EU partnership."
        )
        == []
    )


def test_a_pronoun_for_the_same_owner_is_no_change_and_for_another_owner_is_one() -> None:
    # After sherman-delattre 2022-06-22 -> 2022-07-15 and blinken-cavusoglu 2022-02-24.
    a = "They met today.\n\nThey also discussed global food insecurity, exacerbated by {}."
    b = (
        "They met today.\n\nThey discussed our ongoing joint efforts to provide support for "
        "{} and hold Russia accountable in the face of its {}."
    )
    war = "unprovoked and unjustified war"
    assert _changed(a.format("Putin’s " + war), b.format("Ukraine", war)) == [
        ("Putin’s " + war, "its " + war)
    ]
    assert _changed(a.format("Russia’s " + war), b.format("Ukraine", war)) == []


def test_the_same_thing_said_again_in_another_inflection_is_no_change() -> None:
    # trudeau-sunak 2022-10-27 -> 2023-05-06: "unjustifiable" / "unjustified".
    assert (
        _changed(
            "The two leaders met today.\n\nThey discussed Russia’s illegal and unjustifiable "
            "invasion of Ukraine and the global economy.",
            "The two leaders met today.\n\nThey condemned Russia’s illegal and unjustified invasion "
            "of Ukraine.",
        )
        == []
    )


def test_a_head_shared_alone_pairs_only_one_phrase_a_side() -> None:
    # Two owned "war" phrases in B and nothing else shared: which one the A phrase became is
    # not told, so none is paired.
    a = "The leaders met.\n\nThey discussed his unprovoked and unlawful war."
    b = (
        "The leaders met.\n\nThey discussed President Putin’s brutal war and the Kremlin’s "
        "ruinous war."
    )
    assert _changed(a, b) == []
    assert _changed(a, "The leaders met.\n\nThey discussed President Putin’s brutal war.") == [
        ("his unprovoked and unlawful war", "President Putin’s brutal war")
    ]


def test_an_attack_said_again_as_a_war_against_the_same_target_is_changed() -> None:
    # blinken-cavusoglu 2022-02-28 -> 2022-03-16: "attack" and "war" name one war, and both
    # are against Ukraine (the owners differ: Russia, the Kremlin).
    assert (
        "changed",
        "Russia’s premeditated, unprovoked, and unjustified attack on Ukraine",
        "Kremlin’s war against Ukraine",
    ) in _default("blinken-cavusoglu__2022-02-28")


def test_a_war_said_again_as_aggression_by_the_same_owner_is_changed() -> None:
    # biden-albanese 2022-11-13 -> 2023-03-13: "its" refers to Russia, B's owner.
    assert ("changed", "its unprovoked war on Ukraine",
            "Russia’s brutal aggression") in _default("biden-albanese__2022-11-13")  # fmt: skip


def test_two_war_heads_of_other_owners_and_other_targets_are_two_things() -> None:
    # After Biden's readouts of October 2023: the attack on Israel is not Israel's war.
    a = "The leaders met today.\n\nThey condemned Hamas’s brutal attack on Israel."
    b = "The leaders met today.\n\nThey discussed Israel’s war against Hamas."
    assert _changed(a, b) == []
    same_target = "The leaders met today.\n\nThey discussed the Kremlin’s war against Israel."
    assert _changed(a, same_target) == [
        ("Hamas’s brutal attack on Israel", "Kremlin’s war against Israel")
    ]


def test_two_war_heads_over_a_formula_both_keep_are_told_once() -> None:
    # biden-duda 2022-03-04 -> 2022-03-26: "unprovoked and unjustified" is said on both sides,
    # and its own entry tells the invasion become an attack; the owned phrases around it
    # ("... invasion of Ukraine" / "... attack on Ukraine") would tell it a second time.
    told = [f for f in _default("biden-duda__2022-03-04") if f[0] == "changed"]
    war = [f for f in told if "invasion" in (f[1] or "")]
    assert war == [
        ("changed", "Russia’s unprovoked and unjustified invasion",
         "its unjustified and unprovoked attack"),
    ]  # fmt: skip


def test_a_name_in_a_complement_takes_the_noun_it_qualifies_and_an_owner_is_none() -> None:
    # biden-zelenskyy 2022-10-04 (White House) and biden-sunak 2022-11-16 (White House).
    assert _phrases(
        "The leaders reiterated their condemnation of Russia’s attempted annexation of Ukrainian "
        "territory, as well as their ongoing commitment to hold Russia accountable."
    ) == ["their condemnation", "Russia’s attempted annexation of Ukrainian territory"]
    assert _phrases(
        "In addition, the leaders discussed US support for Europe’s efforts to reduce its reliance "
        "on Russian energy and to meet our climate goals."
    ) == ["its reliance on Russian energy"]


def test_an_owned_war_in_one_rewritten_passage_past_the_last_pair_is_changed() -> None:
    # biden-albanese 2022-05-24 -> 2022-11-13: A's fifth sentence and B's fifth, both unpaired
    # after the last pair, past each other's window of paired neighbours (open_sentences'
    # same gap, nearby.gap).
    assert ("changed", "Russia’s invasion",
            "its unprovoked war on Ukraine") in _default("biden-albanese__2022-05-24")  # fmt: skip


def test_a_word_of_a_compound_in_a_complement_takes_the_rest_of_it() -> None:
    # State Department, 2021: the Secretary's call with Tajikistan's Foreign Minister
    # Muhriddin (not in any set); the phrase was cut at "on regional".
    assert _phrases(
        "The Secretary thanked the Foreign Minister for Tajikistan’s leadership on regional "
        "security issues, support for Afghanistan peace negotiations, and continued partnership."
    ) == ["Tajikistan’s leadership on regional security issues"]
    # White House, 8 February 2023, Sullivan's meeting with Tánaiste Martin of Ireland
    # (wh-briefings mirror): cut at "on shared".
    assert _phrases(
        "They also discussed their countries’ close cooperation on shared global challenges, "
        "including those posed by the People’s Republic of China."
    ) == ["their countries’ close cooperation on shared global challenges"]


def _compared(folder: str, a: str, b: str) -> tuple[Formula, ...]:
    """The formulas of two readouts of ``eval/<folder>`` (outside the evaluation set's pairs)."""
    from readoutdiff import compare, load

    readouts = Path(__file__).parent.parent / "eval" / folder
    return compare(load(readouts / a), load(readouts / b)).formulas


def test_one_head_with_complements_that_share_nothing_is_two_things() -> None:
    # blinken-marsudi 2021-08-03 -> 2022-05-15 (state.gov, outside the evaluation set): "The
    # Secretary praised Indonesia's leadership in ASEAN" / "The Secretary thanked Indonesia for
    # its leadership on global health issues": leadership on two subjects.
    found = _compared(
        "noise", "blinken-marsudi__2021-08-03__state.txt", "blinken-marsudi__2022-05-15__state.txt"
    )
    assert not [f for f in found if "leadership" in (f.a_text or "") + (f.b_text or "")]
    a = "The leaders met.\n\nThe Secretary praised Indonesia’s leadership in ASEAN."
    b = "The leaders met.\n\nThe Secretary thanked Indonesia for its leadership on global health issues."
    assert _changed(a, b) == []
    # A complement on one side only, or complements that share a word, stay one thing.
    b = "The leaders met.\n\nThe Secretary thanked Indonesia for its steady leadership."
    assert _changed(a, b) == [("Indonesia’s leadership in ASEAN", "its steady leadership")]


def test_a_role_after_as_is_a_complement() -> None:
    # biden-tinubu 2023-09-10 -> 2024-10-29 (eval/outside, tuning part): "his strong leadership
    # as the chair of the Economic Community of West African States" / "President Tinubu’s
    # leadership in securing the release …": leadership in two roles, not one reworded.
    found = _compared(
        "outside", "biden-tinubu__2023-09-10__wh.txt", "biden-tinubu__2024-10-29__wh.txt"
    )
    assert not [
        f for f in found if f.status.value == "changed" and "leadership" in (f.a_text or "")
    ]
    assert _phrases("They praised Japan’s leadership as chair of the G7.") == [
        "Japan’s leadership as chair of the G7"
    ]


def test_reading_the_near_sentences_first_gives_what_reading_every_open_sentence_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``owned._may_pair`` reads the sentences near one of the other readout first and ends
    the rule when no pair there can be taken: on real pairs, where owned phrases pair and
    where none do, both ways, the formulas are those of the rule read whole."""
    asked: list[bool] = []
    may_pair = owned._may_pair

    def told(*args: Any) -> bool:
        asked.append(may_pair(*args))
        return asked[-1]

    pairs = ("blinken-stoltenberg__2022-04-06", "blinken-faisal-bin-farhan__2022-03-28",
             "biden-albanese__2022-05-24", "biden-duda__2022-03-26")  # fmt: skip
    for pair, swap in ((pair, swap) for pair in pairs for swap in (False, True)):
        monkeypatch.setattr(owned, "_may_pair", told)
        fast = _default(pair, swap=swap)
        monkeypatch.setattr(owned, "_may_pair", lambda *args: True)
        assert fast == _default(pair, swap=swap), pair
    assert True in asked and False in asked  # both ways of the rule were taken
