"""The key changes in Chromium quote the clause that holds the formula a line names (u42).

A real White House dev pair: the line of the dropped "free and open Indo-Pacific" quoted the
passage's head, cut before the formula; in the page the quote now shows it, where it stands,
on the line the place links from.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page

from readoutdiff import compare, load
from readoutdiff.render.html import render_html

OpenPage = Callable[..., Page]
FORMULAS = Path(__file__).resolve().parents[2] / "eval" / "formulas"


def test_a_dropped_formula_s_line_shows_the_formula_in_its_passage_quote(
    open_page: OpenPage,
) -> None:
    comparison = compare(
        load(FORMULAS / "sullivan-ano__2023-01-17__wh.txt"),
        load(FORMULAS / "sullivan-ano__2023-10-23__wh.txt"),
    )
    page = open_page(render_html(comparison), viewport={"width": 1200, "height": 800})
    line = page.locator(".keys li", has_text="Dropped formula “free and open Indo-Pacific”")
    said = line.inner_text()
    quoted = said.split("with its whole passage: “", 1)[1]
    assert quoted.startswith("…and committed to continuing to work together")
    assert "ensuring a free and open Indo-Pacific.”" in quoted
    link = line.locator("a.at", has_text="A line 3, sentence 2")
    row = link.get_attribute("href")
    assert row
    assert "free and open Indo-Pacific" in page.eval_on_selector(
        f"tr{row} td.a", "td => td.textContent"
    )
    box = line.bounding_box()
    assert box and box["width"] <= 1200  # no quote runs past the page
