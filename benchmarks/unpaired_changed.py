"""The missed changed events whose two sentences the aligner left unpaired, by what links them;
and what a rule pairing a one-sided report with one unpaired sentence of the other side would do.

    python benchmarks/unpaired_changed.py [--lang en] [--pair TEXT] [--list] [--set outside | --young]

**The class** (each missed changed event, ``missed_changed.py``'s classes, whose A and B
sentences are both unpaired), counted by language and by:

- *reported* — what the tool says of the two wordings: nothing, one side (dropped / appeared,
  or taken by another change), both not linked, linked with a wrong fate or a wrong span;
- *gap* — whether the two sentences stand in one run of unpaired sentences between two
  aligned pairs (``loose_gaps.gaps``) and its size (1 x 1, up to 3 a side, larger), or apart;
- *place* — in one gap, whether B's sentence is the gap's B sentence nearest A's relative place
  (the readout's order kept) or not;
- *link* — what the two wordings share, read by units (English: content words of more than two
  letters, lower case; Chinese: pairs of characters, as ``key_changes._units``): one inside the
  other, half or more of the shorter's units, some, none; and whether A's sentence is the
  gap's one sentence saying again most of B's wording and B's the one saying most of A's
  (*mutual best*);
- *role* (English) — both sentences carry a reporting verb of one class of
  ``role_objects.ROLES``, of two classes, or not both.

**The candidate rule, measured before it is written** (``--candidates``): every one-sided
report (dropped on an unpaired A sentence, appeared on an unpaired B sentence) whose wording's
units a sentence of the other side *in the same gap* says again (at least :data:`SAID` of them,
that sentence alone the best), judged by the hand list: the other half of a changed event in
that very sentence (what the rule could win), the other half elsewhere, a right one-sided
report (what the rule would break), noise. Nothing of ``src/`` is changed by this script.

Dev pairs only (``--young``: the young ones, ``score_formulas.py --split young``); ``--set
outside`` reads the outside set's tuning part (its aside part is never read).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from formula_eval import Event, Pair, judge, language_of  # noqa: E402
from formulaness_reach import sentence_of  # noqa: E402
from halves import dev_pairs  # noqa: E402
from loose_gaps import gaps  # noqa: E402
from missed_changed import missed_class, missed_events  # noqa: E402
from score_formulas import lines_of  # noqa: E402

from readoutdiff import compare, load  # noqa: E402
from readoutdiff.formulas.keys.key_words import content  # noqa: E402
from readoutdiff.formulas.unpaired.role_objects import verbs  # noqa: E402
from readoutdiff.model import Comparison, Readout  # noqa: E402

SAID = 0.5
"""Share of a one-sided wording's units a sentence of the other side must say again to be its
candidate partner (``--candidates``)."""


def units(wording: str, chinese: bool) -> frozenset[str]:
    """A wording's units: pairs of characters (Chinese) or content words of more than two
    letters, lower case (else), as ``key_changes._units`` reads them."""
    if chinese:
        return frozenset(wording[i : i + 2] for i in range(len(wording) - 1))
    return frozenset(w.lower() for w in content(wording) if len(w) > 2)


def said(wording: str, text: str, chinese: bool) -> float:
    """The share of ``wording``'s units that ``text`` says again."""
    own = units(wording, chinese)
    if not own:
        return 0.0
    other = units(text, chinese)
    return sum(u in other for u in own) / len(own)


def reported(name: str) -> str:
    """``missed_changed``'s class folded to what the tool says of the two wordings."""
    if name.startswith("no report"):
        return "nothing"
    if name.startswith("one side reported"):
        return "one side, " + ("taken by another change" if "another" in name else "one-sided")
    if name.startswith("both known"):
        return "both, not linked"
    return "linked, wrong fate or span"


def gap_of(comparison: Comparison, sa: int, sb: int) -> tuple[list[int], list[int]] | None:
    """The run of unpaired sentences holding A's ``sa`` and B's ``sb``, or None."""
    return next(
        ((in_a, in_b) for in_a, in_b in gaps(comparison.alignments) if sa in in_a and sb in in_b),
        None,
    )


