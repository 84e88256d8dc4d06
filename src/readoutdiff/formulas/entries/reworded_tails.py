"""A Russian formula both readouts keep, each side going on after it in other words: *changed*.

"Обсуждены актуальные вопросы дальнейшего укрепления кыргызско-узбекских отношений дружбы,
добрососедства и стратегического партнерства" / "… и укрепления кыргызско-узбекских
отношений, основанных на принципах дружбы, партнерства и союзничества": the mining finds the
kept words ("укрепления кыргызско-узбекских отношений"), and what each readout says of those
relations right after them is reworded. An analyst lists the one line *changed*, from the kept
words through each side's words after them, not the kept words *persisted* beside a dropped
half ("добрососедства и стратегического партнерства", the lexicon's).

Here a kept formula said once on each side (not the user's) whose *tails* (the words after it
to the end of its point, a comma right after it let through: :func:`points_ru.point_end`)
each hold ``CONTENT`` lower-case content words or more, share one at least (by Snowball stem)
and each say one the other does not, is one *changed* entry from the formula through each
tail; the one-sided entries inside a tail are its parts and go (branch ru12). Tails that
open on the same word are the formula said longer on both sides ("стратегического партнёрства
| и союзничества, лидеры …" / "| и союзничества с акцентом на …"), and a tail that holds the
readout's scaffolding (:data:`readoutdiff.languages.ru.BOILERPLATE`: ", обмен мнениями по …")
is the procedure: no change of the line. A formula whose
change of context is reported already (an entry anchored to it: "создание благоприятных условий
для проведения …" /context) is left as it is.

Read on the evaluation set's dev pair Japarov–Mirziyoyev, 4 -> 24 Jul 2022
(``tests/test_russian_lone_points.py``): two wordings of one line, as its hand list has it.
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.entries.kept_heads import span_of
from readoutdiff.formulas.entries.point_heads_ru import Word, stem
from readoutdiff.formulas.entries.points_ru import point_end, scaffolding
from readoutdiff.formulas.words.spans import overlaps
from readoutdiff.languages.ru import WORD
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Readout, Span
from readoutdiff.records.replacing import replace

CONTENT = 2
"""Lower-case content words each tail holds: one word after a kept formula is its ending."""
ID = "/tail"
"""The id suffix of these entries, after the kept formula's id."""
_ONE_SIDED = (FormulaStatus.DROPPED, FormulaStatus.APPEARED)


def tails_reworded(formulas: Sequence[Formula], a: Readout, b: Readout) -> list[Formula]:
    """``formulas`` with each kept one whose tails are reworded told as one *changed* entry
    (see the module's docstring); Russian readouts only."""
    anchored = {f.anchor for f in formulas if f.anchor is not None}
    found, parts = [], []
    for formula in formulas:
        told = None if formula.id in anchored else _told(formula, a, b)
        if told is None:
            found.append(formula)
            continue
        found.append(told)
        parts.append(told)
    if not parts:
        return found
    a_spans = [s for f in parts for s in f.a_spans]
    b_spans = [s for f in parts for s in f.b_spans]
    return [
        f
        for f in found
        if f.status not in _ONE_SIDED
        or f.source is FormulaSource.USER
        or not (overlaps(_only(f.a_spans), a_spans) or overlaps(_only(f.b_spans), b_spans))
    ]


def _only(spans: Sequence[Span]) -> Span:
    return spans[0] if spans else Span(start=-1, end=-1, line=0)


def _told(formula: Formula, a: Readout, b: Readout) -> Formula | None:
    """The *changed* entry of ``formula`` through its two tails, or None."""
    if formula.status is not FormulaStatus.PERSISTED or formula.source is FormulaSource.USER:
        return None
    if len(formula.a_spans) != 1 or len(formula.b_spans) != 1:
        return None
    tail_a, tail_b = _tail(a, formula.a_spans[0]), _tail(b, formula.b_spans[0])
    said_a, said_b = _content(tail_a), _content(tail_b)
    if len(said_a) < CONTENT or len(said_b) < CONTENT:
        return None
    if (
        tail_a[0].stem == tail_b[0].stem
        or scaffolding(tail_a, ends=_last(a, tail_a))
        or scaffolding(tail_b, ends=_last(b, tail_b))
    ):
        return None  # the kept words go on the same ("… и союзничества"), or a procedure
    if not said_a & said_b or not said_a - said_b or not said_b - said_a:
        return None
    span_a = _through(a, formula.a_spans[0], tail_a)
    span_b = _through(b, formula.b_spans[0], tail_b)
    return replace(
        formula,
        status=FormulaStatus.CHANGED,
        id=formula.id + ID,
        a_text=a.text[span_a.start : span_a.end],
        b_text=b.text[span_b.start : span_b.end],
        a_spans=(span_a,),
        b_spans=(span_b,),
    )


def _content(words: tuple[Word, ...]) -> set[str]:
    return {w.stem for w in words if w.content}


def _through(readout: Readout, span: Span, tail: tuple[Word, ...]) -> Span:
    end = span_of(readout, tail)
    return Span(start=span.start, end=end.end, line=span.line)


def _last(readout: Readout, tail: tuple[Word, ...]) -> bool:
    """Whether the last word of ``tail`` is its sentence's last (what
    :func:`~readoutdiff.formulas.entries.points_ru.scaffolding` reads as ``ends``)."""
    end = tail[-1].end
    sentence = next(s for s in readout.sentences if s.span.start <= tail[-1].start < s.span.end)
    return WORD.search(readout.text, end, sentence.span.end) is None


def _tail(readout: Readout, span: Span) -> tuple[Word, ...]:
    """The words after ``span`` to the end of its point (a comma right after it let through:
    "отношений, | основанных на принципах …"); () when a clause mark other than a comma, or
    none, follows."""
    sentence = next((s for s in readout.sentences if s.span.start <= span.start < s.span.end), None)
    if sentence is None:
        return ()
    text = readout.text
    found = [
        Word(m.start() + sentence.span.start, m.end() + sentence.span.start, m.group(),
             stem(m.group().lower()))
        for m in WORD.finditer(sentence.text)
    ]  # fmt: skip
    first = next((i for i, w in enumerate(found) if w.start >= span.end), None)
    if first is None or set(text[span.end : found[first].start]) - {" ", ","}:
        return ()
    return tuple(found[first : point_end(text, found, first)])
