"""Instructions of the formula stage's parts in one first comparison of the corpus pair.

``stage_share.py --instructions`` counts the stage as a whole. ``callgrind_annotate`` names
only C functions: a Python function's instructions are spent in the bytecode loop
(``_PyEval_EvalFrameDefault``, a quarter of the stage) and in dict, set and allocator helpers,
whichever function runs. Here each named function is wrapped so
that it calls ``os.sched_yield`` on entry and on exit, and callgrind (``--dump-before=
sched_yield``) dumps its count at each call: the counts between two marks belong to the
functions open at that moment. A part's *inclusive* figure is every count while it is open,
its *exclusive* one the counts while it is the innermost part open (the parts named inside it
taken out).

The measured call is the one ``stage_share.py`` measures: a fresh interpreter compares the
samples' pair first, then the corpus pair once. Each mark costs some thousands of
instructions (a Python frame, a list append, the system call), so a part called a thousand
times grows by a few M: name per-sentence functions only when their figure is wanted.

A name is ``module:function`` or ``module:Class.method``, the module as imported
(``readoutdiff.formulas.matching.matcher:find``); every module that imported the function by
name gets the wrapped one too. Without names, :data:`PARTS` are marked. ``--each`` gives every
call of a part its own row (``matcher:find#1`` … in calling order: A's lexicon find apart from
B's); callgrind dumps at each mark, so give it parts called a few times, not per sentence.

    .venv/bin/python benchmarks/stage_parts.py [--size 500k] [--src SRC] [--each] [--pair A B] [--floor] [--again] [NAME ...]

``--pair A B`` measures the comparison of two files instead of the corpus pair (read as the
corpus pair is, ``from_text`` of their bytes, after the same warm-up): a Chinese pair of the
evaluation set, where the Chinese clause rules run (branch zh22).

``--floor`` measures a second comparison, side A against a second reading of itself (the
floor of branches sp43 and sp52: both whole readouts read, no edited passage), and gives each
part's inclusive count in the pair, in the floor and above it (branch sp53).

``--again`` measures the pair's second comparison in the same process too (the first one
unmarked, no samples' warm-up): the readings a process keeps per word are warm, so a part's
first-comparison count less its second is what it spends reading words first for every later
step (branch sp81).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PARTS = (
    "readoutdiff.formulas.tracking:track",
    "readoutdiff.formulas.tracking:_linked_all",
    "readoutdiff.formulas.tracking:_fates_tail",
    "readoutdiff.formulas.tracking:_clausal",
    "readoutdiff.formulas.tracking:_folded",
    "readoutdiff.formulas.tracking:_linked",
    "readoutdiff.formulas.tracking:_held",
    "readoutdiff.formulas.tracking:_view",
    "readoutdiff.formulas.tracking:_absent",
    "readoutdiff.formulas.mining.memo:ReadoutMemo.words",
    "readoutdiff.formulas.mining.memo:ReadoutMemo.found",
    "readoutdiff.formulas.mining.memo:ReadoutMemo.sightings",
    "readoutdiff.formulas.mining.mined:mined",
    "readoutdiff.formulas.mining.mining:mine",
    "readoutdiff.formulas.matching.matcher:find",
    "readoutdiff.formulas.succession.named:name",
    "readoutdiff.formulas.linking.lonely:link",
    "readoutdiff.formulas.linking.slots:find",
    "readoutdiff.formulas.linking.qualified_nouns:changes",
    "readoutdiff.formulas.linking.standing:changes",
    "readoutdiff.formulas.linking.standing:_in_place",
    "readoutdiff.formulas.linking.standing:_candidates",
    "readoutdiff.formulas.linking.most_kept_entries:changes",
    "readoutdiff.formulas.linking.comparing:Comparing.placement",
    "readoutdiff.formulas.unpaired.unpaired:link_then_meant",
    "readoutdiff.formulas.unpaired.framed:changes",
    "readoutdiff.formulas.unpaired.owned:changes",
    "readoutdiff.formulas.entries.one_story:one_story",
    "readoutdiff.formulas.entries.complement:carried",
    "readoutdiff.formulas.entries.entries:by_sides",
    "readoutdiff.formulas.words.whole_words:whole_words",
)
"""The stage's main steps, each called once or a few times a comparison."""
_EACH = "STAGE_PARTS_EACH"
"""Set to 1 in the measured child by ``--each``."""
_AGAIN = "STAGE_PARTS_AGAIN"
"""Set to 1 in the measured child by ``--again``: the pair compared once before the measured
comparison, unmarked (branch sp81)."""
WHOLE = "compare"
"""The label of the measured ``compare()`` call itself."""


