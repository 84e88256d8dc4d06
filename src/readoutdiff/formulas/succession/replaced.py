"""Two one-sided formulas that stand in the same replaced words of one aligned pair.

A reworded passage keeps words on both sides of the place it changed: "reiterated his
commitment to *repair and revitalize the U.S.-EU partnership*" / "reiterated his commitment
to *continue implementing the outcomes from the June U.S.-EU Summit*". When a formula only A
has and a formula only B has share a run of replaced words (the word diff of the pair, runs
one unchanged word apart joined), and the runs that hold their replaced words hold no other
one-sided formula and hold no more than twice as many words that say something (lower case,
no stop word) as each formula (a rewritten sentence is no one place; names in a run are whom
it is about, not its length), the one took the other's place: one formula *changed*, not one dropped and
another appeared. A list of one-word members that a formula's first word closes ("stable,
prosperous, and *integrated Middle East region*") counts as the formula's, in that measure
and in its wording: its members qualify the formula.
"""

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import Link, View
from readoutdiff.formulas.words import coordination
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.spans import mostly_told, word_span
from readoutdiff.formulas.words.word_diff import opcodes_of, regions_of
from readoutdiff.model import Alignment, Formula, Sentence, Span
from readoutdiff.records.replacing import replace

Side = Mapping[str, Sequence[Occurrence]]
Extent = tuple[tuple[int, int], tuple[int, int]]
"""Words ``[first, last)`` of the A formula's sentence and of the B formula's."""


def links(
    a: View, b: View, only_a: Side, only_b: Side, pairs: Sequence[Alignment],
    busy: tuple[Sequence[Span], Sequence[Span]],
) -> list["Placed"]:  # fmt: skip
    """Links between the formulas left one-sided that fill one replaced run of a pair, each
    with the replaced words of its run on both sides (:class:`Placed`)."""
    if not only_a or not only_b:
        return []
    on_a = _by_sentence(only_a)
    on_b = _by_sentence(only_b)
    candidates: list[tuple[float, int, int, str, str, Occurrence, Occurrence, Extent]] = []
    for pair in pairs:
        xs = [o for s in pair.a for o in on_a.get(s.index, ())]
        ys = [o for s in pair.b for o in on_b.get(s.index, ())]
        if not xs or not ys:
            continue
        for x, y, extent in same_place(pair, a.words, b.words, xs, ys):
            if x.source is y.source:
                low, high = sorted((x.span.start, y.span.start))
                first, second = sorted((x.id, y.id))
                candidates.append((-pair.score, low, high, first, second, x, y, extent))
    found: list[Placed] = []
    used: set[str] = set()
    for score, _, _, _, _, x, y, extent in sorted(
        candidates, key=lambda c: c[:5]
    ):  # either way round
        if x.id in used or y.id in used:
            continue
        if mostly_told(x.span, busy[0]) or mostly_told(y.span, busy[1]):
            continue  # another entry tells it (a word at its edge taken by a phrase does not)
        used |= {x.id, y.id}
        a_span = word_span(a.readout, a.words[x.sentence], *extent[0])
        b_span = word_span(b.readout, b.words[y.sentence], *extent[1])
        found.append(Placed(Link(a_id=x.id, b_id=y.id, score=-score), a_span, b_span))
    return found


# Annotations evaluated (no ``from __future__ import annotations``): ``NamedTuple`` makes a
# string annotation a ``ForwardRef``, which compiles it, and a process's first ``compile()``
# builds the ``ast`` types (~9 M instructions of a 500 KB command; see ``test_startup_imports.py``).
class Placed(NamedTuple):
    """Two formulas linked by their place, and where each is told: the formula with the list
    its first word closes ("stable, prosperous, and integrated Middle East region", not the
    lexicon's "integrated Middle East region" alone; see :func:`_extent`)."""

    link: Link
    a_span: Span
    b_span: Span


def _by_sentence(side: Side) -> dict[int, list[Occurrence]]:
    held: dict[int, list[Occurrence]] = {}
    for found in side.values():
        if len(found) == 1:  # a formula said once: its one place
            held.setdefault(found[0].sentence, []).append(found[0])
    return held


