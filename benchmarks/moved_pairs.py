"""List the moved pairs the aligner makes on real readouts, with what might tell right from wrong.

    PYTHONPATH=src .venv/bin/python benchmarks/moved_pairs.py [--texts]

Reads the sample pair of the README (samples/2021-06-28 vs 2021-12-15 Xi-Putin) and both files of
each dev pair of the evaluation set (same-language pairs; dev only, as rules are written on it). For each moved pair it prints the score and, for a 1:1 pair, the signals a
floor for moved pairs could read: the word part of the score (the score without its character
quarter, :mod:`readoutdiff.align.similarity`), the character ratio, and the margin over the best
other sentence of either side, and the hand list's verdict: ``linked`` when a changed or persisted
event has its A wording in the pair's A side and its B wording in its B side, ``elsewhere`` when an
event puts one side's wording with another sentence (branch al1, benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from formula_eval import Event, load_pairs

from readoutdiff import load
from readoutdiff.align import align
from readoutdiff.align.similarity import Scorer, Side, character_ratio

SAMPLE = (Path("samples/2021-06-28-xi-putin.txt"), Path("samples/2021-12-15-xi-putin.txt"))


def verdict(events: tuple[Event, ...], a_text: str, b_text: str) -> str:
    """What the hand list says of pairing ``a_text`` with ``b_text``: linked, elsewhere or none."""
    said = []
    for event in events:
        if event.status not in ("changed", "persisted") or not event.a or not event.b:
            continue
        here = (event.a in a_text, event.b in b_text)
        if all(here):
            said.append("linked")
        elif any(here):
            said.append("elsewhere")
    return "+".join(sorted(set(said))) or "none"


def moved_rows(
    a_path: Path, b_path: Path, texts: bool, events: tuple[Event, ...] | None = None
) -> list[str]:
    """One line (and the two texts, with ``texts``) per moved pair of the two readouts."""
    a, b = load(a_path), load(b_path)
    if a.language != b.language:
        return []
    rows = []
    side_a, side_b = Side(a.sentences), Side(b.sentences)
    scorer = Scorer(side_a, side_b)
    for pair in align(a.sentences, b.sentences):
        if not pair.moved:
            continue
        row = f"{a_path.name:45} A{list(pair.a)} B{list(pair.b)} score={pair.score:.3f}"
        if len(pair.a) == len(pair.b) == 1:
            a_index, b_index = pair.a[0], pair.b[0]
            chars = character_ratio(side_a.folded[a_index], side_b.folded[b_index])
            word = (pair.score - 0.25 * chars) / 0.75  # 0.5 dice + 0.25 containment, rescaled
            other = max(
                max(
                    (scorer.pair(i, b_index) for i in range(side_a.size) if i != a_index), default=0
                ),
                max(
                    (scorer.pair(a_index, j) for j in range(side_b.size) if j != b_index), default=0
                ),
            )
            row += f" word={word:.3f} chars={chars:.2f} margin={pair.score - other:+.3f}"
        a_text = " ".join(a.sentences[i].text for i in pair.a)
        b_text = " ".join(b.sentences[i].text for i in pair.b)
        if events is not None:
            row += f" hand={verdict(events, a_text, b_text)}"
        rows.append(row)
        if texts:
            rows.append("    A: " + a_text)
            rows.append("    B: " + b_text)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", action="store_true", help="print both texts of each pair")
    args = parser.parse_args(argv)
    files = [(*SAMPLE, None)]
    files += [(pair.a_path, pair.b_path, pair.events) for pair in load_pairs(split="dev")]
    count = 0
    for a_path, b_path, events in files:
        rows = moved_rows(a_path, b_path, args.texts, events)
        count += sum(not row.startswith("    ") for row in rows)
        for row in rows:
            print(row)
    print(f"{count} moved pairs over {len(files)} readout pairs (the sample and dev)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
