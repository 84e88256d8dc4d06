"""Every link ``formulas/linking/slots.py`` makes on a set's English tuning pairs, judged.

    python benchmarks/slot_links.py [--set formulas|outside] [--wrong]

Reads only the dev split (of ``eval/outside/``: its tuning part). Each link (the *changed* entry
``slots.find`` returns, before later steps grow or replace it) is printed with the scorer's
judgment of the report it became (``right``, ``NOISE``, ``WRONG`` fate, or ``later`` when a later
step changed its wordings), the hand's event it was matched to, and where its two sentences
stand in the alignment (``same pair``; else what A's sentence is aligned with), so that right
links can be told from wrong ones. ``--wrong`` prints only noise and wrong fates (acc18).
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable
from typing import Any

from formula_eval import Judged, Pair, judge, language_of, load_pairs, verdict
from score_formulas import SETS, run_tool

from readoutdiff import compare, load
from readoutdiff.formulas.linking import slots
from readoutdiff.model import Alignment, Comparison, Formula, Span


def _tag(judged: Judged | None) -> str:
    if judged is None:
        return "later"
    said = verdict(judged)  # a repeat whose fate agrees with its event: "repeat"
    return {"noise": "NOISE", "wrong fate": "WRONG"}.get(said, said)


def _aligned(comparison: Comparison, side: str, span: Span) -> Alignment | None:
    for alignment in comparison.alignments:
        if any(s.span.start <= span.start < s.span.end for s in getattr(alignment, side)):
            return alignment
    return None


def _placement(comparison: Comparison, link: Formula) -> str:
    a, b = _aligned(comparison, "a", link.a_spans[0]), _aligned(comparison, "b", link.b_spans[0])
    if a is not None and a is b:
        return "same pair"
    return f"A's sentence {a.status.value if a else 'unaligned'}"


def links(pair: Pair) -> list[tuple[str, Formula, Judged | None, str]]:
    """The slot links of ``pair``: (judgment, link, the judged report, placement)."""
    found: list[Formula] = []
    find = slots.find
    slots.find = _recording(find, found)  # lonely.py calls it as slots.find
    try:
        result = judge(pair, run_tool(pair))
    finally:
        slots.find = find
    reports = {(j.report.a, j.report.b): j for j in result.judged}
    comparison = compare(load(pair.a_path), load(pair.b_path))
    out = []
    for link in found:
        judged = reports.get((link.a_text, link.b_text))
        out.append((_tag(judged), link, judged, _placement(comparison, link)))
    return out


def _recording(
    find: Callable[..., slots.Mutations], made: list[Formula]
) -> Callable[..., slots.Mutations]:
    def recorded(*args: Any, **kwargs: Any) -> slots.Mutations:
        out = find(*args, **kwargs)
        made.extend(out.changed)
        return out

    return recorded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=tuple(SETS), default="formulas")
    parser.add_argument("--wrong", action="store_true", help="only noise and wrong fates")
    args = parser.parse_args(argv)
    tally: Counter[str] = Counter()
    for pair in load_pairs(SETS[args.set], split="dev"):
        if language_of(pair) != "en":
            continue
        for tag, link, judged, placement in links(pair):
            tally[tag] += 1
            if args.wrong and tag in ("right", "later"):
                continue
            print(f"{tag}\t{pair.name}\t{link.a_text!r} -> {link.b_text!r}\t({placement})")
            hand = judged.counterpart if judged else None
            if hand is not None:
                print(f"\t\thand: {hand.status} {hand.a!r} -> {hand.b!r}")
    print(", ".join(f"{tag} {n}" for tag, n in sorted(tally.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
