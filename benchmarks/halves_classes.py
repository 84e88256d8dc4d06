"""The repeats that are halves of one line told with two statuses (branch dup4), and the
one-sided entries that stand next to a changed entry: could the halves be joined?

``repeat_classes.py``'s class "other wording, other fate" holds repeats whose judged report
and repeat have other statuses. This script classes them by the pair of statuses, the status
the hand list gives the line, and where the two extents stand on a side both have
(:func:`place`; "other sides" when they share none: a dropped A half and an appeared B half).

With ``--neighbours`` it counts, for every dropped or appeared entry and the changed entries
on its side, the first changed entry it stands next to (within ``--near`` characters, no
sentence end between), by :func:`place` and by what the scorer says of the two: one hand event
(a join would tell it once) or two (a join would lose one).

Dev and tuning only print examples (``--examples N``); held-out and aside: counts only.

    PYTHONPATH=src python benchmarks/halves_classes.py --split dev [--set outside] [--examples 5]
    PYTHONPATH=src python benchmarks/halves_classes.py --split dev --neighbours [--near 30]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from typing import Any

from formula_eval import Judged, judge, load_pairs, verdict
from repeat_classes import class_of
from score_formulas import SETS, report_of

from readoutdiff.compare import compare
from readoutdiff.ingest import load
from readoutdiff.model import Formula, FormulaStatus, Span

NEAR = 30
"""Characters between two extents of one sentence that still count them next to each other."""
_ENDS = re.compile(r"[.!?;。！？；\n]")
_ONE_SIDED = {FormulaStatus.DROPPED: "a", FormulaStatus.APPEARED: "b"}


def place(text: str, x: Span, y: Span, near: int = NEAR) -> str:
    """Where extent ``y`` stands against ``x`` on one side: "equal", "inside" (``y`` within
    ``x``), "around" (``x`` within ``y``), "overlap", "touch" (no character between), "near"
    (at most ``near`` characters between, no sentence end), "same line" or "other line"."""
    if x.line != y.line:
        return "other line"
    x_in_y = y.start <= x.start and x.end <= y.end
    y_in_x = x.start <= y.start and y.end <= x.end
    if x_in_y and y_in_x:
        return "equal"
    if y_in_x:
        return "inside"
    if x_in_y:
        return "around"
    lo, hi = (x, y) if x.start <= y.start else (y, x)
    if hi.start < lo.end:
        return "overlap"
    between = text[lo.end : hi.start]
    if not between:
        return "touch"
    if len(between) <= near and not _ENDS.search(between):
        return "near"
    return "same line"


def places(comparison: Any, f: Formula, g: Formula, near: int = NEAR) -> str:
    """:func:`place` of ``g`` against ``f`` on each side both have one extent on, joined by
    " / " (A first); "other sides" when they share no side."""
    out = []
    for side, text in (("a", comparison.a.text), ("b", comparison.b.text)):
        fs, gs = getattr(f, f"{side}_spans"), getattr(g, f"{side}_spans")
        if fs and gs:
            out.append(f"{side.upper()}: {place(text, fs[0], gs[0], near)}")
    return " / ".join(out) or "other sides"


def _run(pair: Any) -> tuple[Any, list[Formula], list[Judged]]:
    comparison = compare(load(pair.a_path), load(pair.b_path))
    formulas = list(comparison.formulas)
    result = judge(pair, [report_of(comparison, f) for f in formulas])
    return comparison, formulas, result.judged


def halves(pair: Any, near: int = NEAR) -> list[tuple[tuple[str, ...], str]]:
    """The pair's repeats of class "other wording, other fate", each as its key (the two
    statuses, judged first; the hand status; :func:`places`) and a line to print."""
    comparison, formulas, judged = _run(pair)
    by_event: dict[int, list[int]] = {}
    for i, j in enumerate(judged):
        if j.counterpart is not None:
            by_event.setdefault(id(j.counterpart), []).append(i)
    out = []
    for group in by_event.values():
        kept = [i for i in group if not judged[i].repeat]
        if not kept:
            continue
        k = kept[0]
        for i in group:
            j = judged[i]
            if not j.repeat or class_of(j, judged[k]) != "other wording, other fate":
                continue
            f, g = formulas[k], formulas[i]
            assert j.counterpart is not None
            key = (
                f"{f.status.value} + {g.status.value}",
                f"hand {j.counterpart.status}",
                places(comparison, f, g, near),
            )
            line = (
                f"  {pair.name}\n    hand {j.counterpart.status}: {j.counterpart.a!r} -> "
                f"{j.counterpart.b!r}\n    judged {f.status.value}: {f.a_text!r} -> {f.b_text!r}"
                f"\n    repeat {g.status.value}: {g.a_text!r} -> {g.b_text!r}"
            )
            out.append((key, line))
    return out


def neighbours(pair: Any, near: int = NEAR) -> list[tuple[tuple[str, ...], str]]:
    """Each dropped or appeared entry (one extent) and the first changed entry (one extent a
    side) it stands next to on its side (:func:`place` other than "same line"/"other line"),
    as its key (status, place, verdicts, one event or two) and a line to print."""
    comparison, formulas, judged = _run(pair)
    changed = [
        (f, j)
        for f, j in zip(formulas, judged, strict=True)
        if f.status is FormulaStatus.CHANGED and len(f.a_spans) == len(f.b_spans) == 1
    ]
    out = []
    for h, jh in zip(formulas, judged, strict=True):
        side = _ONE_SIDED.get(h.status)
        spans = getattr(h, f"{side}_spans") if side else ()
        if side is None or len(spans) != 1:
            continue
        text = comparison.a.text if side == "a" else comparison.b.text
        for c, jc in changed:
            where = place(text, getattr(c, f"{side}_spans")[0], spans[0], near)
            if where in ("same line", "other line"):
                continue
            one = jc.counterpart is not None and jc.counterpart is jh.counterpart
            key = (
                h.status.value,
                where,
                f"changed {verdict(jc)}, half {verdict(jh)}",
                "one event" if one else "two events or noise",
            )
            line = (
                f"  {pair.name} [{where}]\n    changed: {c.a_text!r} -> {c.b_text!r}"
                f"\n    {h.status.value}: {h.a_text or h.b_text!r}"
            )
            out.append((key, line))
            break
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--set", choices=tuple(SETS), default="formulas")
    parser.add_argument("--near", type=int, default=NEAR)
    parser.add_argument("--neighbours", action="store_true")
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args(argv)
    if args.split != "dev" and args.examples:
        parser.error("examples from the dev / tuning split only")
    read = neighbours if args.neighbours else halves
    counts: Counter[tuple[str, ...]] = Counter()
    examples: dict[tuple[str, ...], list[str]] = {}
    for pair in load_pairs(SETS[args.set], split=args.split):
        for key, line in read(pair, args.near):
            counts[key] += 1
            examples.setdefault(key, [])
            if len(examples[key]) < args.examples:
                examples[key].append(line)
    what = "one-sided entries next to a changed entry" if args.neighbours else "repeats"
    print(f"{sum(counts.values())} {what} ({args.set}, {args.split})")
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:4}  {' | '.join(key)}")
        for e in examples[key]:
            print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