def label(name: str) -> str:
    """``matcher:find`` for ``readoutdiff.formulas.matching.matcher:find``: short, and unique
    where two modules name a function alike (``slots:find``)."""
    module, qualname = name.split(":")
    return f"{module.rsplit('.', 1)[-1]}:{qualname}"


def mark(names: Sequence[str], events: list[str]) -> None:
    """Wrap each named function so that it records ``+label`` and ``-label`` in ``events`` and
    calls ``os.sched_yield`` on entry and on exit (one dump each under callgrind)."""
    for name in names:
        _mark_one(name, events)


def _resolve(name: str) -> tuple[Any, str, Callable[..., Any]]:
    """The module or class that holds the named function, its attribute name, the function."""
    module_name, _, qualname = name.partition(":")
    *path, attribute = qualname.split(".")
    try:
        owner: Any = importlib.import_module(module_name)
        for step in path:
            owner = getattr(owner, step)
        return owner, attribute, vars(owner)[attribute]
    except (ImportError, AttributeError, KeyError, ValueError) as error:
        print(f"stage_parts.py: no function {name!r} ({error})", file=sys.stderr)
        raise SystemExit(2) from None


def _mark_one(name: str, events: list[str]) -> None:
    owner, attribute, original = _resolve(name)
    wrapped = _wrapped(label(name), original, events)
    setattr(owner, attribute, wrapped)
    if isinstance(owner, type):
        return
    for module in list(sys.modules.values()):  # those that imported it by name
        found = [key for key, value in vars(module).items() if value is original]
        for key in found:
            setattr(module, key, wrapped)


