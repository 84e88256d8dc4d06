"""Score an aligner's output against a synthetic pair's ground truth.

Rule: a truth unit is *recalled* when some predicted alignment has exactly the
same set of A sentences and exactly the same set of B sentences (so a split
found as a 1:1 pair plus an added sentence is a miss). *Precision* is the share
of predicted aligned alignments (unchanged or changed; not dropped or added)
that exactly equal a truth unit. The *moved flag* is right when it is set on a
recalled moved unit and clear on a recalled in-order, split or merged unit.

>>> from synthetic import Kind, TruthPair
>>> truth = (TruthPair(kind=Kind.UNCHANGED, a=(0,), b=(0,)), TruthPair(kind=Kind.MOVED_FAR, a=(1,), b=(1,)))
>>> found = (Predicted(status="unchanged", a=(0,), b=(0,), moved=False, score=1.0),)
>>> scores = score(truth, found)
>>> scores.recall(IN_ORDER), scores.recall(MOVED), scores.precision
(1.0, 0.0, 1.0)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from synthetic import GROUPS, IN_ORDER, MOVED, Kind, TruthPair

ALIGNED = frozenset({"unchanged", "changed"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Predicted:
    """One alignment as the aligner reported it, reduced to indices."""

    status: str
    a: tuple[int, ...]
    b: tuple[int, ...]
    moved: bool
    score: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Scores:
    """Counts per truth kind and the derived rates."""

    total: dict[Kind, int]
    recalled: dict[Kind, int]
    flag_right: dict[Kind, int]
    """Recalled units of each kind whose moved flag is right."""
    predicted: int
    """Predicted alignments with sentences on both sides."""
    correct: int

    def recall(self, kinds: frozenset[Kind]) -> float | None:
        """Share of truth units of these kinds found exactly; None when there are none."""
        total = sum(self.total.get(kind, 0) for kind in kinds)
        return sum(self.recalled.get(kind, 0) for kind in kinds) / total if total else None

    def flag_accuracy(self, kinds: frozenset[Kind] = IN_ORDER | MOVED | GROUPS) -> float | None:
        """Share of recalled units of these kinds with the right moved flag."""
        recalled = sum(self.recalled.get(kind, 0) for kind in kinds)
        return sum(self.flag_right.get(kind, 0) for kind in kinds) / recalled if recalled else None

    @property
    def precision(self) -> float | None:
        """Share of predicted aligned alignments that equal a truth unit."""
        return self.correct / self.predicted if self.predicted else None


def key(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Order-free identity of an alignment: its sorted A and B indices."""
    return tuple(sorted(a)), tuple(sorted(b))


def score(truth: tuple[TruthPair, ...], predicted: tuple[Predicted, ...]) -> Scores:
    """Compare ``predicted`` with ``truth`` by the rule in the module docstring."""
    aligned = {key(p.a, p.b): p for p in predicted if p.status in ALIGNED}
    dropped = {p.a[0] for p in predicted if p.status == "dropped"}
    added = {p.b[0] for p in predicted if p.status == "added"}
    total: Counter[Kind] = Counter()
    recalled: Counter[Kind] = Counter()
    flag_right: Counter[Kind] = Counter()
    truth_keys = set()
    for unit in truth:
        total[unit.kind] += 1
        if unit.kind is Kind.DELETED:
            recalled[unit.kind] += unit.a[0] in dropped
            continue
        if unit.kind is Kind.INSERTED:
            recalled[unit.kind] += unit.b[0] in added
            continue
        truth_keys.add(key(unit.a, unit.b))
        found = aligned.get(key(unit.a, unit.b))
        if found is not None:
            recalled[unit.kind] += 1
            flag_right[unit.kind] += found.moved == (unit.kind in MOVED)
    correct = sum(1 for pair_key in aligned if pair_key in truth_keys)
    return Scores(
        total=dict(total), recalled=dict(recalled), flag_right=dict(flag_right),
        predicted=len(aligned), correct=correct,
    )  # fmt: skip
