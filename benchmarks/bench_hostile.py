"""Time the real CLI on hostile inputs: endless streams, huge and degenerate readouts.

Each case runs ``python -m readoutdiff`` in a fresh process and reports its wall time, its CPU
time (user + system, which other load on the machine disturbs less) and its peak resident set.
The first case is the baseline: the two sample readouts, compared the same way, in the same run.

Targets (issue 14): ``/dev/zero`` refused within a few seconds; a 16 MB readout under 30 s
and under 1 GB; two near-identical 2 MB single-line readouts under 30 s; 100k one-word lines
and every stream past the limit bounded by the input's size.

    python benchmarks/bench_hostile.py                 # every case
    python benchmarks/bench_hostile.py --only 2mb      # the cases whose name contains "2mb"
    python benchmarks/bench_hostile.py --only repeated --other /tmp/q/start43/src --timeout 300
                                                       # before/after: each case run by both trees

The "repeated" cases are one sample readout said over and over (rev29): B made of it to 16 MB
against the other sample ran for hours before between.py's ``Alone`` (every swap read every
unpaired sentence); ``--timeout`` stops a run (printed as "timeout", exit status -9).
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


def _repeated(megabytes: int) -> Callable[[Path], list[str]]:
    """One sample readout said over and over to ``megabytes`` MB (just under), against the
    other sample: tens of thousands of sentences no aligned pair holds, each the same few."""

    def build(folder: Path) -> list[str]:
        path = folder / f"repeated{megabytes}.txt"
        text = SAMPLES[1].read_text(encoding="utf-8")
        copies = (megabytes * MEGABYTE - 1) // len(text.encode("utf-8"))
        path.write_text(text * copies, encoding="utf-8")
        return [str(SAMPLES[0]), str(path)]

    return build


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
    Case("sample vs it repeated to 4 MB", _repeated(4), 0, "linear"),
    Case("sample vs it repeated to 8 MB", _repeated(8), 0, "linear"),
    Case("sample vs it repeated to 16 MB", _repeated(16), 0, "< 60 s, < 1 GB (was hours)"),
)


def run(
    arguments: list[str], source: str | None = None, timeout: float | None = None
) -> tuple[int, float, float, float, str]:
    """Run the CLI (of the tree whose ``src`` is ``source``, else this one's); return its status,
    wall seconds, CPU seconds, peak MiB and first error line. Past ``timeout`` seconds the run
    is killed (status -9)."""
    command = [sys.executable, "-m", "readoutdiff", *arguments, "--format", "json"]
    environment = dict(os.environ)
    if source is not None:
        environment["PYTHONPATH"] = source
    started = time.perf_counter()
    with open(os.devnull, "wb") as null, tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdout=null, stderr=errors, env=environment)
        while True:  # wait4 (not Popen.wait) to read the child's resource use
            pid, status, usage = os.wait4(process.pid, os.WNOHANG if timeout else 0)
            if pid:
                break
            if timeout and time.perf_counter() - started > timeout:
                process.kill()
                timeout = None
            else:
                time.sleep(0.05)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        error = errors.read().decode("utf-8", "replace")
    cpu = usage.ru_utime + usage.ru_stime
    return process.returncode, seconds, cpu, usage.ru_maxrss / 1024, error.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run only cases whose name contains this")
    parser.add_argument(
        "--other", metavar="SRC", help="also run each case by this checkout's src (before/after)"
    )
    parser.add_argument(
        "--timeout", type=float, metavar="S", help="kill a run after S seconds (status -9)"
    )
    options = parser.parse_args()
    trees: list[tuple[str, str | None]] = [("", None)]
    if options.other:
        trees = [("other: ", options.other), ("this: ", None)]
    print(f"{'case':<44} {'status':>6} {'wall s':>8} {'CPU s':>7} {'peak MiB':>9}  target")
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as temporary:
        folder = Path(temporary)
        for case in CASES:
            if options.only and options.only not in case.name and not case.name.startswith("base"):
                continue
            for label, source in trees:
                arguments = case.build(folder)  # again for each tree: a FIFO is read once
                status, seconds, cpu, peak, error = run(arguments, source, options.timeout)
                verdict = "" if status == case.status else f"  UNEXPECTED (wanted {case.status})"
                if status == -9 and options.timeout:
                    verdict = "  timeout: killed"
                name = label + case.name
                print(
                    f"{name:<44} {status:>6} {seconds:>8.2f} {cpu:>7.2f} {peak:>9.0f}  "
                    f"{case.target}{verdict}",
                    flush=True,
                )
                if status == 2 or (verdict and status != -9):
                    print(f"{'':<44} {error.splitlines()[-1] if error else ''}")


if __name__ == "__main__":
    main()
