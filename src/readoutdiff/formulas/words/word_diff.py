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

from readoutdiff.formulas.words.roles import STOP_WORDS
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
