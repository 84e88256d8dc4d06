"""Count English noise by the step of the formula stage that made each report (nz12).

    python benchmarks/en_noise_steps.py [--list] [--min N]

Three yardsticks the tool was tuned on least, each judged as its own scorer judges:

* ``young``: the English young dev pairs of ``eval/formulas`` (``score_formulas.py --split
  young``),
* ``tuning``: the English pairs of ``eval/outside``'s tuning part (the aside never read),
* ``judged``: the English tuning pairs of ``eval/noise`` (``judged.toml``; aside never read).

A report's step is the first of its chain (:func:`readoutdiff.formulas.origins.origins`,
``lonely.link.standing>kept_core`` counts under ``lonely.link.standing``): the step that linked
or found it, not one that rewrote its extent later. Each row gives the reports, the right
ones, the noise and the series and publishers the noise stands in (a step whose noise
stands in one series is a text's quirk; one across many series and publishers is the step's).
Held-out and fresh pairs are never read.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from formula_eval import Pair, judge, language_of, load_pairs, verdict
from score_formulas import SETS, report_of

from readoutdiff import compare, load
from readoutdiff.formulas.origins import origins
from readoutdiff.model import Formula


def first_step(chain: str) -> str:
    """The step that made a report, its chain's first (``"by_sides.fate>carried"`` ->
    ``"by_sides.fate"``); ``"(none)"`` for a report made outside every traced step.

    >>> first_step("lonely.link.standing>kept_core")
    'lonely.link.standing'
    """
    return chain.split(">", 1)[0] or "(none)"


def publisher_of(file_name: str) -> str:
    """The publisher a readout file names last (``x__2021-01-25__wh.txt`` -> ``wh``).

    >>> publisher_of("biden-suga__2021-04-16__wh.txt")
    'wh'
    """
    return file_name.rsplit("__", 1)[-1].removesuffix(".txt")


def english(set_name: str, split: str) -> list[Pair]:
    """The English pairs of ``set_name``'s ``split``."""
    return [p for p in load_pairs(SETS[set_name], split=split) if language_of(p) == "en"]


def yardstick(pairs: Iterable[Pair], of: Callable[[Formula], str]) -> Iterator[list[str]]:
    """[series, publisher, step, label, wordings] of every report on ``pairs``, judged as
    score_formulas.py judges them (``of``: the steps of a report, :func:`origins`)."""
    for pair in pairs:
        comparison = compare(load(pair.a_path), load(pair.b_path))
        reports = [report_of(comparison, f, of(f)) for f in comparison.formulas]
        for judged in judge(pair, reports).judged:
            report = judged.report
            label = {"wrong fate": "wrong"}.get(said := verdict(judged), said)
            yield [pair.name.split("__", 1)[0], publisher_of(pair.a_path.name),
                   first_step(report.step), label,
                   _wordings(report.status, report.a, report.b)]  # fmt: skip


def judged_batches(of: Callable[[Formula], str]) -> Iterator[list[str]]:
    """The same for every judged report on the English tuning pairs of ``eval/noise``."""
    from score_noise import tuning_labels

    def in_english(pair: dict[str, object]) -> bool:
        return not str(pair["a"]).endswith(("__cctv.txt", "__kremlin.txt"))

    for _, a, _, f, label in tuning_labels(in_english):
        wordings = _wordings(f.status.value, f.a_text, f.b_text)
        yield [a.split("__", 1)[0], publisher_of(a), first_step(of(f)), label, wordings]


def _wordings(status: str, a: str | None, b: str | None) -> str:
    return f"{status} {a!r} -> {b!r}"


def rows() -> dict[str, list[list[str]]]:
    """The judged reports of each yardstick, read within one :func:`origins` block each."""
    found: dict[str, list[list[str]]] = {}
    with origins() as of:
        found["young"] = list(yardstick(english("formulas", "young"), of))
    with origins() as of:
        found["tuning"] = list(yardstick(english("outside", "dev"), of))
    with origins() as of:
        found["judged"] = list(judged_batches(of))
    return found


def table(found: dict[str, list[list[str]]], least: int) -> list[str]:
    """The step table: per step and yardstick reports / right / noise, then the noise's
    distinct series and publishers over the three; steps with fewer than ``least`` reports in
    all are summed on one line."""
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    series: dict[str, set[str]] = defaultdict(set)
    publishers: dict[str, set[str]] = defaultdict(set)
    for name, reports in found.items():
        for who, publisher, step, label, _ in reports:
            cell = counts[step][name]
            cell[0] += 1
            cell[1] += label == "right"
            cell[2] += label == "noise"
            if label == "noise":
                series[step].add(f"{name}:{who}")
                publishers[step].add(publisher)
    lines = ["| step | young: reports / right / noise | tuning | judged | noise % | series | publishers |",
             "|---|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    total = {s: sum(c[0] for c in counts[s].values()) for s in counts}
    small = [0, 0]
    for step in sorted(counts, key=lambda s: (-total[s], s)):
        noise = sum(c[2] for c in counts[step].values())
        if total[step] < least:
            small[0] += total[step]
            small[1] += noise
            continue
        cells = [
            "{} / {} / {}".format(*counts[step][n]) if n in counts[step] else "0 / 0 / 0"
            for n in found
        ]
        lines.append(
            f"| {step} | {' | '.join(cells)} | {100 * noise / total[step]:.1f} % "
            f"| {len(series[step])} | {len(publishers[step])} |"
        )
    lines.append(
        f"| (steps under {least} reports) | {small[0]} reports, {small[1]} noise | | | | | |"
    )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list every noise report by step")
    parser.add_argument("--min", type=int, default=5, help="fewest reports of a step's own row")
    args = parser.parse_args()
    found = rows()
    print("\n".join(table(found, args.min)))
    if args.list:
        for name, reports in found.items():
            for who, publisher, step, label, wordings in sorted(reports, key=lambda r: r[2]):
                if label == "noise":
                    print(f"  {name:6s} {step:28s} {who} ({publisher}): {wordings}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
