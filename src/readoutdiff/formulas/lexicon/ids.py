"""What a formula's id tells: the entry of a lexicon it names, or the stems of a phrase.

A formula from a lexicon file keeps the id the file gives it. A phrase the stage finds in the
readouts themselves (mined from the pair, recurring across a series, known from the background
corpus) has no file: its id is its kind and its stems, ``mined:security-assistanc``. This
module makes and reads both kinds, so that whoever names a formula to a reader by its words
(:mod:`readoutdiff.formulas.keys.naming`) asks it rather than spelling ids or walking a lexicon itself.

>>> phrase_id("mined", ("security", "assistanc"))
'mined:security-assistanc'
>>> phrase_stems("mined:security-assistanc"), phrase_stems("core-interests")
(('security', 'assistanc'), None)
>>> phrase_kind("recurring:new-era"), phrase_kind("core-interests")
('recurring', None)
>>> builtin_entry("core-interests").text, builtin_entry("no-such-formula")
('core interests', None)
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from functools import cache

from readoutdiff.formulas.lexicon.lexicon import builtin
from readoutdiff.model import REWORDED, Entry, Formula, Lexicon
from readoutdiff.records.replacing import replace

_KIND = ":"
"""Between a phrase's kind and its stems; never in a lexicon file's id."""
_STEM = "-"
"""Between a phrase's stems."""


def phrase_id(kind: str, stems: Iterable[str]) -> str:
    """The id of a phrase of ``kind`` (``mined``, ``recurring``, ``background``) with ``stems``."""
    return kind + _KIND + _STEM.join(stems)


def phrase_stems(formula_id: str) -> tuple[str, ...] | None:
    """The stems of a phrase's id, in order; None for a lexicon entry's id. A number or a
    wording's stems after ``#`` (:func:`distinct`) is no stem of the phrase.

    >>> phrase_stems("mined:greeting#congratulated-ruto"), phrase_stems("mined:world#2")
    (('greeting',), ('world',))
    """
    kind, colon, stems = formula_id.rpartition(_KIND)
    return tuple(stems.split(_MARK)[0].split(_STEM)) if kind and colon else None


def phrase_kind(formula_id: str) -> str | None:
    """The kind of a phrase's id (``mined``, ``recurring``, ``background``); None for a
    lexicon entry's id."""
    kind, colon, _ = formula_id.rpartition(_KIND)
    return kind if kind and colon else None


_MARK = "#"
"""Before what tells apart entries that would share an id: a number (``x/wording#2``) or, from
:func:`distinct`, stems of the entry's own wording (``mined:greeting#congratulated-ruto``)."""
_MARKED = re.compile(r"#[^/>]*")


def bare_id(formula_id: str) -> str:
    """``formula_id`` without what tells its entry apart from others of one id (``#…``, up to
    the next ``/`` or ``>``): the id a ``check`` rule names them all by.

    >>> bare_id("mined:выраз#поддержк/lone"), bare_id("x/reworded#2"), bare_id("x>y#a-b")
    ('mined:выраз/lone', 'x/reworded', 'x>y')
    """
    return _MARKED.sub("", formula_id) if _MARK in formula_id else formula_id


