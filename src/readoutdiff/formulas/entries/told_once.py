"""One place of the readouts, one entry: the formula stage's last fold (branch dup1).

Two rules of the stage may tell the same place, each under its own formula id:

- *the same place twice*: a Chinese clause holding two formulas of the built-in lexicon is told
  changed once per formula, over the same characters on both sides (xi-modi 2024-10-23:
  "为推动世界多极化、国际关系民主化作出贡献" → "携手推动世界多极化和国际关系民主化", once for
  世界多极化 and once for 国际关系民主化); the first entry, in the stage's order, is kept;
- *a place said within another of the same fate*: an entry whose every span, on each side it
  has, lies inside a span of another entry with the same status and the same sides
  ("sovereignty and territorial integrity" dropped inside "steadfast commitment to Ukraine's
  sovereignty and territorial integrity" dropped, blinken-stoltenberg 2022-03-22); the longer
  entry tells the shorter one's words with the same fate, so the shorter is left out.

An entry inside another of an *other* fate (a kept core beside the change of its line) stays:
it says something the other does not (the core was kept while the line around it changed).
The analyst reads each place once; the scorer counted the second telling a repeat
(benchmarks/README.md, ``## dup1``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from readoutdiff.model import Formula, Span

_Place = tuple[object, tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]


def _place(f: Formula) -> _Place:
    return (
        f.status,
        tuple((s.start, s.end) for s in f.a_spans),
        tuple((s.start, s.end) for s in f.b_spans),
    )


def _line(spans: tuple[Span, ...]) -> int:
    return spans[0].line if spans else 0


def _within(spans: tuple[Span, ...], around: tuple[Span, ...]) -> bool:
    return all(any(o.start <= s.start and s.end <= o.end for o in around) for s in spans)


def told_once(formulas: Sequence[Formula]) -> tuple[Formula, ...]:
    """``formulas`` less each entry that tells, with the same status, the same place as an
    earlier one, or a place inside another entry's on every side it has; the order is kept."""
    seen: set[_Place] = set()
    once: list[Formula] = []
    for f in formulas:
        place = _place(f)
        if place in seen:
            continue
        seen.add(place)
        once.append(f)
    # entries by status, sides and the lines their spans stand on: a shorter one is looked up
    # by the lines of its first spans (a line per side; few entries share one)
    around: dict[tuple, list[Formula]] = defaultdict(list)
    for f in once:
        for a_line in {s.line for s in f.a_spans} or {0}:
            for b_line in {s.line for s in f.b_spans} or {0}:
                around[(f.status, bool(f.a_spans), bool(f.b_spans), a_line, b_line)].append(f)
    kept = [
        f
        for f in once
        if not any(
            g is not f
            and _within(f.a_spans, g.a_spans)
            and _within(f.b_spans, g.b_spans)
            and _place(g) != _place(f)
            for g in around[
                (f.status, bool(f.a_spans), bool(f.b_spans), _line(f.a_spans), _line(f.b_spans))
            ]
        )
    ]
    return tuple(formulas) if len(kept) == len(formulas) else tuple(kept)
