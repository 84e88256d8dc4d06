"""Render a series as one timeline page: the formula × meeting matrix, then each pair's report.

The view is built in :mod:`readoutdiff.render.series_html_view`; ``templates/series.html.j2``
only loops over it. Each pair report is the ordinary HTML report of
:func:`readoutdiff.render.html.render_html`, either held in this page (one self-contained file)
or written beside it in a folder and linked. Held reports sit in JSON data blocks and
``series.js`` puts each in a frame (``srcdoc``) only when its section comes near the screen:
two hundred frames made at once would take a browser many seconds. As in the report, a
Content-Security-Policy admits only the inlined styles and scripts, by hash; it also admits
those of the pair reports, whose frames inherit it.
"""

from __future__ import annotations

from collections.abc import Mapping

from readoutdiff import __version__
from readoutdiff.render.html import content_policy, environment
from readoutdiff.render.series_html_view import build_page
from readoutdiff.render.series_text import NO_ROWS
from readoutdiff.series import Series


def render_series_html(
    series: Series,
    reports: Mapping[int, str],
    *,
    inline: bool = True,
    stamp: str | None = None,
    no_rows: str = NO_ROWS,
) -> str:
    """Return the timeline page of ``series``.

    ``reports`` maps the number of each meeting after the first to the report of its comparison
    with the meeting before: the HTML itself when ``inline``, else the file name relative to the
    page (see :func:`pair_file_name`). ``no_rows``: what the page says when the series has no
    row, as the terminal's view (:func:`~readoutdiff.render.series_text.no_rows_said`). The same
    arguments always give the same text.

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.series import build_series
    >>> texts = ["On 1 May 2021 both upheld core interests.", "On 9 May 2021 they met."]
    >>> page = render_series_html(build_series([from_text(t) for t in texts]), {2: "<p>r</p>"})
    >>> page.startswith("<!DOCTYPE html>"), "<p>r" in page, "u003cp" in page  # held as JSON
    (True, False, True)
    """
    return (
        environment()
        .get_template("series.html.j2")
        .render(
            page=build_page(series, reports, inline=inline, stamp=stamp),
            policy=content_policy(("report.css", "series.css"), ("report.js", "series.js")),
            version=__version__,
            no_rows=no_rows[:1].upper() + no_rows[1:] + ".",
        )
    )


def pair_file_name(number: int, date: str | None) -> str:
    """Return the file name of the report comparing meeting ``number`` (of ``date``) with the one before.

    >>> pair_file_name(7, "2021-12-15")
    '007-2021-12-15.html'
    """
    return f"{number:03d}-{date or 'undated'}.html"
