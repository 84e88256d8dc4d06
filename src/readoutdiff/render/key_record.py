"""One key change as the views print it, and how its quotes are written.

>>> quote("We  oppose\u2002hegemonism.")
'We oppose hegemonism.'
"""

from __future__ import annotations

from readoutdiff.record import record
from readoutdiff.render.labels import shorten

_QUOTE_CHARS = 160


@record
class KeyChange:
    """One key change, ready to be copied into a briefing."""

    kind: str
    """``formula-dropped``, ``formula-changed``, ``qualifier-removed``, ``passage-dropped``,
    ``passage-added``, ``formula-appeared`` or ``minor-only`` (none of the others; what changed
    instead, see :func:`readoutdiff.render.key_minor.minor_only`)."""
    summary: str
    a_text: str | None
    b_text: str | None
    a_line: int | None
    b_line: int | None
    formula: str | None
    """Id of the formula the change is about, if any."""
    formulas: tuple[str, ...] = ()
    """Ids of every formula the entry tells, ``formula`` first: the drops of one passage are
    one entry, and a passage's entry names the formulas that went or came with it."""


def quote(text: str) -> str:
    """``text`` in one line of plain spaces (a readout's en spaces or line breaks inside a
    wording would be copied into the briefing), cut after a whole word past 160 characters."""
    return shorten(" ".join(text.split()), _QUOTE_CHARS)
