"""Halves of changes read alone, by the aligned pair their line stands in (acc41, issue 10 point 3).

    python benchmarks/aligned_halves.py [--lang en] [--pair TEXT] [--list] [--set outside]
        [--longest N] [--any-words]

A *half* is a formula reported dropped or appeared whose hand-listed event is *changed*
(``fate_classes``). Each half gets three marks:

* **line**: the reported formula's sentence is in a *changed* aligned pair (the aligner paired
  it with a sentence of the other readout that reads otherwise), an unchanged one, or unpaired;
* **other wording**: where the hand's other wording stands (``fate_classes.other_half``: in the
  aligned pair of the report's sentence, in the same gap of unpaired sentences, elsewhere);
* **why not told**: whether a report of the tool holds the hand's other wording (a report of
  another event took its words) or none does (the tool found no formula there); and, for a line
  in a changed pair, what the pair's word diff (``wording.replacements``) replaced at the
  formula: no replaced phrase touches it, the formula cut out (nothing on the other side), or a
  replaced phrase whose other side is or is not inside the hand's other wording.

Then the rule the brief asked to judge, **shared words**: every dropped and appeared report
whose sentence stands in a changed aligned pair, read as changed to the words of one sentence
of the other side of that pair that run from the first to the last word sharing a content key
(``linking.word_readings.KEY``) with the formula, when two keys or more are shared but not all;
judged as ``formula_eval.as_changed_report`` judges it, with today's fate of the report beside.
And the reading the brief named, **long replaced phrase**: each such report read as changed to
the replaced phrase of the pair's word diff that holds it, let grow to ``--longest`` words a side
(20; the tool stops at ``wording._LONGEST``, 10), when the other side says something (two
content words) and the differing words of the two sides share a content word (the tool's own
``belongs.mutation`` test for a one-sided formula, which ``--any-words`` drops).
Dev pairs only; ``--set outside`` reads the outside set's tuning part (its aside part never).
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator

from fate_classes import other_half
from formula_eval import Event, Judged, Pair, PairResult, as_changed_report, verdict
from halves import dev_pairs, half_reports, reported_formula, table
from halves import judged as judged_pair
from score_formulas import lines_at

from readoutdiff.formulas.linking.word_readings import KEY
from readoutdiff.formulas.succession.around import content
from readoutdiff.formulas.succession.belongs import mutation
from readoutdiff.formulas.succession.named import MIN_PAIR_SCORE
from readoutdiff.formulas.words import wording
from readoutdiff.formulas.words.phrases import Words, readout_words
from readoutdiff.model import Alignment, Comparison, Formula, Span, Status


def _alignment_of(comparison: Comparison, side: str, span: Span) -> Alignment | None:
    """The alignment holding the sentence of ``span`` on ``side``."""
    for alignment in comparison.alignments:
        for s in getattr(alignment, side):
            if s.span.start <= span.start < s.span.end:
                return alignment
    return None


def _overlaps(spans: tuple[Span, ...], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def _line(alignment: Alignment | None) -> str:
    if alignment is None or not (alignment.a and alignment.b):
        return "line unpaired"
    return (
        "line in a changed pair"
        if alignment.status is Status.CHANGED
        else "line in an unchanged pair"
    )


def _told_by(comparison: Comparison, side: str, wording_text: str | None) -> str:
    """Whether a report holds the hand's wording ``wording_text`` on ``side``."""
    text = (comparison.a if side == "a" else comparison.b).text
    at = text.find(wording_text) if wording_text else -1
    if at < 0:
        return "other wording not located"
    end = at + len(wording_text or "")
    for f in comparison.formulas:
        if _overlaps(f.a_spans if side == "a" else f.b_spans, at, end):
            status = f.status.value
            return f"other wording in {'an' if status[0] in 'aeiou' else 'a'} {status} report"
    return "other wording in no report"


def _replaced(
    comparison: Comparison, alignment: Alignment, formula: Formula, own: str, expected: Event
) -> str:
    """What the word diff of the aligned pair replaced at the formula."""
    a, b = comparison.a, comparison.b
    span = (formula.a_spans if own == "a" else formula.b_spans)[0]
    other = "b" if own == "a" else "a"
    hand = getattr(expected, other) or ""
    for rep in wording.replacements(alignment, a, b, readout_words(a), readout_words(b)):
        mine = rep.a_span if own == "a" else rep.b_span
        if mine is None or not (mine.start < span.end and span.start < mine.end):
            continue
        theirs = rep.b_text if own == "a" else rep.a_text
        if not theirs:
            return "formula cut out (nothing replaced it)"
        return (
            "replaced by words inside the hand's other wording"
            if theirs in hand
            else "replaced by other words"
        )
    return "no replaced phrase at it (pair rewritten or too unlike)"


