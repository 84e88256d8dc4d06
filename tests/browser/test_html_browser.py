"""The HTML report in Chromium: offline, laid out, navigable, safe, printable and fast."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from html_cases import XSS_PAYLOADS, big_texts, mixed, pair, xss
from playwright.sync_api import Page

from readoutdiff import Comparison, compare, load
from readoutdiff.formulas.entries.lines import lines as clauses
from readoutdiff.formulas.keys.key_record import inner
from readoutdiff.render import labels
from readoutdiff.render.html import render_html

OpenPage = Callable[..., Page]
"""The ``open_page`` fixture of conftest.py: ``open_page(html_or_path, **context_options)``."""
NARROW = {"width": 390, "height": 844}
ROOT = Path(__file__).resolve().parents[2]
SAMPLE_REPORT = ROOT / "reports" / "2021-06-28_vs_2021-12-15.html"
ACTUAL = ROOT / "tests" / "actual"
MM = 96 / 25.4
PRINTABLE = {"width": round((297 - 20) * MM), "height": round((210 - 22) * MM)}
"""A4 landscape less the @page margins of report.css, in CSS pixels."""

ROW_BOXES = """() => [...document.querySelectorAll('tr[id]')].filter(r => r.getClientRects().length)
  .map(r => ({row: r.getBoundingClientRect().toJSON(),
              cells: [...r.children].map(c => c.getBoundingClientRect().toJSON())}))"""
OPEN_FOLDS = "() => document.querySelectorAll('details').forEach(d => d.open = true)"
CONTRAST = """(selectors) => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const background = el => { for (; el; el = el.parentElement) {
    const c = rgb(getComputedStyle(el).backgroundColor); if (c.length === 3 || c[3] > 0) return c; }
    return [255, 255, 255]; };
  return selectors.flatMap(sel => [...document.querySelectorAll(sel)].slice(0, 3).map(el => {
    const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
    return [sel, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]; })); }"""
CHECKED_FOR_CONTRAST = [
    "body", "h1", ".meta", ".count", ".legend", "caption", "th", "td.la", "td.a", "tr.s-unchanged td.b", "del", "ins",
    "mark", ".badge", ".mv", ".org", ".fold summary", ".where", ".ln", ".absent", "footer", "button",
]  # fmt: skip


def sample_comparison(monkeypatch: pytest.MonkeyPatch) -> Comparison:
    monkeypatch.chdir(ROOT)
    return compare(load("samples/2021-06-28-xi-putin.txt"), load("samples/2021-12-15-xi-putin.txt"))


def expected_counts(comparison: Comparison) -> dict[str, int]:
    """Count what the DOM must show, from the JSON output when it exists."""
    from readoutdiff.render.jsonout import render_json

    document = json.loads(render_json(comparison))
    changed = [al for al in document["alignments"] if al["status"] == "changed"]
    shown = [_spacing_shown_equal(al["diff"]) for al in changed]
    return {
        "del": sum(op == "delete" for ops in shown for op, _ in ops),
        "ins": sum(op == "insert" for ops in shown for op, _ in ops),
        "moved": document["summary"]["alignments"]["moved"],
        "formulas": len(document["formulas"]),
        "rows": len(document["alignments"]),
    }


def _spacing_shown_equal(diff: list[list[str]]) -> list[tuple[str, str]]:
    """The JSON diff's ops as the page shows them: a deleted run of white space followed by an
    inserted one (the two sides spaced one place differently) is shown as unchanged text."""
    shown: list[tuple[str, str]] = []
    for op, text in diff:
        last = shown[-1] if shown else None
        if last and last[0] == "delete" and op == "insert" and last[1].isspace() and text.isspace():
            shown[-1] = ("equal", text)
        else:
            shown.append((op, text))
    return shown


def dom_counts(page: Page) -> dict[str, int]:
    counts: dict[str, int] = page.evaluate(
        """() => ({del: document.querySelectorAll('main del').length,
                   ins: document.querySelectorAll('main ins').length,
                   moved: document.querySelectorAll('main a.mv').length,
                   formulas: document.querySelectorAll('li.fi').length,
                   rows: document.querySelectorAll('main tr[id]').length})"""
    )
    return counts


def in_viewport(page: Page, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    size = page.viewport_size
    assert box is not None and size is not None
    return box["y"] >= 0 and box["y"] + box["height"] <= size["height"]


def test_sample_loads_offline_and_is_captured(open_page: OpenPage) -> None:
    page = open_page(SAMPLE_REPORT)
    assert page.locator("#bar").is_visible()
    ACTUAL.mkdir(exist_ok=True)
    page.screenshot(path=str(ACTUAL / "report.png"))
    narrow = open_page(SAMPLE_REPORT, viewport=NARROW)
    narrow.screenshot(path=str(ACTUAL / "report-narrow.png"))


@pytest.mark.parametrize("width", [1400, 1100, 390])
def test_the_legend_s_key_hint_never_leaves_a_word_on_a_line_of_its_own(
    width: int, open_page: OpenPage
) -> None:
    # A user saw "previous" alone on the legend's second line at 1400 px.
    page = open_page(SAMPLE_REPORT, viewport={"width": width, "height": 900})
    hint = page.locator("p.legend .hotkeys")
    assert hint.inner_text() == "keys n next change, p previous"
    lines, right = hint.evaluate(
        "e => [e.getClientRects().length, e.getBoundingClientRect().right]"
    )
    assert lines == 1 and right <= width


@pytest.mark.parametrize("case", ["sample", "mixed"])
def test_dom_counts_equal_the_comparison(
    case: str, open_page: OpenPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    comparison = sample_comparison(monkeypatch) if case == "sample" else mixed()
    page = open_page(render_html(comparison))
    assert dom_counts(page) == expected_counts(comparison)


@pytest.mark.parametrize("case", ["sample", "mixed"])
def test_cells_of_a_row_share_their_top_edge(
    case: str, open_page: OpenPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    comparison = sample_comparison(monkeypatch) if case == "sample" else mixed()
    page = open_page(render_html(comparison))
    page.evaluate(OPEN_FOLDS)
    boxes: list[dict[str, Any]] = page.evaluate(ROW_BOXES)
    assert len(boxes) == len(comparison.alignments)
    for box in boxes:
        tops = [cell["top"] for cell in box["cells"]]
        assert max(tops) - min(tops) < 1, box


def test_narrow_screens_stack_a_above_b_within_each_row(open_page: OpenPage) -> None:
    page = open_page(render_html(mixed()), viewport=NARROW)
    page.evaluate(OPEN_FOLDS)
    for box in page.evaluate(ROW_BOXES):
        row, a, b = box["row"], box["cells"][2], box["cells"][4]
        assert row["top"] - 1 <= a["top"] and a["bottom"] <= b["top"] + 1
        assert b["bottom"] <= row["bottom"] + 1 and b["right"] <= NARROW["width"]


def test_clicking_a_formula_highlights_and_scrolls_to_it(open_page: OpenPage) -> None:
    page = open_page(render_html(mixed()), viewport={"width": 1000, "height": 300})
    page.click("a[data-f='f4']")
    assert page.eval_on_selector_all("mark.hl", "ms => ms.map(m => m.dataset.f)") == ["f4"] * 3
    assert in_viewport(page, "mark.hl")
    page.click("a[data-f='f1']")
    assert page.eval_on_selector_all("mark.hl", "ms => ms.map(m => m.textContent)") == [
        "ballast stone"
    ]
    page.uncheck("#filters input[value='persisted']")
    assert not page.locator("li.fi[data-status='persisted']").is_visible()
    assert page.locator("li.fi[data-status='dropped']").is_visible()


def test_a_key_change_s_place_scrolls_to_and_marks_its_passage(open_page: OpenPage) -> None:
    # A real White House pair (dev), its body on one line: "A line 3, sentence 6" in the key
    # changes links to the row of that sentence, which the page scrolls to and marks.
    folder = ROOT / "eval" / "formulas"
    comparison = compare(load(folder / "biden-albanese__2022-11-13__wh.txt"),
                         load(folder / "biden-albanese__2023-03-13__wh.txt"))  # fmt: skip
    page = open_page(render_html(comparison), viewport={"width": 1200, "height": 500})
    link = page.locator(".keys a.at", has_text="A line 3, sentence 6").first
    row = link.get_attribute("href")
    assert row and re.fullmatch(r"#r\d+", row)
    link.click()
    assert page.evaluate("location.hash") == row
    assert in_viewport(page, f"tr{row}")
    assert page.eval_on_selector(f"tr{row} td.la", "td => td.textContent") == "3.6"
    assert "tackling the climate crisis" in page.eval_on_selector(
        f"tr{row} td.a", "td => td.textContent"
    )
    shadow = page.eval_on_selector(f"tr{row} td", "td => getComputedStyle(td).boxShadow")
    assert shadow != "none"  # :target marks the row


def test_changes_only_hides_unchanged_rows(open_page: OpenPage) -> None:
    page = open_page(render_html(mixed()))
    page.evaluate(OPEN_FOLDS)
    page.click("button[data-view='changes']")
    assert (
        page.locator("main tr[id]:not([data-change])").evaluate_all(
            "rows => rows.filter(r => r.getClientRects().length).length"
        )
        == 0
    )
    assert all(row.is_visible() for row in page.locator("tr[data-change]").all())
    page.click("button[data-view='all']")
    assert page.locator("main tr[id]:not([data-change])").first.is_visible()


def test_n_and_p_step_through_the_changes(open_page: OpenPage) -> None:
    page = open_page(render_html(mixed()), viewport={"width": 1200, "height": 300})
    changes = page.eval_on_selector_all("tr[data-change]", "rows => rows.map(r => r.id)")
    current = "() => [document.activeElement.id, document.querySelector('tr.current').id]"
    page.keyboard.press("n")
    assert page.evaluate(current) == [changes[0]] * 2
    page.keyboard.press("n")
    assert page.evaluate(current) == [changes[1]] * 2
    assert in_viewport(page, "tr.current")
    page.keyboard.press("p")
    assert page.evaluate(current) == [changes[0]] * 2
    assert page.inner_text("#pos") == f"change 1 of {len(changes)}"


def test_without_javascript_everything_stays_readable(open_page: OpenPage) -> None:
    page = open_page(render_html(mixed()), java_script_enabled=False)
    assert not page.locator("#bar").is_visible()
    page.click("details summary")
    assert page.locator("details tr[id]").first.is_visible()
    assert page.locator("a.mv").get_attribute("href") == "#" + str(
        page.locator("a.org").get_attribute("id")
    )


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_attack_strings_show_as_text_and_run_nothing(payload: str, open_page: OpenPage) -> None:
    page = open_page(render_html(xss(payload)))
    literal = payload.replace("\u202e", "U+202E").replace("\u202c", "U+202C")
    assert literal in page.inner_text("main")
    assert page.evaluate("document.querySelectorAll('main img, main svg, main script').length") == 0
    page.click("tr[data-change]")  # a click on the text must not run anything either


def test_print_is_a4_landscape_stable_and_never_cuts_a_row(
    open_page: OpenPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(render_html(sample_comparison(monkeypatch)), color_scheme="dark")
    first, second = page.pdf(prefer_css_page_size=True), page.pdf(prefer_css_page_size=True)
    pages = len(re.findall(rb"/Type\s*/Page\b", first))
    assert pages >= 2 and pages == len(re.findall(rb"/Type\s*/Page\b", second))
    assert re.search(rb"/MediaBox\s*\[\s*0 0 84[12][.\d]* 59[45][.\d]*\s*\]", first)
    page.set_viewport_size(PRINTABLE)
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") in (
        "rgba(0, 0, 0, 0)",
        "rgb(255, 255, 255)",
    )
    assert page.evaluate("getComputedStyle(document.documentElement).backgroundColor") == (
        "rgb(255, 255, 255)"
    )
    for box in page.evaluate(ROW_BOXES):
        assert box["row"]["height"] <= PRINTABLE["height"], box
    avoid = "rows => rows.every(r => getComputedStyle(r).breakInside === 'avoid')"
    assert page.locator("tr[id]").evaluate_all(avoid)
    page.screenshot(path=str(ACTUAL / "report-print.png"))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_contrast_is_at_least_4_5(scheme: str, open_page: OpenPage) -> None:
    page = open_page(render_html(mixed()), color_scheme=scheme)
    page.evaluate(OPEN_FOLDS)
    ratios = page.evaluate(CONTRAST, CHECKED_FOR_CONTRAST)
    low = [(selector, round(ratio, 2)) for selector, ratio in ratios if ratio < 4.5]
    assert ratios and low == []


def test_report_of_a_large_pair_loads_within_two_seconds(
    open_page: OpenPage, tmp_path: Path
) -> None:
    comparison = pair(*big_texts(250_000))
    path = tmp_path / "large.html"
    path.write_text(render_html(comparison), encoding="utf-8")
    page = open_page(render_html(mixed()))  # a warm page: the measure is of the report alone
    timings = []
    for _ in range(2):  # the better of two loads, so that a busy CI machine does not decide
        started = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load")
        timings.append(time.perf_counter() - started)
    assert page.locator("main tr[id]").count() == len(comparison.alignments)
    assert min(timings) < 2.0, f"loading took {min(timings):.2f} s"


def test_a_quote_inside_a_formula_s_quote_takes_the_other_style(open_page: OpenPage) -> None:
    """(u38) xi-bin-salman 2022-12-08, a dev pair: the formula panel's ``<q>`` put its own
    quotation marks around the wording “一带一路”倡议 and showed ““一带一路”倡议”; the
    readout's marks inside the quote are now ‘…’, as in the key changes."""
    folder = ROOT / "eval" / "formulas"
    comparison = compare(
        load(folder / "xi-bin-salman__2022-12-08__cctv.txt"),
        load(folder / "xi-bin-salman__2023-03-28__cctv.txt"),
    )
    page = open_page(render_html(comparison))
    shown = page.locator("ol.flist q").all_inner_texts()
    assert "‘一带一路’倡议" in shown  # inside the marks <q> draws itself:
    before = "q => getComputedStyle(q, '::before').content"
    assert page.locator("ol.flist q").first.evaluate(before) == "open-quote"
    assert not [quote for quote in shown if "“" in quote or "”" in quote]
    page.locator("ol.flist q", has_text="一带一路").first.screenshot(
        path=str(ACTUAL / "formula-nested-quotes.png")
    )


