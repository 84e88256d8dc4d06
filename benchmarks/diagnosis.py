"""Show where the aligner goes wrong (``--examples N``) and where its time goes (``--profile``)."""

from __future__ import annotations

import cProfile
import pstats
from collections import Counter
from collections.abc import Sequence

from scoring import ALIGNED, Predicted, key
from synthetic import Kind, SyntheticPair, TruthPair

from readoutdiff import compare, from_text

_WIDTH = 110


def print_examples(
    label: str, pair: SyntheticPair, predicted: Sequence[Predicted], count: int
) -> None:
    """Print how each kind of miss happened, then ``count`` examples of each, with texts and scores."""
    aligned = {key(p.a, p.b) for p in predicted if p.status in ALIGNED}
    misses = [
        unit for unit in pair.truth if unit.a and unit.b and key(unit.a, unit.b) not in aligned
    ]
    by_a = {i: p for p in predicted for i in p.a}
    by_b = {i: p for p in predicted for i in p.b}
    print(f"\n## [{label}] misses by kind and by what the engine did instead")
    modes = Counter((unit.kind.value, _failure_mode(unit, by_a, by_b)) for unit in misses)
    for (kind, mode), number in sorted(modes.items()):
        print(f"- {kind}: {mode}: {number}")
    truth_score = _TruthScorer(pair)
    for kind in Kind:
        examples = [unit for unit in misses if unit.kind is kind][:count]
        for unit in examples:
            _print_miss(pair, unit, by_a, by_b, truth_score(unit))
    truth_keys = {key(unit.a, unit.b) for unit in pair.truth}
    wrong = [p for p in predicted if p.status in ALIGNED and key(p.a, p.b) not in truth_keys]
    print(f"\n## [{label}] wrong predicted pairs: {len(wrong)}")
    for p in wrong[:count]:
        _print_wrong(pair, p)


def _failure_mode(unit: TruthPair, by_a: dict[int, Predicted], by_b: dict[int, Predicted]) -> str:
    """Name what the engine did with a truth unit it did not reproduce exactly."""
    touched = {id(by_a[i]): by_a[i] for i in unit.a} | {id(by_b[i]): by_b[i] for i in unit.b}
    statuses = sorted({p.status for p in touched.values()})
    if set(statuses) <= {"dropped", "added"}:
        return "left unpaired (dropped + added)"
    partners = [p for p in touched.values() if p.status in ALIGNED]
    if all(set(p.a) <= set(unit.a) and set(p.b) <= set(unit.b) for p in partners):
        return "found only in part (group too small)"
    return "paired with other sentences"


def _print_miss(
    pair: SyntheticPair,
    unit: TruthPair,
    by_a: dict[int, Predicted],
    by_b: dict[int, Predicted],
    truth_score: str,
) -> None:
    print(
        f"\n### missed {unit.kind.value}: A{list(unit.a)} -> B{list(unit.b)}; true pairing scores {truth_score}"
    )
    for i in unit.a:
        print(f"  A{i}: {_short(pair.a_sentences[i])}")
    for i in unit.b:
        print(f"  B{i}: {_short(pair.b_sentences[i])}")
    seen: set[int] = set()
    for p in [by_a[i] for i in unit.a] + [by_b[i] for i in unit.b]:
        if id(p) not in seen:
            seen.add(id(p))
            print(f"  engine: {_describe(p)}")


def _print_wrong(pair: SyntheticPair, p: Predicted) -> None:
    truth_of_a = {i: unit for unit in pair.truth for i in unit.a}
    truth_of_b = {i: unit for unit in pair.truth for i in unit.b}
    kinds = sorted(
        {truth_of_a[i].kind.value for i in p.a} | {truth_of_b[i].kind.value for i in p.b}
    )
    print(f"\n### wrong: {_describe(p)}; truth kinds involved: {', '.join(kinds)}")
    for i in p.a:
        print(f"  A{i}: {_short(pair.a_sentences[i])}")
    for i in p.b:
        print(f"  B{i}: {_short(pair.b_sentences[i])}")


def _describe(p: Predicted) -> str:
    moved = " moved" if p.moved else ""
    return f"{p.status}{moved} A{list(p.a)} B{list(p.b)} score {p.score:.3f}"


class _TruthScorer:
    """Score the true pairing with the engine's own similarity, whichever API the engine has now."""

    def __init__(self, pair: SyntheticPair) -> None:
        self.pair = pair
        self.scorer = None
        try:  # the engine is being tuned: prefer the rarity-weighted Scorer, else the old function
            from readoutdiff.align.similarity import Scorer, Side

            a, b = from_text(pair.a_text), from_text(pair.b_text)
            self.scorer = Scorer(Side(a.sentences), Side(b.sentences))
        except (ImportError, AttributeError, TypeError):
            self.scorer = None

    def __call__(self, unit: TruthPair) -> str:
        if self.scorer is not None:
            return f"{self.scorer.group(unit.a, unit.b):.3f}"
        try:
            from readoutdiff.align import similarity
            from readoutdiff.languages.folding import fold, words
        except ImportError:
            return "unknown"
        a_text = fold(" ".join(self.pair.a_sentences[i] for i in unit.a))
        b_text = fold(" ".join(self.pair.b_sentences[i] for i in unit.b))
        return f"{similarity(a_text, words(a_text), b_text, words(b_text)):.3f}"


def _short(text: str) -> str:
    return text if len(text) <= _WIDTH else text[: _WIDTH - 3] + "..."


def profile_compare(pair: SyntheticPair, *, top: int = 25) -> None:
    """Profile one ``compare`` of the pair in this process and print the costliest functions."""
    a = from_text(pair.a_text, path="a.txt")
    b = from_text(pair.b_text, path="b.txt")
    profiler = cProfile.Profile()
    profiler.enable()
    compare(a, b)
    profiler.disable()
    stats = pstats.Stats(profiler)
    print("\n## cProfile of compare(), by own time")
    stats.sort_stats("tottime").print_stats(top)
    print("\n## cProfile of compare(), by cumulative time")
    stats.sort_stats("cumulative").print_stats(top)
