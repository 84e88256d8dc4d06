"""In Chinese readouts, a clause that lists three items or more (joined by 、) and a clause of the
other readout that says every one of them after the verb the list stands under, are one line said
again: "促进地区和平稳定和繁荣发展" becomes "促进地区和平、发展、繁荣".

zh20's lists (:mod:`readoutdiff.formulas.entries.listed_items`) pair a list and one of its items
said in the list's frame, and only by items each readout says at most twice: an item said
throughout (和平, 发展, 繁荣) ties no two clauses by itself. A whole list said again is other
evidence: every item of one clause's list in the other clause, after the same verb.

A *dropped* or *appeared* entry (not the user's) becomes one *changed* entry with a clause of
the other readout, and two clauses no entry reports, one of each readout, become one new
*changed* entry (id :data:`WHOLE_ID`) when each is the other's one best, when

- the clause is *silent*: no entry has a span in it, and the other readout does not say it
  (:func:`readoutdiff.formulas.entries.closer_clause.silent_clauses`);
- one of the two enumerates at least :data:`ITEMS` items
  (:func:`readoutdiff.formulas.entries.listed_items.items`) and the other says every one;
- the list stands under a verb of :data:`VERB` characters or more (the last before its first
  item: 促进, 维护) the other says before every item;
- neither is the other said whole (then nothing changed), and neither tells an anniversary, one
  event, the meeting's news or the documents signed
  (:func:`readoutdiff.formulas.entries.listed_items.eligible`);
- no other such clause shares as many characters of the items, and no other entry offers that
  clause as many.

Nothing hangs on reading order: swapping A and B swaps the result.

>>> from readoutdiff.model import FormulaStatus, Span
>>> from readoutdiff.ingest import from_text
>>> a = from_text("双方要促进地区和平稳定和繁荣发展。")
>>> b = from_text("中方愿同澳方促进地区和平、发展、繁荣。")
>>> f = Formula(status=FormulaStatus.DROPPED, a_text="促进地区和平稳定和繁荣发展",
...     b_text=None, a_spans=(Span(start=3, end=16, line=1),), id="mined:x")
>>> [(g.status.value, g.a_text, g.b_text) for g in lists_said_whole([f], a, b)]
[('changed', '促进地区和平稳定和繁荣发展', '中方愿同澳方促进地区和平、发展、繁荣')]
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.entries.clause_heads import Clause, clauses
from readoutdiff.formulas.entries.closer_clause import silent_clauses
from readoutdiff.formulas.entries.listed_items import MARK, eligible, items
from readoutdiff.formulas.entries.relationships import mutual_pairs, offered, one_sided, only_best
from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.languages.zh import tagged
from readoutdiff.model import REWORDED, Formula, Readout

ITEMS = 3
"""Items of a list at least: two items said again (和平、发展) are a phrase, not a list."""
VERB = 2
"""Characters of the opening verb at least: one character (为, 在) frames nothing."""


def lists_said_whole(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with each one-sided entry and the other readout's silent clause, one
    listing items the other says every one of under one verb, made one *changed* entry (see
    the module)."""
    if a.language != "zh" or b.language != "zh" or (MARK not in a.text and MARK not in b.text):
        return tuple(formulas)
    wanted = [
        (n, side)
        for n, formula in enumerate(formulas)
        if (side := one_sided(formula, eligible)) >= 0
    ]
    readouts = (a, b)
    said = [list(clauses(r)) for r in readouts]
    wordings = [(formulas[n].a_text, formulas[n].b_text)[side] for n, side in wanted]
    lists = [
        listed for w in (*wordings, *(c[1] for s in said for c in s)) if (listed := _list(w or ""))
    ]
    if not lists:
        return tuple(formulas)
    words = frozenset().union(*lists)
    pools = tuple(
        silent_clauses(
            formulas, r, [c for c in said[side] if _list(c[1]) or _says(c[1], words)],
            readouts[1 - side].text, side,
        )
        for side, r in enumerate(readouts)
    )  # fmt: skip
    out = offered(formulas, wanted, pools, _closest)
    out.extend(mutual_pairs(out, pools, _closest, WHOLE_ID))
    return tuple(out)


WHOLE_ID = phrase_id("mined", ("全列",)) + REWORDED
"""The id of an entry made of two silent clauses."""


def _closest(wording: str, pool: Sequence[Clause]) -> tuple[int, Clause] | None:
    """The one clause of ``pool`` that says ``wording``'s whole list or lists what ``wording``
    says whole, by :func:`said_whole`, and that score; None when none does or two do as much."""
    scored = [
        (score, clause) for clause in pool
        if (score := said_whole(wording, clause[1])) and eligible(clause[1])
    ]  # fmt: skip
    return only_best(scored)


def said_whole(one: str, other: str) -> int:
    """The characters of the items of either's list (:data:`ITEMS` or more) the other says
    every one of, after the verb the list stands under; 0 otherwise, or when either says the
    other whole.

    >>> said_whole("促进地区和平稳定和繁荣发展", "中方愿同澳方促进地区和平、发展、繁荣")
    6
    >>> said_whole("中方愿同澳方促进地区和平、发展、繁荣", "推动地区和平稳定和繁荣发展")
    0
    >>> said_whole("促进地区和平、发展", "促进地区和平稳定和繁荣发展")
    0
    """
    if (
        (one.count(MARK) < ITEMS - 1 and other.count(MARK) < ITEMS - 1)
        or one in other
        or other in one
    ):
        return 0
    best = 0
    for listing, saying in ((one, other), (other, one)):
        listed = _list(listing)
        if not listed or not all(item in saying for item in listed):
            continue
        verb = _verb(listing, listed)
        if verb is None or not 0 <= saying.find(verb) < min(saying.find(i) for i in listed):
            continue
        best = max(best, sum(len(item) for item in listed))
    return best


def _list(clause: str) -> frozenset[str]:
    """The items ``clause`` enumerates when they are :data:`ITEMS` or more (as many items need
    one 、 fewer: the cheap test first); empty otherwise."""
    if clause.count(MARK) < ITEMS - 1:
        return frozenset()
    listed = items(clause)
    return listed if len(listed) >= ITEMS else frozenset()


def _says(clause: str, words: frozenset[str]) -> bool:
    """Whether ``clause`` says :data:`ITEMS` or more of the listed ``words`` (a clause saying
    fewer says no list whole)."""
    return sum(word in clause for word in words) >= ITEMS


def _verb(clause: str, listed: frozenset[str]) -> str | None:
    """The last verb of :data:`VERB` characters or more before the first item of ``clause``'s
    list (促进 in 促进地区和平、发展、繁荣); None when there is none."""
    first = min(clause.find(item) for item in listed)
    at, verb = 0, None
    for word, tag in tagged(clause):
        if at >= first:
            break
        if tag == "v" and len(word) >= VERB:
            verb = word
        at += len(word)
    return verb
