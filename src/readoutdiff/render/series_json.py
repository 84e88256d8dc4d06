"""The ``readoutdiff-series/1`` JSON contract, built by hand so that renaming a field never changes it.

Change log of the contract (extra keys may be added within a version; none may change meaning):

* ``readoutdiff-series/1``: first version. Meeting numbers count from 1 in series order; each
  formula has one timeline entry per meeting, in that order. Each timeline entry's ``notes``
  (added by ux12) says a changed entry's change in words, as the text, HTML and CSV views do.
  ``series`` (added by ux18): which series the file holds, by its readouts' file names
  (``SERIES__YYYY-MM-DD__…``): ``names`` (one, or several sharing a participant) and their
  ``participants``; null when a readout's file name says no series. ``series --series all``
  wrote one file a series, told apart by the file name only.

The schema ships as ``readoutdiff/schema/readoutdiff-series-1.schema.json``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from readoutdiff.ingest.readout_paths import participants_of
from readoutdiff.render import jsontext
from readoutdiff.render.series_labels import change_words, context_changes, row_names
from readoutdiff.series import Cell, Meeting, Series, Timeline, Trend

SCHEMA = "readoutdiff-series/1"


def render_series_json(series: Series) -> str:
    """Return ``series`` as ``readoutdiff-series/1`` JSON text (stable, ending in a newline).

    >>> import json
    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.series import build_series
    >>> texts = ["On 1 May 2021 both upheld core interests.", "On 9 May 2021 they met."]
    >>> doc = json.loads(render_series_json(build_series([from_text(t) for t in texts])))
    >>> doc["schema"], [c["fate"] for c in doc["formulas"][0]["timeline"]]
    ('readoutdiff-series/1', [None, 'dropped'])
    """
    return jsontext.dumps(to_document(series), end="\n")


def to_document(series: Series) -> dict[str, Any]:
    """Return ``series`` as the plain dictionary behind the JSON text."""
    trends = Counter(timeline.trend for timeline in series.formulas)
    names = row_names(series.formulas)
    return {
        "schema": SCHEMA,
        "series": _series(series.names),
        "order": series.order.value,
        "summary": {
            "meetings": len(series.meetings),
            "formulas": len(series.formulas),
            "trends": {trend.value: trends[trend] for trend in Trend},
        },
        "meetings": [_meeting(meeting) for meeting in series.meetings],
        "formulas": [_timeline(t, series.meetings, names) for t in series.formulas],
    }


def _series(names: tuple[str, ...]) -> dict[str, Any] | None:
    """The ``series`` key: the names the readouts' file names say and their participants."""
    if not names:
        return None
    return {"names": list(names), "participants": list(participants_of(names))}


def _meeting(meeting: Meeting) -> dict[str, Any]:
    return {
        "number": meeting.number,
        "path": meeting.path,
        "title": meeting.title,
        "date": meeting.date,
        "sha256": meeting.sha256,
        "chars": meeting.chars,
        "sentences": meeting.sentences,
        "similarity_to_previous": meeting.similarity,
        "context_changes": meeting.context_changes,
        "notes": list(meeting.notes),
    }


def _timeline(
    timeline: Timeline, meetings: tuple[Meeting, ...], names: Mapping[str, str]
) -> dict[str, Any]:
    return {
        "id": timeline.id,
        "text": timeline.text,
        "source": timeline.source.value,
        "topic": timeline.topic,
        "trend": timeline.trend.value,
        "first_seen": timeline.first_seen,
        "last_seen": timeline.last_seen,
        "present_in": sum(cell.present for cell in timeline.cells),
        "gaps": [{"first": gap.first, "last": gap.last} for gap in timeline.gaps],
        "timeline": [
            _cell(meeting, cell, change_words(timeline, cell, names))
            for meeting, cell in zip(meetings, timeline.cells, strict=True)
        ],
    }


def _cell(meeting: Meeting, cell: Cell, notes: tuple[str, ...]) -> dict[str, Any]:
    return {
        "meeting": meeting.number,
        "present": cell.present,
        "fate": cell.fate.value if cell.fate else None,
        "returned": cell.returned,
        "gap": cell.gap,
        "wording": cell.wording,
        "linked": cell.linked,
        "context_changes": context_changes(cell),
        "notes": list(notes),  # the CSV's notes, a list (ux12)
    }
