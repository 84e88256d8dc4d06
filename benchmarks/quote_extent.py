"""A short core's extent, read three ways: the figures of every group of pairs (counts only).

    python benchmarks/quote_extent.py [--lang en|zh|ru]

The tool tells a formula of three words or fewer with the clause it stands in
(:func:`readoutdiff.formulas.entries.lines.line_of`, ``a_clause``/``b_clause`` in JSON). This
script runs ``compare()`` once on every pair of ``eval/formulas/`` and ``eval/outside/`` and
judges the same reports three ways:

* ``core only``: the matching before the thirty-fifth session (``score_formulas.py
  --core-only``);
* ``lines``: ext1's matching, the headline since the thirty-fifth session (what
  ``score_formulas.py`` prints): a short core that matches no hand wording holding it is matched
  by its line;
* ``line as wording``: the line put in the report's wording in place of the core (what the
  reports would say were the tool to quote the line instead of the formula), core-only matching.

The scorer's other switches are the headline's in every reading (repeats not right).

Groups: dev's pairs alone in their series and with another dev pair (``split_gap.py
--dev-by-series``), held-out, fresh, the outside set's tuning and aside parts. Each cell is
noise / reports, fates right, changed events found; no pair or report is printed (held-out,
fresh and aside are read as aggregates only).
"""

from __future__ import annotations

import argparse
import dataclasses
from collections import Counter
from collections.abc import Callable

import formula_eval
from formula_eval import LANGUAGES, Event, Totals, judge, language_of, load_pairs, split_of
from score_formulas import SETS, run_tool

GROUPS = ("dev", "dev alone", "dev 2+", "heldout", "fresh", "tuning", "aside")


def as_wording(report: Event) -> Event:
    """The report with each side's line (when it has one) as that side's wording."""
    return dataclasses.replace(report, a=report.a_line or report.a, b=report.b_line or report.b)


READINGS: dict[str, tuple[bool, Callable[[Event], Event]]] = {
    "core only": (False, lambda report: report),
    "lines": (True, lambda report: report),
    "line as wording": (False, as_wording),
}


def cell(t: Totals) -> str:
    reported, right = sum(t.reported.values()), sum(t.right.values())
    kept = reported - t.noise  # fates are judged on the reports that are not noise
    noise = f"{100 * t.noise / reported:.1f} % ({t.noise}/{reported})" if reported else "-"
    fates = f"{100 * right / kept:.1f} % ({right}/{kept})" if kept else "-"
    return f"{noise} / {fates} / {t.recalled['changed']} of {t.expected['changed']}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=LANGUAGES)
    args = parser.parse_args(argv)
    runs = [
        (name, pair, run_tool(pair))
        for name in ("formulas", "outside")
        for pair in load_pairs(SETS[name])
        if not args.lang or language_of(pair) == args.lang
    ]
    size = Counter(
        (language_of(p), p.series) for n, p, _ in runs if n == "formulas" and split_of(p) == "dev"
    )

    def groups(name: str, pair: formula_eval.Pair) -> tuple[str, ...]:
        split = split_of(pair)
        if name == "outside":
            return ("tuning" if split == "dev" else "aside",)
        if split != "dev":
            return (split,)
        return ("dev", "dev alone" if size[(language_of(pair), pair.series)] == 1 else "dev 2+")

    print(f"| reading ({args.lang or 'all languages'}) | " + " | ".join(GROUPS) + " |")
    print("|---|" + "---:|" * len(GROUPS))
    for reading, (lines, change) in READINGS.items():
        totals = {group: Totals() for group in GROUPS}
        with formula_eval.switched(LINES=lines):
            for name, pair, reports in runs:
                result = judge(pair, [change(r) for r in reports])
                for group in groups(name, pair):
                    totals[group].add(result)
        print(f"| {reading} | " + " | ".join(cell(totals[g]) for g in GROUPS) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
