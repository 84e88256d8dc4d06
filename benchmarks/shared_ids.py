"""Ids that two or more entries of one comparison share: how many pairs, entries and ids, by kind.

    python benchmarks/shared_ids.py [--outside] [--other SRC] [--list]

Runs ``compare`` as the command line does (``run_options``' defaults) on every pair of
``eval/formulas/pairs`` (every split: only ids are read, no figure of a split) and on the
samples (``samples/``, the two readouts in order), with ``--outside`` on ``eval/outside/pairs``
too, and counts the entries whose id another entry of the same comparison has. An id's kind is
its prefix (``mined``, ``recurring``, ``background``, or ``lexicon`` for an id without one) and
the kind of entry derived from it (``/lone``, ``/reworded``, ``/clause-a``…; ``own`` for the
phrase's or formula's own entry), read as ``check`` reads them (the owner before the first
``/``, a ``#…`` discriminator or number dropped). It prints one row a kind (pairs with such an
id, ids, entries), a total row, and with ``--list`` each shared id and its pair.

``--other SRC`` counts the tree whose ``src`` is given as well, in a process of its own, and
prints both tables (the base's first): a change that makes ids distinct shows its effect in one
run. With it, ``--series`` also runs ``readoutdiff series … --csv`` in both trees on
``eval/series/*``, the samples and every series (its readouts in the pair's set folder) of a
pair where the other tree shares an id, and prints for each the rows (one a formula id) the
same in both, changed, and found in one tree only, and the first row of each kind that differs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = (ROOT / "eval" / "formulas",)
OUTSIDE = ROOT / "eval" / "outside"

Pair = tuple[str, list[Path]]


def pairs_of(outside: bool = False) -> list[Pair]:
    """(name, readouts) of every eval pair (sorted by name within each set), then the samples."""
    out: list[Pair] = []
    for root in (*SETS, OUTSIDE) if outside else SETS:
        for path in sorted((root / "pairs").glob("*.toml")):
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            out.append((f"{root.name}/{path.stem}", [root / data["a"], root / data["b"]]))
    out.append(("samples", sorted((ROOT / "samples").glob("*.txt"))))
    return out


def kind_of(formula_id: str) -> str:
    """``<prefix> <derived kind>`` of an id: ``mined:выраз/lone`` → ``mined /lone``,
    ``mined:greeting#2`` → ``mined own``, ``belt-and-road`` → ``lexicon own``, ``x>y`` →
    ``lexicon >``.

    >>> [kind_of(i) for i in ("mined:выраз/lone", "mined:greeting#2", "belt-and-road", "x>y")]
    ['mined /lone', 'mined own', 'lexicon own', 'lexicon >']
    """
    prefix = formula_id.partition(":")[0] if ":" in formula_id.split("/")[0] else "lexicon"
    if ">" in formula_id:
        return f"{prefix} >"
    bare = re.sub(r"#[^/>]*", "", formula_id)
    derived = bare.partition("/")[2].split("/")[0]
    return f"{prefix} /{derived}" if derived else f"{prefix} own"


def shared(ids: list[str]) -> dict[str, int]:
    """Each id ``ids`` hold twice or more, with its count."""
    return {i: n for i, n in Counter(ids).items() if n > 1}


def ids_by_pair(outside: bool = False) -> dict[str, list[str]]:
    """Every pair's entry ids, in ``compare()``'s order (run in this process's tree)."""
    from readoutdiff.cli.shared import run_options
    from readoutdiff.compare import compare
    from readoutdiff.ingest import load

    options = run_options(None, False, False)
    out = {}
    for name, paths in pairs_of(outside):
        a, b = (load(str(p)) for p in paths)  # the samples: two readouts, one comparison
        out[name] = [f.id for f in compare(a, b, options=options).formulas]
    return out


def table(by_pair: dict[str, list[str]]) -> str:
    """One row a kind: pairs with a shared id of it, such ids, their entries; then totals."""
    pairs: dict[str, set[str]] = defaultdict(set)
    ids: Counter[str] = Counter()
    entries: Counter[str] = Counter()
    for name, found in by_pair.items():
        for formula_id, count in shared(found).items():
            kind = kind_of(formula_id)
            pairs[kind].add(name)
            ids[kind] += 1
            entries[kind] += count
    rows = ["| kind | pairs | ids | entries |", "| --- | ---: | ---: | ---: |"]
    for kind in sorted(entries, key=lambda k: (-entries[k], k)):
        rows.append(f"| {kind} | {len(pairs[kind])} | {ids[kind]} | {entries[kind]} |")
    every = {name for names in pairs.values() for name in names}
    total = f"| all ({len(by_pair)} comparisons) | {len(every)} | {ids.total()} |"
    rows.append(f"{total} {entries.total()} |")
    return "\n".join(rows)


def listing(by_pair: dict[str, list[str]]) -> str:
    """Each shared id, its count and its pair, one a line."""
    return "\n".join(
        f"{name}: {formula_id} ×{count}"
        for name, found in by_pair.items()
        for formula_id, count in sorted(shared(found).items())
    )


def worker(outside: bool) -> None:
    """In a tree's process: every pair's ids, as JSON on standard output."""
    sys.stdout.write(json.dumps(ids_by_pair(outside)))


def counted_in(src: str, outside: bool) -> dict[str, list[str]]:
    """:func:`ids_by_pair` run by the tree whose ``src`` is given."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join((src, str(Path(__file__).resolve().parent)))
    done = subprocess.run(
        [sys.executable, "-c", f"import shared_ids; shared_ids.worker({outside})"],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def series_groups(shared_in: dict[str, list[str]]) -> list[tuple[str, list[Path]]]:
    """(name, readouts) of ``eval/series/*``, the samples, and the series of every pair of
    ``shared_in`` with a shared id (all its readouts in the pair's set folder)."""
    groups = [
        (f"series/{folder.name}", sorted(folder.glob("*.txt")))
        for folder in sorted((ROOT / "eval" / "series").iterdir())
        if folder.is_dir()
    ]
    groups.append(("samples", sorted((ROOT / "samples").glob("*.txt"))))
    named = sorted(
        {(n.split("/")[0], n.split("/")[1].split("__")[0]) for n, ids in shared_in.items() if shared(ids) and "/" in n}
    )  # fmt: skip
    for folder, series in named:
        groups.append(
            (f"{folder}/{series}", sorted((ROOT / "eval" / folder).glob(f"{series}__*.txt")))
        )
    return groups


def series_rows(src: str, paths: list[Path]) -> dict[str, list[str]]:
    """``readoutdiff series PATHS --csv`` run by the tree whose ``src`` is given: each formula
    id's CSV lines."""
    import csv
    import tempfile

    env = dict(os.environ)
    env["PYTHONPATH"] = src
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "series.csv"
        subprocess.run(
            [sys.executable, "-m", "readoutdiff", "series", *map(str, paths), "--csv", str(out)],
            capture_output=True, check=True, env=env,
        )  # fmt: skip
        rows: dict[str, list[str]] = defaultdict(list)
        with out.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(list(f)[1:]):
                rows[row[0]].append(",".join(row))
    return rows


def rows_compared(before: dict[str, list[str]], after: dict[str, list[str]]) -> str:
    """Rows (formula ids) the same, changed, only before and only after; the first of each
    kind that differs, before and after."""
    same = [i for i in before if before[i] == after.get(i)]
    changed = [i for i in before if i in after and before[i] != after[i]]
    gone, new = [i for i in before if i not in after], [i for i in after if i not in before]
    said = (
        f"{len(same)} same, {len(changed)} changed, {len(gone)} only before, {len(new)} only after"
    )
    for title, ids in (("changed", changed), ("only before", gone), ("only after", new)):
        if ids:
            said += f"\n    {title}: {ids[0]}"
            said += "".join(f"\n      before: {line}" for line in before.get(ids[0], []))
            said += "".join(f"\n      after:  {line}" for line in after.get(ids[0], []))
    return said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--outside", action="store_true", help="eval/outside's pairs too")
    parser.add_argument("--other", metavar="SRC", help="count that tree's src too, first")
    parser.add_argument("--list", action="store_true", help="each shared id and its pair")
    parser.add_argument("--series", action="store_true", help="series rows of both trees (--other)")
    args = parser.parse_args(argv)
    if args.series and not args.other:
        parser.error("--series compares two trees: give --other SRC")
    trees = [(f"other ({args.other})", args.other)] if args.other else []
    trees.append(("this tree", str(ROOT / "src")))
    counted = {}
    for title, src in trees:
        counted[src] = by_pair = counted_in(src, args.outside)
        print(f"{title}:\n{table(by_pair)}")
        if args.list:
            print(listing(by_pair))
    if args.series:
        for name, paths in series_groups(counted[args.other]):
            before, after = (series_rows(src, paths) for src in (args.other, str(ROOT / "src")))
            print(f"{name} ({len(paths)} readouts): {rows_compared(before, after)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
