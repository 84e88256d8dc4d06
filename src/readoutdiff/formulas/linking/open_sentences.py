"""The sentences of two readouts the aligner left open to a rewording (not aligned without
change), and which of them stand near each other: read once per comparison for
:mod:`owned` and :mod:`framed`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import filterfalse
from typing import Protocol, Self, TypeVar

from readoutdiff.formulas.linking.nearby import Gap, Placement, gap
from readoutdiff.formulas.linking.open_windows import Windowed, windowed
from readoutdiff.formulas.linking.twins import WITHIN
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.records.record import record_positional


@record_positional
class Layout:
    """Where the aligner put the sentences of one comparison."""

    open_a: tuple[int, ...]
    """A's sentences not aligned without change, in order."""
    open_b: tuple[int, ...]
    marks: tuple[tuple[int, int], ...]
    """(A index, B index) of the first sentences of each aligned pair and of the last ones,
    sorted (:attr:`nearby.Placement.marks`)."""
    mirrored: tuple[tuple[int, int], ...]
    na: int
    nb: int
    held: tuple[frozenset[int], frozenset[int]]
    """The sentences of A and of B that stand in an aligned pair."""


def layout(
    placed: Placement, na: int, nb: int,
    opened: tuple[tuple[int, ...], tuple[int, ...]] | None = None,
) -> Layout:  # fmt: skip
    """The :class:`Layout` of the pairs ``placed`` (:meth:`comparing.Comparing.placement`)
    between readouts of ``na`` and ``nb`` sentences (``opened``: the open sentences of each,
    :meth:`comparing.Comparing.opened`, when read already)."""
    if opened is None:
        same_a, same_b = placed.same
        opened = (
            tuple(filterfalse(same_a.__contains__, range(na))),  # the test in C
            tuple(filterfalse(same_b.__contains__, range(nb))),
        )
    return Layout(
        *opened,
        tuple(placed.marks),
        tuple(placed.marks_mirrored),
        na,
        nb,
        placed.held,
    )


LONGEST = 200
"""Words of the longest sentence read for owned phrases and framed clauses (the longest of the
evaluation set has 78): a "sentence" of a 2 MB line with no full stop is no readout's, and
pairing its phrases with each other would take time quadratic in its length."""


def readable(view: View, sentences: Iterable[int]) -> list[int]:
    """The ``sentences`` of ``view`` short enough to read (``LONGEST`` words at most)."""
    words = view.words
    return [x for x in sentences if len(words[x].stems) <= LONGEST]


Runs = tuple[dict[int, Gap], dict[int, Gap]]
"""Each open sentence of A, of B, that stands in a run of unpaired sentences -> that run
(:func:`nearby.gap`), in order: :func:`runs_of`."""


def runs_of(placed: Layout, xs: Iterable[int], ys: Iterable[int]) -> Runs:
    """The runs of unpaired sentences that the A sentences ``xs`` and the B sentences ``ys``
    stand in (a sentence in a pair, or in a run longer than ``nearby.GAP_MOST``, in none):
    read once a comparison for :func:`near_pairs` and :func:`gap_frames.passages`, which
    asked the same of the same sentences (sp61)."""
    held_a, held_b = placed.held
    in_a: dict[int, Gap] = {}
    for x in sorted(set(xs)):  # a sentence in a pair (most open ones) is in no run: no call
        if x not in held_a and (at := gap(placed.marks, x, placed.na, held_a)) is not None:
            in_a[x] = at
    in_b: dict[int, Gap] = {}
    for y in sorted(set(ys)):
        if y in held_b:
            continue
        at = gap(placed.mirrored, y, placed.nb, held_b, mirrored=True)
        if at is not None:
            in_b[y] = at
    return in_a, in_b


def near_pairs(
    placed: Layout, xs: Iterable[int], ys: Iterable[int], read: Runs | None = None,
    windows: Windowed | None = None,
) -> dict[int, set[int]]:  # fmt: skip
    """Each A sentence of ``xs`` -> the B sentences of ``ys`` near it: each in the other's
    :func:`nearby.window` (``twins.WITHIN`` sentences beyond where its paired neighbours
    went), or both unpaired in one rewritten passage (:func:`nearby.gap`; ``read``: the
    :func:`runs_of` of ``xs`` and ``ys``, when read already; ``windows``: the first part,
    :meth:`Comparing.windowed`, read once for :mod:`standing` too, when ``xs`` and ``ys`` are
    every open sentence and the windows are read off the same marks,
    :func:`open_windows.same_marks`)."""
    wanted_a, wanted_b = sorted(set(xs)), sorted(set(ys))
    if windows is None:
        counts = (placed.na, placed.nb)
        near = windowed(placed.marks, placed.mirrored, wanted_a, wanted_b, counts, WITHIN)
    else:  # copied: the runs below are added to each
        near = {x: set(found) for x, found in windows.items()}
    # Both unpaired in one rewritten passage, however far from the pairs around it.
    in_a, in_b = runs_of(placed, wanted_a, wanted_b) if read is None else read
    gaps: dict[Gap, list[int]] = {}
    for y, at in in_b.items():
        gaps.setdefault(at, []).append(y)
    for x, at in in_a.items():
        near[x].update(gaps.get(at, ()))
    return near


class _Placed(Protocol):
    def _replace(self, *, sentence: int) -> Self: ...


T = TypeVar("T", bound=_Placed)
U = TypeVar("U")


def read_once(
    memo: dict[str, list[T]], view: View, sentence: int, read: Callable[[View, Words], list[T]]
) -> list[T]:
    """What ``read`` finds in a sentence of ``view``, read once per sentence text (``memo``):
    a readout built from sentences said again reads each once."""
    text = view.readout.sentences[sentence].text
    found = memo.get(text)
    if found is None:
        found = memo[text] = read(view, view.words[sentence])
        return found
    return [item._replace(sentence=sentence) for item in found]


def text_once(memo: dict[str, U], view: View, sentence: int, read: Callable[[View, Words], U]) -> U:
    """What ``read`` finds in a sentence of ``view``, read once per sentence text (``memo``),
    as :func:`read_once` but given back as it is: for what names no sentence (the frame words
    of :mod:`framed`, the heads of :mod:`owned`)."""
    text = view.readout.sentences[sentence].text
    found = memo.get(text)
    if found is None:
        found = memo[text] = read(view, view.words[sentence])
    return found
