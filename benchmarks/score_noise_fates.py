"""Fates right on readouts outside the evaluation set (``eval/noise/``), judged by hand.

    python benchmarks/score_noise_fates.py [--other SRC]... [--base REV] [--by-publisher]
                                           [--show-wrong] [--batch NAME]

``score_noise.py`` says which reports are noise; this says whether each report judged a
formula has the right status. ``eval/noise/judged.toml`` holds, for every such report, its
``fate``: what its status should be, read from the two texts (persisted, changed, appeared,
dropped, or ``two``: a changed report whose wordings are two formulas), and ``fate_doubt`` on
the calls a second reader could make the other way. A report is right when the status it
gets equals its fate; the share is taken, as ``score_formulas.py`` takes its "fates right",
over the reports that are not noise. Per part (tuning, aside, all): reports judged formula,
fates right, then the share counting the doubtful calls the tool's way (a range, not a
second truth); then the wrong fates by kind ("said persisted, is changed").

``--other SRC`` (repeatable) scores the ``readoutdiff`` of another ``src`` folder in the same
run (another worktree's, or a checkout of an old tree); ``--base REV`` the ``src`` of a git
revision (``git archive``). Reports the list has not judged are counted, not scored: judge
them (``score_noise.py --show-unjudged``) before trusting the share. ``--show-wrong`` lists
the wrong fates of this checkout's tuning part only (the aside part is not studied).
``--by-publisher`` adds both tables for the American publishers' pairs and the others' apart
(``score_noise.publisher_group``). ``--batch NAME`` scores only the pairs of one batch, as
``score_noise.py --batch`` does.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from revision_src import emitted, emitted_from
from score_noise import (
    GROUPS,
    PARTS,
    Judgement,
    Report,
    batches,
    of_batch,
    of_group,
    reports,
    verdicts,
)

NOISE_SCRIPT = str(Path(__file__).resolve().parent / "score_noise.py")

Judged = dict[tuple[str, str | None, str | None], Judgement]


@dataclass
class Tally:
    """Fates of one part's reports."""

    formulas: int = 0
    """Reports judged formula that have a fate."""
    right: int = 0
    wrong: Counter[str] = field(default_factory=Counter)
    """Wrong fates by kind (see :func:`kind`)."""
    doubtful: Counter[str] = field(default_factory=Counter)
    """The wrong fates whose call is marked ``fate_doubt``, by kind."""
    noise: int = 0
    unjudged: int = 0
    """Reports the list lacks, or judged formula without a fate."""


def kind(status: str, fate: str) -> str:
    """Name a wrong fate.

    >>> kind("changed", "two")
    'said changed, is two formulas'
    >>> kind("persisted", "changed")
    'said persisted, is changed'
    """
    return f"said {status}, is {'two formulas' if fate == 'two' else fate}"


def tally(found: list[Report], judged: Judged) -> dict[str, Tally]:
    """Count the fates of ``found`` per part and for all."""
    tallies = {part: Tally() for part in (*PARTS, "all")}
    for pair, part, a, b, _, status in found:
        judgement = judged.get((pair, a, b))
        for t in (tallies[part], tallies["all"]):
            if judgement is not None and judgement.verdict == "noise":
                t.noise += 1
            elif judgement is None or not judgement.fate:
                t.unjudged += 1
            elif status == judgement.fate:
                t.formulas += 1
                t.right += 1
            else:
                t.formulas += 1
                t.wrong[kind(status, judgement.fate)] += 1
                t.doubtful[kind(status, judgement.fate)] += judgement.doubt
    return tallies


def _share(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f} % ({n}/{d})" if d else "  -  "


def fates_table(tallies: dict[str, Tally], label: str) -> list[str]:
    """One line per part: formula reports, fates right, the share with the doubtful calls
    counted the tool's way, noise and unjudged reports left out."""
    lines = []
    for part, t in tallies.items():
        lenient = t.right + sum(t.doubtful.values())
        lines.append(
            f"| {label} | {part} | {t.formulas} | {_share(t.right, t.formulas)} "
            f"| {_share(lenient, t.formulas)} | {t.noise} | {t.unjudged} |"
        )
    return lines


def kinds_table(tallies: dict[str, Tally], label: str) -> list[str]:
    """One line per kind of wrong fate: how many in each part, and how many of all are
    doubtful calls."""
    every = tallies["all"]
    return [
        f"| {label} | {k} | "
        + " | ".join(str(tallies[part].wrong[k]) for part in PARTS)
        + f" | {every.wrong[k]} | {every.doubtful[k]} |"
        for k, _ in sorted(every.wrong.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def wrong_list(found: list[Report], judged: Judged) -> list[str]:
    """The tuning part's wrong fates, one line each, with the judge's reason."""
    lines = []
    for pair, part, a, b, _, status in found:
        judgement = judged.get((pair, a, b))
        if part != "tuning" or judgement is None or judgement.verdict != "formula":
            continue
        if judgement.fate and status != judgement.fate:
            doubt = " (doubtful call)" if judgement.doubt else ""
            lines.append(f"- {kind(status, judgement.fate)}{doubt}: {a!r} -> {b!r}  ({pair})")
    return lines


def other_reports(args: argparse.Namespace) -> list[tuple[str, list[Report]]]:
    """(label, reports) for every ``--base`` and ``--other``, each scored in a child process."""
    runs = []
    for rev in args.base or ():
        out = emitted(rev, NOISE_SCRIPT, [], "score_noise_fates", rev)
        runs.append((rev, [tuple(r) for r in json.loads(out)]))
    for src in args.other or ():
        out = emitted_from(Path(src), NOISE_SCRIPT, [], "score_noise_fates", src)
        runs.append((src, [tuple(r) for r in json.loads(out)]))
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--other", action="append", metavar="SRC", help="also score this src")
    parser.add_argument("--base", action="append", metavar="REV", help="also score REV's src")
    parser.add_argument(
        "--by-publisher", action="store_true", help="American and other publishers apart"
    )
    parser.add_argument("--show-wrong", action="store_true", help="list the tuning part's")
    parser.add_argument(
        "--batch", choices=batches(), help="score only the pairs of this batch (judged.toml)"
    )
    args = parser.parse_args(argv)
    judged = verdicts()
    found = reports()
    runs = [*other_reports(args), ("this checkout", found)]
    if args.batch:
        runs = [(label, of_batch(rows, args.batch)) for label, rows in runs]
        found = of_batch(found, args.batch)
    if args.by_publisher:
        runs += [
            (f"{label}, {group}", of_group(rows, group)) for label, rows in runs for group in GROUPS
        ]
    tallies = [(label, tally(rows, judged)) for label, rows in runs]
    lines = [
        "| src | part | formula reports | fates right | right, doubtful calls the tool's way "
        "| noise | unjudged |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for label, t in tallies:
        lines += fates_table(t, label)
    lines += [
        "",
        "| src | wrong fate | tuning | aside | all | of them doubtful |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for label, t in tallies:
        lines += kinds_table(t, label)
    print("\n".join(lines))
    if args.show_wrong:
        print("\nWrong fates (tuning part):\n" + "\n".join(wrong_list(found, judged)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
