"""With pairing by meaning (``--meaning``): a clause a reworded pair replaced by another
clause that means the same, read off sentence embeddings of the two clauses.

The hand-written rules link two wordings by the words they share; a line reworded with other
words ("step up their direct communication even further in the days to come" -> "continue to
remain in close contact in the coming days") shares none. When the run loads the
sentence-embedding model anyway (``Options.meaning``), this last step reads the word diff (by
stems) of each pair the aligner marked reworded, and cuts its sentences into **clauses**: runs
of words inside one stretch between punctuation, starting and ending where a clause word
stands (:data:`SOFT`: "and", "to", "that", "including" ...; left out at the start), of
``MIN_WORDS`` to ``MAX_WORDS`` words, ``MIN_CONTENT`` of them no stop word, with no name,
office, date, boilerplate or cut (:func:`noise.why`) and no verb that reports what was said.
A clause counts when half its words or more are in one replaced run of the diff and the other
readout does not say it. Two such clauses, one of each readout, in the same replaced run,
are one line reworded, a *changed* entry, when the cosine of their embeddings reaches
``FLOOR`` (chosen on the dev pairs of ``eval/formulas``), they are not one formula
(:func:`wording.same_formula`) and do not share half the content words of the shorter (those
the rules on shared words tell). Pairs are taken best first (highest cosine, then the places
first in both readouts: the same order whichever readout is A), each place once, none on a
place another entry tells (:func:`line_entries.entries`).

Measured (``benchmarks/README.md``, "m14"): across passages, without the replaced-run
condition, the cosine did not tell a reworded line from a dropped and an appeared one on the
same subject (of 39 pairs at 0.6 on dev, 5 right, 24 with another fate, 10 noise).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, NamedTuple

from readoutdiff.formulas.linking.comparing import Comparing, Said
from readoutdiff.formulas.linking.line_entries import OneSided, Wording, entries
from readoutdiff.formulas.linking.lonely import spans_of
from readoutdiff.formulas.mining import noise
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.roles import CLAUSE_WORDS, REPORTING
from readoutdiff.formulas.words.spans import Unheld, word_span
from readoutdiff.formulas.words.wording import same_formula
from readoutdiff.model import Alignment, Formula, Status

if TYPE_CHECKING:
    import numpy as np

SOFT = CLAUSE_WORDS
"""Words a clause starts after or ends before (besides punctuation)."""
MIN_WORDS = 3
MAX_WORDS = 14
MIN_CONTENT = 2
SHARED = 0.5
FLOOR = 0.6
"""Lowest cosine of two clauses' embeddings for them to be one line reworded."""

Clause = tuple[int, int, int, str]
"""(sentence, first word, word past the last, text)."""


def clauses(view: View, sentence: int) -> list[Clause]:
    """The clauses of one sentence of ``view`` (see the module text)."""
    words = view.words[sentence]
    stems, count = words.stems, len(words.stems)
    text = view.readout.text
    out: list[Clause] = []
    for first in range(count):
        opens = first == 0 or words.breaks[first] or stems[first - 1] in SOFT
        if not opens or stems[first] in SOFT:
            continue
        for last in range(first + MIN_WORDS, min(count, first + MAX_WORDS) + 1):
            if words.breaks[last - 1] and last - 1 > first:
                break  # a stretch between punctuation ends before
            if last < count and not (words.breaks[last] or stems[last] in SOFT):
                continue
            content = sum(s not in words.stop_words for s in stems[first:last])
            if content >= MIN_CONTENT and _telling(view, sentence, first, last):
                out.append((sentence, first, last, text[words.start(first) : words.end(last - 1)]))
    return out


def _telling(view: View, sentence: int, first: int, last: int) -> bool:
    """Words ``[first, last)`` may be a policy line: no name, office, date, boilerplate or cut
    (:func:`noise.why`), and no verb that reports what was said (the frame, not the line)."""
    words = view.words[sentence]
    text = view.readout.text
    said = {text[words.start(k) : words.end(k)].casefold() for k in range(first, last)}
    return said.isdisjoint(REPORTING) and noise.why(words, first, last) is None


def _alike(x: tuple[str, ...], y: tuple[str, ...], stops: frozenset[str]) -> bool:
    """Half the content words of the shorter clause or more are in the other: the same line
    with a few words changed, which the rules on shared words tell, or a near repeat."""
    cx, cy = {s for s in x if s not in stops}, {s for s in y if s not in stops}
    return len(cx & cy) >= SHARED * min(len(cx), len(cy))


def changes(
    a: View, b: View, comparing: Comparing, one_sided: OneSided, told: Sequence[Formula]
) -> tuple[list[Formula], set[str]]:
    """The changed entries of clauses reworded, and the ids of the one-sided formulas they tell
    (``one_sided``: the formulas left to link; ``told``: the entries made so far)."""
    busy_a, busy_b = spans_of(told)
    hunks_a, hunks_b = _hunks(a, b, comparing.changed)
    side_a = _open(a, b, hunks_a, Unheld(busy_a), comparing.said_in)
    side_b = _open(b, a, hunks_b, Unheld(busy_b), comparing.said_in)
    if not side_a or not side_b:
        return [], set()
    from readoutdiff.align.meaning import embed  # loaded by then: the run pairs by meaning

    vectors = embed([c.text for c in side_a] + [c.text for c in side_b])
    found = _best(a, b, side_a, side_b, vectors)
    ids: Counter[str] = Counter(f.anchor for f in told if f.anchor)
    return entries(a, b, found, one_sided, (busy_a, busy_b), [], ids)


