"""Silent candidates precise about *changed* formulas: pairs of wordings inside one aligned pair.

    python benchmarks/extent_reach.py [--extents NAME,...] [--paired] [--strict] [--history [--both]]
                                      [--show] [--outside] [--final]

For each changed aligned pair, every replaced phrase the tool finds (``wording.replacements``,
no variant, each side in one sentence) is grown on both sides by the same rule to a phrase
extent; the two wordings (2-12 words, no ``noise.why``, each said on its own side only, no
variant of each other) are entered as *silent* lexicon entries (``latent_reach.silent_changes``):
reported only when the engine links one into a change overlapping no report of the tool.
The extents (``--extents``, comma-separated; all four by default):

``tool``: the replaced phrase as the tool widens it (one content word of unchanged text).
``noun``: each edge grown over the run of words that are no stop word, in the clause
(a name or a head noun completed: "in the West" -> "in the West Bank").
``complement``: ``noun``, then a following preposition and its noun run ("situation in Ukraine").
``clause``: the whole clause around it (punctuation, clause words, reporting verbs, "and").
Every extent is then trimmed of edge words and of the readout's frame words at its start.

``--paired``: keep a linked change only when its two wordings were proposed together.
``--strict``: both wordings hold two telling words and no digit.
``--history``: a proposal only when one of its wordings (``--both``: each) shares a pair of
consecutive telling stems with a readout of the series dated before A
(``score_formulas.history_of``), the evidence of fixed phrasing a ``--history`` run has.
``--least N --mirror DIR``: both wordings hold a content n-gram used by N or more counterparts
of the outside corpus (``formulaness_reach.table``, the White House mirror at ``CORPUS_COMMIT``),
the evidence of fixed phrasing ``lexicon/background.py`` is built from, at a looser threshold.
``--contained``: a wording said on the other side only inside the other wording passes the
one-side test (a qualifier put in or taken out: "worsening humanitarian situation in Ukraine" /
"situation in Ukraine").
``--outside``: the additions on ``eval/noise``'s tuning pairs, by their hand judgement.
Dev pairs only unless ``--final`` (held-out and fresh totals, printed once).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from formula_eval import Event, Pair, load_pairs  # noqa: E402
from formulaness_reach import best_of_text, table  # noqa: E402
from latent_reach import figures, silent_changes  # noqa: E402
from score_formulas import history_of  # noqa: E402

from readoutdiff import compare, load  # noqa: E402
from readoutdiff.formulas.mining import noise  # noqa: E402
from readoutdiff.formulas.mining.noise import FRAME_WORDS  # noqa: E402
from readoutdiff.formulas.words.phrases import Words, readout_words  # noqa: E402
from readoutdiff.formulas.words.roles import (  # noqa: E402
    EDGE_WORDS,  # noqa: E402
    PREPOSITIONS,
    REPORTING,
    STOP_WORDS,
)
from readoutdiff.formulas.words.wording import (  # noqa: E402
    CLAUSE_WORDS,
    Place,
    replacements,
    same_formula,
)
from readoutdiff.ingest import from_text  # noqa: E402
from readoutdiff.model import Comparison, Readout, Status  # noqa: E402

LONGEST = 12
STOPS = CLAUSE_WORDS | REPORTING
Extent = tuple[Words, int, int]


def _run(places: Sequence[Place]) -> Extent | None:
    """The seed as (words, first, end) when it lies in one sentence."""
    if not places or places[-1][0] is not places[0][0]:
        return None
    return places[0][0], places[0][1], places[-1][1] + 1


def _noun(words: Words, first: int, end: int) -> tuple[int, int]:
    stems = words.stems
    while first > 0 and not words.breaks[first] and stems[first - 1] not in STOP_WORDS | STOPS:
        first -= 1
    while end < len(stems) and not words.breaks[end] and stems[end] not in STOP_WORDS | STOPS:
        end += 1
    return first, end


def _complement(words: Words, first: int, end: int) -> tuple[int, int]:
    first, end = _noun(words, first, end)
    stems, k = words.stems, end
    if k < len(stems) and not words.breaks[k] and stems[k] in PREPOSITIONS:
        k += 1
        while (
            k < len(stems)
            and not words.breaks[k]
            and stems[k] in ("the", "a", "an", "our", "its", "their")
        ):
            k += 1
        if k < len(stems) and not words.breaks[k] and stems[k] not in STOP_WORDS | STOPS:
            end = _noun(words, k, k + 1)[1]
    return first, end


def _clause(words: Words, first: int, end: int) -> tuple[int, int]:
    stems = words.stems
    while first > 0 and not words.breaks[first] and stems[first - 1] not in STOPS | {"and"}:
        first -= 1
    while end < len(stems) and not words.breaks[end] and stems[end] not in STOPS:
        end += 1
    return first, end


GROW = {"tool": lambda w, f, e: (f, e), "noun": _noun, "complement": _complement, "clause": _clause}


def _trimmed(words: Words, first: int, end: int) -> tuple[int, int]:
    stems = words.stems
    while first < end and (stems[first] in EDGE_WORDS or stems[first] in FRAME_WORDS):
        first += 1
    while end > first and stems[end - 1] in EDGE_WORDS:
        end -= 1
    return first, end


def _wording(readout: Readout, extent: Extent, grow: str) -> str | None:
    words, first, end = extent
    first, end = _trimmed(words, *GROW[grow](words, first, end))
    if not 2 <= end - first <= LONGEST or noise.why(words, first, end):
        return None
    return readout.text[words.start(first) : words.end(end - 1)]


def _telling(words: Words, k: int) -> bool:
    stem = words.stems[k]
    return stem not in FRAME_WORDS and stem.isalpha() and len(stem) > 2 and not words.caps[k]


def grams(text: str) -> set[tuple[str, str]]:
    """Pairs of consecutive content stems of ``text``."""
    out = set()
    for w in readout_words(from_text(text + ".")):
        for k in range(len(w.stems) - 1):
            if not w.breaks[k + 1] and _telling(w, k) and _telling(w, k + 1):
                out.add((w.stems[k], w.stems[k + 1]))
    return out


def _strict(text: str) -> bool:
    words = readout_words(from_text(text + "."))
    return not any(c.isdigit() for c in text) and all(
        sum(_telling(w, k) for k in range(len(w.stems))) >= 2 for w in words[:1]
    )


def _one_sided(x: str, y: str, a: Readout, b: Readout, contained: bool) -> bool:
    """Neither wording is said on the other side; with ``contained``, a wording said on the
    other side only inside the other wording is allowed (a qualifier put in or taken out)."""
    return (x not in b.text or (contained and x in y)) and (
        y not in a.text or (contained and y in x)
    )


def proposals(
    a: Readout, b: Readout, comparison: Comparison, grows: Sequence[str], contained: bool = False
) -> list[tuple[str, str]]:
    """(A wording, B wording) of every replaced phrase of a changed pair, at each extent."""
    aw, bw = readout_words(a), readout_words(b)
    out: dict[tuple[str, str], None] = {}
    for pair in comparison.alignments:
        if pair.status is not Status.CHANGED or not pair.a or not pair.b:
            continue
        for r in replacements(pair, a, b, aw, bw):
            seeds = _run(r.a), _run(r.b)
            if r.variant or seeds[0] is None or seeds[1] is None:
                continue
            for grow in grows:
                x, y = _wording(a, seeds[0], grow), _wording(b, seeds[1], grow)
                if (
                    x
                    and y
                    and x != y
                    and not same_formula(x, y)
                    and _one_sided(x, y, a, b, contained)
                ):
                    out[(x, y)] = None
    return list(out)


def added(a: Readout, b: Readout, comparison: Comparison, grows: Sequence[str], paired: bool,
          gate: Callable[[str, str], bool], contained: bool = False) -> list[Event]:  # fmt: skip
    proposed = [p for p in proposals(a, b, comparison, grows, contained) if gate(*p)]
    wordings = sorted({(t,) for p in proposed for t in p})
    events = silent_changes(a, b, comparison, wordings)
    if paired:
        together = set(proposed)
        events = [e for e in events if (e.a, e.b) in together]
    return events


CORPUS_COMMIT = "737ca03a271adc205c67766074ec8d0070f7ad95"


def _corpus(args: argparse.Namespace) -> dict[tuple[str, ...], int]:
    """``--least N --mirror DIR``: n-gram -> counterparts of the outside corpus using it."""
    if not args.least or args.mirror is None:
        return {}
    return table(args.mirror, CORPUS_COMMIT)[0]


def _gate(
    pair: Pair, args: argparse.Namespace, counts: dict[tuple[str, ...], int]
) -> Callable[[str, str], bool]:
    seen: set[tuple[str, str]] = set()
    if args.history:
        for path in history_of(pair):
            seen |= grams(load(path).text)

    def gate(x: str, y: str) -> bool:
        if args.strict and not (_strict(x) and _strict(y)):
            return False
        if counts and min(best_of_text(counts, x), best_of_text(counts, y)) < args.least:
            return False
        if args.history:
            hits = [bool(grams(t) & seen) for t in (x, y)]
            return all(hits) if args.both else any(hits)
        return True

    return gate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--extents", default="tool,noun,complement,clause")
    parser.add_argument("--least", type=int, default=0)
    parser.add_argument("--mirror", type=Path)
    for flag in (
        "--paired",
        "--show",
        "--final",
        "--outside",
        "--strict",
        "--history",
        "--both",
        "--contained",
    ):
        parser.add_argument(flag, action="store_true")
    args = parser.parse_args(argv)
    grows = args.extents.split(",")
    counts = _corpus(args)
    for split in ("heldout", "fresh") if args.final else ("dev",):
        pairs: list[Pair] = load_pairs(split=split)
        print(f"## {split} ({len(pairs)} pairs), extents {grows}{' paired' if args.paired else ''}")
        figures(
            pairs,
            lambda p, a, b, c: added(
                a, b, c, grows, args.paired, _gate(p, args, counts), args.contained
            ),
            args.show and not args.final,
        )
    if args.outside:
        outside(grows, args)
    return 0


def outside(grows: Sequence[str], args: argparse.Namespace) -> None:
    """The additions on eval/noise's tuning pairs, by their hand judgement (``score_noise``)."""
    from score_noise import NOISE_DIR, pairs, verdicts

    judged, kinds, count = verdicts(), Counter[str](), 0
    for pair in pairs():
        if pair["aside"]:
            continue
        count += 1
        a, b = load(NOISE_DIR / str(pair["a"])), load(NOISE_DIR / str(pair["b"]))
        for e in added(
            a,
            b,
            compare(a, b),
            grows,
            args.paired,
            lambda x, y: not args.strict or (_strict(x) and _strict(y)),
            args.contained,
        ):
            j = judged.get((f"{pair['a']} -> {pair['b']}", e.a, e.b))
            kinds[j.verdict if j else "unjudged"] += 1
            if args.show:
                print(f"  {j.verdict if j else 'unjudged':9} {pair['a']}: {e.a!r} -> {e.b!r}")
    print(f"outside (tuning part, {count} pairs): added {dict(kinds)}")


if __name__ == "__main__":
    raise SystemExit(main())
