"""The lexicon matcher's steps, each timed warm over the very texts one comparison gives it.

``stage_parts.py`` counts a part's instructions in a first comparison, but a mark costs some
thousands of instructions, so the matcher's per-text steps (``_exact_hits``, ``fuzzy.hits``:
some 1,000 calls each at 500 KB) are too small to mark one by one. Here one first comparison
of the corpus pair (after the samples' warm-up, as ``stage_share.py`` measures) runs with the
two wrapped so that each call's arguments are kept (the words already covered copied as they
were when asked); then each step is run again alone over the kept calls, best of ``--rounds``
CPU times (``time.thread_time``):

- ``exact``: ``_exact_hits`` over every call, and over the calls with no candidate alone;
- ``fuzzy``: ``fuzzy.hits`` stopped after each of its first steps in turn: the places left
  once the covered words are out, the sentence's heads (a ``frozenset`` of each stem's first
  four letters), the test of each place's rarest heads, and the whole call;
- ``regex gate``: a compiled regular expression of every exact wording (a character trie of
  the stems joined by spaces, so that the alternation branches once a letter) searched over
  the sentence's stems joined the same way, the test a compiled matcher would start with
  (branch sp82: it tells exactly which sentences hold a candidate, but costs more than the
  Python walk it would spare);
- ``--heads``: where a sentence's heads are read (branch sp83): how many texts reach the heads
  step, how many distinct ones (a text read twice would be work to share), how many distinct
  texts the comparison's words hold (a set made where the words are read would be made for
  each), and the heads step written four ways, each checked to pass the same places: the
  ``frozenset`` ``fuzzy.hits`` makes, a list tested by each place's rarest heads, the set
  narrowed to the heads of the indexed wordings (``intersection``), and a substring gate (the
  rarest heads looked for in the stems joined by spaces, the set made only past it).
- ``--grouped``: each indexing stem's wordings grouped by a rarest head (branch sp108), so that
  a place reads only the wordings of the heads the sentence holds, with no test of the place's
  rarest heads first: ``fuzzy.hits`` against the grouped scan with the groups made before the
  run (as a matcher cache would keep them) and made at a stem's first place (a memo), each
  checked to give the same hits on every call. Before and after each run it calls
  ``os.sched_yield``: under ``valgrind --tool=callgrind --dump-before=sched_yield
  --callgrind-out-file=F`` the dumps ``F.2``, ``F.4`` and ``F.6`` count the three runs'
  instructions (``--rounds 1``; each run copies each call's covered words, as the others do).

The counts say how many sentences reach each step. Figures are CPU milliseconds warm, not the
first comparison's instructions: read them as shares of one another.

    .venv/bin/python benchmarks/matcher_steps.py [--size 500k] [--rounds 9] [--heads | --grouped]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import filterfalse
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


@dataclass
class Calls:
    """The arguments of each ``_exact_hits`` and ``fuzzy.hits`` call of one comparison."""

    exact: list[tuple[Any, ...]] = field(default_factory=list)
    fuzzy: list[tuple[Any, ...]] = field(default_factory=list)


def captured(a: Any, b: Any, kept: list[Sequence[Any]] | None = None) -> Calls:
    """The calls of ``compare(a, b)`` to the matcher's two per-text steps; ``kept``, when
    given, gets the words of each readout the comparison reads (``grouped_words``)."""
    from readoutdiff.compare import compare
    from readoutdiff.formulas.matching import fuzzy, matcher
    from readoutdiff.formulas.mining import memo

    calls = Calls()
    exact_hits, fuzzy_hits = matcher._exact_hits, fuzzy.hits

    def exact(m: Any, stems: Any, covered: set[int], join: Any = matcher._NONE, places: Any = None) -> Any:  # fmt: skip
        places = None if places is None else list(places)
        calls.exact.append((m, stems, set(covered), join, places))
        return exact_hits(m, stems, covered, join, places)

    def fuzzies(index: Any, stems: Any, covered: set[int], *rest: Any) -> Any:
        calls.fuzzy.append((index, stems, set(covered), *rest))
        return fuzzy_hits(index, stems, covered, *rest)

    grouped_words = memo.grouped_words  # type: ignore[attr-defined]

    def grouped(readout: Any, shapes: Any = None) -> Any:
        words, groups = grouped_words(readout, shapes)
        if kept is not None:
            kept.append(words)
        return words, groups

    matcher._exact_hits, fuzzy.hits = exact, fuzzies  # type: ignore[assignment]
    memo.grouped_words = grouped  # type: ignore[attr-defined,assignment]
    try:
        compare(a, b)
    finally:
        matcher._exact_hits, fuzzy.hits = exact_hits, fuzzy_hits
        memo.grouped_words = grouped_words  # type: ignore[attr-defined]
    return calls


def _upto(step: int) -> Callable[..., list[Any]]:
    """``fuzzy.hits`` stopped after its ``step``-th step (0 places, 1 heads, 2 rarest heads),
    each as it is written there."""
    from readoutdiff.formulas.matching import fuzzy

    head_of, none = fuzzy._HEAD_OF, fuzzy._NO_HEADS

    def hits(_index: Any, stems: Any, covered: set[int], _t: Any, rare: Any, _j: Any, at: Any) -> list[Any]:  # fmt: skip
        places = list(filterfalse(covered.__contains__, at) if covered else at)
        if not places or step == 0:
            return []
        present = frozenset(map(head_of, stems))
        if step == 1:
            return []
        passed = [i for i in places if not present.isdisjoint(rare.get(stems[i], none))]
        return passed[:0]

    return hits


def _trie(wordings: Iterable[str]) -> str:
    """A regular expression matching each of ``wordings`` (escaped), as a character trie."""
    root: dict[str, Any] = {}
    for wording in wordings:
        node = root
        for char in wording:
            node = node.setdefault(char, {})
        node[""] = {}

    def written(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + written(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return written(root)


def regex_gate(m: Any) -> Callable[[Sequence[str]], bool]:
    """Whether a sentence's stems hold some exact wording of matcher ``m``, told by one
    compiled expression over the stems joined by spaces (no stem holds a space)."""
    wordings = {" ".join(p) + " " for found in m.exact.values() for p, _, _ in found}
    search = re.compile(" (?:" + _trie(wordings) + ")").search
    return lambda stems: search(" " + " ".join(stems) + " ") is not None


def counts(calls: Calls) -> dict[str, int]:
    """How many sentences reach each step."""
    from readoutdiff.formulas.matching import fuzzy, matcher

    head_of, none = fuzzy._HEAD_OF, fuzzy._NO_HEADS
    found = {
        "exact: calls": len(calls.exact),
        "exact: with a candidate": sum(
            1 for m, s, c, j, p in calls.exact if matcher._exact_hits(m, s, set(c), j, p)
        ),
        "fuzzy: calls": len(calls.fuzzy),
    }
    places = rarest = hit = 0
    for index, stems, covered, threshold, rare, join, at in calls.fuzzy:
        left = [i for i in at if i not in covered]
        places += bool(left)
        present = frozenset(map(head_of, stems))
        passed = [i for i in left if not present.isdisjoint(rare.get(stems[i], none))]
        rarest += bool(passed)
        hit += bool(fuzzy.hits(index, stems, set(covered), threshold, rare, join, at))
    found |= {
        "fuzzy: with places": places,
        "fuzzy: past the rarest heads": rarest,
        "fuzzy: with a hit": hit,
    }
    return found


def _best(run: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.thread_time()
        run()
        best = min(best, time.thread_time() - start)
    return best * 1e3


def steps(calls: Calls, rounds: int = 9) -> dict[str, float]:
    """Each step's best CPU milliseconds over the kept calls (see the module's docstring)."""
    from readoutdiff.formulas.matching import fuzzy, matcher

    exact_hits = matcher._exact_hits
    bare = [c for c in calls.exact if not exact_hits(c[0], c[1], set(c[2]), c[3], c[4])]
    gates = {id(c[0]): regex_gate(c[0]) for c in calls.exact}

    def exact(among: list[tuple[Any, ...]]) -> Callable[[], object]:
        return lambda: [exact_hits(m, s, set(c), j, p) for m, s, c, j, p in among]

    def fuzzy_upto(hits: Callable[..., Any]) -> Callable[[], object]:
        return lambda: [hits(i, s, set(c), *rest) for i, s, c, *rest in calls.fuzzy]

    timed = {
        "exact: every call": exact(calls.exact),
        "exact: calls with no candidate": exact(bare),
        "regex gate: every exact call": lambda: [gates[id(c[0])](c[1]) for c in calls.exact],
        "fuzzy: places": fuzzy_upto(_upto(0)),
        "fuzzy: places, heads": fuzzy_upto(_upto(1)),
        "fuzzy: places, heads, rarest heads": fuzzy_upto(_upto(2)),
        "fuzzy: whole": fuzzy_upto(fuzzy.hits),
    }
    return {name: _best(run, rounds) for name, run in timed.items()}


def gate_agrees(calls: Calls) -> bool:
    """The regex gate finds a wording in a sentence exactly when ``_exact_hits`` has a
    candidate there (what a compiled matcher must keep)."""
    from readoutdiff.formulas.matching import matcher

    gates = {id(c[0]): regex_gate(c[0]) for c in calls.exact}
    # No word covered: choose() keeps at least one candidate when there is one.
    return all(
        gates[id(m)](stems) == bool(matcher._exact_hits(m, stems, set(), join, places))
        for m, stems, _, join, places in calls.exact
    )


def report(found: dict[str, int], timed: dict[str, float]) -> str:
    lines = [f"{name:<40} {n:>8,}" for name, n in found.items()]
    lines += [f"{name:<40} {ms:>8.3f} ms" for name, ms in timed.items()]
    return "\n".join(lines)


def _places(call: tuple[Any, ...]) -> list[int]:
    _index, _stems, covered, _threshold, _rare, _join, at = call
    return list(filterfalse(covered.__contains__, at) if covered else at)


def heads_reads(calls: Calls, words: Sequence[Sequence[Any]]) -> dict[str, int]:
    """Where the sentences' heads are read: the ``fuzzy.hits`` calls that reach the heads step,
    the distinct texts among them and the fuzzy indexes they read, and the distinct texts of
    the comparison's ``words`` (every readout's ``grouped_words``)."""
    reach = [c for c in calls.fuzzy if _places(c)]
    return {
        "heads: fuzzy calls reaching them": len(reach),
        "heads: distinct texts among them": len({c[1] for c in reach}),
        "heads: fuzzy indexes read": len({id(c[0]) for c in calls.fuzzy}),
        "heads: distinct texts of the words": len({s.stems for found in words for s in found}),
    }


def heads_variants(calls: Calls, rounds: int = 9) -> dict[str, float]:
    """The heads step and the rarest-heads test written four ways (see the module's docstring),
    best CPU milliseconds over the calls that reach it; each passes the same places."""
    from readoutdiff.formulas.matching import fuzzy

    head_of, none = fuzzy._HEAD_OF, fuzzy._NO_HEADS
    reach = [(c[1], c[4], _places(c)) for c in calls.fuzzy if _places(c)]
    if not reach:
        return {}
    rare = reach[0][1]
    spaced = {stem: tuple(" " + h for h in heads) for stem, heads in rare.items()}
    held = calls.fuzzy[0][0]
    narrow = frozenset(h for found in held.values() for f in found for h in f.heads).intersection

    def by_set(make: Callable[[Iterable[str]], Any]) -> Callable[[], list[list[int]]]:
        def way() -> list[list[int]]:
            out = []
            for stems, rare, places in reach:
                present = make(map(head_of, stems))
                out.append([i for i in places if not present.isdisjoint(rare.get(stems[i], none))])
            return out

        return way

    def listed() -> list[list[int]]:
        out = []
        for stems, rare, places in reach:
            heads = list(map(head_of, stems))
            passed = [i for i in places if not rare.get(stems[i], none).isdisjoint(heads)]
            if passed:
                frozenset(heads)  # what the bucket walk reads
            out.append(passed)
        return out

    def substring() -> list[list[int]]:
        out = []
        for stems, rare, places in reach:
            joined = " " + " ".join(stems)
            passed = [i for i in places if any(map(joined.__contains__, spaced.get(stems[i], ())))]
            if passed:  # a head found inside a longer word's start: the set says for sure
                present = frozenset(map(head_of, stems))
                passed = [i for i in passed if not present.isdisjoint(rare.get(stems[i], none))]
            out.append(passed)
        return out

    ways = {
        "heads: frozenset (fuzzy.hits)": by_set(frozenset),
        "heads: list, rarest heads test it": listed,
        "heads: set of indexed heads only": by_set(narrow),
        "heads: substring gate, then set": substring,
    }
    expected = ways["heads: frozenset (fuzzy.hits)"]()
    assert all(way() == expected for way in ways.values()), "a way passes other places"
    return {name: _best(way, rounds) for name, way in ways.items()}


Groups = dict[str, tuple[tuple[str, tuple[Any, ...]], ...]]
"""Indexing stem -> (a rarest head, the stem's wordings filed under it), in sorted head order."""


def grouped_buckets(index: Any, rare: Any, stems: Iterable[str] | None = None) -> Groups:
    """Each wording of the stems' buckets (every stem of ``index`` when ``stems`` is None) filed
    under the first of the stem's ``rare`` heads, in sorted order, that it holds: a wording
    holds every head of its, so where that head is missing from the sentence it cannot match
    (``fuzzy.rarest_heads`` picks one of each wording's heads, so every wording is filed)."""
    made: Groups = {}
    for stem in index if stems is None else stems:
        heads = sorted(rare[stem])
        filed: dict[str, list[Any]] = {head: [] for head in heads}
        for wording in index[stem]:
            filed[next(head for head in heads if head in wording.heads)].append(wording)
        made[stem] = tuple((head, tuple(found)) for head, found in filed.items() if found)
    return made


def grouped_hits(groups: Groups, memo: bool = False) -> Callable[..., Any]:
    """``fuzzy.hits`` scanning ``groups`` (see :func:`grouped_buckets`) instead of testing each
    place's rarest heads, then every wording of its bucket; with ``memo``, ``groups`` starts
    empty and a stem's groups are made at its first place."""
    from readoutdiff.formulas.matching import fuzzy

    head_of, windows, chosen = fuzzy._HEAD_OF, fuzzy._windows, fuzzy.chosen

    def hits(index: Any, stems: Any, covered: set[int], threshold: float, rare: Any, join: Any, at: Any) -> Any:  # fmt: skip
        places = list(filterfalse(covered.__contains__, at) if covered else at)
        if not places:
            return []
        present = frozenset(map(head_of, stems))
        has_all = present.issuperset
        candidates: list[Any] = []
        for i in places:
            stem = stems[i]
            found = groups.get(stem)
            if found is None:
                if not memo or stem not in index:
                    continue
                found = groups[stem] = grouped_buckets(index, rare, (stem,))[stem]
            for head, bucket in found:
                if head not in present:
                    continue
                for wording in bucket:
                    if not has_all(wording.heads):
                        continue
                    start = i - wording.position
                    low, high = max(start - 1, 0), start + len(wording.pattern) + 1
                    if (
                        wording.needed > 1
                        and len(wording.wanted.intersection(stems[low:high])) < wording.needed
                    ):
                        continue
                    if not wording.heads.issubset(map(head_of, stems[low : high + 1])):
                        continue
                    candidates += windows(stems, wording, start, covered, threshold)
        return chosen(candidates, covered, join)

    return hits


def _told(hits: Any) -> tuple[Any, ...]:
    """What a caller reads of ``fuzzy.hits``' answer: the hits, whether some candidate lost and
    the candidates (as a set: only ``matcher._uncut`` reads them, for their edges)."""
    return (list(hits), type(hits).__name__, sorted(getattr(hits, "candidates", ())))


def grouped(calls: Calls, rounds: int = 1) -> dict[str, float]:
    """``fuzzy.hits`` against the grouped scan, groups made before and at first use (see the
    module's docstring), each checked to tell the same on every call; best CPU milliseconds."""
    from readoutdiff.formulas.matching import fuzzy

    indexes = {id(c[0]): c for c in calls.fuzzy}
    made = {key: grouped_buckets(c[0], c[4]) for key, c in indexes.items()}
    memos: dict[int, Groups] = {key: {} for key in indexes}
    ways = {
        "fuzzy: whole (fuzzy.hits)": lambda c: fuzzy.hits,
        "fuzzy: grouped, groups made before": lambda c: grouped_hits(made[id(c[0])]),
        "fuzzy: grouped, groups made at first use": lambda c: grouped_hits(memos[id(c[0])], True),
    }
    expected = [_told(fuzzy.hits(i, s, set(c), *rest)) for i, s, c, *rest in calls.fuzzy]
    for way in ways.values():
        told = [_told(way(call)(call[0], call[1], set(call[2]), *call[3:])) for call in calls.fuzzy]
        assert told == expected, "a grouped scan tells other hits"
    timed: dict[str, float] = {}
    for name, way in ways.items():
        for memo in memos.values():
            memo.clear()  # the memo's groups made within the measured run
        chosen = {key: way(c) for key, c in indexes.items()}
        kept = [(chosen[id(call[0])], call) for call in calls.fuzzy]
        os.sched_yield()  # a callgrind dump before and after each run: see the docstring
        timed[name] = _best(
            lambda kept=kept: [hits(i, s, set(c), *rest) for hits, (i, s, c, *rest) in kept],
            rounds,
        )
        os.sched_yield()
    return timed


def main(argv: list[str] | None = None) -> int:
    import stage_share
    from real_corpus import parse_size

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=parse_size, default=parse_size("500k"))
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--heads", action="store_true", help="where the heads are read (sp83)")
    parser.add_argument("--grouped", action="store_true", help="buckets by rare head (sp108)")
    args = parser.parse_args(argv)
    stage_share.warm_up()
    if args.grouped:
        print(report({}, grouped(captured(*stage_share._pair(args.size)), args.rounds)))
        return 0
    if args.heads:
        words: list[Sequence[Any]] = []
        a, b = stage_share._pair(args.size)
        calls = captured(a, b, kept=words)
        print(report(heads_reads(calls, words), heads_variants(calls, args.rounds)))
        return 0
    calls = captured(*stage_share._pair(args.size))
    print(report(counts(calls), steps(calls, args.rounds)))
    print(f"regex gate agrees with _exact_hits on every call: {gate_agrees(calls)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
