"""How far two hand annotations of the same pairs agree (issue 10, point 1).

    python benchmarks/agreement.py [--second DIR] [--verbose] [--tool [--oracle]] [--draw]

``eval/formulas/second/`` holds a second annotator's events and not_formulas for some dev pairs
of ``eval/formulas/pairs/`` (same file names, same format). This script scores one annotation
against the other *as if it were the tool's report*, with ``formula_eval.judge`` (the matching
rule in ``formula_eval.py``'s docstring): the second against the first (the first is the truth,
the second's events are the reports, the first's not_formulas decide noise) and the first
against the second. It prints the scorer's table (per status precision and recall, noise share,
fates right, changed events found) for both directions, and counts the disagreements by kind
(:func:`kinds`) and per pair. ``--verbose`` lists them per pair. ``--tool`` also scores the tool's
report (``compare`` with default options) against each annotation on the same pairs, and with
``--oracle`` also the tool told each annotation's own wordings (``score_formulas.py --oracle``)
against that annotation. ``--second eval/formulas/second/e20`` takes a24's second annotation of
e20's fresh batch instead of a15's dev pairs. Each annotation's *changed* events are also told by
what the other made of them (:func:`changed_fates`). ``--draw`` prints the seeded draw the second
annotation's pairs came from (:func:`draw`). The figures say what the tool can reach at all when
the hand lists are the truth: a tool that agreed with the first annotator as well as a second
careful annotator does would score about these figures.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from formula_eval import (
    EVAL_DIR,
    Event,
    Pair,
    PairResult,
    event_score,
    fold,
    judge,
    load_pair,
    similarity,
)
from score_formulas import _show, run_oracle, run_tool, table, totals

SECOND_DIR = EVAL_DIR / "second"
SEED = 15
DRAWN = 10
OVERLAP_WORDS = 2
NOT_FORMULA_SHARE = 0.5
"""A report with no counterpart is put down to a not-formula when its wording is mostly that
not-formula (the judge also calls noise a long wording in which a name is a third)."""
DRAWN_PAIRS = (
    "biden-erdogan__2023-05-29",
    "biden-kishida__2023-05-18",
    "blinken-lapid__2022-05-27",
    "blinken-truss__2022-06-02",
    "blinken-stoltenberg__2022-03-22",
    "biden-erdogan__2023-02-06",
    "blinken-stoltenberg__2022-04-06",
    "blinken-kuleba__2022-06-15",
    "blinken-aliyev__2022-05-11",
    "biden-kishida__2023-11-16",
)
"""What :func:`draw` gave over the 60 dev pairs of 2 Dec 2026, in its order: the pairs of
``eval/formulas/second/``. Pinned, because later sessions move pairs between the splits."""


def draw(eval_dir: Path = EVAL_DIR, seed: int = SEED, n: int = DRAWN) -> list[str]:
    """The dev pair names (``heldout = false``; only that line of each pair file is read), sorted,
    shuffled with ``random.Random(seed)``, the first ``n``."""
    dev = []
    for path in sorted((eval_dir / "pairs").glob("*.toml")):
        m = re.search(r"^heldout\s*=\s*(\w+)", path.read_text(encoding="utf-8"), re.M)
        if m and m.group(1) == "false":
            dev.append(path.stem)
    random.Random(seed).shuffle(dev)
    return dev[:n]


def load_both(second_dir: Path = SECOND_DIR) -> list[tuple[Pair, Pair]]:
    """(first, second) annotation of every pair the second folder holds; both name the same texts."""
    both = []
    for path in sorted(second_dir.glob("*.toml")):
        first = load_pair(EVAL_DIR / "pairs" / path.name)
        second = load_pair(path, texts=EVAL_DIR)
        if (first.a_path, first.b_path) != (second.a_path, second.b_path):
            raise ValueError(f"{path.name}: the two annotations name different readouts")
        both.append((first, second))
    return both


def score(truth: Pair, other: Pair) -> PairResult:
    """``other``'s events judged as reports against ``truth`` (its events and not_formulas)."""
    return judge(truth, list(other.events))


