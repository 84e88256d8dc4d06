"""Candidate standing lines for the built-in lexicon: phrases recurring across readouts of many
counterparts that no lexicon wording holds yet.

Reads the same corpus as ``lexicon_evidence.py`` (White House readouts of the
``brian14708/wh-briefings`` mirror and, with ``--state-mirror``, the State Department readouts of
``markschaver/State-Department-PR``; every evaluation and reserved series left out). In each
clause (cut at sentence punctuation, quotes, brackets and ", and/but/which/including"), the
built-in lexicon's English wordings are blanked out, then every run of ``--min-words`` to 7
words is counted once per readout. A run is a candidate when it holds no digit, starts and ends
on a word that is neither a stop word nor capitalised in the readout (names and offices), and
stands in at least ``--least`` readouts of at least ``--counterparts`` counterparts; a run
inside a longer candidate of the same readout count is dropped (maximal runs only).

    python benchmarks/lexicon_candidates.py --mirror …/wh-briefings/repo --state-mirror … \\
        --least 3 --counterparts 3 --min-words 2

Prints ``readouts counterparts  phrase``, most counterparts first. Most of what recurs is readout
boilerplate ("discussed the importance") or topic nouns ("rule of law"): the list is where a
curator starts, not a lexicon (see ``src/readoutdiff/data/SOURCES.md`` for the rule l13 applied).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from build_background import Source, git, sources, state_sources
from lexicon_evidence import COMMIT, normalise

from readoutdiff.formulas.lexicon.lexicon import builtin

STOP = frozenset(
    "the a an and or of to in on for with by at as from that this their its his her our both two"
    " other also which who will would could be is are was were has have had it they he she we not"
    " all any more such than into over".split()
)
_CLAUSE = re.compile(r"[.;:!?()\u201c\u201d\"]|, (?:and|but|which|including)\b")
_BLANK = "|"


def blanker(wordings: Iterable[str]) -> re.Pattern[str]:
    """Return the pattern of every wording (normalised, a final -s/-es/-d/-ed allowed), longest
    first, so that a lexicon wording is blanked out of a clause before runs are counted."""
    keys = sorted({normalise(w).strip() for w in wordings if w.isascii()} - {""}, key=len)
    alternatives = "|".join(re.escape(k) for k in reversed(keys))
    return re.compile(rf"(?<!\w)({alternatives})(s|es|d|ed)?(?!\w)")


def runs(text: str, known: re.Pattern[str], sizes: range) -> set[str]:
    """Return the distinct candidate runs of one readout's text (title excluded)."""
    found: set[str] = set()
    body = text.split("\n\n", 1)[-1]
    for clause in _CLAUSE.split(body.replace("\u2019", "'")):
        capitalised = {w.lower() for w in re.findall(r"\b[A-Z][\w']*", clause)}
        blanked = known.sub(f" {_BLANK} ", normalise(clause))
        for part in blanked.split(_BLANK):
            words = part.split()
            for n in sizes:
                for i in range(len(words) - n + 1):
                    run = words[i : i + n]
                    edges = (run[0], run[-1])
                    if any(w in STOP or w in capitalised for w in edges):
                        continue
                    if not any(c.isdigit() for w in run for c in w):
                        found.add(" ".join(run))
    return found


def candidates(corpus: Sequence[Source], least: int, counterparts: int,
               sizes: range = range(3, 8)) -> list[tuple[int, int, str]]:  # fmt: skip
    """Return (readouts, counterparts, phrase) of the maximal recurring runs of ``corpus``."""
    known = blanker(w for e in builtin().entries for w in e.wordings)
    where: dict[str, set[int]] = defaultdict(set)
    for index, source in enumerate(corpus):
        for run in runs(source.text, known, sizes):
            where[run].add(index)
    kept = {}
    for run, places in where.items():
        who = {corpus[i].counterpart for i in places}
        if len(places) >= least and len(who) >= counterparts:
            kept[run] = (len(places), len(who))
    longer = [f" {run} " for run in kept]
    rows = [
        (r, c, run)
        for run, (r, c) in kept.items()
        if not any(
            f" {run} " in other and other != f" {run} " and kept[other.strip()][0] == r
            for other in longer
        )  # fmt: skip
    ]
    return sorted(rows, key=lambda row: (-row[1], -row[0], row[2]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, required=True, help="git dir of wh-briefings")
    parser.add_argument("--commit", default=COMMIT)
    parser.add_argument("--state-mirror", type=Path, help="git dir of State-Department-PR")
    parser.add_argument("--least", type=int, default=3, help="readouts (default 3)")
    parser.add_argument("--counterparts", type=int, default=3, help="counterparts (default 3)")
    parser.add_argument("--min-words", type=int, default=3, help="shortest run (default 3)")
    args = parser.parse_args(argv)
    found = list(sources(args.mirror, git(args.mirror, "rev-parse", args.commit).strip()))
    if args.state_mirror:
        found += state_sources(
            args.state_mirror, git(args.state_mirror, "rev-parse", "HEAD").strip()
        )
    print(f"{len(found)} readouts", file=sys.stderr)
    rows = candidates(found, args.least, args.counterparts, range(args.min_words, 8))
    print("\n".join(f"{r:4d} {c:4d}  {phrase}" for r, c, phrase in rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
