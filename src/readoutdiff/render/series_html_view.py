"""Build the view of a series that the timeline template loops over.

Every decision (each cell's label, CSS class, tooltip and link; the column headings; the groups
of rows) is taken here, so that ``templates/series.html.j2`` only has ``if`` and ``for``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from readoutdiff.formulas.keys.key_record import inner
from readoutdiff.ingest.readout_paths import participants_of
from readoutdiff.model.figures import said_similarity
from readoutdiff.records.record import record
from readoutdiff.render.escape import shown_path
from readoutdiff.render.html_text import plain
from readoutdiff.render.series_labels import (
    GLUED_AT,
    bare_name,
    came_back_words,
    change_words,
    context_note,
    header_counts,
    quoted_name,
    rewordings,
    row_kind,
    row_names,
)
from readoutdiff.render.series_text import place_facts
from readoutdiff.render.series_titles import shown_titles
from readoutdiff.series import Cell, Fate, Meeting, Series, Timeline, Trend

LABELS = {
    "in": ("in", "present at the first meeting"),
    Fate.PERSISTED: ("kept", "persisted from the meeting before"),
    Fate.CHANGED: (
        "changed",
        "reworded, replaced by or replacing another formula, or said in new words around it",
    ),
    Fate.APPEARED: ("new", "appeared"),
    "returned": ("back", "returned after an absence"),
    Fate.DROPPED: ("dropped", "dropped since the meeting before"),
    Fate.ABSENT: ("·", "absent"),
    "gap": ("·", "absent between two meetings where present"),
}
"""Short label shown in a cell, and the words for it in the tooltip and the legend."""


@record
class Column:
    """The heading of one meeting's column."""

    number: int
    date: str
    similarity: str
    """Similarity to the meeting before, e.g. ``"0.41"`` (:func:`~readoutdiff.model.figures.said_similarity`) (``""`` for the first)."""
    title: str
    """Tooltip: file, title and the readout's notes (a date from the file name, a cut-off text)."""
    href: str


@record
class CellView:
    """One cell of the matrix."""

    label: str
    css: str
    title: str
    href: str


@record
class Row:
    """One formula: its heading cell and its cells."""

    text: str
    id: str
    facts: str
    changes: str
    cells: tuple[CellView, ...]


@record
class Group:
    """The rows of one trend."""

    name: str
    css: str
    rows: tuple[Row, ...]


@record
class LegendItem:
    """One entry of the legend: a sample cell and its meaning."""

    label: str
    css: str
    meaning: str


@record
class PairView:
    """One comparison of consecutive meetings: its heading and its report, inline or linked."""

    id: str
    heading: str
    a: str
    b: str
    similarity: str
    report: str
    """The whole pair report, shown in a frame of the page (``""`` when it lives in a file)."""
    href: str
    """The pair report's file, relative to the page (``""`` when inline)."""


@record
class Page:
    """Everything the timeline template shows."""

    page_title: str
    name: str
    """The series' names by its readouts' file names (``xi-macron and xi-trump``), or ``""``."""
    participants: str
    """Their participants (``xi, macron and trump``), or ``""``."""
    span: str
    order: str
    """``"date"`` or ``"given"``."""
    counts: tuple[LegendItem, ...]
    legend: tuple[LegendItem, ...]
    columns: tuple[Column, ...]
    groups: tuple[Group, ...]
    pairs: tuple[PairView, ...]
    stamp: str


def build_page(
    series: Series, reports: Mapping[int, str], *, inline: bool, stamp: str | None = None
) -> Page:
    """Return the view of ``series``; ``reports`` maps a meeting number to its pair report.

    A report is the HTML itself when ``inline``, else its file name relative to the page.

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.series import build_series
    >>> texts = ["On 1 May 2021 both upheld core interests.", "On 9 May 2021 they met."]
    >>> page = build_page(build_series([from_text(t) for t in texts]), {2: "p.html"}, inline=False)
    >>> [(c.label, c.href) for c in page.groups[0].rows[0].cells]
    [('in', 'p.html'), ('dropped', 'p.html')]
    """
    links = {m.number: _link(m.number, reports, inline) for m in series.meetings}
    links[1] = links.get(2, "")  # the first meeting is side A of the first comparison
    meetings = series.meetings
    titles = shown_titles([meeting.title or "" for meeting in meetings])
    name = _and(series.names)
    return Page(
        page_title=f"readoutdiff series{' ' * bool(name)}{name}: {len(meetings)} readouts,"
        f" {_span(meetings)}",
        name=name,
        participants=_and(participants_of(series.names)),
        span=_span(meetings),
        order=series.order.value,
        counts=_counts(series),
        legend=tuple(LegendItem(label=label, css=_css(key), meaning=meaning)
                     for key, (label, meaning) in LABELS.items()),
        columns=tuple(_column(meeting, links[meeting.number]) for meeting in meetings),
        groups=_groups(series, links),
        pairs=tuple(_pair(meetings[n - 2], meetings[n - 1], titles[n - 2 : n], reports.get(n, ""), inline)
                    for n in range(2, len(meetings) + 1)),
        stamp=stamp or "",
    )  # fmt: skip


def _and(names: Sequence[str]) -> str:
    """``names`` as a sentence says them ("a, b and c"), ``""`` for none."""
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def pair_id(number: int) -> str:
    """Return the anchor of the comparison that ends at meeting ``number``: ``"pair-2"``."""
    return f"pair-{number}"


