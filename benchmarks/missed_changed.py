"""The hand-listed *changed* events the tool misses on the dev pairs, by why they are missed.

    python benchmarks/missed_changed.py [--lang en] [--pair TEXT] [--list] [--set outside | --young]

Each missed changed event (default options, ``formula_eval.judge``) gets one class, from what
the tool reported on its two wordings (``latent_reach.miss_class``, the status of the report
named) and, when nothing is reported on either, from where the two sentences stand
(``formulaness_reach.standing``) and, for one aligned pair, whether the pair's word diff
(``wording.replacements``) gives a replaced phrase touching both wordings:

- *no report either side* — in one aligned pair (a replaced phrase touches both wordings, or
  none does), in two pairs, one or both sentences unpaired;
- *one side reported* — the report on A's or B's wording is dropped / appeared (a half),
  persisted, or changed with another partner;
- *both reported, not linked* (with the status of the report on each wording: dropped /
  appeared, or "another change" when a changed report took it with another partner);
  *linked, wrong fate*; *linked, scorer* (a changed report touches
  both wordings but the scorer's extent rule does not take it: a wrong span).

A second table counts the events of each class by how many *telling* words their two
wordings share (:func:`shared`: stems with the inflection stripped, no stop word, no
:data:`phrases.STOCK` word, no word of three letters or fewer, no number; names count): 0, 1,
or 2 and more. The halves earlier sessions measured share one at most. A third counts them by
class and where the two sentences stand (``formulaness_reach.standing``).

``--stops`` (Chinese pairs, chg5) names, for each event "in one aligned pair, a replaced phrase
on both", what stops each replacement touching both wordings from being told by
:func:`~readoutdiff.formulas.succession.kept_zh.kept_zh` (its filters in its order, read on the
wording run on to its clause's mark; "told, kept out by another entry or the frame" when it
makes an entry that another step's entry or the readout's frame keeps out), and counts the
events by the first stop of their first replacement.

``--list`` prints each missed event under its class; ``--oracle`` classifies the misses of
compare() told each pair's hand-listed wordings (``score_formulas.py --oracle``). Dev pairs only (``--young``: the
young ones, ``score_formulas.py --split young``); ``--set outside`` reads
the outside set's tuning part instead (its aside part is never read).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from formula_eval import Event, Pair, judge  # noqa: E402
from formulaness_reach import sentence_of, standing  # noqa: E402
from halves import dev_pairs, table  # noqa: E402
from latent_reach import _located, _overlap, miss_class  # noqa: E402
from score_formulas import lines_of, oracle_lexicon  # noqa: E402

from readoutdiff import Options, compare, load  # noqa: E402
from readoutdiff.formulas.succession import kept_zh as zh  # noqa: E402
from readoutdiff.formulas.words.phrases import STOCK, key, readout_words  # noqa: E402
from readoutdiff.formulas.words.roles import stop_words  # noqa: E402
from readoutdiff.formulas.words.wording import Replacement, replacements, strip  # noqa: E402
from readoutdiff.languages.zh import object_said, parties_alike, same_object  # noqa: E402
from readoutdiff.model import Comparison, Readout  # noqa: E402


def _status_on(comparison: Comparison, side: str, at: tuple[int, int] | None) -> str:
    """The status of the first report touching ``at`` on ``side`` (changed: "another change")."""
    for f in comparison.formulas:
        spans = f.a_spans if side == "a" else f.b_spans
        if at and _overlap(spans, *at):
            return "another change" if f.status.value == "changed" else f.status.value
    return "none"


def _replaced(event: Event, a: Readout, b: Readout, comparison: Comparison) -> bool:
    """Whether a replaced phrase of the event's aligned pair touches both of its wordings."""
    return bool(touching(event, a, b, comparison))


def touching(event: Event, a: Readout, b: Readout, comparison: Comparison) -> list[Replacement]:
    """The replaced phrases of the event's aligned pair that touch both of its wordings."""
    at_a, at_b = _located(a.text, event.a), _located(b.text, event.b)
    sa, sb = sentence_of(a, event.a), sentence_of(b, event.b)
    pair = next(
        x for x in comparison.alignments if any(s.index == sa for s in x.a) and any(s.index == sb for s in x.b)
    )  # fmt: skip
    memo: dict[str, object] = {}
    a_words, b_words = readout_words(a, memo), readout_words(b, memo)  # type: ignore[arg-type]
    return [
        r for r in replacements(pair, a, b, a_words, b_words)
        if r.a_span and r.b_span and at_a and at_b
        and _overlap([r.a_span], *at_a) and _overlap([r.b_span], *at_b)
    ]  # fmt: skip


