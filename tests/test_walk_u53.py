"""Branch u53's walk as a new analyst on Chinese readouts (e50's CCTV pairs of eval/outside,
tuning split) and a Russian dev pair: the HTML report's line column holds a regrouped run's
range of sentence places on one line; a formula the cut quote of its passage barely starts
is named at a quote's width, not short."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from readoutdiff import compare, load
from readoutdiff.formulas.keys.key_changes import key_changes
from readoutdiff.render.html import render_html

ROOT = Path(__file__).resolve().parent.parent
OUTSIDE = ROOT / "eval" / "outside"

MONO_ADVANCE = 0.61
"""The widest advance of a character of the report's monospace stack (SF Mono, Menlo,
DejaVu Sans Mono: 0.6em; Consolas 0.55em), in em."""


def _tuning(name: str) -> tuple[Path, Path]:
    data = tomllib.loads((OUTSIDE / "pairs" / f"{name}.toml").read_text(encoding="utf-8"))
    assert data["heldout"] is False  # a tuning pair: its output may be read
    return OUTSIDE / data["a"], OUTSIDE / data["b"]


def _rem(css: str, rule: str, prop: str) -> float:
    found = re.search(re.escape(rule) + r"\s*\{[^}]*?" + prop + r":\s*([0-9.]+)rem", css)
    assert found, (rule, prop)
    return float(found.group(1))


def test_a_regrouped_runs_sentence_places_stay_on_one_line_of_the_line_column() -> None:
    # xi-thongloun 2024-10-22 → 2025-09-04: A 6.3–6.4 → B 6.1–6.2 (two sentences of one
    # paragraph each side). The column was 4.2rem: "6.3–" stood above "6.4" in Chromium.
    a, b = _tuning("xi-thongloun__2024-10-22")
    page = render_html(compare(load(a), load(b)))
    labels = re.findall(r'<td class="l[ab]">([^<]*)</td>', page)
    assert "6.3–6.4" in labels and "6.1–6.2" in labels
    width = _rem(page, ".c-ln", "width")
    # the cells' font: 0.8rem; their padding: 0.5rem each side
    assert re.search(r"\.diff td\.la, \.diff td\.lb \{[^}]*font: 0\.8rem", page)
    assert re.search(r"\.diff td \{[^}]*padding: 0\.4rem 0\.5rem;", page)
    room = width - 2 * 0.5
    # every label of the report, and a range on lines past 9 ("10.6–10.7"), fit in one line
    for label in [*labels, "10.6–10.7"]:
        assert len(label) * 0.8 * MONO_ADVANCE <= room, label


def test_a_formula_the_cut_quote_of_its_passage_barely_starts_is_named_so_it_is_read() -> None:
    # putin-mirziyoyev 2025-02-21 (a Russian dev pair): A line 6 is two formulas, the quote of
    # the passage cut one word into the second ("активизации…"). Both were named short, so no
    # line of the block showed what the second one said.
    folder = ROOT / "eval" / "formulas"
    data = tomllib.loads(
        (folder / "pairs" / "putin-mirziyoyev__2025-02-21.toml").read_text(encoding="utf-8")
    )
    assert data["heldout"] is False
    comparison = compare(load(folder / data["a"]), load(folder / data["b"]))
    line = next(k.summary for k in key_changes(comparison) if "(A line 6)" in k.summary)
    names, _, passage = line.partition(" (A line 6), with their whole passage: ")
    assert names == (
        "Dropped formulas “Подтверждена обоюдная заинтересованность в дальнейшем всестороннем…”"
        " and “активизации взаимодействия по линии правительств, профильных министерств и"
        " ведомств двух стран”"
    )  # the first, which the quote shows whole, stays short (six words at least since ux14)
    assert passage.endswith("стратегического партнёрства и союзничества, активизации…”")
