"""In Chinese readouts, a changed entry whose one wording shares more with a clause nothing
reports is re-pointed to that clause.

The formula stage links a wording of one readout to a line of the other by what they share,
often a short run ("相互尊重", "合作"), when the other readout says the same line reworded in a
clause no entry reports: "只要双方坚持相互尊重、求同存异、交流互鉴、合作共赢" was linked to "本着平等、
坦诚和相互尊重的精神加强双多边对话合作" while B also says "坚持求同存异、交流互鉴"; "培育人工智能、
量子技术等前沿领域合作增量" to "坚持相互尊重、开放合作" while B says "促进人工智能等前沿领域对话合作".
An analyst lists the wording with the clause that says its words, the linked line apart.

A changed entry's wording is re-pointed when a *silent* clause of the other readout (no entry
has a span in it, and it is not said on the wording's side) shares a run of :data:`RUN` or more
characters with it, more than the wording shares with its partner, and no other silent clause
shares as long a run; a clause that holds the wording whole, or is held by it, is left (zh11's
rule: that is no change). The partner keeps its own fate: one-sided, as the entry had not
linked it. A clause two entries would take goes to the one sharing the longer run; two entries
that keep one wording and share as long a run are both re-pointed (one entry, both partners
one-sided); otherwise none is. Nothing hangs on reading order: swapping A and B swaps the
result.

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.model import Span
>>> f = Formula(status=FormulaStatus.CHANGED, a_text="双方坚持相互尊重、求同存异、交流互鉴",
...     b_text="实现相互尊重", a_spans=(Span(start=0, end=18, line=1),),
...     b_spans=(Span(start=0, end=6, line=1),), id="mined:x")
>>> a = from_text("双方坚持相互尊重、求同存异、交流互鉴。")
>>> b = from_text("实现相互尊重。坚持求同存异、交流互鉴。")
>>> [(g.status.value, g.a_text, g.b_text) for g in relinked([f], a, b)]
[('changed', '双方坚持相互尊重、求同存异、交流互鉴', '坚持求同存异、交流互鉴'), ('appeared', None, '实现相互尊重')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from difflib import Match, SequenceMatcher
from functools import lru_cache

from readoutdiff.formulas.entries.clause_heads import Clause, clauses
from readoutdiff.model import Formula, FormulaStatus, Readout, Span
from readoutdiff.records.replacing import replace

RUN = 5
SHARE = 3
"""The shortest run of characters a silent clause must share with a wording to take it: more
than a four-character word ("相互尊重", "战略伙伴"), which many clauses of one readout say."""


def shared_run(one: str, other: str) -> int:
    """The length of the longest run of characters ``one`` and ``other`` share.

    >>> shared_run("坚持相互尊重、求同存异、交流互鉴", "坚持求同存异、交流互鉴")
    9
    """
    return _longest(one, other).size


def _longest(one: str, other: str) -> Match:
    """The longest run of characters ``one`` and ``other`` share, where it stands in each."""
    matcher = SequenceMatcher(None, one, other, autojunk=False)
    return matcher.find_longest_match(0, len(one), 0, len(other))


def relinked(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with each changed entry whose one wording shares more with a silent
    clause of the other readout linked to that clause instead (see the module)."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    said = (list(clauses(a)), list(clauses(b)))
    whole = ({words for _, words in said[0]}, {words for _, words in said[1]})
    silent = (
        silent_clauses(formulas, a, said[0], b.text, 0),
        silent_clauses(formulas, b, said[1], a.text, 1),
    )
    proposed = {
        i: move
        for i, f in enumerate(formulas)
        if f.status is FormulaStatus.CHANGED and (move := _proposed(f, silent, whole))
    }
    taken = _claims(proposed)
    out: list[Formula] = []
    for i, formula in enumerate(formulas):
        if i not in taken:
            out.append(formula)
            continue
        _, keep_a, clause = taken[i]
        out += [_pointed(formula, clause, keep_a), left_partner(formula, keep_a)]
    return tuple(dict.fromkeys(out))


Move = tuple[int, bool, Clause]
"""A proposed re-pointing: the run shared, whether A's wording is kept, the silent clause."""


def _claims(proposed: dict[int, Move]) -> dict[int, Move]:
    """The moves that win their clause: those sharing its longest run, when they keep one
    wording (two entries linking that wording to two lines); none when they keep two."""
    by_clause: dict[Span, list[int]] = {}
    for i, (_, _, (span, _)) in proposed.items():
        by_clause.setdefault(span, []).append(i)
    won: dict[int, Move] = {}
    for rivals in by_clause.values():
        best = max(proposed[i][0] for i in rivals)
        top = [i for i in rivals if proposed[i][0] == best]
        if len({proposed[i][1] for i in top}) == 1:
            won |= {i: proposed[i] for i in top}
    return won