def kept_zh_stops(rep: Replacement, readouts: tuple[Readout, Readout]) -> list[str]:
    """What stops ``kept_zh`` from telling the Chinese replacement ``rep``: its filters that say
    no, in its order ("told, kept out by another entry or the frame" when none does)."""
    if rep.variant:
        return ["convention (c): a variant"]
    if not (zh._to_the_end(rep.a) and zh._to_the_end(rep.b)):
        run_on = zh._run_on(rep, readouts)
        if run_on is None:
            return ["run on past LONGEST characters"]
        rep = run_on[0]
        if rep.variant:
            return ["convention (c): a variant, run on"]
    a_text, b_text = rep.a_text, rep.b_text
    a_core, b_core = zh._said(rep.a_core), zh._said(rep.b_core)
    stops = {
        "an item of a list": zh._listed(rep.a_core, readouts[0].text)
        or zh._listed(rep.b_core, readouts[1].text),
        "convention (c): the same object": same_object(a_text, b_text),
        "convention (c): the parties alike": parties_alike(a_text, b_text),
        "firmness only": zh._firmness_only(rep),
        "an object under 3 characters": min(len(object_said(a_text)), len(object_said(b_text)))
        < zh.OBJECT,
        "function or time words only": not zh._telling(a_core) and not zh._telling(b_core),
        "a number": bool(zh._DIGIT.search(a_text + b_text)),
        "the meeting's frame": bool(zh._FRAME.search(a_text + b_text)),
        "the parties only": zh._parties(a_core) and zh._parties(b_core),
        "a name": zh._named(a_core) or zh._named(b_core),
        "an office or stock phrase": zh._no_formula(a_text + b_text),
        "moved within the line": zh._moved(a_core, rep.b) or zh._moved(b_core, rep.a),
        "an occasion": a_text.endswith(zh.OCCASIONS) or b_text.endswith(zh.OCCASIONS),
        "a lead verb swapped": zh._lead_swapped(rep),
        "under 3 characters kept": len(zh._telling_of("".join(zh._kept(rep.a, rep.a_core))))
        < zh.KEPT,
    }
    told = "told, kept out by another entry or the frame"
    return [name for name, stop in stops.items() if stop] or [told]


def stops_of(pairs: Sequence[Pair]) -> tuple[Counter[str], list[str]]:
    """The events of :func:`missed_class` "in one aligned pair, a replaced phrase on both" of
    Chinese ``pairs``, counted by the first stop of their first replacement, and one line per
    replacement (:func:`kept_zh_stops`)."""
    counts: Counter[str] = Counter()
    lines: list[str] = []
    for pair, a, b, comparison, event in missed_events(pairs):
        if a.language != "zh" or not missed_class(event, a, b, comparison).endswith(
            "a replaced phrase on both"
        ):
            continue
        found = [(r, kept_zh_stops(r, (a, b))) for r in touching(event, a, b, comparison)]
        counts[found[0][1][0]] += 1
        lines += [
            f"{pair.name}: {r.a_text!r} -> {r.b_text!r} | " + "; ".join(why) for r, why in found
        ]
    return counts, lines


def missed_class(event: Event, a: Readout, b: Readout, comparison: Comparison) -> str:
    """Why the tool misses one changed event."""
    what = miss_class(event, a, b, comparison)
    if what.startswith("one side known"):
        side = "a" if "(A)" in what else "b"
        at = _located((a if side == "a" else b).text, event.a if side == "a" else event.b)
        return f"one side reported ({side.upper()}: {_status_on(comparison, side, at)})"
    if what == "both known, not linked":
        at_a, at_b = _located(a.text, event.a), _located(b.text, event.b)
        return f"{what} (A: {_status_on(comparison, 'a', at_a)}, B: {_status_on(comparison, 'b', at_b)})"
    if what != "not known":
        return what
    where = standing(Pair, event, a, b, comparison)  # type: ignore[arg-type]
    if where == "in one aligned pair":
        phrase = _replaced(event, a, b, comparison)
        where += ", a replaced phrase on both" if phrase else ", no replaced phrase on both"
    return f"no report either side: {where}"


