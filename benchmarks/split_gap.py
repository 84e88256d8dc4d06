"""Why held-out lags dev, in aggregate counts only: the same tables for every split side by side.

    python benchmarks/split_gap.py [--lang en|zh|ru] [--min N] [--cache FILE]

Runs compare() once per pair of the evaluation set (dev, held-out, fresh) and of the outside set
(tuning = its ``dev`` split, aside = its ``heldout`` split), each report named by the last step
of the formula stage that made or rewrote it (``origins.origins``, as ``fates_by_origin.py``),
and prints, per group (split, then language), counts only — never a pair's name, a wording or
a report, so the held-out and aside groups are read as totals as ``score_formulas.py`` reads
them:

* the hand lists: pairs, series, events per pair, the share of each status, the mean length of
  a wording (words, an ideograph half a word), the share of changed events whose two wordings
  share no telling word (``missed_changed.shared``), the publishers and the years;
* the scorer's figures (noise share, fates right, changed found) and recall per status;
* per step: reports, precision (right fate / reports) and noise share in each group; a step is
  flagged *fitted* when its dev precision is ``--gap`` points (default 20) or more above its
  precision over held-out + aside with ``--min`` reports (default 10) or more on each side;
* the noise and wrong fates by group (``fate_classes.group`` of ``fate_classes.kind``);
* the missed changed events by class (``missed_changed.missed_class``, cut at its first
  parenthesis or colon).

``--cache FILE`` keeps the per-pair counts (no wording) in a JSON file and reads them back when
the file holds the pairs asked for (a file of one ``--lang`` serves that language only), so the
tables can be printed again without running the tool.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fate_classes import group, kind  # noqa: E402
from formula_eval import (  # noqa: E402
    LANGUAGES,
    STATUSES,
    Event,
    Pair,
    _words,
    fold,
    judge,
    language_of,
    load_pairs,
    split_of,
)
from missed_changed import missed_class, shared  # noqa: E402
from score_formulas import SETS, report_of  # noqa: E402
from wording_reach import known_by  # noqa: E402

from readoutdiff import compare, load  # noqa: E402
from readoutdiff.formulas.lexicon.lexicon import builtin  # noqa: E402

GROUPS = ("dev", "dev alone", "dev 2+", "heldout", "fresh", "tuning", "aside")
"""The evaluation set's three splits, then the outside set's tuning and aside parts; with
``--dev-by-series``, dev's pairs again as those alone in their series and those with another
dev pair in theirs."""
_OUTSIDE = {"dev": "tuning", "heldout": "aside"}
_YEAR = re.compile(r"__(\d{4})-")


def coarse(name: str) -> str:
    """A missed-changed class without the word diff's detail: ``no report either side: in one
    aligned pair, a replaced phrase on both`` -> ``no report either side: in one aligned pair``."""
    if name.startswith("no report either side: "):
        return name.split(",")[0]
    return name


@lru_cache(maxsize=1)
def _lexicon() -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple((fold(w), w) for e in builtin().entries for w in e.wordings)


def known(event: Event) -> bool:
    """Whether a wording of the built-in lexicon matches one of the event's wordings under the
    scorer's rule (``wording_reach.known_by``)."""
    return any(w and known_by(w, _lexicon()) for w in (event.a, event.b))


def length(event: Event) -> str:
    """The mean length of a changed event's two wordings, in three spans of words."""
    sizes = [_words(fold(w)) for w in (event.a, event.b) if w]
    mean = sum(sizes) / len(sizes) if sizes else 0.0
    return "up to 6 words" if mean <= 6 else "7-12 words" if mean <= 12 else "13 words or more"


