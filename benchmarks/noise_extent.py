"""The noise reports of a set's tuning pairs, by how their wordings stand to the hand list's.

    python benchmarks/noise_extent.py [--set formulas|outside] [--lang en|zh|ru] [--list] [--alone]
    python benchmarks/noise_extent.py --by-split [--set formulas|outside] [--lang en|zh|ru]
    python benchmarks/noise_extent.py --series [--lang en|zh|ru]

Reports are judged by the scorer's headline matching (``formula_eval.LINES``: a short core is
matched by the clause it stands in), so the noise classed is what is left once that is done;
either takes ``--core-only`` to judge them by the core alone (``score_formulas.py --core-only``).

Reads only the dev split (of ``eval/outside/``: its tuning part), unless ``--by-split``. Every report
``score_formulas.py`` calls noise is put in the first class it fits, side by side (A's wording
against the events' A wordings, B's against B's):

* ``not a formula (hand list)``: a wording matches the pair's ``not_formulas`` at least as well
  as any event (a name, office or place leaking);
* ``core inside a hand wording``: a wording is a run of words of an event's wording on its side
  that it does not match, too short for the matching rule (under three words and under 40 % of it): the hand list names
  the phrase or clause around the tool's core ("immediate ceasefire" in "an immediate ceasefire
  in Gaza");
* ``hand wording inside the report``: an event's wording is a run of words inside the report,
  too short a share of it: the tool grew past the hand's phrase;
* ``one side of a changed report matches``: a *changed* report links an event's wording to a
  line the hand list does not pair with it;
* ``overlaps an event``: a wording shares two content words or more, in order or not, with an
  event's wording on its side (both quote one place at other extents);
* ``no event near``: none of these: a line the hand list leaves out (boilerplate, a topic).

``--list`` prints every report under its class (the dev split only). ``--by-split`` prints
counts only, one column per group of pairs: dev's pairs alone in their series and those with
another dev pair (``split_gap.py --dev-by-series``'s groups), then the held-out and fresh splits
(of ``eval/outside/``: tuning and aside), each class's count with the quotes of at most three
words apart (a short core is the held-out's largest class of English noise: nz3). A held-out
pair's reports are never listed. ``--series`` (zn5) counts the noise of the evaluation set's dev
pairs and of the outside set's tuning part side by side by *shape* — the class above, the status
(one-sided, changed, persisted) and the origin (builtin, background, mined) — each with the
number of distinct series it is in (a shape in one series is one text's, not the language's),
then the shape tests of :data:`SHAPE_TESTS` over every report of those pairs (noise, right,
wrong fate, repeat, and the series of the noise): a test is worth a cut only when it takes out
more noise than right reports on both. ``--alone`` keeps, of the evaluation set's dev split, the pairs
alone in their series (``split_gap.py --dev-by-series``'s "dev alone"; the outside set's tuning
part is every pair of its own series already).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict

import formula_eval
from formula_eval import (
    Event,
    Pair,
    _contains,
    fold,
    judge,
    language_of,
    load_pairs,
    similarity,
    split_of,
)
from score_formulas import SETS, run_tool

_SIDES = ("a", "b")
_MIN_CONTENT = 4
"""Letters of a word that counts as content when two wordings are compared (no stop list)."""


def _wordings(event: Event, side: str) -> list[str]:
    wording = getattr(event, side)
    return [wording] if wording else []


def _content(wording: str) -> set[str]:
    return {w[:6] for w in fold(wording) if len(w) >= _MIN_CONTENT}


def classify(pair: Pair, report: Event, not_formula: str | None) -> str:
    """The class of the noise ``report`` of ``pair`` (see the module)."""
    if not_formula:
        return "not a formula (hand list)"
    sides = [
        (getattr(report, s), [w for e in pair.events for w in _wordings(e, s)]) for s in _SIDES
    ]
    sides = [(w, hand) for w, hand in sides if w]
    apart = [(w, h) for w, hand in sides for h in hand if not similarity(w, h)]
    if any(_contains(fold(h), fold(w)) for w, h in apart):
        return "core inside a hand wording"
    if any(_contains(fold(w), fold(h)) for w, h in apart):
        return "hand wording inside the report"
    if report.status == "changed" and any(similarity(w, h) for w, hand in sides for h in hand):
        return "one side of a changed report matches"
    if any(len(_content(w) & _content(h)) >= 2 for w, hand in sides for h in hand):
        return "overlaps an event"
    return "no event near"


SHORT = 3
"""Words of a report's longest quote up to which ``--by-split`` counts it short."""


def group_of(pair: Pair, dev_series: Counter[str], outside: bool) -> str:
    """The column ``--by-split`` counts ``pair`` in."""
    split = split_of(pair)
    if split == "dev":
        if outside:
            return "tuning"
        return "dev alone" if dev_series[pair.series] == 1 else "dev 2+"
    return {"heldout": "aside", "fresh": "fresh"}[split] if outside else split


