"""Which Python functions run the byte-code of one step of ``readoutdiff A B --format json``:
each function's opcodes counted while that step runs (``sys.settrace`` with per-opcode events).

The count is exact and the same on every run (``PYTHONHASHSEED=0``), whatever the machine's load, where a CPU profile
of a step moves by a third between runs on the shared machine and ``cProfile``'s overhead
weighs a function by its calls; callgrind (``cli_phases.py`` maps the CPU) counts every
instruction but names only C functions. An opcode is no fixed cost (a call or a dict store
costs more than a local load), and work done in C (regular expressions, hashing, joins)
counts one opcode for its call: read the figures with callgrind's C side, as sp86 did
(benchmarks/README.md).

The steps run in one process in the command's order (``cli/entry.py``, ``cli/diff_run.py``:
the collector off, the regex cache preloaded, the cache folder in use, ``run_options``,
``load`` A and B, ``compare``, the JSON streamed); only the chosen step is traced. The
corpus is ``bench_formulas.py``'s (one sentence a line) unless two readouts are given.

Run: ``python benchmarks/step_opcodes.py [--seed 10] [--step compare] [--top 30] [A B]``
(``READOUTDIFF_CACHE_DIR`` as the command reads it; a first run fills the caches, as the
command's first run does, so count on the second).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import bench_formulas

STEPS = ("run_options", "load A", "load B", "compare", "JSON")
"""The steps that can be traced, in the command's order."""

Tracer = Callable[[FrameType, str, Any], Any]


def counted(counts: Counter[str]) -> Tracer:
    """A ``sys.settrace`` function adding each opcode run to ``counts`` under its function
    (``file:name``, the file by its path below ``readoutdiff/`` or its base name; a
    comprehension, generator expression or lambda by its first line too: ``<listcomp>@229``)."""

    def tracer(frame: FrameType, event: str, arg: Any) -> Tracer:
        frame.f_trace_opcodes = True
        code = frame.f_code
        path = code.co_filename.replace(os.sep, "/")
        where = path.split("/readoutdiff/", 1)[1] if "/readoutdiff/" in path else Path(path).name
        name = code.co_name
        if name.startswith("<") and name != "<module>":  # which comprehension: its line too
            name = f"{name}@{code.co_firstlineno}"
        key = f"{where}:{name}"

        def local(frame: FrameType, event: str, arg: Any) -> Tracer:
            if event == "opcode":
                counts[key] += 1
            return local

        return local

    return tracer


def opcodes(a: str, b: str, step: str) -> Counter[str]:
    """Each function's opcodes during ``step`` of the command's run on readouts ``a`` and
    ``b`` (see the module's text)."""
    if step not in STEPS:
        raise ValueError(f"step: one of {', '.join(STEPS)}")
    gc.disable()
    from readoutdiff.cache_dir import from_environment, used
    from readoutdiff.cli import regex_cache

    cache = from_environment(os.environ)
    regex_cache.preload(cache, "diff")
    from readoutdiff.cli.shared import run_options
    from readoutdiff.compare import compare
    from readoutdiff.ingest import load
    from readoutdiff.render.jsonout import json_stream

    counts: Counter[str] = Counter()
    tracer = counted(counts)

    def traced(name: str, run: Callable[[], Any]) -> Any:
        if name != step:
            return run()
        sys.settrace(tracer)
        try:
            return run()
        finally:
            sys.settrace(None)

    with used(cache):
        options = traced("run_options", lambda: run_options(None, False, False, False))
        first = traced("load A", lambda: load(a, max_bytes=16 << 20))
        second = traced("load B", lambda: load(b, max_bytes=16 << 20))
        comparison = traced("compare", lambda: compare(first, second, options=options))
        with open(os.devnull, "w", encoding="utf-8") as sink:
            traced("JSON", lambda: sink.writelines(json_stream(comparison)))
    regex_cache.save(cache)  # as the command does: the next run finds every pattern made
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("readouts", nargs="*", metavar="A B", help="two readouts (else a corpus)")
    parser.add_argument("--seed", type=int, default=10, help="corpus seed (default %(default)s)")
    parser.add_argument("--size", type=int, default=500_000, help="corpus characters a side")
    parser.add_argument("--step", choices=STEPS, default="compare")
    parser.add_argument("--top", type=int, default=30, help="functions listed")
    args = parser.parse_args(argv)
    if len(args.readouts) not in (0, 2):
        parser.error("give two readouts, or none for the corpus")
    with tempfile.TemporaryDirectory() as folder:
        paths = args.readouts or bench_formulas.corpus_files(folder, args.size, args.seed)
        counts = opcodes(paths[0], paths[1], args.step)
    total = sum(counts.values())
    print(f"{args.step}: {total:,} opcodes in {len(counts)} functions")
    for key, count in counts.most_common(args.top):
        print(f"{count:11,} {100 * count / total:5.1f} %  {key}")


if __name__ == "__main__":
    main()
