"""How much of the held-out gap is composition and how much is fitting, in aggregate counts only.

    python benchmarks/split_composition.py [--lang en|zh|ru] [--cache FILE]

Runs compare() once per pair of the evaluation set and of the outside set (as
``split_gap.py``; its per-pair counts, ``split_gap.pair_counts``), and adds to each pair what
its composition is made of, never its name: its language and publisher, the hand list's depth
(events per pair), the readouts' length, events per 1,000 characters, the pairs of its series in
the set, its year, and — for a dev pair — its history (``origin``): always dev, or moved to dev
by turnover on a date (its ``heldout`` note says "a dev pair since"; the date is the one after
"until"). Then it prints three kinds of table, every cell a sum over pairs (a cell of fewer than
three pairs gives its number of pairs only):

* **by stratum** — noise % / fates right % / changed found per bucket of each composition
  variable, one column per group (dev, held-out, tuning, aside);
* **reweighted** — dev's figures with its pairs weighted to held-out's composition on one
  variable (or two crossed): each dev pair of stratum *s* weighs (held-out's pairs in *s* /
  held-out's pairs) / (dev's pairs in *s* / dev's pairs); the share of the dev - held-out gap
  this closes is composition on that variable; held-out pairs in a stratum with no dev pair are
  left out and counted. The same for tuning -> aside;
* **turnover** — dev's pairs by history: always dev against moved to dev, and moved on each
  date. A rule fitted to the pairs it was made on scores best on the oldest dev pairs; if the
  pairs moved last (tuned on for one or two sessions) score like held-out, the gap is fitting;
  if like the pairs always dev, composition.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from formula_eval import LANGUAGES, Pair, language_of, load_pairs, split_of  # noqa: E402
from score_formulas import SETS  # noqa: E402
from split_gap import figures_by, pair_counts  # noqa: E402

Row = dict[str, object]
_OUTSIDE = {"dev": "tuning", "heldout": "aside"}
_MOVED = re.compile(r"until (\d{1,2} \w+ \d{4})")
COMPARISONS = (("dev", "heldout"), ("tuning", "aside"))
"""(the part tuned on, the part kept aside) of the evaluation set, then of the outside set."""


def origin(pair_file: Path) -> str:
    """``always dev`` or ``moved <date>`` for a dev pair, from its ``heldout`` note; ``-`` for a
    pair kept aside."""
    line = next(
        (x for x in pair_file.read_text(encoding="utf-8").splitlines() if x.startswith("heldout")),
        "",
    )
    if not line.startswith("heldout = false"):
        return "-"
    if "a dev pair since" not in line:
        return "always dev"
    date = _MOVED.search(line)
    return f"moved {date.group(1)}" if date else "moved"


def composition(pair: Pair, set_dir: Path, sizes: Counter[str], tuned: Counter[str]) -> Row:
    """What the pair is made of (no name, no wording); ``sizes``: pairs per series in its set,
    ``tuned``: tuned-on (dev or tuning) pairs per series."""
    chars = sum(len(p.read_text(encoding="utf-8")) for p in (pair.a_path, pair.b_path))
    return {
        "language": language_of(pair),
        "chars": chars,
        "n_events": len(pair.events),
        "series_pairs": sizes[pair.series],
        "series_tuned": tuned[pair.series] - (split_of(pair) == "dev"),
        "origin": origin(set_dir / "pairs" / f"{pair.name}.toml"),
    }


def collect(lang: str | None = None) -> list[tuple[str, Row]]:
    """(group, counts) for every pair of both sets; ``lang``: that language only."""
    out = []
    for set_name in ("formulas", "outside"):
        pairs = load_pairs(SETS[set_name])
        sizes = Counter(p.series for p in pairs)
        tuned = Counter(p.series for p in pairs if split_of(p) == "dev")
        for pair in pairs:
            if lang and language_of(pair) != lang:
                continue
            split = split_of(pair)
            name = split if set_name == "formulas" else _OUTSIDE.get(split, split)
            row = pair_counts(pair)
            row.update(composition(pair, SETS[set_name], sizes, tuned))
            out.append((name, row))
    return out


def _band(value: float, edges: Sequence[float], unit: str) -> str:
    for low, high in zip(edges, edges[1:], strict=False):
        if value < high:
            return f"{low:g}-{high:g} {unit}"
    return f"{edges[-1]:g}+ {unit}"


BUCKETS: dict[str, Callable[[Row], str]] = {
    "language": lambda r: str(r["language"]),
    "publisher": lambda r: (
        f"{r['language']} {r['publisher'] if r['language'] != 'ru' else '(all)'}"
    ),
    "depth": lambda r: _band(float(r["n_events"]), (0, 6, 10, 15), "events"),  # type: ignore[arg-type]
    "length": lambda r: _band(int(r["chars"]) / 1000, (0, 1.2, 1.8, 2.4), "K chars"),  # type: ignore[call-overload]
    "density": lambda r: _band(
        1000 * float(r["n_events"]) / max(int(r["chars"]), 1),  # type: ignore[arg-type, call-overload]
        (0, 5, 6.5, 30, 35),
        "events / K",
    ),
    "series size": lambda r: _band(int(r["series_pairs"]), (1, 2, 3, 5), "pairs"),  # type: ignore[call-overload]
    "series tuned on": lambda r: (
        {0: "0", 1: "1"}.get(int(r["series_tuned"]), "2+")  # type: ignore[call-overload]
        + " other tuned-on pairs"
    ),
    "history": lambda r: str(r["origin"]),
    "era": lambda r: (
        "-2020"
        if str(r["year"]) <= "2020"
        else "2021-22"
        if str(r["year"]) <= "2022"
        else "2023-24"
        if str(r["year"]) <= "2024"
        else "2025-"
    ),
}
"""Composition variables: each maps a pair's row to its stratum."""