def pair_counts(pair: Pair) -> dict[str, object]:
    """Counts for one pair (nothing that quotes the text): its profile, its reports by step and
    judgement, its noise and wrong fates by class, its missed changed events by class."""
    from readoutdiff.formulas.origins import origins

    a, b = load(pair.a_path), load(pair.b_path)
    with origins() as step_of:
        comparison = compare(a, b)
        reports = [report_of(comparison, f, step_of(f)) for f in comparison.formulas]
    result = judge(pair, reports)
    steps: dict[str, list[int]] = {}
    for j in result.judged:
        row = steps.setdefault(j.report.step.rsplit(">", 1)[-1] or "?", [0, 0, 0])
        row[0] += 1
        row[1] += j.right
        row[2] += j.noise
    sources: dict[str, list[int]] = {}
    for j in result.judged:
        row = sources.setdefault(j.report.note.split("/")[0], [0, 0, 0])
        row[0] += 1
        row[1] += j.right
        row[2] += j.noise
    classes = Counter(group(kind(comparison, j)) for j in result.judged if j.noise or not j.right)
    missed = Counter(
        coarse(missed_class(e, a, b, comparison))
        for n, e in enumerate(pair.events)
        if e.status == "changed" and n not in result.found
    )
    lengths = [_words(fold(w)) for e in pair.events for w in (e.a, e.b) if w]
    changed = [
        _words(fold(w)) for e in pair.events if e.status == "changed" for w in (e.a, e.b) if w
    ]
    year = _YEAR.search(pair.a_path.name)
    return {
        "series": pair.series,
        "publisher": pair.publisher,
        "year": year.group(1) if year else "?",
        "events": Counter(e.status for e in pair.events),
        "found": Counter(pair.events[n].status for n in result.found),
        "known": Counter(e.status for e in pair.events if known(e)),
        "known_found": Counter(
            pair.events[n].status for n in result.found if known(pair.events[n])
        ),
        "words": [sum(lengths), len(lengths)],
        "changed_words": [sum(changed), len(changed)],
        "lengths": Counter(length(e) for e in pair.events if e.status == "changed"),
        "lengths_found": Counter(
            length(pair.events[n]) for n in result.found if pair.events[n].status == "changed"
        ),
        "unshared": [
            sum(shared(e) == "0" for e in pair.events if e.status == "changed"),
            sum(e.status == "changed" for e in pair.events),
        ]
        if language_of(pair) == "en"
        else [0, 0],
        "reports": len(result.judged),
        "noise": sum(j.noise for j in result.judged),
        "right": sum(j.right for j in result.judged),
        "steps": steps,
        "sources": sources,
        "classes": classes,
        "missed": missed,
    }


def collect(lang: str | None = None) -> list[tuple[str, str, dict[str, object]]]:
    """(group, language, counts) for every pair of both sets (``lang``: that language only)."""
    out = []
    for set_name in ("formulas", "outside"):
        for pair in load_pairs(SETS[set_name]):
            language = language_of(pair)
            if lang and language != lang:
                continue
            split = split_of(pair)
            name = split if set_name == "formulas" else _OUTSIDE.get(split, split)
            out.append((name, language, pair_counts(pair)))
    return out


def cached(path: Path, lang: str | None) -> list[tuple[str, str, dict[str, object]]] | None:
    """The rows ``--cache`` kept in ``path``, those of ``lang`` (all when None), if it holds
    them: None when there is no file, or it was written for one language and another (or all)
    is asked (a run with ``--lang en`` kept only the English pairs, which a later run without
    ``--lang`` printed as "all languages"), or in the first layout (a bare list, its language
    unknown)."""
    if not path.exists():
        return None
    kept = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(kept, dict) or kept.get("lang") not in (None, lang):
        return None
    return [tuple(r) for r in kept["rows"] if not lang or r[1] == lang]  # type: ignore[misc]


def _pct(n: float, d: float) -> str:
    return f"{100 * n / d:.1f}" if d else "n/a"


def _sum(rows: Iterable[dict[str, object]], key: str) -> Counter[str]:
    total: Counter[str] = Counter()
    for row in rows:
        total.update(row[key])  # type: ignore[arg-type]
    return total