KINDS = (
    "a repeat of an event",
    "same status",
    "same status, other extent",
    "changed vs persisted",
    "changed vs dropped/appeared",
    "persisted vs dropped/appeared",
    "other status",
    "a not-formula of the truth",
    "no counterpart, overlaps an event",
    "no counterpart",
)


@dataclass(frozen=True)
class Kind:
    kind: str
    report: Event
    counterpart: Event | None
    detail: str = ""


def _folded_equal(x: str | None, y: str | None) -> bool:
    return x is None or y is None or fold(x) == fold(y)


def overlaps(x: Event, y: Event) -> bool:
    """Some wording of ``x`` and the same side's wording of ``y`` share a run of at least
    ``OVERLAP_WORDS`` words, one of them of 4 letters or more (the two annotators quoted the same
    place with wordings too different in extent for the matching rule)."""
    for side in ("a", "b"):
        wx, wy = getattr(x, side), getattr(y, side)
        if not (wx and wy):
            continue
        fx, fy = fold(wx), fold(wy)
        m = SequenceMatcher(None, fx, fy, autojunk=False).find_longest_match(0, len(fx), 0, len(fy))
        run = fx[m.a : m.a + m.size]
        if m.size >= OVERLAP_WORDS and any(len(w) >= 4 for w in run):
            return True
    return False


def kinds(result: PairResult) -> list[Kind]:
    """Each report of ``result`` (an event of the other annotation) with its kind of agreement:
    a repeat (another report is judged for its event), the same status (with wordings of the same
    extent, or not), a different status (changed
    against persisted, changed against dropped or appeared, persisted against dropped or appeared,
    anything else), or noise: a not-formula of the truth (one beat its counterpart, or it has none
    and is mostly a not-formula), no counterpart but overlapping an event (:func:`overlaps`: the
    annotators quoted the same place in extents the rule does not match), or nothing at all."""
    out = []
    for j in result.judged:
        r, c = j.report, j.counterpart
        if j.noise:
            best = max((event_score(r, e) for e in result.pair.events), default=0.0)
            nf = max(
                (similarity(w, n) for w in (r.a, r.b) if w for n in result.pair.not_formulas),
                default=0.0,
            )
            if best > 0 or nf >= NOT_FORMULA_SHARE:
                kind = "a not-formula of the truth"
            elif any(overlaps(r, e) for e in result.pair.events):
                kind = "no counterpart, overlaps an event"
            else:
                kind = "no counterpart"
            out.append(Kind(kind, r, None, j.not_formula or ""))
            continue
        assert c is not None
        pair = {r.status, c.status}
        if j.repeat:  # another report is judged for its event (formula_eval.REPEATS)
            kind = "a repeat of an event"
        elif r.status == c.status:
            same = _folded_equal(r.a, c.a) and _folded_equal(r.b, c.b)
            kind = "same status" if same else "same status, other extent"
        elif pair == {"changed", "persisted"}:
            kind = "changed vs persisted"
        elif "changed" in pair and pair & {"dropped", "appeared"}:
            kind = "changed vs dropped/appeared"
        elif "persisted" in pair and pair & {"dropped", "appeared"}:
            kind = "persisted vs dropped/appeared"
        else:
            kind = "other status"
        out.append(Kind(kind, r, c))
    return out


def missed(result: PairResult) -> list[Event]:
    """The truth's events no report found with their status."""
    return [e for i, e in enumerate(result.pair.events) if i not in result.found]


def split_changes(truth: Pair, other: Pair) -> int:
    """The truth's *changed* events the other annotation lists as a dropped event matching its A
    wording plus an appeared event matching its B wording (one change seen as two events)."""
    n = 0
    for e in truth.events:
        if e.status != "changed" or not (e.a and e.b):
            continue
        dropped = any(o.status == "dropped" and o.a and similarity(o.a, e.a) for o in other.events)
        appeared = any(
            o.status == "appeared" and o.b and similarity(o.b, e.b) for o in other.events
        )
        n += dropped and appeared
    return n


