"""The noise reports and wrong fates of the dev pairs, by class, with the series each class is in.

    python benchmarks/fate_classes.py [--set formulas|outside] [--lang en|zh|ru] [--pair TEXT]
        [--alone | --young] [--steps] [--list]

A rule is worth writing for a class that several series share, not for one text: this script
counts, on the dev pairs only (the held-out and fresh pairs are read as totals by
``score_formulas.py``, never by class), every report ``score_formulas.py`` does not judge
right (noise, a wrong fate or a repeat), by what the tool said against what the hand list says:

* noise: ``not a formula (hand list)`` when a wording matches the pair's ``not_formulas`` (a
  name, office, place or boilerplate leaking), else ``no event`` with the report's status (a
  line the annotator did not list; a *changed* one is a link between two such lines);
* wrong fate: ``said <status>, is <status>``; a one-sided report whose counterpart is *changed*
  (half of a change, the largest class since c25) also says where the other half stands: in the
  sentence aligned with the report's (``same pair``), in an unpaired sentence between the same
  two aligned pairs (``same gap``), ``elsewhere``, or ``not located`` (its wording is not in the
  text as written);
* a repeat: ``repeat: a second report of one event, said <status>`` (a report whose event
  another report of the pair is judged for, :data:`formula_eval.REPEATS`, with a fate that
  agrees with the event's: not right, but no wrong fate either; a repeat whose fate does not
  agree is classed as the wrong fate it is).

``--list`` prints every report under its class. ``--steps`` adds a table of each group (noise by
kind, a half of a change, a wrong link …) by the last step of the formula stage that made or
rewrote the report (read within :func:`readoutdiff.formulas.origins.origins`, as
``fates_by_origin.py --by last``): what went wrong and which rule did it, in one table (fat1).
``--set outside`` reads the outside set's tuning part (its ``dev`` split), never its aside.
``--publisher`` keeps the pairs of one publisher (``gov-uk``) or of a group of them (``us``,
``other``: ``en_publishers.py --group``; reg1). ``--alone`` keeps the dev pairs alone in their
series (the only dev pair of it: gen1's *dev alone*, which reads like new series, where a rule
is judged; fat1 of the thirty-fourth session).
``--young`` keeps the young dev pairs (``score_formulas.py --split young``: moved to dev on the
last two dates of turnover, or alone in their series), where gap1 found dev reads like unseen text (en5
of the forty-second session); the outside set has no young part.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Sequence
from contextlib import nullcontext

from en_publishers import chosen
from formula_eval import (
    LANGUAGES,
    Event,
    Judged,
    Pair,
    fate_agrees,
    judge,
    language_of,
    load_pairs,
)
from score_formulas import SETS, _no_steps, report_of

from readoutdiff import compare, load
from readoutdiff.model import Alignment, Comparison, Status

_PAIRED = (Status.UNCHANGED, Status.CHANGED)


Place = tuple[str, int]
"""("pair", number of an aligned pair) or ("gap", number of the gap an unpaired sentence is in)."""


def places(alignments: Sequence[Alignment], side: str) -> list[tuple[int, int, Place]]:
    """(start, end, place) of each sentence of ``side``."""
    out, gap = [], 0
    for number, alignment in enumerate(alignments):
        paired = alignment.status in _PAIRED
        gap += paired  # an aligned pair closes the gap before it and opens the next
        where: Place = ("pair", number) if paired else ("gap", gap)
        out += [(s.span.start, s.span.end, where) for s in getattr(alignment, side)]
        gap += paired
    return out


def place_of(comparison: Comparison, side: str, wording: str | None) -> Place | None:
    """Where the first sentence holding ``wording`` stands (see :func:`places`)."""
    text = (comparison.a if side == "a" else comparison.b).text
    at = text.find(wording) if wording else -1
    for start, end, where in places(comparison.alignments, side) if at >= 0 else ():
        if start <= at < end:
            return where
    return None


def other_half(comparison: Comparison, report: Event, expected: Event) -> str:
    """Where the other half of the changed event ``expected`` stands, seen from ``report``."""
    own, other = ("a", "b") if report.status == "dropped" else ("b", "a")
    mine = place_of(comparison, own, getattr(report, own))
    theirs = place_of(comparison, other, getattr(expected, other))
    if mine is None or theirs is None:
        return "not located"
    if mine == theirs:
        return f"same {mine[0]}"
    return "elsewhere"


def kind(comparison: Comparison, judged: Judged) -> str:
    """The class of a noise report, a wrong fate or a repeat."""
    report, expected = judged.report, judged.counterpart
    if judged.noise:
        return (
            "noise: not a formula (hand list)"
            if judged.not_formula
            else f"noise: no event, said {report.status}"
        )
    assert expected is not None
    if judged.repeat and fate_agrees(report, expected):  # not "said changed, is changed"
        return f"repeat: a second report of one event, said {report.status}"
    said = f"said {report.status}, is {expected.status}"
    if report.status in ("appeared", "dropped") and expected.status == "changed":
        return f"{said} ({other_half(comparison, report, expected)})"
    return said


def judged_reports(pair: Pair, steps: bool = False) -> tuple[Comparison, list[Judged]]:
    """The pair's comparison (default options) and each of its reports as the scorer judges it;
    with ``steps``, each report's ``step`` names the steps that made it (``origins.origins``)."""
    if steps:
        from readoutdiff.formulas.origins import origins
    with origins() if steps else nullcontext(_no_steps) as step_of:
        comparison = compare(load(pair.a_path), load(pair.b_path))
        reports = [report_of(comparison, f, step_of(f)) for f in comparison.formulas]
    return comparison, judge(pair, reports).judged


