"""The HTML report of a real pair printed (ux13): the legend's key hint ("keys n next change,
p previous") is for a screen, so paper leaves it out, with its separator; the screen keeps it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page

from readoutdiff import compare, load
from readoutdiff.render.html import render_html

OpenPage = Callable[..., Page]
EVAL = Path(__file__).resolve().parents[2] / "eval" / "formulas"
PRINTABLE = {"width": 1047, "height": 711}  # A4 landscape less the page margins, in CSS pixels


def _report() -> str:
    """Blinken–Kuleba, State Department, 2022-05-24 → 2022-05-27 (a dev pair)."""
    a, b = "blinken-kuleba__2022-05-24__state.txt", "blinken-kuleba__2022-05-27__state.txt"
    return render_html(compare(load(EVAL / a), load(EVAL / b)))


def test_the_key_hint_is_on_screen_and_not_on_paper(open_page: OpenPage) -> None:
    page = open_page(_report())
    legend = page.locator("p.legend")
    screen = legend.inner_text()
    assert "keys n next change, p previous" in screen
    assert screen.rstrip().endswith("previous")
    page.set_viewport_size(PRINTABLE)
    page.emulate_media(media="print")
    printed = legend.inner_text().rstrip()
    assert "keys" not in printed and "next change" not in printed
    assert printed.endswith("several sentences)"), printed  # no " ·" left hanging
    assert page.locator("p.legend .keyhint").is_hidden()
