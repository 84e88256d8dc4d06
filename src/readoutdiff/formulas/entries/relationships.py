"""In Chinese readouts, a formula one side says alone is paired with the one clause of the other
readout left silent that states the same relationship as its topic.

Each Chinese readout says where the relationship stands or goes, in other words each time:
"推动双边关系与合作结出更多硕果" becomes "推动双边关系不断走深走实", "近年来，中沙关系保持高水平
发展" becomes "中沙关系处于历史最好时期", "推动两国战略伙伴关系取得更大发展" becomes "不断深化两国
全方位战略伙伴关系". The two clauses share the relationship's name and little else, so no rule
that pairs by shared words (:mod:`readoutdiff.formulas.entries.clause_heads` asks a run of the
formula's own words) pairs them, and the formula was reported dropped, the other clause not at
all.

A *dropped* or *appeared* entry (not the user's) becomes one *changed* entry with a clause of
the other readout when

- that clause is *silent*: no entry has a span in it, and the entry's readout does not say it
  (:func:`readoutdiff.formulas.entries.closer_clause.silent_clauses`);
- the two say one relationship's name, a run of :data:`NAME` or more Chinese characters ending
  in 关系 (两国关系, 中沙关系, 战略伙伴关系; no 、，的 inside it), and in each of them the name
  is the clause's topic (:func:`_topic`): what follows it is the clause's end, a verb, an adverb
  or a conjunction (关系处于, 关系不断, 关系和互利合作), not a noun it qualifies (两国关系新篇章,
  中吉关系发展), nor a 的 later in the clause (中英关系健康稳定发展的下一个篇章, 中南关系的本色);
  and it stands right after no 了 (确立了两国关系新定位: what one meeting did) and after no
  将, 把, 就, 为 or 对 in its clause (将两国关系提升为…, 就深化中马关系…进行深入交流, 为中英关系与合作
  开新局: the relationship as a preposition's object, often what one meeting did); a name of a
  kind (:data:`KINDS`: 伙伴关系, 合作关系) names no relationship;
- neither tells an anniversary (:data:`readoutdiff.formulas.entries.clauses.ANNIVERSARY`) nor
  one event (:func:`readoutdiff.formulas.entries.one_event_zh.one_event`);
- no other silent clause of the other readout says as long a name, and no other entry offers
  that clause as long a name.

The entry's wordings are its own and the clause; its id is the formula's with ``/reworded``,
anchored to it (as :mod:`readoutdiff.formulas.entries.clause_heads` names a formula said in other
words). Nothing hangs on reading order: swapping A and B swaps the result.

Measured on the Chinese dev pairs and on zh10's and zh14's judged batches (benchmarks/README.md,
zh19): a shared run of any words, or two silent clauses paired by a relationship, pair more
wrong lines than right ones.

>>> from readoutdiff.model import Span
>>> from readoutdiff.ingest import from_text
>>> a = from_text("双方要推动双边关系与合作结出更多硕果。")
>>> b = from_text("李强表示，中方愿同新方推动双边关系不断走深走实。")
>>> f = Formula(status=FormulaStatus.DROPPED, a_text="推动双边关系与合作结出更多硕果", b_text=None,
...     a_spans=(Span(start=3, end=18, line=1),), id="mined:x")
>>> [(g.status.value, g.a_text, g.b_text) for g in related([f], a, b)]
[('changed', '推动双边关系与合作结出更多硕果', '中方愿同新方推动双边关系不断走深走实')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from readoutdiff.formulas.entries.clause_heads import Clause, clauses
from readoutdiff.formulas.entries.clauses import ANNIVERSARY
from readoutdiff.formulas.entries.closer_clause import silent_clauses
from readoutdiff.formulas.entries.one_event_zh import one_event
from readoutdiff.languages.zh import tagged
from readoutdiff.model import REWORDED, Formula, FormulaSource, FormulaStatus, Readout, Span
from readoutdiff.records.replacing import replace

RELATION = "关系"
NAME = 4
"""Characters of a relationship's name: a party of two and 关系 (两国关系, 中沙关系); 关系 alone
is said in most clauses of a readout."""
_INSIDE_NO_NAME = frozenset("，、的")
_ONE_SIDED = (FormulaStatus.DROPPED, FormulaStatus.APPEARED)
_PREPOSITIONS = frozenset({"将", "把", "就", "为", "对"})
"""Words before a name that make it a preposition's object, not the clause's topic (将中南关系
提升为…, 就深化中马关系…进行深入交流, 为中英关系与合作开新局, 把发展中欧关系视为…)."""
KINDS = frozenset({"伙伴关系", "合作关系", "友好关系"})
"""Names of a kind of relationship, not of one: "全面战略伙伴关系" and "绿色和数字伙伴关系" share
伙伴关系 and name two partnerships."""
_TOPIC_AFTER = frozenset({"v", "vd", "d", "c", "p", "l", "i"})
"""jieba's tags of the word after a name the clause is about: a verb, an adverb, a conjunction,
a preposition or a set phrase (关系处于…, 关系不断…, 关系和…, 关系在新时代…, 关系稳步发展); an
adjective too, unless a noun follows it (关系稳定发展, not 关系新定位)."""
_ADJECTIVES = frozenset({"a", "ad"})


def related(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with each one-sided entry and the other readout's silent clause that
    states the same relationship as its topic made one *changed* entry (see the module)."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    if RELATION not in a.text or RELATION not in b.text:
        return tuple(formulas)
    wanted = [(n, side) for n, formula in enumerate(formulas) if (side := _one_sided(formula)) >= 0]
    if not wanted:
        return tuple(formulas)
    readouts = (a, b)
    pools = tuple(
        [
            clause
            for clause in silent_clauses(formulas, r, _said(r), readouts[1 - side].text, side)
            if not ANNIVERSARY.search(clause[1]) and not one_event(clause[1])
        ]
        for side, r in enumerate(readouts)
    )
    return tuple(offered(formulas, wanted, pools, _closest))


Offers = dict[tuple[int, Span], list[tuple[int, int, Clause]]]
"""The offers of one-sided entries for each silent clause (by its side and span): the score,
the entry's number and the clause."""
Closest = Callable[[str, Sequence[Clause]], "tuple[int, Clause] | None"]
"""A rule's choice, for a wording, of the one clause of a pool it pairs with, and its score."""