def profile(groups: dict[str, list[dict[str, object]]]) -> str:
    """The hand lists and the scorer's figures, one column per group."""
    names = [g for g in GROUPS if groups.get(g)]
    lines = ["| | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]

    def row(label: str, cell) -> None:  # type: ignore[no-untyped-def]
        lines.append(f"| {label} | " + " | ".join(cell(groups[g]) for g in names) + " |")

    row("pairs", lambda rs: str(len(rs)))
    row("series", lambda rs: str(len({r["series"] for r in rs})))
    row("events", lambda rs: str(sum(_sum(rs, "events").values())))
    row("events per pair", lambda rs: f"{sum(_sum(rs, 'events').values()) / len(rs):.1f}")
    for status in STATUSES:
        row(
            f"{status} % of events",
            lambda rs, s=status: _pct(_sum(rs, "events")[s], sum(_sum(rs, "events").values())),
        )
    row("words per wording", lambda rs: f"{_ratio(rs, 'words'):.1f}")
    row("words per changed wording", lambda rs: f"{_ratio(rs, 'changed_words'):.1f}")
    row(
        "changed sharing no telling word % (English)",
        lambda rs: _pct(sum(r["unshared"][0] for r in rs), sum(r["unshared"][1] for r in rs)),
    )
    row(
        "events the lexicon knows %",
        lambda rs: _pct(sum(_sum(rs, "known").values()), sum(_sum(rs, "events").values())),
    )
    row(
        "changed the lexicon knows %",
        lambda rs: _pct(_sum(rs, "known")["changed"], _sum(rs, "events")["changed"]),
    )
    row(
        "changed found, the lexicon knows it %",
        lambda rs: _pct(_sum(rs, "known_found")["changed"], _sum(rs, "known")["changed"]),
    )
    row(
        "changed found, the lexicon does not know it %",
        lambda rs: _pct(
            _sum(rs, "found")["changed"] - _sum(rs, "known_found")["changed"],
            _sum(rs, "events")["changed"] - _sum(rs, "known")["changed"],
        ),
    )
    for span in ("up to 6 words", "7-12 words", "13 words or more"):
        row(
            f"changed of {span} % / found %",
            lambda rs, s=span: (
                _pct(_sum(rs, "lengths")[s], _sum(rs, "events")["changed"])
                + " / "
                + _pct(_sum(rs, "lengths_found")[s], _sum(rs, "lengths")[s])
            ),
        )
    row("reports per pair", lambda rs: f"{sum(r['reports'] for r in rs) / len(rs):.1f}")
    row("noise %", lambda rs: _pct(sum(r["noise"] for r in rs), sum(r["reports"] for r in rs)))
    row(
        "fates right %",
        lambda rs: _pct(
            sum(r["right"] for r in rs), sum(r["reports"] for r in rs) - sum(r["noise"] for r in rs)
        ),
    )
    for status in STATUSES:
        row(
            f"{status} found %",
            lambda rs, s=status: _pct(_sum(rs, "found")[s], _sum(rs, "events")[s]),
        )
    return "\n".join(lines)


def _ratio(rows: Sequence[dict[str, object]], key: str) -> float:
    n = sum(r[key][0] for r in rows)  # type: ignore[index]
    d = sum(r[key][1] for r in rows)  # type: ignore[index]
    return n / d if d else 0.0


def spread(groups: dict[str, list[dict[str, object]]], key: str) -> str:
    """Pairs of each publisher or year (``key``), one column per group."""
    names = [g for g in GROUPS if groups.get(g)]
    values = sorted({r[key] for g in names for r in groups[g]})  # type: ignore[type-var]
    lines = [f"| {key} | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for value in values:
        cells = [str(sum(r[key] == value for r in groups[g])) for g in names]
        lines.append(f"| {value} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def by_step(
    groups: dict[str, list[dict[str, object]]], most: int, gap: float, key: str = "steps"
) -> str:
    """Per step (``key`` ``sources``: per source of the formula, built-in, background, mined …):
    reports / precision % / noise % in each group, and whether it looks fitted."""
    names = [g for g in GROUPS if groups.get(g)]
    totals: dict[str, dict[str, list[int]]] = {}
    for g in names:
        for r in groups[g]:
            for step, (n, right, noise) in r[key].items():  # type: ignore[attr-defined]
                cell = totals.setdefault(step, {}).setdefault(g, [0, 0, 0])
                cell[0] += n
                cell[1] += right
                cell[2] += noise
    head = " | ".join(f"{g} n | {g} prec % | {g} noise %" for g in names)
    title = "step" if key == "steps" else "source"
    lines = [f"| {title} | {head} | fitted |", "|---|" + "---:|" * (3 * len(names)) + "---|"]
    order = sorted(totals, key=lambda s: (-sum(c[0] for c in totals[s].values()), s))
    for step in order:
        cells = []
        for g in names:
            n, right, noise = totals[step].get(g, [0, 0, 0])
            cells += [str(n), _pct(right, n), _pct(noise, n)]
        lines.append(f"| {step} | " + " | ".join(cells) + f" | {fitted(totals[step], most, gap)} |")
    return "\n".join(lines)


def fitted(cells: dict[str, list[int]], most: int, gap: float) -> str:
    """``yes (+N)`` when dev precision is ``gap`` points or more above held-out + aside's."""
    dev = cells.get("dev", [0, 0, 0])
    away = [sum(cells.get(g, [0, 0, 0])[i] for g in ("heldout", "aside")) for i in range(3)]
    if dev[0] < most or away[0] < most:
        return ""
    diff = 100 * (dev[1] / dev[0] - away[1] / away[0])
    return f"yes (+{diff:.0f})" if diff >= gap else f"{diff:+.0f}"


def era(row: dict[str, object]) -> str:
    """The readout's years in four spans."""
    year = str(row["year"])
    return next(
        (name for name, last in (("-2020", "2020"), ("2021-22", "2022"), ("2023-24", "2024"))
         if year <= last),
        "2025-",
    )  # fmt: skip


def figures_by(
    groups: dict[str, list[dict[str, object]]], bucket: Callable[[dict[str, object]], str],
    title: str, fewest: int = 3,
) -> str:  # fmt: skip
    """Noise %, fates right % and changed found per bucket (publisher, era …) of pairs, one
    column per group; a cell of fewer than ``fewest`` pairs gives its number of pairs only, so
    no held-out pair is read alone."""
    names = [g for g in GROUPS if groups.get(g)]
    values = sorted({bucket(r) for g in names for r in groups[g]})
    lines = [f"| {title} | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for value in values:
        cells = []
        for g in names:
            rs = [r for r in groups[g] if bucket(r) == value]
            if len(rs) < fewest:
                cells.append(f"({len(rs)} pairs)" if rs else "")
                continue
            n, noise = sum(r["reports"] for r in rs), sum(r["noise"] for r in rs)
            right = sum(r["right"] for r in rs)
            events, found = _sum(rs, "events")["changed"], _sum(rs, "found")["changed"]
            cells.append(
                f"{len(rs)} pairs: {_pct(noise, n)} / {_pct(right, n - noise)} / {found} of {events}"
            )
        lines.append(f"| {value} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _in_dev(groups: dict[str, list[dict[str, object]]]) -> Callable[[dict[str, object]], str]:
    """How many dev pairs a pair's series has (a dev pair counts itself): none, one, or two and
    more (then the dev pairs share readouts: B of one is A of the next)."""
    dev = Counter(str(r["series"]) for r in groups.get("dev", ()))
    return lambda r: {0: "no dev pair", 1: "1 dev pair"}.get(dev[str(r["series"])], "2+ dev pairs")


def by_class(groups: dict[str, list[dict[str, object]]], key: str, title: str) -> str:
    """Counts of each class (``key``: ``classes`` or ``missed``), one column per group, with
    each group's share of its own total."""
    names = [g for g in GROUPS if groups.get(g)]
    sums = {g: _sum(groups[g], key) for g in names}
    values = sorted({c for g in names for c in sums[g]}, key=lambda c: (-sums["dev"][c], c))
    lines = [f"| {title} | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for value in values:
        cells = [
            f"{sums[g][value]} ({_pct(sums[g][value], sum(sums[g].values()))} %)" for g in names
        ]
        lines.append(f"| {value} | " + " | ".join(cells) + " |")
    lines.append("| all | " + " | ".join(str(sum(sums[g].values())) for g in names) + " |")
    return "\n".join(lines)


def report(
    rows: list[tuple[str, str, dict[str, object]]], most: int, gap: float, by_series: bool = False
) -> str:
    """Every table, for all languages then each; ``by_series``: dev's pairs also as two groups,
    ``dev alone`` (the only dev pair of their series) and ``dev 2+``."""
    out = []
    for language in (None, *LANGUAGES):
        groups: dict[str, list[dict[str, object]]] = {}
        for name, lang, counts in rows:
            if language in (None, lang):
                groups.setdefault(name, []).append(counts)
        if not groups.get("dev"):
            continue
        if by_series:
            size = Counter(str(r["series"]) for r in groups["dev"])
            for r in groups["dev"]:
                groups.setdefault(
                    "dev alone" if size[str(r["series"])] == 1 else "dev 2+", []
                ).append(r)
        out += [
            f"## {language or 'all languages'}",
            profile(groups),
            spread(groups, "publisher"),
            spread(groups, "year"),
            "noise % / fates right % / changed found:",
            figures_by(groups, lambda r: str(r["publisher"]), "publisher"),
            figures_by(groups, era, "era"),
            figures_by(groups, _in_dev(groups), "series"),
            by_step(groups, most, gap, "sources"),
            by_step(groups, most, gap),
            by_class(groups, "classes", "noise and wrong fates"),
            by_class(groups, "missed", "changed missed"),
        ]
    return "\n\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--lang", choices=LANGUAGES, help="only the pairs in that language")
    parser.add_argument(
        "--min", type=int, default=10, metavar="N",
        help="a step is judged fitted only with N reports on dev and N on held-out + aside",
    )  # fmt: skip
    parser.add_argument(
        "--gap", type=float, default=20.0, metavar="POINTS",
        help="dev precision this many points above held-out + aside's flags a step fitted",
    )  # fmt: skip
    parser.add_argument(
        "--dev-by-series", action="store_true",
        help="dev's pairs also as two groups: alone in their series, or with another dev pair",
    )  # fmt: skip
    parser.add_argument("--cache", type=Path, help="keep the per-pair counts in this JSON file")
    args = parser.parse_args(argv)
    rows = cached(args.cache, args.lang) if args.cache else None
    if rows is None:
        rows = collect(args.lang)
        if args.cache:
            kept = {"lang": args.lang, "rows": rows}
            args.cache.write_text(json.dumps(kept), encoding="utf-8")
    print(report(rows, args.min, args.gap, args.dev_by_series))  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
