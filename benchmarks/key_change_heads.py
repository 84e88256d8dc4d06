"""Count how the key changes of the evaluation set's pairs open, by their first words.

    python benchmarks/key_change_heads.py [--split dev|heldout|fresh|all] [--lines]

Each key change of every pair (``key_changes(compare(A, B))``, default options) is counted by
its heading: the words before its first place, colon or comma ("Formula reworded", "Wording around
kept formula", "Dropped passage" …), so a change of the labels (change_names.py) shows
as counts moved from one heading to another. ``--lines`` prints every key change under its
pair as well, for reading them as an analyst would.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from formula_eval import SPLITS, load_pairs, split_of

from readoutdiff import compare, load
from readoutdiff.formulas.keys.key_changes import key_changes

_NAME = re.compile(r"“(?:[^“”]|“[^“”]*”)*”")
"""A quoted name, which may quote a name of its own (“共建“一带一路”倡议”)."""
_END = re.compile(r" \(|:|,")


def head(summary: str) -> str:
    """The heading of a key change: its words before its first place, colon or comma, each
    quoted name shown as “…”.

    >>> head("Wording around kept formula “X” changed: “a” (A line 1) → “b” (B line 1).")
    'Wording around kept formula “…” changed'
    >>> head("Dropped passage (A line 3): “We met.”"), head("Formula “war” reworded: “a” → “b”.")
    ('Dropped passage', 'Formula “…” reworded')
    >>> head("Dropped formula “共建“一带一路”倡议” (A line 5).")
    'Dropped formula “…”'
    """
    named = _NAME.sub("“…”", summary)
    found = _END.search(named)
    return named[: found.start()] if found else named


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--lines", action="store_true")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    pairs = [p for p in load_pairs() if args.split == "all" or split_of(p) == args.split]
    for pair in pairs:
        keys = key_changes(compare(load(pair.a_path), load(pair.b_path)))
        if args.lines:
            print(f"## {pair.a_path.name} -> {pair.b_path.name}")
        for key in keys:
            counts[head(key.summary)] += 1
            if args.lines:
                print(f"  [{key.kind}/{key.change or '-'}] {key.summary}")
    print(f"{sum(counts.values())} key changes of {len(pairs)} pairs ({args.split})")
    for words, number in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        print(f"{number:6d}  {words}")


if __name__ == "__main__":
    main()