def distinct(formulas: Sequence[Formula], lexicon: Lexicon | None = None) -> Sequence[Formula]:
    """``formulas`` in their order, no two with one id: of the entries sharing an id, the one
    told on both sides keeps it (else the first by places on both sides together, as
    :func:`numbered` orders them, so the swapped comparison reads alike), and each other gets
    stems of its own wording after its owner's id (:func:`marked_id`): a Russian point told
    twice, ``mined:выраз/lone`` and ``mined:выраз#поддержк-усил/lone``. The stems, not a
    number, so that one line keeps its id in each comparison of a series it is told in, and a
    ``series`` row joins it; the kind of entry (``/lone``, ``/reworded``) stays the id's end.
    An id of ``lexicon`` (the run's) that holds a "/" is an owner, not a kind. Nothing is made
    when no id is shared.

    >>> from readoutdiff.model import FormulaStatus, Span
    >>> def told(status: str, a: str | None, b: str | None, at: int) -> Formula:
    ...     span = (Span(start=at, end=at + 5, line=1),)
    ...     return Formula(status=FormulaStatus(status), a_text=a, b_text=b, id="mined:greeting",
    ...                    a_spans=span if a else (), b_spans=span if b else ())
    >>> [f.id for f in distinct([told("appeared", None, "congratulated Ruto on his election", 9),
    ...                          told("changed", "sent greetings", "sent warm greetings", 40)])]
    ['mined:greeting#congratulated-ruto-election', 'mined:greeting']
    """
    ids = [f.id for f in formulas]
    if len(set(ids)) == len(ids):
        return formulas
    counts: dict[str, int] = defaultdict(int)
    for formula_id in ids:
        counts[formula_id] += 1
    taken = set(ids)
    owners = tuple(e.id for e in lexicon.entries if "/" in e.id) if lexicon else ()
    renamed: dict[int, str] = {}
    groups: dict[str, list[int]] = {}
    for formula_id in sorted(i for i, n in counts.items() if n > 1):
        group = sorted(
            (k for k, f in enumerate(formulas) if f.id == formula_id),
            key=lambda k: (not (formulas[k].a_text and formulas[k].b_text), both_places(formulas[k])),
        )  # fmt: skip
        groups[formula_id] = group
        for k in group[1:]:
            renamed[k] = marked_id(formulas[k], owners, taken)
            taken.add(renamed[k])
    anchors: dict[int, str] = {}  # an anchor at a formula whose entries were told apart
    for k, f in enumerate(formulas):
        if f.anchor not in groups:
            continue
        group = groups[f.anchor]
        nearest = k if k in group else _nearest(f, [(g, formulas[g]) for g in group])
        if nearest in renamed:  # its own entry's id, or the entry beside it
            anchors[k] = renamed[nearest]
    return [
        replace(f, id=renamed.get(k, f.id), anchor=anchors.get(k, f.anchor))
        if k in renamed or k in anchors
        else f
        for k, f in enumerate(formulas)
    ]


def _nearest(formula: Formula, owners: Sequence[tuple[int, Formula]]) -> int | None:
    """Of ``owners`` (index, entry: the entries of one formula ``formula`` is anchored at), the
    one that stands nearest ``formula`` on a side both say: in its line first, then by how far
    their first places are (the first by place on a tie). None when no owner shares a side.
    A change around a formula told twice is around the telling beside it (xi-ruto 2023-10-18:
    two clauses of A line 6 around belt-and-road, whose entries are lines 4 and 6)."""
    best: tuple[tuple[bool, int, tuple[object, ...]], int] | None = None
    for k, owner in owners:
        for mine, theirs in ((formula.a_spans, owner.a_spans), (formula.b_spans, owner.b_spans)):
            if not mine or not theirs:
                continue
            key = (
                mine[0].line != theirs[0].line,
                abs(mine[0].start - theirs[0].start),
                both_places(owner),
            )
            if best is None or key < best[0]:
                best = (key, k)
    return None if best is None else best[1]


_MARK_STEMS = 3
"""Stems of a wording that tell an entry apart (more when another entry has as many alike);
an ideograph, a Chinese stem, weighs half a stem."""


def marked_id(formula: Formula, slashed: Sequence[str], taken: Collection[str]) -> str:
    """``formula``'s id with stems of its own wording after its owner (the id up to its first
    "/", or a slashed lexicon id it starts with): the first three content stems (six
    ideographs) its owner's id does not hold, more until no id of ``taken`` is the same,
    numbered after all of them when two entries say the same words. A wording is the one side's, or the first of the two in
    order (the same in the swapped comparison).

    >>> from readoutdiff.model import FormulaStatus
    >>> kept = Formula(status=FormulaStatus.DROPPED, a_text="扩大各领域合作", b_text=None,
    ...                id="mined:领-域-合-作/reworded")
    >>> marked_id(kept, (), set())
    'mined:领-域-合-作#扩-大-各/reworded'
    >>> marked_id(kept, (), {"mined:领-域-合-作#扩-大-各/reworded"})
    'mined:领-域-合-作#扩-大-各-2/reworded'
    """
    # here, not at the top: the views import this module, and few comparisons share an id
    from readoutdiff.formulas.words.phrases import key
    from readoutdiff.formulas.words.roles import STOPS

    head, tail = _owner_split(formula.id, slashed)
    owned = set(phrase_stems(bare_id(head)) or ())
    wording = min(w for w in (formula.a_text, formula.b_text) if w is not None)
    stems = [s for s in dict.fromkeys(key(wording)) if s not in owned and s not in STOPS]
    least = _marking(stems)
    tried = [stems[:n] for n in range(least, len(stems) + 1)] or [stems]
    for said in tried:
        name = f"{head}{_MARK}{_STEM.join(said)}{tail}"
        if said and name not in taken:
            return name
    joined = _STEM.join(stems)
    return next(
        name
        for n in range(2, len(taken) + 3)
        if (name := f"{head}{_MARK}{joined}{_STEM if joined else ''}{n}{tail}") not in taken
    )


