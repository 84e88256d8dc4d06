"""benchmarks/loose_gaps.py: where the two unpaired sentences of a missed changed event stand,
and the formula stage handed the hand's own sentence pairs, on a real outside tuning pair."""

from __future__ import annotations

import formula_eval
import loose_gaps

from readoutdiff.formulas import tracking

NAME = "sunak-erdogan__2023-05-28"


def _pair() -> formula_eval.Pair:
    where = formula_eval.ROOT / "eval" / "outside"
    (pair,) = [p for p in formula_eval.load_pairs(where, "dev") if p.name == NAME]
    return pair


def test_both_sentences_of_the_misses_stand_in_one_gap() -> None:
    rows = [row for _, _, row in loose_gaps.listing([_pair()])]
    assert rows and all(row["gap"] == "one gap" for row in rows)
    # The relationship said again ("reiterated the strong relationship between the United
    # Kingdom and Türkiye" / "reiterated the importance of the UK-Türkiye relationship") was
    # one of them; relations_en tells it since acc60 (one named relationship phrase a side).
    assert not any("relati" in row["shared"] for row in rows)


def test_the_hand_pairs_handed_to_the_roles_rule_find_more_and_the_stage_is_restored() -> None:
    pair = _pair()
    track, roles = tracking._track, tracking._role_kept
    default = loose_gaps.bound([pair], "default")
    handed = loose_gaps.bound([pair], "roles")
    assert handed["changed found"] > default["changed found"]
    assert loose_gaps.bound([pair], "whole")["changed found"] >= default["changed found"]
    assert (tracking._track, tracking._role_kept) == (track, roles)


def test_telling_words_leave_names_and_titles_out() -> None:
    words = loose_gaps.plain("The Prime Minister offered his condolences to Türkiye.")
    assert words == {"offere", "condol"}
