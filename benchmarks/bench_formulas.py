"""Benchmark formula tracking on synthetic readout pairs with known formula fates.

Each built-in formula that contains no other one is given one fate: kept, reworded to a
known variant, replaced by another formula in the same slot (successor), governed by a
different verb phrase (context change), removed (its sentence dropped or the formula cut
out) or added. Filler sentences of plain words, lightly edited on B's side, make up the
rest of each readout. Mined formulas are not scored (the filler is random).

Prints precision and recall per status at 5 KB per side (20 pairs pooled) and 500 KB per
side, and the time formula tracking adds to compare() at 500 KB. Then, on text built from real
readout sentences (``real_corpus.py``), the formula stage's share of compare() at 50 KB and
500 KB and the whole CLI against ``difflib.HtmlDiff`` at 500 KB (see :func:`real_sentences`).

    .venv/bin/python benchmarks/bench_formulas.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from readoutdiff.compare import compare
from readoutdiff.formulas.lexicon.lexicon import Entry, builtin
from readoutdiff.formulas.words.phrases import key
from readoutdiff.ingest import from_text
from readoutdiff.model import FormulaSource, Options

FATES = ("keep", "variant", "successor", "context", "remove", "add")
SUBJECTS = ("The two sides", "Both leaders", "The presidents", "The two heads of state")
GOVERNORS = (
    "reaffirmed their support for", "spoke highly of", "agreed to uphold", "stressed the value of",
    "pledged to promote", "called for greater attention to",
)  # fmt: skip
NEW_GOVERNORS = ("announced an end to", "voiced doubts about", "set aside", "warned against")
PLAIN = """harvest river bridge grain port rail steel textile museum archive festival orchard
valley harbor tunnel ferry market season garden village mountain desert coastline meadow
lantern carpet pottery bakery theater library stadium airport canal forest lake island
weather rainfall snow spring autumn winter summer morning evening ceremony banquet parade
concert student teacher farmer engineer doctor nurse painter writer chef pilot sailor
visited discussed praised reviewed toured opened welcomed noted examined admired described
quiet bright northern southern eastern western ancient modern busy rural urban coastal
local annual weekly fresh wooden golden silver green blue""".split()


CLI_RUNS = 2
"""Runs of each process per seed for the whole-CLI ratio, taking turns."""
SEEDS = (10, 1, 2, 3, 4, 5, 6)
"""Corpus seeds of the whole-CLI ratio: ``real_corpus``'s default first."""


