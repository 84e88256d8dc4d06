"""One clause of the readouts, one entry: the formula stage's last fold (branch dup1).

``in_clauses`` grows a formula to the clause it stands in (``<id>/clause``). A clause holding
two formulas is grown once per formula, over the same characters on both sides: xi-modi
2024-10-23's "为推动世界多极化、国际关系民主化作出贡献" → "携手推动世界多极化和国际关系民主化"
was told changed twice, once for 世界多极化 and once for 国际关系民主化, word for word; and a
clause another rule already tells (a reworded phrase, xi-hun-manet 2025-08-30's
"落实好访问达成的重要共识") was told again as a grown clause. The analyst reads the same entry
twice; the scorer counts the second a repeat. :func:`told_once` leaves out a grown clause told
with one status, one source and the same spans on both sides by another entry: the entry that
is no grown clause stays, else the grown clause whose id sorts first (so that swapping the
readouts keeps the same one), where the first of them stood.

Two entries of other kinds over the same place stay apart: a series (``readoutdiff series``)
follows a phrase recurring in the series and a mined phrase as two rows over every step
(harris-herzog → biden-herzog). Measured and not folded (benchmarks/README.md, ``## dup1``): an
entry inside another of the same fate on every side, and a kept core inside the change of its
line.
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.model import CLAUSE, Formula


def _place(f: Formula) -> tuple:
    return (
        f.status,
        f.source,
        tuple((s.start, s.end) for s in f.a_spans),
        tuple((s.start, s.end) for s in f.b_spans),
    )


def _grown(f: Formula) -> bool:
    return CLAUSE in f.id


def _rank(f: Formula) -> tuple[bool, str]:
    return _grown(f), f.id


def told_once(formulas: Sequence[Formula]) -> tuple[Formula, ...]:
    """``formulas`` less each grown clause (``<id>/clause``) told by another entry with one
    status, one source and the same spans on both sides (see the module's note)."""
    first: dict[tuple, int] = {}
    kept: list[Formula] = []
    for f in formulas:
        place = _place(f) if f.a_spans or f.b_spans else None
        at = first.get(place) if place is not None else None
        if at is None:
            if place is not None:
                first[place] = len(kept)
            kept.append(f)
            continue
        other = kept[at]
        if not (_grown(f) or _grown(other)):
            kept.append(f)  # two entries of other kinds: both told
        elif _rank(f) < _rank(other):
            kept[at] = f
    return tuple(formulas) if len(kept) == len(formulas) else tuple(kept)
