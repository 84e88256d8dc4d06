"""Qualified nouns reworded: qualifiers joined by "and" and the noun they qualify, said in both
readouts with one member or the noun swapped, are a formula changed even when no lexicon has it.

A list of one-word qualifiers before a noun ("brutal and unlawful invasion", "unprovoked,
unjustified, and premeditated war") is the shape of most fixed characterisations; which
adjective or which noun a readout picks is what an analyst compares. Two such phrases, one
in each readout, are one *changed* entry when

- they keep the same qualifiers (in any order) and change the noun: "Russia's brutal and
  unlawful invasion" -> "Russia's brutal and unlawful aggression"; or they keep the noun and
  as many qualifiers, at least half of them the same: "brutal and unprovoked war" ->
  "unjustified and unprovoked war";
- or they keep the noun and every qualifier of one, the other putting in one more: "the
  historic partnership" -> "the warm and historic partnership", "security cooperation" ->
  "security and defense cooperation". This also holds for qualifiers no "and" joins, after a
  determiner ("the", "a", "its", "their" …) and closed after the noun: "under the AUKUS
  partnership." -> "the AUKUS security partnership with …" (no adverb or verb in the past
  tense among them: "the President finally thanked" is a clause). Such a phrase is not
  reworded by a swap ("the Prime Minister spoke" / "the Prime Minister met");
- or, both lists joined by "and", they keep :data:`KEPT` qualifiers or more, put one in or take
  one out, and change the noun: "provide security and economic assistance to Ukraine" ->
  "provide Ukraine with the economic, humanitarian, and security support it needs" (a list
  that kept two members in another order is the same list, its noun reworded);
- neither phrase is said in the other readout as well (then it was kept, not reworded);
- they stand near each other, as :class:`readoutdiff.formulas.linking.twins.Near` reads it;
- and no other formula entry already covers either.

Pairs are taken best first (more shared words, then nearer, then by wording), each phrase
once, so swapping the readouts mirrors the result.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They backed Ukraine against Russia's brutal and unlawful invasion.")
>>> b = from_text("They backed Ukraine against Russia's brutal and unlawful aggression.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'brutal and unlawful invasion', 'brutal and unlawful aggression')]
>>> a = from_text("They praised the progress made under the AUKUS partnership.")
>>> b = from_text("They praised the progress made under the AUKUS security partnership.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'AUKUS partnership', 'AUKUS security partnership')]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from itertools import chain, compress, repeat
from operator import attrgetter, itemgetter, not_

from readoutdiff.formulas.linking.comparing import Comparing, Said
from readoutdiff.formulas.linking.line_entries import entry
from readoutdiff.formulas.linking.qualified_shapes import (
    Found,
    Quality,
    Shape,
    coordinated,
    determined,
    read,
)
from readoutdiff.formulas.linking.twins import Near
from readoutdiff.formulas.matching.matcher import grouped
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import Copies, Words
from readoutdiff.formulas.words.spans import Unheld, word_span
from readoutdiff.model import Formula, Span
from readoutdiff.records.record import record_positional

KEPT = 2
"""Qualifiers a list keeps when it puts one in and changes its noun ("security and economic
assistance" -> "economic, humanitarian, and security support")."""


@record_positional
class Qualified:
    """Qualifiers joined by "and" (or "or") and the noun after them, in one sentence."""

    sentence: int
    members: frozenset[str]
    """The qualifiers' stems, inflection stripped."""
    count: int
    noun: str
    joined: bool
    """The qualifiers are joined by "and" or "or" (else only a determiner opens them)."""
    span: Span
    text: str
    opened: str
    """The wording with the determiner that opens it, when no "and" joins its qualifiers."""


def changes(
    a: View,
    b: View,
    comparing: Comparing,
    busy: Callable[[], tuple[Sequence[Span], Sequence[Span]]],
    ids: Counter[str],
    groups: tuple[Sequence[Copies], Sequence[Copies]] | None = None,
) -> list[Formula]:
    """Return one changed entry per qualified noun of A reworded into one of B, none where
    ``busy()`` (A's spans, B's spans; asked only when two wordings may pair) already tells
    something (``ids``: the entries told so far per name, see :func:`line_entries.entry`;
    ``groups``: each side's words grouped by text, :meth:`ReadoutMemo.groups`, when made
    already)."""
    shapes: dict[int, Shape] = {}  # the words' tuples live while a and b do
    found_det: dict[int, Shape] = {}
    if groups is None:
        groups = (grouped(a.words), grouped(b.words))
    near = Near(comparing.placement(), (len(a.words), len(b.words)))
    if not _may_pair(*_one_sided(a, b, (shapes, found_det), groups, near)):
        return []  # most comparisons end here, the sentences both readouts say never read
    copies = (_copies(a), _copies(b))  # read once for the four look-ups below
    ids_a, ids_b = copies[0][1].keys(), copies[1][1].keys()  # the stems tuples of each
    # Qualifiers after a determiner are read in the sentences one readout says alone (a
    # tenth of the stage's time at 50 KB, read in every sentence): whether the other readout
    # says such a wording too is asked of its text, for the few that may pair (_said_alone).
    in_a = _found(a, shapes, copies=copies[0]) + _found(a, found_det, ids_b, determined, copies[0])
    in_b = _found(b, shapes, copies=copies[1]) + _found(b, found_det, ids_a, determined, copies[1])
    if not in_a or not in_b:
        return []
    said_a = {(q[3], q[5]) for q in in_a}
    said_b = {(q[3], q[5]) for q in in_b}
    left = [q for q in in_a if (q[3], q[5]) not in said_b]
    right = [q for q in in_b if (q[3], q[5]) not in said_a]
    if not _may_pair(left, right):
        return []  # most comparisons end here, before the spans and places below are read
    busy_a, busy_b = busy()
    free_a, free_b = Unheld(busy_a), Unheld(busy_b)
    mine = [q for q in _qualified(a, left) if free_a(q.span)]
    theirs = [q for q in _qualified(b, right) if free_b(q.span)]
    # A reworded phrase keeps its qualifiers or its noun: look only there, not at every pair.
    by_members: dict[frozenset[str], list[int]] = defaultdict(list)
    by_noun: dict[str, list[int]] = defaultdict(list)
    for number, y in enumerate(theirs):
        for members in _lessened(y.members, y.joined):
            by_members[members].append(number)
        by_noun[y.noun].append(number)
    candidates = []
    for x in mine:
        listed = [n for m in _lessened(x.members, x.joined) for n in by_members.get(m, ())]
        for number in sorted({*listed, *by_noun[x.noun]}):
            y = theirs[number]
            shared = _shared(x, y)
            if (
                shared
                and near(x.sentence, y.sentence)
                and _said_alone(x, y, a, b, comparing.said_in)
            ):
                rank = (-shared, abs(x.sentence - y.sentence), x.text, y.text)
                candidates.append((rank, x, y))
    taken: set[Qualified] = set()
    found = []
    for _, x, y in sorted(candidates, key=lambda c: c[0]):
        if x in taken or y in taken:
            continue
        taken |= {x, y}
        # Named as every changed entry is, by the words both wordings keep (each readout's
        # alike: swapped readouts give the same id), numbered when another entry has them.
        kept = [*sorted(x.members & y.members), *([x.noun] if x.noun == y.noun else [])]
        found.append(entry(a, b, (x.span, y.span), tuple(kept), (), ids))
    return found


def _said_alone(x: Qualified, y: Qualified, a: View, b: View, said: Said) -> bool:
    """Neither wording read after a determiner is said in the other readout too, with it
    (those were read in the sentences one readout says alone), and neither holds a possessive: "our
    countries' close cooperation" qualifies no noun with "countries"."""
    for one, other in ((x, b), (y, a)):
        if one.joined:
            continue
        if "'" in one.text or "\u2019" in one.text:
            return False
        if said(one.opened, other.readout.text):
            return False
    return True


def _shared(x: Qualified, y: Qualified) -> int:
    """Words the two phrases share when one is the other reworded (see the module), else 0."""
    return _shared_words(
        (x.members, x.count, x.noun, x.joined), (y.members, y.count, y.noun, y.joined)
    )


Wording = tuple[frozenset[str], int, str, bool]
"""(qualifiers, how many, noun, joined): all :func:`_shared` reads of a qualified noun."""


def _shared_words(x: Wording, y: Wording) -> int:
    (x_members, x_count, x_noun, x_joined), (y_members, y_count, y_noun, y_joined) = x, y
    if (
        x_noun == y_noun
        and abs(x_count - y_count) == 1
        and (x_members < y_members or y_members < x_members)
    ):
        return min(x_count, y_count) + 1  # one qualifier put in or taken out, the others kept
    if not (x_joined and y_joined):
        return 0  # a swap needs a list on both sides: "the Prime Minister spoke" / "… met"
    if x_members == y_members and x_noun != y_noun:
        return len(x_members)
    if (
        abs(x_count - y_count) == 1
        and min(x_count, y_count) >= KEPT
        and (x_members < y_members or y_members < x_members)
    ):
        return min(x_count, y_count)  # a list of two kept, one put in, another noun
    common = len(x_members & y_members)
    if x_noun == y_noun and x_count == y_count and x_members != y_members:
        return common + 1 if 2 * common >= x_count else 0
    return 0


def _lessened(members: frozenset[str], joined: bool) -> list[frozenset[str]]:
    """The qualifiers, and for a list "and" joins of more than :data:`KEPT`, the qualifiers but
    one each: where a list with one member more or less is looked up (a list of two takes one
    in only, found from the longer list's side)."""
    if not joined or len(members) <= KEPT:
        return [members]
    return [members, *(members - {m} for m in sorted(members))]


def _may_pair(left: Found, right: Found) -> bool:
    """Some wording of ``left`` and one of ``right`` share words as :func:`_shared` wants:
    read on the distinct wordings alone, before any span or place is made (the spans, the
    busy places and :class:`Near` cost a tenth of the stage at 500 KB, for no change found)."""
    theirs = {(q[3], q[4], q[5], q[6]) for q in right}
    if not theirs:
        return False
    by_members: dict[frozenset[str], list[Wording]] = defaultdict(list)
    by_noun: dict[str, list[Wording]] = defaultdict(list)
    for y in theirs:
        for members in _lessened(y[0], y[3]):
            by_members[members].append(y)
        by_noun[y[2]].append(y)
    return any(
        _shared_words(x, y)
        for x in {(q[3], q[4], q[5], q[6]) for q in left}
        for y in (
            *(z for m in _lessened(x[0], x[3]) for z in by_members.get(m, ())),
            *by_noun.get(x[2], ()),
        )
    )


def _one_sided(
    a: View, b: View, memos: tuple[dict[int, Shape], dict[int, Shape]],
    groups: tuple[Sequence[Copies], Sequence[Copies]], near: Near,
) -> tuple[Found, Found]:  # fmt: skip
    """The qualified nouns of the sentences one readout says and the other does not, near such
    a sentence of the other (``near``), but those the other's such sentences say too: all the
    one-sided ones :func:`changes` may pair, and maybe more. A sentence both say (one stems
    tuple, one text: the two readouts' words share their memo) holds the same nouns on both
    sides, none of them one-sided. Read on each side's texts (``groups``: its words grouped by
    stems tuple), not on its sentences: a readout says many a sentence more than once (3,281
    sentences, 910 texts a side at 500 KB). A pair :func:`changes` makes stands near, so the
    texts near none are not read here (at 500 KB most of the one-sided ones); the texts and
    their copies are picked in C, no step of Python per text or sentence of the readouts.
    ``memos``: the shapes read, "and" joining the qualifiers, then a determiner opening them
    (:func:`_found`'s)."""
    groups_a, groups_b = groups
    texts_a, texts_b = list(map(id, map(_TEXT, groups_a))), list(map(id, map(_TEXT, groups_b)))
    in_a, in_b = set(texts_a), set(texts_b)
    if in_a <= in_b or in_b <= in_a:
        # One readout says no sentence the other does not: nothing of it is one-sided, and
        # :func:`_may_pair` pairs nothing (a readout against itself: the texts are not walked).
        return [], []
    alone_a = list(compress(groups_a, map(not_, map(in_b.__contains__, texts_a))))
    alone_b = list(compress(groups_b, map(not_, map(in_a.__contains__, texts_b))))
    near_a, near_b = near.among(_sentences(alone_a), _sentences(alone_b))
    found_a = read(*_near_copies(alone_a, {id(a.words[x].stems) for x in near_a}), memos)
    found_b = read(*_near_copies(alone_b, {id(b.words[y].stems) for y in near_b}), memos)
    said_a = {(q[3], q[5]) for q in found_a}
    said_b = {(q[3], q[5]) for q in found_b}
    return (
        [q for q in found_a if (q[3], q[5]) not in said_b],
        [q for q in found_b if (q[3], q[5]) not in said_a],
    )


def _sentences(groups: Iterable[Copies]) -> list[int]:
    """The sentence numbers of every copy of ``groups``' texts (read in C)."""
    return list(map(_SENTENCE, chain.from_iterable(map(_COPIES, groups))))


def _near_copies(
    alone: Sequence[Copies], keep: set[int]
) -> tuple[list[Words], list[int], set[int]]:
    """Every copy, in order, of the texts of ``alone`` whose stems tuple's id ``keep`` holds,
    the id of each copy's stems tuple, and ``keep``: what :func:`read` reads, as it read them
    off all the readout's sentences by id."""
    kept = compress(alone, map(keep.__contains__, map(id, map(_TEXT, alone))))
    words = sorted(chain.from_iterable(map(_COPIES, kept)), key=_SENTENCE)
    return words, list(map(id, map(_STEMS, words))), keep


def _found(
    view: View, shapes: dict[int, Shape], skip: AbstractSet[int] = frozenset(),
    shape: Callable[[Words], Iterable[Quality]] | None = None, copies: _Copies | None = None,
) -> Found:  # fmt: skip
    """Every coordination of one-word qualifiers followed by the noun they qualify, read once
    per sentence shape (a repeated sentence shares its words' tuples: one stems tuple per
    sentence text, see ``phrases.Shape``), but in the sentences whose stems tuple ``skip``
    names. The copies are walked in C; only the sentences holding one are looked at one by one.
    ``shape`` reads a sentence ("and" joins the qualifiers by default); ``copies``: _copies."""
    read = shape or coordinated
    ids, distinct = copies or _copies(view)
    for key in sorted(distinct.keys() - shapes.keys() - skip):  # picked in C: a few, mostly
        shapes[key] = tuple(read(distinct[key]))
    held = list(map(shapes.get, ids, repeat((), len(ids))))  # () for a sentence skipped
    found: Found = []
    for words, qualified in zip(compress(view.words, held), compress(held, held), strict=True):
        found += [(words, *one) for one in qualified]
    return found


_STEMS = attrgetter("stems")
_SENTENCE = attrgetter("sentence")
_TEXT = itemgetter(0)
"""A group's stems tuple (:data:`~readoutdiff.formulas.words.phrases.Copies`): one per text."""
_COPIES = itemgetter(1)
"""A group's copies, in order."""
_Copies = tuple[list[int], dict[int, Words]]


def _copies(view: View) -> _Copies:
    """The id of each sentence's stems tuple, and one copy's words per id (the last)."""
    ids = list(map(id, map(_STEMS, view.words)))
    return ids, dict(zip(ids, view.words, strict=True))


def _qualified(view: View, found: Found) -> Iterator[Qualified]:
    """The qualified nouns of ``found``, with their spans and wordings."""
    for words, first, last, members, count, noun, joined in found:
        where = word_span(view.readout, words, first, last)
        start = where.start if joined else words.start(first - 1)
        yield Qualified(
            sentence=words.sentence, members=members, count=count, noun=noun, joined=joined,
            span=where,
            text=view.readout.text[where.start : where.end],
            opened=view.readout.text[start : where.end],
        )  # fmt: skip
