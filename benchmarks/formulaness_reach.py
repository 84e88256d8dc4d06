"""How far a corpus measure of formula-ness could reach the missed *changed* events (dev).

Formula-ness of a wording: how many distinct counterparts' readouts in an outside corpus use
its content-word n-grams. The corpus is that of ``build_background.py`` (its ``sources``:
White House readouts of the mirror, every evaluation and reserved series left out by its
``EXCLUDED``). An n-gram is two or three content words of one clause in a row, the stop words
between them skipped ("release of hostages" -> ``release hostage``, "right to defend" ->
``right defend``); a capitalised word (a name, a place), an office or date word, a word of the
readout's frame (``noise.FRAME_WORDS``: who spoke, saying so, when) or a figure ends the run.

Prints, on the dev pairs (held-out and fresh are never read):

1. where the two wordings of each missed changed event stand (one aligned pair, unpaired, …);
2. how many changed events have a formula-like n-gram (in >= ``--least`` counterparts) in
   neither, one or both wordings, by found / missed today;
3. the replaced phrases of aligned changed pairs (``wording.replacements``; not variants, a
   wording on each side, not the frame only), whether a reported entry already covers them,
   what they would be as a *changed* report (right and found already, right and missed today,
   another event, no event), against the formula-ness of the two wordings (the least and the
   most of each side's best n-gram);
4. the same for the replacements widened to their clause on each side.

    python benchmarks/formulaness_reach.py --mirror /work/.mirror/brian14708+wh-briefings/repo
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_background import git, sources  # noqa: E402
from formula_eval import Event, Pair, as_changed_report, judge, load_pairs  # noqa: E402
from score_formulas import lines_at, report_of  # noqa: E402

from readoutdiff import compare, load  # noqa: E402
from readoutdiff.formulas.mining.noise import DATES, FRAME_WORDS, OFFICES, frame_only  # noqa: E402
from readoutdiff.formulas.words import wording  # noqa: E402
from readoutdiff.formulas.words.phrases import Words, readout_words  # noqa: E402
from readoutdiff.formulas.words.roles import REPORTING, STOP_WORDS  # noqa: E402
from readoutdiff.ingest import from_text  # noqa: E402
from readoutdiff.model import Comparison, Readout, Span, Status  # noqa: E402

WALLS = OFFICES | DATES | (FRAME_WORDS - STOP_WORDS)
THRESHOLDS = (1, 2, 3, 5, 8, 12)
Table = dict[tuple[str, ...], int]


def kind(words: Words, i: int) -> int:
    """1 for a content word, 0 for a stop word, -1 for a word that ends a run."""
    stem = words.stems[i]
    if stem in STOP_WORDS:
        return 0
    if stem in WALLS or not stem.isalpha() or len(stem) < 2:
        return -1
    capital = words.caps[i] and (i > 0 or (len(words.caps) > 1 and words.caps[1]))
    return -1 if capital else 1


def grams(words: Words, start: int = 0, end: int | None = None) -> Iterator[tuple[str, ...]]:
    """Yield the content-word bigrams and trigrams of ``words[start:end]``, in order."""
    run: list[str] = []
    for i in range(start, len(words.stems) if end is None else end):
        if words.breaks[i]:
            run = []
        sort = kind(words, i)
        if sort < 0:
            run = []
        elif sort:
            run.append(words.stems[i])
            if len(run) > 1:
                yield (run[-2], run[-1])
            if len(run) > 2:
                yield (run[-3], run[-2], run[-1])


def table(mirror: Path, commit: str) -> tuple[Table, int, int]:
    """n-gram -> distinct counterparts using it; readouts and counterparts read."""
    who: dict[tuple[str, ...], set[str]] = defaultdict(set)
    readouts, people = 0, set()
    for source in sources(mirror, git(mirror, "rev-parse", commit).strip()):
        readouts += 1
        people.add(source.counterpart)
        for words in readout_words(from_text(source.text, path=source.path)):
            for gram in grams(words):
                who[gram].add(source.counterpart)
    return {gram: len(names) for gram, names in who.items()}, readouts, len(people)


def best(counts: Table, words: Words, start: int, end: int) -> int:
    """The most counterparts any n-gram of ``words[start:end]`` has (0: none)."""
    return max((counts.get(g, 0) for g in grams(words, start, end)), default=0)


def best_of_text(counts: Table, text: str) -> int:
    return max(
        (best(counts, w, 0, len(w.stems)) for w in readout_words(from_text(text + "."))), default=0
    )


def side(counts: Table, run: Sequence[wording.Place]) -> int:
    by_sentence: dict[int, tuple[Words, list[int]]] = {}
    for words, k in run:
        by_sentence.setdefault(id(words), (words, []))[1].append(k)
    return max((best(counts, w, min(ks), max(ks) + 1) for w, ks in by_sentence.values()), default=0)


def sentence_of(readout: Readout, text: str | None) -> int | None:
    at = readout.text.find(text) if text else -1
    if text and at < 0:
        at = readout.text.casefold().find(text.casefold())
    return next((s.index for s in readout.sentences if s.span.start <= at < s.span.end), None)


def standing(pair: Pair, event: Event, a: Readout, b: Readout, comparison: Comparison) -> str:
    """Where the two wordings of ``event`` stand in the comparison's alignment."""
    sa, sb = sentence_of(a, event.a), sentence_of(b, event.b)
    if sa is None or sb is None:
        return "a wording not located in its text"
    in_a = {s.index: x for x in comparison.alignments for s in x.a if x.a and x.b}
    in_b = {s.index: x for x in comparison.alignments for s in x.b if x.a and x.b}
    xa, xb = in_a.get(sa), in_b.get(sb)
    if xa is not None and xa is xb:
        return "in one aligned pair"
    if xa is None and xb is None:
        return "both sentences unpaired"
    return (
        "one unpaired, the other paired elsewhere"
        if xa is None or xb is None
        else "in two different pairs"
    )