def _wrapped(name: str, function: Callable[..., Any], events: list[str]) -> Callable[..., Any]:
    each = os.environ.get(_EACH) == "1"
    calls = [0]

    @functools.wraps(function)
    def marked(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        called = f"{name}#{calls[0]}" if each else name  # --each: every call its own row
        events.append("+" + called)
        os.sched_yield()
        try:
            return function(*args, **kwargs)
        finally:
            events.append("-" + called)
            os.sched_yield()

    return marked


def attribute(events: Sequence[str], counts: Sequence[int]) -> dict[str, tuple[int, int, int]]:
    """Label -> (inclusive, exclusive, calls). ``counts[k]`` is what ran before event ``k``
    (callgrind's dump ``k + 1``: the first dump is the process up to the first mark)."""
    inclusive: Counter[str] = Counter()
    exclusive: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    open_parts: list[str] = []
    for event, count in zip(events, counts, strict=True):
        if open_parts:
            exclusive[open_parts[-1]] += count
            for part in set(open_parts):  # a part open twice (recursion) counts once
                inclusive[part] += count
        if event.startswith("+"):
            open_parts.append(event[1:])
            calls[event[1:]] += 1
        elif open_parts.pop() != event[1:]:
            raise SystemExit(f"marks do not nest at {event}")
    return {part: (inclusive[part], exclusive[part], calls[part]) for part in inclusive}


def _child(folder: str, names: Sequence[str]) -> None:
    sys.path.insert(0, str(HERE))
    import stage_share

    from readoutdiff.compare import compare

    again = os.environ.get(_AGAIN) == "1"
    pair = stage_share._warmed_pair(folder, "same" if again else "samples")
    events: list[str] = []
    mark(names, events)
    events.append("+" + WHOLE)
    os.sched_yield()
    compare(*pair)
    events.append("-" + WHOLE)
    os.sched_yield()
    (Path(folder) / "events.txt").write_text("\n".join(events) + "\n", encoding="utf-8")


def measure(
    size: int,
    names: Sequence[str],
    src: str | None = None,
    each: bool = False,
    pair: Sequence[str] = (),
    floor: bool = False,
    again: bool = False,
) -> dict[str, tuple[int, int, int]]:
    """Run the marked comparison (of the corpus pair, or of the two files of ``pair``) under
    callgrind and attribute its counts (``each``: every call of a part apart, labelled
    ``part#1``, ``part#2`` … in calling order; ``floor``: side A compared with a second
    reading of itself instead, the floor of branches sp43 and sp52; ``again``: the pair's
    second comparison in the process, every reading kept by the process warm)."""
    sys.path.insert(0, str(HERE))
    import stage_share

    with tempfile.TemporaryDirectory() as folder:
        if pair:
            for name, path in zip(("a.txt", "b.txt"), pair, strict=True):
                (Path(folder) / name).write_bytes(Path(path).read_bytes())
        else:
            stage_share.write_corpus(size, Path(folder))
        if floor:
            (Path(folder) / "b.txt").write_bytes((Path(folder) / "a.txt").read_bytes())
        out = Path(folder) / "callgrind.out"
        flags = {_EACH: "1" if each else "0", _AGAIN: "1" if again else "0"}
        env = dict(os.environ, PYTHONHASHSEED="0", **flags)
        if src:
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
        command = [
            "valgrind", "--tool=callgrind", "--dump-before=sched_yield",
            f"--callgrind-out-file={out}", sys.executable, str(Path(__file__).resolve()),
            "--child", folder, *names,
        ]  # fmt: skip
        subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        dumps = sorted(Path(folder).glob("callgrind.out.*"), key=lambda p: int(p.suffix[1:]))
        counts = [_total(dump) for dump in dumps]
        events = (Path(folder) / "events.txt").read_text(encoding="utf-8").split()
    return attribute(events, counts[: len(events)])


def _total(dump: Path) -> int:
    with dump.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("totals:"):
                return int(line.split()[1])
    raise SystemExit(f"no totals in {dump}")


def report(parts: dict[str, tuple[int, int, int]]) -> str:
    rows = [f"{'inclusive':>10} {'exclusive':>10} {'calls':>6}  part (M instructions)"]
    for part, (inclusive, exclusive, calls) in sorted(parts.items(), key=lambda p: -p[1][0]):
        rows.append(f"{inclusive / 1e6:10.1f} {exclusive / 1e6:10.1f} {calls:6d}  {part}")
    return "\n".join(rows)


def report_floor(
    parts: dict[str, tuple[int, int, int]], floor: dict[str, tuple[int, int, int]]
) -> str:
    """The parts' inclusive counts in the comparison, in the floor (side A against itself) and
    the difference: what the edited passages cost each part (a part the floor never opens
    counts 0 there)."""
    return _against(parts, floor, ("pair", "floor", "above"))


def report_again(
    parts: dict[str, tuple[int, int, int]], again: dict[str, tuple[int, int, int]]
) -> str:
    """The parts' inclusive counts in the first comparison, in the pair's second one (the
    words' readings kept per process — ``word_readings``, ``strip``'s cache, the lexicon's
    memos — warm) and the difference: what a part spends on first readings that whichever
    step asks first pays, and would move to the next one if the part were gone (branch
    sp81)."""
    return _against(parts, again, ("first", "again", "reads"))


def _against(
    parts: dict[str, tuple[int, int, int]],
    other: dict[str, tuple[int, int, int]],
    heads: tuple[str, str, str],
) -> str:
    """Each part's inclusive count, its count in ``other`` (0 where not opened) and the
    difference, under the three ``heads``."""
    first, second, less = heads
    rows = [f"{first:>8} {second:>8} {less:>8} {'calls':>6}  part (M instructions, inclusive)"]
    for part, (inclusive, _, calls) in sorted(parts.items(), key=lambda p: -p[1][0]):
        under = other.get(part, (0, 0, 0))[0]
        rows.append(
            f"{inclusive / 1e6:8.1f} {under / 1e6:8.1f} {(inclusive - under) / 1e6:8.1f}"
            f" {calls:6d}  {part}"
        )
    return "\n".join(rows)


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], sys.argv[3:])
        return
    sys.path.insert(0, str(HERE))
    from real_corpus import parse_size

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=parse_size, default=parse_size("500k"))
    parser.add_argument("--src", help="measure this src/ folder instead of ours")
    parser.add_argument(
        "--each",
        action="store_true",
        help="a row for every call (part#1, part#2 …), not one a part",
    )
    parser.add_argument("--pair", nargs=2, default=(), metavar=("A", "B"), help="two files")
    parser.add_argument(
        "--floor",
        action="store_true",
        help="measure side A against itself too: each part's count in the pair, in that floor, "
        "and above it (the edited passages' share)",
    )
    parser.add_argument(
        "--again",
        action="store_true",
        help="measure the pair's second comparison in the process too: each part's count in "
        "the first, in the second and the difference (first readings of process-wide caches)",
    )
    parser.add_argument("names", nargs="*", help="module:function to mark (default: PARTS)")
    args = parser.parse_args()
    for name in args.names:  # a wrong name fails here, not after minutes under callgrind
        _resolve(name)
    names = args.names or PARTS
    parts = measure(args.size, names, args.src, args.each, args.pair)
    if args.again:
        print(
            report_again(
                parts, measure(args.size, names, args.src, args.each, args.pair, again=True)
            )
        )
    elif args.floor:
        print(report_floor(parts, measure(args.size, names, args.src, args.each, args.pair, True)))
    else:
        print(report(parts))


if __name__ == "__main__":
    main()
