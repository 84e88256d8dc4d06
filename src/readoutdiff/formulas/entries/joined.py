"""One *changed* entry made of a dropped and an appeared entry that a rule ties as the two
halves of one line (:func:`readoutdiff.formulas.entries.better_partner.halves_paired`,
:func:`readoutdiff.formulas.entries.swapped_items.items_swapped`,
:func:`readoutdiff.formulas.entries.throughout_heads.heads_paired`,
:func:`readoutdiff.formulas.entries.same_anniversary.anniversaries_paired`).

The entry says A's wording and spans as the dropped entry does and B's as the appeared one
does, is no variant, and is named by the lesser id of the two (``<id>/reworded``, anchored on
that entry's anchor or id): the change has one name whichever readout is A. The rest (source,
confidence, topic, and the steps :func:`readoutdiff.formulas.origins.origins` records) is
copied from the dropped entry, or, with ``from_named``, from the entry the change is named by,
so that swapping A and B swaps the story of its steps as well (zh38's swapped lists). Copied
from the dropped entry, that rest hangs on which readout is A (fix7 in benchmarks/README: the
lesser id is not the surer entry, ``background:`` before ``builtin:``).

>>> dropped = Formula(status=FormulaStatus.DROPPED, a_text="加强贸易投资合作", b_text=None,
...     id="mined:y", topic="trade")
>>> appeared = Formula(status=FormulaStatus.APPEARED, a_text=None, b_text="加强各领域合作",
...     id="mined:x")
>>> g = joined(dropped, appeared)
>>> (g.status.value, g.a_text, g.b_text, g.id, g.anchor, g.topic)
('changed', '加强贸易投资合作', '加强各领域合作', 'mined:x/reworded', 'mined:x', 'trade')
>>> joined(dropped, appeared, from_named=True).topic  # made from mined:x, the appeared entry
''
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import attrgetter

from readoutdiff.model import CLAUSE, REWORDED, Formula, FormulaStatus
from readoutdiff.records.replacing import replace

_ID = attrgetter("id")


def joined(dropped: Formula, appeared: Formula, *, from_named: bool = False) -> Formula:
    """The *changed* entry of ``dropped`` (A's wording) and ``appeared`` (B's), named by the
    lesser of their ids, copied from ``dropped`` or, with ``from_named``, from the entry it is
    named by (see the module)."""
    named = min(dropped, appeared, key=_ID)  # one name whichever readout is A
    name, anchor = named.id, named.anchor or named.id
    if _halves_of_one(dropped, appeared):  # …/clause-a names A's side: the changed clause's
        name = anchor = f"{dropped.anchor}{CLAUSE}"
    if from_named and named is appeared:
        made, halves = appeared, {"a_text": dropped.a_text, "a_spans": dropped.a_spans}
    else:
        made, halves = dropped, {"b_text": appeared.b_text, "b_spans": appeared.b_spans}
    return replace(
        made, status=FormulaStatus.CHANGED, variant=False, anchor=anchor, id=name + REWORDED,
        **halves,
    )  # fmt: skip


def _halves_of_one(dropped: Formula, appeared: Formula) -> bool:
    """Whether ``dropped`` and ``appeared`` are the clauses each side says alone around one
    formula (``<id>/clause-a`` and ``<id>/clause-b``): the lesser id names A's side, whichever
    readout that is (sym5, wangyi-baerbock 2022-05-24's anniversary), so the change is named
    as the changed clause around that formula (``<id>/clause``) instead.

    >>> a = Formula(status=FormulaStatus.DROPPED, a_text="甲", b_text=None, id="x/clause-a",
    ...     anchor="x")
    >>> b = Formula(status=FormulaStatus.APPEARED, a_text=None, b_text="乙", id="x/clause-b",
    ...     anchor="x")
    >>> _halves_of_one(a, b), joined(a, b).id, joined(a, b).anchor
    (True, 'x/clause/reworded', 'x/clause')
    """
    anchor = dropped.anchor
    return (
        bool(anchor)
        and appeared.anchor == anchor
        and all(f.id.startswith(f"{anchor}{CLAUSE}-") for f in (dropped, appeared))
    )


def only_partners_joined(
    formulas: Sequence[Formula], ties: Iterable[tuple[int, int]]
) -> tuple[Formula, ...]:
    """Return ``formulas`` with each dropped entry and appeared entry that a rule ties (``ties``:
    their indexes, the dropped one's first), each the other's only tie, made one entry by
    :func:`joined` with ``from_named``; the rest as they stand, in their order.

    >>> a = Formula(status=FormulaStatus.DROPPED, a_text="甲", b_text=None, id="x")
    >>> b = Formula(status=FormulaStatus.APPEARED, a_text=None, b_text="乙", id="y")
    >>> c = Formula(status=FormulaStatus.APPEARED, a_text=None, b_text="丙", id="z")
    >>> [(f.status.value, f.a_text, f.b_text) for f in only_partners_joined((a, b, c), [(0, 1)])]
    [('changed', '甲', '乙'), ('appeared', None, '丙')]
    >>> len(only_partners_joined((a, b, c), [(0, 1), (0, 2)]))  # two ties: none is the only one
    3
    """
    partners: tuple[dict[int, list[int]], dict[int, list[int]]] = ({}, {})
    for n, m in ties:
        partners[0].setdefault(n, []).append(m)
        partners[1].setdefault(m, []).append(n)
    out: list[Formula | None] = list(formulas)
    for n, ms in partners[0].items():
        if len(ms) != 1 or len(partners[1][ms[0]]) != 1:
            continue
        # made from the entry it is named by: one story of its steps whichever readout is A
        out[n] = joined(formulas[n], formulas[ms[0]], from_named=True)
        out[ms[0]] = None
    return tuple(f for f in out if f is not None)
