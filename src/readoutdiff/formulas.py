"""Formula tracking (placeholder until the formula stage lands)."""

from __future__ import annotations

from readoutdiff.model import Alignment, Formula, Options, Readout


def track(
    a: Readout, b: Readout, alignments: tuple[Alignment, ...], *, options: Options
) -> tuple[Formula, ...]:
    """Return the fate of every formula found in ``a`` or ``b``."""
    return ()
