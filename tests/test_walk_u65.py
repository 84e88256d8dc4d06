"""Branch u65's walk: what a new user and a CI user meet after the thirty-seventh session."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from readoutdiff import compare
from readoutdiff.check import check
from readoutdiff.check.rules import DEFAULT
from readoutdiff.formulas import find_formulas
from readoutdiff.ingest.reader import load
from readoutdiff.model import Options
from readoutdiff.render.check_markdown import render_check_markdown
from readoutdiff.render.html import render_html
from readoutdiff.render.listing import render_listing_json, render_listing_text
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.text import render_text

FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"
TOKAYEV = FORMULAS / "putin-tokayev__2025-04-17__kremlin.txt"


def test_an_empty_formula_listing_says_why_and_points_to_the_pair_view() -> None:
    """Putin–Tokayev 2025-04-17: ``formulas FILE`` printed a bare "0 formulas" while the pair
    with the readout before it tracks four (mined from the two readouts together); the listing
    now says what it looked for and where the pair's phrases come from."""
    readout = load(TOKAYEV)
    assert find_formulas(readout) == ()
    pair = compare(load(FORMULAS / "putin-tokayev__2025-03-06__kremlin.txt"), readout)
    assert any(formula.b_text for formula in pair.formulas)
    text = render_listing_text(readout, ())
    lines = text.splitlines()
    assert lines[0].endswith("putin-tokayev__2025-04-17__kremlin.txt: 0 formulas")
    assert lines[1] == (
        "  no formula of the lexicon in it, nor a phrase mined from it alone; "
        "readoutdiff A B also mines phrases from the two readouts it compares"
    )
    narrow = render_listing_text(readout, (), width=60).splitlines()
    assert len(narrow) > 2 and all(len(line) <= 60 for line in narrow[1:])
    at = next(n for n, line in enumerate(narrow) if line.startswith("  no formula"))
    assert narrow[at + 1].startswith("    ")  # the note on under 4 (its head may be 2 lines)
    off = render_listing_text(readout, (), mining=False).splitlines()
    assert off[1] == "  no formula of the lexicon in it (--no-mining: no phrase was mined)"
    assert json.loads(render_listing_json(readout, ()))["formulas"] == []  # JSON as it was


def test_the_formulas_command_gives_the_no_mining_note_when_mining_is_off() -> None:
    """The CLI passes ``--no-mining`` on to the note; a listing with formulas has no note."""
    run = [sys.executable, "-m", "readoutdiff", "formulas", str(TOKAYEV), "--no-mining"]
    out = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[1] == (
        "  no formula of the lexicon in it (--no-mining: no phrase was mined)"
    )
    lula = load(FORMULAS / "xi-lula__2025-05-13__cctv.txt")
    found = find_formulas(lula, options=Options())
    assert "mined from it alone" not in render_listing_text(lula, found)


def test_a_kept_formula_in_the_readouts_own_quotes_is_named_as_the_key_changes_name_it() -> None:
    """Xi–Berdimuhamedov 2023-05-18 → 2025-06-17: the key changes and the terminal view said
    “Wording around kept formula “‘一带一路’倡议” changed”, but ``check``'s message, its job
    summary and the HTML report's formula panel said ““一带一路”倡议”, a quote closed at once.
    Each view now puts the readout's own quotes single inside its own."""
    old, new = (
        FORMULAS / f"xi-berdimuhamedov__{d}__cctv.txt" for d in ("2023-05-18", "2025-06-17")
    )
    pair = compare(load(old), load(new))
    named = "formula “‘一带一路’倡议”"  # no entry of its own: its clause's is counted changed
    result = check(pair, DEFAULT)
    messages = [f.message for outcome in result.outcomes for f in outcome.findings]
    assert any(message.startswith(f"wording around {named}: ") for message in messages)
    views = (render_check_markdown(result), render_html(pair), render_text(pair, color=False))
    for view in (*views, render_markdown(pair), "\n".join(messages)):
        assert named in view
        assert "““一带一路”" not in view