def test_two_language_versions_close_the_key_changes_with_the_languages(
    open_page: OpenPage,
) -> None:
    """The Russian and English versions of one call (eval/bilingual), one passage only in the
    Russian: the key-change box shows that passage, then the line naming both languages and
    counting what pairs, visible above the side-by-side table, with no place link."""
    bilingual = ROOT / "eval" / "bilingual"
    comparison = compare(
        load(bilingual / "lukashenko-putin__2022-07-11__belta-ru.txt"),
        load(bilingual / "lukashenko-putin__2022-07-11__presidentby.txt"),
    )
    page = open_page(render_html(comparison))
    items = page.locator(".keys li")
    assert items.count() == 2
    last = items.nth(1)
    assert last.is_visible()
    assert last.inner_text().startswith("A is in Russian, B in English; 7 passages paired")
    assert last.locator("a").count() == 0
    table = page.locator("table").first.bounding_box()
    box = last.bounding_box()
    assert box is not None and table is not None and box["y"] < table["y"]


def test_a_regrouped_run_s_line_range_stays_on_one_line(open_page: OpenPage) -> None:
    # Chinese CCTV paragraphs (e50's xi-thongloun, outside tuning): A 6.3–6.4 → B 6.1–6.2.
    # In a 4.2rem column Chromium broke the range after its dash, "6.3–" above "6.4".
    folder = ROOT / "eval" / "outside"
    comparison = compare(load(folder / "xi-thongloun__2024-10-22__cctv.txt"),
                         load(folder / "xi-thongloun__2025-09-04__cctv.txt"))  # fmt: skip
    page = open_page(render_html(comparison), viewport={"width": 1400, "height": 1100})
    lines = page.evaluate("""() => [...document.querySelectorAll('td.la, td.lb')]
      .filter(td => td.textContent.includes('–'))
      .map(td => { const r = document.createRange(); r.selectNodeContents(td);
                   const tops = new Set([...r.getClientRects()].map(b => Math.round(b.top)));
                   return [td.textContent, tops.size]; })""")
    assert ["6.3–6.4", 1] in lines and ["6.1–6.2", 1] in lines
    assert all(count == 1 for _, count in lines), lines


