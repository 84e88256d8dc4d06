"""Runs of words two sequences share, in order, in time that stays near linear however long they are.

:class:`difflib.SequenceMatcher` without its junk heuristic gives the best blocks but costs
up to the product of the two lengths: two near-identical 2 MB single-line readouts took
minutes. Sequences whose product of lengths is small (every real sentence pair) still go to
it whole, so ordinary results do not change. Longer ones are cut down first: the common
start and end are taken as they are, then words that occur exactly once on each side
(patience diff's anchors, longest increasing chain of them) split what is left into gaps,
each compared the same way. A gap still too long with no anchor is compared in windows
at the same share of each side: a pathological input may lose a few shared runs, never
the run its time.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from operator import itemgetter

Block = tuple[int, int, int]
"""(start in a, start in b, length), as :meth:`SequenceMatcher.get_matching_blocks` gives them."""
WHOLE_LIMIT = 1_000_000
"""Largest product of lengths compared directly."""
_GAP_LIMIT = 40_000
"""Largest product of lengths of a gap between anchors compared directly."""
_DEPTH = 4
"""Rounds of anchors before a long gap is compared in windows."""
_WINDOW = 100
"""Words per window when a long gap has no anchors: windows of both sides are compared pairwise."""


def matching_blocks(a: Sequence[str], b: Sequence[str]) -> list[Block]:
    """Return the blocks of words ``a`` and ``b`` share, in order, adjacent blocks joined.

    >>> matching_blocks("a b c x d e".split(), "a b c y d e".split())
    [(0, 0, 3), (4, 4, 2)]
    >>> long = [f"w{i}" for i in range(3000)]
    >>> matching_blocks(long, long[:1500] + ["new"] + long[1500:])
    [(0, 0, 1500), (1500, 1501, 1500)]
    """
    if len(a) * len(b) <= WHOLE_LIMIT:
        return _direct(a, 0, len(a), b, 0, len(b))
    found: list[Block] = []
    work = [(0, len(a), 0, len(b), 0)]
    while work:
        a_low, a_high, b_low, b_high, depth = work.pop()
        a_low, a_high, b_low, b_high = _trim(a, a_low, a_high, b, b_low, b_high, found)
        if a_low == a_high or b_low == b_high:
            continue
        if (a_high - a_low) * (b_high - b_low) <= _GAP_LIMIT:
            found += _direct(a, a_low, a_high, b, b_low, b_high)
            continue
        gaps = _gaps(a, a_low, a_high, b, b_low, b_high, depth + 1, found) if depth < _DEPTH else []
        if gaps:
            work += gaps
        else:
            found += _windows(a, a_low, a_high, b, b_low, b_high)
    return _joined(sorted(found))


BlockMemo = dict[tuple[tuple[str, ...], tuple[str, ...]], list[Block]]
"""(a, b) -> their :func:`matching_blocks`, for callers that diff the same pair more than once."""


def remembered_blocks(a: Sequence[str], b: Sequence[str], memo: BlockMemo | None) -> list[Block]:
    """:func:`matching_blocks` of ``a`` and ``b``, computed once per ``memo`` (none: always)."""
    if memo is None:
        return matching_blocks(a, b)
    key = (tuple(a), tuple(b))
    found = memo.get(key)  # one hash of the key's words, not two: the key is hashed anew each time
    if found is None:
        found = memo[key] = matching_blocks(a, b)
    return found


def _direct(a: Sequence[str], a_low: int, a_high: int, b: Sequence[str], b_low: int, b_high: int) -> list[Block]:  # fmt: skip
    found = sequence_blocks(a[a_low:a_high], b[b_low:b_high])
    return [(a_low + i, b_low + j, size) for i, j, size in found]


def sequence_blocks(a: Sequence[str], b: Sequence[str]) -> list[Block]:
    """``SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()`` less its closing
    ``(len(a), len(b), 0)``, as plain tuples: the same search (the longest shared run, on a tie
    the one starting first in ``a``, then in ``b``; then the same on each side of it), without
    the matcher object, its named tuples and its junk tests (``tests/test_shared_runs.py``
    holds it to difflib). Two sentences (``RUNS_LIMIT``) are read by :func:`_cut_runs`, longer
    passages box by box (:func:`_searched`).

    >>> sequence_blocks("a b x c d".split(), "a b y c d".split())
    [(0, 0, 2), (3, 3, 2)]
    >>> sequence_blocks("a b c".split(), "a z a b c".split())
    [(0, 2, 3)]
    """
    places: dict[str, list[int]] = {}
    for j, word in enumerate(b):
        row = places.get(word)
        if row is None:
            places[word] = [j]
        else:
            row.append(j)
    if len(a) * len(b) <= RUNS_LIMIT:
        return _cut_runs(a, b, places)
    return _searched(a, b, places)


RUNS_LIMIT = 20_000
"""Largest product of lengths read by :func:`_cut_runs`: every reworded pair of sentences of
a comparison (22 words a side on average at 500 KB). Above it the runs that cross the boxes
are copied at every level of the search, and the box-by-box search of :func:`_searched` is
faster (1,000 words of a real readout against an edited copy: 4 ms against 25 ms)."""


def _cut_runs(a: Sequence[str], b: Sequence[str], places: dict[str, list[int]]) -> list[Block]:
    """:func:`sequence_blocks` from the runs read once (branch sp59: a quarter fewer
    instructions on the reworded pairs of a comparison than :func:`_searched`).

    difflib reads every place a word of the box stands in ``b`` again for each box it splits
    off. Here every *maximal* run the two share (one that neither word before nor after it
    extends) is read once, in order of its start in ``a``, then in ``b``. Inside a box the
    shared runs are these runs cut at the box's edges, so a box's longest run is the longest
    of its cut runs, the first of them on a tie, as difflib's search finds it; each side of
    the chosen run gets the runs that reach into it, cut there."""
    a_end, b_end = len(a), len(b)
    runs: list[Block] = []
    for i, word in enumerate(a):
        row = places.get(word)
        if row is None:
            continue
        for j in row:
            if i and j and a[i - 1] == b[j - 1]:
                continue  # inside a run found at its start
            n = 1
            while i + n < a_end and j + n < b_end and a[i + n] == b[j + n]:
                n += 1
            runs.append((i, j, n))
    found: list[Block] = []
    queue = [runs] if runs else []  # each: the runs of one box, cut to it, in order of start
    while queue:
        inside = queue.pop()
        block = i, j, n = max(inside, key=_SIZE)  # the first longest: difflib's tie rule
        found.append(block)
        if len(inside) == 1:
            continue
        # Before the run: those that start before it on both sides, their ends cut there.
        before = [
            (x, y, m if m <= i - x and m <= j - y else i - x if i - x < j - y else j - y)
            for x, y, m in inside
            if x < i and y < j
        ]
        if before:
            queue.append(before)
        # After it: those that end after it on both sides, their starts cut there (a cut
        # start moves along its diagonal, so the order of starts is made again).
        i, j = i + n, j + n
        after = [
            (x, y, m)
            if x >= i and y >= j
            else (i, y + i - x, m - i + x)
            if i - x >= j - y
            else (x + j - y, j, m - j + y)
            for x, y, m in inside
            if x + m > i and y + m > j
        ]
        if after:
            after.sort()
            queue.append(after)
    return _joined(sorted(found))


_SIZE = itemgetter(2)


def _searched(a: Sequence[str], b: Sequence[str], places: dict[str, list[int]]) -> list[Block]:
    """:func:`sequence_blocks` box by box, as difflib searches: the longest run of each box
    found by :func:`_longest` over the places of its words in ``b``, looked up once."""
    rows = [places.get(word, _NOWHERE) for word in a]
    found: list[Block] = []
    queue = [(0, len(a), 0, len(b))]
    while queue:
        a_low, a_high, b_low, b_high = queue.pop()
        i, j, size = _longest(a, b, rows, (a_low, a_high, b_low, b_high))
        if size:
            found.append((i, j, size))
            if a_low < i and b_low < j:
                queue.append((a_low, i, b_low, j))
            if i + size < a_high and j + size < b_high:
                queue.append((i + size, a_high, j + size, b_high))
    return _joined(sorted(found))


_NOWHERE: list[int] = []


def _longest(
    a: Sequence[str], b: Sequence[str], rows: list[list[int]], box: tuple[int, int, int, int]
) -> Block:
    """:meth:`SequenceMatcher.find_longest_match` in ``box`` (``rows[i]``: where ``a[i]``
    stands in ``b``), with no junk: the run of each place in ``b`` ending at row ``i`` is one
    longer than the run ending before it at row ``i - 1``."""
    a_low, a_high, b_low, b_high = box
    best_i, best_j, best = a_low, b_low, 0
    ending: dict[int, int] = {}
    for i in range(a_low, a_high):
        row = rows[i]
        if not row:
            ending = {}
            continue
        before = ending.get
        ending = {}
        for j in row:
            if j < b_low:
                continue
            if j >= b_high:
                break
            size = ending[j] = before(j - 1, 0) + 1
            if size > best:
                best_i, best_j, best = i - size + 1, j - size + 1, size
    while best_i > a_low and best_j > b_low and a[best_i - 1] == b[best_j - 1]:
        best_i, best_j, best = best_i - 1, best_j - 1, best + 1
    while (
        best_i + best < a_high and best_j + best < b_high and a[best_i + best] == b[best_j + best]
    ):
        best += 1
    return best_i, best_j, best


def differing(a: Sequence[str], b: Sequence[str]) -> tuple[int, int, int, int]:
    """Where ``a`` and ``b`` differ past the words both open and close with: (start and end in
    ``a``, start and end in ``b``).

    >>> differing("in the face of ongoing aggression".split(), "in the face of brutal aggression".split())
    (4, 5, 4, 5)
    """
    return _trim(a, 0, len(a), b, 0, len(b), [])


def _trim(
    a: Sequence[str], a_low: int, a_high: int, b: Sequence[str], b_low: int, b_high: int,
    found: list[Block],
) -> tuple[int, int, int, int]:  # fmt: skip
    """Take the common start and end as blocks; return what is left between them."""
    start = 0
    while (
        a_low + start < a_high and b_low + start < b_high and a[a_low + start] == b[b_low + start]
    ):
        start += 1
    if start:
        found.append((a_low, b_low, start))
    a_low, b_low = a_low + start, b_low + start
    end = 0
    while (
        a_high - end > a_low and b_high - end > b_low and a[a_high - end - 1] == b[b_high - end - 1]
    ):
        end += 1
    if end:
        found.append((a_high - end, b_high - end, end))
    return a_low, a_high - end, b_low, b_high - end


def _gaps(
    a: Sequence[str], a_low: int, a_high: int, b: Sequence[str], b_low: int, b_high: int,
    depth: int, found: list[Block],
) -> list[tuple[int, int, int, int, int]]:  # fmt: skip
    """Match the longest in-order chain of words unique on both sides; return the gaps between."""
    in_a = Counter(a[a_low:a_high])
    in_b = Counter(b[b_low:b_high])
    where_b = {b[j]: j for j in range(b_low, b_high) if in_b[b[j]] == 1 and in_a[b[j]] == 1}
    anchors = [(i, where_b[a[i]]) for i in range(a_low, a_high) if a[i] in where_b]
    if not anchors:
        return []
    gaps = []
    previous_i, previous_j = a_low, b_low
    for i, j in _increasing_chain(anchors):
        found.append((i, j, 1))
        gaps.append((previous_i, i, previous_j, j, depth))
        previous_i, previous_j = i + 1, j + 1
    gaps.append((previous_i, a_high, previous_j, b_high, depth))
    return gaps


def _windows(a: Sequence[str], a_low: int, a_high: int, b: Sequence[str], b_low: int, b_high: int) -> list[Block]:  # fmt: skip
    """Compare the two sides window by window, each window at the same share of its side."""
    count = -(-max(a_high - a_low, b_high - b_low) // _WINDOW)
    found: list[Block] = []
    for k in range(count):
        a_start, a_end = (a_low + (a_high - a_low) * n // count for n in (k, k + 1))
        b_start, b_end = (b_low + (b_high - b_low) * n // count for n in (k, k + 1))
        found += _direct(a, a_start, a_end, b, b_start, b_end)
    return found


def _increasing_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of ``pairs`` (sorted by first) whose seconds increase too; O(n log n)."""
    tails: list[int] = []
    tail_at: list[int] = []
    before = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        k = bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_at.append(n)
        else:
            tails[k], tail_at[k] = j, n
        before[n] = tail_at[k - 1] if k else -1
    chain = []
    n = tail_at[-1] if tail_at else -1
    while n != -1:
        chain.append(pairs[n])
        n = before[n]
    return chain[::-1]


def _joined(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for i, j, size in blocks:
        if out and out[-1][0] + out[-1][2] == i and out[-1][1] + out[-1][2] == j:
            out[-1] = (out[-1][0], out[-1][1], out[-1][2] + size)
        else:
            out.append((i, j, size))
    return out