def silent_clauses(
    formulas: Sequence[Formula], readout: Readout, said: Sequence[Clause], other: str, side: int
) -> list[Clause]:
    """The clauses ``said`` in ``readout`` no entry has a span in and ``other`` does not say,
    each span given its line (:func:`readoutdiff.formulas.entries.clause_heads.lined`).

    The characters the entries' spans take are marked once, and a clause's line is read off
    the line ends before it (four rules ask this of every clause of both readouts)."""
    text = readout.text
    taken = bytearray(len(text))
    for f in formulas:
        for span in (f.a_spans, f.b_spans)[side]:
            if span.start < (end := min(span.end, len(text))):
                taken[span.start : end] = b"\x01" * (end - span.start)
    free = [(span, words) for span, words in said
            if words not in other and 1 not in taken[span.start : span.end]]  # fmt: skip
    if not free:
        return []
    ends = _line_ends(text)
    return [(replace(span, line=bisect_left(ends, span.start) + 1), words) for span, words in free]


_LINE_END = re.compile(r"\r|(?<!\r)\n")


@lru_cache(maxsize=8)
def _line_ends(text: str) -> list[int]:
    """Where the lines of ``text`` end, ``\\r\\n`` once (at its ``\\r``), as
    :func:`readoutdiff.formulas.entries.clause_heads.lined` counts them: the line of a character at ``k`` is one more than the ends before ``k``."""
    return [m.start() for m in _LINE_END.finditer(text)]


def _proposed(
    formula: Formula, silent: tuple[list[Clause], list[Clause]], whole: tuple[set[str], set[str]]
) -> Move | None:
    """The silent clause that takes one wording of ``formula`` (a whole clause of its readout),
    or None when none does or each wording finds one as close."""
    assert formula.a_text is not None and formula.b_text is not None
    moves: list[Move] = []
    for keep_a, wording, partner in ((True, formula.a_text, formula.b_text),
                                     (False, formula.b_text, formula.a_text)):  # fmt: skip
        if wording not in whole[0 if keep_a else 1]:  # a fragment's line is not known
            continue
        found = _closest(wording, shared_run(wording, partner), silent[1 if keep_a else 0])
        if found is not None:
            moves.append((found[0], keep_a, found[1]))
    if len(moves) == 2 and moves[0][0] == moves[1][0]:
        return None
    return max(moves, key=lambda move: move[0], default=None)


def _closest(wording: str, now: int, pool: Sequence[Clause]) -> tuple[int, Clause] | None:
    """The one clause of ``pool`` sharing the longest run with ``wording``, :data:`RUN` or more
    and more than ``now``, and that run; none when two share as long a run, or it holds or is
    held by it."""
    runs = [
        (run, (span, words))
        for span, words in pool
        if (run := _unopened_run(wording, words)) * SHARE >= len(words)
    ]
    best = max((run for run, _ in runs), default=0)
    tops = [clause for run, clause in runs if run == best]
    if best < max(RUN, now + 1) or len(tops) != 1:
        return None
    words = tops[0][1]
    return None if words in wording or wording in words else (best, tops[0])


def _unopened_run(wording: str, words: str) -> int:
    """The longest run ``wording`` and ``words`` share, 0 when it opens both: two clauses
    opening alike share a subject or a party ("塞尔维亚是中国的铁杆朋友" / "塞尔维亚是个小国",
    "中沙关系的战略性……" / "中沙关系处于……"), not a line (zh9)."""
    match = _longest(wording, words)
    return 0 if match.a == match.b == 0 else match.size


def _pointed(formula: Formula, clause: Clause, keep_a: bool) -> Formula:
    """``formula`` with its other side the silent ``clause``."""
    span, words = clause
    if keep_a:
        return replace(formula, b_text=words, b_spans=(span,))
    return replace(formula, a_text=words, a_spans=(span,))


def left_partner(formula: Formula, keep_a: bool) -> Formula:
    """The former partner of a re-pointed entry, one-sided (also zh23's
    :mod:`readoutdiff.formulas.entries.better_partner`)."""
    return Formula(
        status=FormulaStatus.APPEARED if keep_a else FormulaStatus.DROPPED,
        a_text=None if keep_a else formula.a_text, b_text=formula.b_text if keep_a else None,
        a_spans=() if keep_a else formula.a_spans, b_spans=formula.b_spans if keep_a else (),
        id=formula.anchor or formula.id, source=formula.source, topic=formula.topic,
    )  # fmt: skip