def same_place(
    pair: Alignment, a_words: Sequence[Words], b_words: Sequence[Words],
    xs: Sequence[Occurrence], ys: Sequence[Occurrence],
) -> list[tuple[Occurrence, Occurrence, Extent]]:  # fmt: skip
    """Return the (A, B) one-sided formulas of ``pair`` that alone fill the same replaced runs,
    each with the words of its sentence that it and those runs cover."""
    a_at, x = _flat(pair.a, a_words)
    b_at, y = _flat(pair.b, b_words)
    a_told, b_told = _telling(pair.a, a_words), _telling(pair.b, b_words)
    opcodes = opcodes_of(x, y)
    runs = regions_of(opcodes, x)
    kept_x = {k for tag, i1, i2, _, _ in opcodes if tag == "equal" for k in range(i1, i2)}
    kept_y = {k for tag, _, _, j1, j2 in opcodes if tag == "equal" for k in range(j1, j2)}
    a_runs = [(i1, i2) for i1, i2, _, _ in runs]
    b_runs = [(j1, j2) for _, _, j1, j2 in runs]
    held_x = [{o for o in xs if _meets(a_at[o.sentence], o, *run)} for run in a_runs]
    held_y = [{o for o in ys if _meets(b_at[o.sentence], o, *run)} for run in b_runs]
    found = []
    for one in xs:
        at_x = _touched(_changed(a_at, one, kept_x), a_runs)
        for other in ys:
            at_y = _touched(_changed(b_at, other, kept_y), b_runs)
            both = at_x | at_y
            if (
                at_x & at_y
                and all(held_x[r] <= {one} and held_y[r] <= {other} for r in both)
                and sum(_said(a_told, *a_runs[r]) for r in both)
                <= 2 * _own(a_told, a_at, one, a_words)
                and sum(_said(b_told, *b_runs[r]) for r in both)
                <= 2 * _own(b_told, b_at, other, b_words)
            ):  # fmt: skip
                found.append((one, other, (_extent(a_words, one), _extent(b_words, other))))
    return found


def _extent(words: Sequence[Words], o: Occurrence) -> tuple[int, int]:
    """The words ``[first, last)`` of the formula's sentence it covers with the list of
    one-word members its first word closes ("stable, prosperous, and *integrated Middle East
    region*"): the members qualify the formula, they are no words of the run around it."""
    listed = coordination.around(words[o.sentence], o.first)
    return (listed[0] if listed and listed[1] == o.first + 1 else o.first), o.last


def _changed(at: Mapping[int, int], o: Occurrence, kept: set[int]) -> list[int]:
    """Positions (in the pair's words) of the formula's words the other side does not keep."""
    offset = at[o.sentence]
    return [k for k in range(offset + o.first, offset + o.last) if k not in kept]


def _touched(changed: Sequence[int], runs: Sequence[tuple[int, int]]) -> set[int]:
    """The replaced runs that hold some of ``changed``."""
    return {r for r, (lo, hi) in enumerate(runs) if any(lo <= k < hi for k in changed)}


def _telling(sentences: Sequence[Sentence], words: Sequence[Words]) -> list[bool]:
    """Whether each word of one side of a pair, in a row, says something: lower case, no stop
    word (names and titles in a run are who it is about, not how long the run is)."""
    return [
        not w.caps[k] and w.stems[k] not in w.stop_words
        for w in (words[s.index] for s in sentences)
        for k in range(len(w.stems))
    ]


def _said(told: Sequence[bool], lo: int, hi: int) -> int:
    return sum(told[lo:hi])


def _own(told: Sequence[bool], at: Mapping[int, int], o: Occurrence, words: Sequence[Words]) -> int:
    """The words of the formula and of the list it closes (:func:`_extent`) that say something."""
    first, last = _extent(words, o)
    return max(1, _said(told, at[o.sentence] + first, at[o.sentence] + last))


def _flat(
    sentences: Sequence[Sentence], words: Sequence[Words]
) -> tuple[Mapping[int, int], list[str]]:
    """The stems of one side of a pair in a row, and where each sentence's words start."""
    at: dict[int, int] = {}
    stems: list[str] = []
    for sentence in sentences:
        at[sentence.index] = len(stems)
        stems += words[sentence.index].stems
    return at, stems


def _meets(offset: int, o: Occurrence, lo: int, hi: int) -> bool:
    return offset + o.first < hi and lo < offset + o.last


def told(placed: Placed, entry: Formula, a: View, b: View) -> Formula:
    """The changed ``entry`` of two linked formulas, told where :class:`Placed` says."""
    text_a, text_b = a.readout.text, b.readout.text
    return replace(
        entry,
        a_text=text_a[placed.a_span.start : placed.a_span.end],
        b_text=text_b[placed.b_span.start : placed.b_span.end],
        a_spans=(placed.a_span,),
        b_spans=(placed.b_span,),
    )
