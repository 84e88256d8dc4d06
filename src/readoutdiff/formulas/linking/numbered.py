"""Numbered points as places: a line reworded across sentences stays inside its point.

A MOFA Japan readout sets out its talk as numbered points ("1. The two ministers condemned …",
"2. Minister Hayashi informed …"), and so does the next readout of the series, each point
about one matter. The rules that link a line across sentences the aligner did not pair search near where the
sentence's paired neighbours went (:mod:`readoutdiff.formulas.linking.standing`'s window,
:func:`open_sentences.near_pairs` for :mod:`readoutdiff.formulas.unpaired.owned` and
:mod:`~readoutdiff.formulas.unpaired.framed`) or in one rewritten passage
(:func:`gap_frames.passages` for ``gap_frames``, ``acts`` and ``gap_words``). When a point is
one sentence, that search spans the other readout's neighbouring points, and a point's wording
got linked to one under another number ("challenge to the international order based" in point
3 → "serious challenge to the international community" in point 1 of the next readout, about
another matter). A point's lone number, a sentence of its own, used to anchor them ("3." paired
with "3."); since the number opens its sentence (:mod:`readoutdiff.languages.segment`), the
points themselves are the places. A sentence's point is the number of the point it stands in
(its own number, or the last one before it), read only at the readout's top level of numbering
(the kind of number its first point has: "1.", not the "(1)" inside a point) and only when a
readout numbers two points or more; the last point ends with its line and the lines its
sub-points open (what follows closes the readout). Two points *correspond* when they have the
same number or the aligner paired a sentence of one with a sentence of the other (a renumbered
point: "4." in A said again as "3." in B); no line is linked between sentences of two points
that do not correspond.

>>> from readoutdiff.ingest import from_text
>>> text = "Intro.\\n\\n1. Trade rose.\\n\\nIt went well.\\n\\n2. They met. Talks ended.\\n\\n(1) A sub-point.\\n\\nThanks."
>>> points(from_text(text))
(None, '1', '1', '2', '2', '2', None)
>>> points(from_text("1. One point only."))
(None,)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from operator import itemgetter

from readoutdiff.formulas.linking.nearby import Placement
from readoutdiff.languages.points import NUMERALS, opening
from readoutdiff.model import Readout

Crosses = Callable[[int, int], bool]
"""Whether sentence x of A and sentence y of B stand in points that do not correspond."""
Points = tuple[str | None, ...]
"""Each sentence's point number ("1", "iv", "二"), None outside numbered points."""
_SECOND = itemgetter(1)
"""A mark's B sentence."""
Runs = list[tuple[int, int, str]]
"""The points as runs of sentences: (first sentence, past the last, number), in order."""
_CORE = re.compile(r"\d+|[ivxIVX]+|[一二三四五六七八九十]+")
"""The number itself inside a point's number and its marks ("(2)" → "2", "第三，" → "三")."""
_STARTS = frozenset(f"0123456789(（第ivxIVX{NUMERALS}")
"""The characters a point's number may open with
(:data:`readoutdiff.languages.points.POINT_NUMBER`)."""


def points(readout: Readout) -> Points:
    """The number of the point each sentence of ``readout`` stands in (see the module)."""
    return _each(_runs(readout), len(readout.sentences))


def _each(runs: Runs, count: int) -> Points:
    """Each of ``count`` sentences' point number, from the points' ``runs``."""
    found: list[str | None] = [None] * count
    for k, after, number in runs:
        found[k:after] = [number] * (after - k)
    return tuple(found)