class Open(NamedTuple):
    """A one-sided clause in the replaced words of a reworded pair."""

    sentence: int
    first: int
    last: int
    text: str
    hunks: frozenset[int]


def _open(view: View, other: View, hunks: Hunks, free: Unheld, said: Said) -> list[Open]:  # fmt: skip
    """The one-sided clauses, mostly replaced words, on places no entry tells."""
    out = []
    for sentence in sorted({x for x, _ in hunks}):
        words = view.words[sentence]
        for x, first, last, text in clauses(view, sentence):
            held = _in_hunk(hunks, x, first, last)
            if not held or said(text, other.readout.text):
                continue
            if free(word_span(view.readout, words, first, last)):
                out.append(Open(x, first, last, text, held))
    return out


def _best(a: View, b: View, side_a: list[Open], side_b: list[Open], vectors: np.ndarray
) -> list[Wording]:  # fmt: skip
    """Non-overlapping pairs of clauses in one replaced run, highest cosine first, at or above
    ``FLOOR``, neither one formula with the other nor alike (:func:`_alike`)."""
    cosine = vectors[: len(side_a)] @ vectors[len(side_a) :].T
    scored = []
    for i, x in enumerate(side_a):
        for j, y in enumerate(side_b):
            value = round(float(cosine[i, j]), 4)
            if value < FLOOR or not x.hunks & y.hunks or same_formula(x.text, y.text):
                continue
            stems_a = a.words[x.sentence].stems[x.first : x.last]
            stems_b = b.words[y.sentence].stems[y.first : y.last]
            if not _alike(stems_a, stems_b, a.words[x.sentence].stop_words):
                starts = (a.words[x.sentence].start(x.first), b.words[y.sentence].start(y.first))
                ends = (a.words[x.sentence].end(x.last - 1), b.words[y.sentence].end(y.last - 1))
                order = (-value, sum(starts), min(starts), sum(ends), min(ends))
                scored.append((order, i, j))  # the same order whichever readout is A
    scored.sort(key=lambda item: item[0])
    taken_a: list[tuple[int, int, int]] = []
    taken_b: list[tuple[int, int, int]] = []
    out: list[Wording] = []
    for _, i, j in scored:
        x, y = side_a[i], side_b[j]
        if _overlaps(taken_a, x) or _overlaps(taken_b, y):
            continue
        taken_a.append((x.sentence, x.first, x.last))
        taken_b.append((y.sentence, y.first, y.last))
        words = a.words[x.sentence]
        name = tuple(s for s in words.stems[x.first : x.last] if s not in words.stop_words)[:3]
        out.append((x.sentence, y.sentence, (x.first, x.last, y.first, y.last), name))
    return out


Hunks = dict[tuple[int, int], int]
"""(sentence, word) -> the replaced run of a reworded pair's word diff that holds it."""


def _hunks(a: View, b: View, pairs: Sequence[Alignment]) -> tuple[Hunks, Hunks]:
    """Where the word diff (by stems) of each reworded pair replaces words of A by words of B."""
    out_a: Hunks = {}
    out_b: Hunks = {}
    number = 0
    for pair in pairs:
        if pair.status is not Status.CHANGED:
            continue
        at_a = [(s.index, w) for s in pair.a for w in range(len(a.words[s.index].stems))]
        at_b = [(t.index, w) for t in pair.b for w in range(len(b.words[t.index].stems))]
        stems_a = [a.words[x].stems[w] for x, w in at_a]
        stems_b = [b.words[y].stems[w] for y, w in at_b]
        for op, i1, i2, j1, j2 in _opcodes(stems_a, stems_b):
            if op == "replace":
                number += 1
                out_a.update(dict.fromkeys(at_a[i1:i2], number))
                out_b.update(dict.fromkeys(at_b[j1:j2], number))
    return out_a, out_b


def _opcodes(x: list[str], y: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes of ``x`` against ``y``, computed in one order whichever is given first
    (its longest-match ties depend on the order): swapping the readouts mirrors the runs."""
    flip = y < x
    found = SequenceMatcher(None, *((y, x) if flip else (x, y)), autojunk=False).get_opcodes()
    if not flip:
        return [(op, i1, i2, j1, j2) for op, i1, i2, j1, j2 in found]
    return [(op, j1, j2, i1, i2) for op, i1, i2, j1, j2 in found]


def _in_hunk(hunks: Hunks, sentence: int, first: int, last: int) -> frozenset[int]:
    """The replaced runs that hold half the clause's words or more."""
    held = Counter(hunks.get((sentence, w), 0) for w in range(first, last))
    return frozenset(h for h, n in held.items() if h and 2 * n >= last - first)


def _overlaps(taken: list[tuple[int, int, int]], clause: Open) -> bool:
    return any(s == clause.sentence and f < clause.last and clause.first < e for s, f, e in taken)
