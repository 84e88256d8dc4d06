"""nz7: the changed reports that link two wordings the hand lists do not make one change, by the
linker route that made them and by signals read on ALL changed reports (right ones included),
and what undoing a class of links gives instead (issue 10 point 2; a study, dev and outside
tuning only).

A *changed* report is judged right, wrong fate (its hand event has another status, or matches
one side only), noise (no hand event) or a repeat. The signals, each read on the two wordings
and where they stand:

- ``far``: the two places more than half a readout apart (each place's offset over its own
  readout's length; nz6's rule);
- ``inside``: one wording's units (Chinese characters, English and Russian words) stand in the
  other's, in order (a cut or a grown wording: 和平与发展 / 和平发展);
- ``head``: the last unit (the last two characters, the last word of four letters or more)
  differs;
- ``little``: fewer than half the shorter wording's units shared;
- ``verbatim``: either wording stands as it is in the other readout;
- ``rival``: another one-sided report of the pair (dropped opposite an appeared, appeared opposite
  a dropped) shares more units with the wording on the other side than the linked one does (a
  nearer candidate the linker passed over).

*Undoing* a changed report puts its two halves in its place, a dropped report of its A wording
and an appeared report of its B wording, and judges the pair again: an approximation of a veto
in the linker (a real veto may free the formula for another link, and the other side's wording
may be no formula, said by no report). ``oracle`` undoes every wrong or noise link
of the linking routes (``LINKING``): the ceiling of any veto there. Per undo: noise, fates right,
changed found on the young dev pairs (``--split young``) and the outside tuning part, and the
series that earn (noise down or right up, neither worse) and lose.

    python benchmarks/wrong_links.py                       # young dev and tuning
    python benchmarks/wrong_links.py --groups young,tuning,older --list
    python benchmarks/wrong_links.py --lang zh --pair xi-
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

import score_formulas
from formula_eval import EVAL_DIR, Event, Pair, PairResult, judge, language_of, load_pairs, verdict
from score_formulas import report_of

from readoutdiff import compare, load
from readoutdiff.model import Span

LINKING = ("lonely.link", "governed", "linked", "relinked")
"""The routes (the first step of ``Event.step``) that formulas/linking/ makes: a one-sided
formula linked to its rewording in the other readout (``lonely.link.*``: slots, standing,
qualified_nouns, most_kept, replaced, twins), a governed clause, a link made again."""

FAR = 0.5
"""``far``: the two places more than this share of a readout apart."""

GROUPS = ("young", "tuning", "older")
_WORD = re.compile(r"[^\W\d_]{4,}")


@dataclass
class Link:
    """One changed report with the figures the signals read."""

    pair: str
    series: str
    lang: str
    route: str
    verdict: str
    """"right", "wrong", "noise" or "repeat"."""
    a: str
    b: str
    places: tuple[float, float] | None
    """Each wording's offset over its readout's length (None where a side has no span)."""
    in_b: bool
    """The A wording stands as it is in readout B."""
    in_a: bool
    rival: bool
    signals: dict[str, bool] = field(default_factory=dict)


@dataclass
class Run:
    """One pair's reports, judged, and its changed reports read as links."""

    pair: Pair
    group: str
    reports: list[Event]
    result: PairResult
    links: dict[int, Link]
    """Index of a changed report in ``reports`` -> its link."""


def units(text: str, lang: str) -> list[str]:
    """Chinese characters, or the words of four letters or more (lower case) of ``text``."""
    if lang == "zh":
        return [c for c in text if not c.isspace() and c.isalnum()]
    return [w.lower() for w in _WORD.findall(text)]


def shared(x: str, y: str, lang: str) -> int:
    """Units of ``x`` and ``y`` in common, counted with their repeats."""
    return sum((Counter(units(x, lang)) & Counter(units(y, lang))).values())


def _in_order(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(u in it for u in short)


def signals_of(link: Link) -> dict[str, bool]:
    """Each signal of the module's text, read on ``link``."""
    ua, ub = units(link.a, link.lang), units(link.b, link.lang)
    short, long = sorted((ua, ub), key=len)
    common = shared(link.a, link.b, link.lang)
    last = 2 if link.lang == "zh" else 1
    return {
        "far": link.places is not None and abs(link.places[0] - link.places[1]) > FAR,
        "inside": bool(short) and _in_order(short, long),
        "head": ua[-last:] != ub[-last:],
        "little": common < len(short) / 2,
        "verbatim": link.in_a or link.in_b,
        "rival": link.rival,
    }


def _place(spans: tuple[Span, ...], text: str) -> float | None:
    return spans[0].start / max(1, len(text)) if spans else None


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).lower()


def _rival(report: Event, reports: list[Event], lang: str) -> bool:
    base = shared(report.a or "", report.b or "", lang)
    for other in reports:
        if other.status == "appeared" and other.b and shared(report.a or "", other.b, lang) > base:
            return True
        if other.status == "dropped" and other.a and shared(other.a, report.b or "", lang) > base:
            return True
    return False


