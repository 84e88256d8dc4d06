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
- neither phrase is said in the other readout as well (then it was kept, not reworded);
- they stand near each other, as :class:`readoutdiff.formulas.twins.Near` reads it;
- and no other formula entry already covers either.

Pairs are taken best first (more shared words, then nearer, then by wording), each phrase
once, so swapping the readouts mirrors the result.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They backed Ukraine against Russia's brutal and unlawful invasion.")
>>> b = from_text("They backed Ukraine against Russia's brutal and unlawful aggression.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'brutal and unlawful invasion', 'brutal and unlawful aggression')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from readoutdiff.formulas import coordination
from readoutdiff.formulas.mutation import headed
from readoutdiff.formulas.phrases import Words
from readoutdiff.formulas.roles import STOP_WORDS
from readoutdiff.formulas.spans import Unheld, word_span
from readoutdiff.formulas.succession import View
from readoutdiff.formulas.twins import Near
from readoutdiff.formulas.wording import strip
from readoutdiff.model import REWORDED, Alignment, Formula, FormulaSource, FormulaStatus, Span


@dataclass(frozen=True, slots=True)
class Qualified:
    """Qualifiers joined by "and" (or "or") and the noun after them, in one sentence."""

    sentence: int
    members: frozenset[str]
    """The qualifiers' stems, inflection stripped."""
    count: int
    noun: str
    span: Span
    text: str


def changes(
    a: View, b: View, pairs: Sequence[Alignment], busy: tuple[Sequence[Span], Sequence[Span]]
) -> list[Formula]:
    """Return one changed entry per qualified noun of A reworded into one of B, none where
    ``busy`` (A's spans, B's spans) already tells something."""
    shapes: dict[int, Shape] = {}  # the words' tuples live while a and b do
    in_a, in_b = _found(a, shapes), _found(b, shapes)
    if not in_a or not in_b:
        return []
    said_a = {(q[3], q[5]) for q in in_a}
    said_b = {(q[3], q[5]) for q in in_b}
    free_a, free_b = Unheld(busy[0]), Unheld(busy[1])
    mine = [q for q in _qualified(a, in_a, said_b) if free_a(q.span)]
    theirs = [q for q in _qualified(b, in_b, said_a) if free_b(q.span)]
    # A reworded phrase keeps its qualifiers or its noun: look only there, not at every pair.
    by_members: dict[frozenset[str], list[int]] = defaultdict(list)
    by_noun: dict[str, list[int]] = defaultdict(list)
    for number, y in enumerate(theirs):
        by_members[y.members].append(number)
        by_noun[y.noun].append(number)
    near = Near(pairs, (len(a.words), len(b.words)))
    candidates = []
    for x in mine:
        for number in sorted({*by_members[x.members], *by_noun[x.noun]}):
            y = theirs[number]
            shared = _shared(x, y)
            if shared and near(x.sentence, y.sentence):
                rank = (-shared, abs(x.sentence - y.sentence), x.text, y.text)
                candidates.append((rank, x, y))
    taken: set[Qualified] = set()
    found = []
    for _, x, y in sorted(candidates, key=lambda c: c[0]):
        if x in taken or y in taken:
            continue
        taken |= {x, y}
        slug = "-".join([*sorted(x.members), x.noun])
        found.append(Formula(
            status=FormulaStatus.CHANGED, a_text=x.text, b_text=y.text, a_spans=(x.span,),
            b_spans=(y.span,), id=f"mined:{slug}{REWORDED}", source=FormulaSource.MINED,
            confidence=1.0, anchor=f"mined:{slug}",
        ))  # fmt: skip
    return found


def _shared(x: Qualified, y: Qualified) -> int:
    """Words the two phrases share when one is the other reworded (see the module), else 0."""
    if x.members == y.members and x.noun != y.noun:
        return len(x.members)
    common = len(x.members & y.members)
    if x.noun == y.noun and x.count == y.count and x.members != y.members:
        return common + 1 if 2 * common >= x.count else 0
    return 0


Shape = tuple[tuple[int, int, frozenset[str], int, str], ...]
"""(first word, end word, qualifiers, how many, noun) of each qualified noun of a sentence."""


Found = list[tuple[Words, int, int, frozenset[str], int, str]]
"""(sentence's words, first word, end word, qualifiers, how many, noun) of a readout."""


def _found(view: View, shapes: dict[int, Shape]) -> Found:
    """Every coordination of one-word qualifiers followed by the noun they qualify, read once
    per sentence shape (a repeated sentence shares its words' tuples)."""
    found: Found = []
    for words in view.words:
        held = shapes.get(id(words.stems))  # one stems tuple per sentence text (phrases.Shape)
        if held is None:
            held = shapes[id(words.stems)] = tuple(_shape(words))
        if held:
            found += [(words, *qualified) for qualified in held]
    return found


def _qualified(
    view: View, found: Found, said: set[tuple[frozenset[str], str]]
) -> Iterator[Qualified]:
    """The qualified nouns of ``found`` that the other readout does not say (``said``)."""
    for words, first, last, members, count, noun in found:
        if (members, noun) in said:
            continue
        where = word_span(view.readout, words, first, last)
        yield Qualified(
            sentence=words.sentence, members=members, count=count, noun=noun, span=where,
            text=view.readout.text[where.start : where.end],
        )  # fmt: skip


def _shape(words: Words) -> Iterator[tuple[int, int, frozenset[str], int, str]]:
    """The qualified nouns of one sentence, found from their "and" or "or" (a scan of every
    word cost a tenth of a 500 KB comparison)."""
    done = -1
    for j in [j for j, stem in enumerate(words.stems) if stem in coordination.JOINS]:
        span = coordination.around(words, j - 1) if j > done else None
        if span is None:
            continue
        done = span[1]
        first, last = headed(words, *span)
        if last > span[1] and _closed(words, last):
            members = [strip(words.stems[i]) for i in range(*span) if i not in _joins(words, span)]
            yield first, last, frozenset(members), len(members), strip(words.stems[last - 1])


def _closed(words: Words, k: int) -> bool:
    """The noun ends the phrase: punctuation, a stop word or the sentence's end follows, not
    another content word ("strengthen deterrence and ensure close coordination": no noun)."""
    return k >= len(words.stems) or words.breaks[k] or words.stems[k] in STOP_WORDS


def _joins(words: Words, span: tuple[int, int]) -> set[int]:
    return {i for i in range(*span) if words.stems[i] in coordination.JOINS}
