"""Benchmark pairing by meaning: model load, per-sentence cost, cold runs with and without it.

Prints, each figure over ``--runs`` fresh processes (best and median, wall and CPU seconds):

* the embedding model's load time (import, tokenizer, weights, first encode), with an empty
  cache (the first run on a machine, which also writes the cache entry) and from the cache
  (see ``readoutdiff.align.meaning_cache``);
* the cost per sentence of embedding once loaded;
* cold CLI runs: two English readouts (the samples) without ``--meaning`` (the baseline: no
  model loaded), the same with ``--meaning``, and two readouts of about 40 sentences in
  English and Chinese (translations of the same calls, from ``eval/bilingual``), where
  pairing by meaning is on by itself: from the cache, and with a new empty cache folder each
  run (the first cross-language run on a machine). ``--other DIR`` also times both
  with another checkout's ``src`` folder (say, main's), as a baseline measured in the same run.

The variants run in turns (one process of each per round), so that a change in the load of
the machine falls on all of them alike.

    .venv/bin/python benchmarks/bench_meaning.py --runs 5 [--other /path/to/main/src]

This is a script, not a test: it prints figures and never fails.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [
    str(ROOT / "samples" / name) for name in ("2021-06-28-xi-putin.txt", "2021-12-15-xi-putin.txt")
]
TRANSLATIONS = ("2017-10-25", "2018-03-09", "2018-12-29", "2018-05-08")
LOAD = """
import os
from readoutdiff.cache_dir import from_environment, use
from readoutdiff.align.meaning import model
use(from_environment(os.environ))  # as the command line does
model()
"""
PER_SENTENCE = """
import os, time
from readoutdiff.cache_dir import from_environment, use
from readoutdiff.ingest import load
from readoutdiff.align.meaning import model, embed
use(from_environment(os.environ))
model()
texts = [s.text for s in load({path!r}).sentences] + [s.text for s in load({other!r}).sentences]
texts = [f"{{t}} ({{n}})" for n in range(4) for t in texts]  # distinct texts, no cache hits
started = time.perf_counter()
embed(texts)
print((time.perf_counter() - started) / len(texts), len(texts))
"""
OTHER = "import sys; sys.path.insert(0, sys.argv.pop(1)); from readoutdiff.cli import main; main()"
OTHER_SRC = "--other src"
"""Marks a variant run with the other checkout: its own cache (model entries of different
formats would replace each other)."""
EMPTY = "empty cache"
"""Marks a variant that gets a new, empty cache folder in each run."""
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
"""Environment of every timed process: byte-code written, as an installed package has it."""


def run(command: list[str], cache: Path) -> tuple[float, float]:
    """Return the wall and CPU (user + system, children included) seconds of one process."""
    env = {**ENV, "READOUTDIFF_CACHE_DIR": str(cache)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def bilingual_pair(folder: Path) -> tuple[str, str, int, int]:
    """Write ~40-sentence English and Chinese readouts from the translation pairs; return paths, sizes."""
    from readoutdiff.ingest import load

    english, chinese = [], []
    for date in TRANSLATIONS:
        for path in sorted((ROOT / "eval" / "bilingual").glob(f"xi-trump__{date}__*.txt")):
            if path.name.endswith("__wh.txt"):
                continue
            (chinese if "zh" in path.name else english).append(path.read_text(encoding="utf-8"))
    a, b = folder / "en.txt", folder / "zh.txt"
    a.write_text("\n\n".join(english), encoding="utf-8")
    b.write_text("\n\n".join(chinese), encoding="utf-8")
    return str(a), str(b), len(load(str(a)).sentences), len(load(str(b)).sentences)


def variants(folder: Path, other: str | None) -> tuple[dict[str, list[str]], tuple[str, str]]:
    """The timed commands by row name (a name with EMPTY in it runs on a new cache each time),
    and the two ~40-sentence readouts."""
    python, cli = sys.executable, [sys.executable, "-m", "readoutdiff"]
    a, b, a_size, b_size = bilingual_pair(folder)
    pair, out = f"en–zh translations, {a_size}+{b_size} sentences", ["-o", os.devnull]
    rows = {
        f"model load, {EMPTY} (first run)": [python, "-c", LOAD],
        "model load, from the cache": [python, "-c", LOAD],
        "samples, en–en (baseline, no model)": [*cli, *SAMPLES, *out],
        "samples, en–en --meaning": [*cli, *SAMPLES, "--meaning", *out],
        pair: [*cli, a, b, *out],
        f"{pair}, --no-mining": [*cli, a, b, "--no-mining", *out],
        f"{pair}, {EMPTY} (first run)": [*cli, a, b, *out],
    }
    if other:
        rows[f"  the same, {EMPTY}, {OTHER_SRC}"] = [python, "-c", OTHER, other, a, b, *out]
        rows[f"{pair}, {OTHER_SRC}"] = [python, "-c", OTHER, other, a, b, *out]
    return rows, (a, b)


def measure(
    rows: dict[str, list[str]], folder: Path, runs: int
) -> dict[str, list[tuple[float, float]]]:
    """Time every row ``runs`` times, one process of each row per round."""

    def shared(name: str) -> Path:
        return folder / ("cache-other" if OTHER_SRC in name else "cache")

    for name, command in rows.items():  # fill the shared caches, byte-code and file cache
        if EMPTY not in name:
            run(command, shared(name))
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in rows}
    for round_ in range(runs):
        for number, (name, command) in enumerate(rows.items()):
            cache = folder / f"empty-{round_}-{number}" if EMPTY in name else shared(name)
            times[name].append(run(command, cache))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="processes per row (default 5)")
    parser.add_argument("--other", help="also time the first run with this src/ folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        rows, (a, b) = variants(folder, args.other)
        times = measure(rows, folder, args.runs)
        env = {**ENV, "READOUTDIFF_CACHE_DIR": str(folder / "cache")}
        cost, count = subprocess.run(
            [sys.executable, "-c", PER_SENTENCE.format(path=a, other=b)],
            check=True, capture_output=True, text=True, cwd=ROOT, env=env,
        ).stdout.split()  # fmt: skip
    load = os.getloadavg()
    print(f"{args.runs} fresh processes per row, load average {load[0]:.1f} {load[1]:.1f}")
    print(f"per sentence once loaded: {float(cost) * 1000:.1f} ms ({count} sentences in one batch)")
    print()
    print("| seconds | wall best | wall median | CPU best | CPU median |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, pairs in times.items():
        walls, cpus = [w for w, _ in pairs], [c for _, c in pairs]
        print(
            f"| {name} | {min(walls):.2f} | {statistics.median(walls):.2f} "
            f"| {min(cpus):.2f} | {statistics.median(cpus):.2f} |"
        )
    print()
    for name in rows:
        if name.startswith("en–zh") and not name.endswith(("--no-mining", OTHER_SRC)):
            median = statistics.median(w for w, _ in times[name])
            verdict = "PASS" if median <= 2 else "MISS"
            print(f"target ≤ 2 s, {name}: wall median {median:.2f} s {verdict}")


if __name__ == "__main__":
    main()
