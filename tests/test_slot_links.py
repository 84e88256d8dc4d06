"""`benchmarks/slot_links.py` lists the links of formulas/linking/slots.py on real dev pairs with
the scorer's judgment and where their sentences stand in the alignment."""

from __future__ import annotations

import slot_links
from formula_eval import EVAL_DIR, load_pair

from readoutdiff.formulas.linking import slots


def _links(name: str) -> list[tuple[str, str | None, str | None, str]]:
    pair = load_pair(EVAL_DIR / "pairs" / f"{name}.toml")
    return [(tag, f.a_text, f.b_text, where) for tag, f, _, where in slot_links.links(pair)]


def test_a_right_link_across_aligned_pairs() -> None:
    # Kuleba 24 May 2022: the hand's change, said in sentences the alignment does not pair.
    assert ("right", "Russia’s unprovoked and unjustified war", "Russia’s brutal and unprovoked war",
            "A's sentence dropped") in _links("blinken-kuleba__2022-05-24")  # fmt: skip


def test_a_noise_link_in_one_aligned_pair_taken_out_later_and_the_finder_restored() -> None:
    # Kishida 16 Nov 2023: the hand quotes the head of A's sentence, the link its tail. The link
    # was a noise report until acc49: a changed quote opening on a subordinating conjunction ("as
    # it defends itself …") is no longer reported, so a later step takes it out ("later").
    find = slots.find
    assert ("later", "defend itself against future aggression",
            "as it defends itself from Russia’s brutal aggression",
            "same pair") in _links("biden-kishida__2023-11-16")  # fmt: skip
    assert slots.find is find
