"""Start-up: what a user waits for, one fresh process per run (the seed pair, real readouts).

Times, as wall clock of a new interpreter each run (best and median of N, the variants taking
turns so machine load hits them alike):

* ``readoutdiff --version`` and ``readoutdiff --help``: should load no engine;
* ``readoutdiff A B --format html -o FILE`` on the two samples (target: at most 0.5 s), with
  the user's cache filled by the warm-up run (parsed lexicon, compiled templates), and the
  same with a new, empty cache each time (what the very first run on a machine pays);
* the baseline, in the same run: a Python process that reads the same pair and writes
  ``difflib.HtmlDiff().make_file(...)``, the standard library's side-by-side HTML diff.

It prints the ratio of readoutdiff's HTML run to the baseline (target: at most 1.7), the
ratio that a bare ``import typer`` process already has (its floor while a run imports typer;
a plain ``readoutdiff A B`` no longer does), the ratio of a process that only imports the
mandated libraries the run needs (rapidfuzz, diff_match_patch, jinja2: the floor of any run
that uses them; a bare interpreter is timed too), and the modules imported by ``--version``.
With ``--instructions`` it first counts each variant's instructions once under valgrind
(callgrind): a figure that load on a shared machine hardly moves, unlike seconds.
Run: ``python benchmarks/bench_startup.py [--runs N] [--other SRC] [--instructions]``.

The processes run with byte-code writing on (``PYTHONDONTWRITEBYTECODE`` removed), as an
installed package has its ``.pyc`` files: the warm-up run writes them, the timed runs use them.
The standard library that the baseline uses always has them.
"""

from __future__ import annotations

import argparse
import os
import re
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
HTML = "readoutdiff A B -f html"
OTHER = "  the same, --other src"
"""The HTML run of another checkout (``--other DIR``: its ``src`` folder), same interpreter."""
EMPTY = "  the same, empty cache"
"""The HTML run with a new, empty cache folder each time (see readoutdiff.cache_dir)."""
BARE = "python -c pass (floor)"
TYPER = "python, import typer (floor)"
"""What any Python CLI, and one built on typer, pays before its own code: the ratio's floors."""
DEPENDENCIES = "python + rapidfuzz, dmp, jinja2"
"""The mandated libraries a seed-pair HTML run needs (fuzzy matching, word diff, the page's
template engine) imported, no readoutdiff code: the floor of the ratio while the run uses them."""
IMPORTS = "import jinja2, diff_match_patch; from rapidfuzz import fuzz"


def _variants(out: Path, other: str | None) -> dict[str, list[str]]:
    python = sys.executable
    pair = [str(A), str(B), "--format", "html", "-o"]
    variants = {
        "readoutdiff --version": [python, "-m", "readoutdiff", "--version"],
        "readoutdiff --help": [python, "-m", "readoutdiff", "--help"],
        HTML: [python, "-m", "readoutdiff", *pair, str(out / "r.html")],
        EMPTY: [python, "-m", "readoutdiff", *pair, str(out / "e.html")],
    }
    if other:  # another checkout's src/ (say, main's), put first on the path, run as -m is
        code = (
            "import runpy, sys; sys.path.insert(0, sys.argv.pop(1)); "
            "runpy.run_module('readoutdiff', run_name='__main__', alter_sys=True)"
        )
        variants[OTHER] = [python, "-c", code, other, *pair, str(out / "o.html")]
    variants["difflib.HtmlDiff (baseline)"] = [
        python, "-c", HTMLDIFF, str(A), str(B), str(out / "d.html")
    ]  # fmt: skip
    variants[BARE] = [python, "-c", "pass"]
    variants[TYPER] = [python, "-c", "import typer"]
    variants[DEPENDENCIES] = [python, "-c", IMPORTS]
    return variants


def _time(command: list[str], cache: str | None = None) -> tuple[float, float]:
    """Return the wall and CPU (user + system) seconds of one fresh process.

    ``cache`` is the process's ``READOUTDIFF_CACHE_DIR``; ``None`` leaves the user's cache.
    """
    env = ENV if cache is None else {**ENV, "READOUTDIFF_CACHE_DIR": cache}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def _instructions(command: list[str], cache: str | None = None) -> int:
    """Return the instructions one fresh process executes, counted by valgrind's callgrind.

    Unlike seconds, the count hardly moves with machine load (hash seed fixed).
    """
    env = {**ENV, "PYTHONHASHSEED": "0"}
    if cache is not None:
        env["READOUTDIFF_CACHE_DIR"] = cache
    valgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    done = subprocess.run(
        [*valgrind, *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env=env, check=True,
    )  # fmt: skip
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count: {done.stderr[-300:]}")
    return int(found.group(1))


def _print_instructions(variants: dict[str, list[str]], folder: Path) -> None:
    counts = {
        name: _instructions(command, str(folder / "cache-valgrind") if name == EMPTY else None)
        for name, command in variants.items()
    }
    print("millions of instructions, one process each (valgrind --tool=callgrind)")
    for name, count in counts.items():
        print(f"{name:30} {count / 1e6:9.1f}")
    base = counts["difflib.HtmlDiff (baseline)"]
    print(
        f"ratio readoutdiff html / HtmlDiff, instructions: {counts[HTML] / base:.2f} "
        f"(target <= 1.7); floors: typer imported {counts[TYPER] / base:.2f}, "
        f"the mandated dependencies imported {counts[DEPENDENCIES] / base:.2f}"
    )


def _modules_after_version() -> list[str]:
    probe = (
        "import sys\nfrom readoutdiff.cli.entry import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(len(sys.modules), ' '.join(sorted(m for m in sys.modules if 'readoutdiff' in m)))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return out.stdout.splitlines()[-1].split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each variant (default 9)")
    parser.add_argument("--other", help="also time the HTML run of this src/ folder (a baseline)")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count each variant's instructions once under valgrind (steady under load)",
    )
    args = parser.parse_args()
    runs = args.runs
    with tempfile.TemporaryDirectory() as folder:
        variants = _variants(Path(folder), args.other)
        for command in variants.values():  # warm the file cache and byte-code, not the process
            _time(command)
        if args.instructions:
            _print_instructions(variants, Path(folder))
        walls: dict[str, list[float]] = {name: [] for name in variants}
        cpus: dict[str, list[float]] = {name: [] for name in variants}
        for run in range(runs):
            for name, command in variants.items():
                fresh = str(Path(folder) / f"cache-{run}") if name == EMPTY else None
                wall, cpu = _time(command, fresh)
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
    html, base = HTML, "difflib.HtmlDiff (baseline)"
    for label, table in (("wall", walls), ("CPU", cpus)):
        ratio = statistics.median(table[html]) / statistics.median(table[base])
        best = min(table[html]) / min(table[base])
        print(
            f"ratio readoutdiff html / HtmlDiff, {label}: median {ratio:.2f}, best {best:.2f} "
            f"(target <= 1.7); readoutdiff median {statistics.median(table[html]):.3f} s "
            "(target <= 0.5 s)"
        )
    for name, what in ((TYPER, "typer"), (DEPENDENCIES, "rapidfuzz, diff_match_patch and jinja2")):
        floor = statistics.median(cpus[name]) / statistics.median(cpus[base])
        print(f"floor of the CPU ratio with {what} imported (no readoutdiff code): {floor:.2f}")
    count, *loaded = _modules_after_version()
    print(f"--version imports {count} modules; readoutdiff's: {' '.join(loaded)}")


if __name__ == "__main__":
    main()
