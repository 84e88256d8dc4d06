"""One clause of the readouts, one entry: the formula stage's last folds (branches dup1, dup2).

``in_clauses`` grows a formula to the clause it stands in (``<id>/clause``). A clause holding
two formulas was grown once per formula, over the same characters on both sides: xi-modi
2024-10-23's "为推动世界多极化、国际关系民主化作出贡献" → "携手推动世界多极化和国际关系民主化"
was told changed twice, once for 世界多极化 and once for 国际关系民主化, word for word; and a
clause another rule already tells (a reworded phrase, xi-hun-manet 2025-08-30's
"落实好访问达成的重要共识") was told again as a grown clause. ``in_clauses`` reads such a clause
once now, where it grows it (branch dup2); a later rule may still pair two grown clauses with
one clause of the other side (xi-scholz 2024-04-16: 相互尊重 and 合作共赢's clauses, both paired
with "坚持求同存异、交流互鉴"). :func:`told_once` leaves out a grown clause told
with one status, one source and the same spans on both sides by another entry: the entry that
is no grown clause stays, else the grown clause whose id sorts first (so that swapping the
readouts keeps the same one).

Two entries of other kinds over the same place stay apart: a series (``readoutdiff series``)
follows a phrase recurring in the series and a mined phrase as two rows over every step
(harris-herzog → biden-herzog). Measured and not folded (benchmarks/README.md, ``## dup1``): an
entry inside another of the same fate on every side. A kept core inside the change of its line
is folded by :func:`cores_in_lines` (branch dup2), unless the change is told around that core.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from readoutdiff.model import CLAUSE, Formula, FormulaStatus, Span


def _grown(f: Formula) -> bool:
    return CLAUSE in f.id


def _start(f: Formula) -> tuple[FormulaStatus, int, int]:
    """Where an entry starts on each side (-1 where it has no span): a cheap key before the
    whole place is compared (an entry of the 500 KB corpus has hundreds of spans)."""
    return (
        f.status,
        f.a_spans[0].start if f.a_spans else -1,
        f.b_spans[0].start if f.b_spans else -1,
    )


def told_once(formulas: Sequence[Formula]) -> tuple[Formula, ...]:
    """``formulas`` less each grown clause (``<id>/clause``) told by another entry with one
    status, one source and the same spans on both sides (see the module's note); the order is
    kept."""
    starts = {_start(f) for f in formulas if (f.a_spans or f.b_spans) and _grown(f)}
    if not starts:
        return tuple(formulas)
    at: dict[tuple[FormulaStatus, int, int], list[Formula]] = defaultdict(list)
    for f in formulas:
        if (f.a_spans or f.b_spans) and (key := _start(f)) in starts:
            at[key].append(f)
    left: set[int] = set()
    for group in at.values():
        for f in group:
            if not _grown(f):
                continue
            same = [
                g
                for g in group
                if g is not f
                and g.source is f.source
                and g.a_spans == f.a_spans
                and g.b_spans == f.b_spans
            ]
            # another kind of entry tells it, or a grown clause whose id sorts first
            if any(not _grown(g) or g.id < f.id for g in same):
                left.add(id(f))
    if not left:
        return tuple(formulas)
    return tuple(f for f in formulas if id(f) not in left)


def _inside(spans: tuple[Span, ...], around: tuple[Span, ...]) -> bool:
    return all(any(o.start <= s.start and s.end <= o.end for o in around) for s in spans)


def cores_in_lines(formulas: Sequence[Formula]) -> tuple[Formula, ...]:
    """``formulas`` less each kept core told inside a changed line (branch dup2): a
    *persisted* entry whose spans, on both sides, lie inside the spans of one *changed* entry
    that is no change around that very core (``anchor``); the order is kept.

    The hand lists give such a line one event, changed (biden-sunak 2022-10-25: "sustainable
    and affordable energy" kept inside "secure sustainable and affordable energy resources" →
    "securing sustainable and affordable energy supplies"): the analyst read the line's change
    and again its core, kept. A change told *around* the core (``anchor`` is the core's id:
    "Wording around kept formula … changed") names the core and is read with it (``check``,
    key changes): the core stays. Only with ``Options.governing_words`` (the caller's part): a
    series and ``check`` follow a formula's row by its own entry.
    """
    changed: dict[int, list[Formula]] = defaultdict(list)
    for f in formulas:
        if f.status is FormulaStatus.CHANGED and f.a_spans and f.b_spans:
            for line in {s.line for s in f.a_spans}:
                changed[line].append(f)
    if not changed:
        return tuple(formulas)
    left: set[int] = set()
    for f in formulas:
        if f.status is not FormulaStatus.PERSISTED or not f.a_spans or not f.b_spans:
            continue
        if any(
            g.anchor != f.id and _inside(f.a_spans, g.a_spans) and _inside(f.b_spans, g.b_spans)
            for g in changed.get(f.a_spans[0].line, ())
        ):
            left.add(id(f))
    if not left:
        return tuple(formulas)
    return tuple(f for f in formulas if id(f) not in left)