CHANGED_FATES = (
    "changed",
    "changed, other wordings",
    "persisted",
    "dropped + appeared",
    "dropped only",
    "appeared only",
    "not listed",
)


def _matches(o: Event, e: Event, side: str) -> bool:
    wo, we = getattr(o, side), getattr(e, side)
    return bool(wo and we and similarity(wo, we))


def changed_fates(truth: Pair, other: Pair) -> Counter[str]:
    """What ``other`` made of each of ``truth``'s *changed* events, first that applies: found as
    changed (both sides match), a changed event matching one side only, a persisted event matching
    a side, a dropped event matching its A wording and an appeared one matching its B wording,
    only one of those two, or nothing."""
    found = score(truth, other).found
    fates: Counter[str] = Counter()
    for i, e in enumerate(truth.events):
        if e.status != "changed":
            continue

        def has(status: str, side: str, e: Event = e) -> bool:
            return any(o.status == status and _matches(o, e, side) for o in other.events)

        dropped, appeared = has("dropped", "a"), has("appeared", "b")
        if i in found:
            fate = "changed"
        elif has("changed", "a") or has("changed", "b"):
            fate = "changed, other wordings"
        elif has("persisted", "a") or has("persisted", "b"):
            fate = "persisted"
        elif dropped and appeared:
            fate = "dropped + appeared"
        elif dropped or appeared:
            fate = "dropped only" if dropped else "appeared only"
        else:
            fate = "not listed"
        fates[fate] += 1
    return fates


def fates_table(rows: list[tuple[str, Counter[str]]]) -> str:
    head = "| what the other annotation made of it | " + " | ".join(n for n, _ in rows) + " |"
    lines = [head, "|---|" + "---:|" * len(rows)]
    for f in CHANGED_FATES:
        lines.append(f"| {f} | " + " | ".join(str(c[f]) for _, c in rows) + " |")
    lines.append(
        "| all changed events | " + " | ".join(str(sum(c.values())) for _, c in rows) + " |"
    )
    return "\n".join(lines)


def kind_table(rows: list[tuple[str, Counter[str]]]) -> str:
    head = "| kind of report | " + " | ".join(name for name, _ in rows) + " |"
    lines = [head, "|---|" + "---:|" * len(rows)]
    for k in KINDS:
        lines.append(f"| {k} | " + " | ".join(str(c[k]) for _, c in rows) + " |")
    lines.append("| all reports | " + " | ".join(str(sum(c.values())) for _, c in rows) + " |")
    return "\n".join(lines)


def pair_table(both: list[tuple[Pair, Pair]]) -> str:
    """Per pair: events of each annotation and those the other finds with their status."""
    lines = [
        "| pair | first's events | second's events | first's found by second | second's found by first |",
        "|---|---:|---:|---:|---:|",
    ]
    for first, second in both:
        found_1 = len(score(first, second).found)
        found_2 = len(score(second, first).found)
        lines.append(
            f"| {first.name} | {len(first.events)} | {len(second.events)} | {found_1} | {found_2} |"
        )
    return "\n".join(lines)


def details(result: PairResult) -> str:
    lines = [f"## {result.pair.name}"]
    for k in kinds(result):
        if k.kind == "same status":
            continue
        where = f" ~ {k.counterpart.status} {_show(k.counterpart)}" if k.counterpart else ""
        extra = f" (not-formula {k.detail!r})" if k.detail else ""
        lines.append(f"  [{k.kind}] {k.report.status} {_show(k.report)}{where}{extra}")
    for e in missed(result):
        lines.append(f"  [missed] {e.status} {_show(e)}")
    return "\n".join(lines)