def size(gap: tuple[list[int], list[int]] | None) -> str:
    """A gap's size class."""
    if gap is None:
        return "apart"
    most = max(len(gap[0]), len(gap[1]))
    return "1 x 1" if most == 1 else "<= 3 a side" if most <= 3 else "larger"


def place(gap: tuple[list[int], list[int]] | None, sa: int, sb: int) -> str:
    """Whether ``sb`` is the gap's B sentence nearest ``sa``'s relative place in the gap."""
    if gap is None:
        return "apart"
    in_a, in_b = gap
    at = (in_a.index(sa) + 0.5) / len(in_a)
    nearest = min(in_b, key=lambda j: (abs((in_b.index(j) + 0.5) / len(in_b) - at), j))
    return "same place" if nearest == sb else "another place"


def link(event: Event, chinese: bool) -> str:
    """What the two wordings share, by units."""
    ua, ub = units(event.a or "", chinese), units(event.b or "", chinese)
    if not ua or not ub:
        return "none"
    common = len(ua & ub)
    if ua <= ub or ub <= ua:
        return "one inside the other"
    if common * 2 >= min(len(ua), len(ub)):
        return "half or more"
    return "some" if common else "none"


def mutual(
    event: Event, a: Readout, b: Readout, gap: tuple[list[int], list[int]] | None, chinese: bool
) -> str:
    """Whether each sentence is its gap's best sayer of the other side's wording."""
    if gap is None:
        return "apart"
    sa, sb = sentence_of(a, event.a), sentence_of(b, event.b)

    def best(wording: str, readout: Readout, among: list[int]) -> int | None:
        scores = {i: said(wording, readout.sentences[i].text, chinese) for i in among}
        top = max(scores.values())
        tops = [i for i, s in scores.items() if s == top]
        return tops[0] if top > 0 and len(tops) == 1 else None

    hits = (best(event.a or "", b, gap[1]) == sb) + (best(event.b or "", a, gap[0]) == sa)
    return ("mutual best", "best one way", "not best")[2 - hits]


def role(a: str, b: str) -> str:
    """Whether both English sentences carry a reporting verb of one class."""
    ra, rb = set(verbs(a)), set(verbs(b))
    if not ra or not rb:
        return "not both"
    return "one class" if ra & rb else "two classes"


def facets(
    pair: Pair, a: Readout, b: Readout, comparison: Comparison, event: Event
) -> dict[str, str]:
    """Every facet of one missed event of the class."""
    chinese = language_of(pair) == "zh"
    sa, sb = sentence_of(a, event.a), sentence_of(b, event.b)
    gap = gap_of(comparison, sa, sb)  # type: ignore[arg-type]
    row = {
        "reported": reported(missed_class(event, a, b, comparison)),
        "gap": size(gap),
        "place": place(gap, sa, sb),  # type: ignore[arg-type]
        "link": link(event, chinese),
        "best": mutual(event, a, b, gap, chinese),
    }
    if language_of(pair) == "en":
        row["role"] = role(a.sentences[sa].text, b.sentences[sb].text)  # type: ignore[index]
    return row


def in_class(pairs: Sequence[Pair]) -> Iterator[tuple[Pair, Event, dict[str, str]]]:
    """Each missed changed event with both sentences unpaired, and its facets."""
    for pair, a, b, comparison, event in missed_events(pairs):
        sa, sb = sentence_of(a, event.a), sentence_of(b, event.b)
        if sa is None or sb is None:
            continue
        paired_a = {s.index for x in comparison.alignments if x.a and x.b for s in x.a}
        paired_b = {s.index for x in comparison.alignments if x.a and x.b for s in x.b}
        if sa in paired_a or sb in paired_b:
            continue
        yield pair, event, facets(pair, a, b, comparison, event)


def _sentence_at(readout: Readout, start: int) -> int | None:
    return next((s.index for s in readout.sentences if s.span.start <= start < s.span.end), None)


