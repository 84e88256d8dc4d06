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
- they stand near each other, as :mod:`readoutdiff.formulas.twins` reads it;
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

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from readoutdiff.formulas import coordination
from readoutdiff.formulas.mutation import headed
from readoutdiff.formulas.phrases import STOP_WORDS, Words
from readoutdiff.formulas.slots import anchors, window
from readoutdiff.formulas.spans import overlaps, word_span
from readoutdiff.formulas.succession import View
from readoutdiff.formulas.twins import WITHIN
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


def changes(a: View, b: View, pairs: Sequence[Alignment], busy: Sequence[Span]) -> list[Formula]:
    """Return one changed entry per qualified noun of A reworded into one of B."""
    mine = [q for q in _qualified(a) if not overlaps(q.span, busy)]
    theirs = [q for q in _qualified(b) if not overlaps(q.span, busy)]
    said_a = {(q.members, q.noun) for q in _qualified(a)}
    said_b = {(q.members, q.noun) for q in _qualified(b)}
    mine = [q for q in mine if (q.members, q.noun) not in said_b]
    theirs = [q for q in theirs if (q.members, q.noun) not in said_a]
    marks = anchors(pairs)
    mirrored = sorted((y, x) for x, y in marks)
    candidates = []
    for x in mine:
        lo, hi = window(marks, x.sentence, len(b.words), WITHIN)
        for y in theirs:
            shared = _shared(x, y)
            if not shared:
                continue
            back_lo, back_hi = window(mirrored, y.sentence, len(a.words), WITHIN)
            if lo <= y.sentence < hi or back_lo <= x.sentence < back_hi:
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


def _qualified(view: View) -> Iterator[Qualified]:
    """Every coordination of one-word qualifiers followed by the noun they qualify."""
    for words in view.words:
        k = 0
        while k < len(words.stems):
            span = coordination.around(words, k)
            if span is None:
                k += 1
                continue
            first, last = headed(words, *span)
            if last > span[1] and _closed(words, last):
                where = word_span(view.readout, words, first, last)
                members = [
                    strip(words.stems[i]) for i in range(*span) if i not in _joins(words, span)
                ]
                yield Qualified(
                    sentence=words.sentence, members=frozenset(members), count=len(members),
                    noun=strip(words.stems[last - 1]), span=where,
                    text=view.readout.text[where.start : where.end],
                )  # fmt: skip
            k = span[1]


def _closed(words: Words, k: int) -> bool:
    """The noun ends the phrase: punctuation, a stop word or the sentence's end follows, not
    another content word ("strengthen deterrence and ensure close coordination": no noun)."""
    return k >= len(words.stems) or words.breaks[k] or words.stems[k] in STOP_WORDS


def _joins(words: Words, span: tuple[int, int]) -> set[int]:
    return {i for i in range(*span) if words.stems[i] in coordination.JOINS}
