"""English figures by publisher: the US government's readouts against every other publisher's (reg1).

    python benchmarks/en_publishers.py [--group] [--json]

On unseen English the tool is weakest, and unseen English is mostly not American: held-out and
fresh hold readouts of Canada's Prime Minister, the UK government, Japan's and Korea's foreign
ministries. The turnovers moved whole series of those publishers into dev; this script says how
the tool does on them, as ``score_formulas.py`` judges (noise share, fates right, changed found),
per publisher (the last part of a readout's file name: ``wh``, ``state``, ``gov-uk`` ...), on
three yardsticks tuned on: the English dev pairs, the young dev ones (``--split young``) and the
outside set's tuning part (its aside never read). ``--group`` folds the publishers into two rows:
``us`` (``wh``, ``state``, ``dod``: the White House, the State and Defense departments) and
``other``. ``--sources`` adds, per row, the reports by the source of their formula (the built-in
lexicon, the background, mined from the two readouts: ``score_formulas.origin``) with how many
of each are right, and the hand events of each status found: how much of what the tool says
on a publisher's readouts its lexicon, written from American readouts, knows. Held-out and
fresh pairs are never read.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterable

from formula_eval import Pair, PairResult, Totals, language_of, load_pairs
from score_formulas import SETS, score

US = frozenset({"wh", "state", "dod"})
"""The publishers of the US government in the evaluation sets."""

YARDSTICKS = (
    ("dev", "formulas", "dev"),
    ("young", "formulas", "young"),
    ("tuning", "outside", "dev"),
)


def publisher(pair: Pair, grouped: bool = False) -> str:
    """The publisher of a pair's A readout (``--group``: ``us`` or ``other``)."""
    name = pair.a_path.stem.rsplit("__", 1)[-1]
    if grouped:
        return "us" if name in US else "other"
    return name


def chosen(pair: Pair, name: str) -> bool:
    """Whether ``pair`` is of publisher ``name`` (``gov-uk``) or of the group ``name`` (``us``,
    ``other``); every pair when ``name`` is empty: the ``--publisher`` of the diagnosis
    scripts."""
    return not name or name in (publisher(pair), publisher(pair, grouped=True))


def by_publisher(results: Iterable[PairResult], grouped: bool = False) -> dict[str, Totals]:
    """Each publisher's totals over ``results``."""
    totals: dict[str, Totals] = defaultdict(Totals)
    for result in results:
        totals[publisher(result.pair, grouped)].add(result)
    return dict(totals)


def figures(t: Totals) -> dict[str, int]:
    """Pairs, reports, noise, fates judged and right, changed events and found: the counts."""
    reported = sum(t.reported.values())
    return {
        "pairs": t.pairs,
        "reported": reported,
        "noise": t.noise,
        "judged": reported - t.noise,
        "right": sum(t.right.values()),
        "changed": t.expected["changed"],
        "found": t.recalled["changed"],
    }


def sources(results: Iterable[PairResult], grouped: bool = False) -> dict[str, Counter[str]]:
    """Per publisher: reports by source (``builtin``, ``background``, ``mined`` ...) and
    ``<source> right``, and ``<status> events`` / ``<status> found`` of the hand lists."""
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for result in results:
        counts = found[publisher(result.pair, grouped)]
        for judged in result.judged:
            source = judged.report.note.split("/", 1)[0]
            counts[source] += 1
            counts[f"{source} right"] += judged.right
        for i, event in enumerate(result.pair.events):
            counts[f"{event.status} events"] += 1
            counts[f"{event.status} found"] += i in result.found
    return dict(found)


def sources_table(found: dict[str, dict[str, Counter[str]]]) -> list[str]:
    """Per yardstick and publisher: reports a pair, reports by source (right of them), and
    hand events found by status."""
    lines = ["| yardstick | publisher | reports a pair | builtin (right) | background | mined | "
             "appeared found | dropped found | persisted found | changed found |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    for yardstick, rows in found.items():
        for name, c in sorted(rows.items(), key=lambda kv: -kv[1]["pairs"]):
            reports = sum(
                n for k, n in c.items() if k in ("builtin", "background", "mined", "user")
            )
            cells = [f"{reports / c['pairs']:.1f}",
                     *(f"{c[s]} ({c[s + ' right']})" for s in ("builtin", "background", "mined")),
                     *(_pct(c[f"{s} found"], c[f"{s} events"])
                       for s in ("appeared", "dropped", "persisted", "changed"))]  # fmt: skip
            lines.append(f"| {yardstick} | {name} | " + " | ".join(cells) + " |")
    return lines


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f} % ({n}/{d})" if d else "-"


def table(found: dict[str, dict[str, dict[str, int]]]) -> list[str]:
    """One row a publisher: pairs and the three figures on each yardstick."""
    names = sorted({p for cols in found.values() for p in cols},
                   key=lambda p: (-found["dev"].get(p, {}).get("pairs", 0), p))  # fmt: skip
    lines = ["| publisher | " + " | ".join(f"{y}: pairs, noise / fates right / changed found"
                                           for y, _, _ in YARDSTICKS) + " |",
             "|---|" + "---|" * len(YARDSTICKS)]  # fmt: skip
    for name in names:
        cells = []
        for yardstick, _, _ in YARDSTICKS:
            f = found[yardstick].get(name)
            if f is None:
                cells.append("")
                continue
            cells.append(f"{f['pairs']}: {_pct(f['noise'], f['reported'])} / "
                         f"{_pct(f['right'], f['judged'])} / {_pct(f['found'], f['changed'])}")  # fmt: skip
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--group", action="store_true", help="two rows: us and other")
    parser.add_argument(
        "--sources", action="store_true",
        help="also the reports by source and the hand events found by status",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args(argv)
    found: dict[str, dict[str, dict[str, int]]] = {}
    by_source: dict[str, dict[str, Counter[str]]] = {}
    for yardstick, set_name, split in YARDSTICKS:
        pairs = [p for p in load_pairs(SETS[set_name], split=split) if language_of(p) == "en"]
        results = score(pairs)
        totals = by_publisher(results, args.group)
        found[yardstick] = {name: figures(t) for name, t in totals.items()}
        by_source[yardstick] = sources(results, args.group)
        for name, counts in by_source[yardstick].items():
            counts["pairs"] = totals[name].pairs
    if args.json:
        print(json.dumps(found, indent=1, sort_keys=True))
    else:
        print("\n".join(table(found)))
    if args.sources:
        print("\n" + "\n".join(sources_table(by_source)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