def halves(comparison: Comparison, result: PairResult) -> Iterator[tuple[tuple[str, ...], Judged]]:
    """(marks, judged report) of each half of a change in one pair."""
    for judged, expected in half_reports(result):
        report = judged.report
        own = "a" if report.status == "dropped" else "b"
        formula = reported_formula(comparison, report)
        spans = formula.a_spans if own == "a" else formula.b_spans
        alignment = _alignment_of(comparison, own, spans[0])
        line = _line(alignment)
        why = _told_by(
            comparison, "b" if own == "a" else "a", getattr(expected, "b" if own == "a" else "a")
        )
        marks = [line, f"other half {other_half(comparison, report, expected)}", why]
        if alignment is not None and line == "line in a changed pair":
            marks.append(_replaced(comparison, alignment, formula, own, expected))
        yield tuple(marks), judged


def _keys(words: Words, first: int, last: int) -> list[str]:
    return [KEY[s] for s in words.stems[first:last]]


def shared_words(
    pair: Pair, comparison: Comparison, result: PairResult
) -> Iterator[tuple[str, str, str]]:
    """(today's fate, the two wordings, judgement) of each dropped or appeared report in a
    changed aligned pair that the *shared words* reading would make changed."""
    a, b = comparison.a, comparison.b
    words = {"a": readout_words(a), "b": readout_words(b)}
    by_text = {(j.report.status, j.report.a, j.report.b): j for j in result.judged}
    for formula in comparison.formulas:
        status = formula.status.value
        if status not in ("dropped", "appeared"):
            continue
        own, other = ("a", "b") if status == "dropped" else ("b", "a")
        span = (formula.a_spans if own == "a" else formula.b_spans)[0]
        alignment = _alignment_of(comparison, own, span)
        if alignment is None or alignment.status is not Status.CHANGED:
            continue
        mine = next(
            words[own][s.index]
            for s in getattr(alignment, own)
            if s.span.start <= span.start < s.span.end
        )
        first = next(i for i in range(len(mine.stems)) if mine.start(i) >= span.start)
        last = max(i for i in range(len(mine.stems)) if mine.start(i) < span.end) + 1
        keys = {k for k in _keys(mine, first, last) if k}
        best: tuple[int, str, Span] | None = None
        for sentence in getattr(alignment, other):
            theirs = words[other][sentence.index]
            hits = [i for i, k in enumerate(_keys(theirs, 0, len(theirs.stems))) if k in keys]
            shared = {KEY[theirs.stems[i]] for i in hits}
            if len(shared) < 2 or shared == keys:
                continue
            text = (a if other == "a" else b).text
            at = Span(start=theirs.start(hits[0]), end=theirs.base + theirs.stops[hits[-1]], line=1)
            if best is None or len(shared) > best[0]:
                best = (len(shared), text[at.start : at.end], at)
        if best is None:
            continue
        own_text = formula.a_text or "" if own == "a" else formula.b_text or ""
        wordings, spans = (own_text, best[1]), ((span,), (best[2],))
        if own == "b":
            wordings, spans = wordings[::-1], spans[::-1]
        made = as_changed_report(pair, result, *wordings, **lines_at(a, b, *spans))
        judged = by_text.get((status, formula.a_text, formula.b_text))
        today = "noise" if judged is None else _said(judged)
        yield f"today {status} {today}", f"{own_text!r} -> {best[1]!r}", made


def _said(judged: Judged) -> str:
    """noise, right, repeat (``formula_eval.verdict``) or wrong."""
    said = verdict(judged)
    return "wrong" if said == "wrong fate" else said


LONGER = 20
"""Words a replaced phrase may hold on a side in the *long replaced phrase* reading
(``wording._LONGEST`` is 10 in the tool)."""


