"""One way to say a figure across the views (u52): a similarity is said as ``check``'s
``[similarity] min`` takes it in the terminal, Markdown, HTML, series and check views (the HTML
views said "11%" where the others said 0.11), and a series' head counts what its cells show
(it said "0 returned" beside a row's "back" cell). On the samples and e49's sunak-erdogan
readouts of the outside set."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from readoutdiff import compare, load
from readoutdiff.check import check
from readoutdiff.check.rules import parse
from readoutdiff.model import Comparison
from readoutdiff.render.check_markdown import render_check_markdown
from readoutdiff.render.check_text import render_check_text
from readoutdiff.render.html import render_html
from readoutdiff.render.markdown import render_markdown
from readoutdiff.render.series_html_view import build_page
from readoutdiff.render.series_text import render_series_text
from readoutdiff.render.text import render_text
from readoutdiff.series import Series, build_series

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ("samples/2021-06-28-xi-putin.txt", "samples/2021-12-15-xi-putin.txt")
SUNAK_ERDOGAN = sorted((ROOT / "eval" / "outside").glob("sunak-erdogan__*.txt"))


@cache
def sample_pair() -> Comparison:
    return compare(*(load(ROOT / path) for path in SAMPLES))


@cache
def sunak_erdogan() -> Series:
    return build_series([load(path) for path in SUNAK_ERDOGAN])


def test_every_view_of_the_samples_says_the_similarity_check_takes() -> None:
    comparison = sample_pair()
    page = render_html(comparison)
    said = re.search(r'<p class="sim">similarity <strong>([^<]*)</strong>', page)
    assert said is not None and said.group(1) == "0.11"  # was "11%"
    figure = said.group(1)
    assert f"similarity {figure} · " in render_text(comparison)
    assert f"Similarity **{figure}** · " in render_markdown(comparison)
    # the figure read in the report, typed as a check minimum, is taken and said back alike
    result = check(comparison, parse(f"[similarity]\nmin = {figure}"))
    assert not result.failed
    assert f"(similarity {figure})" in render_check_text(result).splitlines()[0]
    assert f"similarity {figure}" in render_check_markdown(result)
    assert f"similarity {figure}" in [outcome.summary for outcome in result.outcomes]


def test_a_series_says_each_meetings_similarity_alike_in_the_terminal_and_the_html() -> None:
    series = sunak_erdogan()
    assert len(series.meetings) == 6
    page = build_page(series, {}, inline=False)
    columns = [column.similarity for column in page.columns]
    assert columns == ["", "0.11", "0.13", "0.11", "0.29", "0.10"]  # were "11%", "14%", …
    assert [pair.similarity for pair in page.pairs] == columns[1:]
    lines = render_series_text(series).splitlines()
    for meeting, figure in zip(series.meetings[1:], columns[1:], strict=True):
        line = next(line for line in lines if line.startswith(f"{meeting.number:>4}  "))
        assert f"  {figure}  " in line


def test_a_series_head_counts_the_back_cell_of_a_row_dropped_again() -> None:
    series = sunak_erdogan()
    out = render_series_text(series)
    head = next(line for line in out.splitlines() if line.startswith("Formulas: "))
    # "relationship between the United Kingdom and Türkiye" came back at 3 and stands under
    # changed: the head said "0 returned" beside its ^
    rows = [line for line in out.splitlines() if line.startswith("  ") and "“" in line]
    backs = [row for row in rows if "^" in row.split("“")[0]]
    assert len(backs) == 1 and "relationship between the United Kingdom" in backs[0]
    assert "0 returned" not in head and " 0 " not in head
    # ser1: "UK-Türkiye relationship" is that row's rewording at 4, no dropped row of its own
    # en3: the condolences said otherwise at 2 (the terrorist attacks -> the earthquake's loss of
    # life), a stance the outside hand list calls changed, is a changed row of its own
    assert head.startswith("Formulas: 8 (3 dropped · 4 changed · 1 appeared); ")
    # u54: and where that row is listed, so no reader looks for it under "returned"
    assert head.endswith("; 1 came back after an absence (^): 1 listed under changed")
    # at 80 columns the head wraps between its counts, not inside one ("(^)" alone)
    wrapped = render_series_text(series, width=80).splitlines()
    assert any(line.startswith("  1 came back after an absence (^): 1 listed") for line in wrapped)
    page = build_page(series, {}, inline=False)
    counts = [(count.label, count.meaning) for count in page.counts]
    assert counts == [
        ("3", "dropped"),
        ("4", "changed"),
        ("1", "appeared"),
        ("1", "came back after an absence (back): 1 listed under changed"),
    ]
    back_cells = [c for g in page.groups for r in g.rows for c in r.cells if c.label == "back"]
    assert len(back_cells) == 1


def test_a_figure_read_in_a_series_typed_as_a_minimum_keeps_that_pair() -> None:
    # meeting 2 -> 3 is at 0.1386: rounded, the views said "0.14" (the HTML "14%"), and a
    # minimum of 0.14 typed from it failed that very pair with "0.139 is below the minimum 0.14"
    series = sunak_erdogan()
    figure = build_page(series, {}, inline=False).columns[2].similarity
    assert figure == "0.13" and series.meetings[2].similarity == pytest.approx(0.1386)
    comparison = compare(load(SUNAK_ERDOGAN[1]), load(SUNAK_ERDOGAN[2]))
    kept = check(comparison, parse(f"[similarity]\nmin = {figure}"))
    assert not kept.failed
    assert f"similarity at least {figure}: similarity {figure}" in render_check_text(kept)
    # a minimum just above it fails, and the figure said stays below the minimum
    broken = check(comparison, parse("[similarity]\nmin = 0.1387"))
    assert broken.failed
    assert "similarity 0.13 is below the minimum 0.1387" in render_check_text(broken)
    # a minimum of more decimals that the pair keeps is said to as many as it takes
    near = check(comparison, parse("[similarity]\nmin = 0.138"))
    assert not near.failed
    assert "similarity at least 0.138: similarity 0.138" in render_check_text(near)
    # a minimum of exactly the pair's figure keeps it, and is said to the minimum's decimals
    exact = check(comparison, parse(f"[similarity]\nmin = {comparison.similarity}"))
    assert comparison.similarity == 0.1386 and not exact.failed
    assert "similarity at least 0.1386: similarity 0.1386" in render_check_text(exact)
