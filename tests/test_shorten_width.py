"""``shorten`` at every width, down to none (branch fix1: a width of 1 indexed an empty cut and
raised IndexError; 0 or less read the cut from the text's end). Real sentences of a dev readout
in each script."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff.ingest import load
from readoutdiff.text.shorten import shorten

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


@pytest.mark.parametrize(
    "name",
    [
        "biden-guterres__2023-09-19__wh.txt",
        "xi-merz__2025-05-23__cctv.txt",
        "tokayev-erdogan__2021-01-01__eadaily.txt",
    ],
)
def test_every_width_gives_at_most_that_many_characters(name: str) -> None:
    sentence = load(EVAL / name).sentences[1].text
    for width in range(-2, len(sentence) + 2):
        for phrase in (False, True):
            cut = shorten(sentence, width, phrase=phrase, names=phrase)
            assert len(cut) <= max(width, 0) or cut == sentence, (width, cut)
    assert shorten(sentence, 1) == "…" and shorten(sentence, 0) == ""
