"""The word diff of two passages and its changed regions, for the replaced phrases of
reworded passages (:mod:`wording`) and the one-sided formulas replaced by each other
(:mod:`replaced`).

The diff is :class:`difflib.SequenceMatcher`'s opcodes on word stems, computed in one
canonical order so that swapping the readouts mirrors it, in near-linear time for very long
passages (:mod:`readoutdiff.text.shared_runs`). Changed runs that only one unchanged word
separates are one region.

>>> opcodes_of(["we", "deepen", "ties"], ["we", "strengthen", "ties"])
[('equal', 0, 1, 0, 1), ('replace', 1, 2, 1, 2), ('equal', 2, 3, 2, 3)]
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import STOP_WORDS
from readoutdiff.model import Alignment
from readoutdiff.text.shared_runs import BlockMemo, remembered_blocks

_BRIDGED = 6
"""Most words a side of a replaced phrase joined across an unchanged content word."""


def opcodes_of(
    x: list[str], y: list[str], blocks: BlockMemo | None = None
) -> list[tuple[str, int, int, int, int]]:
    """The word diff of ``x`` and ``y``, computed in one canonical order so that swapping
    the two sides mirrors it (words only in ``y`` are an insert either way).

    >>> opcodes_of(["a", "b"], ["a"]), opcodes_of(["b"], ["a", "b"])
    ([('equal', 0, 1, 0, 1), ('delete', 1, 2, 1, 1)], [('insert', 0, 0, 0, 1), ('equal', 0, 1, 1, 2)])
    """
    if x <= y:
        return _shared_opcodes(x, y, blocks)  # a new list each call: no copy needed
    mirrored = _shared_opcodes(y, x, blocks)
    return [(_MIRRORED.get(tag, tag), i1, i2, j1, j2) for tag, j1, j2, i1, i2 in mirrored]


_MIRRORED = {"insert": "delete", "delete": "insert"}
"""What a tag of the diff of ``y`` and ``x`` is in the diff of ``x`` and ``y``."""

Opcode = tuple[str, int, int, int, int]
PairDiff = tuple[list[str], list[str], list[Opcode]]
"""An aligned pair's stems, each side's sentences joined (A's, B's), and their word diff
(:func:`pair_diff`)."""


def pair_diff(
    pair: Alignment, a_words: Sequence[Words], b_words: Sequence[Words],
    blocks: BlockMemo | None = None,
) -> PairDiff:  # fmt: skip
    """The stems of ``pair``'s sentences joined on each side, and their :func:`opcodes_of`:
    read once per reworded pair for the three readings :mod:`~readoutdiff.formulas.succession.named`
    makes of it (the qualifiers swapped, :func:`kept_complement.may_keep
    <readoutdiff.formulas.succession.kept_complement.may_keep>`, the replaced phrases), each of
    which joined the stems and made the opcodes again. Read, never changed.

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.formulas.words.phrases import readout_words
    >>> from readoutdiff.model import Alignment, Status
    >>> a, b = from_text("We deepen ties."), from_text("We strengthen ties.")
    >>> pair = Alignment(status=Status.CHANGED, a=a.sentences, b=b.sentences, score=0.8)
    >>> pair_diff(pair, readout_words(a), readout_words(b))[2]
    [('equal', 0, 1, 0, 1), ('replace', 1, 2, 1, 2), ('equal', 2, 3, 2, 3)]
    """
    x = [stem for s in pair.a for stem in a_words[s.index].stems]
    y = [stem for s in pair.b for stem in b_words[s.index].stems]
    return x, y, opcodes_of(x, y, blocks)


def _shared_opcodes(
    x: list[str], y: list[str], blocks: BlockMemo | None = None
) -> list[tuple[str, int, int, int, int]]:
    """``SequenceMatcher(None, x, y, autojunk=False).get_opcodes()``, from
    :func:`readoutdiff.text.shared_runs.matching_blocks`: the same opcodes for every real passage
    pair, and near-linear time for very long ones (two near-identical 2 MB single-line
    readouts made one passage pair whose word diff ran for minutes)."""
    opcodes: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    for start_x, start_y, size in [*remembered_blocks(x, y, blocks), (len(x), len(y), 0)]:
        tag = "replace" if i < start_x and j < start_y else "delete" if i < start_x else "insert"
        if i < start_x or j < start_y:
            opcodes.append((tag, i, start_x, j, start_y))
        i, j = start_x + size, start_y + size
        if size:
            opcodes.append(("equal", start_x, i, start_y, j))
    return opcodes


def regions_of(
    opcodes: Sequence[tuple[str, int, int, int, int]], x: Sequence[str]
) -> list[tuple[int, int, int, int]]:
    """Join changed runs that only one unchanged word separates ("unprovoked *and*
    unjustified"). Across a content word only while the whole stays a short phrase
    (``_BRIDGED`` words a side): "discussed the impacts of" / "condemned" before *Russia's*
    and "unjustifiable" after it are two changes, not one nine-word wording."""
    regions: list[list[int]] = []
    gap_ok = stop_gap = False
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            gap_ok, stop_gap = i2 - i1 <= 1, x[i1] in STOP_WORDS
            continue
        if (
            regions
            and gap_ok
            and (stop_gap or max(i2 - regions[-1][0], j2 - regions[-1][2]) <= _BRIDGED)
        ):
            regions[-1][1], regions[-1][3] = i2, j2
        else:
            regions.append([i1, i2, j1, j2])
    return [(r[0], r[1], r[2], r[3]) for r in regions]
