"""A list formula kept inside a list that gained or lost an item or a qualifier is that formula
changed, list to list (formulas/entries/grown_lists.py), on real dev pairs of the evaluation set
and on their lines."""

from __future__ import annotations

from eval_pairs import fates

from readoutdiff.compare import compare
from readoutdiff.ingest import from_text


def _fates(a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    found = compare(from_text(a), from_text(b)).formulas
    return [(f.status.value, f.a_text, f.b_text) for f in found]


def test_a_list_that_took_in_an_item_and_a_qualifier_is_its_formula_changed() -> None:
    # "… to advance the economic security and prosperity of our region." -> "… as we work to
    # advance democracy, economic prosperity, and security in North America and around the world."
    found = fates("blinken-ebrard__2021-07-29")
    assert (
        "changed", "economic security and prosperity", "democracy, economic prosperity, and security"
    ) in found  # fmt: skip
    assert not any(status == "persisted" and b and "security" in b for status, _, b in found)


def test_a_qualifier_that_joins_a_list_is_its_formula_changed() -> None:
    # "… to promote the prosperity and security of both nations." -> "… to advance the economic
    # security and prosperity of our region."
    found = fates("blinken-ebrard__2021-06-02")
    assert ("changed", "prosperity and security", "economic security and prosperity") in found
    assert ("persisted", "prosperity and security", "security and prosperity") not in found


def test_a_list_that_lost_a_qualifier_is_changed_both_ways() -> None:
    # "… an immediate ceasefire and hostage release deal." read as A, the older line as B.
    found = fates("biden-abdullah__2024-07-26", swap=True)
    assert (
        "changed", "immediate ceasefire and hostage release deal", "hostage release and ceasefire deal"
    ) in found  # fmt: skip


def test_a_list_formula_inside_a_longer_list_of_topics_stays_persisted() -> None:
    # "… including critical technologies, economic and energy security, global health, and
    # climate change" -> "… including supply chain resilience, critical technologies, …": the
    # formula is one item of the list of topics; no Oxford comma before its own "and".
    found = fates("biden-yoon__2022-05-21")
    assert ("persisted", "economic and energy security", "economic and energy security") in found


def test_a_member_of_three_words_is_not_cut_into() -> None:
    # With the hand list's whole list of topics as a formula (as --oracle gives it), the list
    # is not grown over "chain resilience", the end of "supply chain resilience, …".
    whole = "critical technologies, economic and energy security, global health, and climate change"
    found = fates("biden-yoon__2022-05-21", oracle=True)
    assert ("persisted", whole, whole) in found
    assert not any(b and b.startswith("chain resilience") for _, _, b in found)


def test_a_verb_after_to_is_no_qualifier_of_the_list() -> None:
    # The line of blinken-ebrard 2022-03-01 against one without "democracy": "advance" is the
    # verb that governs the list, not a qualifier of its first member.
    found = _fates(
        "Secretary Blinken reiterated his sincere appreciation for our strong partnership with"
        " Mexico as we work to advance economic prosperity, and security in North America.",
        "Secretary Blinken reiterated his sincere appreciation for our strong partnership with"
        " Mexico as we work to advance democracy, economic prosperity, and security in North"
        " America.",
    )
    lists = [(a, b) for status, a, b in found if status == "changed" and a and "prosperity" in a]
    assert lists == [
        ("economic prosperity, and security", "democracy, economic prosperity, and security")
    ]


def test_a_reordered_list_with_the_same_items_stays_persisted() -> None:
    found = _fates(
        "Secretary Blinken and Foreign Secretary Ebrard discussed how to promote the prosperity"
        " and security of both nations.",
        "Secretary Blinken and Foreign Secretary Ebrard discussed how to promote the security and"
        " prosperity of both nations.",
    )
    assert ("persisted", "prosperity and security", "security and prosperity") in found


def test_an_item_that_joined_the_list_is_no_entry_of_its_own() -> None:
    # A formula of its own put into the list ("true multilateralism", a lexicon formula) is
    # told by the list's entry, not again as appeared.
    found = _fates(
        "Both sides vowed to uphold security and prosperity in the region.",
        "Both sides vowed to uphold true multilateralism, security, and prosperity in the region.",
    )
    assert found == [
        ("changed", "security and prosperity", "true multilateralism, security, and prosperity")
    ]
    swapped = _fates(
        "Both sides vowed to uphold true multilateralism, security, and prosperity in the region.",
        "Both sides vowed to uphold security and prosperity in the region.",
    )
    assert swapped == [
        ("changed", "true multilateralism, security, and prosperity", "security and prosperity")
    ]
