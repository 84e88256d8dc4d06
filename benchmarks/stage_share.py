"""The formula stage's share of ``compare()`` on the real-sentence corpus, measured steadily.

On a shared machine the CPU seconds of one call swing by a third with the load of others, and
a share taken as the difference of two such figures (``compare()`` with and without formulas,
each the best of a few calls) swung by ten points or more from run to run. Here the formula
stage is timed *inside* each ``compare()`` call: ``readoutdiff.formulas.track`` (the one call
``compare()`` makes into the stage) is wrapped with a CPU clock, and each call's share is the
stage's seconds over the call's seconds. Both figures come from the same call, so a busy moment
inflates both, and the median over many calls hardly moves (about ±1 point from run to run).

Every timed call is the first comparison of the corpus pair in a fresh interpreter, as in a
``readoutdiff A B`` process: the interpreter first compares the two readouts of ``samples/`` (a
different real pair: the lexicon matcher, compiled patterns and what else a process builds once),
then reads the corpus pair (built once by the parent and written to a temporary folder) and
times one ``compare()`` with formulas and one without (the old with-minus-without figure, a
cross-check). Until the fourteenth session the warm-up compared *the measured pair itself* and
each process timed several calls of it: every memo of a pure function of a word or a phrase
(``wording.strip``, ``lines._key``, ``most_kept._told`` …) was warm with the very words measured,
which a user's single run never finds; ``--same-pair`` measures that way still, for figures of
earlier sections. ``--other SRC`` measures another checkout's ``src`` the same way, its
processes taking turns with ours.

``--instructions`` counts instructions instead, under valgrind's callgrind (slow: minutes at
500 KB): one ``compare()`` after the same warm-up, cut at the stage's entry and exit. The count
does not depend on the load at all; it weighs every instruction alike (a cache miss costs
nothing).

Before the measured call the collector runs once in full (``gc.collect()``), so that every
tree starts it with the collector's counts at zero. ``compare()`` collects nothing while it
runs (``cache_dir.collecting_later``), and the collection its end sets off was young, middle or
full depending on how many objects everything before it had made: imports, the warm-up, one
module more in a merge. A full one walks the whole heap (6.5 M instructions at 50 KB) and went
into the measured call of one tree but not of another (branch sp37). The command line itself
collects nothing at all (``cli.entry``).

    .venv/bin/python benchmarks/stage_share.py [--sizes 50k,500k] [--other SRC] [--instructions]
        [--same-pair]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "samples"
ROUNDS = {50_000: 30, 500_000: 15}
"""Timed ``compare()`` calls per size and checkout: one fresh process each (``--same-pair``:
spread over the processes of ``PROCESSES``)."""
PROCESSES = {50_000: 3, 500_000: 5}
"""``--same-pair`` only: fresh processes per checkout and size, taking turns."""


@dataclass
class Shares:
    """Per timed call: CPU seconds of ``compare()``, of the formula stage inside it, and of a
    ``compare()`` without formulas of the same pair in the same process."""

    full: list[float] = field(default_factory=list)
    stage: list[float] = field(default_factory=list)
    plain: list[float] = field(default_factory=list)

    def inside(self) -> list[float]:
        return [stage / full for stage, full in zip(self.stage, self.full, strict=True)]

    def share(self) -> float:
        """Median share of the stage in a call (the figure the target is checked on)."""
        return statistics.median(self.inside())

    def difference(self) -> float:
        """The older figure: median with minus median without formulas, over median with."""
        full, plain = statistics.median(self.full), statistics.median(self.plain)
        return (full - plain) / full


def measure(
    size: int, src: str | None = None, rounds: int | None = None, same_pair: bool = False
) -> Shares:
    """Time the formula stage in ``compare()`` at ``size`` bytes per side, one src or ours."""
    return measure_both(size, [src], rounds, same_pair)[0]


def measure_both(
    size: int, srcs: list[str | None], rounds: int | None = None, same_pair: bool = False
) -> list[Shares]:
    """The same for several checkouts (``None``: this one), their processes taking turns."""
    rounds = rounds or ROUNDS.get(size, 9)
    processes = min(rounds, PROCESSES.get(size, 3)) if same_pair else rounds
    results = [Shares() for _ in srcs]
    with tempfile.TemporaryDirectory() as folder:
        write_corpus(size, Path(folder))
        for part in range(processes):
            count = rounds // processes + (part < rounds % processes)
            args = ["--child", folder, str(count), "same" if same_pair else "samples"]
            for src, result in zip(srcs, results, strict=True):
                found = json.loads(_child(src, args).stdout)
                result.full += found["full"]
                result.stage += found["stage"]
                result.plain += found["plain"]
    return results


def instructions(size: int, src: str | None = None, same_pair: bool = False) -> tuple[int, int]:
    """Instructions of one ``compare()`` after a warm-up, and of the formula stage in it."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        write_corpus(size, Path(folder))
        valgrind = [
            "valgrind", "--tool=callgrind", "--dump-before=sched_yield",
            f"--callgrind-out-file={out}",
        ]  # fmt: skip
        mode = "same" if same_pair else "samples"
        _child(src, ["--child-marked", folder, mode], valgrind, seed=True)
        parts = sorted(Path(folder).glob("callgrind.out.*"), key=lambda p: int(p.suffix[1:]))
        # Dumps: up to the call; the call up to the stage; the stage; the rest of the call.
        counts = [_total(part) for part in parts]
    if len(counts) != 4:
        raise SystemExit(f"expected 4 callgrind dumps, got {len(counts)}")
    return sum(counts[1:]), counts[2]


def _total(dump: Path) -> int:
    for line in dump.read_text(encoding="utf-8").splitlines():
        if line.startswith("totals:"):
            return int(line.split()[1])
    raise SystemExit(f"no totals in {dump}")


