"""How every view says a similarity: the way ``check``'s ``[similarity] min`` takes it."""

from __future__ import annotations

import math


def said_similarity(value: float | None, digits: int = 2) -> str:
    """A similarity (0 to 1) as the terminal, Markdown, HTML, series and ``check`` views say it:
    a number to two decimals (``digits``), the form ``[similarity] min`` takes, so that a figure read in any
    report can be typed as a ``check`` minimum as it stands (the HTML views said ``12%``, the
    others ``0.12``); ``""`` for none (a series' first meeting).

    The figure is cut to two decimals, never rounded up: it is at most the similarity, so the
    pair it was read from keeps that minimum (a pair at 0.1386 said "0.14" and failed a
    minimum of 0.14 with "0.139 is below the minimum 0.14"), and a pair below a minimum is
    never said at it ("0.50 is below the minimum 0.5").

    >>> said_similarity(0.1386), said_similarity(0.29), said_similarity(1.0), said_similarity(None)
    ('0.13', '0.29', '1.00', '')
    >>> said_similarity(0.4999, 3)
    '0.499'

    """
    if value is None:
        return ""
    scale = 10**digits  # rounded first: 0.29 * 100 is 28.999…
    return f"{math.floor(round(value * scale, 6)) / scale:.{digits}f}"
