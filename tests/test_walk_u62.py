"""Branch u62's walk: ``readoutdiff formulas FILE`` says what a background phrase is instead of
its id of stems, and ``readoutdiff check`` as a CI job meets it (a git repo of readouts)."""

from __future__ import annotations

import json
from pathlib import Path

from readoutdiff.formulas import find_formulas
from readoutdiff.ingest.reader import load
from readoutdiff.render.listing import render_listing_json, render_listing_text

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def test_the_formula_listing_names_a_background_phrase_by_its_kind_not_its_id() -> None:
    """Xi–Lula 2025-05-13: the listing showed “mined  background:建-交-50-周-年  “建交50周年””;
    it now says the phrase and its kind, a lexicon entry keeps its id (a rules file's ``id``),
    and the JSON keeps every id as it was."""
    readout = load(FORMULAS / "xi-lula__2025-05-13__cctv.txt")
    found = find_formulas(readout)
    for width in (None, 80):
        text = render_listing_text(readout, found, width=width)
        assert "  line 4, sentence 1  mined  “建交50周年” (phrase of many readouts)\n" in text
        assert "  line 5, sentence 1  builtin  core-interests  “核心利益”\n" in text
    narrow = render_listing_text(readout, found, width=40)
    assert (
        "  line 4, sentence 1  mined\n    “建交50周年” (phrase of many\n    readouts)\n" in narrow
    )
    assert "background:" not in narrow
    ids = [item["id"] for item in json.loads(render_listing_json(readout, found))["formulas"]]
    assert "background:建-交-50-周-年" in ids