def _child(
    src: str | None, args: list[str], prefix: list[str] | None = None, seed: bool = False
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
    if seed:
        env["PYTHONHASHSEED"] = "0"
    command = [*(prefix or []), sys.executable, str(Path(__file__).resolve()), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, check=True)


def write_corpus(size: int, folder: Path) -> None:
    """Write the corpus pair of ``size`` bytes per side as ``a.txt`` and ``b.txt``."""
    sys.path.insert(0, str(HERE))
    import real_corpus

    for name, text in zip(("a.txt", "b.txt"), real_corpus.build(size), strict=True):
        (folder / name).write_bytes(text.encode())  # bytes: no newline translated


def _pair(size: int):  # type: ignore[no-untyped-def]
    """The corpus pair of ``size`` bytes per side, as readouts."""
    sys.path.insert(0, str(HERE))
    import real_corpus

    from readoutdiff.ingest import from_text

    a_text, b_text = real_corpus.build(size)
    return from_text(a_text), from_text(b_text)


def warm_up() -> None:
    """Compare the samples' pair: what a process builds once, on another pair than the one
    measured (the lexicon matcher, compiled patterns; no memo of the measured words)."""
    from readoutdiff.compare import compare
    from readoutdiff.ingest import load

    compare(load(SAMPLES / "2021-06-28-xi-putin.txt"), load(SAMPLES / "2021-12-15-xi-putin.txt"))


def _warmed_pair(folder: str, mode: str):  # type: ignore[no-untyped-def]
    """The corpus pair read from ``folder``, after the warm-up ``mode`` names."""
    from readoutdiff.compare import compare
    from readoutdiff.ingest import from_text

    if mode == "samples":
        warm_up()  # first, so that the pair is the last text segmented, as in a run
    pair = tuple(from_text((Path(folder) / f"{n}.txt").read_bytes().decode()) for n in "ab")
    if mode == "same":
        compare(*pair)
    gc.collect()  # the collector's counts from zero: see the module's last paragraph
    return pair


def _run_child(folder: str, rounds: int, mode: str) -> None:
    """Print the CPU seconds of ``rounds`` calls as JSON (see :class:`Shares`)."""
    from readoutdiff import formulas
    from readoutdiff.compare import compare
    from readoutdiff.model import Options

    pair = _warmed_pair(folder, mode)
    track = formulas.track
    spent = [0.0]

    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        started = time.process_time()
        try:
            return track(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - started

    formulas.track = timed  # compare() looks the stage up on the module at each call
    found: dict[str, list[float]] = {"full": [], "stage": [], "plain": []}
    for _ in range(rounds):
        spent[0] = 0.0
        started = time.process_time()
        compare(*pair)
        found["full"].append(time.process_time() - started)
        found["stage"].append(spent[0])
        started = time.process_time()
        compare(*pair, options=Options(formulas=False))
        found["plain"].append(time.process_time() - started)
    print(json.dumps(found))


def _run_marked(folder: str, mode: str) -> None:
    """One ``compare()`` after a warm-up, with ``sched_yield`` calls at its start and end and
    at the stage's entry and exit: callgrind (``--dump-before=sched_yield``) dumps its counts
    there."""
    from readoutdiff import formulas
    from readoutdiff.compare import compare

    pair = _warmed_pair(folder, mode)
    track = formulas.track

    def marked(*args, **kwargs):  # type: ignore[no-untyped-def]
        os.sched_yield()
        try:
            return track(*args, **kwargs)
        finally:
            os.sched_yield()

    formulas.track = marked
    os.sched_yield()
    compare(*pair)
    os.sched_yield()


def report(size: int, shares: Shares, label: str = "") -> str:
    inside = shares.inside()
    share = shares.share()
    return (
        f"real sentences {size // 1000} KB per side{label}: formula stage {100 * share:.1f} % of "
        f"compare() ({'PASS' if share <= 0.30 else 'MISS'} <= 30 %; median of {len(inside)} calls, "
        f"range {100 * min(inside):.1f}-{100 * max(inside):.1f} %); compare "
        f"{1000 * statistics.median(shares.full):.0f} ms, stage "
        f"{1000 * statistics.median(shares.stage):.0f} ms, without formulas "
        f"{1000 * statistics.median(shares.plain):.0f} ms (with minus without: "
        f"{100 * shares.difference():.1f} %)"
    )


def _sizes(text: str) -> list[int]:
    return [int(float(s.lower().rstrip("k")) * 1000) for s in text.split(",")]


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _run_child(sys.argv[2], int(sys.argv[3]), sys.argv[4])
        return
    if sys.argv[1:2] == ["--child-marked"]:
        _run_marked(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="50k,500k", help="bytes per side, e.g. 50k,500k")
    parser.add_argument("--other", help="also measure this src/ folder (a baseline)")
    parser.add_argument("--instructions", action="store_true", help="count under callgrind")
    parser.add_argument(
        "--same-pair", action="store_true",
        help="warm up on the measured pair and time several calls a process (the figures "
        "before the fourteenth session)",
    )  # fmt: skip
    args = parser.parse_args()
    srcs: list[str | None] = [None, args.other] if args.other else [None]
    labels = ["", " (--other)"] if args.other else [""]
    for size in _sizes(args.sizes):
        for label, shares in zip(
            labels, measure_both(size, srcs, None, args.same_pair), strict=True
        ):
            print(report(size, shares, label), flush=True)
        if args.instructions:
            for src, label in zip(srcs, labels, strict=True):
                total, stage = instructions(size, src, args.same_pair)
                print(f"  instructions{label}: compare {total / 1e6:.1f} M, formula stage "
                      f"{stage / 1e6:.1f} M: {100 * stage / total:.1f} %", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