def test_a_phone_shows_each_place_beside_its_side_letter_or_whole_below_it(
    open_page: OpenPage,
) -> None:
    # u53 at 390 px (xi-thongloun, outside tuning): "B" above "5.6", and a range in three lines
    # ("A", "6.3–", "6.4") in the 3.4rem column. Now a place stands beside its letter, a range
    # too long for that whole on the line below it, and nothing is wider than the screen.
    folder = ROOT / "eval" / "outside"
    comparison = compare(load(folder / "xi-thongloun__2024-10-22__cctv.txt"),
                         load(folder / "xi-thongloun__2025-09-04__cctv.txt"))  # fmt: skip
    page = open_page(render_html(comparison), viewport=NARROW)
    page.evaluate(OPEN_FOLDS)
    labels = page.evaluate("""() => [...document.querySelectorAll('td.la, td.lb')]
      .filter(td => td.getClientRects().length && td.textContent)
      .map(td => { const r = document.createRange(); r.selectNodeContents(td);
                   const boxes = [...r.getClientRects()];
                   const letter = parseFloat(getComputedStyle(td).paddingTop) + td.getBoundingClientRect().top;
                   return [td.textContent, new Set(boxes.map(b => Math.round(b.top))).size,
                           Math.round(boxes[0].top - letter)]; })""")
    assert ["6.3–6.4", 1] in [label[:2] for label in labels]
    for text, lines, below in labels:
        assert lines == 1, text  # never "6.3–" above "6.4"
        # a single place beside its letter; a range of two places on the line below (24 px)
        assert (below < 12) == ("–" not in text), (text, below)
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


