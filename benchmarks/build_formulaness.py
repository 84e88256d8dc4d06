"""Build the formula-ness table (``src/readoutdiff/data/formulaness.tsv``).

How many distinct counterparts' readouts use each content-word n-gram of an outside corpus:
the White House readouts of ``brian14708/wh-briefings`` read by ``build_background.py``
(its ``sources``: every evaluation and reserved series left out by its ``EXCLUDED``). An
n-gram is two or three content words of one clause in a row, stop words between them
skipped ("release of hostages" -> ``release hostage``, "right to defend" -> ``right
defend``); a capitalised word (a name, a place), an office or date word or a figure ends
the run (:func:`readoutdiff.formulas.formulaness.grams`). Kept: n-grams of at least
``--min-counterparts`` counterparts.

    python benchmarks/build_formulaness.py --mirror /work/.mirror/brian14708+wh-briefings/repo

Same mirror commit and threshold, same bytes.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_background import MIRROR, git, sources  # noqa: E402

from readoutdiff.formulas.formulaness import grams  # noqa: E402
from readoutdiff.formulas.phrases import readout_words  # noqa: E402
from readoutdiff.ingest import from_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "readoutdiff" / "data" / "formulaness.tsv"


def count(mirror: Path, commit: str) -> tuple[dict[tuple[str, ...], set[str]], int, int]:
    """Return n-gram -> counterparts, and how many readouts and counterparts were read."""
    who: dict[tuple[str, ...], set[str]] = defaultdict(set)
    readouts, people = 0, set()
    for source in sources(mirror, commit):
        readouts += 1
        people.add(source.counterpart)
        for words in readout_words(from_text(source.text, path=source.path)):
            for gram in grams(words):
                who[gram].add(source.counterpart)
    return who, readouts, len(people)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, required=True, help="git dir of the mirror")
    parser.add_argument("--commit", default="HEAD")
    parser.add_argument("--min-counterparts", type=int, default=3)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    commit = git(args.mirror, "rev-parse", args.commit).strip()
    who, readouts, people = count(args.mirror, commit)
    rows = sorted(
        (" ".join(gram), len(names)) for gram, names in who.items()
        if len(names) >= args.min_counterparts
    )  # fmt: skip
    lines = [
        "# Formula-ness: content-word n-grams and how many counterparts' readouts use them.",
        "# Built by benchmarks/build_formulaness.py (readoutdiff.formulas.formulaness.grams).",
        f"# Source: github.com/{MIRROR} at commit {commit}, White House readouts (public domain);",
        f"# {readouts} readouts of {people} counterparts, evaluation and reserved series left out.",
        f"# Kept: n-grams of >= {args.min_counterparts} counterparts.",
        f"# counterparts\t{people}",
        *(f"{n}\t{gram}" for gram, n in rows),
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{readouts} readouts, {people} counterparts, {len(rows)} n-grams", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
