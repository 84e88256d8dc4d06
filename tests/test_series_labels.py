"""The words a series view shows for a row: never a cut wording, never an id made of stems."""

from __future__ import annotations

import doctest
import functools
import json
import re
from pathlib import Path

from readoutdiff import load
from readoutdiff.render import series_labels, series_text
from readoutdiff.render.series_html import render_series_html
from readoutdiff.render.series_json import render_series_json
from readoutdiff.render.series_text import render_series_text
from readoutdiff.series import Series, build_series

ZELENSKYY = Path(__file__).parent / "real_series" / "biden-zelenskyy"


@functools.cache
def zelenskyy() -> Series:
    return build_series([load(path) for path in sorted(ZELENSKYY.glob("*.txt"))])


def test_a_row_is_named_by_a_wording_that_does_not_end_on_a_possessive() -> None:
    # Real White House readouts: the first wording of support-for-people-of-ukraine seen was
    # "commitment to supporting Ukraine’s" (cut before "...defense"); since n14 a wording takes
    # what its possessive owns, so it is "supporting Ukraine’s defense", which names the row;
    # no label ends on a possessive.
    series = zelenskyy()
    row = next(t for t in series.formulas if t.id == "support-for-people-of-ukraine")
    assert row.text == "supporting Ukraine’s defense"
    text = render_series_text(series)
    assert "“supporting Ukraine’s defense”  support-for-people-of-ukraine" in text
    assert "Ukraine’s”" not in text
    page = render_series_html(series, {})
    assert '<span class="ft">supporting Ukraine’s defense</span>' in page
    assert "Ukraine’s</span>" not in page


def test_an_id_made_of_stems_is_not_shown_but_stays_in_json() -> None:
    # Real White House readouts: "mined:defens" read as a typo in the row's head.
    series = zelenskyy()
    text = render_series_text(series)
    # (ser6: readouts 5-8 say "Ukraine’s defense" word for word, so the row is seen from 5, no
    # longer 8-9 only; 9 and 10 both say "its defense against Russian aggression", its rewording)
    assert (
        "“Ukraine’s defense”  mined phrase · seen 5–10 · changed: reworded at 9 → “its defense"
        " against Russian aggression”" in text
    )
    page = render_series_html(series, {})
    heads = " ".join(re.findall(r'<span class="fid">(.*?)</span>', page))
    titles = " ".join(re.findall(r'title="([^"]*)"', page))
    for told in (text, heads, titles):
        assert not re.search(r"\b(mined|recurring|background):", told)
    ids = {row["id"] for row in json.loads(render_series_json(series))["formulas"]}
    assert "mined:defens" in ids  # the API value is kept


def test_doctests() -> None:
    for module in (series_labels, series_text):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module


def test_two_rows_first_seen_in_one_wording_are_named_apart_in_every_view() -> None:
    # As a user saw it: the samples and tests/series_readouts as one series (five Xinhua
    # readouts) had two rows named "core interests": `core-interests`, and
    # `core-interests-major-concerns`, first seen as "core interests" at meeting 3. The later
    # row took its next wording, the formula's own, and then read "“core interests and major
    # concerns” … reworded at 4 → “core interests and major concerns”" (a change to itself, u55):
    # a wording the row tells as a rewording names no row, so it is the name and its id in
    # brackets. JSON keeps the first wording seen.
    root = Path(__file__).parent.parent
    readouts = [*root.glob("samples/*.txt"), *root.glob("tests/series_readouts/*.txt")]
    series = build_series([load(path) for path in readouts])
    rows = {t.id: t for t in series.formulas}
    assert rows["core-interests"].text == rows["core-interests-major-concerns"].text
    text = render_series_text(series)
    assert "“core interests”  core-interests ·" in text
    # its id after the quotes, once (u61: not “core interests (…)”, as if the formula's words)
    assert "“core interests”  core-interests-major-concerns ·" in text
    assert "reworded at 4 → “core interests and major concerns”" in text
    page = render_series_html(series, {})
    heads = re.findall(r'<span class="ft">(.*?)</span>', page)
    assert len(heads) == len(set(heads)) == len(series.formulas)
    assert (  # the tooltip of the change at 4 says its words (it read only "changed: reworded")
        'title="“core interests” (core-interests-major-concerns) at meeting 4 (2022-06-15): changed:'
        ' reworded; worded “core interests and major concerns”"' in page
    )
    texts = {row["id"]: row["text"] for row in json.loads(render_series_json(series))["formulas"]}
    assert texts["core-interests-major-concerns"] == "core interests"


def test_a_changed_row_that_a_later_meeting_dropped_says_so() -> None:
    """Real readouts (eval/formulas, the Uzbek press service's five Russian readouts of
    Mirziyoyev's calls with Nazarbayev): "узбекско-казахстанских отношений дружбы" is reworded at
    meetings 2-4 and gone at 5 ("*~~~-"). Its row is listed under `changed`, whose heading does
    not say the phrase is gone, so the row says "dropped at 5" in the terminal and in HTML; the
    steady row says nothing of the kind."""
    folder = Path(__file__).parent.parent / "eval" / "formulas"
    paths = sorted(folder.glob("mirziyoyev-nazarbayev__*.txt"))
    assert len(paths) == 5
    series = build_series([load(path) for path in paths])
    row = next(t for t in series.formulas if t.text.startswith("узбекско-казахстанских"))
    assert row.trend.value == "changed"
    assert [c.present for c in row.cells] == [True, True, True, True, False]
    text = render_series_text(series)
    line = next(line for line in text.splitlines() if "узбекско-казахстанских" in line)
    assert line.lstrip().startswith("*~~~-")
    assert "seen 1–4 · dropped at 5 · changed:" in line
    assert text.count("dropped at") == 1  # "стратегического партнерства" is kept at all five
    page = render_series_html(series, {})
    assert "seen\u00a01–4 · dropped\u00a0at\u00a05" in page  # no-break spaces: never torn (u45)
    assert page.count("dropped\u00a0at") == 1
