"""`benchmarks/changed_sentences.py` places the two sentences of a real dev pair's changed
events against the aligner's pairs and scores the hand's sentence pair (al2)."""

from __future__ import annotations

import changed_sentences
from formula_eval import load_pairs


def _placed(name: str) -> dict[str, tuple[str, float | None, float, float]]:
    pair = next(p for p in load_pairs(split="dev") if p.name == name)
    return {
        line.split(": ", 1)[1].split(" -> ")[0]: (place, hand, chosen_a, chosen_b)
        for _, place, line, hand, chosen_a, chosen_b in changed_sentences.placed(pair)
    }


def test_an_event_across_two_pairs_scores_far_below_both_chosen_pairs() -> None:
    # Sherman-Delattre (State, dev): A's opening line (sovereignty and territorial integrity)
    # pairs with B's opening line, A's next one with B's next; the hand links a clause of A's
    # opening to a clause of B's next line, a sentence pair scoring ~0.2 against 0.646 and 0.383.
    place, hand, chosen_a, chosen_b = _placed("sherman-delattre__2022-06-22")[
        "'continued coordination to support Ukraine and its sovereignty and territorial integrity'"
    ]
    assert place == "two pairs"
    assert hand is not None and hand < 0.25 < chosen_b < chosen_a


def test_an_event_inside_one_aligned_pair_is_placed_there() -> None:
    placed = _placed("sherman-delattre__2022-06-22")
    assert "same pair" in {place for place, *_ in placed.values()}


def test_the_opening_of_a_wording_finds_its_sentence_case_folded() -> None:
    pair = next(p for p in load_pairs(split="dev") if p.name == "sherman-delattre__2022-06-22")
    from readoutdiff import load

    sentences = list(load(str(pair.a_path)).sentences)
    index = changed_sentences.sentence_of(sentences, "CONTINUED COORDINATION to support Ukraine")
    assert index is not None and "continued coordination" in sentences[index].text
    assert changed_sentences.sentence_of(sentences, "no such words anywhere here") is None
