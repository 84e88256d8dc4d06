"""Two languages' versions of one call in Chromium (ux9): what one version alone holds is
"only in A, Chinese" / "only in B, English" on the badges, the counts and the formula filters,
styled and filtered as the dropped / added / appeared it is in the data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page

from readoutdiff import compare, load
from readoutdiff.render.html import render_html

OpenPage = Callable[..., Page]
FOLDER = Path(__file__).resolve().parents[2] / "eval" / "bilingual"
BACKGROUND = "e => getComputedStyle(e).backgroundColor"


def _report() -> str:
    """The Chinese MFA readout of the Xi–Trump call of 2018-05-08 and the Global Times English
    report of it: 4 passages only in the Chinese, 2 only in the English, 3 formulas only in the
    Chinese."""
    a, b = "xi-trump__2018-05-08__mfa-zh.txt", "xi-trump__2018-05-08__globaltimes.txt"
    return render_html(compare(load(FOLDER / a), load(FOLDER / b)))


def test_lone_passages_say_which_version_holds_them(open_page: OpenPage) -> None:
    """The rows' badges say it, coloured as dropped and added rows are; "Changes only" shows
    those six rows and the one moved translation (the eight others are no change), each badge
    inside its cell."""
    page = open_page(_report())
    badges = page.locator("table.diff tr[id^=r] td.st .badge").all_inner_texts()
    said = sorted({badge.lower() for badge in badges})
    assert said == ["only in a, chinese", "only in b, english", "paired"]
    counts = page.locator(".counts p").first.inner_text()
    assert "4 only in A, Chinese" in counts and "2 only in B, English" in counts
    red = page.locator(".count.s-dropped strong").evaluate(BACKGROUND)
    green = page.locator(".count.s-added strong").evaluate(BACKGROUND)
    assert page.locator("tr.s-dropped .badge").first.evaluate(BACKGROUND) == red
    assert page.locator("tr.s-added .badge").first.evaluate(BACKGROUND) == green != red
    page.get_by_role("button", name="Changes only").click()
    shown = page.locator("table.diff tr[id^=r]").evaluate_all(
        "rows => rows.filter(r => r.offsetParent !== null).map(r => r.className)"
    )
    assert sorted(shown) == ["s-added"] * 2 + ["s-dropped"] * 4 + ["s-paired moved"], shown
    for row in page.locator("tr.s-dropped, tr.s-added").all():
        cell, badge = row.locator("td.st").bounding_box(), row.locator(".badge").bounding_box()
        assert cell and badge and badge["x"] + badge["width"] <= cell["x"] + cell["width"]


def test_the_formula_filter_says_only_in_a_and_hides_those_formulas(open_page: OpenPage) -> None:
    page = open_page(_report())
    box = page.get_by_label("only in A, Chinese (3)")
    assert box.get_attribute("value") == "dropped"
    items = page.locator("li.fi")
    assert items.count() == 4
    assert page.locator("li.fi .badge").first.inner_text().lower() == "only in a, chinese"
    box.uncheck()
    visible = items.evaluate_all("items => items.filter(i => !i.hidden).length")
    assert visible == 1  # the formula both name, persisted
