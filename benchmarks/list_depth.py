"""How densely each hand list was written, and where two lists of one readout disagree.

    python benchmarks/list_depth.py [--lang en|zh|ru] [--set formulas|outside|both]
                                    [--sparsest SHARE] [--pairs] [--cross] [--json]

Reads the hand lists only (``eval/formulas/pairs/`` and ``eval/outside/pairs/``); never runs the
tool, so it may be read on every split (held-out, fresh and aside included) to choose pairs for
annotation blind to the tool.

* **Depth** of a pair: its hand events per 1,000 characters of its two readouts (whitespace not
  counted). Per group — set and split (dev, held-out, fresh; the outside set's tuning and aside
  parts) by language — the pairs, the depth's minimum, median and maximum, and the sparsest
  ``--sparsest`` share of the group's pairs (default 0.1, at least one pair), named with their
  depths.
* **Cross-pair check** (``--cross``): two consecutive pairs of a series share a readout (B of one
  is A of the next). Each list judges wordings of that readout: a formula (an event's wording on
  that side, of any status) or a not-formula (a ``not_formulas`` entry written in that readout).
  Every wording one list judges that the other list leaves out (no wording of the other list
  matches it under the scorer's matching rule, ``formula_eval.similarity``, nor holds it or
  stands inside it word for word) or judges the other way (it meets only wordings of the other
  kind) is listed, with the pair that judges it. A name inside a listed formula ("非洲领导力学院"
  inside "为非国大建设非洲领导力学院提供力所能及的帮助") is so "the other way": read each one.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

from formula_eval import EVAL_DIR, ROOT, Pair, fold, language_of, load_pairs, similarity, split_of

OUTSIDE_DIR = ROOT / "eval" / "outside"
SETS = {"formulas": EVAL_DIR, "outside": OUTSIDE_DIR}
GROUPS = {
    "formulas": {"dev": "dev", "heldout": "held-out", "fresh": "fresh"},
    "outside": {"dev": "tuning", "heldout": "aside", "fresh": "aside fresh"},
}
FORMULA, NOT_FORMULA = "formula", "not-formula"


def characters(path: Path) -> int:
    """The readout's characters, whitespace not counted."""
    return sum(1 for c in path.read_text(encoding="utf-8") if not c.isspace())


def depth(pair: Pair) -> float:
    """Hand events per 1,000 characters of the pair's two readouts."""
    size = characters(pair.a_path) + characters(pair.b_path)
    return 1000.0 * len(pair.events) / size if size else 0.0


@dataclass(frozen=True)
class Row:
    set: str
    group: str
    lang: str
    pair: Pair
    depth: float


def rows(sets: list[str], lang: str | None = None) -> list[Row]:
    out = []
    for name in sets:
        for pair in load_pairs(SETS[name]):
            language = language_of(pair)
            if lang and language != lang:
                continue
            group = GROUPS[name][split_of(pair)]
            out.append(Row(name, group, language, pair, depth(pair)))
    return out


def sparsest(group: list[Row], share: float) -> list[Row]:
    """The ``share`` of the group's pairs with the fewest events per 1,000 characters (at least
    one; ties broken by name)."""
    n = max(1, math.ceil(share * len(group) - 1e-9))
    return sorted(group, key=lambda r: (r.depth, r.pair.name))[:n]


def grouped(all_rows: list[Row]) -> dict[tuple[str, str, str], list[Row]]:
    order = [(s, g) for s in SETS for g in GROUPS[s].values()]
    out: dict[tuple[str, str, str], list[Row]] = {}
    for row in sorted(all_rows, key=lambda r: (order.index((r.set, r.group)), r.lang)):
        out.setdefault((row.set, row.group, row.lang), []).append(row)
    return out


def judged(pair: Pair, side: str, text: str) -> list[tuple[str, str]]:
    """(wording, formula or not-formula) of the readout on ``side`` as ``pair``'s list judges it."""
    out = [(w, FORMULA) for e in pair.events if (w := getattr(e, side))]
    folded = fold(text)
    for name in pair.not_formulas:
        words = fold(name)
        n = len(words)
        if n and any(folded[i : i + n] == words for i in range(len(folded) - n + 1)):
            out.append((name, NOT_FORMULA))
    return out


@dataclass(frozen=True)
class Disagreement:
    readout: str
    judged_by: str
    other: str
    wording: str
    kind: str
    verdict: str
    """``left out`` by the other list, or ``the other way`` (the other list judges it of the
    other kind only)."""