def test_a_phone_keeps_the_sticky_bar_on_one_line(open_page: OpenPage) -> None:
    # u54 at 390 px: "Everything / Changes only", "‹ Previous p / Next n ›" and "43 changes"
    # stood on two lines, 76 px of the 844 on every scroll (the key hints are no use on a phone).
    # Now one line, also while stepping ("change 12 of 43"), and nothing wider than the screen.
    page = open_page(SAMPLE_REPORT, viewport=NARROW)
    tops = """() => [...document.getElementById('bar').children]
      .map(c => Math.round(c.getBoundingClientRect().top))"""
    one_line = lambda: max(page.evaluate(tops)) - min(page.evaluate(tops)) < 10  # noqa: E731
    assert one_line()  # the count's smaller letters stand 4 px lower, centred
    for _ in range(12):
        page.keyboard.press("n")
    assert page.locator("#pos").text_content() == "change 12 of 43"
    assert one_line()
    assert page.locator("#bar").bounding_box()["height"] < 40  # type: ignore[index]
    assert page.locator("#bar kbd").first.is_hidden()
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


def test_a_short_core_shows_its_line_under_its_wording_quieter(open_page: OpenPage) -> None:
    # u56: ext1's line of a short core (the text view's `in A “…” · in B “…”`) in the formula
    # panel, on carney-meloni 2025-05-17 (dev): under each side's “lasting peace”, smaller and
    # in the muted colour, at 1400 px beside the text and at 390 px above it; nothing wider.
    folder = ROOT / "eval" / "formulas"
    comparison = compare(load(folder / "carney-meloni__2025-05-17__pm-gc-ca.txt"),
                         load(folder / "carney-meloni__2025-06-16__pm-gc-ca.txt"))  # fmt: skip
    said = {  # <q> draws its own marks, so the line's text is said without them
        f"in {inner(line)}"
        for formula in comparison.formulas
        for line in clauses(formula, comparison.a, comparison.b)
        if line
    }
    assert "in including in support of Ukraine’s sovereignty and lasting peace" in said
    for viewport in ({"width": 1400, "height": 1100}, NARROW):
        page = open_page(render_html(comparison), viewport=viewport)
        assert set(page.locator("ol.flist .ln").all_inner_texts()) == said
        item = page.locator("li.fi", has_text="lasting peace")
        for side in item.locator(".w").all():
            wording, line = side.locator("q").first, side.locator(".ln")
            word_box, line_box = wording.bounding_box(), line.bounding_box()
            assert word_box is not None and line_box is not None
            assert line_box["y"] >= word_box["y"] + word_box["height"] - 1  # below, not beside
            looks = "e => [getComputedStyle(e).fontSize, getComputedStyle(e).color]"
            size, colour = line.evaluate(looks)
            assert float(size[:-2]) < float(wording.evaluate(looks)[0][:-2])
            assert colour == item.locator(".where").evaluate(looks)[1]
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
        ratios = page.evaluate(CONTRAST, ["ol.flist .ln"])
        assert ratios and all(ratio >= 4.5 for _, ratio in ratios), ratios
    item.screenshot(path=str(ACTUAL / "formula-line.png"))


