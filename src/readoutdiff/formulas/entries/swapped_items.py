"""In Chinese readouts, a list said again with one item kept and another swapped: a dropped and
an appeared list in one place of the alignment, sharing an item, are one changed entry.

A Chinese line names what the parties uphold as a list, and the next readout keeps one item
and swaps the other: "共同践行多边主义、维护自由贸易" becomes "维护多边主义和联合国权威",
"中澳都是经济全球化和自由贸易的支持者、维护者" becomes "维护多边主义和自由贸易". The two wordings
share the kept item and little else (four characters: fewer than
:data:`readoutdiff.formulas.entries.better_partner.PAIRED`), and such an item (多边主义,
自由贸易) is said throughout the readouts, so a shared run alone ties unrelated lines (fat1: a
shared run of four characters paired 3 right of 9). Three tests tell the swapped list apart:

- both wordings are lists, and the item they share is an item in each (:func:`edge_items`):
  the words right before or right after a list mark (the enumeration comma 、 or a joining
  和, 与, 及, 以及 that jieba reads as a conjunction: the 和 of 和平 is none), of :data:`ITEM`
  characters or more;
- the two stand in one place of the alignment (:func:`places`): one aligned pair of
  sentences, or unpaired sentences between the same two pairs;
- each is the other's only such partner there.

The entry is named by the lesser id of the two it joins, as
:func:`readoutdiff.formulas.entries.better_partner.halves_paired` names its own, and made from
that entry (:func:`readoutdiff.formulas.entries.joined.joined` with ``from_named``), so swapping
A and B swaps the result and the story of its steps.

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.model import Alignment, Span, Status
>>> a = from_text("双方要共同践行多边主义、维护自由贸易。")
>>> b = from_text("双方要维护多边主义和联合国权威。")
>>> drop = Formula(status=FormulaStatus.DROPPED, a_text="共同践行多边主义、维护自由贸易",
...     b_text=None, a_spans=(Span(start=3, end=18, line=1),), id="mined:x")
>>> appear = Formula(status=FormulaStatus.APPEARED, a_text=None, b_text="维护多边主义和联合国权威",
...     b_spans=(Span(start=3, end=15, line=1),), id="mined:y")
>>> pair = (Alignment(status=Status.CHANGED, a=a.sentences, b=b.sentences, score=0.5),)
>>> [(g.status.value, g.a_text, g.b_text, g.id) for g in items_swapped([drop, appear], a, b, pair)]
[('changed', '共同践行多边主义、维护自由贸易', '维护多边主义和联合国权威', 'mined:x/reworded')]
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.entries.joined import only_partners_joined
from readoutdiff.languages.zh import tagged
from readoutdiff.model import Alignment, Formula, FormulaSource, FormulaStatus, Readout
from readoutdiff.model.places import sentence_at

ITEM = 4
"""Characters of a shared item: 多边主义, 自由贸易; two (中国, 合作) are a party or a frame word."""
MARKS = ("、",)
"""List marks read as they are."""
JOINING = ("和", "与", "及", "以及")
"""Joining words, list marks when jieba tags them a conjunction ("c")."""

Place = tuple[str, int]
"""("pair", number of an aligned pair) or ("gap", number of the gap between two pairs)."""


def items_swapped(
    formulas: Sequence[Formula], a: Readout, b: Readout, alignments: Sequence[Alignment]
) -> tuple[Formula, ...]:
    """Return ``formulas`` with each dropped and appeared list (not the user's) that share an
    item and stand in one place, each the other's only such partner, made one *changed* entry
    (see the module)."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    sides: list[list[tuple[int, Place, frozenset[str]]]] = [[], []]
    where: tuple[dict[int, Place], dict[int, Place]] | None = None
    for n, f in enumerate(formulas):
        if f.status not in _ONE_SIDED or f.source is FormulaSource.USER:
            continue
        side = 0 if f.status is FormulaStatus.DROPPED else 1
        spans, wording = (f.a_spans, f.a_text) if side == 0 else (f.b_spans, f.b_text)
        if len(spans) != 1 or not wording or not _may_list(wording):
            continue
        found = edge_items(wording)
        if not found:
            continue
        if where is None:
            where = places(alignments)
        place = where[side].get(sentence_at((a, b)[side], spans[0].start).index)
        if place is not None:
            sides[side].append((n, place, found))
    if not sides[0] or not sides[1]:
        return tuple(formulas)
    ties = (
        (n, m)
        for n, place, mine in sides[0]
        for m, there, theirs in sides[1]
        if place == there and mine & theirs
    )
    return only_partners_joined(formulas, ties)


_ONE_SIDED = (FormulaStatus.DROPPED, FormulaStatus.APPEARED)


def _may_list(wording: str) -> bool:
    """Whether ``wording`` holds a list mark or a joining word at all (most do not: no words
    are cut for them)."""
    return any(mark in wording for mark in (*MARKS, *JOINING))


def edge_items(wording: str) -> frozenset[str]:
    """The runs of words of ``wording`` that end right before a list mark or start right after
    one, without crossing another, of :data:`ITEM` characters or more.

    >>> sorted(edge_items("共同践行多边主义、维护自由贸易"))
    ['共同践行多边主义', '多边主义', '维护自由贸易', '践行多边主义']
    >>> sorted(edge_items("维护多边主义和自由贸易"))
    ['多边主义', '维护多边主义', '自由贸易']
    >>> sorted(edge_items("坚持走和平发展道路"))  # the 和 of 和平 joins nothing
    []
    """
    words = tagged(wording)
    marks = [
        k for k, (word, tag) in enumerate(words)
        if word in MARKS or (word in JOINING and tag.startswith("c"))
    ]  # fmt: skip
    found: set[str] = set()
    for at, mark in enumerate(marks):
        low = marks[at - 1] + 1 if at else 0
        high = marks[at + 1] if at + 1 < len(marks) else len(words)
        for start in range(low, mark):  # the runs that end right before the mark
            found.add("".join(word for word, _ in words[start:mark]))
        for end in range(mark + 2, high + 1):  # the runs that start right after it
            found.add("".join(word for word, _ in words[mark + 1 : end]))
    return frozenset(item for item in found if len(item) >= ITEM)


def places(alignments: Sequence[Alignment]) -> tuple[dict[int, Place], dict[int, Place]]:
    """Each sentence of A and of B (by index) -> its place: the aligned pair it stands in, or
    the gap of unpaired sentences between two pairs."""
    out: tuple[dict[int, Place], dict[int, Place]] = ({}, {})
    gap = 0
    for number, alignment in enumerate(alignments):
        paired = bool(alignment.a and alignment.b)
        gap += paired  # a pair closes the gap before it and opens the next
        place: Place = ("pair", number) if paired else ("gap", gap)
        for side, sentences in enumerate((alignment.a, alignment.b)):
            for sentence in sentences:
                out[side][sentence.index] = place
        gap += paired
    return out
