"""In Chinese readouts, a formula one side says is paired with the other side's clause that
says its head.

A Chinese readout rewrites a line around the words it keeps: "让互利共赢成为中英关系的主基调"
becomes "实现互利共赢", "推动中英关系行稳致远" becomes "确保中英关系走得稳、走得实、走得远".
The sentences around them are rewritten too, so the two clauses often stand in passages that
do not pair (:mod:`readoutdiff.formulas.entries.clauses` only reads clauses of a formula both
sides keep). Here a formula only one side says, alone in one clause, is one *changed* entry
with a clause of the other readout when

- that clause says at least :data:`HEAD` Chinese characters of the formula's own words in one
  run (its head, not only the words around it: "共同书写中英关系健康稳定发展的下一个篇章" is
  about 健康稳定发展, and shares nothing of it with a clause of A that says 中英关系), and
  that run says more than the parties, their people or relationship and the frame words of
  every line (:data:`GENERIC`: "两国人民", "两国关系", "关系发展" tie no two lines; fat3);
- the formula is all its clause says (every other entry there overlaps it) in one place, and
  only there: a clause that holds another formula too is that formula's line as well, and its
  entry tells it (全面战略伙伴关系, said in "双方同意中英要发展长期稳定的全面战略伙伴关系" and
  again beside 相互尊重 in another clause, is paired from the first: "秉持战略伙伴定位");
- no other entry reports that clause (a clause holding a formula is told by that formula's
  entry);
- no other clause of the other readout says as much of it (two clauses as near say nothing
  of which one the line became).

The most shared is paired first; a clause serves one entry. (A slot link,
:mod:`readoutdiff.formulas.linking.slots`, which has evidence of its own, asks less of a short
formula: :func:`says_head`.) The entry's wordings are
the two clauses; its id is the formula's with ``/reworded`` (a formula said in other words,
as :mod:`readoutdiff.formulas.linking.slots` names the wording a one-sided formula became).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("习近平指出，双方应该推动中英关系行稳致远，实现互利共赢。")
>>> b = from_text("习近平强调，中英经贸合作的本质是互利共赢。")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('dropped', '双方应该推动中英关系行稳致远', None), ('changed', '实现互利共赢', '中英经贸合作的本质是互利共赢')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence

from readoutdiff.formulas.entries.clauses import clause_of, ends_clause
from readoutdiff.languages.zh import CLAUSE_MARKS, HAN, simplified
from readoutdiff.model import REWORDED, Formula, FormulaSource, FormulaStatus, Readout, Span
from readoutdiff.records.replacing import replace
from readoutdiff.text.joining import unbroken
from readoutdiff.text.wide import HAN_CHAR, lazy

HEAD = 4
"""Chinese characters a run two clauses share needs: two words (中英关系, 互利共赢); one
two-character word (关系, 合作, 发展) is shared by most clauses of a readout."""
_HAN_RUN = lazy(f"[{HAN}]{{{HEAD},}}")
_CLAUSE_MARK = lazy(f"[{re.escape(''.join(sorted(CLAUSE_MARKS)))}]")
_ONE_SIDED = (FormulaStatus.DROPPED, FormulaStatus.APPEARED)

Clause = tuple[Span, str]
"""A clause's span and its words (a line end inside wrapped text read as nothing)."""


