"""Benchmark ``readoutdiff.compare`` on synthetic readout pairs with known ground truth.

For each size: generate a seeded pair (A, B), time ``compare`` (default options
and ``formulas=False``) and ``difflib.HtmlDiff().make_file`` on the same files,
each in a fresh process so peak memory is per measurement; score the
alignments against the ground truth; then time the CLI on the two samples and
print a markdown table and the targets with PASS or MISS.

    .venv/bin/python benchmarks/bench_compare.py --sizes 5k,50k
    .venv/bin/python benchmarks/bench_compare.py --examples 5 --profile 500k

This is a script, not a test: it never fails on a MISS.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from report import Row, Timed, print_report
from scoring import Predicted, score
from synthetic import SyntheticPair, synthetic_pair

from readoutdiff import from_text

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SIZES = {"5k": 5_000, "50k": 50_000, "500k": 500_000, "5m": 5_000_000}
"""Size labels and the characters per side they stand for."""


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark for the sizes asked and print the report."""
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    rows = []
    with tempfile.TemporaryDirectory(prefix="readoutdiff-bench-") as scratch:
        for label in args.sizes:
            rows.append(_run_size(label, args, Path(args.keep or scratch)))
    print(f"Code measured: {_code_version()}; seed {args.seed}\n")
    print_report(rows, cli_seconds=_time_cli(), total_seconds=time.perf_counter() - started)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=_sizes, default=list(SIZES), help="comma list of " + ",".join(SIZES)
    )
    parser.add_argument("--seed", type=int, default=20211215)
    parser.add_argument("--htmldiff-timeout", type=float, default=300.0, metavar="SECONDS")
    parser.add_argument("--compare-timeout", type=float, default=3600.0, metavar="SECONDS")
    parser.add_argument("--no-htmldiff", action="store_true", help="skip difflib.HtmlDiff")
    parser.add_argument(
        "--examples", type=int, default=0, metavar="N", help="print N misses of each kind"
    )
    parser.add_argument(
        "--profile", choices=list(SIZES), help="cProfile compare() at this size, in process"
    )
    parser.add_argument("--keep", metavar="DIR", help="write the generated a.txt/b.txt pairs here")
    return parser


def _sizes(text: str) -> list[str]:
    labels = [label.strip().lower() for label in text.split(",") if label.strip()]
    unknown = [label for label in labels if label not in SIZES]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown size {', '.join(unknown)}; choose from {', '.join(SIZES)}"
        )
    return labels


def _run_size(label: str, args: argparse.Namespace, folder: Path) -> Row:
    print(f"[{label}] generating ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    pair = synthetic_pair(SIZES[label], seed=args.seed)
    generate_seconds = time.perf_counter() - started
    a_path, b_path = _write(pair, folder / label)
    _check_segmentation(pair)
    repeats = 5 if SIZES[label] <= 50_000 else 3 if SIZES[label] <= 500_000 else 1
    print(f"[{label}] compare ...", file=sys.stderr, flush=True)
    common = ["compare", str(a_path), str(b_path), "--repeats", str(repeats)]
    compared = _measure([*common, "--alignments"], args.compare_timeout)
    engine = _measure([*common, "--no-formulas"], args.compare_timeout)
    htmldiff = None
    if not args.no_htmldiff:
        print(
            f"[{label}] HtmlDiff (limit {args.htmldiff_timeout:g} s) ...",
            file=sys.stderr,
            flush=True,
        )
        htmldiff = _measure(["htmldiff", str(a_path), str(b_path)], args.htmldiff_timeout)
    predicted = _predicted(compared)
    scores = score(pair.truth, predicted) if predicted is not None else None
    if args.examples and predicted is not None:
        from diagnosis import print_examples

        print_examples(label, pair, predicted, args.examples)
    if args.profile == label:
        from diagnosis import profile_compare

        profile_compare(pair)
    return Row(
        label=label, chars=(len(pair.a_text), len(pair.b_text)),
        sentences=(len(pair.a_sentences), len(pair.b_sentences)), generate_seconds=generate_seconds,
        compare=compared, engine=engine, htmldiff=htmldiff, scores=scores,
    )  # fmt: skip


def _write(pair: SyntheticPair, folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    a_path, b_path = folder / "a.txt", folder / "b.txt"
    a_path.write_text(pair.a_text, encoding="utf-8")
    b_path.write_text(pair.b_text, encoding="utf-8")
    return a_path, b_path


def _check_segmentation(pair: SyntheticPair) -> None:
    """Fail loudly if readoutdiff cuts the texts into other sentences than the truth assumes."""
    for side, text, expected in (
        ("A", pair.a_text, pair.a_sentences),
        ("B", pair.b_text, pair.b_sentences),
    ):
        found = tuple(sentence.text for sentence in from_text(text).sentences)
        if found != expected:
            at = next(
                (i for i, (x, y) in enumerate(zip(found, expected, strict=False)) if x != y), None
            )
            raise SystemExit(
                f"side {side}: segmentation differs from the generator at sentence {at}"
            )


def _measure(worker_args: list[str], timeout: float) -> Timed:
    """Run ``measure.py`` in a fresh interpreter; on timeout, stop it and say so."""
    command = [sys.executable, str(HERE / "measure.py"), *worker_args]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return Timed(seconds=time.perf_counter() - started, finished=False)
    if done.returncode != 0:
        raise SystemExit(f"measurement failed: {' '.join(worker_args)}\n{done.stderr}")
    report = json.loads(done.stdout)
    return Timed(
        seconds=report["seconds"], finished=True, peak_rss_mib=report["peak_rss_mib"], report=report
    )


def _predicted(compared: Timed) -> tuple[Predicted, ...] | None:
    if compared.report is None:
        return None
    return tuple(
        Predicted(status=status, a=tuple(a), b=tuple(b), moved=moved, score=value)
        for status, a, b, moved, value in compared.report["alignments"]
    )


def _code_version() -> str:
    """Name the commit measured, and say when src/ has uncommitted changes."""

    def git(*words: str) -> str:
        done = subprocess.run(
            ["git", "-C", str(REPO), *words], capture_output=True, text=True, check=False
        )
        return done.stdout.strip() if done.returncode == 0 else ""

    head = git("rev-parse", "--short", "HEAD") or "unknown commit"
    return head + (
        " + uncommitted changes in src/" if git("status", "--porcelain", "--", "src") else ""
    )


def _time_cli(runs: int = 5) -> float | str:
    """Return the median wall time of the CLI on the two samples, or why it cannot run."""
    executable = Path(sys.executable).parent / "readoutdiff"
    if not executable.exists():
        executable = REPO / ".venv" / "bin" / "readoutdiff"
    if not executable.exists():
        return "not available (no readoutdiff script in the venv)"
    samples = REPO / "samples"
    command = [
        str(executable),
        str(samples / "2021-06-28-xi-putin.txt"),
        str(samples / "2021-12-15-xi-putin.txt"),
    ]
    command += ["--format", "text"]
    trial = subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False
    )
    if trial.returncode not in (0, 1):
        last = (trial.stderr.strip().splitlines() or ["no message"])[-1]
        return f"not available (exit {trial.returncode}: {last[:120]})"
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - started)
    return sorted(times)[len(times) // 2]


if __name__ == "__main__":
    main()
