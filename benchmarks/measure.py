"""Measure one thing in a fresh process, so its peak memory is its own; print JSON.

Run by ``bench_compare.py``, one process per size and measurement:

    python measure.py compare A.txt B.txt [--no-formulas] [--repeats N] [--alignments]
    python measure.py htmldiff A.txt B.txt

Times are wall-clock seconds from :func:`time.perf_counter` (and, for
``compare``, CPU seconds from :func:`time.process_time`, which other load on
the machine disturbs less); memory is the
process's peak resident set (``ru_maxrss``) in MiB, so it includes the
interpreter, the two texts and everything the measured call allocates.
"""

from __future__ import annotations

import argparse
import difflib
import json
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any


def peak_rss_mib() -> float:
    """Return this process's peak resident set size so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_compare(
    a_path: Path, b_path: Path, *, formulas: bool, repeats: int, alignments: bool
) -> dict[str, Any]:
    """Read both files with ``from_text`` and time ``compare`` ``repeats`` times."""
    from readoutdiff import Options, compare, from_text

    started = time.perf_counter()
    a = from_text(a_path.read_text(encoding="utf-8"), path=a_path.name)
    b = from_text(b_path.read_text(encoding="utf-8"), path=b_path.name)
    ingest_seconds = time.perf_counter() - started
    rss_before = peak_rss_mib()
    options = Options(formulas=formulas)
    times, cpu_times = [], []
    for _ in range(repeats):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = compare(a, b, options=options)
        times.append(time.perf_counter() - started)
        cpu_times.append(time.process_time() - cpu_started)
    report: dict[str, Any] = {
        "seconds": statistics.median(times), "times": times, "ingest_seconds": ingest_seconds,
        "cpu_seconds": statistics.median(cpu_times),
        "rss_before_mib": rss_before, "peak_rss_mib": peak_rss_mib(),
    }  # fmt: skip
    if alignments:
        report["alignments"] = [
            [x.status.value, [s.index for s in x.a], [s.index for s in x.b], x.moved, x.score]
            for x in result.alignments
        ]
    return report


def measure_htmldiff(a_path: Path, b_path: Path) -> dict[str, Any]:
    """Time ``difflib.HtmlDiff().make_file`` on the files' lines, as a user would diff them."""
    a_lines = a_path.read_text(encoding="utf-8").splitlines()
    b_lines = b_path.read_text(encoding="utf-8").splitlines()
    started = time.perf_counter()
    page = difflib.HtmlDiff().make_file(a_lines, b_lines)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_rss_mib": peak_rss_mib(), "html_chars": len(page)}


def main(argv: list[str]) -> None:
    """Parse the worker's arguments, measure, and print one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("compare", "htmldiff"))
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--no-formulas", action="store_true")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument(
        "--alignments", action="store_true", help="also print the alignments, as indices"
    )
    args = parser.parse_args(argv)
    if args.what == "htmldiff":
        report = measure_htmldiff(args.a, args.b)
    else:
        report = measure_compare(
            args.a,
            args.b,
            formulas=not args.no_formulas,
            repeats=args.repeats,
            alignments=args.alignments,
        )
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
