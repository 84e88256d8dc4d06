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

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet

from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import Governed, View, governor_change
from readoutdiff.model import Alignment, FormulaSource
from readoutdiff.records.replacing import replace

ById = Mapping[str, Sequence[Occurrence]]


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
    gap_a, gap_b = _gaps(alignments)
    found = []
    for x, y in said_once:
        gap = gap_a.get(x.sentence)
        if gap is None or gap != gap_b.get(y.sentence):
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


def _gaps(alignments: Sequence[Alignment]) -> tuple[dict[int, Gap], dict[int, Gap]]:
    """Sentence -> its gap, for the unpaired sentences of A and of B: the aligned pairs right
    before and right after it in its own readout's order (None at either end). Each side is
    read in its own order, so a pair that moved (off the in-order chain) bounds a gap alike
    whichever readout is A; the list of alignments, which files a moved pair by one side's
    place, would number the gaps of the two sides differently when the readouts are swapped."""
    pairs_a: dict[int, int] = {}
    pairs_b: dict[int, int] = {}
    lone_a: list[int] = []
    lone_b: list[int] = []
    for number, alignment in enumerate(alignments):
        if alignment.a and alignment.b:
            pairs_a.update((sentence.index, number) for sentence in alignment.a)
            pairs_b.update((sentence.index, number) for sentence in alignment.b)
        else:
            lone_a += (sentence.index for sentence in alignment.a)
            lone_b += (sentence.index for sentence in alignment.b)
    return _between(pairs_a, lone_a), _between(pairs_b, lone_b)


Gap = tuple[int | None, int | None]


def _between(paired: Mapping[int, int], lone: Sequence[int]) -> dict[int, Gap]:
    """Each lone sentence -> the pairs of the paired sentences nearest before and after it."""
    order = sorted(paired)
    gaps: dict[int, Gap] = {}
    for sentence in lone:
        at = bisect_left(order, sentence)
        before = paired[order[at - 1]] if at > 0 else None
        after = paired[order[at]] if at < len(order) else None
        gaps[sentence] = before, after
    return gaps
