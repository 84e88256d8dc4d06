"""The entries a Chinese clause rule makes on CCTV's archive outside the evaluation set: each
pair of consecutive readouts of one counterpart, the rule on and off (zh19's relationship rule
first, removed by zh14).

    python benchmarks/zh_related_outside.py [--seed 19] [--show 25] [--rule tails_paired]

``--rule`` names the Chinese clause rule :mod:`readoutdiff.formulas.tracking` runs that is
switched off (``items_paired``, zh20's lists, by default; ``tails_paired``, zh22's kept tails), in its own module: tracking imports it where a Chinese pair reads it.

Readouts as :func:`build_background_zh.readouts` reads them (evaluation and reserved
counterparts left out, at commit ``ae8d591``); zh10's and zh14's judged batches are left out too.
Prints how many pairs, how many of them the rule changes, and a seeded sample of the changed
entries (wordings and the two clauses' sentences) to judge by hand.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict
from pathlib import Path
from unittest import mock

from build_background_zh import REPO, readouts

from readoutdiff.compare import compare
from readoutdiff.formulas.entries import kept_tails, listed_items
from readoutdiff.ingest import from_text

ROOT = Path(__file__).resolve().parent.parent
HOMES = {"items_paired": listed_items, "tails_paired": kept_tails}
"""Each rule ``--rule`` may name, by the module it is defined in."""


def judged_texts() -> set[str]:
    """A line of each readout of eval/noise's CCTV files (zh10's and zh14's judged batches): a
    readout saying one of them is left out."""
    lines = set()
    for path in (ROOT / "eval" / "noise").glob("*__cctv.txt"):
        body = [line for line in path.read_text("utf-8").splitlines() if len(line) > 40]
        lines.update(body[:1])
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--show", type=int, default=25)
    parser.add_argument("--rule", choices=tuple(HOMES), default="items_paired")
    args = parser.parse_args()
    by_who: dict[str, list[str]] = defaultdict(list)
    for who, text in readouts(REPO):
        by_who[re.sub(r"\s+", "", who)].append(text)
    skip = judged_texts()
    pairs = 0
    made: list[tuple[str, str, str]] = []
    for who, texts in sorted(by_who.items()):
        for one, two in zip(texts, texts[1:], strict=False):
            a, b = from_text(one), from_text(two)
            if a.language != "zh" or b.language != "zh":
                continue
            if any(line in one or line in two for line in skip):
                continue
            pairs += 1
            on = compare(a, b).formulas
            with mock.patch.object(HOMES[args.rule], args.rule, lambda f, _a, _b: tuple(f)):
                off = compare(a, b).formulas
            for entry in set(on) - set(off):
                made.append((who, entry.a_text or "", entry.b_text or ""))
    print(f"{pairs} consecutive pairs, {len(made)} entries made by the rule")
    random.Random(args.seed).shuffle(made)
    for who, x, y in made[: args.show]:
        print(f"- {who}: {x} -> {y}")


if __name__ == "__main__":
    main()
