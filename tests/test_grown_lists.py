"""A list formula kept among other items, or in another order, stays persisted, and a list the
hand list gives whole is not grown into a member, on real dev pairs of the evaluation set and on
their lines. (formulas/entries/grown_lists.py, which told a list formula inside a list that gained
or lost an item or a qualifier as that formula changed, was removed by sp103: it earned on older
dev pairs only.)"""

from __future__ import annotations

from eval_pairs import fates

from readoutdiff.compare import compare
from readoutdiff.ingest import from_text


def _fates(a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    found = compare(from_text(a), from_text(b)).formulas
    return [(f.status.value, f.a_text, f.b_text) for f in found]


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


def test_a_reordered_list_with_the_same_items_stays_persisted() -> None:
    found = _fates(
        "Secretary Blinken and Foreign Secretary Ebrard discussed how to promote the prosperity"
        " and security of both nations.",
        "Secretary Blinken and Foreign Secretary Ebrard discussed how to promote the security and"
        " prosperity of both nations.",
    )
    assert ("persisted", "prosperity and security", "security and prosperity") in found
