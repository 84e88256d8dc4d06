"""Missed changed events whose two sentences the aligner left unpaired: where they stand, and
how many the formula stage would find if the two sentences were handed to it as a pair.

    python benchmarks/loose_gaps.py [--set outside] [--alone] [--pair TEXT] [--list] [--bound]

English dev pairs (``--alone``: only those alone in their series, ``split_gap.py
--dev-by-series``'s "dev alone"), or the outside set's tuning part (``--set outside``). For each
changed event ``missed_changed.py`` classes "no report either side: both sentences unpaired":

- whether the two sentences stand in **one gap** (one run of unpaired sentences between two
  aligned pairs of the comparison's order) and that gap's size (sentences of A x of B);
- the **rank** of B's sentence among the gap's B sentences by telling words shared with A's
  (lower-case words of four letters or more, no stop word: names and titles left out), and
  whether A's sentence is B's best too (*mutual*);
- the telling words the two sentences share, and their character ratio (the aligner's
  ``character_ratio``).

``--bound`` scores two readings of the hand's own sentence pairs (each changed event's A and B
sentences when both are unpaired): **roles**, the pairs handed to the reporting-verb rule
(:mod:`readoutdiff.formulas.unpaired.role_objects`) beside the aligned changed pairs; **whole**,
the pairs made changed alignments for the whole formula stage (not for the passages). Both
patch the stage from outside for the run: no code of ``src/`` reads them. Changed events found
and reports, against the default run.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import formula_eval  # noqa: E402
from formula_eval import Event, Pair, judge  # noqa: E402
from formulaness_reach import sentence_of  # noqa: E402
from missed_changed import missed_class, missed_events  # noqa: E402
from score_formulas import lines_of  # noqa: E402

from readoutdiff import compare, inline, load  # noqa: E402
from readoutdiff.align.similarity import STOP_WORDS, character_ratio  # noqa: E402
from readoutdiff.formulas import tracking  # noqa: E402
from readoutdiff.model import Alignment, Readout, Status  # noqa: E402
from readoutdiff.model.makers import alignment as make_alignment  # noqa: E402

UNPAIRED = "no report either side: both sentences unpaired"
_EDGES = ".,;:!?\"'()[]’“”‘"


def plain(text: str) -> frozenset[str]:
    """The telling words of a sentence: lower-case words of four letters or more, no stop word,
    cut to six letters (the aligner's crude stem); a capitalised word (a name, a title) is none."""
    words = (w.strip(_EDGES) for w in text.split())
    return frozenset(
        w[:6] for w in words if len(w) >= 4 and w.isalpha() and w.islower() and w not in STOP_WORDS
    )


def gaps(alignments: Sequence[Alignment]) -> list[tuple[list[int], list[int]]]:
    """The A and B sentence indices of each run of unpaired sentences between two aligned pairs
    (or an end) of ``alignments``, in the comparison's order."""
    found: list[tuple[list[int], list[int]]] = []
    run: list[Alignment] = []
    for alignment in (*alignments, None):
        if alignment is not None and not (alignment.a and alignment.b):
            run.append(alignment)
            continue
        if run:
            found.append(([x.a[0].index for x in run if x.a], [x.b[0].index for x in run if x.b]))
        run = []
    return found


def standing(a: Readout, b: Readout, alignments: Sequence[Alignment], sa: int, sb: int) -> dict:
    """Where A's sentence ``sa`` and B's ``sb`` stand: one gap or not, its size, B's rank."""
    row: dict[str, object] = {"gap": "different gaps", "size": "", "rank": ""}
    ta, tb = a.sentences[sa].text, b.sentences[sb].text
    row["shared"] = sorted(plain(ta) & plain(tb))
    row["ratio"] = round(character_ratio(ta, tb), 2)
    for in_a, in_b in gaps(alignments):
        if sa in in_a and sb in in_b:
            row["gap"] = "one gap"
            row["size"] = f"{len(in_a)}x{len(in_b)}"
            words_a = plain(ta)
            order = sorted(
                in_b, key=lambda j: (-len(words_a & plain(b.sentences[j].text)), abs(j - sb))
            )
            words_b = plain(tb)
            best_a = max(
                in_a, key=lambda i: (len(words_b & plain(a.sentences[i].text)), -abs(i - sa))
            )
            row["rank"] = f"{order.index(sb) + 1}{' mutual' if best_a == sa else ''}"
    return row


def listing(pairs: Sequence[Pair]) -> Iterator[tuple[Pair, Event, dict]]:
    """Each missed changed event of the class :data:`UNPAIRED` with where its sentences stand."""
    for pair, a, b, comparison, event in missed_events(pairs):
        if missed_class(event, a, b, comparison) != UNPAIRED:
            continue
        sa, sb = sentence_of(a, event.a), sentence_of(b, event.b)
        yield pair, event, standing(a, b, comparison.alignments, sa, sb)


def hand_pairs(pair: Pair, a: Readout, b: Readout) -> set[tuple[int, int]]:
    """The A and B sentence indices of each hand-listed changed event of ``pair``."""
    found: set[tuple[int, int]] = set()
    for event in pair.events:
        if event.status == "changed" and event.a and event.b:
            try:
                found.add((sentence_of(a, event.a), sentence_of(b, event.b)))
            except (StopIteration, ValueError):
                continue
    return found


def _made(
    alignments: Sequence[Alignment], wanted: set[tuple[int, int]]
) -> list[tuple[int, int, Alignment]]:
    """A changed alignment for each wanted pair of sentences both unpaired, each sentence once:
    the positions of its two one-sided alignments, and the pair."""
    in_a = {x.a[0].index: i for i, x in enumerate(alignments) if x.a and not x.b}
    in_b = {x.b[0].index: i for i, x in enumerate(alignments) if x.b and not x.a}
    made, used = [], set()
    for sa, sb in sorted(wanted):
        if sa in in_a and sb in in_b and ("a", sa) not in used and ("b", sb) not in used:
            used |= {("a", sa), ("b", sb)}
            x, y = alignments[in_a[sa]], alignments[in_b[sb]]
            ta, tb = x.a[0].text, y.b[0].text
            pair = make_alignment(
                Status.CHANGED, x.a, y.b, round(character_ratio(ta, tb), 4), False,
                inline.diff_ops(ta, tb),
            )  # fmt: skip
            made.append((in_a[sa], in_b[sb], pair))
    return made


@contextmanager
def handed(how: str, wanted: Callable[[], set[tuple[int, int]]]) -> Iterator[None]:
    """The formula stage patched for the run: ``roles`` hands the ``wanted`` sentence pairs to
    the reporting-verb rule, ``whole`` to the whole stage as changed alignments."""
    if how == "roles":
        original = tracking._role_kept

        def roles(a, b, changed, told):  # type: ignore[no-untyped-def]
            extra = [p for _, _, p in _made(_current[0], wanted())]
            return original(a, b, list(changed) + extra, told)

        track = tracking._track

        def remember(a, b, alignments, options, memo):  # type: ignore[no-untyped-def]
            _current[0] = alignments
            return track(a, b, alignments, options, memo)

        tracking._role_kept, tracking._track = roles, remember
        try:
            yield
        finally:
            tracking._role_kept, tracking._track = original, track
        return
    track = tracking._track

    def whole(a, b, alignments, options, memo):  # type: ignore[no-untyped-def]
        made = _made(alignments, wanted())
        out = list(alignments)
        for i, _, pair in made:
            out[i] = pair
        gone = {j for _, j, _ in made}
        kept = tuple(x for k, x in enumerate(out) if k not in gone)
        return track(a, b, kept, options, memo)

    tracking._track = whole
    try:
        yield
    finally:
        tracking._track = track


_current: list[Sequence[Alignment]] = [()]


def bound(pairs: Sequence[Pair], how: str) -> Counter[str]:
    """Changed events found and reports over ``pairs``: the default run (``how`` "default") or
    with the hand's sentence pairs handed as ``how`` says (:func:`handed`)."""
    counts: Counter[str] = Counter()
    wanted: set[tuple[int, int]] = set()
    with handed(how, lambda: wanted) if how != "default" else _nothing():
        for pair in pairs:
            a, b = load(pair.a_path), load(pair.b_path)
            wanted = hand_pairs(pair, a, b)
            comparison = compare(a, b)
            reports = [
                Event(f.status.value, f.a_text, f.b_text, **lines_of(comparison, f))
                for f in comparison.formulas
            ]
            result = judge(pair, reports)
            counts["changed found"] += sum(pair.events[n].status == "changed" for n in result.found)
            counts["reports"] += len(result.judged)
            counts["noise"] += sum(j.noise for j in result.judged)
            counts["right"] += sum(j.right for j in result.judged)
    return counts


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def chosen(args: argparse.Namespace) -> list[Pair]:
    """The English pairs the arguments pick."""
    where = formula_eval.ROOT / "eval" / ("outside" if args.set == "outside" else "formulas")
    pairs = [
        p for p in formula_eval.load_pairs(where, "dev") if formula_eval.language_of(p) == "en"
    ]
    if args.alone:
        size = Counter(p.series for p in formula_eval.load_pairs(where, "dev"))
        pairs = [p for p in pairs if size[p.series] == 1]
    return [p for p in pairs if args.pair in p.name]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("formulas", "outside"), default="formulas")
    parser.add_argument("--alone", action="store_true", help="only dev pairs alone in their series")
    parser.add_argument("--pair", default="", help="only the pairs whose name holds TEXT")
    parser.add_argument("--list", action="store_true", help="each event with its two sentences")
    parser.add_argument("--bound", action="store_true", help="the two readings of --bound")
    args = parser.parse_args(argv)
    pairs = chosen(args)
    counts: Counter[str] = Counter()
    for pair, event, row in listing(pairs):
        counts["events"] += 1
        counts[row["gap"]] += 1
        if row["size"]:
            counts[
                f"gap {row['size'] if max(map(int, str(row['size']).split('x'))) < 3 else '3+ a side'}"
            ] += 1
            counts[
                "first in rank, mutual" if row["rank"] == "1 mutual" else "not first or not mutual"
            ] += 1
        counts[
            f"telling words shared: {min(len(row['shared']), 2)}{'+' if len(row['shared']) >= 2 else ''}"
        ] += 1
        if args.list:
            print(f"{pair.name} | {row['gap']} {row['size']} rank {row['rank'] or '-'} | "
                  f"shared {', '.join(row['shared']) or '-'} | ratio {row['ratio']}")  # fmt: skip
            print(f"    {event.a!r} -> {event.b!r}")
    print(
        f"{len(pairs)} pairs; missed changed events, both sentences unpaired, no report: {counts['events']}\n"
    )
    print("| where the two sentences stand | events |\n|---|---:|")
    for key in sorted(k for k in counts if k != "events"):
        print(f"| {key} | {counts[key]} |")
    if args.bound:
        print(
            "\n| reading | changed found | reports | right fate | noise |\n|---|---:|---:|---:|---:|"
        )
        for how in ("default", "roles", "whole"):
            got = bound(pairs, how)
            print(
                f"| {how} | {got['changed found']} | {got['reports']} | {got['right']} | {got['noise']} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