def test_the_formula_is_marked_inside_its_line_as_in_the_text(open_page: OpenPage) -> None:
    # u57: in the panel's line the formula's own words are a <mark> as the text's formulas
    # are (the same background), but without data-f: a click on the item still lands on the
    # text's first mark, not on the panel. carney-meloni 2025-05-17 (dev), 1400 and 390 px.
    folder = ROOT / "eval" / "formulas"
    comparison = compare(load(folder / "carney-meloni__2025-05-17__pm-gc-ca.txt"),
                         load(folder / "carney-meloni__2025-06-16__pm-gc-ca.txt"))  # fmt: skip
    cores = {
        core
        for formula in comparison.formulas
        for line in labels.marked_lines(formula, comparison)
        if line and (core := line[1])
    }
    # "diversifying commercial ties" is a changed entry since chg4 (kept_beside): not a line's core
    assert "lasting peace" in cores and len(cores) >= 2
    for viewport in ({"width": 1400, "height": 1100}, NARROW):
        page = open_page(render_html(comparison), viewport=viewport)
        marks = page.locator("ol.flist .ln mark")
        assert set(marks.all_inner_texts()) == cores
        assert page.locator("ol.flist .ln mark[data-f]").count() == 0
        background = "e => getComputedStyle(e).backgroundColor"
        assert marks.first.evaluate(background) == page.locator("td mark").first.evaluate(
            background
        )
        ratios = page.evaluate(CONTRAST, ["ol.flist .ln mark"])
        assert ratios and all(ratio >= 4.5 for _, ratio in ratios), ratios
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    page.locator("li.fi", has_text="lasting peace").locator("a.fa").click()
    lit = page.locator("mark.hl")
    assert lit.count() >= 2 and page.locator("ol.flist mark.hl").count() == 0
    page.locator("li.fi", has_text="lasting peace").screenshot(
        path=str(ACTUAL / "formula-core.png")
    )


