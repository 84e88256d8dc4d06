"""aud1's three questions about the scorer, measured under each matching on every split.

    python benchmarks/scorer_questions.py [--set formulas|outside] [--lang en|zh|ru]

Runs ``compare`` once per pair and judges its reports under each reading of the scorer
(``formula_eval``'s switches): ``core only`` (the matching before the thirty-fifth session),
``lines`` (ext1's clause matching, :data:`formula_eval.LINES`), then the lines matching with each
of aud1's questions answered the other way: (a) ``one-to-one`` recall
(:data:`formula_eval.ONE_TO_ONE`), (b) a second report of one event right again
(:data:`formula_eval.REPEATS` off) or a repeat, (c) a changed report with one side right a wrong
fate (:data:`formula_eval.HALVES`). Prints, per split, noise / fates right / changed found (and
the repeats and halves each reading counts); nothing per pair.
"""

from __future__ import annotations

import argparse
import sys

import formula_eval
from formula_eval import LANGUAGES, Event, Pair, Totals, judge, language_of, load_pairs, split_of
from score_formulas import SETS, run_tool

TITLES = {
    ("formulas", "dev"): "dev",
    ("formulas", "heldout"): "held-out",
    ("formulas", "fresh"): "fresh",
    ("outside", "dev"): "tuning",
    ("outside", "heldout"): "aside",
}
READINGS: tuple[tuple[str, dict[str, bool]], ...] = (
    ("core only, repeats right", {"LINES": False, "REPEATS": False}),
    ("core only", {"LINES": False}),
    ("lines, repeats right", {"REPEATS": False}),
    ("headline (lines, repeats)", {}),
    ("(a) + one-to-one recall", {"ONE_TO_ONE": True}),
    ("(c) + halves a wrong fate", {"HALVES": True}),
)
"""Each reading: the switches it sets against the headline (LINES and REPEATS on, the rest off)."""
HEADLINE = {"LINES": True, "REPEATS": True, "ONE_TO_ONE": False, "HALVES": False}


def cell(t: Totals) -> str:
    reported = sum(t.reported.values())
    right, judged = sum(t.right.values()), reported - t.noise
    found, listed = t.recalled["changed"], t.expected["changed"]
    events, all_listed = sum(t.recalled.values()), sum(t.expected.values())

    def pct(n: int, d: int) -> str:
        return f"{100 * n / d:.1f} %" if d else "n/a"

    return (
        f"{pct(t.noise, reported)} ({t.noise}/{reported}) / {pct(right, judged)} ({right}/{judged})"
        f" / {found} of {listed}; {events} of {all_listed} events; {t.repeats} rep, {t.halves} half"
    )


def measure(runs: list[tuple[str, Pair, list[Event]]], set_name: str = "formulas") -> str:
    titles = [
        TITLES[set_name, s] for s in ("dev", "heldout", "fresh") if any(r[0] == s for r in runs)
    ]
    lines = [
        "| reading | " + " | ".join(titles) + " |",
        "|---|" + "---:|" * len(titles),
    ]
    for name, switches in READINGS:
        with formula_eval.switched(**{**HEADLINE, **switches}):
            totals: dict[str, Totals] = {}
            for split, pair, reports in runs:
                totals.setdefault(split, Totals()).add(judge(pair, reports))
        cells = [cell(totals[s]) for s in ("dev", "heldout", "fresh") if s in totals]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=tuple(SETS), default="formulas")
    parser.add_argument("--lang", choices=LANGUAGES)
    args = parser.parse_args(argv)
    pairs = [p for p in load_pairs(SETS[args.set]) if not args.lang or language_of(p) == args.lang]
    runs = [(split_of(p), p, run_tool(p)) for p in pairs]
    print(measure(runs, args.set))
    print(
        "\nnoise / fates right / changed found; rep = reports judged a repeat, half = changed "
        f"reports given a counterpart by one side ({len(pairs)} pairs of {args.set}"
        + (f", {args.lang} only" if args.lang else "")
        + ")"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
