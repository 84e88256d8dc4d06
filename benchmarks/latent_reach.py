"""What the missed *changed* events need, and how far silent formula candidates would reach them.

    python benchmarks/latent_reach.py [--classes] [--bound] [--chunks] [--least N --mirror DIR]
                                      [--both] [--outside] [--show] [--final]

Dev pairs only unless ``--final`` (held-out and fresh totals, printed once).

``--classes``: every hand-listed *changed* event the tool (default options) misses, by what it
would have needed: *not known* (no report touches either wording), *one side known* (a report
touches one wording only: dropped, appeared, or a change with another partner), *both known,
not linked*, *linked, wrong fate* (one report touches both wordings with another status) and
*linked, scorer* (a changed report touches both but the scorer's rule does not match it); crossed
with where the two sentences stand (``formulaness_reach.standing``) and with whether ``--oracle``
finds the event. Counts with the number of series.

``--bound``: the engine told only the changed events' wordings (no other event's), as lexicon
entries that are *silent*: reported only when the engine links one into a change (dropped,
appeared or persisted reports of them are left out). The reach of "recognise, then link or stay
silent" when recognition is perfect.

``--chunks``: the same with candidates any readout has: every chunk of a sentence not paired
unchanged (cut at punctuation, clause words, reporting verbs and the places of the tool's own
reports; edges trimmed as mined phrases are; 2-8 words, two telling words, no ``noise.why``),
those said on one side only. A change linking one, overlapping no report of the tool, is added.
``--least N --mirror DIR``: only chunks holding a content n-gram used by N or more counterparts of
the outside corpus (``formulaness_reach.table``); ``--both``: both wordings of the change too.
``--outside``: the additions on ``eval/noise`` (tuning part), by their hand judgement.

Every report, the tool's and the added ones, carries its lines (``score_formulas.lines_of``): it
is judged by the scorer's headline matching; an added report is right, a wrong fate, a repeat
(a second report of an event, its fate agreeing: ``formula_eval.verdict``) or noise.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from formula_eval import Event, Pair, Totals, judge, load_pairs, verdict  # noqa: E402
from formulaness_reach import Table, best, best_of_text, standing  # noqa: E402
from score_formulas import lines_of, run_oracle  # noqa: E402

from readoutdiff import compare, load  # noqa: E402
from readoutdiff.formulas.lexicon.lexicon import builtin, merge  # noqa: E402
from readoutdiff.formulas.lexicon.stock import stock  # noqa: E402
from readoutdiff.formulas.mining import noise  # noqa: E402
from readoutdiff.formulas.mining.noise import FRAME_WORDS  # noqa: E402
from readoutdiff.formulas.words.phrases import (  # noqa: E402
    STOCK,  # noqa: E402
    Words,
    readout_words,
)
from readoutdiff.formulas.words.roles import (
    EDGE_WORDS,  # noqa: E402
    REPORTING,  # noqa: E402
)
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, same_formula, strip  # noqa: E402
from readoutdiff.ingest import from_text  # noqa: E402
from readoutdiff.model import (  # noqa: E402
    Comparison,
    Entry,
    FormulaSource,
    Lexicon,
    Options,
    Readout,
    Span,
    Status,
)

CUT = CLAUSE_WORDS | REPORTING
LONGEST = 8
Gate = Callable[[Words, int, int], bool]


def _overlap(spans: Sequence[Span], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def _located(text: str, wording: str | None) -> tuple[int, int] | None:
    at = text.find(wording) if wording else -1
    if wording and at < 0:
        at = text.casefold().find(wording.casefold())
    return (at, at + len(wording)) if wording and at >= 0 else None


def miss_class(event: Event, a: Readout, b: Readout, comparison: Comparison) -> str:
    """What the tool did with the two wordings of a missed changed event."""
    at_a, at_b = _located(a.text, event.a), _located(b.text, event.b)
    on_a = [f for f in comparison.formulas if at_a and _overlap(f.a_spans, *at_a)]
    on_b = [f for f in comparison.formulas if at_b and _overlap(f.b_spans, *at_b)]
    both = [f for f in on_a if f in on_b]
    if both:
        status = both[0].status.value
        return "linked, scorer" if status == "changed" else f"linked, wrong fate ({status})"
    if on_a and on_b:
        return "both known, not linked"
    return f"one side known ({'A' if on_a else 'B'})" if on_a or on_b else "not known"


def classes(pairs: Sequence[Pair]) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    series: dict[tuple[str, str], set[str]] = defaultdict(set)
    for pair in pairs:
        a, b = load(pair.a_path), load(pair.b_path)
        comparison = compare(a, b)
        found = judge(pair, _reports(comparison)).found
        oracle = judge(pair, run_oracle(pair)).found
        for number, event in enumerate(pair.events):
            if event.status != "changed" or number in found:
                continue
            what = miss_class(event, a, b, comparison)
            where = standing(pair, event, a, b, comparison)
            told = "oracle finds" if number in oracle else "oracle misses"
            for key in ((what, "all"), (what, told), (what, where), ("all", where)):
                counts[key] += 1
                series[key].add(pair.series)
    print("| class | where / oracle | missed | series |\n|---|---|---:|---:|")
    for key in sorted(counts):
        print(f"| {key[0]} | {key[1]} | {counts[key]} | {len(series[key])} |")


def _reports(comparison: Comparison) -> list[Event]:
    return [
        Event(f.status.value, f.a_text, f.b_text, f.id, **lines_of(comparison, f))
        for f in comparison.formulas
    ]


def _telling(words: Words, k: int) -> bool:
    stem = words.stems[k]
    return stem not in FRAME_WORDS and stem.isalpha() and len(stem) > 2 and not words.caps[k]


def chunks(readout: Readout, skip: set[int], busy: Sequence[Span], gate: Gate | None) -> set[str]:
    """The chunks of ``readout``'s sentences outside ``skip`` (see the module's text)."""
    out = set()
    for words in readout_words(readout):
        if words.sentence in skip:
            continue
        n = len(words.stems)
        taken = [_overlap(busy, words.start(k), words.end(k)) for k in range(n)]
        cuts = [k for k in range(n) if words.breaks[k] or words.stems[k] in CUT or taken[k]]
        bounds = sorted({0, n, *cuts})
        for first, end in zip(bounds, bounds[1:], strict=False):
            while first < end and (words.stems[first] in EDGE_WORDS | CUT or taken[first]):
                first += 1
            while end > first and words.stems[end - 1] in EDGE_WORDS:
                end -= 1
            if not 2 <= end - first <= LONGEST or noise.why(words, first, end):
                continue
            if sum(_telling(words, k) for k in range(first, end)) < 2:
                continue
            if gate is None or gate(words, first, end):
                out.add(readout.text[words.start(first) : words.end(end - 1)])
    return out


def silent_changes(
    a: Readout, b: Readout, comparison: Comparison, wordings: Sequence[Sequence[str]]
) -> list[Event]:
    """The changes the engine links with ``wordings`` as silent entries (each a wording and
    its variants), overlapping no report of ``comparison``."""
    entries = tuple(
        Entry(
            id=f"silent-{n}",
            text=t[0],
            variants=tuple(t[1:]),
            source=FormulaSource.USER,
            fuzzy=False,
        )
        for n, t in enumerate(wordings)
    )
    lexicon = merge(builtin(), Lexicon(entries=entries))
    busy_a = [s for f in comparison.formulas for s in f.a_spans]
    busy_b = [s for f in comparison.formulas for s in f.b_spans]
    out = []
    told = compare(a, b, options=Options(lexicon=lexicon))
    for f in told.formulas:
        if f.status.value != "changed" or "silent-" not in f.id + (f.anchor or ""):
            continue
        if any(_overlap(busy_a, s.start, s.end) for s in f.a_spans) or any(
            _overlap(busy_b, s.start, s.end) for s in f.b_spans
        ):
            continue
        note = f"{f.id} {f.confidence:.2f}"
        out.append(Event("changed", f.a_text, f.b_text, note, **lines_of(told, f)))
    return out


def chunk_changes(a: Readout, b: Readout, comparison: Comparison, gate: Gate | None) -> list[Event]:
    same = [x for x in comparison.alignments if x.status is Status.UNCHANGED]
    skip_a = {s.index for x in same for s in x.a}
    skip_b = {s.index for x in same for s in x.b}
    busy_a = [s for f in comparison.formulas for s in f.a_spans]
    busy_b = [s for f in comparison.formulas for s in f.b_spans]
    one_sided = chunks(a, skip_a, busy_a, gate) ^ chunks(b, skip_b, busy_b, gate)
    return silent_changes(a, b, comparison, [(t,) for t in sorted(one_sided)])


def figures(pairs: Sequence[Pair], added: Callable[[Pair, Readout, Readout, Comparison], list[Event]],
            show: bool) -> None:  # fmt: skip
    before, after = Totals(), Totals()
    verdicts: Counter[str] = Counter()
    fired, helped, hurt = set(), set(), set()
    for pair in pairs:
        a, b = load(pair.a_path), load(pair.b_path)
        comparison = compare(a, b)
        reports = _reports(comparison)
        new = added(pair, a, b, comparison)
        r0, r1 = judge(pair, reports), judge(pair, reports + new)
        before.add(r0)
        after.add(r1)
        for j in r1.judged[len(reports) :]:
            said = verdict(j)
            verdicts[said] += 1
            fired.add(pair.series)
            if show:
                print(
                    f"  {said:10} {pair.name}: {j.report.a!r} -> {j.report.b!r} <{j.report.note}>"
                )
        bad = [
            (
                sum(j.noise for j in r.judged),
                sum(verdict(j) in ("noise", "wrong fate") for j in r.judged),
            )
            for r in (r0, r1)
        ]
        if len(r1.found) > len(r0.found):
            helped.add(pair.series)
        elif bad[1] > bad[0]:
            hurt.add(pair.series)
    for label, t in (("tool", before), ("with additions", after)):
        f, total = t.figures(), sum(t.reported.values())
        print(f"{label}: changed found {t.recalled['changed']}/{t.expected['changed']}, noise "
              f"{t.noise}/{total}, fates right {sum(t.right.values())}/{total - t.noise} "
              f"({100 * (f['fates_right'] or 0):.1f} %)")  # fmt: skip
    print(
        f"added: {dict(verdicts)}; series fired {len(fired)}, helped {len(helped)}, hurt {len(hurt)}"
    )


def outside(gate: Gate | None, keep: Callable[[Event], bool], show: bool) -> None:
    """The additions on eval/noise's tuning pairs, by their hand judgement."""
    from score_noise import NOISE_DIR, pairs, verdicts

    judged, kinds = verdicts(), Counter[str]()
    count = 0
    for pair in pairs():
        if pair["aside"]:
            continue
        count += 1
        a, b = load(NOISE_DIR / str(pair["a"])), load(NOISE_DIR / str(pair["b"]))
        for e in filter(keep, chunk_changes(a, b, compare(a, b), gate)):
            j = judged.get((f"{pair['a']} -> {pair['b']}", e.a, e.b))
            kinds[j.verdict if j else "unjudged"] += 1
            if show:
                print(f"  {j.verdict if j else 'unjudged':9} {pair['a']}: {e.a!r} -> {e.b!r}")
    print(f"outside (tuning part, {count} pairs): added {dict(kinds)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for flag in (
        "--classes",
        "--bound",
        "--chunks",
        "--both",
        "--outside",
        "--show",
        "--final",
        "--strict",
        "--bound-all",
    ):
        parser.add_argument(flag, action="store_true")
    parser.add_argument("--least", type=int, default=0)
    parser.add_argument("--mirror", type=Path)
    args = parser.parse_args(argv)
    gate, gated = _gates(args.least, args.mirror, args.both)

    def keep(event: Event) -> bool:
        return gated(event) and (not args.strict or strict(event))

    splits = ("heldout", "fresh") if args.final else ("dev",)
    show = args.show and not args.final
    for split in splits:
        pairs = load_pairs(split=split)
        print(f"## {split} ({len(pairs)} pairs)")
        if args.classes and not args.final:
            classes(pairs)
        if args.bound:
            figures(
                pairs,
                lambda p, a, b, c: silent_changes(a, b, c, _changed_wordings(p)),
                show,
            )
        if args.bound_all:
            figures(pairs, lambda p, a, b, c: silent_changes(a, b, c, _all_wordings(p)), show)
        if args.chunks:
            figures(
                pairs,
                lambda p, a, b, c: list(filter(keep, chunk_changes(a, b, c, gate))),
                show,
            )
    if args.outside:
        outside(gate, keep, args.show)
    return 0