def listed(eval_set: str, lang: str, alone: bool = False) -> list[Pair]:
    """The dev (tuning) pairs of ``lang`` whose noise ``--list`` reads; ``alone``: of the evaluation
    set, only the pairs alone in their series among the dev pairs."""
    pairs = [p for p in load_pairs(SETS[eval_set], split="dev") if language_of(p) == lang]
    if alone and eval_set == "formulas":
        dev_series = Counter(p.series for p in load_pairs(SETS[eval_set], split="dev"))
        pairs = [p for p in pairs if dev_series[p.series] == 1]
    return pairs


_CONNECTIVES = ("无论", "不论", "不仅", "同时", "相信", "作为", "虽然", "尽管", "如果", "既", "但",
                "而且", "并且", "并就", "因此", "只有", "只要", "即使", "随着", "鉴于", "由于")  # fmt: skip
"""Chinese clause connectives (a closed class): a wording opening on one is the dependent half
of a sentence."""


def _one_sided(r: Event) -> bool:
    return r.status in ("appeared", "dropped")


def _shape(r: Event) -> str:
    """One-sided, changed or persisted."""
    return "one-sided" if _one_sided(r) else r.status


def _origin(r: Event) -> str:
    """The report's source: builtin, background, mined (``score_formulas.origin``'s first part)."""
    return (r.note or "").split("/")[0].split(":")[0]


def _rests_share(a: str, b: str) -> int:
    """Characters (not 的、和…) the two wordings share once their longest common run is taken
    out of both: what the two clauses say alike besides the formula that linked them."""
    from difflib import SequenceMatcher

    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    rest_a = set(a[: m.a] + a[m.a + m.size :]) - _FUNCTION_ZH
    rest_b = set(b[: m.b] + b[m.b + m.size :]) - _FUNCTION_ZH
    return len(rest_a & rest_b)


_FUNCTION_ZH = frozenset("的和与同、，要愿将在等了是为对把及并也都而")
"""Chinese function characters and marks (a closed class) left out of :func:`_rests_share`."""

SHAPE_TESTS = {
    "one-sided, background phrase grown to its clause": lambda r: (
        _one_sided(r) and _origin(r) == "background"
    ),
    "one-sided, opens on a clause connective (zh)": lambda r: (
        _one_sided(r) and (r.a or r.b or "").startswith(_CONNECTIVES)
    ),
    "one-sided, says what was achieved (取得…成就, zh)": lambda r: (
        _one_sided(r) and re.search("取得.{0,6}成就", r.a or r.b or "") is not None
    ),
    "one-sided, a clause of two parties alike (…都…, zh)": lambda r: (
        _one_sided(r) and "都" in (r.a or r.b or "")[:8]
    ),
    "one-sided, narrative time (曾, 正在, 近年来, 年前, zh)": lambda r: (
        _one_sided(r) and re.search("曾|正在|近年来|年前", r.a or r.b or "") is not None
    ),
    "changed, both grown to their clauses": lambda r: (
        r.status == "changed" and (r.note or "").endswith("/clause")
    ),
    "changed, clauses share nothing but the linked run": lambda r: (
        r.status == "changed"
        and (r.note or "").endswith("/clause")
        and _rests_share(r.a or "", r.b or "") == 0
    ),
    "opens on a bare head noun cut from its qualifier (关系, 领域, zh)": lambda r: any(
        w.startswith(("关系", "领域")) for w in (r.a, r.b) if w
    ),
    "one-sided, builtin, <= 3 words": lambda r: (
        _one_sided(r) and _origin(r) == "builtin" and len(fold(r.a or r.b or "")) <= SHORT
    ),
}
"""General shapes of a wording tried against the noise (zn5): none written from one text."""


