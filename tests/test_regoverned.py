"""A formula both readouts keep, said in a sentence each rewrote (neither paired, in the same
gap of the alignment), governed by other words: one changed context entry told with the
formula (formulas/succession/regoverned.py). Real pairs of the evaluation set, default options."""

from __future__ import annotations

from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.ingest import load

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _fates(a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    found = compare(load(EVAL / a), load(EVAL / b)).formulas
    return [(f.status.value, f.a_text, f.b_text) for f in found]


_EU = ("biden-von-der-leyen__2021-03-05__wh.txt", "biden-von-der-leyen__2021-10-04__wh.txt")


def test_a_kept_formula_in_two_rewritten_sentences_is_governed_otherwise() -> None:
    fates = _fates(*_EU)
    assert ("changed", "tackle the climate crisis",
            "taking steps to address the climate crisis") in fates  # fmt: skip
    assert ("persisted", "climate crisis", "climate crisis") in fates


def test_the_change_mirrors_when_the_readouts_are_swapped() -> None:
    assert ("changed", "taking steps to address the climate crisis",
            "tackle the climate crisis") in _fates(*reversed(_EU))  # fmt: skip


def test_the_governing_phrase_runs_back_to_punctuation() -> None:
    fates = _fates(
        "blinken-faisal-bin-farhan__2022-03-28__state.txt",
        "blinken-faisal-bin-farhan__2022-05-30__state.txt",
    )
    assert ("changed", "support for the UN’s proposal for a Ramadan truce in Yemen",
            "extend the truce in Yemen") in fates  # fmt: skip