def offered(
    formulas: Sequence[Formula], wanted: Sequence[tuple[int, int]],
    pools: tuple[list[Clause], ...], closest: Closest,
) -> list[Formula]:  # fmt: skip
    """``formulas`` with each ``wanted`` one-sided entry (its number and side) offered to the
    clause of the other side's pool ``closest`` chooses for its wording, and each clause's one
    best offer made one changed entry (:func:`best_offers`; zh19's, zh20's and zh22's rules)."""
    offers: Offers = {}
    for n, side in wanted:
        wording = formulas[n].a_text if side == 0 else formulas[n].b_text
        found = closest(wording or "", pools[1 - side])
        if found is not None:
            offers.setdefault((1 - side, found[1][0]), []).append((found[0], n, found[1]))
    return best_offers(formulas, offers.values())


def mutual_pairs(
    formulas: Sequence[Formula], pools: tuple[list[Clause], ...], closest: Closest, id: str
) -> list[Formula]:
    """A new *changed* entry (id ``id``) for each two clauses of the pools no entry of
    ``formulas`` has a span in, one of A and one of B, each the other's choice by ``closest``
    (zh20's lists, zh22's kept tails)."""
    taken = [{span for f in formulas for span in (f.a_spans, f.b_spans)[side]} for side in (0, 1)]
    free = [[c for c in pools[side] if c[0] not in taken[side]] for side in (0, 1)]
    best = [
        {clause[0]: found for clause in free[side]
         if (found := closest(clause[1], free[1 - side])) is not None}
        for side in (0, 1)
    ]  # fmt: skip
    out = []
    for one in free[0]:
        found = best[0].get(one[0])
        if found is None:
            continue
        back = best[1].get(found[1][0])
        if back is None or back[1][0] != one[0]:
            continue
        out.append(Formula(
            status=FormulaStatus.CHANGED, a_text=one[1], b_text=found[1][1],
            a_spans=(one[0],), b_spans=(found[1][0],), id=id, source=FormulaSource.MINED,
        ))  # fmt: skip
    return out


def best_offers(
    formulas: Sequence[Formula], offers: Iterable[list[tuple[int, int, Clause]]]
) -> list[Formula]:
    """``formulas`` with each clause's one best offer (the highest score, no tie) made one
    changed entry by :func:`with_clause` (also zh20's lists,
    :mod:`readoutdiff.formulas.entries.listed_items`)."""
    out = list(formulas)
    for rivals in offers:
        best = max(score for score, _, _ in rivals)
        top = [(n, clause) for score, n, clause in rivals if score == best]
        if len(top) == 1:
            n, clause = top[0]
            side = 0 if formulas[n].status is FormulaStatus.DROPPED else 1
            out[n] = with_clause(formulas[n], clause, side)
    return out


