"""How far recurrence across other readouts could reach the missed *changed* events (dev).

Builds, from the background corpus of ``build_background.py`` (White House mirror, every
evaluation and reserved series left out), a table of stem n-grams (3–6 words in one clause,
no capitalised word at an edge) seen in at least ``--min-readouts`` readouts of at least
``--min-counterparts`` counterparts, in at most ``--boilerplate`` of all readouts, with at
least ``--min-telling`` telling words. Then prints, on the dev pairs:

- the hand-listed changed events by found / missed and whether a wording holds a table n-gram;
- the replaced phrases of aligned changed pairs (``wording.replacements``) holding one, by
  what they would be as a changed report (right and found already, right and missed, another
  event, no event).

    python benchmarks/recurrence_reach.py --mirror /work/.mirror/brian14708+wh-briefings/repo

Measured on dev only (held-out and fresh are not read).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_background import git, sources  # noqa: E402
from formula_eval import as_changed_report, judge, load_pairs  # noqa: E402
from score_formulas import run_tool  # noqa: E402

from readoutdiff import compare, load  # noqa: E402
from readoutdiff.formulas.words import wording  # noqa: E402
from readoutdiff.formulas.words.phrases import STOCK, key, readout_words  # noqa: E402
from readoutdiff.formulas.words.roles import STOP_WORDS  # noqa: E402
from readoutdiff.ingest import from_text  # noqa: E402
from readoutdiff.model import Status  # noqa: E402

SHORTEST, LONGEST = 3, 6


def table(mirror: Path, commit: str, args: argparse.Namespace) -> set[tuple[str, ...]]:
    """The recurring n-grams of the corpus, by the thresholds of ``args``."""
    seen: dict[tuple[str, ...], set[int]] = defaultdict(set)
    who: dict[tuple[str, ...], set[str]] = defaultdict(set)
    total = 0
    for number, source in enumerate(sources(mirror, git(mirror, "rev-parse", commit).strip())):
        total += 1
        for words in readout_words(from_text(source.text, path=source.path)):
            stems, caps, breaks = words.stems, words.caps, words.breaks
            for i in range(len(stems)):
                for end in range(i + SHORTEST, min(i + LONGEST, len(stems)) + 1):
                    if any(breaks[i + 1 : end]):
                        break  # a clause edge inside
                    if not (caps[i] or caps[end - 1]):
                        seen[stems[i:end]].add(number)
                        who[stems[i:end]].add(source.counterpart)
    return {
        gram
        for gram, where in seen.items()
        if args.min_readouts <= len(where) <= args.boilerplate * total
        and len(who[gram]) >= args.min_counterparts
        and sum(w.isalpha() and w not in STOP_WORDS and w not in STOCK for w in gram)
        >= args.min_telling
    }


def holds(grams: set[tuple[str, ...]], text: str) -> bool:
    stems = key(text)
    return any(
        stems[i:end] in grams
        for i in range(len(stems))
        for end in range(i + SHORTEST, min(i + LONGEST, len(stems)) + 1)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, required=True, help="git dir of the mirror")
    parser.add_argument("--commit", default="737ca03a271adc205c67766074ec8d0070f7ad95")
    parser.add_argument("--min-readouts", type=int, default=5)
    parser.add_argument("--min-counterparts", type=int, default=4)
    parser.add_argument("--boilerplate", type=float, default=0.1)
    parser.add_argument("--min-telling", type=int, default=1)
    args = parser.parse_args(argv)
    grams = table(args.mirror, args.commit, args)
    size = sum(len(" ".join(g)) + 8 for g in grams)
    print(f"table: {len(grams)} n-grams, about {size // 1024} KB as text")
    counts: Counter[str] = Counter()
    for pair in load_pairs(split="dev"):
        a, b = load(pair.a_path), load(pair.b_path)
        result = judge(pair, run_tool(pair))
        found = result.found
        for i, event in enumerate(pair.events):
            if event.status == "changed":
                hit = holds(grams, event.a) or holds(grams, event.b)
                counts[
                    f"event {'found' if i in found else 'missed'}, {'hit' if hit else 'no hit'}"
                ] += 1
        words_a, words_b = readout_words(a), readout_words(b)
        for pair_ in compare(a, b).alignments:
            if pair_.status is not Status.CHANGED:
                continue
            for rep in wording.replacements(pair_, a, b, words_a, words_b):
                if rep.variant or not rep.a_text or not rep.b_text:
                    continue
                if not (holds(grams, rep.a_text) or holds(grams, rep.b_text)):
                    continue
                kind = as_changed_report(pair, result, rep.a_text, rep.b_text)
                counts[f"replacement: {kind}"] += 1
    for name, n in sorted(counts.items()):
        print(f"{name}\t{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
