"""In Chinese readouts, a dropped or appeared entry whose other half is a silent clause of the
other readout in **the same place of the alignment**, sharing a term: one *changed* entry.

A passage rewritten so much that the aligner pairs none of its sentences (or pairs two that
keep little) leaves a line said on both sides in two clauses that share one term and little
else: "优化互联互通合作" is dropped while B says "持续提升互联互通水平" in a clause no entry reports,
"当务之急是立即停火止战" while B says "当务之急是全面有效执行联合国安理会有关决议". An analyst reads one
slot changed. :func:`readoutdiff.formulas.entries.better_partner.silent_halves` pairs such
halves anywhere in the readouts, and so asks much of them (:data:`PAIRED` characters of shared
words, a run of four after the opening): two wordings that share one term anywhere are mostly
two lines. Here the place gives the evidence the words do not:

- the clause stands in the **place** of the entry's sentence (:func:`places`): the aligned pair
  it stands in, or the unpaired sentences between the same two aligned pairs, each side read
  in its own order (a pair moved elsewhere in B bounds the same places whichever readout is A);
- the two share a run of :data:`RUN` characters or more that holds a **term**
  (:func:`_terms`): a content word of the line (a noun, adjective, idiom or verbal noun of
  two characters or more, :func:`readoutdiff.formulas.entries.better_partner._content`), of
  :data:`TERM` characters or more in all, that is no party's relationship or people
  (中英关系, 两国人民), no party nor group of countries (中方, 发展中国家: :data:`_PARTIES`) and no frame word of every line (合作, 发展) — what any two
  lines of one meeting say;
- the clause is the entry's one best in its place (the longest shared run, no tie) and no
  other entry would take it.

The entry keeps its name, as :func:`silent_halves` names its own. Nothing hangs on reading
order: swapping A and B swaps the result.

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.model import Alignment, Span, Status
>>> a = from_text("会谈在北京举行。当务之急是立即停火止战。")
>>> b = from_text("会谈在北京举行。双方认为，当务之急是全面有效执行联合国安理会有关决议。")
>>> dropped = Formula(status=FormulaStatus.DROPPED, a_text="当务之急是立即停火止战", b_text=None,
...     a_spans=(Span(start=8, end=19, line=1),), id="mined:x")
>>> pairs = (Alignment(status=Status.UNCHANGED, a=a.sentences[:1], b=b.sentences[:1], score=1.0),
...     Alignment(status=Status.DROPPED, a=a.sentences[1:], b=(), score=0.0),
...     Alignment(status=Status.ADDED, a=(), b=b.sentences[1:], score=0.0))
>>> [(f.status.value, f.a_text, f.b_text) for f in placed_halves([dropped], a, b, pairs)]
[('changed', '当务之急是立即停火止战', '当务之急是全面有效执行联合国安理会有关决议')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readoutdiff.formulas.entries.better_partner import _content, silent_taken
from readoutdiff.formulas.entries.clause_heads import Clause, clauses
from readoutdiff.formulas.entries.closer_clause import silent_clauses
from readoutdiff.model import (
    Alignment,
    Formula,
    FormulaSource,
    FormulaStatus,
    Readout,
)
from readoutdiff.model.places import sentence_at

RUN = 4
"""Characters of the run the two halves share: a term of four (互联互通, 当务之急) or two words."""
TERM = 3
"""Characters of the shared terms in all: one of three or more (数字化, 社会主义), or two of two
(轮值, 主席国)."""
FRAME_WORDS = frozenset(("合作", "发展", "关系", "国家", "领域", "交流", "世界", "共同"))
"""Content words every line of a meeting says: shared, they tie no two lines."""
_PARTIES = re.compile(r"(关系|人民|两国|双方|方|国家)$")
"""A party's relationship or people (中英关系, 两国人民), the parties (两国, 中方) or a group of
countries (发展中国家, 阿拉伯国家): said of many lines."""

_ONE_SIDED = (FormulaStatus.DROPPED, FormulaStatus.APPEARED)


def placed_halves(
    formulas: Sequence[Formula], a: Readout, b: Readout, alignments: Sequence[Alignment]
) -> tuple[Formula, ...]:
    """Return ``formulas`` with each dropped or appeared entry (not the user's) whose other half
    is a silent clause of the other readout in the same place, sharing a term, made one
    *changed* entry (see the module)."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    halves = [
        (n, 0 if f.status is FormulaStatus.DROPPED else 1)
        for n, f in enumerate(formulas)
        if f.status in _ONE_SIDED and f.source is not FormulaSource.USER
        and len(f.a_spans if f.status is FormulaStatus.DROPPED else f.b_spans) == 1
        and _wording(f)
    ]  # fmt: skip
    if not halves:
        return tuple(formulas)
    readouts = (a, b)
    where = places(readouts, alignments)
    pools: list[dict[Place, list[Clause]]] = [{}, {}]
    for side, readout in enumerate(readouts):
        silent = silent_clauses(formulas, readout, list(clauses(readout)), readouts[1 - side].text, side)  # fmt: skip
        for clause in silent:
            place = where[side][sentence_at(readout, clause[0].start).index]
            pools[side].setdefault(place, []).append(clause)
    claimed: dict[tuple[int, int], list[tuple[int, Clause]]] = {}
    for n, side in halves:
        f = formulas[n]
        span = (f.a_spans, f.b_spans)[side][0]
        place = where[side][sentence_at(readouts[side], span.start).index]
        found = _one_best(_wording(f), pools[1 - side].get(place, []))
        if found is not None:
            claimed.setdefault((1 - side, found[0].start), []).append((n, found))
    return silent_taken(formulas, claimed)


