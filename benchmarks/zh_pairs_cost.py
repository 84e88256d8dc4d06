"""CPU time of ``compare()`` over the Chinese dev pairs of the evaluation set, this checkout
against another ``src/`` folder measured in the same run (branch zh47: the cost of the Chinese
replaced phrases, which the English-heavy 500 KB corpus of ``stage_share.py`` does not read).

    python benchmarks/zh_pairs_cost.py --other /tmp/q/start51/src [--rounds 3]

Each round runs every Chinese dev pair once in a fresh process per source folder, in turns
(this checkout, the other, …), after one warm-up comparison; a process's CPU time
(``time.process_time``) over the pairs is its figure. Printed: each round's seconds and the
median of each, and their ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval" / "formulas"

_CHILD = """
import sys, time
from readoutdiff.compare import compare
from readoutdiff.ingest import load
paths = sys.argv[1:]
readouts = [(load(paths[i]), load(paths[i + 1])) for i in range(0, len(paths), 2)]
compare(*readouts[0])
start = time.process_time()
for a, b in readouts:
    compare(a, b)
print(time.process_time() - start)
"""


def chinese_dev_pairs() -> list[tuple[Path, Path]]:
    """The dev pairs (``heldout = false``, not fresh) whose readouts are CCTV's or Xinhua's."""
    found = []
    for path in sorted((EVAL / "pairs").glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        if data.get("heldout") or data.get("fresh"):
            continue
        a, b = EVAL / data["a"], EVAL / data["b"]
        if any("\u4e00" <= c <= "\u9fff" for c in a.read_text("utf-8")[:200]):
            found.append((a, b))
    return found


def one_run(src: Path, pairs: list[tuple[Path, Path]]) -> float:
    """CPU seconds of one process comparing every pair with ``src`` on the path."""
    args = [str(p) for pair in pairs for p in pair]
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, *args], env=env, check=True, capture_output=True, text=True
    )
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--other", type=Path, required=True, help="the baseline src/ folder")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pairs = chinese_dev_pairs()
    mine, other = [], []
    for _ in range(args.rounds):
        mine.append(one_run(ROOT / "src", pairs))
        other.append(one_run(args.other, pairs))
    print(f"{len(pairs)} Chinese dev pairs, {args.rounds} rounds (CPU seconds a round)")
    print(
        f"this checkout: {' '.join(f'{t:.2f}' for t in mine)}; median {statistics.median(mine):.2f}"
    )
    print(
        f"{args.other}: {' '.join(f'{t:.2f}' for t in other)}; median {statistics.median(other):.2f}"
    )
    print(f"ratio: {statistics.median(mine) / statistics.median(other):.3f}")


if __name__ == "__main__":
    main()
