"""Verbs of agreement frame what was said, as verbs of saying do (formulas/words/roles.py,
``REPORTING``): "concurred to continue …" and "confirmed to continue …" say one line, on a
real dev pair of the evaluation set (MOFA Japan, whose readouts frame most lines so)."""

from __future__ import annotations

from eval_pairs import fates

from readoutdiff.formulas.words.roles import INTRODUCING, REPORTING


def test_verbs_of_agreement_introduce_a_line() -> None:
    for verb in ("concurred", "confirmed", "agreed", "concur", "confirm", "agree"):
        assert verb in REPORTING and verb in INTRODUCING


def test_a_line_said_with_another_verb_of_agreement_is_no_change() -> None:
    # hayashi-blinken 2022-02-26 -> 2022-03-24: A "… and confirmed to continue close coordination
    # between Japan and the United States.", B "… and concurred to continue close coordination
    # between Japan and the United States." (sentences the aligner did not pair).
    changed = [
        (a, b) for status, a, b in fates("hayashi-blinken__2022-02-26") if status == "changed"
    ]
    line = "continue close coordination between Japan and the United States"
    assert not [(a, b) for a, b in changed if a and b and line in a and line in b]