def totals(rows: Sequence[Row], weights: Sequence[float] | None = None) -> tuple[float, ...]:
    """(reports, noise, right, changed events, changed found), weighted."""
    w = weights or [1.0] * len(rows)
    return (
        sum(x * int(r["reports"]) for x, r in zip(w, rows, strict=True)),  # type: ignore[call-overload]
        sum(x * int(r["noise"]) for x, r in zip(w, rows, strict=True)),  # type: ignore[call-overload]
        sum(x * int(r["right"]) for x, r in zip(w, rows, strict=True)),  # type: ignore[call-overload]
        sum(x * r["events"].get("changed", 0) for x, r in zip(w, rows, strict=True)),  # type: ignore[attr-defined]
        sum(x * r["found"].get("changed", 0) for x, r in zip(w, rows, strict=True)),  # type: ignore[attr-defined]
    )


def figures(t: Sequence[float]) -> tuple[float, float, float]:
    """(noise %, fates right %, changed found %) from :func:`totals`."""
    reports, noise, right, changed, found = t
    return (
        100 * noise / reports if reports else 0.0,
        100 * right / (reports - noise) if reports - noise else 0.0,
        100 * found / changed if changed else 0.0,
    )


def _fmt(f: Sequence[float]) -> str:
    return f"{f[0]:.1f} / {f[1]:.1f} / {f[2]:.1f}"


def reweight(
    source: Sequence[Row], target: Sequence[Row], bucket: Callable[[Row], str]
) -> tuple[list[float], int]:
    """Weights that give ``source``'s pairs ``target``'s share of pairs per stratum, and how
    many ``target`` pairs sit in a stratum ``source`` does not have (left out)."""
    have = Counter(bucket(r) for r in source)
    want = Counter(bucket(r) for r in target)
    covered = sum(n for s, n in want.items() if have[s])
    weights = [
        (want[bucket(r)] / covered) / (have[bucket(r)] / len(source)) if covered else 0.0
        for r in source
    ]
    return weights, len(target) - covered


def crossed(*names: str) -> Callable[[Row], str]:
    return lambda r: " x ".join(BUCKETS[n](r) for n in names)


def reweighted_table(groups: dict[str, list[Row]], variables: Sequence[str]) -> str:
    """Per composition variable: the tuned part reweighted to the kept part's composition, and
    the share of each figure's gap it closes."""
    lines = [
        "| reweighted on | part | figures (noise / fates / changed %) | gap closed: "
        "noise / fates / changed | kept-aside pairs left out |",
        "|---|---|---|---|---:|",
    ]
    for tuned, kept in COMPARISONS:
        if not groups.get(tuned) or not groups.get(kept):
            continue
        base, goal = figures(totals(groups[tuned])), figures(totals(groups[kept]))
        lines.append(f"| (none) | {tuned} | {_fmt(base)} | | |")
        lines.append(f"| (none) | {kept} | {_fmt(goal)} | | |")
        for variable in variables:
            bucket = crossed(*variable.split(" x "))
            weights, left = reweight(groups[tuned], groups[kept], bucket)
            got = figures(totals(groups[tuned], weights))
            closed = [
                f"{100 * (g - b) / (t - b):.0f} %" if abs(t - b) >= 0.5 else "-"
                for b, g, t in zip(base, got, goal, strict=True)
            ]
            lines.append(
                f"| {variable} | {tuned} as {kept} | {_fmt(got)} | {' / '.join(closed)} | {left} |"
            )
    return "\n".join(lines)


