"""How many of dev's hand-listed wordings the tool's two outside sources know, and how many more
a phrase recurring across counterparts of the mirrors would reach.

For every event of the dev pairs (held-out and fresh are never read) and each of its wordings,
a wording is *known* when a wording of the built-in lexicon or a phrase of the built-in
background (``src/readoutdiff/data/background.tsv``) matches it under the scorer's rule
(``formula_eval.similarity``: equal, contained with enough cover, or a close character ratio).
For the wordings not known, a *recurring run* is a run of the wording's folded words (no digit,
no stop word at an edge, at least ``--min-words`` words) that matches the wording under the same
rule, holds at least ``--cover`` of its words, and stands in at least ``--least`` readouts (and
at most ``--boilerplate`` of all: "United States", "national security") of at least
``--counterparts`` counterparts of
the corpus ``build_background.py`` reads (White House mirror and, with ``--state-mirror``, the
State Department one; every evaluation and reserved series left out by its ``EXCLUDED``).

Prints, per status, wordings and events (an event is known when any of its wordings is) by
known / reachable by recurrence / neither, and with ``--show`` the reachable runs, most
counterparts first (the list to curate from: which of them an analyst calls a formula).

    python benchmarks/wording_reach.py --mirror /work/.mirror/brian14708+wh-briefings/repo \\
        --state-mirror /work/.mirror/markschaver+State-Department-PR/repo [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from build_background import OUT, Source, git, sources, state_sources
from formula_eval import fold, load_pairs, similarity
from lexicon_candidates import STOP
from lexicon_evidence import COMMIT

from readoutdiff.formulas.lexicon.lexicon import builtin

Runs = dict[tuple[str, ...], set[int]]


def background_wordings(path: Path = OUT) -> list[str]:
    """Return the wording column of a background file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[3] for line in lines if line and not line.startswith("#")]


def known_by(wording: str, phrases: Sequence[tuple[tuple[str, ...], str]]) -> str | None:
    """Return the first phrase that matches ``wording`` under the scorer's rule, or None."""
    words = fold(wording)
    for folded, phrase in phrases:
        if abs(len(folded) - len(words)) > 2 and not _inside(words, folded):
            continue
        if similarity(wording, phrase) > 0.0:
            return phrase
    return None


def _inside(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def candidate_runs(wording: str, shortest: int) -> list[tuple[str, ...]]:
    """Return the runs of a wording's words that would count as the wording if reported."""
    words = fold(wording)
    found = []
    for n in range(shortest, len(words) + 1):
        for i in range(len(words) - n + 1):
            run = words[i : i + n]
            if run[0] in STOP or run[-1] in STOP or any(c.isdigit() for w in run for c in w):
                continue
            if similarity(" ".join(run), wording) > 0.0:
                found.append(run)
    return found


def where(corpus: Sequence[Source], runs: Iterable[tuple[str, ...]]) -> Runs:
    """Return, for each run, the indices of the corpus readouts whose folded body holds it."""
    wanted = set(runs)
    sizes = sorted({len(r) for r in wanted})
    places: Runs = defaultdict(set)
    for index, source in enumerate(corpus):
        words = fold(source.text.split("\n\n", 1)[-1])
        for n in sizes:
            for i in range(len(words) - n + 1):
                run = words[i : i + n]
                if run in wanted:
                    places[run].add(index)
    return places


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, required=True)
    parser.add_argument("--state-mirror", type=Path)
    parser.add_argument("--least", type=int, default=3)
    parser.add_argument("--counterparts", type=int, default=3)
    parser.add_argument("--min-words", type=int, default=2)
    parser.add_argument(
        "--boilerplate", type=float, default=0.1,
        help="a run in more than this share of the readouts is no formula (default 0.1)",
    )  # fmt: skip
    parser.add_argument(
        "--cover", type=float, default=0.0,
        help="a run must hold at least this share of the wording's words (default 0)",
    )  # fmt: skip
    parser.add_argument("--show", action="store_true", help="list the reachable runs")
    args = parser.parse_args(argv)
    corpus = list(sources(args.mirror, git(args.mirror, "rev-parse", COMMIT).strip()))
    if args.state_mirror:
        corpus += state_sources(
            args.state_mirror, git(args.state_mirror, "rev-parse", "HEAD").strip()
        )
    print(f"{len(corpus)} readouts", file=sys.stderr)
    lexicon = [w for e in builtin().entries for w in e.wordings if w.isascii()]
    phrases = [(fold(p), p) for p in [*lexicon, *background_wordings()]]
    events = [(pair.name, e) for pair in load_pairs(split="dev") for e in pair.events]
    wordings = sorted({w for _, e in events for w in (e.a, e.b) if w})
    known = {w: known_by(w, phrases) for w in wordings}
    runs = {w: candidate_runs(w, args.min_words) for w in wordings if known[w] is None}
    places = where(corpus, (r for rs in runs.values() for r in rs))

    def reach(run: tuple[str, ...]) -> tuple[int, int]:
        hits = places.get(run, set())
        return len(hits), len({corpus[i].counterpart for i in hits})

    best: dict[str, tuple[int, int, tuple[str, ...]]] = {}
    for w, rs in runs.items():
        good = [(*reach(r), r) for r in rs]
        most = args.boilerplate * len(corpus)
        good = [
            g for g in good
            if args.least <= g[0] <= most and g[1] >= args.counterparts
            and len(g[2]) >= args.cover * len(fold(w))
        ]  # fmt: skip
        if good:
            best[w] = max(good, key=lambda g: (g[1], g[0], len(g[2])))

    def kind(w: str) -> str:
        return "known" if known[w] else "recurring" if w in best else "neither"

    table: Counter[tuple[str, str, str]] = Counter()
    for _, e in events:
        sides = [kind(w) for w in (e.a, e.b) if w]
        for side in sides:
            table["wordings", e.status, side] += 1
        top = "known" if "known" in sides else "recurring" if "recurring" in sides else "neither"
        table["events", e.status, top] += 1
    print("| unit | status | known (lexicon or background) | recurring >= "
          f"{args.least}/{args.counterparts} | neither |")  # fmt: skip
    print("|---|---|---:|---:|---:|")
    for unit in ("wordings", "events"):
        for status in ("persisted", "changed", "appeared", "dropped", "all"):
            row = [
                sum(n for (u, s, k), n in table.items() if u == unit and k == col and status in (s, "all"))
                for col in ("known", "recurring", "neither")
            ]  # fmt: skip
            print(f"| {unit} | {status} | {row[0]} | {row[1]} | {row[2]} |")
    if args.show:
        for w, (r, c, run) in sorted(best.items(), key=lambda x: (-x[1][1], -x[1][0], x[0])):
            print(f"{r:4d} {c:4d}  {' '.join(run)!r:45}  in {w!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