def pool() -> list[Entry]:
    """Built-in formulas with a Latin-script wording that contains no other formula."""
    entries = [e for e in builtin().entries if e.text.isascii() and len(key(e.text)) >= 2]
    keys = {e.id: {key(w) for w in e.wordings} for e in builtin().entries}

    def inside(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
        return any(big[i : i + len(small)] == small for i in range(len(big) - len(small) + 1))

    def tangled(e: Entry) -> bool:
        return any(
            inside(mine, theirs) or inside(theirs, mine)
            for other, wordings in keys.items()
            if other != e.id
            for mine in keys[e.id]
            for theirs in wordings
        )

    return [e for e in entries if not tangled(e)]


def filler(rng: random.Random) -> str:
    words = rng.sample(PLAIN, rng.randint(8, 14))
    return f"{rng.choice(SUBJECTS)} {' '.join(words)}."


def edit(rng: random.Random, sentence: str) -> str:
    words = sentence.rstrip(".").split()
    words[-1 - rng.randrange(3)] = rng.choice(PLAIN)
    return " ".join(words) + "."


def build(rng: random.Random, entries: list[Entry], fillers: int, copies: int):
    """Return A text, B text and the expected {status: ids} of the scored formulas."""
    truth: dict[str, set[str]] = defaultdict(set)
    chosen = entries[:]
    rng.shuffle(chosen)
    spare = chosen[len(chosen) * 5 // 6 :]  # successors come from here, unused elsewhere
    items: list[tuple[str | None, str | None]] = [
        (s, edit(rng, s) if rng.random() < 0.3 else s)
        for s in (filler(rng) for _ in range(fillers))
    ]
    for number, entry in enumerate(chosen[: len(chosen) * 5 // 6]):
        fate = FATES[number % len(FATES)]
        variants = [v for v in entry.variants if v.isascii()]
        if fate == "variant" and not variants:
            fate = "keep"
        if fate == "successor" and not spare:
            fate = "remove"
        successor = spare.pop() if fate == "successor" else None
        for _ in range(copies):
            items.append(pair(rng, entry, fate, variants, successor))
        truth[status_of(fate)].add(entry.id)
        if fate == "context":
            truth["persisted"].add(entry.id)
    rng.shuffle(items)
    a = " ".join(x for x, _ in items if x)
    b = " ".join(y for _, y in items if y)
    return a, b, truth


def status_of(fate: str) -> str:
    return {"keep": "persisted", "variant": "persisted", "successor": "changed", "context": "changed",
            "remove": "dropped", "add": "appeared"}[fate]  # fmt: skip


def pair(rng: random.Random, entry: Entry, fate: str, variants: list[str], successor: Entry | None):
    subject, governor, tail = (
        rng.choice(SUBJECTS),
        rng.choice(GOVERNORS),
        " ".join(rng.sample(PLAIN, 6)),
    )
    a = f"{subject} {governor} {entry.text}, and {tail}."
    if fate == "keep":
        return a, edit(rng, a)
    if fate == "variant":
        return a, f"{subject} {governor} {rng.choice(variants)}, and {tail}."
    if fate == "successor" and successor:
        return a, f"{subject} {governor} {successor.text}, and {tail}."
    if fate == "context":
        return a, f"{subject} {rng.choice(NEW_GOVERNORS)} {entry.text}, and {tail}."
    if fate == "remove":
        return (
            (a, None)
            if rng.random() < 0.5
            else (a, f"{subject} {governor} the {tail}, and {tail}.")
        )
    return None, a


def predicted(formulas) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for f in formulas:
        base = f.anchor or f.id.split(">")[0]
        if f.source is FormulaSource.MINED and not f.anchor:
            continue
        found[f.status.value].add(base)
    return found


def score(runs) -> dict[str, tuple[float, float]]:
    hits, said, wanted = defaultdict(int), defaultdict(int), defaultdict(int)
    for truth, found in runs:
        for status in ("persisted", "changed", "dropped", "appeared"):
            hits[status] += len(truth[status] & found[status])
            said[status] += len(found[status])
            wanted[status] += len(truth[status])
    return {
        s: (hits[s] / said[s] if said[s] else 1.0, hits[s] / wanted[s] if wanted[s] else 1.0)
        for s in wanted
    }


def report(label: str, runs) -> None:
    for status, (precision, recall) in score(runs).items():
        print(f"{label:>8}  {status:<10} precision {precision:.3f}  recall {recall:.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n")[0],
        epilog="Takes about four minutes in full (one CPU); --quick, well under one.",
    )
    parser.add_argument(
        "--quick", action="store_true",
        help="5 small pairs instead of 20, a small 'large' pair, real sentences at 50 KB only",
    )  # fmt: skip
    parser.add_argument(
        "--seeds", type=_seeds, default=SEEDS, metavar="N,N,...",
        help="corpus seeds of the whole-CLI ratio against HtmlDiff (default %(default)s)",
    )  # fmt: skip
    parser.add_argument(
        "--cli-only", action="store_true",
        help="only the whole-CLI ratio against HtmlDiff (a minute or two)",
    )  # fmt: skip
    parser.add_argument(
        "--other", metavar="SRC",
        help="also time the CLI of another checkout's src/ (a baseline, in the same run)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    quick, seeds = args.quick, args.seeds
    if args.cli_only:
        whole_cli(50_000 if quick else 500_000, seeds, args.other)
        return
    entries = pool()
    print(f"{len(entries)} formulas in the pool")
    rng = random.Random(7)
    small = []
    for _ in range(5 if quick else 20):
        a, b, truth = build(rng, rng.sample(entries, 24), fillers=36, copies=1)
        small.append((truth, predicted(compare(from_text(a), from_text(b)).formulas)))
    print(f"5 KB per side: {len(a) // 1024} KB A")
    report("5 KB", small)
    copies, fillers = (1, 300) if quick else (5, 4900)
    a, b, truth = build(random.Random(11), entries, fillers=fillers, copies=copies)
    ra, rb = from_text(a), from_text(b)
    print(f"large: A {len(a) // 1024} KB, {len(ra.sentences)} sentences; B {len(b) // 1024} KB")
    plain, full, unmined = best_times(
        [
            lambda: compare(ra, rb, options=Options(formulas=False)),
            lambda: compare(ra, rb),
            lambda: compare(ra, rb, options=replace(Options(), mine_formulas=False)),
        ]
    )
    report("500 KB", [(truth, predicted(compare(ra, rb).formulas))])
    print(f"compare without formulas {plain:.2f} s, with formulas {full:.2f} s (CPU, best of 7): "
          f"overhead {100 * (full - plain) / plain:.1f} %")  # fmt: skip
    print(
        f"with formulas but no mining {unmined:.2f} s: overhead {100 * (unmined - plain) / plain:.1f} %"
    )
    real_sentences(quick, seeds, args.other)


def _seeds(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a comma-separated list of numbers: {text!r}"
        ) from None


def real_sentences(quick: bool, seeds: Sequence[int] = SEEDS, other: str | None = None) -> None:
    """The issue-10 targets on text of real readout sentences (``real_corpus.py``): the formula
    stage's share of ``compare()`` at 50 KB and 500 KB (target <= 30 %; timed inside each call,
    median over many calls in fresh processes: see ``stage_share.py``), and the whole
    ``readoutdiff A B --format json`` against a ``difflib.HtmlDiff().make_file`` process on the
    same files, one sentence per line, CPU seconds of each process over several corpus seeds
    (:func:`whole_cli`; target ratio <= 1.0)."""
    import real_corpus
    import stage_share

    for size in (50_000,) if quick else (50_000, 500_000):
        print(stage_share.report(size, stage_share.measure(size)), flush=True)
        a_text, b_text = real_corpus.build(size)
        pair = (from_text(a_text), from_text(b_text))
        full, bare = best_times(
            [partial(compare, *pair), partial(compare, *pair, options=Options(background=False))],
            repeat=3 if size > 50_000 else 7,
        )
        print(f"  without the background (--no-background) {bare:.2f} s: the background adds "
              f"{full - bare:+.3f} s, {100 * (full - bare) / full:+.1f} % of compare()")  # fmt: skip
    background_load()
    whole_cli(50_000 if quick else 500_000, seeds, other)


def whole_cli(size: int, seeds: Sequence[int], other: str | None = None) -> None:
    """``readoutdiff A B --format json`` against a ``difflib.HtmlDiff().make_file`` process on
    corpora of several seeds: HtmlDiff's time swings tenfold with the draw (its line matcher
    junks lines that recur in over 1 % of a side; its intraline pass is quadratic in the
    changed blocks left), so one draw is no fair baseline. Each seed: CPU seconds, best of
    ``CLI_RUNS`` runs taking turns; the ratio that counts is over the sum of all seeds.
    ``other``: the ``src`` folder of another checkout, whose CLI takes its turn too (a baseline
    measured in the same run)."""
    totals = [0.0, 0.0, 0.0]
    with tempfile.TemporaryDirectory() as folder:
        for number, seed in enumerate(seeds):
            paths = corpus_files(folder, size, seed)
            ours_command = [sys.executable, "-m", "readoutdiff", *paths, "--format", "json"]
            ours_env, other_env = cli_envs(folder, other)
            commands = [(ours_command, ours_env), ([sys.executable, "-c", _HTMLDIFF, *paths], ENV)]
            if other_env is not None:
                commands.append((ours_command, other_env))
            if number == 0:  # byte-code written and each CLI's cache folder filled (cli_envs),
                # as after a first run
                for command, env in commands[::2]:
                    subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=env)
            runs = []  # they take turns, so that a busy moment of the machine hits each
            for _ in range(CLI_RUNS):
                runs.append([_child_cpu(command, env) for command, env in commands])
            best = [min(run[i] for run in runs) for i in range(len(commands))]
            for i, seconds in enumerate(best):
                totals[i] += seconds
            baseline = f", {other}: {best[2]:.2f} s, ratio {best[2] / best[1]:.2f}" if other else ""
            print(f"  seed {seed}: readoutdiff --format json {best[0]:.2f} s, HtmlDiff().make_file "
                  f"{best[1]:.2f} s (CPU, best of {CLI_RUNS}): ratio {best[0] / best[1]:.2f}"
                  f"{baseline}", flush=True)  # fmt: skip
    ours, theirs, before = totals
    print(f"whole CLI at {size // 1000} KB per side over {len(seeds)} seeds: readoutdiff "
          f"{ours:.2f} s, HtmlDiff {theirs:.2f} s: ratio {ours / theirs:.2f} "
          f"({'PASS' if ours <= theirs else 'MISS'} <= 1.0)")  # fmt: skip
    if other:
        print(f"  {other}: {before:.2f} s, ratio {before / theirs:.2f}")


def corpus_files(folder: str, size: int, seed: int) -> list[str]:
    """Write the corpus pair of ``seed`` (``real_corpus.build``) to ``a.txt`` and ``b.txt`` in
    ``folder``, one sentence a line (HtmlDiff's unit); return their paths."""
    import real_corpus

    paths = []
    for name, text in zip("ab", real_corpus.build(size, seed), strict=True):
        lines = [s for line in text.split("\n") for s in real_corpus.split_sentences(line) or [""]]
        path = Path(folder) / f"{name}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def cli_envs(folder: str, other: str | None) -> tuple[dict[str, str], dict[str, str] | None]:
    """The environments of our CLI and of the ``other`` checkout's: each its own cache folder
    under ``folder`` (sp60 found the two trees sharing the user's cache, each rewriting the
    compiled-pattern file the other read, so the baseline ran on the cache our code wrote)."""
    ours = {**ENV, "READOUTDIFF_CACHE_DIR": str(Path(folder) / "cache-ours")}
    if not other:
        return ours, None
    return ours, {
        **ENV,
        "READOUTDIFF_CACHE_DIR": str(Path(folder) / "cache-other"),
        "PYTHONPATH": other,
    }


def background_load() -> None:
    """Time reading the background file and adding it to the built-in lexicon, once per
    process (both cached after), and one real pair with and without it."""
    from readoutdiff.formulas.lexicon import background

    background.entries.cache_clear()
    background.joined.cache_clear()
    start = time.process_time()
    joined = background.joined(builtin())
    took = time.process_time() - start
    print(f"background: {len(background.entries())} phrases, read and joined to the lexicon "
          f"({len(joined.entries)} entries) in {1000 * took:.1f} ms CPU, once per process")  # fmt: skip
    import real_corpus

    first = sorted(real_corpus.EVAL_DIR.glob("biden-kishida__*.txt"))[:2]
    pair = [from_text(path.read_text("utf-8")) for path in first]
    on, off = best_times(
        [partial(compare, *pair), partial(compare, *pair, options=Options(background=False))]
    )
    print(f"one real pair ({first[0].name}, {first[1].name}): compare {1000 * on:.1f} ms with "
          f"the background, {1000 * off:.1f} ms without (CPU, best of 7)")  # fmt: skip


_HTMLDIFF = (
    "import difflib, sys; a, b = (open(p, encoding='utf-8').read().splitlines() for p in sys.argv[1:]);"
    " sys.stdout.write(difflib.HtmlDiff().make_file(a, b))"
)


ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
"""Environment of the timed processes: byte-code written and read, as an installed package has
it (``pip install`` compiles it; the standard library's difflib has it too). Without it each
readoutdiff run compiled its ~90 modules from source first (~0.1 s CPU, `bench_startup.py` and
`bench_meaning.py` time the same way)."""


def _child_cpu(command: list[str], env: dict[str, str] = ENV) -> float:
    """CPU seconds (user + system) of one child process run to the end, its output discarded."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def best_times(runs: list[Callable[[], object]], repeat: int = 7) -> list[float]:
    """Return each run's shortest CPU time over ``repeat`` rounds, the runs taking turns.

    Taking turns and counting CPU seconds keep other load on a shared machine from
    favouring one variant.
    """
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for number, run in enumerate(runs):
            started = time.process_time()
            run()
            best[number] = min(best[number], time.process_time() - started)
    return best


if __name__ == "__main__":
    main()
