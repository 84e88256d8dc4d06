"""Score sentence pairing on the real bilingual set (``eval/bilingual``) against hand-written links.

Each ``eval/bilingual/gold/*.pairs`` file names two readouts and lists the
sentence links a reader drew by hand, one per line as ``A prefix<TAB>B prefix``
(a 2:1 or 1:2 is two lines). A predicted link is every (A sentence, B sentence)
inside one aligned passage of ``readoutdiff.compare`` with default options.
Pair precision is the share of predicted links that are in the gold file; pair
recall the share of gold links predicted. Figures are per set
(``translation``: one readout and its translation; ``two-sides``: each side's
own readout of one call, where a false pair would come from shared names or
URL words) and per half (``# half:`` in each gold file): ``dev`` holds the
pairs the thresholds of pairing by meaning were chosen on, ``held-out`` a
third of the translation pairs kept aside until the end (never looked at while
tuning), so its figures say how the defaults carry to new text.

    .venv/bin/python benchmarks/score_bilingual.py            # default options
    .venv/bin/python benchmarks/score_bilingual.py --details  # every link, right or wrong

This is a script, not a test: it prints figures and never fails.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from readoutdiff import compare
from readoutdiff.ingest import load
from readoutdiff.model import Options, Readout

ROOT = Path(__file__).resolve().parent.parent / "eval" / "bilingual"


@dataclass(frozen=True, slots=True)
class Gold:
    """One hand-scored pair of readouts."""

    name: str
    set: str
    half: str
    a: str
    b: str
    links: tuple[tuple[str, str], ...]


def read_gold(path: Path) -> Gold:
    """Read a ``.pairs`` file: ``# set:``, ``# half:``, ``# a:``, ``# b:`` headers, then prefix links."""
    meta: dict[str, str] = {}
    links = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            key, _, value = line[1:].partition(":")
            if value:
                meta[key.strip()] = value.strip()
        elif line.strip():
            a_prefix, b_prefix = line.split("\t")
            links.append((a_prefix, b_prefix))
    return Gold(path.stem, meta["set"], meta["half"], meta["a"], meta["b"], tuple(links))


def sentence_of(readout: Readout, prefix: str) -> int:
    """Index of the one sentence of ``readout`` that starts with (or holds) ``prefix``."""
    starting = [s.index for s in readout.sentences if s.text.startswith(prefix)]
    found = starting or [s.index for s in readout.sentences if prefix in s.text]
    if len(found) != 1:
        raise SystemExit(f"{readout.path}: {len(found)} sentences match {prefix!r}")
    return found[0]


def predicted_links(a: Readout, b: Readout, options: Options) -> set[tuple[int, int]]:
    """Every (A, B) sentence link inside an aligned passage."""
    result = compare(a, b, options=options)
    return {
        (x.index, y.index)
        for alignment in result.alignments
        for x in alignment.a
        for y in alignment.b
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print every link, right or wrong")
    parser.add_argument("--meaning", action="store_true", help="compare with Options(meaning=True)")
    args = parser.parse_args()
    options = Options(formulas=False, meaning=args.meaning)
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    print(
        "| pair | set | half | languages | gold | predicted | right | precision | recall | seconds |"
    )
    print("| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for path in sorted(ROOT.glob("gold/*.pairs")):
        gold = read_gold(path)
        a, b = load(str(ROOT / gold.a)), load(str(ROOT / gold.b))
        wanted = {(sentence_of(a, x), sentence_of(b, y)) for x, y in gold.links}
        started = time.perf_counter()
        found = predicted_links(a, b, options)
        seconds = time.perf_counter() - started
        right = len(found & wanted)
        for key in _keys(gold, a.language, b.language):
            totals[key][0] += len(wanted)
            totals[key][1] += len(found)
            totals[key][2] += right
        print(
            f"| {gold.name} | {gold.set} | {gold.half} | {a.language}–{b.language} | {len(wanted)} "
            f"| {len(found)} "
            f"| {right} | {_ratio(right, len(found))} | {_ratio(right, len(wanted))} | {seconds:.2f} |"
        )
        if args.details:
            for x, y in sorted(found | wanted):
                mark = (
                    "ok   "
                    if (x, y) in found and (x, y) in wanted
                    else ("FALSE" if (x, y) in found else "MISS ")
                )
                print(f"    {mark} {a.sentences[x].text[:60]!r} ↔ {b.sentences[y].text[:30]!r}")
    print()
    print("| set | half | gold links | predicted | right | pair precision | pair recall |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for (name, half), (wanted, found, right) in sorted(totals.items()):
        print(
            f"| {name} | {half} | {wanted} | {found} | {right} | {_ratio(right, found)} "
            f"| {_ratio(right, wanted)} |"
        )


def _keys(gold: Gold, a_language: str, b_language: str) -> list[tuple[str, str]]:
    """The rows of the summary one pair counts in: its half, both halves, and its languages."""
    languages = "–".join(sorted((a_language, b_language)))
    return [
        (gold.set, gold.half),
        (gold.set, "all"),
        (f"{gold.set} {languages}", "all"),
    ]


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "–"


if __name__ == "__main__":
    main()