def test_a_formula_marked_in_its_line_is_never_split_across_two_lines(open_page: OpenPage) -> None:
    # u60, the sample report: in the panel's line under "practical cooperation" the mark stood
    # as "… the all-round practical" / "cooperation between China …" at 1400 px (and
    # "pragmatic" / "cooperation" at 390 px), the formula cut in two by the line's wrap, where
    # the text view keeps a bold core on one line whenever it fits
    for viewport in ({"width": 1400, "height": 1100}, NARROW):
        page = open_page(SAMPLE_REPORT, viewport=viewport)
        marks = page.evaluate("""() => [...document.querySelectorAll('ol.flist .ln mark')]
          .map(m => [m.innerText, m.getClientRects().length,
                     m.getBoundingClientRect().width <= m.closest('.ln').clientWidth])""")
        assert len(marks) >= 11 and {"practical cooperation", "pragmatic cooperation"} <= {
            text for text, _, _ in marks
        }
        assert all(rects == 1 for _, rects, fits in marks if fits), marks
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    page.locator("li.fi", has_text="practical cooperation").screenshot(
        path=str(ACTUAL / "formula-core-one-line.png")
    )


def test_a_line_cut_at_twelve_words_keeps_its_ellipsis(open_page: OpenPage) -> None:
    # biden-kishida 2023-11-16 (dev): a line cut where it reached twelve words ends in "…",
    # as in the text view.
    folder = ROOT / "eval" / "formulas"
    comparison = compare(load(folder / "biden-kishida__2023-11-16__wh.txt"),
                         load(folder / "biden-kishida__2024-09-21__wh.txt"))  # fmt: skip
    cut = [
        line
        for formula in comparison.formulas
        for line in clauses(formula, comparison.a, comparison.b)
        if line and "…" in line
    ]
    assert cut
    shown = open_page(render_html(comparison)).locator("ol.flist .ln").all_inner_texts()
    assert all(f"in {inner(line)}" in shown for line in cut)