def candidates(pairs: Sequence[Pair]) -> Iterator[tuple[str, str, str]]:
    """Each one-sided report on an unpaired sentence with a candidate partner sentence in its
    gap: (language, verdict, a line for ``--list``)."""
    for pair in pairs:
        a, b = load(pair.a_path), load(pair.b_path)
        comparison = compare(a, b)
        chinese = language_of(pair) == "zh"
        reports = [
            Event(f.status.value, f.a_text, f.b_text, **lines_of(comparison, f))
            for f in comparison.formulas
        ]
        judged = judge(pair, reports).judged
        runs = gaps(comparison.alignments)
        for formula, verdict in zip(comparison.formulas, judged, strict=True):
            seen = _partner(formula, a, b, runs, chinese)
            if seen is None:
                continue
            side, partner = seen
            yield (
                language_of(pair),
                _verdict(verdict, side, partner, a, b),
                (
                    f"{pair.name}: {formula.status.value} {formula.a_text or formula.b_text!r} -> "
                    f"{(b if side == 'a' else a).sentences[partner].text[:120]!r}"
                ),
            )


def _partner(formula, a: Readout, b: Readout, runs, chinese: bool) -> tuple[str, int] | None:
    """The other side's sentence of the gap that says again most of a one-sided wording, alone."""
    status = formula.status.value
    if status not in ("dropped", "appeared"):
        return None
    side = "a" if status == "dropped" else "b"
    spans = formula.a_spans if side == "a" else formula.b_spans
    own, other = (a, b) if side == "a" else (b, a)
    if not spans:
        return None
    at = _sentence_at(own, spans[0].start)
    run = next((r for r in runs if at in (r[0] if side == "a" else r[1])), None)
    if at is None or run is None:
        return None
    wording = formula.a_text if side == "a" else formula.b_text
    among = run[1] if side == "a" else run[0]
    scores = {j: said(wording or "", other.sentences[j].text, chinese) for j in among}
    if not scores or max(scores.values()) < SAID:
        return None
    top = max(scores.values())
    tops = [j for j, s in scores.items() if s == top]
    return (side, tops[0]) if len(tops) == 1 else None


def _verdict(verdict, side: str, partner: int, a: Readout, b: Readout) -> str:
    """What pairing the report with ``partner`` would be, by the hand list."""
    if verdict.noise:
        return "noise"
    event = verdict.counterpart
    if event.status != "changed":
        return "right one-sided (would break)"
    other, readout = (event.b, b) if side == "a" else (event.a, a)
    return (
        "half, other half in that sentence"
        if sentence_of(readout, other) == partner
        else "half, other half elsewhere"
    )


def _table(rows: Sequence[dict[str, str]], langs: Sequence[str], facet: str) -> str:
    counts = Counter((r["lang"], r[facet]) for r in rows if facet in r)
    values = sorted({v for _, v in counts}, key=lambda v: -sum(counts[x, v] for x in langs))
    lines = [f"| {facet} | " + " | ".join(langs) + " |", "|---|" + "---:|" * len(langs)]
    lines += [f"| {v} | " + " | ".join(str(counts[x, v]) for x in langs) + " |" for v in values]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    wanted = "--candidates" in argv
    argv = [x for x in argv if x != "--candidates"]
    args, pairs = dev_pairs(argv, __doc__.split("\n", 1)[0], "each event (candidate) listed")
    if wanted:
        found = list(candidates(pairs))
        langs = sorted({x for x, _, _ in found})
        counts = Counter((x, v) for x, v, _ in found)
        print(f"{len(pairs)} {args.set} dev pairs, {len(found)} one-sided reports with a partner\n")
        rows = [{"lang": x, "verdict": v} for x, v, _ in found]
        print(_table(rows, langs, "verdict"))
        if args.list:
            print("", *sorted(f"{v} | {line}" for _, v, line in found), sep="\n")
        return 0 if counts is not None else 1
    rows, lines = [], []
    for pair, event, row in in_class(pairs):
        rows.append({"lang": language_of(pair), **row})
        lines.append(f"{' / '.join(row.values())} | {pair.name}: {event.a!r} -> {event.b!r}")
    langs = sorted({r["lang"] for r in rows})
    print(f"{len(pairs)} {args.set} dev pairs, {len(rows)} missed changed events both unpaired\n")
    print(_table(rows, langs, "lang"))
    for facet in ("reported", "gap", "place", "link", "best", "role"):
        print("\n" + _table(rows, langs, facet))
    print("\n" + _table([{**r, "gap+link": f"{r['gap']}, {r['link']}"} for r in rows], langs,
                        "gap+link"))  # fmt: skip
    if args.list:
        print("", *sorted(lines), sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
