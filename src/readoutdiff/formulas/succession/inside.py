"""Formulas one side holds only inside a longer formula of the other side.

The longest match wins on each side, so "new era" inside "comprehensive strategic partnership of
coordination for a new era" is no occurrence of its own there; a formula found on one side is
looked for inside the other side's longer formulas before it is called dropped or appeared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession import succession
from readoutdiff.formulas.words.spans import word_span


def inside_longer(
    other: succession.View, own: succession.View, one_sided: Mapping[str, Sequence[Occurrence]]
) -> dict[str, list[Occurrence]]:
    """Where ``other`` holds the wording of a formula only ``own`` has, inside a longer formula.

    The longest match wins on each side, so "new era" inside "partnership ... for a new era"
    is no occurrence of its own; without this, a later readout that only dropped "strategic"
    from the long formula would show "new era" as appeared although both sides hold it.
    Each formula of ``other`` is cut into its runs of words once and looked up (cost linear
    in the number of formulas).
    """
    wanted: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for formula_id, occurrences in one_sided.items():
        for stems in {own.words[o.sentence].stems[o.first : o.last] for o in occurrences}:
            wanted[stems].append(formula_id)
    found: dict[str, list[Occurrence]] = defaultdict(list)
    if not wanted:
        return found
    inside: dict[tuple[str, ...], list[tuple[str, tuple[str, ...], int]]] = {}
    # A wording held in a formula is a run of its sentence's words: a sentence without the
    # first word of any is passed over whole (the test in C; most of the other's sentences).
    firsts = frozenset(stems[0] for stems in wanted if stems)
    for index in sorted(other.by_sentence):
        words = other.words[index]
        if firsts.isdisjoint(words.stems):
            continue
        for holder in other.by_sentence[index]:
            stems = words.stems[holder.first : holder.last]
            if stems not in inside:  # a formula recurs: each wording is cut into runs once
                inside[stems] = _wanted(stems, wanted)
            for formula_id, held, at in inside[stems]:
                occurrence = one_sided[formula_id][0]
                found[formula_id].append(
                    moved(occurrence, other, index, holder.first + at, len(held))
                )
    return found


def _wanted(
    stems: tuple[str, ...], wanted: Mapping[tuple[str, ...], Sequence[str]]
) -> list[tuple[str, tuple[str, ...], int]]:
    """The formulas of ``wanted`` found in a run of ``stems`` shorter than it, by id, each at
    its first (smallest) place: (id, wording, word offset)."""
    best: dict[str, tuple[tuple[str, ...], int]] = {}
    for size in range(1, len(stems)):
        for at in range(len(stems) - size + 1):
            for formula_id in wanted.get(stems[at : at + size], ()):
                candidate = (stems[at : at + size], at)
                best[formula_id] = min(best.get(formula_id, candidate), candidate)
    return [(formula_id, *best[formula_id]) for formula_id in sorted(best)]


def moved(
    occurrence: Occurrence, view: succession.View, sentence: int, first: int, size: int
) -> Occurrence:
    """``occurrence``'s formula (source, topic, confidence) at words ``first`` on in ``view``."""
    span = word_span(view.readout, view.words[sentence], first, first + size)
    return occurrence._replace(
        text=view.readout.text[span.start : span.end], sentence=sentence,
        first=first, last=first + size, span=span,
    )  # fmt: skip