Place = tuple[str, int | None, int | None]
"""("pair", n, n): the aligned pair number ``n`` of the alignments; ("gap", m, n): the unpaired
sentences after pair ``m`` and before pair ``n`` in their own readout (None: the readout's start
or end)."""


def places(
    readouts: tuple[Readout, Readout], alignments: Sequence[Alignment]
) -> tuple[dict[int, Place], dict[int, Place]]:
    """Each sentence of A and of B (by index) -> its place (:data:`Place`).

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.model import Status
    >>> a, b = from_text("甲。乙。丙。"), from_text("甲。丁。")
    >>> pairs = (Alignment(status=Status.UNCHANGED, a=a.sentences[:1], b=b.sentences[:1], score=1.0),)
    >>> places((a, b), pairs)
    ({0: ('pair', 0, 0), 1: ('gap', 0, None), 2: ('gap', 0, None)}, {0: ('pair', 0, 0), 1: ('gap', 0, None)})
    """
    pair_of: tuple[dict[int, int], dict[int, int]] = ({}, {})
    for number, alignment in enumerate(alignments):
        if alignment.a and alignment.b:
            for side, sentences in enumerate((alignment.a, alignment.b)):
                for sentence in sentences:
                    pair_of[side][sentence.index] = number
    out: tuple[dict[int, Place], dict[int, Place]] = ({}, {})
    for side, readout in enumerate(readouts):
        before: int | None = None
        waiting: list[int] = []
        for sentence in readout.sentences:
            at = pair_of[side].get(sentence.index)
            if at is None:
                waiting.append(sentence.index)
                continue
            out[side][sentence.index] = ("pair", at, at)
            out[side].update((k, ("gap", before, at)) for k in waiting)
            before, waiting = at, []
        out[side].update((k, ("gap", before, None)) for k in waiting)
    return out


def _wording(formula: Formula) -> str:
    """The wording of a one-sided entry."""
    return formula.a_text or formula.b_text or ""


def _one_best(wording: str, pool: Sequence[Clause]) -> Clause | None:
    """The clause of ``pool`` sharing with ``wording`` the longest run (:data:`RUN` or more)
    that holds :data:`TERM` characters of terms (:func:`_terms`); None when none does or two
    share as long a run."""
    scored: list[tuple[int, Clause]] = []
    for clause in pool:
        run = _longest_run(wording, clause[1])
        if len(run) >= RUN and sum(map(len, _terms(run, wording, clause[1]))) >= TERM:
            scored.append((len(run), clause))
    if not scored:
        return None
    best = max(size for size, _ in scored)
    tops = [clause for size, clause in scored if size == best]
    return tops[0] if len(tops) == 1 else None


def _terms(run: str, one: str, other: str) -> set[str]:
    """The content words both ``one`` and ``other`` say that stand in their shared ``run``,
    but the frame words of every line (:data:`FRAME_WORDS`) and a party's relationship or
    people (:data:`_PARTIES`)."""
    return {
        word for word in _content(one) & _content(other)
        if word in run and word not in FRAME_WORDS and not _PARTIES.search(word)
    }  # fmt: skip


def _longest_run(one: str, other: str) -> str:
    """The longest run of characters ``one`` and ``other`` share (the first of equals in
    ``one``).

    >>> _longest_run("优化互联互通合作", "持续提升互联互通水平")
    '互联互通'
    """
    best = ""
    for start in range(len(one)):
        end = start + len(best) + 1
        while end <= len(one) and one[start:end] in other:
            best = one[start:end]
            end += 1
    return best
