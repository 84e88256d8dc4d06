"""Benchmark pairing by meaning: model load, per-sentence cost, cold runs with and without it.

Prints, each measured in a fresh process (best of ``--repeat``):

* the embedding model's load time (import, tokenizer, weights, first encode), once with an
  empty cache (the first run, which also writes the cache entry) and then from the cache
  (see ``readoutdiff.meaning_cache``); every run uses a fresh cache folder of its own;
* the cost per sentence of embedding once loaded;
* cold CLI runs: two English readouts (the samples) without ``--meaning``
  (the baseline: no model loaded), the same with ``--meaning``, and two
  readouts of about 40 sentences in English and Chinese (translations of the
  same calls, from ``eval/bilingual``), where pairing by meaning is on by itself.

    .venv/bin/python benchmarks/bench_meaning.py --repeat 3

This is a script, not a test: it prints figures and never fails.
"""

from __future__ import annotations

import argparse
import os
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
import os, time
started = time.perf_counter()
from readoutdiff.cache_dir import from_environment, use
from readoutdiff.meaning import model
use(from_environment(os.environ))  # as the command line does
model()
print(time.perf_counter() - started)
"""
PER_SENTENCE = """
import os, time
from readoutdiff.cache_dir import from_environment, use
from readoutdiff.ingest import load
from readoutdiff.meaning import model, embed
use(from_environment(os.environ))
model()
texts = [s.text for s in load({path!r}).sentences] + [s.text for s in load({other!r}).sentences]
texts = [f"{{t}} ({{n}})" for n in range(4) for t in texts]  # distinct texts, no cache hits
started = time.perf_counter()
embed(texts)
print((time.perf_counter() - started) / len(texts), len(texts))
"""


ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
"""Environment of every timed process: byte-code written, as an installed package has it;
READOUTDIFF_CACHE_DIR is set in main()."""


def best(command: list[str], repeat: int) -> float:
    """Best wall time of ``command`` over ``repeat`` fresh processes."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, check=False, capture_output=True, cwd=ROOT, env=ENV)
        times.append(time.perf_counter() - started)
    return min(times)


def python(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT, env=ENV
    ).stdout.strip()


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeat", type=int, default=3, help="fresh processes per figure (best kept)"
    )
    args = parser.parse_args()
    cli = [sys.executable, "-m", "readoutdiff"]
    with tempfile.TemporaryDirectory() as folder:
        ENV["READOUTDIFF_CACHE_DIR"] = str(Path(folder) / "cache")
        first_load = float(python(LOAD))  # empty cache: the library loads, the entry is written
        load_time = min(float(python(LOAD)) for _ in range(args.repeat))
        a, b, a_size, b_size = bilingual_pair(Path(folder))
        cost, count = python(PER_SENTENCE.format(path=a, other=b)).split()
        rows = [
            (
                "samples, en–en (baseline, no model)",
                best([*cli, *SAMPLES, "-o", "/dev/null"], args.repeat),
            ),
            (
                "samples, en–en --meaning",
                best([*cli, *SAMPLES, "--meaning", "-o", "/dev/null"], args.repeat),
            ),
            (
                f"en–zh translations, {a_size}+{b_size} sentences",
                best([*cli, a, b, "-o", "/dev/null"], args.repeat),
            ),
            (
                f"en–zh, {a_size}+{b_size} sentences, --no-mining",
                best([*cli, a, b, "--no-mining", "-o", "/dev/null"], args.repeat),
            ),
        ]
    print(
        "model load (import + tokenizer + weights + first encode): "
        f"{first_load:.2f} s with an empty cache (first run), {load_time:.2f} s from the cache"
    )
    print(f"per sentence once loaded: {float(cost) * 1000:.1f} ms ({count} sentences in one batch)")
    print()
    print("| cold CLI run | seconds |")
    print("| --- | ---: |")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} |")
    print()
    print(
        f"target: cross-language run of two ~40-sentence readouts ≤ 2 s: {'PASS' if rows[2][1] <= 2 else 'MISS'}"
    )


if __name__ == "__main__":
    main()
