"""The series timeline in Chromium on the five Carney–Macron readouts (branch u70): a row
reworded back to its name ("reworded at 4 “support for Ukraine's sovereignty” → “unwavering
support for Ukraine”") cuts no word in two and leaves no "reworded" alone on its line.

The whole "at 4 “…” →" was glued with no-break spaces up to 40 characters of words: wider than
the heading cell, it pushed "reworded" onto a line of its own at 1400 pixels and was cut
mid-word ("Ukrain|e's") at 700, where the cell breaks anywhere rather than overflow."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page

from readoutdiff import load
from readoutdiff.render.series_html import render_series_html
from readoutdiff.series import build_series

OpenPage = Callable[..., Page]
ROOT = Path(__file__).resolve().parents[2]
CARNEY_MACRON = sorted((ROOT / "eval" / "formulas").glob("carney-macron__*.txt"))

WORDS = r"""said => {
  const words = [];
  const walker = document.createTreeWalker(said, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of node.data.matchAll(/[^ \u00a0]+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = [...range.getClientRects()].map(r => Math.round(r.top));
      words.push({word: m[0], tops: [...new Set(tops)]});
    }
  }
  return words;
}"""


@pytest.mark.parametrize("width", [1400, 700])
def test_a_long_rewording_breaks_between_words_and_keeps_reworded_with_at(
    open_page: OpenPage, width: int
) -> None:
    assert len(CARNEY_MACRON) == 5
    series = build_series([load(path) for path in CARNEY_MACRON])
    page = open_page(render_series_html(series, {}), viewport={"width": width, "height": 900})
    said = page.locator("tr", has_text="unwavering support for Ukraine").locator(".fch")
    assert said.count() == 1
    text = said.inner_text().replace("\u00a0", " ")
    assert text.startswith("reworded at 4 “support for Ukraine's sovereignty” →"), text
    words = said.evaluate(WORDS)
    cut = [w["word"] for w in words if len(w["tops"]) != 1]
    assert not cut, f"words cut across two lines: {cut}"
    assert words[0]["word"] == "reworded" and words[1]["word"] == "at"
    assert words[0]["tops"] == words[1]["tops"], "“reworded” alone on its line"
    arrow = next(i for i, w in enumerate(words) if w["word"] == "→")
    assert words[arrow - 1]["tops"] == words[arrow]["tops"], "the arrow torn from its words"
    assert words[1]["tops"] == words[2]["tops"] == words[3]["tops"], "“at 4” torn from its words"