def _link(number: int, reports: Mapping[int, str], inline: bool) -> str:
    if number not in reports:
        return ""
    return f"#{pair_id(number)}" if inline else reports[number]


def _span(meetings: Sequence[Meeting]) -> str:
    dates = [meeting.date for meeting in meetings if meeting.date]
    return f"{dates[0]} to {dates[-1]}" if dates else "undated"


def _css(key: str) -> str:
    return f"c-{key}"


def _counts(series: Series) -> tuple[LegendItem, ...]:
    """The head's counts, as the terminal's: formulas under each group shown, then how many
    came back after an absence when some of them stand under another group (their "back"
    cells), and where they are listed."""
    counts = [LegendItem(label=str(count), css=f"t-{trend}", meaning=trend.value)
              for trend, count in header_counts(series)]  # fmt: skip
    told = came_back_words(series, LABELS["returned"][0])
    if told:
        back, words = told[0].split(" ", 1)
        counts.append(LegendItem(label=back, css=f"t-{Trend.RETURNED}",
                                 meaning=f"{words.rstrip(':')}: {told[1]}"))  # fmt: skip
    return tuple(counts)


def _column(meeting: Meeting, href: str) -> Column:
    path = shown_path(meeting.path)
    title = f"{path}: {meeting.title}" if meeting.title else path
    counted = [context_note(meeting.context_changes)] if meeting.context_changes else []
    title += "".join(f" ({note})" for note in counted + list(meeting.notes))
    return Column(
        number=meeting.number,
        date=meeting.date or "undated",
        similarity=said_similarity(meeting.similarity),
        title=plain(title),
        href=href,
    )


def _groups(series: Series, links: Mapping[int, str]) -> tuple[Group, ...]:
    groups = []
    names = row_names(series.formulas)
    for trend in Trend:
        rows = [_row(t, series, links, names) for t in series.formulas if t.trend is trend]
        if rows:
            name = f"{trend.value.capitalize()} ({len(rows)})"
            groups.append(Group(name=name, css=f"t-{trend}", rows=tuple(rows)))
    return tuple(groups)


def _row(
    timeline: Timeline, series: Series, links: Mapping[int, str], names: Mapping[str, str]
) -> Row:
    """One formula's row; its facts ("seen 1–2", "dropped at 3") never wrap inside one, which
    tore "dropped at" from its "3" in a narrow heading cell."""
    return Row(
        text=plain(names[timeline.id]),
        id=plain(row_kind(timeline)),
        facts=" · ".join(fact.replace(" ", "\u00a0") for fact in place_facts(timeline)),
        changes=plain(GLUED_AT.sub(_glued, rewordings(timeline, names))),
        cells=tuple(_cell(timeline, m, c, links[m.number], names) for m, c in zip(series.meetings, timeline.cells, strict=True)),
    )  # fmt: skip


def _glued(match: re.Match[str]) -> str:
    """No-break spaces in "at N “…” →" (:data:`GLUED_AT`): around "at N" and before "→" only.

    >>> _glued(GLUED_AT.search("reworded at 4 “a b c” → “d”")).split("\u00a0")
    ['at', '4', '“a b c”', '→']
    """
    at, number, rest = match[0].split(" ", 2)  # rest: "→", or "“…” →"
    left = rest.removesuffix(" →") + "\u00a0→" if rest != "→" else rest
    return f"{at}\u00a0{number}\u00a0{left}"


def _cell(
    timeline: Timeline, meeting: Meeting, cell: Cell, href: str, names: Mapping[str, str]
) -> CellView:
    key = _key(cell)
    label, meaning = LABELS[key]
    linked = ", ".join(change_words(timeline, cell, names))
    if key is Fate.CHANGED and linked:  # what this change was, not every kind of change
        meaning, linked = f"changed: {linked}", ""
    named = quoted_name(timeline.id, names)
    words = [f"{named} at meeting {meeting.number} ({meeting.date or 'undated'}): {meaning}"]
    if cell.wording and cell.wording != bare_name(timeline.id, names):
        words.append(f"worded “{inner(cell.wording)}”")
    if linked:
        words.append(linked)
    return CellView(label=label, css=_css(key), title=plain("; ".join(words)), href=href)


def _key(cell: Cell) -> str:
    if cell.gap and cell.fate is Fate.ABSENT:
        return "gap"
    if cell.fate is None:
        return "in" if cell.present else Fate.ABSENT
    return "returned" if cell.returned else cell.fate


def _pair(a: Meeting, b: Meeting, titles: Sequence[str], report: str, inline: bool) -> PairView:
    """The heading of one comparison; ``titles``: both meetings' titles as the views show them
    (past the opening every title of the series shares), so that A and B read apart."""
    return PairView(
        id=pair_id(b.number),
        heading=f"Meeting {a.number} → {b.number}",
        a=plain(_side(a, titles[0])),
        b=plain(_side(b, titles[1])),
        similarity=said_similarity(b.similarity),
        report=report if inline else "",
        href="" if inline else report,
    )


def _side(meeting: Meeting, title: str) -> str:
    side = f"{meeting.date or 'undated'} · {shown_path(meeting.path)}"
    return f"{side} · “{inner(title)}”" if title else side
