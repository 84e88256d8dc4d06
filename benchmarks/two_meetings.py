"""The two-meetings warning (``readoutdiff A B`` of files whose names say no series,
:func:`readoutdiff.ingest.people.no_one_shared`) over eval's readouts (formulas, noise,
outside), per language: pairs of two series sharing no participant by file name (all of them,
or a seeded sample of ``--sample`` when more) and how many are warned, the more the better;
and every pair of one series and how many are warned, which must stay 0 (ux21; rev33 measured
Russian alone). A check of the warning, not of formulas.

    PYTHONPATH=src python benchmarks/two_meetings.py [--sample 4000] [--language ru]
"""

from __future__ import annotations

import argparse
import itertools
import random
from pathlib import Path

from readoutdiff.ingest import load
from readoutdiff.ingest.people import no_one_shared
from readoutdiff.ingest.readout_paths import series_named

EVAL = Path(__file__).resolve().parent.parent / "eval"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=4000, help="unrelated pairs at most")
    parser.add_argument("--language", choices=("en", "zh", "ru"), action="append")
    args = parser.parse_args()
    readouts = [
        load(path, max_bytes=10**8)
        for name in ("formulas", "noise", "outside")
        for path in sorted((EVAL / name).glob("*__*.txt"))
    ]
    for language in args.language or ("en", "zh", "ru"):
        these = [r for r in readouts if r.language == language]
        same, unrelated = [], []
        for a, b in itertools.combinations(these, 2):
            first, second = str(series_named(a.path)), str(series_named(b.path))
            if first == second:
                same.append((a, b))
            elif not set(first.split("-")) & set(second.split("-")):
                unrelated.append((a, b))
        if len(unrelated) > args.sample:
            unrelated = random.Random(46).sample(unrelated, args.sample)
        warned = sum(no_one_shared(a.text, b.text, language) is not None for a, b in unrelated)
        wrong = [(a.path, b.path) for a, b in same if no_one_shared(a.text, b.text, language)]
        share = 100 * warned / max(1, len(unrelated))
        print(
            f"{language}: {len(these)} readouts; pairs of two series sharing no participant"
            f" warned {warned} of {len(unrelated)} ({share:.1f} %); pairs of one series warned"
            f" {len(wrong)} of {len(same)}"
        )
        for a_path, b_path in wrong[:10]:
            print(f"    {a_path}  {b_path}")


if __name__ == "__main__":
    main()