def _one_sided(formula: Formula) -> int:
    """The side (0 A, 1 B) of a one-sided entry (not the user's) naming a relationship outside
    a date or an event, -1 for any other entry."""
    return one_sided(formula, lambda wording: RELATION in wording and not _dated(wording))


def _dated(wording: str) -> bool:
    """Whether ``wording`` tells an anniversary or one event."""
    return bool(ANNIVERSARY.search(wording)) or one_event(wording)


def one_sided(formula: Formula, keep: Callable[[str], bool]) -> int:
    """The side (0 A, 1 B) of a one-sided entry (not the user's) whose wording ``keep`` takes,
    -1 for any other entry (also zh20's lists)."""
    if formula.status not in _ONE_SIDED or formula.source is FormulaSource.USER:
        return -1
    side = 0 if formula.status is FormulaStatus.DROPPED else 1
    wording = formula.a_text if side == 0 else formula.b_text
    return side if wording and keep(wording) else -1


def _said(readout: Readout) -> list[Clause]:
    """The clauses of ``readout`` that name a relationship (say 关系)."""
    return [clause for clause in clauses(readout) if RELATION in clause[1]]


def _closest(wording: str, pool: Sequence[Clause]) -> tuple[int, Clause] | None:
    """The one clause of ``pool`` naming the longest relationship ``wording`` names, both as
    topic, and that name's length; None when none does or two name one as long."""
    named = [(length, clause) for clause in pool if (length := shared_name(wording, clause[1]))]
    return only_best(named)


def only_best(scored: Sequence[tuple[int, Clause]]) -> tuple[int, Clause] | None:
    """The one clause of ``scored`` with the highest score, and that score; None when none
    scores or two score as high (zh19's, zh20's and zh22's choice of a clause)."""
    best = max((score for score, _ in scored), default=0)
    tops = [clause for score, clause in scored if score == best]
    return (best, tops[0]) if best and len(tops) == 1 else None


def shared_name(one: str, other: str) -> int:
    """The length of the longest relationship name (:data:`NAME` characters or more, ending in
    关系) ``one`` and ``other`` both say as topic (:func:`_topic`), 0 when none.

    >>> shared_name("中沙关系保持高水平发展", "中沙关系处于历史最好时期")
    4
    >>> shared_name("确立了两国关系新定位", "不断开辟两国关系新篇章")
    0
    """
    best = 0
    end = one.find(RELATION) + len(RELATION)
    while end >= len(RELATION):
        for start in range(0, end - NAME + 1):
            name = one[start:end]
            if best >= len(name) or name in KINDS or _INSIDE_NO_NAME.intersection(name):
                continue
            at = other.find(name)  # the cheap test first: most names are not said there
            if at < 0 or not _topic(one, start, end):
                continue
            while at >= 0 and not _topic(other, at, at + len(name)):
                at = other.find(name, at + 1)
            if at >= 0:
                best = len(name)
                break
        end = one.find(RELATION, end) + len(RELATION)
    return best


def _topic(clause: str, start: int, end: int) -> bool:
    """Whether the relationship named at ``clause[start:end]`` is what the clause is about
    (see the module).

    >>> _topic("推动双边关系不断走深走实", 2, 6), _topic("全面规划中吉关系发展", 4, 8)
    (True, False)
    >>> _topic("中英关系稳定发展", 0, 4), _topic("开辟两国关系新篇章", 2, 6)
    (True, False)
    """
    if "的" in clause[end:] or clause[start - 1 : start] == "了":
        return False
    if start and _PREPOSITIONS.intersection(word for word, _ in tagged(clause[:start])):
        return False
    rest = tagged(clause[end:]) if end < len(clause) else []
    if not rest or rest[0][1] in _TOPIC_AFTER:
        return True
    return rest[0][1] in _ADJECTIVES and not (len(rest) > 1 and rest[1][1].startswith("n"))


def with_clause(formula: Formula, clause: Clause, side: int) -> Formula:
    """The one-sided ``formula`` on ``side`` and the other readout's silent ``clause`` as one
    changed entry (id the formula's with ``/reworded``, anchored to it; also zh20's lists,
    :mod:`readoutdiff.formulas.entries.listed_items`)."""
    span, words = clause
    changed = replace(
        formula, status=FormulaStatus.CHANGED, variant=False, anchor=formula.anchor or formula.id,
        id=formula.id + REWORDED,
    )  # fmt: skip
    if side == 0:
        return replace(changed, b_text=words, b_spans=(span,))
    return replace(changed, a_text=words, a_spans=(span,))