_DULL = stop_words("en") | frozenset(map(strip, STOCK)) | STOCK


def telling(text: str) -> frozenset[str]:
    """The telling words of a wording, by stem with the inflection stripped (names count)."""
    return frozenset(
        strip(k) for k in key(text) if len(k) > 3 and not k.isdigit() and k not in _DULL
        and strip(k) not in _DULL
    )  # fmt: skip


def shared(event: Event) -> str:
    """How many telling words the two wordings of a changed event share: "0", "1" or "2+"."""
    n = len(telling(event.a or "") & telling(event.b or ""))
    return "2+" if n >= 2 else str(n)


def missed_events(
    pairs: Sequence[Pair], oracle: bool = False
) -> Iterator[tuple[Pair, Readout, Readout, Comparison, Event]]:
    """Each hand-listed changed event the tool misses, with its pair, readouts and comparison
    (``oracle``: compare() told the pair's hand-listed wordings, as ``score_formulas.py
    --oracle``)."""
    for pair in pairs:
        a, b = load(pair.a_path), load(pair.b_path)
        options = Options(lexicon=oracle_lexicon(pair)) if oracle else Options()
        comparison = compare(a, b, options=options)
        reports = [
            Event(f.status.value, f.a_text, f.b_text, **lines_of(comparison, f))
            for f in comparison.formulas
        ]
        found = judge(pair, reports).found
        for number, event in enumerate(pair.events):
            if event.status == "changed" and number not in found:
                yield pair, a, b, comparison, event


def classify(
    pairs: Sequence[Pair],
    by_shared: Counter[tuple[str, str]] | None = None,
    oracle: bool = False,
    by_standing: Counter[tuple[str, str]] | None = None,
) -> tuple[Counter[str], list[str]]:
    """The missed events' classes counted, and one line per event; ``by_shared``, when given,
    counts them by class and :func:`shared` words too; ``by_standing`` by class and where the
    two sentences stand (:func:`formulaness_reach.standing`)."""
    counts: Counter[str] = Counter()
    lines: list[str] = []
    for pair, a, b, comparison, event in missed_events(pairs, oracle):
        name = missed_class(event, a, b, comparison)
        counts[name] += 1
        if by_shared is not None:
            by_shared[name, shared(event)] += 1
        where = standing(pair, event, a, b, comparison)
        if by_standing is not None:
            by_standing[name, where] += 1
        lines.append(f"{name} | {pair.name}: {event.a!r} -> {event.b!r} ({where})")
    return counts, sorted(lines)


def main(argv: list[str] | None = None) -> int:
    args, pairs = dev_pairs(
        argv, __doc__.split("\n", 1)[0], "each missed event under its class", oracle=True,
        flags=[("--stops", "Chinese events with a replaced phrase on both: what stops kept_zh")],
    )  # fmt: skip
    oracle = args.oracle
    if args.stops:
        stops, lines = stops_of(pairs)
        print(f"{len(pairs)} {args.set} dev pairs, {sum(stops.values())} events with a replaced")
        print("phrase on both and no report, by what stops kept_zh (first replacement)\n")
        print(table(stops, "first stop", "events"))
        if args.list:
            print("", *lines, sep="\n")
        return 0
    by_shared: Counter[tuple[str, str]] = Counter()
    by_standing: Counter[tuple[str, str]] = Counter()
    counts, lines = classify(pairs, by_shared, oracle, by_standing)
    how = " (oracle: each pair's hand-listed wordings as a lexicon)" if oracle else ""
    print(f"{len(pairs)} {args.set} dev pairs{how}, {sum(counts.values())} changed events missed\n")
    print(table(counts, "why missed", "events"))
    wheres = sorted({w for _, w in by_standing})
    print("\n| why missed | " + " | ".join(wheres) + " |\n|---|" + "---:|" * len(wheres))
    for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"| {name} | " + " | ".join(str(by_standing[name, w]) for w in wheres) + " |")
    print("\n| why missed | telling words shared: 0 | 1 | 2+ |\n|---|---:|---:|---:|")
    for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"| {name} | " + " | ".join(str(by_shared[name, k]) for k in ("0", "1", "2+")) + " |")
    print("| all | " + " | ".join(
        str(sum(v for (_, k), v in by_shared.items() if k == s)) for s in ("0", "1", "2+")
    ) + " |")  # fmt: skip
    if args.list:
        print("", *lines, sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