def strict(event: Event) -> bool:
    """``--strict``: both wordings of an addition are no variant of each other, no name, office,
    date or cut (``noise.why``), and each holds a telling word outside the stock vocabulary."""
    if not event.a or not event.b or same_formula(event.a, event.b):
        return False
    for text in (event.a, event.b):
        words = readout_words(from_text(text + "."))
        if not words or noise.why(words[0], 0, len(words[0].stems)):
            return False
        common = STOCK | stock()
        if not any(
            _telling(w, k) and strip(w.stems[k]) not in common and w.stems[k] not in common
            for w in words
            for k in range(len(w.stems))
        ):
            return False
    return True


def _gates(
    least: int, mirror: Path | None, both: bool
) -> tuple[Gate | None, Callable[[Event], bool]]:
    """The chunk gate of ``--least`` and the filter of the additions of ``--both``."""
    if not least or mirror is None:
        return None, bool
    from formulaness_reach import table

    counts: Table = table(mirror, "737ca03a271adc205c67766074ec8d0070f7ad95")[0]

    def gate(words: Words, first: int, end: int) -> bool:
        return best(counts, words, first, end) >= least

    def keep(event: Event) -> bool:
        sides = (best_of_text(counts, event.a or ""), best_of_text(counts, event.b or ""))
        return not both or min(sides) >= least

    return gate, keep


def _all_wordings(pair: Pair) -> list[tuple[str, ...]]:
    """Every hand-listed wording of the pair, whatever its event's status; a persisted event's
    two wordings are one entry (as ``score_formulas.oracle_lexicon`` makes them)."""
    out: set[tuple[str, ...]] = set()
    for e in pair.events:
        sides = tuple(dict.fromkeys(w for w in (e.a, e.b) if w))
        out |= {(w,) for w in sides} if e.status == "changed" else {sides}
    return sorted(out)


def _changed_wordings(pair: Pair) -> list[tuple[str, ...]]:
    return sorted({(w,) for e in pair.events if e.status == "changed" for w in (e.a, e.b) if w})


if __name__ == "__main__":
    raise SystemExit(main())
