"""The changed reports of each step of the formula stage, right links against wrong ones.

    python benchmarks/link_steps.py [--young] [--set formulas|outside] [--lang en|zh|ru]
        [--pair TEXT] [--features] [--split far|speaker|both]

A *changed* report links a wording of A to one of B. The hand list says whether the link is
right (the event is *changed*), a wrong link (the event is *dropped* or *appeared*: two lines
the tool made one), a kept line (*persisted*), a repeat or noise. This script counts them per
step that made or last rewrote the report (the last name of its chain, as ``fate_classes.py
--steps`` and ``fates_by_origin.py --by last`` read it), the most wrong links first (branch
lk4, fifty-fourth session).

``--features`` reads the step with the most wrong links on young dev, ``in_clauses.changed``
(a formula both readouts keep, its two clauses reworded, :mod:`~readoutdiff.formulas.entries.
clauses`), by three features that name no word: whether the two clauses' sentences stand in one
aligned pair (*together*); whether the paragraphs they open in name two speakers (the name before
表示/指出/强调/说 … at the paragraph's start, :func:`speaker`: *speakers differ*, *same speaker*,
or *unknown*); whether the clauses stand :data:`FAR` or more apart as shares of each text.

``--split`` measures the veto those features suggest without touching the tool: each
``in_clauses.changed`` report whose clauses stand in no one aligned pair and are far apart
(``far``), spoken by two speakers (``speaker``) or both (``both``) is judged as its two
one-sided clauses (A's *dropped*, B's *appeared*), as the hand lists two lines; the scorer's
figures are printed with and without it. It is read after the whole stage, so no later rule
re-pairs the halves (lk4 measured the veto inside the stage too: the same sign).
Dev and the outside tuning part only; held-out and fresh are read as totals by
``score_formulas.py``.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from formula_eval import LANGUAGES, Event, Judged, Pair, judge, language_of, load_pairs
from score_formulas import SETS, lines_at, report_of, table, totals

from readoutdiff import compare, load
from readoutdiff.formulas.entries.far_partner import FAR, speaker
from readoutdiff.formulas.origins import origins
from readoutdiff.model import Comparison, Formula, FormulaStatus, Readout

STEP = "in_clauses.changed"
"""The step ``--features`` and ``--split`` read."""
VERDICTS = ("right", "wrong link", "is persisted", "repeat", "noise")


@dataclass(frozen=True)
class Linked:
    """One changed report of a pair: its formula, the steps that made it, how it is judged."""

    pair: Pair
    formula: Formula
    step: str
    verdict: str


def verdict(judged: Judged) -> str:
    """What the hand list says of a changed report (one of :data:`VERDICTS`)."""
    if judged.noise:
        return "noise"
    if judged.right:
        return "right"
    if judged.repeat:
        return "repeat"
    assert judged.counterpart is not None
    return "is persisted" if judged.counterpart.status == "persisted" else "wrong link"


def run(pair: Pair) -> tuple[Comparison, list[Formula], list[str], list[Event]]:
    """The pair's comparison, its formulas, each one's steps and its report."""
    with origins() as step_of:
        comparison = compare(load(pair.a_path), load(pair.b_path))
        formulas = list(comparison.formulas)
        steps = [step_of(f) for f in formulas]
    return (
        comparison,
        formulas,
        steps,
        [report_of(comparison, f, s) for f, s in zip(formulas, steps, strict=True)],
    )


def links(pairs: Sequence[Pair]) -> list[Linked]:
    """Every changed report of ``pairs``, judged."""
    out = []
    for pair in pairs:
        _, formulas, steps, reports = run(pair)
        judged = {id(j.report): j for j in judge(pair, reports).judged}
        for formula, step, report in zip(formulas, steps, reports, strict=True):
            if formula.status is FormulaStatus.CHANGED and id(report) in judged:
                out.append(Linked(pair, formula, step, verdict(judged[id(report)])))
    return out


def last(step: str) -> str:
    return step.rsplit(">", 1)[-1] or "?"


def step_table(found: Sequence[Linked]) -> str:
    """Per last step: its changed reports by verdict, the most wrong links first."""
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    for link in found:
        rows[last(link.step)][link.verdict] += 1
    lines = [
        "| step | " + " | ".join(VERDICTS) + " | series with a wrong link |",
        "|---|" + "---:|" * 6,
    ]
    series = defaultdict(set)
    for link in found:
        if link.verdict == "wrong link":
            series[last(link.step)].add(link.pair.series)
    order = sorted(rows, key=lambda s: (-rows[s]["wrong link"], -rows[s]["right"], s))
    for step in order:
        cells = " | ".join(str(rows[step][v]) for v in VERDICTS)
        lines.append(f"| {step} | {cells} | {len(series[step])} |")
    return "\n".join(lines)


def features(comparison: Comparison, formula: Formula) -> tuple[bool, str, bool]:
    """(together, speakers, far) of a changed report with one span a side (see the module)."""
    a, b = comparison.a, comparison.b
    span_a, span_b = formula.a_spans[0], formula.b_spans[0]
    pair_of: dict[tuple[str, int], int] = {}
    for number, alignment in enumerate(comparison.alignments):
        if alignment.a and alignment.b:
            pair_of.update({("a", s.span.start): number for s in alignment.a})
            pair_of.update({("b", s.span.start): number for s in alignment.b})
    here = pair_of.get(("a", _sentence(a, span_a.start)))
    together = here is not None and here == pair_of.get(("b", _sentence(b, span_b.start)))
    one, other = speaker(a.text, span_a.start), speaker(b.text, span_b.start)
    speakers = (
        "unknown" if not one or not other else "same speaker" if one == other else "speakers differ"
    )
    far = abs(span_a.start / max(1, len(a.text)) - span_b.start / max(1, len(b.text))) >= FAR
    return together, speakers, far


def _sentence(readout: Readout, at: int) -> int:
    """The start of the sentence of ``readout`` holding offset ``at`` (-1: none)."""
    starts = [s.span.start for s in readout.sentences if s.span.start <= at]
    return starts[-1] if starts else -1


def vetoed(together: bool, speakers: str, far: bool, how: str) -> bool:
    """Whether ``--split how`` reads a link of these features as two lines."""
    if together:
        return False
    return {
        "far": far,
        "speaker": speakers == "speakers differ",
        "both": far and speakers == "speakers differ",
    }[how]


def feature_table(pairs: Sequence[Pair]) -> str:
    """The :data:`STEP` reports by (together, speakers, far) and verdict."""
    rows: dict[tuple[bool, str, bool], Counter[str]] = defaultdict(Counter)
    for pair in pairs:
        comparison, formulas, steps, reports = run(pair)
        judged = {id(j.report): j for j in judge(pair, reports).judged}
        for formula, step, report in zip(formulas, steps, reports, strict=True):
            if formula.status is FormulaStatus.CHANGED and last(step) == STEP:
                rows[features(comparison, formula)][verdict(judged[id(report)])] += 1
    lines = [
        "| together | speakers | far | " + " | ".join(VERDICTS) + " |",
        "|---|---|---|" + "---:|" * 5,
    ]
    for key in sorted(rows, key=lambda k: (not k[0], k[1], k[2])):
        together, speakers, far = key
        cells = " | ".join(str(rows[key][v]) for v in VERDICTS)
        lines.append(
            f"| {'yes' if together else 'no'} | {speakers} | {'yes' if far else 'no'} | {cells} |"
        )
    return "\n".join(lines)


def split_reports(pair: Pair, how: str) -> tuple[list[Event], list[Event], int]:
    """The pair's reports as the tool gives them, the same with each :data:`STEP` link that
    ``how`` vetoes judged as its two one-sided clauses, and how many links were split."""
    comparison, formulas, steps, reports = run(pair)
    out, split = [], 0
    for formula, step, report in zip(formulas, steps, reports, strict=True):
        if (
            formula.status is FormulaStatus.CHANGED
            and last(step) == STEP
            and vetoed(*features(comparison, formula), how)
        ):
            a, b = comparison.a, comparison.b
            out.append(
                Event(
                    "dropped",
                    formula.a_text,
                    None,
                    report.note,
                    step=step,
                    **lines_at(a, b, formula.a_spans, ()),
                )
            )
            out.append(
                Event(
                    "appeared",
                    None,
                    formula.b_text,
                    report.note,
                    step=step,
                    **lines_at(a, b, (), formula.b_spans),
                )
            )
            split += 1
        else:
            out.append(report)
    return reports, out, split


def split_table(pairs: Sequence[Pair], how: str) -> str:
    """The scorer's figures of ``pairs`` as the tool reports them and with ``how``'s veto."""
    base, vetoed_results, split = [], [], 0
    for pair in pairs:
        reports, changed, n = split_reports(pair, how)
        base.append(judge(pair, reports))
        vetoed_results.append(judge(pair, changed))
        split += n
    return table(
        [
            ("as the tool reports", totals(base)),
            (f"{split} links split ({how})", totals(vetoed_results)),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--set", choices=tuple(SETS), default="formulas")
    parser.add_argument("--young", action="store_true", help="only the young dev pairs")
    parser.add_argument("--lang", choices=LANGUAGES, help="only the pairs in that language")
    parser.add_argument("--pair", default="", help="only the dev pairs whose name holds TEXT")
    parser.add_argument("--features", action="store_true", help=f"the {STEP} links by feature")
    parser.add_argument("--split", choices=("far", "speaker", "both"), help=f"{STEP} links vetoed")
    args = parser.parse_args(argv)
    if args.young and args.set != "formulas":
        parser.error("--young reads the evaluation set's dev pairs")
    pairs = [
        p
        for p in load_pairs(SETS[args.set], split="young" if args.young else "dev")
        if args.pair in p.name and (not args.lang or language_of(p) == args.lang)
    ]
    if not pairs:
        parser.error("no pair matches")
    print(step_table(links(pairs)))
    if args.features:
        print("\n" + feature_table(pairs))
    if args.split:
        print("\n" + split_table(pairs, args.split))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
