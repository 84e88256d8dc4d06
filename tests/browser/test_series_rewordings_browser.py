"""The series timeline in Chromium (branch u50): a changed row shows, under its name and facts,
what it was reworded into and where, inside its heading cell, on real readouts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page

from readoutdiff import load
from readoutdiff.render.series_html import render_series_html
from readoutdiff.series import Fate, build_series

OpenPage = Callable[..., Page]
ROOT = Path(__file__).resolve().parents[2]
SANNINO = sorted((ROOT / "eval" / "formulas").glob("sherman-sannino__*.txt"))  # all dev pairs
KULEBA = sorted((ROOT / "eval" / "series" / "blinken-kuleba").glob("*.txt"))

BOXES = """rows => rows.map(row => {
  const head = row.querySelector('th.fh').getBoundingClientRect();
  const said = row.querySelector('.fch');
  const box = said.getBoundingClientRect();
  const cell = row.querySelector('td.cell').getBoundingClientRect();
  return {text: said.innerText.replace(/\u00a0/g, " "), head: [head.left, head.right, head.top, head.bottom],
          said: [box.left, box.right, box.top, box.bottom], cell: cell.left,
          style: getComputedStyle(said).display};
})"""


def _check(open_page: OpenPage, readouts: list[Path], width: int) -> list[dict]:
    series = build_series([load(path) for path in readouts])
    changed = {
        row.id
        for row in series.formulas
        if any(c.fate is Fate.CHANGED and c.linked.endswith("/reworded") for c in row.cells)
    }
    page = open_page(render_series_html(series, {}), viewport={"width": width, "height": 900})
    rows = page.locator("table.matrix tbody tr:has(.fch)")
    assert rows.count() >= len(changed) > 0
    boxes = rows.evaluate_all(BOXES)
    for box in boxes:
        left, right, top, bottom = box["said"]
        assert box["style"] == "block"
        assert box["text"].startswith("reworded at ") and " → “" in box["text"]
        head = box["head"]
        assert head[0] <= left and right <= head[1] + 0.5, box  # within the heading cell
        assert head[2] <= top and bottom <= head[3] + 0.5, box
        assert right <= box["cell"] + 0.5, "nothing runs over the first meeting's cell"
    return boxes


def test_a_changed_row_says_its_new_words_inside_its_heading(open_page: OpenPage) -> None:
    boxes = _check(open_page, SANNINO, 1400)
    said = " ".join(box["text"] for box in boxes)
    assert "→ “" in said


def test_long_series_rewordings_stay_in_their_cells_on_a_narrow_window(
    open_page: OpenPage,
) -> None:
    # blinken-kuleba's 21 meetings scroll sideways; a row's heading is narrow there.
    boxes = _check(open_page, KULEBA, 900)
    assert any("rewordings)" in box["text"] for box in boxes)
