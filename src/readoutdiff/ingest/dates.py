"""Find the date of a meeting in a readout's text or file name.

A full date in the text wins ("June 28, 2021", "28 June 2021", "2021-06-28"); a day and month
alone ("On the afternoon of 15 December") take the year from the file name; else the file
name's own date is used.
"""

from __future__ import annotations

import re
from pathlib import Path

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"\b(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(
        _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d))?", re.I
    ),
    re.compile(
        r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+(?P<year>(?:19|20)\d\d))?",
        re.I,
    ),
)


def iso_date(value: str) -> str | None:
    """Return the first full date in ``value`` as ``YYYY-MM-DD``.

    >>> iso_date("On the afternoon of June 28, 2021, ..."), iso_date("15 December 2021")
    ('2021-06-28', '2021-12-15')
    """
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(value):
            date = _format_date(match) if match.group("year") else None
            if date:
                return date
    return None


def text_date(body: str, path: str) -> str | None:
    """Find the meeting date: a full date in the text, else a day and month completed by the file name."""
    head = body[:3000]
    full = iso_date(head)
    if full:
        return full
    name = Path(path).name
    year = _YEAR.search(name)
    if year:
        day_months = [match for pattern in _DATE_PATTERNS[1:] for match in pattern.finditer(head)]
        for match in sorted(day_months, key=lambda match: match.start()):
            date = _format_date(match, year=year.group())
            if date:
                return date
    return iso_date(name)


def _format_date(match: re.Match[str], year: str = "") -> str | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"].lower()]
    day = int(groups["day"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{int(groups['year'] or year):04d}-{month:02d}-{day:02d}"
