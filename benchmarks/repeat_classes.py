"""Class the repeats of the headline scorer (formula_eval.REPEATS): of two or more reports whose
counterpart is one hand event, the ones not judged, each against the judged report of its event.

Classes (first that applies):
- ``identical``: the same status and the same wordings (folded) as the judged report;
- ``within, same fate``: same status, each side's wording inside the other's (or equal);
- ``within, other fate``: a wording inside the other's, the fates differ (a kept core beside
  the change of its line);
- ``other wording, same fate`` / ``other wording, other fate``: the rest (two halves of a line,
  two extents that overlap without one holding the other).

Counts per class and per the steps that made the repeat (``--examples N`` prints N per class;
held-out and aside: counts only, never their reports).

    PYTHONPATH=src python benchmarks/repeat_classes.py --split dev [--set outside] [--examples 2]
"""

from __future__ import annotations

import argparse
from collections import Counter

from formula_eval import _contains, fold, judge, load_pairs
from score_formulas import SETS, run_tool

CLASSES = (
    "identical",
    "within, same fate",
    "within, other fate",
    "other wording, same fate",
    "other wording, other fate",
)


def _inside(x: str | None, y: str | None) -> bool:
    if not x or not y:
        return x == y or not x  # a missing side holds nothing
    fx, fy = fold(x), fold(y)
    return _contains(fx, fy) or _contains(fy, fx)


def class_of(repeat, judged) -> str:
    r, j = repeat.report, judged.report
    same = r.status == j.status
    if same and fold(r.a or "") == fold(j.a or "") and fold(r.b or "") == fold(j.b or ""):
        return "identical"
    inside = _inside(r.a, j.a) and _inside(r.b, j.b) and (r.a or r.b)
    if inside:
        return "within, same fate" if same else "within, other fate"
    return "other wording, same fate" if same else "other wording, other fate"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--set", choices=tuple(SETS), default="formulas")
    parser.add_argument("--lang")
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args(argv)
    if args.split not in ("dev",) and args.examples:
        parser.error("examples from the dev / tuning split only")
    counts: Counter[str] = Counter()
    steps: Counter[tuple[str, str]] = Counter()
    examples: dict[str, list[str]] = {c: [] for c in CLASSES}
    total = 0
    for pair in load_pairs(SETS[args.set], split=args.split):
        if args.lang:
            from formula_eval import language_of

            if language_of(pair) != args.lang:
                continue
        result = judge(pair, run_tool(pair, steps=True))
        total += sum(not j.noise for j in result.judged)
        by_event: dict[int, list] = {}
        for j in result.judged:
            if j.counterpart is not None:
                by_event.setdefault(id(j.counterpart), []).append(j)
        for group in by_event.values():
            kept = [j for j in group if not j.repeat]
            if not kept:
                continue
            for j in group:
                if not j.repeat:
                    continue
                c = class_of(j, kept[0])
                counts[c] += 1
                steps[(c, j.report.step.split(">")[0] or "?")] += 1
                if len(examples[c]) < args.examples:
                    k = kept[0].report
                    examples[c].append(
                        f"  {pair.name}\n    judged {k.status}: {k.a!r} -> {k.b!r} [{k.step}]"
                        f"\n    repeat {j.report.status}: {j.report.a!r} -> {j.report.b!r}"
                        f" [{j.report.step}]"
                    )
    print(f"repeats {sum(counts.values())} of {total} reports not noise")
    for c in CLASSES:
        print(f"{c:28} {counts[c]:4}")
        for (cc, s), n in steps.most_common():
            if cc == c:
                print(f"    {n:3} {s}")
        for e in examples[c]:
            print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
