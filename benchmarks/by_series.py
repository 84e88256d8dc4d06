"""Per-series deltas of the formula figures between this checkout and a base revision.

    python benchmarks/by_series.py [--base main] [--split dev] [--oracle] [--history] [--base-history]
        [--meaning] [--base-meaning] [--series NAME ...]

A rule tuned on the dev pairs can lift the dev column while helping one series only; that is
how dev gains failed to reach the held-out pairs. This script scores every series of the split
with this checkout's ``src`` and with the ``src`` of ``--base`` (extracted by ``git archive``
into a temporary folder, both scored by the same scorer in the same run), and prints per
series the changed events found, the noise reports and the reports with a wrong fate (or a
repeat, a second report of one hand event: not right, not noise), before and after, then how
many series a change helps and how many it hurts. ``--history`` scores this checkout,
``--base-history`` the base, with each pair's earlier readouts of its series as history
(``score_formulas.py --history``): ``--base HEAD --history`` is what history alone does.
``--meaning`` and ``--base-meaning`` do the same with pairing by meaning (``Options(meaning=True)``,
``score_formulas.py --meaning``): ``--base HEAD --meaning`` is what ``--meaning`` alone does.
``--series NAME`` (repeatable) scores those series of the split only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from formula_eval import SPLITS, load_pairs
from revision_src import emitted

# Per series: changed events found, changed events listed, noise reports, wrong-fate (or repeat)
# reports.
Counts = dict[str, list[int]]


def counts(
    split: str,
    oracle: bool,
    history: bool = False,
    meaning: bool = False,
    series: tuple[str, ...] = (),
) -> Counts:
    """Score the split (its ``series`` only, when given) with whatever ``readoutdiff`` this
    interpreter imports."""
    from functools import partial

    from score_formulas import run_oracle, run_tool, score

    from readoutdiff.model import Options

    runner = (
        partial(run_oracle, history=history, meaning=meaning)
        if oracle
        else partial(run_tool, options=Options(meaning=meaning), history=history)
    )
    out: Counts = defaultdict(lambda: [0, 0, 0, 0])
    pairs = [p for p in load_pairs(split=split) if not series or p.series in series]
    for result in score(pairs, runner):
        row = out[result.pair.series]
        for i, event in enumerate(result.pair.events):
            if event.status == "changed":
                row[1] += 1
                row[0] += i in result.found
        for judged in result.judged:
            row[2] += judged.noise
            row[3] += not judged.noise and not judged.right
    return dict(out)


def base_counts(
    rev: str,
    split: str,
    oracle: bool,
    history: bool = False,
    meaning: bool = False,
    series: tuple[str, ...] = (),
) -> Counts:
    """The same counts with the ``src`` of ``rev``, in a child process."""
    flags = [f"--{name}" for name, on in (("oracle", oracle), ("history", history)) if on]
    args = ["--split", split, *flags, *(["--meaning"] if meaning else [])]
    args += [arg for name in series for arg in ("--series", name)]
    out = emitted(rev, str(Path(__file__)), args, "by_series", f"scoring {rev}")
    return {k: list(v) for k, v in json.loads(out).items()}


def report(before: Counts, after: Counts) -> str:
    lines = [
        "| series | changed found | noise | wrong or repeat | verdict |",
        "|---|---:|---:|---:|---|",
    ]
    helped = hurt = 0
    for series in sorted(set(before) | set(after)):
        b, a = before.get(series, [0, 0, 0, 0]), after.get(series, [0, 0, 0, 0])
        # Better: more changed found, fewer noise or wrong-fate reports; each counts one.
        gain = (a[0] - b[0]) - (a[2] - b[2]) - (a[3] - b[3])
        moved = a != b
        verdict = "" if not moved else "helped" if gain > 0 else "hurt" if gain < 0 else "mixed"
        helped += verdict == "helped"
        hurt += verdict == "hurt"
        lines.append(
            f"| {series} | {b[0]}/{b[1]} → {a[0]}/{a[1]} | {b[2]} → {a[2]} "
            f"| {b[3]} → {a[3]} | {verdict} |"
        )
    every = set(before) | set(after)
    moved = sum(before.get(s) != after.get(s) for s in every)
    lines.append("")
    lines.append(
        f"{len(every)} series: {helped} helped, {hurt} hurt, {moved} moved "
        "(helped/hurt: changed found minus new noise minus new wrong fates)."
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="main", help="git revision to compare with (main)")
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--oracle", action="store_true", help="score with the oracle lexicon")
    parser.add_argument(
        "--history", action="store_true", help="score this checkout with each pair's history"
    )
    parser.add_argument(
        "--base-history", action="store_true", help="score the base with each pair's history"
    )
    parser.add_argument(
        "--meaning", action="store_true", help="score this checkout with pairing by meaning"
    )
    parser.add_argument(
        "--base-meaning", action="store_true", help="score the base with pairing by meaning"
    )
    parser.add_argument(
        "--series",
        action="append",
        default=[],
        metavar="NAME",
        help="score this series of the split only (repeatable)",
    )
    parser.add_argument("--emit", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    series = tuple(args.series)
    if args.emit:
        counted = counts(args.split, args.oracle, args.history, args.meaning, series)
        print(json.dumps(counted, sort_keys=True))
        return 0
    before = base_counts(
        args.base, args.split, args.oracle, args.base_history, args.base_meaning, series
    )
    print(report(before, counts(args.split, args.oracle, args.history, args.meaning, series)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
