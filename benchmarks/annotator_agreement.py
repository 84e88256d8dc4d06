"""How far two hand lists of the same readouts agree, written by two annotators (issue 10, point 1).

    python benchmarks/annotator_agreement.py FIRST SECOND [FIRST SECOND ...] [--texts DIR] [--verbose]

Each FIRST/SECOND is a pair file (``eval/formulas/pairs/<p>.toml``, ``eval/outside/pairs/<p>.toml``
or any file of that format), or ``REV:path`` for the file as commit REV holds it (read with
``git show``), so that a hand list no longer in the checkout can still be compared; both files of
one pair name the same readouts, read from ``--texts`` (default: the folder above the FIRST file's,
or ``eval/outside`` for a ``REV:path``). ``benchmarks/agreement.py`` does the same for the second
annotation kept in ``eval/formulas/second/``; this script takes its pieces (one list judged as the
other's reports with ``formula_eval.judge``, the kinds of disagreement, what each made of the
other's *changed* events) for any two files, and adds the not-formulas each lists that the other
does not. ``--verbose`` lists the disagreements per pair.

Second annotations of dev pairs, kept in ``eval/agreement/`` (branch agr1), are compared with
their first lists as ``eval/formulas/pairs/<p>.toml eval/agreement/<p>.toml``.

The first use (branch e55b, thirty-eighth session): e55 (eval/formulas, fresh batch) and out7
(eval/outside) wrote hand lists of the same three CCTV pairs independently; e55's copies are at
commit 48b42f13, ``48b42f13:eval/formulas/pairs/<p>.toml``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from agreement import both_details, both_ways, comparison, score
from formula_eval import EVAL_DIR, Pair, PairResult, fold, load_pair
from score_formulas import totals

Z95 = 1.959964

OUTSIDE_DIR = EVAL_DIR.parent / "outside"


def read(spec: str, texts: Path | None) -> Pair:
    """The pair file ``spec`` (a path, or ``REV:path`` read from git)."""
    rev, sep, inside = spec.partition(":")
    if not sep or Path(spec).exists():
        return load_pair(Path(spec), texts=texts)
    root = Path(__file__).resolve().parent.parent
    text = subprocess.run(
        ["git", "-C", str(root), "show", f"{rev}:{inside}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(inside).name
        path.write_text(text, encoding="utf-8")
        return load_pair(path, texts=OUTSIDE_DIR if texts is None else texts)


def not_formula_gaps(first: Pair, second: Pair) -> tuple[list[str], list[str], int]:
    """The not-formulas only the first lists, only the second lists, and how many both list
    (compared folded)."""
    one = {fold(n): n for n in first.not_formulas}
    two = {fold(n): n for n in second.not_formulas}
    return (
        [n for k, n in one.items() if k not in two],
        [n for k, n in two.items() if k not in one],
        len(one.keys() & two.keys()),
    )


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of ``k`` successes in ``n`` (a share, 0..1; (0, 1) when n = 0)."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) + z * z / (4 * n)) / n) ** 0.5 / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def _cell(k: int, n: int) -> str:
    lo, hi = wilson(k, n)
    share = f"{100 * k / n:.1f} %" if n else "n/a"
    return f"{share} ({k}/{n}) [{100 * lo:.0f}, {100 * hi:.0f}]"


def interval_rows(
    second_vs_first: list[PairResult], first_vs_second: list[PairResult], found: int, events: int
) -> str:
    """The headline figures both ways with their Wilson 95 % intervals, and the events agreed."""
    lines = [
        "| figure (Wilson 95 %) | second as report, first as truth | "
        "first as report, second as truth |",
        "|---|---|---|",
    ]
    both = [totals(second_vs_first), totals(first_vs_second)]
    rows = (
        ("noise share", lambda t: (t.noise, sum(t.reported.values()))),
        ("fates right", lambda t: (sum(t.right.values()), sum(t.reported.values()) - t.noise)),
        ("changed events found", lambda t: (t.recalled["changed"], t.expected["changed"])),
    )
    for label, nd in rows:
        lines.append(f"| {label} | " + " | ".join(_cell(*nd(t)) for t in both) + " |")
    lines.append(
        f"| events found by the other with their status (both lists) | {_cell(found, events)} | |"
    )
    return "\n".join(lines)


def pair_rows(both: list[tuple[Pair, Pair]]) -> str:
    lines = [
        "| pair | first's events | second's events | first's found by second | "
        "second's found by first | not-formulas both / first only / second only |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for first, second in both:
        only_1, only_2, shared = not_formula_gaps(first, second)
        lines.append(
            f"| {first.name} | {len(first.events)} | {len(second.events)} | "
            f"{len(score(first, second).found)} | {len(score(second, first).found)} | "
            f"{shared} / {len(only_1)} / {len(only_2)} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", help="pair files two by two: FIRST SECOND ...")
    ap.add_argument("--texts", type=Path, help="the folder holding both files' readouts")
    ap.add_argument("--verbose", action="store_true", help="list the disagreements per pair")
    args = ap.parse_args(argv)
    if len(args.files) % 2:
        ap.error("give the pair files two by two")
    both = []
    for i in range(0, len(args.files), 2):
        first = read(args.files[i], args.texts)
        # both files name the same readouts: the second's are read where the first's are
        second = read(args.files[i + 1], args.texts or first.a_path.parent)
        if (first.a_path.name, first.b_path.name) != (second.a_path.name, second.b_path.name):
            ap.error(f"{first.name} / {second.name}: the two lists name different readouts")
        both.append((first, second))
    second_vs_first, first_vs_second = both_ways(both)
    n1, n2 = sum(len(f.events) for f, _ in both), sum(len(s.events) for _, s in both)
    found = sum(len(r.found) for r in second_vs_first) + sum(len(r.found) for r in first_vs_second)
    print(
        f"{len(both)} pairs; events: first {n1}, second {n2}; found by the other with their "
        f"status: {found} of {n1 + n2} ({100 * found / (n1 + n2):.1f} %)\n"
    )
    print(comparison(both, second_vs_first, first_vs_second))
    print()
    print(interval_rows(second_vs_first, first_vs_second, found, n1 + n2))
    print()
    print(pair_rows(both))
    if args.verbose:
        print(both_details(second_vs_first, first_vs_second))
        print("\n# not-formulas")
        for f, s in both:
            only_1, only_2, _ = not_formula_gaps(f, s)
            print(f"## {f.name}\n  first only: {only_1}\n  second only: {only_2}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