def both_details(second_vs_first: list[PairResult], first_vs_second: list[PairResult]) -> str:
    """The disagreements per pair, both ways round (``--verbose``)."""
    out = ["\n# second as report, first as truth"] + [details(r) for r in second_vs_first]
    out += ["\n# first as report, second as truth"] + [details(r) for r in first_vs_second]
    return "\n".join(out)


def both_ways(both: list[tuple[Pair, Pair]]) -> tuple[list[PairResult], list[PairResult]]:
    """Each pair's second annotation judged against the first, and the first against the second."""
    return [score(f, s) for f, s in both], [score(s, f) for f, s in both]


def comparison(
    both: list[tuple[Pair, Pair]],
    second_vs_first: list[PairResult],
    first_vs_second: list[PairResult],
) -> str:
    """The scorer's table both ways round, the kinds of report, the changed events one
    annotation splits into dropped + appeared, and what each made of the other's changed events
    (also ``annotator_agreement.py``'s)."""
    kinds_1 = Counter(k.kind for r in second_vs_first for k in kinds(r))
    kinds_2 = Counter(k.kind for r in first_vs_second for k in kinds(r))
    splits_1 = sum(split_changes(f, s) for f, s in both)
    splits_2 = sum(split_changes(s, f) for f, s in both)
    fates_1 = sum((changed_fates(f, s) for f, s in both), Counter())
    fates_2 = sum((changed_fates(s, f) for f, s in both), Counter())
    return "\n".join(
        [
            table(
                [
                    ("second as report, first as truth", totals(second_vs_first)),
                    ("first as report, second as truth", totals(first_vs_second)),
                ]
            ),
            "",
            kind_table([("second vs first", kinds_1), ("first vs second", kinds_2)]),
            f"\nchanged events of the first the second lists as dropped + appeared: {splits_1}; "
            f"of the second the first lists so: {splits_2}",
            "",
            fates_table(
                [("first's changed events", fates_1), ("second's changed events", fates_2)]
            ),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--second", type=Path, default=SECOND_DIR, help="the second annotation's folder"
    )
    ap.add_argument("--verbose", action="store_true", help="list the disagreements per pair")
    ap.add_argument(
        "--tool",
        action="store_true",
        help="also score the tool's report against each annotation on the same pairs",
    )
    ap.add_argument(
        "--oracle",
        action="store_true",
        help="with --tool: also the tool told each annotation's own wordings, against that one",
    )
    ap.add_argument("--draw", action="store_true", help="print the seeded draw and stop")
    args = ap.parse_args(argv)
    if args.draw:
        print("\n".join(draw()))
        return 0
    both = load_both(args.second)
    print(
        f"{len(both)} pairs, {len({f.series for f, _ in both})} series, "
        f"{len({f.publisher for f, _ in both})} publishers; events: first "
        f"{sum(len(f.events) for f, _ in both)}, second {sum(len(s.events) for _, s in both)}\n"
    )
    second_vs_first, first_vs_second = both_ways(both)
    print(comparison(both, second_vs_first, first_vs_second))
    if args.tool:
        reports = [run_tool(first) for first, _ in both]
        print("\nThe tool (compare with default options) on the same pairs:\n")
        print(
            table(
                [
                    (
                        "tool, first as truth",
                        totals([judge(f, r) for (f, _), r in zip(both, reports, strict=True)]),
                    ),
                    (
                        "tool, second as truth",
                        totals([judge(s, r) for (_, s), r in zip(both, reports, strict=True)]),
                    ),
                ]
            )
        )
    if args.tool and args.oracle:
        print("\nThe tool told each annotation's own wordings (oracle), against that annotation:\n")
        print(
            table(
                [
                    ("oracle, first as truth", totals([judge(f, run_oracle(f)) for f, _ in both])),
                    ("oracle, second as truth", totals([judge(s, run_oracle(s)) for _, s in both])),
                ]
            )
        )
    print()
    print(pair_table(both))
    if args.verbose:
        print(both_details(second_vs_first, first_vs_second))
    return 0


if __name__ == "__main__":
    sys.exit(main())