def paired_by_head(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with each one-sided formula said alone in one clause whose head the
    other readout says in a clause no entry reports as one *changed* entry of the two clauses
    (see the module)."""
    readouts = (a, b)
    taken = _taken(formulas, readouts)
    free = [[c for c in clauses(r) if c[0] not in taken[side]] for side, r in enumerate(readouts)]
    index = [_grams(clauses) for clauses in free]
    offers: list[tuple[int, int, int, int, Clause, Clause]] = []
    for n, formula in enumerate(formulas):
        if formula.status not in _ONE_SIDED or formula.anchor is not None:
            continue
        if formula.source is FormulaSource.USER:
            continue
        side = 0 if formula.a_spans else 1
        places = _alone(formula.a_spans or formula.b_spans, readouts[side], taken[side])
        best = _best(readouts[side], places[0], index[1 - side]) if len(places) == 1 else None
        if best is not None:
            score, own, other = best
            on_a, on_b = (own, other) if side == 0 else (other, own)
            offers.append((-score, on_a[0].start, on_b[0].start, n, own, other))
    out = list(formulas)
    used: tuple[set[Span], set[Span]] = (set(), set())
    # The longest share first, then by place: the same order with the readouts swapped.
    for *_, n, own, other in sorted(offers, key=lambda offer: offer[:4]):
        side = 0 if formulas[n].a_spans else 1
        if own[0] in used[side] or other[0] in used[1 - side]:
            continue
        used[side].add(own[0])
        used[1 - side].add(other[0])
        out[n] = _changed(formulas[n], own, other, readouts)
    return tuple(out)


def says_head(own: Readout, core: Span, other: Readout, place: Span) -> bool:
    """Whether the clause of ``place`` in ``other`` says the head of the formula at ``core``
    in ``own`` (:func:`_head` characters of it in one run, Traditional characters read as
    Simplified), or either readout is not Chinese: a Chinese
    formula's rewording keeps its head ("坚持多边主义" / "多边主义和自由贸易"); two clauses
    sharing one word around it ("加强发展战略对接" / "加强战略沟通") are two lines.

    >>> from readoutdiff.ingest import from_text
    >>> a = from_text("双方应该加强发展战略对接。")
    >>> b = from_text("双方应该加强战略沟通。")
    >>> says_head(a, Span(start=6, end=12, line=1), b, Span(start=4, end=10, line=1))
    False
    """
    if own.language != "zh" or other.language != "zh":
        return True
    clause = clause_of(own, core)
    words = unbroken(own.text[clause.start : clause.end])
    first = len(unbroken(own.text[clause.start : max(core.start, clause.start)]))
    last = len(unbroken(own.text[clause.start : min(core.end, clause.end)]))
    there = clause_of(other, place)
    said = simplified(unbroken(other.text[there.start : there.end]))
    return _shared(simplified(words), said, (first, last)) >= _head(words[first:last])


def _head(wording: str) -> int:
    """Characters of a formula's ``wording`` its rewording keeps in one run: :data:`HEAD`, and
    of a shorter formula all but one word of two characters ("高层交往" -> "保持交往和沟通" keeps
    交往; "建交55周年" -> "建交60周年" keeps 建交).

    >>> _head("加强发展战略对接"), _head("高层交往"), _head("建交55周年"), _head("和平发展")
    (4, 2, 2, 2)
    """
    return min(HEAD, max(2, len(HAN_CHAR().findall(wording)) - 2))


def _taken(
    formulas: Sequence[Formula], readouts: tuple[Readout, Readout]
) -> list[dict[Span, list[Span]]]:
    """Each side's clauses that hold a span of some entry, with those spans."""
    taken: list[dict[Span, list[Span]]] = [defaultdict(list), defaultdict(list)]
    for formula in formulas:
        for side, spans in enumerate((formula.a_spans, formula.b_spans)):
            for span in spans:
                taken[side][_plain(clause_of(readouts[side], span))].append(span)
    return taken


def _alone(spans: Sequence[Span], readout: Readout, taken: dict[Span, list[Span]]) -> list[Span]:
    """The places of ``spans`` a formula says alone: every entry's span in the place's clause
    overlaps the place (a clause holding another formula is about that one too, whose entry
    tells it)."""
    return [
        place
        for place in spans
        if all(
            span.start < place.end and place.start < span.end
            for span in taken.get(_plain(clause_of(readout, place)), ())
        )
    ]


def _plain(span: Span) -> Span:
    """``span`` with line 0: a clause is known by its offsets (clause_of keeps the line of the
    span it grew from)."""
    return Span(start=span.start, end=span.end, line=0)


def clauses(readout: Readout) -> Iterator[Clause]:
    """Every clause of ``readout`` that holds a run of :data:`HEAD` Chinese characters, in
    reading order: each sentence cut at its clause marks as :func:`clause_of` cuts it (a line
    end that wrapping put between two wide characters is none), read in one pass."""
    text = readout.text
    for sentence in readout.sentences:
        start, end = sentence.span.start, sentence.span.end
        cuts = [
            m.start()
            for m in _CLAUSE_MARK().finditer(text, start, end)
            if ends_clause(text, m.start(), CLAUSE_MARKS)
        ]
        for low, high in zip([start, *(at + 1 for at in cuts)], [*cuts, end], strict=True):
            while low < high and text[low].isspace():
                low += 1
            while high > low and text[high - 1].isspace():
                high -= 1
            words = unbroken(text[low:high])
            if _HAN_RUN().search(words):
                yield Span(start=low, end=high, line=0), words


def _grams(clauses: Sequence[Clause]) -> dict[str, list[Clause]]:
    """The clauses that say each run of :data:`HEAD` Chinese characters."""
    index: dict[str, list[Clause]] = defaultdict(list)
    for clause in clauses:
        words = clause[1]
        grams = {
            run[k : k + HEAD]
            for run in _HAN_RUN().findall(words)
            for k in range(len(run) - HEAD + 1)
        }
        for gram in sorted(grams):
            index[gram].append(clause)
    return index


def _best(
    readout: Readout, span: Span, index: dict[str, list[Clause]]
) -> tuple[int, Clause, Clause] | None:
    """How many characters of the formula at ``span`` one run of another clause says (at least
    :data:`HEAD`), the formula's clause and the one clause of ``index`` saying the most; None
    when no clause or several say the most."""
    own = _plain(clause_of(readout, span))
    words = unbroken(readout.text[own.start : own.end])
    # The formula's own words inside its clause (a wrapped line's end read as nothing).
    first = len(unbroken(readout.text[own.start : max(span.start, own.start)]))
    last = len(unbroken(readout.text[own.start : min(span.end, own.end)]))
    lengths: dict[Span, tuple[int, Clause]] = {}
    for k in range(first, last - HEAD + 1):
        for clause in index.get(words[k : k + HEAD], ()):
            if clause[0] not in lengths:
                run = _shared_run(words, clause[1], (first, last))
                lengths[clause[0]] = (len(run) if _telling(run) else 0, clause)
    lengths = {key: value for key, value in lengths.items() if value[0] >= HEAD}
    if not lengths:
        return None
    ranked = sorted(lengths.values(), key=lambda item: (-item[0], item[1][0].start))
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][0], (own, words), ranked[0][1]