def _judges(x: str, y: str) -> bool:
    """Whether two wordings of one readout are one judgement: they match under the scorer's rule,
    or one's words stand inside the other's (a list that cuts a line finer or coarser than the
    other, "restore calm" inside "restore calm and de-escalate tensions", judges it too)."""
    if similarity(x, y) > 0.0:
        return True
    fx, fy = fold(x), fold(y)
    short, long = (fx, fy) if len(fx) <= len(fy) else (fy, fx)
    n = len(short)
    return n > 0 and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _verdict(wording: str, kind: str, other: list[tuple[str, str]]) -> str | None:
    kinds = {k for w, k in other if _judges(wording, w)}
    if kind in kinds:
        return None
    return "the other way" if kinds else "left out"


def consecutive(pairs: list[Pair]) -> list[tuple[Pair, Pair]]:
    """(first, next) for every two pairs where B of the first is A of the next."""
    by_a: dict[str, list[Pair]] = {}
    for pair in pairs:
        by_a.setdefault(pair.a_path.name, []).append(pair)
    return [(p, q) for p in pairs for q in by_a.get(p.b_path.name, ()) if q is not p]


def cross(pairs: list[Pair]) -> list[Disagreement]:
    out = []
    for first, nxt in consecutive(pairs):
        text = first.b_path.read_text(encoding="utf-8")
        lists = {first.name: judged(first, "b", text), nxt.name: judged(nxt, "a", text)}
        for mine, theirs in ((first.name, nxt.name), (nxt.name, first.name)):
            for wording, kind in lists[mine]:
                verdict = _verdict(wording, kind, lists[theirs])
                if verdict:
                    out.append(
                        Disagreement(first.b_path.name, mine, theirs, wording, kind, verdict)
                    )
    return out


def _fmt(x: float) -> str:
    return f"{x:.1f}"


def depth_table(groups: dict[tuple[str, str, str], list[Row]], share: float) -> str:
    lines = [
        f"{'set':9} {'group':9} {'lang':4} {'pairs':>5} {'min':>6} {'median':>6} {'max':>6}  "
        f"sparsest {share:.0%}"
    ]
    for (set_name, group, lang), members in groups.items():
        depths = [r.depth for r in members]
        few = ", ".join(f"{r.pair.name} {_fmt(r.depth)}" for r in sparsest(members, share))
        lines.append(
            f"{set_name:9} {group:9} {lang:4} {len(members):>5} {_fmt(min(depths)):>6} "
            f"{_fmt(statistics.median(depths)):>6} {_fmt(max(depths)):>6}  {few}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=("en", "zh", "ru"))
    parser.add_argument("--set", choices=("formulas", "outside", "both"), default="both")
    parser.add_argument("--sparsest", type=float, default=0.1, help="share named per group")
    parser.add_argument("--pairs", action="store_true", help="every pair with its depth")
    parser.add_argument("--cross", action="store_true", help="the cross-pair disagreements")
    parser.add_argument("--json", action="store_true", help="the figures as one JSON object")
    args = parser.parse_args(argv)
    sets = list(SETS) if args.set == "both" else [args.set]
    all_rows = rows(sets, args.lang)
    groups = grouped(all_rows)
    found = cross([r.pair for r in all_rows]) if args.cross or args.json else []
    if args.json:
        print(json.dumps(as_json(groups, args.sparsest, found), ensure_ascii=False, indent=1))
        return 0
    print(depth_table(groups, args.sparsest))
    if args.pairs:
        print()
        for (set_name, group, lang), members in groups.items():
            for r in sorted(members, key=lambda r: (r.depth, r.pair.name)):
                print(f"{set_name:9} {group:9} {lang:4} {_fmt(r.depth):>6} {r.pair.name}")
    if args.cross:
        print(f"\ncross-pair disagreements: {len(found)}")
        for d in found:
            print(f"{d.readout}: {d.judged_by} {d.kind}, {d.verdict} by {d.other}: {d.wording}")
    return 0


def as_json(
    groups: dict[tuple[str, str, str], list[Row]], share: float, found: list[Disagreement]
) -> dict[str, object]:
    return {
        "groups": [
            {
                "set": s,
                "group": g,
                "lang": lang,
                "pairs": len(members),
                "min": round(min(r.depth for r in members), 2),
                "median": round(statistics.median(r.depth for r in members), 2),
                "max": round(max(r.depth for r in members), 2),
                "sparsest": [r.pair.name for r in sparsest(members, share)],
            }
            for (s, g, lang), members in groups.items()
        ],
        "depth": {r.pair.name: round(r.depth, 2) for m in groups.values() for r in m},
        "cross": [d.__dict__ for d in found],
    }


if __name__ == "__main__":
    sys.exit(main())
