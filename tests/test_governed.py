"""A line whose noun of commitment or support stays and whose object changes
(formulas/linking/governed.py), on real pairs of the evaluation set with default options, and on real
readout sentences."""

from __future__ import annotations

from eval_pairs import fates as _default
from sentence_pairs import paired_lines, view_of

from readoutdiff.compare import compare
from readoutdiff.formulas.linking.governed import lines
from readoutdiff.ingest import from_text
from readoutdiff.model import Options


def _lines(a: str, b: str) -> list[tuple[str, str]]:
    return paired_lines(lines, a, b)


def test_a_commitment_to_another_object_is_a_changed_line() -> None:
    # "… his commitment to repair and revitalize the U.S.-EU partnership." / "… and his
    # commitment to continue implementing the outcomes from the June U.S.-EU Summit."
    assert ("changed", "commitment to repair and revitalize the U.S.-EU partnership",
            "commitment to continue implementing the outcomes"
            ) in _default("biden-von-der-leyen__2021-03-05")  # fmt: skip


def test_the_change_mirrors_when_the_readouts_are_swapped() -> None:
    assert ("changed", "commitment to continue implementing the outcomes",
            "commitment to repair and revitalize the U.S.-EU partnership"
            ) in _default("biden-von-der-leyen__2021-03-05", swap=True)  # fmt: skip


def test_words_of_the_object_said_apart_in_the_other_sentence_do_not_make_it_moved() -> None:
    # B goes on "… as the foundation for North American competitiveness": "North American"
    # stands there, but not the object "North American economic cooperation".
    assert ("changed", "commitment to North American economic cooperation",
            "commitment to the United States-Mexico-Canada Agreement"
            ) in _default("biden-lopez-obrador__2022-10-18")  # fmt: skip


def test_an_object_the_other_sentence_holds_together_moved() -> None:
    # biden-sisi 2023-10-29 -> 2023-11-22: "the establishment of a Palestinian state" is in
    # both sentences; A commits to working together *to include* it, B to it.
    a = (
        "President Biden and President Sisi affirmed their commitment to work together to set "
        "the conditions for a durable and sustainable peace in the Middle East to include the "
        "establishment of a Palestinian state."
    )
    b = (
        "The President affirmed his commitment to the establishment of a Palestinian state and "
        "recognized Egypt’s essential role in setting the conditions for that outcome."
    )
    a = a.replace("work together", "end the fighting")  # "work together": stock words only
    assert _lines(a, b) == []
    assert _lines(a, b.replace("the establishment of a Palestinian state", "lasting calm")) == [
        ("commitment to end the fighting", "commitment to lasting calm")
    ]


def test_an_object_that_keeps_most_of_its_words_is_the_same_line() -> None:
    # After blinken-rau 2022-03-10: the object keeps two of its three words; what changed
    # inside it is left to the rules that quote the swapped words alone.
    a = (
        "The Secretary reiterated the United States’ steadfast support for Ukraine’s "
        "sovereignty and territorial integrity."
    )
    b = a.replace("territorial integrity", "independence")
    assert _lines(a, b) == []
    assert _lines(a, a.replace("Ukraine’s sovereignty and territorial integrity", "Moldova")) == [
        ("support for Ukraine’s sovereignty and territorial integrity", "support for Moldova")
    ]


def test_without_mining_no_line_is_read_off_the_words() -> None:
    a = (
        "He underscored his support for the European Union and his commitment to repair and "
        "revitalize the U.S.-EU partnership."
    )
    b = (
        "He reaffirmed his support for the European Union, a fundamental partner, and his "
        "commitment to continue implementing the outcomes from the June U.S.-EU Summit."
    )
    mined = compare(from_text(a), from_text(b)).formulas
    assert [f.a_text for f in mined if f.status.value == "changed"] == [
        "commitment to repair and revitalize the U.S.-EU partnership"
    ]
    found = compare(from_text(a), from_text(b), options=Options(mine_formulas=False)).formulas
    assert [f for f in found if f.status.value == "changed"] == []


def test_a_noun_held_by_no_one_is_a_topic_not_a_line() -> None:
    # White House readouts of Biden's calls with Chancellor Merkel (2021), not of the
    # evaluation set: "renewed American commitment" is said of no one.
    a = (
        "The leaders also agreed on the importance of global cooperation, including via renewed "
        "American commitment to multilateral organizations, on combating climate change."
    )
    b = (
        "The two leaders underscored their strong commitment to the transatlantic relationship "
        "and pledged to continue working closely together on shared priorities."
    )
    assert _lines(a, b) == []
    assert _lines(a.replace("renewed American", "their renewed"), b) == [
        ("commitment to multilateral organizations", "commitment to the transatlantic relationship")
    ]


def test_objects_that_differ_only_in_names_are_the_same_line() -> None:
    # State Department readouts of Blinken's calls with Foreign Minister Chung (2021).
    a = "He reaffirmed the United States’ commitment to the defense of the ROK."
    b = "He said the United States’ commitment to the defense of the Republic of Korea and Japan remains ironclad."
    assert _lines(a, b) == []
    assert _lines(a, b.replace("defense", "prosperity")) == [
        ("commitment to the defense of the ROK", "commitment to the prosperity of the Republic of Korea")
    ]  # fmt: skip


def test_an_object_of_stock_words_says_nothing() -> None:
    # White House readouts of calls with President Herzog of Israel (2022, 2023).
    a = "The Vice President expressed her support for Israel’s further regional integration."
    b = "The Vice President expressed her support for efforts to advance stability in the region."
    assert _lines(a, b) == []
    assert _lines(a, b.replace("efforts", "plans")) == [
        ("support for Israel’s further regional integration", "support for plans")
    ]


def test_each_pair_of_many_sentences_is_read_and_a_sentence_said_twice_at_both_places() -> None:
    # The biden-von-der-leyen line, its B sentence said twice among sentences with no noun of
    # commitment: every pair that holds the noun on both sides is read, whichever comes first.
    line = "He underscored his commitment to repair and revitalize the U.S.-EU partnership."
    other = "He reaffirmed his commitment to continue implementing the outcomes from the June U.S.-EU Summit."
    plain = "They discussed the war in Ukraine."
    va = view_of(f"{plain} {line}")
    vb = view_of(f"{other} {plain} {other}")
    together = [(x, y) for x in range(2) for y in range(3)]
    assert [(x, y) for x, y, _, _ in lines(va, vb, together)] == [(1, 0), (1, 2)]
