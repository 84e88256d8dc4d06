"""A formula both readouts keep, said in a passage each rewrote, governed by other words.

:func:`succession.governed` compares what governs a kept formula inside an aligned pair.
A rewritten passage does not pair: "… pursue a sustainable global economic recovery, tackle
the climate crisis, and strengthen democracy." in A, "… taking steps to address the climate
crisis, including ahead of COP-26 …" in B, each sentence unpaired, in the same place between
the passages that did pair. A lexicon formula said once on each side, in two such sentences
(unpaired, in the same gap of the alignment), whose governing phrase changed is one
*changed* context entry, as in an aligned pair.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from operator import attrgetter
from sys import maxsize

from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import Governed, View, governor_change
from readoutdiff.model import Alignment, FormulaSource, Sentence
from readoutdiff.records.replacing import replace

ById = Mapping[str, Sequence[Occurrence]]
Side = Callable[[Alignment], tuple[Sentence, ...]]


def across_gaps(
    a: View, b: View, alignments: Sequence[Alignment], in_a: ById, in_b: ById,
    paired: tuple[AbstractSet[int], AbstractSet[int]],
) -> list[Governed]:  # fmt: skip
    """Governing phrases changed around kept formulas said in unpaired sentences of one gap
    (``paired``: the sentences of A and of B that stand in an aligned pair)."""
    said_once = [
        (in_a[i][0], in_b[i][0])
        for i in sorted(set(in_a) & set(in_b))
        if len(in_a[i]) == 1 and len(in_b[i]) == 1 and in_a[i][0].source is not FormulaSource.MINED
        and in_a[i][0].sentence not in paired[0] and in_b[i][0].sentence not in paired[1]
    ]  # fmt: skip
    if not said_once:  # most often none: every alignment is walked for the gaps
        return []
    pairs = [alignment for alignment in alignments if alignment.a and alignment.b]
    found = []
    for x, y in said_once:
        if _gap(pairs, x.sentence, _A) != _gap(pairs, y.sentence, _B):
            continue
        change = governor_change(a, b, x, y, 0.0)
        if change is not None:
            found.append(_with_anchor(change, a, b, x, y))
    return found


def _with_anchor(change: Governed, a: View, b: View, x: Occurrence, y: Occurrence) -> Governed:
    """The change told with the formula it governs: two sentences that did not pair have no
    passage to show it in ("tackle the climate crisis" / "taking steps to address the climate
    crisis")."""
    a_span = replace(change.a_span, end=x.span.end)
    b_span = replace(change.b_span, end=y.span.end)
    return replace(
        change, a_span=a_span, b_span=b_span,
        a_text=a.readout.text[a_span.start : a_span.end],
        b_text=b.readout.text[b_span.start : b_span.end],
    )  # fmt: skip


_A, _B = attrgetter("a"), attrgetter("b")


def _gap(pairs: Sequence[Alignment], sentence: int, side: Side) -> tuple[int, int]:
    """The gap of an unpaired ``sentence`` of one side: the aligned pairs (their places in
    ``pairs``, -1 at either end) right before and right after it in its own readout's order.
    Each side is read in its own order, so a pair that moved (off the in-order chain) bounds a
    gap alike whichever readout is A: the list of alignments, which files a moved pair by one
    side's place, numbered the gaps of the two sides differently when the readouts were
    swapped (sym1). Without a moved pair this is the run of unpaired sentences between two
    consecutive pairs, as before; read for the few sentences asked about only."""
    before = after = -1
    last, first = -1, maxsize
    for number, pair in enumerate(pairs):
        sentences = side(pair)
        end, start = sentences[-1].index, sentences[0].index
        if last < end < sentence:
            last, before = end, number
        elif sentence < start < first:
            first, after = start, number
    return before, after
