"""The series as CSV for a spreadsheet: one row per formula × meeting, formulas in timeline order."""

from __future__ import annotations

import csv
import io

from readoutdiff.formulas.keys.naming import one_line
from readoutdiff.ingest.readout_paths import participants_of
from readoutdiff.render.series_labels import change_words, row_names
from readoutdiff.series import Cell, Meeting, Series, Timeline

COLUMNS = (
    "formula_id", "formula_text", "source", "topic", "trend", "meeting", "date", "path",
    "present", "fate", "returned", "gap", "wording", "linked", "first_seen", "last_seen", "gaps",
    "notes", "series", "participants",
)  # fmt: skip
"""The header row. Booleans are ``yes``/``no``; ``gaps`` lists runs of absent meetings, ``2-3;5``;
``notes`` says in words what a changed cell's change was, as the text and HTML views say it
(``reworded``, ``wording around it where one readout lacks it``, ``linked to “…”``; several
joined by ``; ``; :func:`~readoutdiff.render.series_labels.change_words`): ``linked`` holds
only an id (``core-interests/one-sided``), which a spreadsheet reader had to decode (ux12).
``series`` and ``participants`` (last, ux18, as ``notes`` was added after the rest) say which
series the rows are of, by the readouts' file names (``SERIES__YYYY-MM-DD__…``; several names or participants joined by
``; ``; empty when a file name says none): CSVs of several series pasted into one sheet keep
their rows apart, and a file of ``series --series all`` says which series it holds."""


def render_series_csv(series: Series) -> str:
    """Return ``series`` as CSV text with a header row (``\\r\\n`` line ends, as the csv module writes).

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.series import build_series
    >>> texts = ["On 1 May 2021 both upheld core interests.", "On 9 May 2021 they met."]
    >>> rows = list(csv.DictReader(io.StringIO(render_series_csv(build_series([from_text(t) for t in texts])))))
    >>> [(r["formula_id"], r["meeting"], r["present"], r["fate"]) for r in rows]
    [('core-interests', '1', 'yes', ''), ('core-interests', '2', 'no', 'dropped')]
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    names = row_names(series.formulas)
    which = [_cell_text("; ".join(each)) for each in (series.names, participants_of(series.names))]
    for timeline in series.formulas:
        for meeting, cell in zip(series.meetings, timeline.cells, strict=True):
            notes = "; ".join(one_line(note) for note in change_words(timeline, cell, names))
            writer.writerow([*_row(timeline, meeting, cell), _cell_text(notes), *which])
    return out.getvalue()


def _row(timeline: Timeline, meeting: Meeting, cell: Cell) -> list[str | int]:
    gaps = ";".join(
        str(gap.first) if gap.first == gap.last else f"{gap.first}-{gap.last}"
        for gap in timeline.gaps
    )
    return [
        timeline.id, _cell_text(one_line(timeline.text)), timeline.source.value, timeline.topic, timeline.trend.value,
        meeting.number, meeting.date or "", _cell_text(meeting.path), _yes(cell.present),
        cell.fate.value if cell.fate else "", _yes(cell.returned), _yes(cell.gap),
        _cell_text(one_line(cell.wording or "")), cell.linked or "", timeline.first_seen, timeline.last_seen, gaps,
    ]  # fmt: skip


def _cell_text(text: str) -> str:
    """Keep readout wording inert in a spreadsheet: text opening like a formula gets a quote mark.

    >>> _cell_text("=HYPERLINK(1)"), _cell_text("core interests")
    ("'=HYPERLINK(1)", 'core interests')
    """
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"
