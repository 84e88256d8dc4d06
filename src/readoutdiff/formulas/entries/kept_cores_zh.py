"""In Chinese readouts, two clauses nothing reports that keep one core and reword around it
(branch zh43): "统筹推进各领域务实合作" / "各领域务实合作取得丰硕成果".

Within one *gap* (the passages between two sentences both readouts say alike: one aligned
pair, or sentences left unpaired between the same anchors), each *silent* clause of A
(:func:`readoutdiff.formulas.entries.closer_clause.silent_clauses`: no entry has a span in
it, B does not say it) is offered to each silent clause of B by the longest run of Chinese
characters they share, its *core*, of :data:`CORE` characters or more, weighed by its length,
its rarity (the phrases of the Chinese background that hold it, by their counterparts) and
how far apart the two clauses stand in their gap; the core must hold :data:`CORE` characters
of content words (no name, no party, no speaker's frame). The best one-to-one assignment of
each gap (not greedy links) makes each link one *changed* entry named by its core.

>>> from readoutdiff.ingest import from_text
>>> a = from_text("双方同意，统筹推进各领域务实合作。")
>>> b = from_text("双方同意，各领域务实合作取得丰硕成果。")
>>> from readoutdiff.compare import compare
>>> alignments = compare(a, b).alignments
>>> [(f.status.value, f.a_text, f.b_text) for f in cores_linked((), a, b, alignments)]
[('changed', '统筹推进各领域务实合作', '各领域务实合作取得丰硕成果')]
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from readoutdiff.formulas.entries.clause_heads import Clause, clauses
from readoutdiff.formulas.entries.closer_clause import silent_clauses
from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.languages.zh import BOTH, FUNCTION_WORDS, NAME_TAGS, tagged
from readoutdiff.model import (
    REWORDED,
    Alignment,
    Formula,
    FormulaSource,
    FormulaStatus,
    Readout,
    Status,
)
from readoutdiff.text.wide import HAN_CHAR

CORE = 4
"""Characters of a kept core, and of content words in it."""
_FRAME = frozenset(("表示", "会见", "会谈", "主席", "总统", "总理", "愿同", "国家", *BOTH))
"""Words of the speaker's frame or the parties: no content of a core."""
_CONTENT = frozenset("nvali")
"""Jieba tags (first letter) of a content word: noun, verb, adjective, idiom, set phrase."""


def cores_linked(
    formulas: Sequence[Formula], a: Readout, b: Readout, alignments: Sequence[Alignment]
) -> tuple[Formula, ...]:
    """Return ``formulas`` with each one-to-one link of two silent clauses of one gap sharing
    a core added as one *changed* entry (see the module)."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    readouts = (a, b)
    silent = [
        silent_clauses(formulas, r, list(clauses(r)), readouts[1 - side].text, side)
        for side, r in enumerate(readouts)
    ]
    if not silent[0] or not silent[1]:
        return tuple(formulas)
    gap_of = _gaps(alignments)
    by_gap: dict[int, tuple[list[Clause], list[Clause]]] = {}
    for side, r in enumerate(readouts):
        for clause in silent[side]:
            gap = gap_of[side].get(_sentence_of(r, clause[0].start))
            if gap is not None:
                by_gap.setdefault(gap, ([], []))[side].append(clause)
    made = []
    for gap in sorted(by_gap):
        left, right = by_gap[gap]
        weights: dict[tuple[int, int], tuple[float, str]] = {}
        for i, (_, x) in enumerate(left):
            for j, (_, y) in enumerate(right):
                core = _shared_run(x, y)
                if len(core) < CORE or _content(core) < CORE:
                    continue
                apart = abs(i / len(left) - j / len(right))
                weight = len(core) * _rarity(core) - apart
                if weight > 0:
                    weights[i, j] = (weight, core)
        for i, j in _assigned({k: w for k, (w, _) in weights.items()}):
            (span_a, x), (span_b, y) = left[i], right[j]
            core = weights[i, j][1]
            made.append(
                Formula(
                    status=FormulaStatus.CHANGED, a_text=x, b_text=y, a_spans=(span_a,),
                    b_spans=(span_b,), id=phrase_id("mined", tuple(core)) + REWORDED,
                    source=FormulaSource.MINED,
                )  # fmt: skip
            )
    return (*formulas, *made)


def _gaps(alignments: Sequence[Alignment]) -> tuple[dict[int, int], dict[int, int]]:
    """Each side's sentence index -> its gap (a run of alignments between two unchanged ones)."""
    gap, in_gap = 0, False
    out: tuple[dict[int, int], dict[int, int]] = ({}, {})
    for alignment in alignments:
        if alignment.status is Status.UNCHANGED:
            gap += in_gap
            in_gap = False
            continue
        in_gap = True
        for side, sentences in enumerate((alignment.a, alignment.b)):
            for sentence in sentences:
                out[side][sentence.index] = gap
    return out


def _sentence_of(readout: Readout, at: int) -> int:
    for sentence in readout.sentences:
        if sentence.span.start <= at < sentence.span.end:
            return sentence.index
    return -1


def _shared_run(x: str, y: str) -> str:
    """The longest run of Chinese characters ``x`` and ``y`` both say (the first if tied)."""
    best = ""
    prev = [0] * (len(y) + 1)
    for i in range(1, len(x) + 1):
        cur = [0] * (len(y) + 1)
        for j in range(1, len(y) + 1):
            if x[i - 1] == y[j - 1] and HAN_CHAR().match(x[i - 1]):
                cur[j] = prev[j - 1] + 1
                if cur[j] > len(best):
                    best = x[i - cur[j] : i]
        prev = cur
    return best


def _content(core: str) -> int:
    """Characters of content words in ``core``; none when it names anyone."""
    words = tagged(core)
    if any(tag in NAME_TAGS for _, tag in words):
        return 0
    return sum(
        len(w) for w, tag in words
        if len(w) >= 2 and tag[:1] in _CONTENT and w not in FUNCTION_WORDS and w not in _FRAME
    )  # fmt: skip


@cache
def _background() -> tuple[tuple[str, int], ...]:
    """Each phrase of the Chinese background with the counterparts that say it."""
    path = Path(__file__).resolve().parents[2] / "data" / "background_zh.tsv"
    rows = (line.split("\t") for line in path.read_text("utf-8").splitlines() if line[:1] != "#")
    return tuple((row[3], int(row[1])) for row in rows if len(row) == 4)


def _rarity(core: str) -> float:
    """1 for a core no background phrase holds, less the more counterparts say one that does."""
    seen = sum(count for phrase, count in _background() if core in phrase)
    return 1.0 / (1.0 + math.log1p(seen))


def _assigned(weights: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """The links of the greatest total weight, each clause in one link at most."""
    rows: dict[int, list[tuple[float, int]]] = {}
    for (i, j), w in sorted(weights.items()):
        rows.setdefault(i, []).append((w, j))
    order = sorted(rows)
    memo: dict[tuple[int, int], tuple[float, tuple[tuple[int, int], ...]]] = {}

    def best(k: int, used: int) -> tuple[float, tuple[tuple[int, int], ...]]:
        if k == len(order):
            return 0.0, ()
        if (k, used) not in memo:
            top = best(k + 1, used)
            for w, j in rows[order[k]]:
                if not used >> j & 1:
                    total, rest = best(k + 1, used | 1 << j)
                    if total + w > top[0]:
                        top = (total + w, ((order[k], j), *rest))
            memo[k, used] = top
        return memo[k, used]

    return list(best(0, 0)[1])
