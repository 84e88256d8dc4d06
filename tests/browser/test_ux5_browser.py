"""Reports as a briefing reader sees them (ux5), in Chromium on real readouts: a series' matrix
printed whole on an A4 landscape page, and a readout beside its translation said "paired", not
"changed"."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page

from readoutdiff import compare, load
from readoutdiff.render.html import render_html

OpenPage = Callable[..., Page]
ROOT = Path(__file__).resolve().parents[2]
SERIES = ROOT / "eval" / "series" / "blinken-kuleba"  # 21 meetings, 2022-02-04 to 2022-07-29
A4_LANDSCAPE = {"width": 1047, "height": 740}  # 297 mm less 2 × 10 mm margins, at 96 px an inch
MATRIX_RIGHT = "() => document.querySelector('table.matrix').getBoundingClientRect().right"
DATE_LINES = """() => [...document.querySelectorAll('th.mh .md')].map(d => {
    const part = d.querySelector('span'), range = document.createRange();
    range.selectNodeContents(d);
    const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
    return [d.textContent, tops.size, part.getClientRects().length];
})"""
"""Each column head's date: its text, the lines it takes, the boxes of its month and day."""


@pytest.fixture(scope="module")
def series_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The timeline of a real series of 21 State Department readouts."""
    out = tmp_path_factory.mktemp("ux5-series") / "series.html"
    command = [sys.executable, "-m", "readoutdiff", "series", SERIES, "--html", out]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return out


def _bilingual(a: str, b: str) -> str:
    """The HTML report of two language versions of one call in eval/bilingual."""
    folder = ROOT / "eval" / "bilingual"
    return render_html(compare(load(folder / a), load(folder / b)))


def test_a_printed_series_keeps_every_meeting_on_the_page(
    open_page: OpenPage, series_page: Path
) -> None:
    """Printed, the 21 meetings' matrix took 1,677 px of the page's 1,047: meetings 14-21 were
    cut off the paper. Every column now fits, each date on at most two lines, broken only
    after its year ("2022-" / "02-04"), never inside month and day."""
    page = open_page(series_page, viewport=A4_LANDSCAPE)
    page.emulate_media(media="print")
    assert page.locator("th.mh").count() == 21
    assert page.evaluate(MATRIX_RIGHT) <= A4_LANDSCAPE["width"]
    dates = page.evaluate(DATE_LINES)
    assert all(whole <= 2 and part == 1 for _, whole, part in dates), dates
    assert [text for text, _, _ in dates][:2] == ["2022-02-04", "2022-02-14"]


def test_on_screen_a_series_date_stays_on_one_line(open_page: OpenPage, series_page: Path) -> None:
    """The print's break after the year is only a chance to break: on a screen every column
    head shows its date whole on one line, in a matrix that scrolls sideways inside its box."""
    page = open_page(series_page)
    assert all(whole == 1 for _, whole, _ in page.evaluate(DATE_LINES))
    wrap = page.locator(".matrix-wrap").bounding_box()
    assert wrap is not None and wrap["x"] + wrap["width"] <= 1440


def test_a_readout_and_its_translation_are_paired_not_changed(open_page: OpenPage) -> None:
    """The Chinese and English readouts of one call (eval/bilingual): every pair of passages is
    a translation, its words not compared. The rows and the head's count said "changed" in
    yellow, a change a briefing would report; they say "paired", with a grey rule."""
    page = open_page(
        _bilingual("xi-trump__2017-10-25__mfa-zh.txt", "xi-trump__2017-10-25__mfa.txt")
    )
    badges = page.locator("table.diff tr[id^=r] td.st .badge").all_inner_texts()
    assert badges and {badge.lower() for badge in badges} == {"paired"}
    counts = page.locator(".counts p").first.inner_text()
    assert "10 paired" in counts and " changed" not in counts
    badge = page.locator("table.diff tr.s-paired .badge").first
    yellow = page.locator(".count.f-changed strong").first.evaluate(
        "s => getComputedStyle(s).backgroundColor"
    )
    assert badge.evaluate("b => getComputedStyle(b).backgroundColor") != yellow
    # nothing only in one version: no change to step through, no row folded as "unchanged"
    assert page.locator("tr[data-change]").count() == 0
    assert page.locator(".bar").inner_text().count("0 changes") == 1
    assert "unchanged passages" not in page.locator("table.diff").inner_text()


def test_a_passage_only_in_one_version_is_the_one_change_to_step_to(open_page: OpenPage) -> None:
    """The Russian and English versions of one call: one passage only in the Russian. "Changes
    only" shows it alone, and n lands on it, not on the seven translations."""
    page = open_page(
        _bilingual(
            "lukashenko-putin__2022-07-11__belta-ru.txt",
            "lukashenko-putin__2022-07-11__presidentby.txt",
        )
    )
    assert page.locator("tr.s-paired").count() == 7
    changes = page.locator("tr[data-change]")
    assert changes.count() == 1
    assert changes.first.locator(".badge").inner_text().lower() == "only in a, russian"  # ux9, ux10
    page.get_by_role("button", name="Changes only").click()
    shown = page.locator("table.diff tr[id^=r]").evaluate_all(
        "rows => rows.filter(r => r.offsetParent !== null).map(r => r.className)"
    )
    assert shown == ["s-dropped"], shown


def test_a_passage_cut_anew_says_so_under_its_status(open_page: OpenPage) -> None:
    """xi-starmer 2024-08-23 → 2024-11-18 (a dev pair): A's sentence 4.2 is said in B's three
    sentences 4.1–4.3. The row said only CHANGED, as if one sentence had been reworded; it says
    "split 1→3" under its badge, as the terminal's head does, inside the status column (at
    1440 px and at 800)."""
    folder = ROOT / "eval" / "formulas"
    comparison = compare(
        load(folder / "xi-starmer__2024-08-23__cctv.txt"),
        load(folder / "xi-starmer__2024-11-18__cctv.txt"),
    )
    report = render_html(comparison)
    for viewport in ({"width": 1440, "height": 900}, {"width": 800, "height": 900}):
        page = open_page(report, viewport=viewport)
        row = page.locator("table.diff tr", has=page.locator("td.lb", has_text="4.1–4.3"))
        assert row.locator(".rg").inner_text() == "split 1→3"
        cell, label = row.locator("td.st").bounding_box(), row.locator(".rg").bounding_box()
        badge = row.locator(".badge").bounding_box()
        assert cell and label and badge
        assert label["x"] + label["width"] <= cell["x"] + cell["width"] and label["y"] > badge["y"]
    assert page.locator(".rg").count() == sum(
        1 for a in comparison.alignments if a.a and a.b and max(len(a.a), len(a.b)) > 1
    )