def _runs(readout: Readout) -> Runs:
    """The points of ``readout``'s top level of numbering as runs of sentences: (first, past the
    last, number), in order; none when it numbers fewer than two (see the module)."""
    sentences = readout.sentences
    count = len(sentences)
    kind: str | None = None
    numbers: set[str] = set()
    opens: list[tuple[int, str]] = []  # the points of the readout's kind: sentence, number
    numbered: set[int] = set()  # the sentences that open with a number, of any kind
    # Only the sentences that open with a character a number may open with are read past
    # their first (a sentence's index is its place among them).
    for sentence in [s for s in sentences if s.text[:1] in _STARTS]:
        k, text = sentence.index, sentence.text
        core = _CORE.search(_number(text))
        if core is not None:
            numbered.add(k)
            number = core.string
            shape = number[: core.start()] + "#" + number[core.end() :]
            kind = kind or shape
            if shape == kind:
                opens.append((k, core.group()))
                numbers.add(core.group())
    if len(numbers) < 2:  # one point is no numbered list
        return []
    # The last point runs to the end of its line, and on over the lines its sub-points open
    # ("(1)" under "3."); what follows is no point's (the readout's closing lines).
    last, end = opens[-1][0], count
    for k in range(last + 1, count):
        between = readout.text[sentences[k - 1].span.end : sentences[k].span.start]
        if "\n" in between and k not in numbered:
            end = k
            break
    return [
        (k, after, number)
        for (k, number), (after, _) in zip(opens, [*opens[1:], (end, "")], strict=True)
    ]


def _number(text: str) -> str:
    """The number ``text`` opens with as a point's
    (:func:`readoutdiff.languages.points.opening`), "" when none or when nothing follows it."""
    return text[: opening(text)].strip()


def crossing(a: Readout, b: Readout, placed: Placement) -> Crosses:
    """Whether sentence x of ``a`` and sentence y of ``b`` stand in points that do not
    correspond (both readouts number their points; see the module); always False otherwise.
    ``placed``: where the aligner put the sentences (:func:`nearby.placement`). Its marks are
    read for a point of A at the first question across it and another number, and then only
    that point's (a point is runs of sentences, the marks are sorted: a slice a run), not every
    pair; the few pairs of more sentences are read each sentence with each."""
    runs_a = _runs(a)
    if not runs_a:  # most readouts number no points: B's are not read then
        return never
    runs_b = _runs(b)
    if not runs_b:
        return never
    of_a, of_b = _each(runs_a, len(a.sentences)), _each(runs_b, len(b.sentences))
    reached: dict[str, set[str | None]] = {}  # A's point -> B's points paired with it
    # The points the few pairs of more sentences join, each sentence with each (their marks
    # are their first and last sentences only)
    wide = {(of_a[s.index], of_b[t.index]) for pair in placed.wide for s in pair.a for t in pair.b}

    def reach(p: str) -> set[str | None]:
        """B's points the aligner paired a sentence of A's point ``p`` with (by the marks)."""
        found = reached.get(p)
        if found is None:  # the marks are sorted by A's sentence: a point's are a slice a run
            marks, found = placed.marks, set()
            for k, after, number in runs_a:
                if number == p:  # the points of the slice's B sentences, read in C
                    ys = map(
                        _SECOND, marks[bisect_left(marks, (k,)) : bisect_left(marks, (after,))]
                    )
                    found.update(map(of_b.__getitem__, ys))
            reached[p] = found
        return found

    def crosses(x: int, y: int) -> bool:
        p, q = of_a[x], of_b[y]
        if p is None or q is None or p == q:
            return False
        return (p, q) not in wide and q not in reach(p)

    return crosses


def never(x: int, y: int) -> bool:
    """No two sentences cross points: what :func:`crossing` gives when a readout numbers none."""
    return False


def within_points(
    passages: list[tuple[list[int], list[int]]], crosses: Crosses
) -> list[tuple[list[int], list[int]]]:
    """The rewritten ``passages`` (A's and B's unpaired sentences between the same two pairs)
    cut where they span numbered points: A's sentences of one point with B's that do not
    cross from it (``crosses``: :func:`crossing`), each cut kept when it has both sides."""
    if crosses is never:
        return passages
    cut: list[tuple[list[int], list[int]]] = []
    for xs, ys in passages:
        groups: dict[tuple[int, ...], list[int]] = {}
        for x in xs:  # A's sentences grouped by the B sentences they may link with
            groups.setdefault(tuple(y for y in ys if not crosses(x, y)), []).append(x)
        cut += [(group, list(allowed)) for allowed, group in groups.items() if allowed]
    return cut