def classes(pairs: Sequence[Pair], steps: bool = False) -> dict[str, list[tuple[Pair, Event]]]:
    """Class -> the pairs and reports in it (with ``steps``, each report names its steps)."""
    out: dict[str, list[tuple[Pair, Event]]] = defaultdict(list)
    for pair in pairs:
        comparison, judged_list = judged_reports(pair, steps)
        for judged in judged_list:
            if judged.noise or not judged.right:
                out[kind(comparison, judged)].append((pair, judged.report))
    return dict(out)


def alone(pairs: Sequence[Pair]) -> list[Pair]:
    """The pairs of ``pairs`` that are the only one of their series among them."""
    size = Counter(p.series for p in pairs)
    return [p for p in pairs if size[p.series] == 1]


def group(name: str) -> str:
    """The class a finer class belongs to: a half of a change wherever its other half stands,
    a change that is one formula only (said changed, is appeared or dropped), noise by kind."""
    for words, grouped in (
        (", is changed (", "said appeared or dropped, is changed (half of a change)"),
        ("said changed, is appeared", "said changed, is appeared or dropped (a wrong link)"),
        ("said changed, is dropped", "said changed, is appeared or dropped (a wrong link)"),
    ):
        if words in name:
            return grouped
    return name


def table(found: dict[str, list[tuple[Pair, Event]]], title: str = "class") -> str:
    rows = [f"| {title} | reports | series |", "|---|---:|---:|"]
    for name, items in sorted(found.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        rows.append(f"| {name} | {len(items)} | {len({p.series for p, _ in items})} |")
    return "\n".join(rows)


def grouped(found: dict[str, list[tuple[Pair, Event]]]) -> dict[str, list[tuple[Pair, Event]]]:
    out: dict[str, list[tuple[Pair, Event]]] = defaultdict(list)
    for name, items in found.items():
        out[group(name)] += items
    return dict(out)


def by_step(found: dict[str, list[tuple[Pair, Event]]]) -> str:
    """A table of each group (:func:`group`) by the last step that made or rewrote its reports
    (found with ``classes(..., steps=True)``), the most reports first."""
    rows: dict[tuple[str, str], list[tuple[Pair, Event]]] = defaultdict(list)
    for name, items in grouped(found).items():
        for pair, report in items:
            rows[name, report.step.rsplit(">", 1)[-1] or "?"].append((pair, report))
    lines = ["| group | last step | reports | series |", "|---|---|---:|---:|"]
    for (name, step), items in sorted(rows.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        lines.append(f"| {name} | {step} | {len(items)} | {len({p.series for p, _ in items})} |")
    return "\n".join(lines)


def listing(found: dict[str, list[tuple[Pair, Event]]]) -> str:
    lines = []
    for name in sorted(found):
        lines.append(f"\n## {name}")
        for pair, report in found[name]:
            step = f"  [{report.step}]" if report.step else ""
            lines.append(f"- {pair.name}: {report.a!r} -> {report.b!r}{step}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--set", choices=tuple(SETS), default="formulas")
    parser.add_argument("--lang", choices=LANGUAGES, help="only the pairs in that language")
    parser.add_argument("--pair", default="", help="only the dev pairs whose name holds TEXT")
    parser.add_argument(
        "--steps", action="store_true",
        help="each group by the last step of the formula stage that made its reports",
    )  # fmt: skip
    parser.add_argument(
        "--alone", action="store_true", help="only the pairs alone in their series (of the split)"
    )
    parser.add_argument(
        "--young", action="store_true",
        help="only the young dev pairs (score_formulas.py --split young); not with --set outside",
    )  # fmt: skip
    parser.add_argument(
        "--publisher", default="",
        help="only the pairs of that publisher (wh, gov-uk ...), or of the group us or other "
        "(en_publishers.py --group)",
    )  # fmt: skip
    parser.add_argument("--list", action="store_true", help="every report under its class")
    args = parser.parse_args(argv)
    if args.young and (args.set != "formulas" or args.alone):
        parser.error("--young reads the evaluation set's dev pairs, without --alone")
    every = load_pairs(SETS[args.set], split="young" if args.young else "dev")
    pairs = [
        p
        for p in (alone(every) if args.alone else every)
        if args.pair in p.name
        and (not args.lang or language_of(p) == args.lang)
        and chosen(p, args.publisher)
    ]
    if not pairs:
        parser.error("no pair matches")
    found = classes(pairs, args.steps)
    print(table(grouped(found), "group"), table(found), sep="\n\n")
    if args.steps:
        print("\n" + by_step(found))
    if args.list:
        print(listing(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
