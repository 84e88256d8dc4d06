"""Noise share on readouts outside the evaluation set (``eval/noise/``), judged by hand.

    python benchmarks/score_noise.py [--base REV] [--by-origin] [--by-publisher] [--show-unjudged]
                                     [--show-noise] [--batch NAME]

The formula evaluation set says what an analyst would list; it cannot say what a rule does on
series nobody tuned the tool to, and its held-out pairs must not be read. ``eval/noise/`` holds
consecutive readouts of series that are neither evaluation nor reserved series, and
``eval/noise/judged.toml`` every formula the tool reported on them when the set was made,
each judged by hand: ``formula`` (a formula, whatever its fate) or ``noise`` with its kind
(``name``, ``office``, ``place``, ``date``, ``boilerplate``, ``cut``, ``one-off``). A third of
the pairs (``aside = true``) are kept aside: no rule is written from them. Reports a later
revision makes are judged by hand when they first appear and appended as ``[[added]]``.

A report is found by its two wordings (a report's status does not make it noise). A report
the list does not hold is *unjudged*: judge it and add it (``--show-unjudged`` lists them)
before trusting the share. ``--base REV`` scores the ``src`` of another revision in the same
run (``git archive``, as ``by_series.py`` does). ``--show-noise`` lists the noise reports of
the tuning part only. ``--by-publisher`` adds the same table for the pairs of American
publishers (White House, State Department: the first 28 pairs) and for the others (gov.uk,
MOFA Japan, pm.gc.ca: branch o16) apart. ``--batch NAME`` scores only the pairs a branch added
as one batch (``batch = NAME`` in their tables: ``acc9``, eleven White House series;
``acc12``, eleven State Department series; ``ru5``, four Kremlin series, in Russian; ``ru6``, five Kremlin announcement -> readout pairs; ``zh10``, twelve Chinese pairs of four 新闻联播 series; ``zh14``, ten Chinese pairs of three 新闻联播 series; ``en15``, eight White House pairs of six
series of 2021-2024, two aside).

The reports judged ``formula`` also carry their *fate* (what their status should be), which
``score_noise_fates.py`` scores with this file's loader (:func:`verdicts`, :func:`reports`).
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from revision_src import emitted

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from readoutdiff.model import Formula

ROOT = Path(__file__).resolve().parent.parent
NOISE_DIR = ROOT / "eval" / "noise"
PARTS = ("tuning", "aside")
AMERICAN = ("wh", "state")
"""Publishers (the last part of a file name) of the American readouts."""
GROUPS = ("American", "not American")

Report = tuple[str, str, str | None, str | None, str, str]
"""(pair name, part, A's wording, B's wording, formula id, status)."""


class Judgement(NamedTuple):
    """One report of ``judged.toml`` as judged by hand (its header comment says each field)."""

    verdict: str
    """``formula`` or ``noise``."""
    kind: str
    """The kind of noise ("" for a formula)."""
    said: str
    """The status the tool gave when the fate was judged ("" when no fate was judged)."""
    fate: str
    """What the status should be, or ``two`` (two formulas); "" when not judged."""
    doubt: bool
    """A call a second reader could make the other way."""


def pairs() -> list[dict[str, object]]:
    """The judged pairs of ``eval/noise/judged.toml``."""
    with (NOISE_DIR / "judged.toml").open("rb") as file:
        return list(tomllib.load(file)["pair"])


def reports() -> list[Report]:
    """Every formula ``compare()`` reports on the pairs, with whatever ``readoutdiff`` this
    interpreter imports."""
    from readoutdiff import compare
    from readoutdiff.ingest import load

    out: list[Report] = []
    for pair in pairs():
        a, b = str(pair["a"]), str(pair["b"])
        part = PARTS[bool(pair["aside"])]
        result = compare(load(NOISE_DIR / a), load(NOISE_DIR / b))
        out += [
            (f"{a} -> {b}", part, f.a_text, f.b_text, f.id, str(f.status)) for f in result.formulas
        ]
    return out


def verdicts() -> dict[tuple[str, str | None, str | None], Judgement]:
    """(pair name, A's wording, B's wording) -> its judgement, with the reports judged later
    (``[[added]]``: ``pair`` names the pair as "A file -> B file")."""
    with (NOISE_DIR / "judged.toml").open("rb") as file:
        data = tomllib.load(file)
    judged = [
        (f"{pair['a']} -> {pair['b']}", report)
        for pair in data["pair"]
        for report in pair["reports"]
    ]
    judged += [(added["pair"], added) for added in data.get("added", ())]
    return {
        (name, report.get("a"), report.get("b")): Judgement(
            verdict=report["verdict"],
            kind=report.get("kind", ""),
            said=report.get("said", ""),
            fate=report.get("fate", ""),
            doubt=report.get("fate_doubt", False),
        )
        for name, report in judged
    }


def tuning_labels(
    keep: Callable[[dict[str, object]], bool],
) -> Iterator[tuple[int, str, str, Formula, str]]:
    """(pair index, A's file, B's file, report, label) of every judged report of the *tuning*
    pairs ``keep`` accepts, compared with this checkout's code; the label is ``noise``, ``right``
    (the judged fate, or none given, is the reported one) or ``wrong``. Aside pairs are never
    read. For the classifying scripts (en_noise_shapes.py, zh_noise_shapes.py)."""
    from readoutdiff import compare, load

    judgements = verdicts()
    for index, pair in enumerate(pairs()):
        if pair["aside"] or not keep(pair):
            continue
        a, b = str(pair["a"]), str(pair["b"])
        for f in compare(load(NOISE_DIR / a), load(NOISE_DIR / b)).formulas:
            judgement = judgements.get((f"{a} -> {b}", f.a_text, f.b_text))
            if judgement is None:
                continue
            right = judgement.fate in ("", f.status.value)
            label = "noise" if judgement.verdict == "noise" else ("right" if right else "wrong")
            yield index, a, b, f, label


def publisher_group(pair: str) -> str:
    """Name the group of a pair's publisher (``--by-publisher``).

    >>> publisher_group("x__2021-01-25__wh.txt -> x__2021-04-14__wh.txt")
    'American'
    >>> publisher_group("y__2022-05-24__mofa-jp.txt -> y__2022-07-07__mofa-jp.txt")
    'not American'
    """
    publisher = pair.split(" -> ", 1)[0].rsplit("__", 1)[-1].removesuffix(".txt")
    return GROUPS[publisher not in AMERICAN]


def of_batch(found: list[Report], batch: str) -> list[Report]:
    """The reports of the pairs a branch added as one batch (``batch`` of ``judged.toml``'s
    pair tables: "acc9" names the White House series of branch acc9)."""
    names = {f"{p['a']} -> {p['b']}" for p in pairs() if p.get("batch") == batch}
    return [r for r in found if r[0] in names]


def batches() -> list[str]:
    """The batch names ``judged.toml`` gives its pairs."""
    return sorted({str(p["batch"]) for p in pairs() if "batch" in p})


def of_group(found: list[Report], group: str) -> list[Report]:
    """The reports of the pairs whose publisher is in ``group``."""
    return [r for r in found if publisher_group(r[0]) == group]


def table(found: list[Report], label: str) -> list[str]:
    """One line per part: reports, noise (share of the judged ones), unjudged, kinds."""
    judged = verdicts()
    lines = []
    for part in (*PARTS, "all"):
        rows = [r for r in found if part in ("all", r[1])]
        seen = [judged.get((r[0], r[2], r[3])) for r in rows]
        noise = [v for v in seen if v and v[0] == "noise"]
        known = sum(v is not None for v in seen)
        share = f"{100 * len(noise) / known:5.1f} %" if known else "   - "
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(Counter(v[1] for v in noise).items()))
        lines.append(
            f"| {label} | {part} | {len(rows)} | {share} ({len(noise)}/{known}) "
            f"| {len(rows) - known} | {kinds} |"
        )
    return lines


def origin(formula_id: str) -> str:
    """The origin ``score_formulas.py --by-origin`` names: source, then the kind of entry
    ("builtin/reworded", "mined", "background")."""
    source = formula_id.split(":", 1)[0] if ":" in formula_id.split("/", 1)[0] else "builtin"
    kind = formula_id.split("#", 1)[0].rsplit("/", 1)[1] if "/" in formula_id else ""
    return f"{source}/{kind}" if kind else source


def by_origin(found: list[Report]) -> list[str]:
    """Reports and noise per origin, every part."""
    judged = verdicts()
    rows: dict[str, list[int]] = {}
    for r in found:
        row = rows.setdefault(origin(r[4]), [0, 0, 0])
        verdict = judged.get((r[0], r[2], r[3]))
        row[0] += 1
        row[1] += verdict is not None and verdict[0] == "noise"
        row[2] += verdict is None
    lines = ["| origin | reports | noise | unjudged |", "|---|---:|---:|---:|"]
    lines += [
        f"| {k} | {n} | {x} | {u} |"
        for k, (n, x, u) in sorted(rows.items(), key=lambda kv: -kv[1][0])
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="also score the src of this git revision, same run")
    parser.add_argument("--show-unjudged", action="store_true", help="list unjudged reports")
    parser.add_argument("--show-noise", action="store_true", help="list the tuning part's noise")
    parser.add_argument("--by-origin", action="store_true", help="reports and noise per origin")
    parser.add_argument(
        "--by-publisher", action="store_true", help="American and other publishers apart"
    )
    parser.add_argument(
        "--batch", choices=batches(), help="score only the pairs of this batch (judged.toml)"
    )
    parser.add_argument("--emit", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.emit:
        print(json.dumps(reports()))
        return 0
    found = reports()
    if args.batch:
        found = of_batch(found, args.batch)
    lines = [
        "| src | part | reports | noise | unjudged | noise by kind |",
        "|---|---|---:|---:|---:|---|",
    ]
    runs: list[tuple[str, list[Report]]] = []
    if args.base:
        before = [
            tuple(r) for r in json.loads(emitted(args.base, __file__, [], "score_noise", args.base))
        ]
        runs.append((args.base, of_batch(before, args.batch) if args.batch else before))
    runs.append(("this checkout", found))
    for label, rows in runs:
        lines += table(rows, label)
    if args.by_publisher:
        for label, rows in runs:
            lines += [
                line
                for group in GROUPS
                for line in table(of_group(rows, group), f"{label}, {group}")
            ]
    print("\n".join(lines))
    judged = verdicts()
    if args.by_origin:
        print("\n" + "\n".join(by_origin(found)))
    if args.show_unjudged:
        print("\nUnjudged:")
        print(
            "\n".join(
                f"- {r[0]}: {r[2]!r} -> {r[3]!r}" for r in found if (r[0], r[2], r[3]) not in judged
            )
        )
    if args.show_noise:
        print("\nNoise (tuning part):")
        for r in found:
            verdict = judged.get((r[0], r[2], r[3]))
            if r[1] == "tuning" and verdict and verdict[0] == "noise":
                print(f"- {verdict[1]}: {r[2]!r} -> {r[3]!r}  ({r[0]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