def strata_table(groups: dict[str, list[Row]], variable: str, fewest: int = 3) -> str:
    """noise % / fates right % / changed found per stratum, one column per group
    (``split_gap.figures_by``; the fresh pairs left out)."""
    kept = {g: groups[g] for g in ("dev", "heldout", "tuning", "aside") if groups.get(g)}
    return figures_by(kept, crossed(*variable.split(" x ")), variable, fewest)


def turnover_table(groups: dict[str, list[Row]]) -> str:
    """Dev's pairs by history, with held-out's and dev's totals to read them against."""
    dev = groups.get("dev", [])
    lines = [
        "| pairs | n | noise % | fates right % | changed found | reweighted to held-out "
        "(language x depth) |",
        "|---|---:|---:|---:|---:|---|",
    ]
    kept = groups.get("heldout", [])
    histories = sorted({str(r["origin"]) for r in dev}, key=_history_order)
    parts: list[tuple[str, list[Row]]] = [("dev, all", dev)]
    parts.append(("dev, always dev", [r for r in dev if r["origin"] == "always dev"]))
    parts.append(("dev, moved (all dates)", [r for r in dev if r["origin"] != "always dev"]))
    parts += [(f"dev, {h}", [r for r in dev if r["origin"] == h]) for h in histories[1:]]
    parts.append(("heldout", kept))
    for label, rs in parts:
        if len(rs) < 3:
            lines.append(f"| {label} | {len(rs)} | | | | |")
            continue
        t = totals(rs)
        f = figures(t)
        again = ""
        if kept and label != "heldout":
            weights, left = reweight(rs, kept, crossed("language", "depth"))
            again = _fmt(figures(totals(rs, weights))) + (f" ({left} left out)" if left else "")
        lines.append(
            f"| {label} | {len(rs)} | {f[0]:.1f} | {f[1]:.1f} | {t[4]:.0f} of {t[3]:.0f} "
            f"({f[2]:.1f} %) | {again} |"
        )
    return "\n".join(lines)


def _history_order(history: str) -> tuple[int, str]:
    if history == "always dev":
        return (0, "")
    date = history.removeprefix("moved ").split()
    return (1, f"{date[-1]}-{date[-2]}-{int(date[0]):02d}" if len(date) == 3 else history)


VARIABLES = (
    "language",
    "publisher",
    "depth",
    "length",
    "density",
    "series size",
    "series tuned on",
    "era",
    "language x depth",
    "language x density",
    "language x series size",
    "language x series tuned on",
    "publisher x depth",
)


def report(rows: Sequence[tuple[str, Row]]) -> str:
    """Every table, for all languages then each."""
    out = []
    for language in (None, *LANGUAGES):
        groups: dict[str, list[Row]] = {}
        for name, row in rows:
            if language in (None, row["language"]):
                groups.setdefault(name, []).append(row)
        if not groups.get("dev"):
            continue
        variables = [v for v in VARIABLES if not (language and "language" in v)]
        out += [
            f"## {language or 'all languages'}",
            "### Reweighted",
            reweighted_table(groups, variables),
            "### Dev by history (turnover)",
            turnover_table(groups),
            "### By stratum: pairs: noise % / fates right % / changed found",
            *(strata_table(groups, v) for v in variables if " x " not in v),
            strata_table(groups, "history x series tuned on"),
        ]
    return "\n\n".join(out)


def cached(path: Path, lang: str | None) -> list[tuple[str, Row]] | None:
    """The rows ``--cache`` kept, if written for the same ``--lang`` (or for all languages)."""
    if not path.exists():
        return None
    kept = json.loads(path.read_text(encoding="utf-8"))
    if kept.get("lang") not in (None, lang):
        return None
    return [(g, r) for g, r in kept["rows"] if not lang or r["language"] == lang]


def kept(path: Path | None, lang: str | None) -> list[tuple[str, Row]]:
    """The rows of ``path`` (:func:`cached`) or, failing that, collected (and written there)."""
    old = cached(path, lang) if path else None
    if old is not None:
        return old
    rows = collect(lang)
    if path:
        path.write_text(json.dumps({"lang": lang, "rows": rows}), encoding="utf-8")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--lang", choices=LANGUAGES, help="only the pairs in that language")
    parser.add_argument("--cache", type=Path, help="keep the per-pair counts in this JSON file")
    args = parser.parse_args(argv)
    print(report(kept(args.cache, args.lang)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