def _marking(stems: Sequence[str]) -> int:
    """How many of ``stems`` make :data:`_MARK_STEMS`, an ideograph half of one.

    >>> _marking(("основыва", "духовн", "культурн", "x")), _marking(tuple("拓展新能源数字经济"))
    (3, 6)
    """
    weight, n = 0.0, 0
    while n < len(stems) and weight < _MARK_STEMS:
        weight += 0.5 if len(stems[n]) == 1 and "\u3400" <= stems[n] <= "\u9fff" else 1.0
        n += 1
    return n


def _owner_split(formula_id: str, slashed: Sequence[str]) -> tuple[str, str]:
    """``formula_id`` cut where a mark goes: after the longest of ``slashed`` it starts with
    (a lexicon id holding "/"), else before its first "/" (the whole id when it has none)."""
    known = [i for i in slashed if formula_id == i or formula_id.startswith(f"{i}/")]
    at = len(max(known, key=len)) if known else formula_id.find("/")
    return (
        (formula_id, "") if at < 0 or at >= len(formula_id) else (formula_id[:at], formula_id[at:])
    )


def numbered(formulas: Sequence[Formula]) -> list[Formula]:
    """``formulas`` in their order, each id that several share numbered after the first
    (``…/wording``, ``…/wording#2``) by their places on both sides together, the wordings
    breaking a tie: the order the comparison of the swapped readouts reads too, so a change
    keeps its number when A and B change places (one side's order, the order of B's passages,
    gave two changes around one formula each other's number; tests/test_formulas_symmetry.py).

    >>> from readoutdiff.model import FormulaStatus, Span
    >>> def change(a_start: int, b_start: int) -> Formula:
    ...     return Formula(status=FormulaStatus.CHANGED, a_text="x", b_text="y", id="f/wording",
    ...         a_spans=(Span(start=a_start, end=a_start + 1, line=1),),
    ...         b_spans=(Span(start=b_start, end=b_start + 1, line=1),))
    >>> [f.id for f in numbered([change(90, 5), change(10, 70)])]
    ['f/wording', 'f/wording#2']
    """
    count: dict[str, int] = defaultdict(int)
    number: dict[int, int] = {}
    for k in sorted(range(len(formulas)), key=lambda k: both_places(formulas[k])):
        count[formulas[k].id] += 1
        number[k] = count[formulas[k].id]
    return [
        f if number[k] == 1 else replace(f, id=f"{f.id}#{number[k]}")
        for k, f in enumerate(formulas)
    ]


def kept_id(formula_id: str, taken: Iterable[str]) -> str:
    """The id of a reworded entry (``<formula>/reworded``, maybe numbered ``#N``) read as the
    formula kept: the formula's id, numbered after the ids ``taken`` when one of them is it
    already, so no two entries share an id (branch fix2: ``"x/reworded#2"`` became ``"x#2"``
    whatever ``x`` entries there were). An id with no reworded suffix is left as it is.

    >>> kept_id("mined:x/reworded#2", []), kept_id("mined:x/reworded", ["mined:x"])
    ('mined:x', 'mined:x#2')
    >>> kept_id("mined:x/reworded", ["mined:x", "mined:x#2"]), kept_id("x/context", [])
    ('mined:x#3', 'x/context')
    """
    head, reworded, number = formula_id.rpartition(REWORDED)
    if not reworded or number and not (number[:1] == "#" and number[1:].isdigit()):
        return formula_id
    busy = set(taken)
    return next(
        name
        for name in (head, *(f"{head}#{n}" for n in range(2, len(busy) + 3)))
        if name not in busy
    )


def both_places(formula: Formula) -> tuple[tuple[int, int], tuple[str, str]]:
    """A formula's first places and wordings on its two sides, the lower first: the same key
    when the readouts are swapped."""
    starts = [spans[0].start if spans else -1 for spans in (formula.a_spans, formula.b_spans)]
    texts = sorted((formula.a_text or "", formula.b_text or ""))
    return (min(starts), max(starts)), (texts[0], texts[1])


def builtin_entry(formula_id: str) -> Entry | None:
    """The built-in lexicon's entry with ``formula_id``, or None."""
    return _builtin_by_id().get(formula_id)


@cache
def _builtin_by_id() -> dict[str, Entry]:
    return {entry.id: entry for entry in builtin().entries}
