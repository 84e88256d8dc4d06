"""Right fates, wrong fates and noise per step of the formula stage, per language.

    python benchmarks/fates_by_origin.py [--split dev|heldout|fresh|all] [--set formulas|outside]
        [--lang en|zh|ru] [--by last|first|chain] [--examples N] [--oracle]

Each report of ``compare`` is named by the steps that made it, then rewrote it
(read within :func:`readoutdiff.formulas.origins.origins`:
``by_sides.fate>in_clauses.grown`` is an entry told by the sides it stands on, then grown to its
clause; a step's inner rules are named apart, ``in_clauses.changed`` / ``.grown`` /
``.anniversary``, ``by_sides.fate`` / ``.qualified`` …, ``lonely.link.slots`` / ``.standing`` …,
``lone_heads.lone`` …:
:data:`readoutdiff.formulas.tracking._INNER`). ``--oracle`` tells compare() each pair's
hand-listed wordings as a lexicon (as ``score_formulas.py --oracle``).
Many steps give their reports the same id kinds (``/reworded``, ``/clause`` …), so the
scorer's ``--by-origin`` table by id cannot say which rule to fix; this one can. Per language
(then all), per step: the reports, those with the right fate, a wrong fate or a repeat (a
second report of one hand event, not right since the thirty-fifth session), and noise (the
scorer's judgement, ``formula_eval.py``). ``--by last`` (the default) counts a report under the
last step that made or rewrote it — the rule that gave it its final form —, ``--by first``
under the step that made it, ``--by chain`` under the whole chain.

``--examples N`` lists, per step, up to N reports with a wrong fate, repeats or noise, with
their pair: per-pair output, so only on the dev split (the tuning part of ``--set outside``).
The split is ``dev`` by default; a held-out split prints its aggregate table only (which counts
as a read of the held-out figures).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable

from formula_eval import LANGUAGES, SPLITS, PairResult, language_of, load_pairs
from score_formulas import SETS, _show, oracle_lexicon, run_tool, score

from readoutdiff.model import Options

HOW: dict[str, Callable[[str], str]] = {
    "last": lambda chain: chain.rsplit(">", 1)[-1],
    "first": lambda chain: chain.split(">", 1)[0],
    "chain": lambda chain: chain,
}
"""How a report's chain of steps (``by_sides.fate>in_clauses.grown``) names its row."""


def _steps(pairs: Iterable[object], oracle: bool = False) -> list[PairResult]:
    """Each pair scored with its reports' steps; with ``oracle``, compare() told the pair's
    hand-listed wordings as a lexicon (as ``score_formulas.py --oracle``)."""
    if oracle:
        return score(  # type: ignore[arg-type]
            pairs,
            lambda pair: run_tool(pair, Options(lexicon=oracle_lexicon(pair)), steps=True),
        )
    return score(pairs, lambda pair: run_tool(pair, steps=True))  # type: ignore[arg-type]


def counts(results: Iterable[PairResult], how: str = "last") -> dict[str, list[int]]:
    """Per step (``how`` names it: :data:`HOW`): [reports, right fate, wrong fate or repeat,
    noise] (a repeat, :data:`formula_eval.REPEATS`, is neither right nor noise)."""
    name = HOW[how]
    rows: dict[str, list[int]] = {}
    for judged in (j for r in results for j in r.judged):
        row = rows.setdefault(name(judged.report.step) if judged.report.step else "?", [0] * 4)
        row[0] += 1
        row[3 if judged.noise else 1 if judged.right else 2] += 1
    return rows


def table(rows: dict[str, list[int]], title: str) -> str:
    """A Markdown table of ``rows`` (:func:`counts`), the most reports first, then a total."""
    lines = [
        f"| {title} | reports | right | wrong or repeat | noise | right % |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    total = [sum(row[i] for row in rows.values()) for i in range(4)]
    for step, row in [*sorted(rows.items(), key=lambda kv: (-kv[1][0], kv[0])), ("all", total)]:
        share = f"{100 * row[1] / row[0]:.0f}" if row[0] else "n/a"
        lines.append(f"| {step} | " + " | ".join(map(str, row)) + f" | {share} |")
    return "\n".join(lines)


def examples(results: Iterable[PairResult], how: str, most: int) -> str:
    """Up to ``most`` wrong-fate and noise reports per step, with their pair (dev only)."""
    name = HOW[how]
    by_step: dict[str, list[str]] = {}
    for result in results:
        for j in result.judged:
            if j.right:
                continue
            kind = (
                "NOISE"
                if j.noise
                else f"REPEAT (of a {j.counterpart.status} event)"
                if j.repeat and j.counterpart
                else f"WRONG (expected {j.counterpart.status})"
                if j.counterpart
                else "WRONG"
            )
            step = name(j.report.step) if j.report.step else "?"
            by_step.setdefault(step, []).append(
                f"  {result.pair.name}: {kind} {j.report.status} {_show(j.report)}  [{j.report.step}]"
            )
    out = []
    for step in sorted(by_step, key=lambda s: (-len(by_step[s]), s)):
        out.append(f"{step} ({len(by_step[step])} not right):")
        out.extend(by_step[step][:most])
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--set", choices=tuple(SETS), default="formulas")
    parser.add_argument("--lang", choices=LANGUAGES, help="only the pairs in that language")
    parser.add_argument("--pair", metavar="TEXT", help="only the pairs whose name contains TEXT")
    parser.add_argument(
        "--by", choices=tuple(HOW), default="last",
        help="name a report's row by the last step that made or rewrote it (default), the "
        "first, or the whole chain",
    )  # fmt: skip
    parser.add_argument(
        "--examples", type=int, default=0, metavar="N",
        help="list up to N wrong-fate and noise reports per step, with their pair (dev only)",
    )  # fmt: skip
    parser.add_argument(
        "--oracle", action="store_true",
        help="tell compare() each pair's hand-listed wordings (as score_formulas.py --oracle)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.examples and args.split != "dev":
        parser.error("--examples prints per-pair reports: the dev split only")
    pairs = [
        p
        for p in load_pairs(SETS[args.set], split=args.split)
        if (not args.pair or args.pair in p.name) and (not args.lang or language_of(p) == args.lang)
    ]
    if not pairs:
        parser.error("no pair matches")
    results = _steps(pairs, args.oracle)
    languages = sorted({language_of(r.pair) for r in results})
    for language in languages:
        mine = [r for r in results if language_of(r.pair) == language]
        print(f"### {language} ({len(mine)} {args.split} pairs of {args.set}), by {args.by} step\n")
        print(table(counts(mine, args.by), "step") + "\n")
        if args.examples:
            print(examples(mine, args.by, args.examples) + "\n")
    if len(languages) > 1:
        print(f"### all ({len(results)} pairs)\n")
        print(table(counts(results, args.by), "step"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
