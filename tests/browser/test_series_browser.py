"""The series timeline in Chromium: offline, one labelled cell per formula and meeting, links that land."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

OpenPage = Callable[..., Page]
ROOT = Path(__file__).resolve().parents[2]
READOUTS = ROOT / "tests" / "series_readouts"
ACTUAL = ROOT / "tests" / "actual"
CELL_HREFS = "() => [...document.querySelectorAll('td.cell a')].map(a => a.getAttribute('href'))"


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Write the timeline of ``tests/series_readouts`` inline and with a pairs folder, and the JSON."""
    folder = tmp_path_factory.mktemp("series-html")
    for args in (
        ["--html", folder / "inline.html", "--json", folder / "series.json"],
        ["--html", folder / "folder.html", "--pairs", "folder"],
    ):
        command = [sys.executable, "-m", "readoutdiff", "series", READOUTS, *args]
        done = subprocess.run(command, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    document = json.loads((folder / "series.json").read_text(encoding="utf-8"))
    return {"folder": folder, "json": document}


def test_loads_offline_with_a_labelled_cell_per_formula_and_meeting(
    open_page: OpenPage, written: dict[str, Any]
) -> None:
    page = open_page(written["folder"] / "inline.html")
    document = written["json"]
    cells = page.locator("table.matrix td.cell")
    assert cells.count() == len(document["formulas"]) * len(document["meetings"]) > 0
    labels = cells.evaluate_all("cells => cells.map(c => c.innerText.trim())")
    assert all(labels), "every cell says what it is in words, not colour alone"
    assert {"in", "kept", "new", "back", "dropped", "·"} <= set(labels)
    assert page.locator("thead th.mh").count() == len(document["meetings"])


def test_each_cell_links_to_an_existing_pair_section(
    open_page: OpenPage, written: dict[str, Any]
) -> None:
    page = open_page(written["folder"] / "inline.html")
    hrefs = page.evaluate(CELL_HREFS)
    assert set(hrefs) == {"#pair-2", "#pair-3"}
    for href in set(hrefs):
        assert page.locator(f"section.pair{href}").count() == 1
    returned = page.locator("tr", has_text="true multilateralism").locator("td.cell").nth(2)
    assert returned.inner_text() == "back"
    returned.locator("a").click()
    assert page.evaluate("location.hash") == "#pair-3"
    section = page.locator("#pair-3").bounding_box()
    assert section is not None and abs(section["y"]) < 5, "the section is scrolled to the top"


def test_inline_pair_reports_render_with_their_script(
    open_page: OpenPage, written: dict[str, Any]
) -> None:
    page = open_page(written["folder"] / "inline.html", viewport={"width": 1200, "height": 300})
    assert page.locator("#pair-3 iframe").count() == 0, "frames are made only near the screen"
    page.locator("#pair-3").scroll_into_view_if_needed()
    frame = page.frame_locator("#pair-3 iframe")
    assert frame.locator("h1").inner_text() == "Readout comparison"
    assert frame.locator("#bar").is_visible(), "the report's script ran inside the frame"
    assert frame.locator("table.diff tbody tr").count() > 3
    assert page.locator("iframe").count() == 2


def test_a_linked_pair_report_far_down_a_long_page_is_shown(
    open_page: OpenPage, written: dict[str, Any]
) -> None:
    page = open_page(written["folder"] / "inline.html", viewport={"width": 1200, "height": 300})
    page.locator("td.cell a[href='#pair-3']").first.click()
    frame = page.frame_locator("#pair-3 iframe")
    assert frame.locator("h1").inner_text() == "Readout comparison"


BLANK_PNG = 20_000
"""Bytes under which a 1400 × 1100 screenshot is blank: a white one is 7 KB, a report's 150 KB."""


def test_a_screenshot_of_a_pair_s_address_shows_its_report(
    open_page: OpenPage, written: dict[str, Any]
) -> None:
    # A user's `chromium --headless --screenshot series.html#pair-2` came out blank: Chromium's
    # --screenshot captures the top of the page whatever the address scrolls to (a plain long
    # page with an anchor does the same). README gives the two ways that work, tested here: a
    # browser that loads the address and scrolls, and the pair's own file (--pairs folder).
    viewport = {"width": 1400, "height": 1100}
    page = open_page(written["folder"] / "inline.html", viewport=viewport)
    address = page.context.new_page()
    address.goto((written["folder"] / "inline.html").resolve().as_uri() + "#pair-2")
    frame = address.frame_locator("#pair-2 iframe")
    assert frame.locator("h1").inner_text() == "Readout comparison"
    section = address.locator("#pair-2").bounding_box()
    assert section is not None and abs(section["y"]) < 5, "the pair is at the top of the screen"
    ACTUAL.mkdir(exist_ok=True)
    assert len(address.screenshot(path=str(ACTUAL / "series-pair-2.png"))) > BLANK_PNG
    own = open_page(
        written["folder"] / "folder.html.pairs" / "002-2022-06-15.html", viewport=viewport
    )
    assert len(own.screenshot(path=str(ACTUAL / "series-pair-2-file.png"))) > BLANK_PNG


def test_headings_stay_in_view_when_the_matrix_scrolls(
    open_page: OpenPage, written: dict[str, Any]
) -> None:
    # 360 wide: at 480 the narrower formula column of a phone (u55) lets the five meetings fit
    page = open_page(written["folder"] / "inline.html", viewport={"width": 360, "height": 420})
    box = page.locator(".matrix-wrap")
    box.evaluate("el => el.scrollTo(400, 400)")
    scrolled = box.evaluate("el => [el.scrollLeft, el.scrollTop]")
    assert scrolled[0] > 0 and scrolled[1] > 0, "the matrix is larger than its box"
    wrap = box.bounding_box()
    head = page.locator("thead th.mh").last.bounding_box()
    name = page.locator("th.fh").nth(8).bounding_box()
    assert wrap and head and name
    assert abs(head["y"] - wrap["y"]) < 3, "column headings stick to the top"
    assert abs(name["x"] - wrap["x"]) < 3, "formula names stick to the left"


def test_folder_mode_links_cells_to_pair_files_that_open(
    open_page: OpenPage, written: dict[str, Any]
) -> None:
    page = open_page(written["folder"] / "folder.html")
    hrefs = set(page.evaluate(CELL_HREFS))
    assert hrefs == {
        "folder.html.pairs/002-2022-06-15.html",
        "folder.html.pairs/003-2023-03-21.html",
    }
    assert page.locator("iframe").count() == 0
    page.locator("td.cell a").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/folder.html.pairs/002-2022-06-15.html")
    assert page.locator("h1").inner_text() == "Readout comparison"


def test_a_phone_shows_the_whole_head_and_two_meetings_beside_the_formulas(
    open_page: OpenPage, tmp_path: Path
) -> None:
    # u55 at 390 px, the eight readouts with President Herzog (harris-herzog, dev, and
    # biden-herzog, outside tuning): the head's "8 came back after an absence (back): 8 listed
    # under dropped or changed" and the legend's meanings ran off the page (a scroll bar under
    # it), and the 19rem formula column left part of one meeting's column in view
    paths = [*(ROOT / "eval" / "formulas").glob("harris-herzog__*__wh.txt")]
    paths += [*(ROOT / "eval" / "outside").glob("biden-herzog__*__wh.txt")]
    assert len(paths) == 8
    out = tmp_path / "herzog.html"
    command = [sys.executable, "-m", "readoutdiff", "series", *paths, "--html", out]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    page = open_page(out, viewport={"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    wrap = page.locator(".matrix-wrap").bounding_box()
    assert wrap is not None
    heads = page.evaluate("""() => [...document.querySelectorAll('thead th.mh')]
      .map(th => th.getBoundingClientRect().right)""")
    assert sum(right <= wrap["x"] + wrap["width"] for right in heads) >= 2
    dates = page.evaluate("""() => [...document.querySelectorAll('thead th.mh .md')]
      .map(d => d.getClientRects().length)""")
    assert set(dates) == {1}  # "2022-10-26" on one line


def test_a_phone_shows_each_legend_label_on_its_meaning_s_first_line(
    open_page: OpenPage, written: dict[str, Any]
) -> None:
    # u58 at 390 px: a meaning wrapped on three lines had its label centred beside the second,
    # so "reworded, replaced by or replacing" stood alone under "kept"'s meaning and read as
    # its end
    page = open_page(written["folder"] / "inline.html", viewport={"width": 390, "height": 844})
    keys = page.evaluate("""() => [...document.querySelectorAll('.legend .key')].map(key => {
      const label = key.querySelector('.cell').getBoundingClientRect();
      const lines = [...key.childNodes].filter(n => n.nodeType === 3 && n.textContent.trim())
        .flatMap(n => { const r = document.createRange(); r.selectNodeContents(n);
                        return [...r.getClientRects()]; });
      return {label: [label.top, label.bottom], first: lines[0].top, count: lines.length};
    })""")
    assert any(key["count"] >= 2 for key in keys), "some meaning wraps at 390 px"
    for key in keys:
        top, bottom = key["label"]
        assert top <= key["first"] + 4 and key["first"] < bottom


LEGEND_BOXES = """() => [...document.querySelectorAll('.legend .key')].map(key => {
  const cell = key.querySelector('.cell');
  const text = document.createRange();
  text.selectNodeContents(cell);
  const meaning = [...key.childNodes].filter(n => n.nodeType === 3 && n.textContent.trim())
    .flatMap(n => { const r = document.createRange(); r.selectNodeContents(n);
                    return [...r.getClientRects()]; });
  const box = cell.getBoundingClientRect(), words = text.getBoundingClientRect();
  return {label: cell.innerText, box: [box.left, box.right], text: [words.left, words.right],
          meaning: meaning[0].left};
})"""


@pytest.mark.parametrize("width", [390, 1400])
def test_each_legend_label_s_word_stays_inside_its_box_and_clear_of_its_meaning(
    open_page: OpenPage, written: dict[str, Any], width: int
) -> None:
    # u58 left, u60 fixed: at 390 px the legend's "changed" ran past its box's right edge and
    # touched "reworded": the label was a flex item that shrank to its 3.6rem minimum on a line
    # that wraps, while its word kept its own width
    page = open_page(written["folder"] / "inline.html", viewport={"width": width, "height": 844})
    keys = page.evaluate(LEGEND_BOXES)
    assert "changed" in {key["label"] for key in keys}
    for key in keys:
        (left, right), (first, last) = key["box"], key["text"]
        assert left <= first and last <= right, key
        assert key["meaning"] - right >= 3, key


@pytest.mark.parametrize("width", [390, 1400])
def test_a_pair_s_head_gives_each_readout_its_own_line(
    open_page: OpenPage, tmp_path: Path, width: int
) -> None:
    # u60 on harris-herzog (dev): a pair's head ran A and B on as one paragraph, so B's tag
    # stood in the middle of a line and B's title wrapped under A's at 1400 px
    paths = sorted((ROOT / "eval" / "formulas").glob("harris-herzog__*__wh.txt"))
    out = tmp_path / "harris-herzog.html"
    command = [sys.executable, "-m", "readoutdiff", "series", *paths, "--html", out]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    page = open_page(out, viewport={"width": width, "height": 900})
    heads = page.evaluate("""() => [...document.querySelectorAll('.pair .pm')].map(pm => {
      const [a, b] = pm.querySelectorAll('.tag'), head = pm.getBoundingClientRect();
      const sideA = a.parentElement.getBoundingClientRect();
      return {a: a.getBoundingClientRect(), b: b.getBoundingClientRect(), left: head.left,
              aBottom: sideA.bottom};
    })""")
    assert len(heads) == len(paths) - 1
    for head in heads:
        assert (
            abs(head["a"]["left"] - head["left"]) < 1 and abs(head["b"]["left"] - head["left"]) < 1
        )
        assert head["b"]["top"] >= head["aBottom"] - 1, "B starts below all of A"
    assert page.evaluate("document.documentElement.scrollWidth") <= width