def by_series(lang: str) -> str:
    """The noise of dev and of the outside tuning part by shape, with distinct series, and the
    shape tests over every report (see the module)."""
    yards = (("dev", "formulas"), ("tuning", "outside"))
    shapes: dict[tuple[str, str, str], dict[str, list[str]]] = defaultdict(
        lambda: defaultdict(list)
    )
    tests: Counter[tuple[str, str, str]] = Counter()
    test_series: dict[tuple[str, str], set[str]] = defaultdict(set)
    for yard, eval_set in yards:
        for pair in listed(eval_set, lang):
            for j in judge(pair, run_tool(pair)).judged:
                r = j.report
                label = formula_eval.verdict(j)
                if j.noise:
                    kind = classify(pair, r, j.not_formula)
                    shapes[kind, _shape(r), _origin(r)][yard].append(pair.series)
                for name, test in SHAPE_TESTS.items():
                    if test(r):
                        tests[name, yard, label] += 1
                        if j.noise:
                            test_series[name, yard].add(pair.series)
    lines = [
        f"| noise ({lang}): class | status | origin | dev: reports (series) "
        "| tuning: reports (series) |",
        "|---|---|---|---:|---:|",
    ]

    def cell(found: list[str]) -> str:
        return f"{len(found)} ({len(set(found))})"

    for key in sorted(shapes, key=lambda k: (-sum(len(set(v)) for v in shapes[k].values()), k)):
        found = shapes[key]
        lines.append(f"| {' | '.join(key)} | {cell(found['dev'])} | {cell(found['tuning'])} |")
    lines += [
        "",
        f"| shape test ({lang}) | dev: noise (series) / right / wrong / repeat "
        "| tuning: noise (series) / right / wrong / repeat |",
        "|---|---:|---:|",
    ]
    for name in SHAPE_TESTS:
        cells = (
            f"{tests[name, y, 'noise']} ({len(test_series[name, y])}) / {tests[name, y, 'right']}"
            f" / {tests[name, y, 'wrong fate']} / {tests[name, y, 'repeat']}"
            for y, _ in yards
        )
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def by_split(eval_set: str, lang: str) -> str:
    """The classes of every split's noise, counts only (see the module)."""
    pairs = load_pairs(SETS[eval_set])
    dev_series = Counter(p.series for p in pairs if split_of(p) == "dev")
    outside = eval_set == "outside"
    groups = ("tuning", "aside") if outside else ("dev alone", "dev 2+", "heldout", "fresh")
    counts: Counter[tuple[str, str]] = Counter()
    for pair in pairs:
        if language_of(pair) != lang:
            continue
        group = group_of(pair, dev_series, outside)
        result = judge(pair, run_tool(pair))
        counts[group, "reports"] += len(result.judged)
        for j in result.judged:
            if j.noise:
                kind = classify(pair, j.report, j.not_formula)
                words = max(len(fold(w)) for w in (j.report.a, j.report.b) if w)
                counts[group, "noise"] += 1
                counts[group, kind] += 1
                counts[group, kind, "short"] += words <= SHORT
    kinds = sorted({k[1] for k in counts if k[1] not in ("reports", "noise")})
    kinds.sort(key=lambda k: -sum(counts[g, k] for g in groups))
    lines = [
        f"| class ({eval_set}, {lang}): noise (quotes of <= {SHORT} words) | "
        + " | ".join(groups)
        + " |",
        "|---|" + "---:|" * len(groups),
    ]
    for kind in kinds:
        cells = (f"{counts[g, kind]} ({counts[g, kind, 'short']})" for g in groups)
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    cells = (f"{counts[g, 'noise']} of {counts[g, 'reports']}" for g in groups)
    lines.append("| all noise, of the reports | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=tuple(SETS), default="formulas")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--list", action="store_true", help="print every report under its class")
    parser.add_argument(
        "--by-split",
        action="store_true",
        help="counts only, one column per split (dev alone / dev 2+ / held-out / fresh; "
        "tuning / aside); no listing",
    )
    parser.add_argument(
        "--core-only",
        action="store_true",
        help="judge a short core by itself, not by the clause it stands in "
        "(score_formulas.py --core-only; the headline matching is the clause's)",
    )
    parser.add_argument(
        "--alone",
        action="store_true",
        help="only the dev pairs alone in their series (split_gap.py --dev-by-series)",
    )
    parser.add_argument(
        "--series",
        action="store_true",
        help="dev and the outside tuning part side by side: noise by class, status and origin "
        "with its distinct series, and the shape tests over every report",
    )
    args = parser.parse_args(argv)
    if args.by_split and args.list:
        parser.error("--by-split lists no report: held-out pairs are read as counts only")
    if args.series and (args.list or args.by_split or args.alone):
        parser.error("--series prints counts of dev and tuning, every pair: no --list or split")
    if args.by_split and args.alone:
        parser.error("--by-split has its own dev alone column")
    with formula_eval.switched(LINES=not args.core_only):  # as score_formulas.py sets it
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    if args.series:
        print(by_series(args.lang))
        return 0
    if args.by_split:
        print(by_split(args.set, args.lang))
        return 0
    classes: dict[str, list[str]] = defaultdict(list)
    total = 0
    for pair in listed(args.set, args.lang, args.alone):
        result = judge(pair, run_tool(pair))
        total += len(result.judged)
        for j in result.judged:
            if j.noise:
                r = j.report
                shown = " -> ".join(repr(w) for w in (r.a, r.b) if w)
                kind = classify(pair, r, j.not_formula)
                classes[kind].append(f"{pair.name}: {r.status} {shown} [{r.note}]")
    noise = sum(len(v) for v in classes.values())
    what = ", dev alone" * (args.alone and args.set == "formulas") + ", core only" * args.core_only
    print(f"| class ({args.set}, dev{what}, {args.lang}) | noise reports |\n|---|---:|")
    for kind, items in sorted(classes.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"| {kind} | {len(items)} |")
    print(f"| all (of {total} reports) | {noise} |")
    if args.list:
        for kind, items in sorted(classes.items()):
            print(f"\n{kind}:")
            print("".join(f"  {item}\n" for item in items), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
