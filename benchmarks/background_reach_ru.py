"""How far the Russian background's corpus could reach: for each appeared/dropped event of the
Russian dev pairs (``eval/formulas``), the most corpus readouts (and counterparts) that share a
run of 3 (the mining's shortest phrase) or of 2 of its stems, no Russian function word at an
edge. Dev pairs only: held-out wordings are not read.

    python benchmarks/background_reach_ru.py --mirror /work/.mirror/gabrielkmbo+kremlin-scraper/repo
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import build_background as english
import build_background_ru as builder
import formula_eval

from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.ingest import from_text
from readoutdiff.languages.ru import stem

Corpus = list[tuple[str, str, list[tuple[str, ...]]]]
"""(page, counterpart, the stems of each sentence)."""


def runs(stems: tuple[str, ...], size: int, stop: set[str]) -> Iterator[tuple[str, ...]]:
    for first in range(len(stems) - size + 1):
        run = stems[first : first + size]
        if run[0] not in stop and run[-1] not in stop:
            yield run


def reach(run: tuple[str, ...], corpus: Corpus) -> tuple[int, int]:
    """(readouts, counterparts) that say ``run`` in one sentence."""
    pages, who = set(), set()
    for page, counterpart, sentences in corpus:
        for stems in sentences:
            if any(stems[i : i + len(run)] == run for i in range(len(stems) - len(run) + 1)):
                pages.add(page)
                who.add(counterpart)
                break
    return len(pages), len(who)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, required=True)
    parser.add_argument("--commit", default="HEAD")
    args = parser.parse_args(argv)
    commit = english.git(args.mirror, "rev-parse", args.commit).strip()
    corpus: Corpus = [
        (s.path, s.counterpart, [tuple(w.stems) for w in readout_words(from_text(s.text))])
        for s in builder.sources(args.mirror, commit)
    ]
    stop = builder.EDGE | {stem(word) for word in builder.EDGE}
    totals: Counter[str] = Counter()
    for pair in formula_eval.load_pairs(split="dev"):
        if formula_eval.language_of(pair) != "ru":
            continue
        for event in pair.events:
            if event.status not in ("appeared", "dropped"):
                continue
            wording = event.b or event.a or ""
            stems = tuple(s for w in readout_words(from_text(wording)) for s in w.stems)
            totals["events"] += 1
            line = [event.status, wording[:60]]
            for size in (3, 2):
                most = max(((reach(r, corpus), r) for r in runs(stems, size, stop)), default=None)
                (pages, who), run = most if most else ((0, 0), ())
                line.append(f"{size}: {pages}/{who} {' '.join(run)}")
                for least in (3, 2):
                    totals[f"{size} stems, >= {least} of >= {least}"] += (
                        pages >= least and who >= least
                    )
            print(" | ".join(line))
    for key, value in totals.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
