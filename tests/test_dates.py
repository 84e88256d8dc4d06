"""``ingest.dates._iso`` is ``datetime.date(...).isoformat()`` (``None`` where that raises)."""

from __future__ import annotations

import datetime

from readoutdiff.ingest.dates import _iso


def _real(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def test_iso_is_datetimes_on_every_edge() -> None:
    years = [-1, 0, 1, 2, 9, 99, 100, 999, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2100, 9998,
             9999, 10000, 12345]  # fmt: skip
    for year in years:
        for month in range(-1, 15):
            for day in range(-1, 34):
                assert _iso(year, month, day) == _real(year, month, day), (year, month, day)


def test_iso_is_datetimes_on_every_day_of_four_centuries() -> None:
    for year in range(1800, 2201):
        for month in range(1, 13):
            for day in (28, 29, 30, 31, 32):
                assert _iso(year, month, day) == _real(year, month, day), (year, month, day)
