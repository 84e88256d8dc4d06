"""Time the real CLI on hostile inputs: endless streams, huge and degenerate readouts.

Each case runs ``python -m readoutdiff`` in a fresh process and reports its wall time, its CPU
time (user + system, which other load on the machine disturbs less) and its peak resident set.
The first case is the baseline: the two sample readouts, compared the same way, in the same run.

Targets (issue 14): ``/dev/zero`` refused within a few seconds; a 16 MB readout under 30 s
and under 1 GB; two near-identical 2 MB single-line readouts under 30 s; 100k one-word lines
and every stream past the limit bounded by the input's size.

    python benchmarks/bench_hostile.py                 # every case
    python benchmarks/bench_hostile.py --only 2mb      # the cases whose name contains "2mb"
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = (ROOT / "samples/2021-06-28-xi-putin.txt", ROOT / "samples/2021-12-15-xi-putin.txt")
MEGABYTE = 1024 * 1024
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import synthetic_pair  # noqa: E402
from vocabulary import build_vocabulary  # noqa: E402


@dataclass(frozen=True)
class Case:
    """One hostile input: how to build its arguments in a folder, and what the run must give."""

    name: str
    build: Callable[[Path], list[str]]
    status: int
    target: str


def _baseline(folder: Path) -> list[str]:
    return [str(SAMPLES[0]), str(SAMPLES[1])]


def _dev_zero(folder: Path) -> list[str]:
    return ["/dev/zero", str(SAMPLES[0])]


def _stream_past_limit(folder: Path) -> list[str]:
    """A FIFO fed 20 MB by ``cat`` (as ``<(cat big.txt)`` would be): refused at 16 MB."""
    big = folder / "big20.txt"
    _fill(big, 20 * MEGABYTE)
    fifo = folder / "fifo"
    os.mkfifo(fifo)
    subprocess.Popen(f"cat {big} > {fifo} 2>/dev/null", shell=True)
    return [str(fifo), str(SAMPLES[0])]


def _sixteen_megabytes(folder: Path) -> list[str]:
    """A 16 MB readout against its own edited copy (both just under the 16 MB limit)."""
    pair = synthetic_pair(16 * MEGABYTE - 400 * 1024, seed=14)
    a, b = folder / "a16.txt", folder / "b16.txt"
    a.write_text(pair.a_text[: 16 * MEGABYTE - 1], encoding="utf-8")
    b.write_text(pair.b_text[: 16 * MEGABYTE - 1], encoding="utf-8")
    return [str(a), str(b)]


def _sixteen_against_sample(folder: Path) -> list[str]:
    a = folder / "a16.txt"
    if not a.exists():
        _sixteen_megabytes(folder)
    return [str(a), str(SAMPLES[1])]


def _two_megabyte_lines(folder: Path) -> list[str]:
    """Two single-line readouts of 2 MB with no sentence end inside, a few words apart."""
    rng = random.Random(14)
    vocabulary = build_vocabulary(rng)
    words: list[str] = []
    size = 0
    while size < 2 * MEGABYTE - 100:
        word = vocabulary.content_word(rng) if rng.random() < 0.5 else vocabulary.function_word(rng)
        words.append(word)
        size += len(word) + 1
    a_words = list(words)
    for position in range(0, len(words), len(words) // 20):  # 20 edits spread along the line
        words[position] = "changed"
    a, b = folder / "line-a.txt", folder / "line-b.txt"
    a.write_text(" ".join(a_words) + "\n", encoding="utf-8")
    b.write_text(" ".join(words) + "\n", encoding="utf-8")
    return [str(a), str(b)]


def _one_word_lines(folder: Path) -> list[str]:
    """100,000 lines of one word each, against a copy with every 100th word changed."""
    rng = random.Random(14)
    vocabulary = build_vocabulary(rng)
    words = [vocabulary.content_word(rng) for _ in range(100_000)]
    a, b = folder / "words-a.txt", folder / "words-b.txt"
    a.write_text("\n".join(words) + "\n", encoding="utf-8")
    b.write_text(
        "\n".join(w if n % 100 else "changed" for n, w in enumerate(words)) + "\n", "utf-8"
    )
    return [str(a), str(b)]


def _boilerplate_lines(folder: Path) -> list[str]:
    """A readout of two sentences and 4 MB of site furniture, one short line each (466k ignored
    lines): numbering each ignored line by counting from the top made this quadratic."""
    path = folder / "boilerplate.txt"
    lines = ("Print\n", "Share\n", "Back to top\n", "Home > News\n")
    count = 4 * MEGABYTE // (sum(map(len, lines)) // len(lines))
    body = "".join(lines[n % len(lines)] for n in range(count))
    path.write_text("Leaders met on June 28, 2021. They agreed.\n" + body, encoding="utf-8")
    return [str(path), str(SAMPLES[1])]


def _fill(path: Path, size: int) -> None:
    line = (
        "The two sides agreed to deepen practical cooperation in trade, energy and connectivity.\n"
    )
    path.write_text(line * (size // len(line) + 1), encoding="utf-8")


CASES = (
    Case("baseline: the two samples", _baseline, 0, ""),
    Case("/dev/zero", _dev_zero, 2, "exit 2 within a few seconds"),
    Case("FIFO fed 20 MB", _stream_past_limit, 2, "exit 2, memory bounded by the limit"),
    Case("16 MB vs 16 MB edited copy", _sixteen_megabytes, 0, "< 30 s, < 1 GB"),
    Case("16 MB vs a sample", _sixteen_against_sample, 0, "< 30 s, < 1 GB"),
    Case("2 MB single lines, near-identical", _two_megabyte_lines, 0, "< 30 s"),
    Case("100k one-word lines", _one_word_lines, 0, "bounded by input size"),
    Case("4 MB of boilerplate lines vs a sample", _boilerplate_lines, 0, "linear (was quadratic)"),
)


def run(arguments: list[str]) -> tuple[int, float, float, float, str]:
    """Run the CLI; return its status, wall seconds, CPU seconds, peak MiB and first error line."""
    command = [sys.executable, "-m", "readoutdiff", *arguments, "--format", "json"]
    started = time.perf_counter()
    with open(os.devnull, "wb") as null:
        process = subprocess.Popen(command, stdout=null, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        error = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
        process.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return process.returncode, seconds, cpu, usage.ru_maxrss / 1024, error.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run only cases whose name contains this")
    options = parser.parse_args()
    print(f"{'case':<36} {'status':>6} {'wall s':>8} {'CPU s':>7} {'peak MiB':>9}  target")
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as temporary:
        folder = Path(temporary)
        for case in CASES:
            if options.only and options.only not in case.name and not case.name.startswith("base"):
                continue
            arguments = case.build(folder)
            status, seconds, cpu, peak, error = run(arguments)
            verdict = "" if status == case.status else f"  UNEXPECTED (wanted {case.status})"
            print(
                f"{case.name:<36} {status:>6} {seconds:>8.2f} {cpu:>7.2f} {peak:>9.0f}  "
                f"{case.target}{verdict}"
            )
            if status == 2 or verdict:
                print(f"{'':<36} {error.splitlines()[-1] if error else ''}")


if __name__ == "__main__":
    main()
