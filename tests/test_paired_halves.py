"""A dropped or appeared entry whose other half is a silent stretch of the sentence aligned with
its own is *changed* (formulas/entries/paired_halves.py), on young dev pairs of eval/formulas
(CCTV and White House readouts, sources in eval/formulas/SOURCES.md)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.model import FormulaStatus

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _readouts(pair: str) -> tuple[Path, Path]:
    data = tomllib.loads((EVAL / "pairs" / f"{pair}.toml").read_text("utf-8"))
    return EVAL / data["a"], EVAL / data["b"]


@pytest.mark.parametrize(
    ("pair", "a_text", "b_text"),
    [
        # a clause of the aligned sentence reworded around 认真落实两国元首…共识
        ("xi-mishustin__2023-03-21", "认真落实两国元首共识", "俄方愿同中方认真落实两国元首达成的重要共识"),
        # the views exchanged on Russia and Ukraine, reported on A only
        ("sullivan-oprisor__2021-11-30",
         "They also exchanged views on Russian military activities near Ukraine and committed to "
         "continued consultation", "Russia’s war against Ukraine"),
    ],
)  # fmt: skip
def test_a_half_whose_other_is_silent_in_the_aligned_sentence_is_changed(
    pair: str, a_text: str, b_text: str
) -> None:
    """The hand lists call these changed; the tool reported one side alone and nothing of the
    other. Swapping the readouts swaps the wordings."""
    a, b = (load(p) for p in _readouts(pair))
    for swap in (False, True):
        comparison = compare(b, a) if swap else compare(a, b)
        want = (b_text, a_text) if swap else (a_text, b_text)
        changed = {
            (f.a_text, f.b_text) for f in comparison.formulas if f.status is FormulaStatus.CHANGED
        }
        assert want in changed
        one_sided = {f.a_text or f.b_text for f in comparison.formulas if f.status.value in
                     ("dropped", "appeared")}  # fmt: skip
        assert not one_sided & set(want)


def test_a_shared_speakers_frame_does_not_tie_two_lines() -> None:
    """liqiang-luxon 2025-06-20: B's "中方愿同新方加强发展战略对接" shares only the speaker's frame
    中方愿同新方 with A's aligned sentence (its trade line is another event, persisted): the
    hand list's appeared event stays appeared, whichever readout is A."""
    a, b = (load(p) for p in _readouts("liqiang-luxon__2025-06-20"))
    for swap in (False, True):
        comparison = compare(b, a) if swap else compare(a, b)
        want = "dropped" if swap else "appeared"
        fates = {
            f.status.value
            for f in comparison.formulas
            if "加强发展战略对接" in ((f.a_text if swap else f.b_text) or "")
        }
        assert fates == {want}
