"""Halves of changes on the dev pairs: the formulas reported dropped or appeared whose hand-listed
event is *changed*, and whether pairing one-sided reports by place would mend them.

    python benchmarks/halves.py [--lang en] [--pair TEXT] [--list] [--set outside | --young]

A *half* (``fate_classes``: said appeared or dropped, is changed) is a formula the tool knows on
one side whose successor it does not. Each half is counted by where the other half's sentence
stands (``fate_classes.other_half``: the aligned pair of the report's sentence, the same gap of
unpaired sentences, elsewhere) and by whether a one-sided report of the other side stands in
that same place (``other side reported there``) or none does.

Then the rule that would pair them, **same place**: every dropped and every appeared report
whose sentences stand in one aligned pair or in one gap, read as one *changed* entry and judged
as ``formula_eval.as_changed_report`` judges it (right and missed today, another event, no
event). On the dev English pairs at 2b9162a none of 57 such pairings is right: a half's other
half is a wording the tool does not know, not another report (acc11, benchmarks/README.md).
A pairing is *alone* when its place holds that one dropped and that one appeared report.
``--list`` prints each half and each pairing; ``--oracle`` reads compare() told each pair's
hand-listed wordings (lk1: with every wording known, place still tells no change).
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator, Sequence

from en_publishers import chosen
from fate_classes import other_half, places
from formula_eval import (
    EVAL_DIR,
    Event,
    Judged,
    Pair,
    PairResult,
    as_changed_report,
    judge,
    language_of,
    load_pairs,
)
from score_formulas import lines_at, oracle_lexicon, report_of

from readoutdiff import Options, compare, load
from readoutdiff.model import Comparison, Formula, Span

Place = tuple[str, int]


def _place_of(comparison: Comparison, side: str, span: Span) -> Place | None:
    """The place (``fate_classes.places``) of the sentence holding ``span`` on ``side``."""
    return next((w for s, e, w in places(comparison.alignments, side) if s <= span.start < e), None)


def half_reports(result: PairResult) -> Iterator[tuple[Judged, Event]]:
    """Each report of ``result`` said dropped or appeared whose hand event is changed, with
    that event."""
    for judged in result.judged:
        report, expected = judged.report, judged.counterpart
        if judged.noise or expected is None or expected.status != "changed":
            continue
        if report.status in ("dropped", "appeared"):
            yield judged, expected


def reported_formula(comparison: Comparison, report: Event) -> Formula:
    """The one-sided formula of ``comparison`` that ``report`` reads."""
    side = "a" if report.status == "dropped" else "b"
    return next(
        f
        for f in comparison.formulas
        if f.status.value == report.status and getattr(f, f"{side}_text") == getattr(report, side)
    )


def halves(comparison: Comparison, result: PairResult) -> Iterator[tuple[str, Judged]]:
    """(class, judged report) of each half of a change in one pair."""
    one_sided = {
        side: {
            _place_of(comparison, side, spans[0])
            for f in comparison.formulas
            if f.status.value == status and (spans := f.a_spans if side == "a" else f.b_spans)
        }
        for side, status in (("a", "dropped"), ("b", "appeared"))
    }
    for judged, expected in half_reports(result):
        report = judged.report
        where = other_half(comparison, report, expected)
        own = "a" if report.status == "dropped" else "b"
        formula = reported_formula(comparison, report)
        spot = _place_of(comparison, own, (formula.a_spans or formula.b_spans)[0])
        there = spot is not None and spot in one_sided["b" if own == "a" else "a"]
        yield (
            (
                f"said {report.status}, other half {where}, "
                f"{'other side reported there' if there else 'none reported there'}"
            ),
            judged,
        )


def same_place(
    pair: Pair, comparison: Comparison, result: PairResult
) -> Iterator[tuple[str, str, str]]:
    """(place kind, the two wordings, judgement) of each dropped and appeared report standing in
    one aligned pair or one gap, read as one change."""
    formulas = comparison.formulas
    drops = [f for f in formulas if f.status.value == "dropped" and f.a_spans]
    adds = [f for f in formulas if f.status.value == "appeared" and f.b_spans]
    spots_a = [_place_of(comparison, "a", f.a_spans[0]) for f in drops]
    spots_b = [_place_of(comparison, "b", f.b_spans[0]) for f in adds]
    for dropped, spot in zip(drops, spots_a, strict=True):
        for added, other in zip(adds, spots_b, strict=True):
            if spot is not None and spot == other:
                lines = lines_at(comparison.a, comparison.b, dropped.a_spans, added.b_spans)
                made = as_changed_report(
                    pair, result, dropped.a_text or "", added.b_text or "", **lines
                )
                alone = spots_a.count(spot) == spots_b.count(spot) == 1
                kind = f"{spot[0]}, {'alone' if alone else 'among several'}"
                yield kind, f"{dropped.a_text!r} / {added.b_text!r}", made


def judged(
    pair: Pair, oracle: bool = False, meaning: bool = False
) -> tuple[Comparison, PairResult]:
    """The pair's comparison (default options; ``oracle``: told the pair's hand-listed
    wordings, as ``score_formulas.py --oracle``; ``meaning``: sentences also paired by the
    embedding model) and its reports judged against its hand list."""
    options = Options(meaning=meaning)
    if oracle:
        options = Options(lexicon=oracle_lexicon(pair), meaning=meaning)
    comparison = compare(load(pair.a_path), load(pair.b_path), options=options)
    reports = [report_of(comparison, f) for f in comparison.formulas]
    return comparison, judge(pair, reports)


def table(counts: Counter[str], title: str, unit: str) -> str:
    rows = [f"| {title} | {unit} |", "|---|---:|"]
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return "\n".join(rows + [f"| {name} | {n} |" for name, n in ordered])


def dev_pairs(
    argv: list[str] | None,
    description: str,
    listed: str,
    oracle: bool = False,
    meaning: bool = False,
    flags: Sequence[tuple[str, str]] = (),
) -> tuple[argparse.Namespace, list[Pair]]:
    """The arguments (``--lang``, ``--pair``, ``--publisher`` (:func:`en_publishers.chosen`),
    ``--list``, its help ``listed``, ``--set``, ``--young``; with ``oracle``, ``--oracle`` too;
    with ``meaning``, ``--meaning``; a switch of each (name, help) of ``flags``) and the dev
    pairs they pick (``--young``: the young dev pairs, ``score_formulas.py --split young``)."""
    parser = argparse.ArgumentParser(description=description)
    for flag, text in flags:
        parser.add_argument(flag, action="store_true", help=text)
    if oracle:
        parser.add_argument(
            "--oracle", action="store_true",
            help="run compare() told each pair's hand-listed wordings (score_formulas.py --oracle)",
        )  # fmt: skip
    if meaning:
        parser.add_argument(
            "--meaning", action="store_true",
            help="run compare() with sentences also paired by meaning (Options(meaning=True))",
        )  # fmt: skip
    parser.add_argument("--lang", choices=("en", "zh", "ru"), help="only pairs in this language")
    parser.add_argument("--pair", default="", help="only the dev pairs whose name holds TEXT")
    parser.add_argument(
        "--publisher", default="",
        help="only the pairs of that publisher (wh, gov-uk ...) or group (us, other: "
        "en_publishers.py --group)",
    )  # fmt: skip
    parser.add_argument("--list", action="store_true", help=listed)
    parser.add_argument(
        "--set", choices=("formulas", "outside"), default="formulas",
        help="the evaluation set's dev pairs (default) or the outside set's tuning part",
    )  # fmt: skip
    parser.add_argument(
        "--young", action="store_true",
        help="only the young dev pairs (score_formulas.py --split young: tuned on least); "
        "not with --set outside",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.young and args.set == "outside":
        parser.error("--young reads the evaluation set's dev pairs, not --set outside")
    where = EVAL_DIR if args.set == "formulas" else EVAL_DIR.parent / "outside"
    split = "young" if args.young else "dev"
    pairs = [
        p
        for p in load_pairs(where, split=split)
        if args.pair in p.name and chosen(p, args.publisher)
    ]
    return args, [p for p in pairs if args.lang is None or language_of(p) == args.lang]


def main(argv: list[str] | None = None) -> int:
    args, pairs = dev_pairs(
        argv, __doc__.split("\n", 1)[0], "each half and each pairing", oracle=True
    )
    classes: Counter[str] = Counter()
    pairings: Counter[str] = Counter()
    lines: list[str] = []
    for pair in pairs:
        comparison, result = judged(pair, args.oracle)
        for name, half in halves(comparison, result):
            classes[name] += 1
            lines.append(f"- {pair.name} ({name}): {half.report.a or half.report.b!r}")
        for kind, wordings, made in same_place(pair, comparison, result):
            pairings[f"{kind}: {made}"] += 1
            lines.append(f"- {pair.name} (same {kind}, {made}): {wordings}")
    print(f"{len(pairs)} dev pairs\n")
    print(table(classes, "half of a change", "reports"))
    print("\n" + table(pairings, "same place, paired as one change", "pairings"))
    if args.list:
        print("", *lines, sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