def _word(judged_verdict: str) -> str:
    return "wrong" if judged_verdict == "wrong fate" else judged_verdict


def run_pair(pair: Pair, group: str) -> Run:
    """Compare the pair within ``origins``, judge its reports, read its changed reports."""
    from readoutdiff.formulas.origins import origins

    a, b = load(pair.a_path), load(pair.b_path)
    with origins() as step_of:
        comparison = compare(a, b)
        reports = [report_of(comparison, f, step_of(f)) for f in comparison.formulas]
    result = judge(pair, reports)
    lang = language_of(pair)
    links: dict[int, Link] = {}
    for i, (formula, report, judged) in enumerate(
        zip(comparison.formulas, reports, result.judged, strict=True)
    ):
        if report.status != "changed" or not report.a or not report.b:
            continue
        pa, pb = _place(formula.a_spans, a.text), _place(formula.b_spans, b.text)
        link = Link(
            pair=pair.name,
            series=pair.series or pair.name.split("__")[0],
            lang=lang,
            route=report.step.split(">")[0],
            verdict=_word(verdict(judged)),
            a=report.a,
            b=report.b,
            places=None if pa is None or pb is None else (pa, pb),
            in_b=_fold(report.a) in _fold(b.text),
            in_a=_fold(report.b) in _fold(a.text),
            rival=_rival(report, reports, lang),
        )
        link.signals = signals_of(link)
        links[i] = link
    return Run(pair, group, reports, result, links)


def linking(route: str) -> bool:
    """Whether formulas/linking/ made a report of ``route`` (:data:`LINKING`)."""
    return route.startswith(LINKING)


def undone(run: Run, veto: Callable[[Link], bool]) -> PairResult:
    """The pair judged again with each changed report ``veto`` takes replaced by its halves."""
    out: list[Event] = []
    for i, report in enumerate(run.reports):
        link = run.links.get(i)
        if link is None or not veto(link):
            out.append(report)
            continue
        out.append(replace(report, status="dropped", b=None, b_line=None))
        out.append(replace(report, status="appeared", a=None, a_line=None))
    return judge(run.pair, out)


def figures(results: Iterable[PairResult]) -> tuple[int, int, int, int, int, int]:
    """(noise, reports, right, judged, changed found, changed listed)."""
    t = score_formulas.totals(results)
    reported = sum(t.reported.values())
    right = sum(t.right.values())
    return (t.noise, reported, right, reported - t.noise, t.recalled["changed"],
            t.expected["changed"])  # fmt: skip


def cell(f: tuple[int, int, int, int, int, int]) -> str:
    noise, reported, right, judged, found, listed = f
    return (f"{100 * noise / max(1, reported):.1f} % ({noise}/{reported}) / "
            f"{100 * right / max(1, judged):.1f} % ({right}/{judged}) / {found} of {listed}")  # fmt: skip


def series_moves(before: list[PairResult], after: list[PairResult]) -> tuple[set[str], set[str]]:
    """Series that earn (noise down or right or found up, none of them worse) and that lose."""
    moves: dict[str, list[int]] = {}
    for x, y in zip(before, after, strict=True):
        fx, fy = figures([x]), figures([y])
        row = moves.setdefault(x.pair.series or x.pair.name.split("__")[0], [0, 0, 0])
        row[0] += fy[0] - fx[0]
        row[1] += fy[2] - fx[2]
        row[2] += fy[4] - fx[4]
    earn = {
        s for s, (n, r, c) in moves.items() if (n < 0 or r > 0 or c > 0) and n <= 0 <= min(r, c)
    }
    lose = {s for s, (n, r, c) in moves.items() if n > 0 or r < 0 or c < 0}
    return earn, lose


def _signal(name: str) -> Callable[[Link], bool]:
    return lambda k: k.signals[name]


VETOES: dict[str, Callable[[Link], bool]] = {
    "oracle: every wrong or noise link": lambda k: k.verdict in ("wrong", "noise"),
    "oracle: every noise link": lambda k: k.verdict == "noise",
    **{name: _signal(name) for name in ("far", "inside", "head", "little", "verbatim", "rival")},
}
"""Each undo the study measures on the linking routes (:func:`linking`)."""


def load_runs(groups: Iterable[str], lang: str | None, pair: str | None) -> list[Run]:
    wanted = set(groups)
    young = {p.name for p in load_pairs(EVAL_DIR, split="young")}
    runs: list[Run] = []
    for st in ("formulas", "outside"):
        if st == "outside" and "tuning" not in wanted:
            continue
        if st == "formulas" and not wanted & {"young", "older"}:
            continue
        for p in load_pairs(score_formulas.SETS[st], split="dev"):
            group = "tuning" if st == "outside" else "young" if p.name in young else "older"
            if group not in wanted or (lang and language_of(p) != lang):
                continue
            if pair and pair not in p.name:
                continue
            runs.append(run_pair(p, group))
    return runs


