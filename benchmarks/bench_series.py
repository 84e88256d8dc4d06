"""Time ``readoutdiff series`` and its peak memory on 50, 100 and 200 generated readouts of ~5 KB.

Each readout is derived from the one before as successive readouts are: most sentences kept,
some reworded, dropped, moved or added, formulas coming and going. Every size runs in a fresh
process (``--one``), so each peak resident set is its own; the target is under 20 s for 200
readouts on two cores, with memory flat as the series grows (only the timeline is kept of each
comparison). With ``--html`` the run also writes the timeline with inline pair reports, whose
text is kept (about 50 KB a pair) until the page is written.

    python benchmarks/bench_series.py                 # sizes 50, 100, 200
    python benchmarks/bench_series.py --sizes 20 --html
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

FORMULAS = (
    "core interests", "true multilateralism", "a community with a shared future for mankind",
    "the comprehensive strategic partnership of coordination for a new era", "practical cooperation",
    "the one-China principle", "a multipolar world", "the Global Security Initiative",
    "mutual respect and win-win cooperation", "the Belt and Road Initiative",
    "people-to-people exchanges", "high-quality development", "strategic mutual trust",
)  # fmt: skip
CHURN = 0.25
"""Share of sentences dropped, and share reworded, from one readout to the next."""
SUBJECTS = ("Xi Jinping", "The two heads of state", "The Chinese side", "The Russian side",
            "Both sides", "Putin", "The two leaders", "The foreign ministers")  # fmt: skip
VERBS = ("stressed that the two countries should uphold", "agreed to strengthen coordination on",
         "said that the two sides will deepen", "expressed readiness to advance",
         "noted the importance of", "reaffirmed support for", "called for joint efforts on")  # fmt: skip
TOPICS = ("energy", "agriculture", "finance", "connectivity", "aerospace", "the digital economy",
          "public health", "education", "culture", "tourism", "trade", "infrastructure",
          "climate change", "food security", "regional stability", "the Arctic route",
          "scientific research", "local government exchanges", "youth exchanges", "sports")  # fmt: skip


def sentence(rng: random.Random) -> str:
    """Return one readout-like sentence, sometimes carrying a formula."""
    topics = ", ".join(rng.sample(TOPICS, rng.randint(2, 4)))
    formula = f" in the spirit of {rng.choice(FORMULAS)}" if rng.random() < 0.35 else ""
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} cooperation in {topics}{formula}."


def first_readout(rng: random.Random, target: int) -> list[str]:
    lines: list[str] = []
    while sum(len(line) + 1 for line in lines) < target:
        lines.append(sentence(rng))
    return lines


def next_readout(rng: random.Random, lines: list[str], target: int) -> list[str]:
    """Keep most sentences; reword, drop, move and add some, back to about ``target`` chars."""
    kept = [line for line in lines if rng.random() > CHURN]
    for index in rng.sample(range(len(kept)), k=int(len(kept) * CHURN)):
        kept[index] = kept[index].replace(rng.choice(TOPICS), rng.choice(TOPICS), 1)
    if len(kept) > 4:
        kept.insert(rng.randrange(len(kept)), kept.pop(rng.randrange(len(kept))))
    while sum(len(line) + 1 for line in kept) < target:
        kept.insert(rng.randrange(len(kept) + 1), sentence(rng))
    return kept


def write_series(folder: Path, count: int, *, seed: int = 20211215, size: int = 5000) -> None:
    rng = random.Random(seed)
    lines = first_readout(rng, size)
    day = date(2013, 3, 22)
    for _ in range(count):
        title = f"Xi Jinping Holds Talks with Russian President Vladimir Putin ({day:%d %B %Y})"
        text = f"{title}\n\nOn {day:%B %-d, %Y}, President Xi Jinping met Putin.\n" + "\n".join(
            lines
        )
        (folder / f"{day.isoformat()}-talks.txt").write_text(text + "\n", encoding="utf-8")
        lines = next_readout(rng, lines, size)
        day += timedelta(days=rng.randint(20, 60))


def run_one(count: int, html: bool) -> dict[str, float]:
    """Generate ``count`` readouts, run the series command on them in this process, measure."""
    from readoutdiff.cli import main

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        inputs = folder / "readouts"
        inputs.mkdir()
        write_series(inputs, count)
        args = [
            "series",
            str(inputs),
            "--json",
            str(folder / "s.json"),
            "--csv",
            str(folder / "s.csv"),
        ]
        args += ["--html", str(folder / "s.html")] if html else []
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started, cpu = time.perf_counter(), time.process_time()
        sys.stdout = open(folder / "summary.txt", "w", encoding="utf-8")  # noqa: SIM115
        try:
            main(args)
        except SystemExit as exit_:
            assert exit_.code in (0, None), exit_.code
        finally:
            sys.stdout.close()
            sys.stdout = sys.__stdout__
        formulas = len(json.loads((folder / "s.json").read_text(encoding="utf-8"))["formulas"])
        return {
            "readouts": count, "seconds": round(time.perf_counter() - started, 2),
            "cpu_seconds": round(time.process_time() - cpu, 2), "formulas": formulas,
            "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "peak_before_mib": round(rss_before, 1),
        }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="50,100,200", help="numbers of readouts, comma-separated"
    )
    parser.add_argument("--html", action="store_true", help="also write the HTML timeline (inline)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.one:
        print(json.dumps(run_one(options.one, options.html)))
        return
    print(
        f"{'readouts':>8} {'seconds':>8} {'cpu s':>7} {'formulas':>8} {'peak MiB':>9} (before run)"
    )
    for count in (int(size) for size in options.sizes.split(",")):
        command = [sys.executable, __file__, "--one", str(count)] + (
            ["--html"] if options.html else []
        )
        result = json.loads(
            subprocess.run(command, capture_output=True, text=True, check=True).stdout
        )
        print(
            f"{result['readouts']:>8} {result['seconds']:>8.2f} {result['cpu_seconds']:>7.2f} "
            f"{result['formulas']:>8} {result['peak_mib']:>9.1f} ({result['peak_before_mib']:.1f})"
        )


if __name__ == "__main__":
    main()
