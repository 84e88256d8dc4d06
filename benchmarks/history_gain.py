"""What ``--history`` gains over the pair alone: each pair of a series of three readouts or more.

    python benchmarks/history_gain.py [--split dev|heldout] [--set outside] [--per-pair] [--list]

Every pair of ``eval/formulas`` whose series holds three readouts or more is compared twice:
alone (``readoutdiff A B``) and with the series' other readouts as its history (``readoutdiff
A B --history DIR``: :func:`readoutdiff.history.with_history`). Both are
judged against the hand list with the headline (``formula_eval.judge``) and the totals printed
side by side: noise share, fates right, changed found. Also counted: the places of A a report
tells *changed* alone and only *dropped* with history (ser4's shape, ``benchmarks/README.md``).

``--set outside`` reads the outside set (``eval/outside``: dev is its tuning part, heldout its
aside part), each pair's history the other readouts of its series there.

``--per-pair`` prints, for dev only, each pair whose figures move (held-out is read as totals).
``--list`` prints, for dev only, every report one run makes and the other does not (status and
both wordings), or whose judgement moves, with its judgement (right, wrong, noise, repeat), and
the changed hand events one run finds and the other does not (hist3's classing).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from formula_eval import EVAL_DIR, Judged, Pair, PairResult, Totals, judge, load_pairs  # noqa: E402
from score_formulas import report_of  # noqa: E402

from readoutdiff.compare import compare  # noqa: E402
from readoutdiff.formulas.mining import recurrence  # noqa: E402

try:  # the pair's history is a module of its own after compare (thirty-ninth session)
    from readoutdiff import history as _history
except ImportError:  # a --src before it: in the formula stage's recurrence
    _history = recurrence  # type: ignore[assignment]
from readoutdiff.ingest import load  # noqa: E402
from readoutdiff.model import Options  # noqa: E402
from readoutdiff.series.build import once  # noqa: E402

SHORTEST_SERIES = 3


def line(name: str, totals: Totals) -> str:
    """The headline figures of ``totals``."""
    reported = sum(totals.reported.values())
    right = sum(totals.right.values())
    return (
        f"{name:8s} {totals.pairs:4d} pairs  noise {totals.noise / max(reported, 1):6.1%} "
        f"({totals.noise}/{reported})  fates {right / max(reported - totals.noise, 1):6.1%} "
        f"({right}/{reported - totals.noise})  changed {totals.recalled['changed']} of "
        f"{totals.expected['changed']}"
    )


def _with_history(a, b, earlier, alone):  # type: ignore[no-untyped-def]
    """``compare(a, b, options=with_history(Options(), earlier, [a, b]))``: made from ``alone``
    by ``history_compared`` where the source has it (hist4), else so."""
    made = getattr(_history, "history_compared", None)
    if made is not None:
        return made(Options(), earlier, [a, b], alone)
    return compare(a, b, options=_history.with_history(Options(), earlier, [a, b]))


def _counts(result: PairResult) -> tuple[int, int, int]:
    return (
        sum(j.noise for j in result.judged),
        sum(j.right for j in result.judged),
        sum(result.pair.events[i].status == "changed" for i in result.found),
    )


def _lost(alone, history) -> int:  # type: ignore[no-untyped-def]
    """Places of A told changed alone and only dropped with history."""
    lost = 0
    for formula in alone.formulas:
        if formula.status.value != "changed":
            continue
        there = [
            other
            for other in history.formulas
            if any(
                x.start < y.end and y.start < x.end for x in formula.a_spans for y in other.a_spans
            )
        ]
        lost += bool(there) and all(other.status.value == "dropped" for other in there)
    return lost


def _judgement(judged: Judged) -> str:
    if judged.noise:
        return "noise"
    return "right" if judged.right else "repeat" if judged.repeat else "wrong"


def _listed(pair: Pair, alone: tuple, history: tuple) -> None:  # type: ignore[type-arg]
    """Print the reports of ``pair`` that differ between the run alone and with history."""
    reads = []
    for comparison, result in (alone, history):
        reads.append(
            {
                (f.status.value, f.a_text, f.b_text, f.id): _judgement(j)
                for f, j in zip(comparison.formulas, result.judged, strict=True)
            }
        )
    found = [
        {i for i in result.found if pair.events[i].status == "changed"}
        for _, result in (alone, history)
    ]
    lines = [f"  alone only   {reads[0][k]:6s} {k}" for k in reads[0].keys() - reads[1].keys()]
    lines += [f"  history only {reads[1][k]:6s} {k}" for k in reads[1].keys() - reads[0].keys()]
    lines += [
        f"  judged       {reads[0][k]} -> {reads[1][k]} {k}"
        for k in reads[0].keys() & reads[1].keys()
        if reads[0][k] != reads[1][k]
    ]
    lines += [f"  changed event lost   {pair.events[i]}" for i in sorted(found[0] - found[1])]
    lines += [f"  changed event gained {pair.events[i]}" for i in sorted(found[1] - found[0])]
    if lines:
        print(f"{pair.a_path.name} -> {pair.b_path.name}")
        print("\n".join(sorted(lines)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "heldout"))
    parser.add_argument(
        "--set", default="formulas", choices=("formulas", "outside"),
        help="eval/formulas, or eval/outside (dev: its tuning part, heldout: its aside part)",
    )  # fmt: skip
    parser.add_argument("--per-pair", action="store_true", help="dev only: pairs that move")
    parser.add_argument("--list", action="store_true", help="dev only: reports that differ")
    args = parser.parse_args(argv)
    if (args.per_pair or args.list) and args.split != "dev":
        parser.error("--per-pair and --list read dev pairs only")
    totals = {"alone": Totals(), "history": Totals()}
    lost = 0
    folder = EVAL_DIR if args.set == "formulas" else EVAL_DIR.parent / "outside"
    for pair in load_pairs(folder, split=args.split):
        series = once([load(p) for p in sorted(folder.glob(f"{pair.series}__*.txt"))])
        if len(series) < SHORTEST_SERIES:
            continue
        a = next(r for r in series if Path(r.path).name == pair.a_path.name)
        b = next(r for r in series if Path(r.path).name == pair.b_path.name)
        earlier = [r for r in series if r is not a and r is not b]
        alone = compare(a, b)
        history = _with_history(a, b, earlier, alone)
        judged_alone = judge(pair, [report_of(alone, f) for f in alone.formulas])
        judged_history = judge(pair, [report_of(history, f) for f in history.formulas])
        totals["alone"].add(judged_alone)
        totals["history"].add(judged_history)
        lost += _lost(alone, history)
        if args.list:
            _listed(pair, (alone, judged_alone), (history, judged_history))
        if args.per_pair and _counts(judged_alone) != _counts(judged_history):
            print(
                f"{pair.series} {pair.a_path.name} -> {pair.b_path.name}: noise/right/changed "
                f"alone {_counts(judged_alone)} with history {_counts(judged_history)}"
            )
    for name, total in totals.items():
        print(f"{args.split} {line(name, total)}")
    print(f"{args.split} A places changed alone, only dropped with history: {lost}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
