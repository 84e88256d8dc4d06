"""The words a series view shows for a row: never a cut wording, never an id made of stems."""

from __future__ import annotations

import dataclasses
import doctest
import functools
import json
import re
from pathlib import Path

from readoutdiff import load
from readoutdiff.render import series_labels
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
    assert "“Ukraine’s defense”  mined phrase · seen 8–9 · changed: reworded" in text
    page = render_series_html(series, {})
    heads = " ".join(re.findall(r'<span class="fid">(.*?)</span>', page))
    titles = " ".join(re.findall(r'title="([^"]*)"', page))
    for told in (text, heads, titles):
        assert not re.search(r"\b(mined|recurring|background):", told)
    ids = {row["id"] for row in json.loads(render_series_json(series))["formulas"]}
    assert "mined:defens" in ids  # the API value is kept


def test_doctests() -> None:
    result = doctest.testmod(series_labels)
    assert result.attempted > 0 and result.failed == 0


def test_two_rows_first_seen_in_one_wording_are_named_apart_in_every_view() -> None:
    # As a user saw it: `core-interests-major-concerns` first seen as "core interests", the name
    # of the `core-interests` row. Here the real series' second lexicon row is first seen in the
    # first one's wording; the second row then takes its fullest wording of its own.
    series = zelenskyy()
    lexicon = [t for t in series.formulas if ":" not in t.id]
    shared = series_labels.row_text(lexicon[0])
    first = lexicon[0]
    second = next(
        t for t in lexicon[1:] if max(len(c.wording or "") for c in t.cells) > len(shared)
    )
    cells = tuple(
        dataclasses.replace(c, wording=shared) if i == second.first_seen - 1 else c
        for i, c in enumerate(second.cells)
    )
    clash = dataclasses.replace(second, text=shared, cells=cells)
    series = dataclasses.replace(
        series, formulas=tuple(clash if t is second else t for t in series.formulas)
    )
    fullest = max((c.wording for c in second.cells if c.wording), key=len)
    text = render_series_text(series)
    assert f"“{shared}”  {first.id}" in text and f"“{fullest}”  {second.id}" in text
    heads = re.findall(r'<span class="ft">(.*?)</span>', render_series_html(series, {}))
    assert len(heads) == len(set(heads)) == len(series.formulas)