def _shared(words: str, other: str, core: tuple[int, int]) -> int:
    """The most Chinese characters of ``words[core[0]:core[1]]`` that one run ``words`` shares
    with ``other`` takes in."""
    return len(_shared_run(words, other, core))


def _shared_run(words: str, other: str, core: tuple[int, int]) -> str:
    """The characters of ``words[core[0]:core[1]]`` that :func:`_shared` counts (the first
    such run of the most)."""
    best, at, previous = 0, 0, [0] * (len(other) + 1)
    for i, char in enumerate(words, 1):
        current = [0] * (len(other) + 1)
        if HAN_CHAR().fullmatch(char):
            for j, theirs in enumerate(other, 1):
                if theirs == char:
                    run = current[j] = previous[j - 1] + 1
                    taken = min(i, core[1]) - max(i - run, core[0])
                    if taken > best:
                        best, at = taken, min(i, core[1])
        previous = current
    return words[at - best : at]


def _telling(run: str) -> bool:
    """Whether a shared ``run`` says more than the parties, their relationship or people and the
    frame words of every line (:data:`GENERIC`): "两国人民", "两国关系", "两党两国", "关系发展" are
    said in most clauses of a meeting's readout and tie no two lines; "中英关系" (a named party),
    "合作伙伴" (伙伴) do.

    >>> _telling("两国人民"), _telling("关系发展"), _telling("中英关系"), _telling("互利共赢")
    (False, False, True, True)
    """
    return len(_GENERIC().sub("", run)) >= 2


GENERIC = ("两国", "两党", "双方", "人民", "关系", "发展", "合作", "国家")
"""The words of a run two clauses share that tell no line: the two parties (两国, 两党, 双方),
their people and relationship, and the frame words of every line
(:data:`readoutdiff.formulas.entries.placed_halves_zh.FRAME_WORDS`' commonest)."""
_GENERIC = lazy("|".join(GENERIC))


def _changed(
    formula: Formula, own: Clause, other: Clause, readouts: tuple[Readout, Readout]
) -> Formula:
    """The one-sided ``formula`` and the other readout's clause as one changed entry."""
    (a_span, a_text), (b_span, b_text) = (own, other) if formula.a_spans else (other, own)
    return replace(
        formula, status=FormulaStatus.CHANGED, variant=False, a_text=a_text, b_text=b_text,
        a_spans=(lined(readouts[0].text, a_span),), b_spans=(lined(readouts[1].text, b_span),),
        anchor=formula.id, id=formula.id + REWORDED,
    )  # fmt: skip


def lined(text: str, span: Span) -> Span:
    """``span`` with the 1-based line of its start (``\\r\\n`` one line end)."""
    return replace(span, line=line_ends(text, 0, span.start) + 1)


def line_ends(text: str, start: int, end: int) -> int:
    """The line ends of ``text[start:end]``: ``\\n``, ``\\r``, and ``\\r\\n`` one.

    >>> line_ends("a\\r\\nb\\nc\\rd", 0, 8)
    3
    """
    return (
        text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)
    )
