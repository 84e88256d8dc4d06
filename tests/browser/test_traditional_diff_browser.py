"""In Chromium, a Simplified readout against its Traditional copy strikes and underlines only
what really changed, each column in its own script (zh49).

Real inputs: China News Service's Simplified release on the Wang Yi–Faisal call of 2023-11-03
(``eval/formulas``) and Sputnik's Traditional copy of it (``tests/data/zh48``). Before zh49 the
lead row struck 委员、外交部长, 应约 and 费萨尔通电话 in A's column and underlined their Traditional
forms in B's, where Sputnik only added 中國.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page

from readoutdiff import compare, load
from readoutdiff.render.html import render_html

OpenPage = Callable[..., Page]
ROOT = Path(__file__).resolve().parents[2]
CHINANEWS = ROOT / "eval" / "formulas" / "wangyi-faisal-bin-farhan__2023-11-03__chinanews.txt"
SPUTNIK = next((ROOT / "tests" / "data" / "zh48").glob("*__sputnik-zh-hant.txt"))


def test_only_the_real_changes_are_struck_or_underlined(open_page: OpenPage) -> None:
    comparison = compare(load(str(CHINANEWS)), load(str(SPUTNIK)))
    page = open_page(render_html(comparison), viewport={"width": 1400, "height": 1800})
    struck = page.eval_on_selector_all("td.a del", "els => els.map(e => e.textContent)")
    underlined = page.eval_on_selector_all("td.b ins", "els => els.map(e => e.textContent)")
    assert struck == ["费萨尔"]
    assert underlined == [":中方將繼續為恢復巴以和平盡最大努力", "中國"]
    lead = page.locator("tr.s-changed", has_text="王毅应约")
    assert (
        lead.locator("td.a").inner_text().startswith("11月3日,中共中央政治局委员、外交部长王毅应约")
    )
    assert (
        lead.locator("td.b")
        .inner_text()
        .startswith("11月3日,中共中央政治局委員、中國外交部長王毅應約")
    )
    box = lead.locator("td.b ins").bounding_box()  # the one change is drawn, on the page
    assert box and box["width"] > 0 and box["x"] + box["width"] <= 1400
