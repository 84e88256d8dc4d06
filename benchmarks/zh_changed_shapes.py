"""Chinese dev *changed* reports by origin and by shape, right against wrong fate and noise.

    python benchmarks/zh_changed_shapes.py [--list]

Counts, on the Chinese dev pairs only (never held-out or fresh), every report
``score_formulas.py`` judges whose status is *changed*: by its origin (``score_formulas.origin``:
source and the kind of its id) and by the shape of its two wordings (one inside the other with
only characters inserted; same opening and ending; same opening; same ending; no shared end).
``--list`` prints each report with its class and the hand list's counterpart.
"""

from __future__ import annotations

import argparse
from collections import Counter

from fate_classes import judged_reports, kind
from formula_eval import language_of, load_pairs

INSERTED = 3
"""At most this many characters inserted for the "short insertion" shape."""


def _common_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _inside(short: str, long_: str) -> bool:
    rest = iter(long_)
    return all(char in rest for char in short)


def shape(a: str, b: str) -> str:
    """The shape of a changed report's two wordings."""
    short, long_ = sorted((a, b), key=len)
    if _inside(short, long_):
        gap = len(long_) - len(short)
        return "short insertion" if gap <= INSERTED else "long insertion"
    start, end = _common_start(a, b), _common_start(a[::-1], b[::-1])
    if start >= 2 and end >= 2:
        return "same opening and ending"
    if start >= 2:
        return "same opening"
    if end >= 2:
        return "same ending"
    return "no shared end"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="every changed report")
    args = parser.parse_args(argv)
    by_origin: Counter[tuple[str, str]] = Counter()
    by_shape: Counter[tuple[str, str]] = Counter()
    for pair in load_pairs(split="dev"):
        if language_of(pair) != "zh":
            continue
        comparison, judged = judged_reports(pair)
        for one in judged:
            report = one.report
            if report.status != "changed" or not report.a or not report.b:
                continue
            said = "right" if one.right else kind(comparison, one)
            said = "noise" if said.startswith("noise") else said.replace("said changed, is ", "is ")
            by_origin[report.note, said] += 1
            by_shape[shape(report.a, report.b), said] += 1
            if args.list:
                hand = one.counterpart
                print(
                    f"- {pair.name} [{report.note}; {shape(report.a, report.b)}; {said}] "
                    f"{report.a!r} -> {report.b!r}"
                    + (f" (hand: {hand.a!r} -> {hand.b!r})" if hand else "")
                )
    for title, counts in (("origin", by_origin), ("shape", by_shape)):
        classes = sorted({c for _, c in counts})
        print(f"\n| {title} | " + " | ".join(classes) + " |")
        print("|---|" + "---:|" * len(classes))
        for row in sorted({r for r, _ in counts}):
            print(f"| {row} | " + " | ".join(str(counts[row, c]) for c in classes) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
