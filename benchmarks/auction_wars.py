"""Where the aligner's auction spends its bids: copies of one sentence fighting over fewer places.

``compare()`` runs two auctions (``align/pairing.py``: the anchors', then the context-ranked
one); this script captures their inputs on two readouts and tells, per auction:

- bids in all, by the busiest sentence, and by sentences whose usable candidates (A index and
  score) are the very list of another bidder's (*twins*: copies of one sentence);
- its *components* (bidders joined by a shared candidate), the over-demanded ones (more bidders
  than places), and the bids in *pure* components (every bidder a twin of the others);
- whether the auction run component by component gives its result (it must: the waiting queue
  is first in, first out, and a component's bidders touch only its own prices, so each
  component sees its own bids in the same order);
- whether settling a pure over-demanded component's copies in order (the first copy the best
  place, …) gives the auction's result: the shortcut sp87 was asked about.

Run: ``python benchmarks/auction_wars.py [--seed 10] [A B]`` (the 500 KB corpus of
``bench_formulas.py`` by default, one sentence a line); ``--eval``: one line over every eval and
outside pair.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from readoutdiff.align import auction as auction_module
from readoutdiff.align import pairing
from readoutdiff.align.groups import Edges
from readoutdiff.compare import compare
from readoutdiff.ingest import from_text

Usable = dict[int, tuple[tuple[int, float], ...]]


@dataclass(frozen=True)
class Captured:
    """One auction's input and result, as ``pairing`` called it."""

    edges: Edges
    min_score: float
    result: dict[int, int]


def captured(a_text: str, b_text: str) -> list[Captured]:
    """The auctions ``compare()`` runs on the two readouts, in their order."""
    calls: list[Captured] = []
    names = vars(pairing)  # the name pairing calls, replaced for the run
    real = names["auction"]

    def recording(edges: Edges, min_score: float) -> dict[int, int]:
        result: dict[int, int] = real(edges, min_score)
        calls.append(Captured(edges, min_score, result))
        return result

    names["auction"] = recording
    try:
        compare(from_text(a_text), from_text(b_text))
    finally:
        names["auction"] = real
    return calls


class _CountingQueue(deque[int]):
    """The auction's waiting queue, counting who leaves it: one bid each."""

    taken: Counter[int] = Counter()

    def popleft(self) -> int:
        bidder: int = super().popleft()
        _CountingQueue.taken[bidder] += 1
        return bidder


@contextmanager
def _bids_counted() -> Iterator[type[_CountingQueue]]:
    names = vars(auction_module)  # the auction's own queue class, replaced for the run
    real = names["deque"]
    names["deque"] = _CountingQueue
    _CountingQueue.taken = Counter()
    try:
        yield _CountingQueue
    finally:
        names["deque"] = real


def bids_of(edges: Edges, min_score: float) -> Counter[int]:
    """The bids each bidder makes in the auction on ``edges``."""
    with _bids_counted() as queue:
        auction_module.auction(edges, min_score)
    return queue.taken


def usable(edges: Edges, min_score: float) -> Usable:
    """Each bidder's candidates at or above ``min_score``, by A index (bidders with none left out)."""
    kept = {
        b_index: tuple((a, score) for a, score in sorted(scored.items()) if score >= min_score)
        for b_index, scored in edges.items()
    }
    return {b_index: scored for b_index, scored in kept.items() if scored}


def components(lists: Usable) -> list[list[int]]:
    """The bidders joined by shared candidates, each component's in B order."""
    parent: dict[int, int] = {}

    def root(a_index: int) -> int:
        while parent.get(a_index, a_index) != a_index:
            a_index = parent[a_index]
        return a_index

    for scored in lists.values():
        first = root(scored[0][0])
        for a_index, _ in scored[1:]:
            other = root(a_index)
            if other != first:
                parent[other] = first
    joined: dict[int, list[int]] = {}
    for b_index in sorted(lists):
        joined.setdefault(root(lists[b_index][0][0]), []).append(b_index)
    return list(joined.values())


def by_component(edges: Edges, min_score: float) -> dict[int, int]:
    """The auction run on each component alone, the results joined."""
    result: dict[int, int] = {}
    for bidders in components(usable(edges, min_score)):
        result.update(auction_module.auction({b: edges[b] for b in bidders}, min_score))
    return result