def _on_linking(veto: Callable[[Link], bool]) -> Callable[[Link], bool]:
    return lambda k: linking(k.route) and veto(k)


def alone(run: Run, link: Link) -> tuple[int, int, int]:
    """What undoing ``link`` alone moves in its pair: (noise, right, changed found), each after
    minus before."""
    before, after = figures([run.result]), figures([undone(run, lambda k: k is link)])
    return after[0] - before[0], after[2] - before[2], after[4] - before[4]


def _moves(runs: list[Run]) -> list[str]:
    """The wrong and noise links of the linking routes, each undone alone, by what it moves."""
    table: dict[str, Counter[str]] = {}
    for run in runs:
        for link in run.links.values():
            if linking(link.route) and link.verdict != "repeat":
                noise, right, found = alone(run, link)
                key = f"noise {noise:+d}, right {right:+d}, changed found {found:+d}"
                table.setdefault(key, Counter())[link.verdict] += 1
    lines = ["| a linking route's link undone alone moves | right links | wrong | noise |",
             "|---|---:|---:|---:|"]  # fmt: skip
    for key, c in sorted(table.items(), key=lambda x: -sum(x[1].values())):
        lines.append(f"| {key} | {c['right']} | {c['wrong']} | {c['noise']} |")
    return lines


def report(runs: list[Run], groups: list[str], listing: bool) -> str:
    lines: list[str] = []
    for group in groups:
        mine = [r for r in runs if r.group == group]
        if not mine:
            continue
        links = [k for r in mine for k in r.links.values() if k.verdict != "repeat"]
        lines.append(f"## {group} ({len(mine)} pairs; changed reports right / wrong / noise)")
        by_route: dict[str, Counter[str]] = {}
        for k in links:
            by_route.setdefault(k.route, Counter())[k.verdict] += 1
        lines.append("| route | right | wrong | noise |")
        lines.append("|---|---:|---:|---:|")
        for route, c in sorted(by_route.items(), key=lambda x: -sum(x[1].values())):
            lines.append(f"| {route}{' (linking)' if linking(route) else ''} | "
                         f"{c['right']} | {c['wrong']} | {c['noise']} |")  # fmt: skip
        lines.append("")
        lines.append(
            "| signal | linking routes: with R / W / N | without | other routes: with | without |"
        )
        lines.append("|---|---|---|---|---|")
        for name in ("far", "inside", "head", "little", "verbatim", "rival"):
            row = []
            for ours in (True, False):
                for has in (True, False):
                    c = Counter(k.verdict for k in links
                                if linking(k.route) == ours and k.signals[name] == has)  # fmt: skip
                    row.append(f"{c['right']} / {c['wrong']} / {c['noise']}")
            lines.append(f"| {name} | " + " | ".join(row) + " |")
        lines.append("")
        before = [r.result for r in mine]
        lines.append("| undo on the linking routes | noise / fates right / "
                     "changed found | series earn / lose |")  # fmt: skip
        lines.append("|---|---|---|")
        lines.append(f"| none (today) | {cell(figures(before))} | |")
        for name, veto in VETOES.items():
            after = [undone(r, _on_linking(veto)) for r in mine]
            earn, lose = series_moves(before, after)
            lines.append(f"| {name} | {cell(figures(after))} | {len(earn)} / {len(lose)} |")
        after = [undone(r, lambda k: k.verdict in ("wrong", "noise")) for r in mine]
        earn, lose = series_moves(before, after)
        lines.append(f"| (every route) oracle: every wrong or noise link | {cell(figures(after))} | "
                     f"{len(earn)} / {len(lose)} |")  # fmt: skip
        lines.append("")
        lines.extend(_moves(mine))
        lines.append("")
        if listing:
            for k in links:
                if linking(k.route) and k.verdict != "right":
                    on = ",".join(n for n, v in k.signals.items() if v) or "-"
                    lines.append(f"- {k.verdict} {k.pair} [{k.route}] {k.a} -> {k.b} ({on})")
            lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--groups", default="young,tuning",
                        help="young, tuning, older (comma-separated; no held-out pair)")  # fmt: skip
    parser.add_argument("--lang", choices=("en", "zh", "ru"))
    parser.add_argument("--pair", help="only the pairs whose name holds this")
    parser.add_argument("--list", action="store_true", help="list the wrong and noise links")
    args = parser.parse_args(argv)
    groups = [g for g in args.groups.split(",") if g]
    if not set(groups) <= set(GROUPS):
        parser.error(f"--groups: one of {', '.join(GROUPS)}")
    runs = load_runs(groups, args.lang, args.pair)
    print(report(runs, groups, args.list))
    return 0


if __name__ == "__main__":
    sys.exit(main())
