"""List where a miner of "one wording said in two orders" would fire (acc46).

    python benchmarks/reorder_spans.py [--set outside] [--window 6] [--least 3] [--lang en]

For every dev pair of the evaluation set (or every *tuning* pair of the outside set; held-out,
aside and fresh pairs are never read), find two spans, one per readout, each within one
stretch of at most ``--window`` words that crosses no punctuation, holding the same multiset
of ``--least`` or more content stems (stop words of the readout's language aside) in another
order, and said in that order nowhere on the other side. Only the largest multisets are
printed (a span inside a printed one is not). The hand lists say what each is: acc46 read
them by hand (benchmarks/README "acc46").
"""

from __future__ import annotations

import argparse
import tomllib
from collections import defaultdict
from pathlib import Path

from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.formulas.words.roles import stop_words
from readoutdiff.ingest import from_text
from readoutdiff.model import Readout

Spans = dict[tuple[str, ...], set[tuple[tuple[str, ...], str]]]


def spans(readout: Readout, window: int, least: int) -> Spans:
    """Content-stem multisets (sorted) of every punctuation-free span of ``readout`` of at
    most ``window`` words, each with the stems in their order and the text from its start."""
    stops = stop_words(readout.language)
    found: Spans = defaultdict(set)
    for words in readout_words(readout):
        for i, first in enumerate(words.stems):
            if first in stops:
                continue
            content: list[str] = []
            for j in range(i, min(len(words.stems), i + window)):
                if j > i and words.breaks[j]:
                    break
                if words.stems[j] in stops:
                    continue
                content.append(words.stems[j])
                if len(content) >= least:
                    text = readout.text[words.start(i) : words.start(j) + 40].split("\n")[0]
                    found[tuple(sorted(content))].add((tuple(content), text))
    return found


def reordered(a: Readout, b: Readout, window: int, least: int) -> list[tuple[str, str, str]]:
    """The largest multisets the two readouts say only in other orders: (stems, A, B)."""
    left, right = spans(a, window, least), spans(b, window, least)
    hits = [
        k
        for k in left.keys() & right.keys()
        if not {o for o, _ in left[k]} & {o for o, _ in right[k]}
    ]
    return [
        (" ".join(k), min(left[k])[1], min(right[k])[1])
        for k in hits
        if not any(set(k) < set(other) for other in hits)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["formulas", "outside"], default="formulas")
    parser.add_argument("--window", type=int, default=6)
    parser.add_argument("--least", type=int, default=3)
    parser.add_argument("--lang", choices=["en", "zh", "ru"])
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent / "eval" / args.set
    total = 0
    for path in sorted((root / "pairs").glob("*.toml")):
        pair = tomllib.loads(path.read_text())
        if pair.get("heldout", True) or pair.get("fresh"):
            continue
        a = from_text((root / pair["a"]).read_text())
        b = from_text((root / pair["b"]).read_text())
        if args.lang and a.language != args.lang:
            continue
        for stems, left, right in sorted(reordered(a, b, args.window, args.least)):
            total += 1
            print(f"{a.language} {path.stem} ({stems})\n    A: {left}\n    B: {right}")
    print(f"{total} spans")


if __name__ == "__main__":
    main()