def settled_in_order(bidders: list[int], scored: tuple[tuple[int, float], ...]) -> dict[int, int]:
    """Copies of one sentence given places in B order: the first the best (lowest A index
    among equals), the next the next best, the copies beyond the places none."""
    ranked = sorted(scored, key=lambda candidate: (-candidate[1], candidate[0]))
    return {b_index: a_index for b_index, (a_index, _) in zip(bidders, ranked, strict=False)}


def report(calls: list[Captured]) -> list[str]:
    """The lines printed for the captured auctions (see the module's text)."""
    lines = []
    for number, call in enumerate(calls, 1):
        lists = usable(call.edges, call.min_score)
        per_bidder = bids_of(call.edges, call.min_score)
        total = per_bidder.total()
        shared = Counter(lists.values())
        twin_bids = pure_bids = over = agree = differ = 0
        for bidders in components(lists):
            bids = sum(per_bidder[b] for b in bidders)
            places = {a for b in bidders for a, _ in lists[b]}
            pure = len(bidders) > 1 and len({lists[b] for b in bidders}) == 1
            if len(bidders) > len(places):
                over += 1
            if pure:
                pure_bids += bids
            if pure and len(bidders) > len(lists[bidders[0]]):
                got = {b: call.result[b] for b in bidders if b in call.result}
                if settled_in_order(bidders, lists[bidders[0]]) == got:
                    agree += 1
                else:
                    differ += 1
            if all(shared[lists[b]] > 1 for b in bidders):
                twin_bids += bids
        same = by_component(call.edges, call.min_score) == call.result
        busiest = max(per_bidder.values(), default=0)
        lines.append(
            f"auction {number} (min score {call.min_score:g}): {total} bids by {len(lists)} "
            f"sentences (at most {busiest} by one); {len(components(lists))} components, {over} over-demanded; "
            f"bids in pure components {pure_bids}, in components of twins only {twin_bids}; "
            f"run by component the same: {'yes' if same else 'NO'}; pure over-demanded "
            f"settled in order as the auction: {agree}, not: {differ}"
        )
    return lines


def eval_summary() -> str:
    """One line over every eval and outside pair (``same_output.pair_files``): their auctions'
    bids, the most by one sentence, and the pure over-demanded components."""
    import same_output

    pairs = same_output.pair_files()
    bids = busiest = pure_over = differ = 0
    by_component_differs = []
    for name, a_path, b_path in pairs:
        texts = [path.read_text(encoding="utf-8") for path in (a_path, b_path)]
        for call in captured(*texts):
            per_bidder = bids_of(call.edges, call.min_score)
            bids += per_bidder.total()
            busiest = max(busiest, *per_bidder.values(), 0)
            if by_component(call.edges, call.min_score) != call.result:
                by_component_differs.append(name)
            lists = usable(call.edges, call.min_score)
            for bidders in components(lists):
                scored = lists[bidders[0]]
                if len(bidders) > len(scored) and all(lists[b] == scored for b in bidders):
                    pure_over += 1
                    got = {b: call.result[b] for b in bidders if b in call.result}
                    differ += settled_in_order(bidders, scored) != got
    return (
        f"{len(pairs)} eval and outside pairs: {bids} bids, at most {busiest} by one sentence; "
        f"pure over-demanded components {pure_over} (settled in order not as the auction: "
        f"{differ}); run by component not the same: {by_component_differs or 'none'}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=10, help="the corpus seed (default 10)")
    parser.add_argument("--size", type=int, default=500_000, help="characters a side")
    parser.add_argument("--eval", action="store_true", help="every eval and outside pair instead")
    parser.add_argument("readouts", nargs="*", help="two readouts instead of the corpus")
    args = parser.parse_args(argv)
    if len(args.readouts) not in (0, 2) or args.eval and args.readouts:
        parser.error("give two readouts, or none for the corpus (or --eval alone)")  # rev25
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    if args.eval:
        print(eval_summary())
        return 0
    with tempfile.TemporaryDirectory() as folder:  # the corpus is not left in /tmp (rev25)
        if args.readouts:
            paths = args.readouts
        else:
            import bench_formulas

            paths = bench_formulas.corpus_files(folder, args.size, args.seed)
        texts = [Path(path).read_text(encoding="utf-8") for path in paths]
    for line in report(captured(*texts)):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
