"""The English missed *changed* events by the shape of their two wordings, counted in events and
in distinct series, on the dev pairs and the outside set's tuning part side by side (branch en4).

    python benchmarks/miss_shapes.py [--list] [--where] [--young]

A rule is worth building for a shape only when the shape recurs across series in both parts: a
shape of one series is one readout's words. Each missed event (``missed_changed.missed_events``,
default options) gets the first shape of this list its two hand wordings fit:

- *number or date* — a wording holds a number ("$625 million", "March 4"; the digits of a
  name, "G7", "COVID-19", do not count);
- *relationship* — both name the parties' relationship ("the U.S.-Nigeria relationship" / "the
  value of the U.S.-Nigeria partnership": relationship, partnership, ties, relations,
  friendship, alliance, cooperation, collaboration);
- *one frame, object reworded* — both open with the same two words ("the importance of …",
  "looked forward to …", "continue working …");
- *grown or cut* — one wording's telling words (``missed_changed.telling``) all stand in the
  other's (a list that grew, a clause widened);
- *list or field reworded* — both hold a list ("including", "such as", a comma) and share a
  telling word;
- *shared head, frame changed* — the two share a telling word, nothing above fits;
- *paraphrase, no word shared* — they share no telling word ("the importance of cooperation on
  issues such as climate change" / "shared challenges including the environment").

The first table counts each shape's events and series; ``--where`` adds one row per shape and
place of the two sentences (``formulaness_reach.standing``: both unpaired, one aligned pair, one
unpaired and the other paired elsewhere) and whether a side is reported (``missed_changed``'s
class: "no report either side", "one side reported" ...); ``--list`` prints each event under its
shape. English dev pairs and tuning pairs only: the held-out, fresh and aside parts are never read.
``--young`` reads the young dev pairs only in the dev columns (``score_formulas.py --split
young``: the dev pairs tuned on least, where gap1 found dev reads like unseen text; en5 of the
forty-second session); the tuning columns stay the outside set's tuning part.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from formula_eval import EVAL_DIR, Event, language_of, load_pairs  # noqa: E402
from formulaness_reach import standing  # noqa: E402
from missed_changed import missed_class, missed_events, telling  # noqa: E402

from readoutdiff.formulas.words.phrases import key  # noqa: E402

_BOND = re.compile(
    r"\b(?:relationships?|partnerships?|ties|relations|friendship|alliance|cooperation|"
    r"co-operation|collaboration)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\w-])\d")
"""A number or a date ("$625 million", "March 4", "2030"), not a digit of a name ("G7",
"COVID-19", "COP26")."""
_LIST = re.compile(r",|\b(?:including|such as)\b")
SHAPES = (
    "number or date",
    "relationship",
    "one frame, object reworded",
    "grown or cut",
    "list or field reworded",
    "shared head, frame changed",
    "paraphrase, no word shared",
)


def shape(event: Event) -> str:
    """The first of :data:`SHAPES` the two wordings of a changed event fit."""
    a, b = event.a or "", event.b or ""
    if _NUMBER.search(a) or _NUMBER.search(b):
        return SHAPES[0]
    if _BOND.search(a) and _BOND.search(b):
        return SHAPES[1]
    if key(a, chinese=False)[:2] == key(b, chinese=False)[:2]:
        return SHAPES[2]
    ta, tb = telling(a), telling(b)
    if ta and tb and (ta <= tb or tb <= ta):
        return SHAPES[3]
    if ta & tb:
        return SHAPES[4] if _LIST.search(a) and _LIST.search(b) else SHAPES[5]
    return SHAPES[6]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--list", action="store_true", help="each missed event under its shape")
    parser.add_argument("--where", action="store_true", help="shapes by place and reports too")
    parser.add_argument(
        "--young", action="store_true",
        help="the dev columns from the young dev pairs only (score_formulas.py --split young)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    parts = {"dev": EVAL_DIR, "tuning": EVAL_DIR.parent / "outside"}
    events: Counter[tuple[str, str]] = Counter()
    series: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    where: Counter[tuple[str, str, str]] = Counter()
    lines: list[str] = []
    for part, folder in parts.items():
        split = "young" if args.young and part == "dev" else "dev"
        pairs = [p for p in load_pairs(folder, split=split) if language_of(p) == "en"]
        for pair, a, b, comparison, event in missed_events(pairs):
            name = shape(event)
            events[part, name] += 1
            series[part, name].add(pair.series)
            place = standing(pair, event, a, b, comparison)
            reported = missed_class(event, a, b, comparison)
            if reported.startswith("no report either side"):
                reported = "no report either side"  # the place is the column before
            where[part, name, f"{place}; {reported}"] += 1
            lines.append(f"{name} | {part} | {pair.name}: {event.a!r} -> {event.b!r} ({place})")
    print("| shape | dev events | dev series | tuning events | tuning series |")
    print("|---|---:|---:|---:|---:|")
    for name in SHAPES:
        cells = [str(events[p, name]) + " | " + str(len(series[p, name])) for p in parts]
        print(f"| {name} | " + " | ".join(cells) + " |")
    total = [
        f"{sum(events[p, n] for n in SHAPES)} | {len(set().union(*(series[p, n] for n in SHAPES)))}"
        for p in parts
    ]
    print("| all | " + " | ".join(total) + " |")
    if args.where:
        print("\n| shape | place; reported | dev | tuning |\n|---|---|---:|---:|")
        for name in SHAPES:
            for place in sorted({w for _, n, w in where if n == name}):
                cells = " | ".join(str(where[p, name, place]) for p in parts)
                print(f"| {name} | {place} | {cells} |")
    if args.list:
        print("", *sorted(lines, key=lambda line: (SHAPES.index(line.split(" | ")[0]), line)),
              sep="\n")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
