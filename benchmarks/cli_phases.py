"""The whole ``readoutdiff A B --format json`` run at 500 KB, in CPU milliseconds by phase, next
to ``difflib.HtmlDiff().make_file`` on the same files (the issue-10 point-7 ratio that
``bench_formulas.py --cli-only`` prints): where the CLI's seconds go outside ``compare()``.

Each run is a fresh process doing the command's steps in its order (``cli/entry.py``,
``cli/diff_run.py``: the collector off, the regex cache preloaded, the diff path's imports,
``run_options``, each ``load``, ``compare``, the JSON streamed to standard output, the regex
cache saved, ``os._exit``), with the process's CPU time (user + system, ``getrusage``) read
between steps; "start-up" is the CPU spent before the first line (the interpreter, ``site``).
The command itself is timed in the same turns (CPU of the child) as a check that the steps
add up to it. Each figure is the best of ``--runs`` runs, the variants taking turns; the
corpus is ``bench_formulas.py``'s (one sentence a line, seeds ``--seeds``).

Run: ``python benchmarks/cli_phases.py [--seeds 10,1,2] [--runs 3] [--other SRC]``
(``--other``: another checkout's ``src``, mapped in the same turns).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile

import bench_formulas

PROBE = """
import resource, sys
def _cpu():
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime
marks = [("start-up", _cpu())]
import gc
gc.disable()
import os
from readoutdiff.cache_dir import from_environment, used
from readoutdiff.cli import regex_cache
cache = from_environment(os.environ)
regex_cache.preload(cache, "diff")
marks.append(("entry, regex preload", _cpu()))
from readoutdiff.cli import diff_run, fast
from readoutdiff.cli.output import write_stdout
from readoutdiff.cli.shared import run_options
from readoutdiff.compare import compare
from readoutdiff.ingest import load
from readoutdiff.render.jsonout import json_stream
marks.append(("the diff path's imports", _cpu()))
with used(cache):
    options = run_options(None, False, False, False)
    marks.append(("run_options", _cpu()))
    a = load(sys.argv[1], max_bytes=16 << 20)
    marks.append(("load A", _cpu()))
    b = load(sys.argv[2], max_bytes=16 << 20)
    marks.append(("load B", _cpu()))
    comparison = compare(a, b, options=options)
    marks.append(("compare()", _cpu()))
    write_stdout(json_stream(comparison))
    marks.append(("JSON written", _cpu()))
regex_cache.save(cache)
marks.append(("regex cache saved", _cpu()))
import json
sys.stderr.write(json.dumps(marks))
sys.stderr.flush()
os._exit(0)
"""
"""The command's steps with a CPU mark after each (``python -c PROBE A B``); the marks go to
standard error as JSON (``json`` is imported by the regex cache anyway)."""


def phases(paths: list[str], env: dict[str, str]) -> dict[str, float]:
    """CPU seconds of each step of one probe run, in order."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *paths],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True, env=env,
    )  # fmt: skip
    marks = json.loads(done.stderr)
    steps = {marks[0][0]: marks[0][1]}
    for (_, before), (name, after) in zip(marks, marks[1:], strict=False):
        steps[name] = after - before
    return steps


def best(runs: list[dict[str, float]]) -> dict[str, float]:
    """Each step's shortest time over ``runs`` (a step's best, not the best run's)."""
    return {name: min(run[name] for run in runs) for name in runs[0]}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=bench_formulas._seeds, default=(10, 1, 2))
    parser.add_argument("--runs", type=int, default=3, help="runs of each (default %(default)s)")
    parser.add_argument("--size", type=int, default=500_000, help="characters a side")
    parser.add_argument("--other", metavar="SRC", help="another checkout's src, mapped too")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        ours, other = bench_formulas.cli_envs(folder, args.other)
        variants = [("this tree", ours)] + ([(args.other, other)] if other else [])
        for seed in args.seeds:
            paths = bench_formulas.corpus_files(folder, args.size, seed)
            command = [sys.executable, "-m", "readoutdiff", *paths, "--format", "json"]
            for _, env in variants:  # byte-code and caches written first, as after a first run
                subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=env)
            mapped: list[list[dict[str, float]]] = [[] for _ in variants]
            whole: list[list[float]] = [[] for _ in variants]
            html: list[float] = []
            htmldiff = [sys.executable, "-c", bench_formulas._HTMLDIFF, *paths]
            for _ in range(args.runs):
                for number, (_, env) in enumerate(variants):
                    mapped[number].append(phases(paths, env))
                    whole[number].append(bench_formulas._child_cpu(command, env))
                html.append(bench_formulas._child_cpu(htmldiff))
            print(f"seed {seed}: HtmlDiff().make_file {1000 * min(html):.1f} ms CPU "
                  f"(best of {args.runs})")  # fmt: skip
            for (label, _), runs, cli in zip(variants, mapped, whole, strict=True):
                steps = best(runs)
                listed = ", ".join(f"{name} {1000 * took:.1f}" for name, took in steps.items())
                print(f"  {label}: {listed}; steps {1000 * sum(steps.values()):.1f} ms, the "
                      f"command {1000 * min(cli):.1f} ms, ratio {min(cli) / min(html):.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