def clause(run: Sequence[wording.Place]) -> tuple[Words, int, int] | None:
    """A replaced run widened to its clause (no frame, stop words trimmed); None across sentences."""
    (words, i), (last, k) = run[0], run[-1]
    if last is not words:
        return None
    stems, start, end = words.stems, i, k + 1
    stops = wording.CLAUSE_WORDS | REPORTING
    while start > 0 and not words.breaks[start] and stems[start - 1] not in stops | {"and"}:
        start -= 1
    while end < len(stems) and not words.breaks[end] and stems[end] not in stops:
        end += 1
    while start < end and (stems[start] in STOP_WORDS or stems[start] in FRAME_WORDS):
        start += 1
    while end > start and stems[end - 1] in STOP_WORDS:
        end -= 1
    return (words, start, end) if end > start else None


def read_pair(
    pair: Pair,
    counts: Table,
    least: int,
    where: Counter[tuple[str, int]],
    cover: Counter[tuple[str, int]],
    reps: Counter[tuple[str, str, str]],
) -> None:
    """Count one dev pair into ``where``, ``cover`` and ``reps`` (see the module's 1-4): its
    reports judged as ``score_formulas.py`` judges them (``report_of``, with their lines), and
    each replaced phrase and clause judged as a changed report told with its lines."""
    a, b = load(pair.a_path), load(pair.b_path)
    comparison = compare(a, b)
    result = judge(pair, [report_of(comparison, f) for f in comparison.formulas])
    for number, event in enumerate(pair.events):
        if event.status != "changed":
            continue
        state = "found" if number in result.found else "missed"
        sides = sum(best_of_text(counts, w) >= least for w in (event.a, event.b) if w)
        if state == "missed":
            where[(standing(pair, event, a, b, comparison), sides)] += 1
        cover[(state, sides)] += 1
    told = [(f.a_spans, f.b_spans) for f in comparison.formulas]
    words_a, words_b = readout_words(a), readout_words(b)
    for x in comparison.alignments:
        if x.status is not Status.CHANGED:
            continue
        for rep in wording.replacements(x, a, b, words_a, words_b):
            if rep.variant or not rep.a or not rep.b or frame_only([*rep.a_core, *rep.b_core]):
                continue
            busy = "covered" if any(
                any(s.start < rep.a_span.end and rep.a_span.start < s.end for s in sa)
                or any(s.start < rep.b_span.end and rep.b_span.start < s.end for s in sb)
                for sa, sb in told if rep.a_span and rep.b_span
            ) else "not covered"  # fmt: skip
            spans = [(at,) if at else () for at in (rep.a_span, rep.b_span)]
            lines = lines_at(a, b, *spans)
            what = as_changed_report(pair, result, rep.a_text, rep.b_text, **lines)
            fa, fb = side(counts, rep.a), side(counts, rep.b)
            for t in THRESHOLDS:
                reps[(f"phrase, {busy}", what, f"least >= {t}")] += min(fa, fb) >= t
                reps[(f"phrase, {busy}", what, f"most >= {t}")] += max(fa, fb) >= t
            reps[(f"phrase, {busy}", what, "all")] += 1
            ca, cb = clause(rep.a), clause(rep.b)
            if ca and cb:
                sa = Span(start=ca[0].start(ca[1]), end=ca[0].end(ca[2] - 1), line=1)
                sb = Span(start=cb[0].start(cb[1]), end=cb[0].end(cb[2] - 1), line=1)
                ta, tb = a.text[sa.start : sa.end], b.text[sb.start : sb.end]
                lines = lines_at(a, b, (sa,), (sb,))
                reps[("clause", as_changed_report(pair, result, ta, tb, **lines), "all")] += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, required=True, help="git dir of the mirror")
    parser.add_argument("--commit", default="737ca03a271adc205c67766074ec8d0070f7ad95")
    parser.add_argument(
        "--least", type=int, default=3, help="counterparts of a formula-like n-gram"
    )
    args = parser.parse_args(argv)
    counts, readouts, people = table(args.mirror, args.commit)
    print(f"corpus: {readouts} readouts of {people} counterparts, {len(counts)} n-grams, "
          f"{sum(n >= args.least for n in counts.values())} in >= {args.least} counterparts")  # fmt: skip
    where: Counter[tuple[str, int]] = Counter()
    cover: Counter[tuple[str, int]] = Counter()
    reps: Counter[tuple[str, str, str]] = Counter()
    for pair in load_pairs(split="dev"):
        read_pair(pair, counts, args.least, where, cover, reps)
    print("\nmissed changed events, where the two wordings stand (formula-like wordings):")
    for (name, sides), n in sorted(where.items()):
        print(f"  {name}, {sides} formula-like\t{n}")
    print(f"\nchanged events by wordings holding an n-gram of >= {args.least} counterparts:")
    for (state, sides), n in sorted(cover.items()):
        print(f"  {state}, {sides} wording(s)\t{n}")
    print("\nreplaced phrases of aligned changed pairs (kind, as a changed report, filter: count):")
    for key_, n in sorted(reps.items()):
        if n:
            print("  " + ", ".join(key_) + f"\t{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