def long_replaced(
    pair: Pair, comparison: Comparison, result: PairResult, longest: int = LONGER,
    mutated: bool = True,
) -> Iterator[tuple[str, str, str]]:  # fmt: skip
    """(today's fate, the two wordings, judgement) of each dropped or appeared report in a
    changed aligned pair (``named.MIN_PAIR_SCORE`` or more alike) that a replaced phrase of up
    to ``longest`` words a side would make changed: the phrase holds the formula, the other
    side says something (two content words or more) and, when ``mutated``, the two sides'
    differing words share a content word (``belongs.mutation``, the tool's test)."""
    a, b = comparison.a, comparison.b
    by_text = {(j.report.status, j.report.a, j.report.b): j for j in result.judged}
    today, wording._LONGEST = wording._LONGEST, longest
    try:
        for formula in comparison.formulas:
            status = formula.status.value
            if status not in ("dropped", "appeared"):
                continue
            own = "a" if status == "dropped" else "b"
            span = (formula.a_spans if own == "a" else formula.b_spans)[0]
            alignment = _alignment_of(comparison, own, span)
            if (
                alignment is None
                or alignment.status is not Status.CHANGED
                or alignment.score < MIN_PAIR_SCORE
            ):
                continue
            for rep in wording.replacements(alignment, a, b, readout_words(a), readout_words(b)):
                mine = rep.a_span if own == "a" else rep.b_span
                if mine is None or not (mine.start < span.end and span.start < mine.end):
                    continue
                if not (rep.a_text and rep.b_text) or min(content(rep.a), content(rep.b)) < 2:
                    continue
                if mutated and not mutation(rep):
                    continue
                made = as_changed_report(
                    pair, result, rep.a_text, rep.b_text, **_lines(comparison, rep)
                )
                judged = by_text.get((status, formula.a_text, formula.b_text))
                fate = "noise" if judged is None else _said(judged)
                yield f"today {status} {fate}", f"{rep.a_text!r} -> {rep.b_text!r}", made
                break
    finally:
        wording._LONGEST = today


def _lines(comparison: Comparison, rep: wording.Replacement) -> dict[str, str | None]:
    """The lines a changed report of ``rep`` would be told with (``score_formulas.lines_at``),
    so that a short side is judged by the headline matching."""
    a_spans = (rep.a_span,) if rep.a_span else ()
    b_spans = (rep.b_span,) if rep.b_span else ()
    return lines_at(comparison.a, comparison.b, a_spans, b_spans)


def main(argv: list[str] | None = None) -> int:
    mine = argparse.ArgumentParser(add_help=False)
    mine.add_argument("--longest", type=int, default=LONGER)
    mine.add_argument("--any-words", action="store_true")
    reading, rest = mine.parse_known_args(argv)
    args, pairs = dev_pairs(rest, __doc__.split("\n", 1)[0], "each half and each reading")
    marks: list[Counter[str]] = [Counter() for _ in range(4)]
    combined: Counter[str] = Counter()
    readings: Counter[str] = Counter()
    longer: Counter[str] = Counter()
    lines: list[str] = []
    for pair in pairs:
        comparison, result = judged_pair(pair)
        for found, judged in halves(comparison, result):
            for n, mark in enumerate(found):
                marks[n][mark] += 1
            combined["; ".join(found[:2])] += 1
            report = judged.report
            lines.append(
                f"- {pair.name} said {report.status} {report.a or report.b!r}: {'; '.join(found)}"
            )
        for today, wordings, made in shared_words(pair, comparison, result):
            readings[f"{today} -> {made}"] += 1
            lines.append(f"- {pair.name} shared words ({today} -> {made}): {wordings}")
        for today, wordings, made in long_replaced(
            pair, comparison, result, reading.longest, not reading.any_words
        ):
            longer[f"{today} -> {made}"] += 1
            lines.append(f"- {pair.name} long replaced phrase ({today} -> {made}): {wordings}")
    print(f"{len(pairs)} dev pairs, {sum(marks[0].values())} halves\n")
    for title, counts in zip(
        ("the reported line", "the other wording", "why not told", "the word diff at it"),
        marks,
        strict=True,
    ):
        print(table(counts, title, "halves") + "\n")
    print(table(combined, "line and other wording", "halves") + "\n")
    print(table(readings, "shared words: today -> read as changed", "reports") + "\n")
    print(table(longer, "long replaced phrase: today -> read as changed", "reports"))
    if args.list:
        print("", *lines, sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
