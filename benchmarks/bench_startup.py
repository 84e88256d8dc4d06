"""Start-up: what a user waits for, one fresh process per run (the seed pair, real readouts).

Times, as wall clock of a new interpreter each run (best and median of N, the variants taking
turns so machine load hits them alike):

* ``readoutdiff --version`` and ``readoutdiff --help``: should load no engine;
* ``readoutdiff A B --format html -o FILE`` on the two samples (target: at most 0.5 s);
* the baseline, in the same run: a Python process that reads the same pair and writes
  ``difflib.HtmlDiff().make_file(...)``, the standard library's side-by-side HTML diff.

It prints the ratio of readoutdiff's HTML run to the baseline (target: at most 1.7), and the
modules imported by ``--version``. Run: ``python benchmarks/bench_startup.py [--runs N]``.

The processes run with byte-code writing on (``PYTHONDONTWRITEBYTECODE`` removed), as an
installed package has its ``.pyc`` files: the warm-up run writes them, the timed runs use them.
The standard library that the baseline uses always has them.
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
A = ROOT / "samples" / "2021-06-28-xi-putin.txt"
B = ROOT / "samples" / "2021-12-15-xi-putin.txt"
HTMLDIFF = (
    "import difflib, sys\n"
    "a = open(sys.argv[1], encoding='utf-8').read().splitlines()\n"
    "b = open(sys.argv[2], encoding='utf-8').read().splitlines()\n"
    "page = difflib.HtmlDiff(wrapcolumn=80).make_file(a, b, sys.argv[1], sys.argv[2])\n"
    "open(sys.argv[3], 'w', encoding='utf-8').write(page)\n"
)
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _variants(out: Path) -> dict[str, list[str]]:
    python = sys.executable
    return {
        "readoutdiff --version": [python, "-m", "readoutdiff", "--version"],
        "readoutdiff --help": [python, "-m", "readoutdiff", "--help"],
        "readoutdiff A B -f html": [
            python, "-m", "readoutdiff", str(A), str(B), "--format", "html", "-o", str(out / "r.html")
        ],
        "difflib.HtmlDiff (baseline)": [python, "-c", HTMLDIFF, str(A), str(B), str(out / "d.html")],
    }  # fmt: skip


def _time(command: list[str]) -> tuple[float, float]:
    """Return the wall and CPU (user + system) seconds of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def _modules_after_version() -> list[str]:
    probe = (
        "import sys\nfrom readoutdiff.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(len(sys.modules), ' '.join(sorted(m for m in sys.modules if 'readoutdiff' in m)))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return out.stdout.splitlines()[-1].split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each variant (default 9)")
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        variants = _variants(Path(folder))
        for command in variants.values():  # warm the file cache and byte-code, not the process
            _time(command)
        walls: dict[str, list[float]] = {name: [] for name in variants}
        cpus: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(runs):
            for name, command in variants.items():
                wall, cpu = _time(command)
                walls[name].append(wall)
                cpus[name].append(cpu)
    print(f"start-up over {runs} fresh processes each (seed pair: {A.name}, {B.name})")
    print(f"{'seconds':30} {'wall best':>9} {'median':>7} {'CPU best':>9} {'median':>7}")
    for name in variants:
        wall, cpu = walls[name], cpus[name]
        print(
            f"{name:30} {min(wall):9.3f} {statistics.median(wall):7.3f} "
            f"{min(cpu):9.3f} {statistics.median(cpu):7.3f}"
        )
    html, base = "readoutdiff A B -f html", "difflib.HtmlDiff (baseline)"
    for label, table in (("wall", walls), ("CPU", cpus)):
        ratio = statistics.median(table[html]) / statistics.median(table[base])
        best = min(table[html]) / min(table[base])
        print(
            f"ratio readoutdiff html / HtmlDiff, {label}: median {ratio:.2f}, best {best:.2f} "
            f"(target <= 1.7); readoutdiff median {statistics.median(table[html]):.3f} s "
            "(target <= 0.5 s)"
        )
    count, *loaded = _modules_after_version()
    print(f"--version imports {count} modules; readoutdiff's: {' '.join(loaded)}")


if __name__ == "__main__":
    main()
