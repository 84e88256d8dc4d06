"""The series stage: many readouts in order, each compared with the one before, one timeline out.

- :mod:`~readoutdiff.series.build`: ordering the readouts, the comparisons, the meetings;
- :mod:`~readoutdiff.series.facts`: what is kept of each comparison (formulas by id, links);
- :mod:`~readoutdiff.series.matrix`: the formula × meeting matrix (cells, fates, trends, gaps).

The public names live here, so ``from readoutdiff.series import build_series`` stays where
callers (the ``series`` command, the ``render.series_*`` modules) expect it.
"""

from readoutdiff.series.build import Meeting, Order, Series, build_series, order_readouts
from readoutdiff.series.matrix import Cell, Fate, Gap, Timeline, Trend

__all__ = [
    "Cell",
    "Fate",
    "Gap",
    "Meeting",
    "Order",
    "Series",
    "Timeline",
    "Trend",
    "build_series",
    "order_readouts",
]
