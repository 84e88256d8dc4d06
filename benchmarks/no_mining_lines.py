"""What ``--no-mining`` still reports with ``mined:`` ids: the lines the rules read, judged.

    python benchmarks/no_mining_lines.py [--split dev|heldout] [--set outside] [--examples N]

Every pair of the split is compared with mining off (``Options(mine_formulas=False)``, as
``readoutdiff A B --no-mining``) and judged against its hand list with the headline
(``formula_eval.judge``). The reports whose id is ``mined:…`` are no mined phrase (mining is
off): lines a rule of the formula stage reads around a lexicon formula or on its own
(greetings, Russian points told alone, a line reworded in unpaired sentences, Chinese lists).
They are counted by the step that made each (``formulas/origins.py``, its first step) and by
judgement: right, wrong fate, repeat, noise; then all of them, and every report of the run.
``--examples N`` prints N of each step's reports (dev and the outside tuning part only).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from formula_eval import EVAL_DIR, Judged, judge, load_pairs  # noqa: E402
from score_formulas import report_of  # noqa: E402

from readoutdiff.compare import compare  # noqa: E402
from readoutdiff.formulas.origins import origins  # noqa: E402
from readoutdiff.ingest import load  # noqa: E402
from readoutdiff.model import Options  # noqa: E402

VERDICTS = ("right", "wrong", "repeat", "noise")


def verdict(judged: Judged) -> str:
    """The judgement of one report, as the headline counts it."""
    if judged.noise:
        return "noise"
    return "right" if judged.right else "repeat" if judged.repeat else "wrong"


def row(name: str, counts: Counter[str]) -> str:
    """One table row: the reports, each verdict, fates right among those not noise."""
    total = sum(counts.values())
    judged = total - counts["noise"]
    fates = f"{counts['right'] / judged:6.1%}" if judged else "   n/a"
    cells = " ".join(f"{counts[v]:6d}" for v in VERDICTS)
    return f"{name:28s} {total:5d} {cells}  {fates}  {counts['noise'] / max(total, 1):6.1%}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "heldout"))
    parser.add_argument("--set", default="formulas", choices=("formulas", "outside"))
    parser.add_argument("--pair", default="", help="only the pairs whose name holds this")
    parser.add_argument("--examples", type=int, default=0, help="dev/tuning only")
    args = parser.parse_args(argv)
    if args.examples and args.split != "dev":
        parser.error("--examples reads dev (or tuning) pairs only")
    folder = EVAL_DIR if args.set == "formulas" else EVAL_DIR.parent / "outside"
    by_step: dict[str, Counter[str]] = defaultdict(Counter)
    shown: dict[str, list[str]] = defaultdict(list)
    lines: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for pair in load_pairs(folder, split=args.split):
        if args.pair not in pair.name:
            continue
        with origins() as step_of:
            comparison = compare(
                load(pair.a_path), load(pair.b_path), options=Options(mine_formulas=False)
            )
            steps = [step_of(f) or "?" for f in comparison.formulas]
        result = judge(pair, [report_of(comparison, f) for f in comparison.formulas])
        for formula, judged, step in zip(comparison.formulas, result.judged, steps, strict=True):
            said = verdict(judged)
            every[said] += 1
            if not formula.id.startswith("mined:"):
                continue
            first = step.split(">")[0]
            by_step[first][said] += 1
            lines[said] += 1
            if len(shown[first]) < args.examples:
                wordings = f"{formula.a_text!r} -> {formula.b_text!r}"
                shown[first].append(f"    {said:6s} {formula.status.value} {wordings} {formula.id}")
    head = " ".join(f"{v:>6s}" for v in VERDICTS)
    print(f"{'step (mined: ids, mining off)':28s} {'all':>5s} {head}  {'fates':>6s}  {'noise':>6s}")
    for step, counts in sorted(by_step.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        print(row(step, counts))
        if shown[step]:
            print("\n".join(shown[step]))
    print(row("mined: ids, all", lines))
    print(row("every report", every))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
