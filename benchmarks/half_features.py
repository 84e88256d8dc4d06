"""Which features tell the half of a change from a plain dropped or appeared wording, and what
the tool's figures would be with them (lm4, issue 10 point 3; dev and outside tuning only).

    python benchmarks/half_features.py [--cache FILE] [--link-cache FILE] [--fresh]
                                       [--lang en] [--thresholds 0.2,0.3,0.4]
                                       [--links only0.5,0.5] [--no-pipeline]
                                       [--pipeline-only] [--series]

The candidates are ``detect_model.py``'s (lm2: the clauses of unpaired sentences, the clauses
and replaced phrases of aligned changed pairs no report touches, on every dev pair and the
outside tuning part, labelled by the hand list), with lm4's features (``detect_model.NEW``,
:data:`GROUPS`): the **slot** (the units just before or after the wording said on the other
side, and there around another wording), the **speaker** (the sentence's first units open a
sentence of the other side), the **context** (the share of the sentence's other stems and
trigrams that one sentence of the other side says, and whether that sentence is open) and the
**rivals** (the other side's candidates and one-sided reports: stem share, trigram Dice, a shared
first or last unit, how many stand in the same place, the distance to the nearest, the stem
share and trigram Dice with one in the same place, the stem share with one near).

**AUC** of the label ``half`` (the wording is one side of a hand-listed *changed* event) for
each feature set — lm2's 21 features, each group added, all, all but each group — dev scored
leave-one-series-out (young and older dev apart, as ``score_formulas.py --split young``), the
tuning part by the model trained on all dev; "half | any" is the AUC among the candidates that
match a hand event of any status: a half of a change told from a plain dropped or appeared
wording. Each set is scored twice: trained on ``half`` directly (lm2), and as
``detect_model.FACTORED`` (lm4): P(any) × P(half | any), a model of ``any`` on every candidate
times one of ``half`` on the candidates that match a hand event. Then per language, precision and recall at thresholds, and the weights of the full
factored model's second part (standardized features, trained on all dev).

**Pipeline** (``detect_model.simulate``): the candidates scoring at or above a threshold
added as one-sided reports, linked by lm1's linker (no cosine, leave-one-
series-out for dev; ``onlyT``: an added candidate kept only when linked at T), judged again:
noise, fates right, changed found and net (right + found − noise) on young dev, older dev and
tuning, with the distinct series gaining and losing (``--series``: by name), for lm2's
features under ``half`` (lm2's setting B at 0.3) and under the factored label, and all of
lm4's features under the factored label; ``--oracle``: and the hand's halves as scores.
"""

from __future__ import annotations

import os

# the fits are small: BLAS threads only spin on a loaded machine (ten times slower on 2 cores)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from detect_model import (
    FACTORED,
    FEATURES,
    NEW,
    gather,
    kept_columns,
    linker,
    loso,
    rates,
    score,
    simulate,
)
from detect_model import (
    NEW_GROUPS as GROUPS,
)
from formula_eval import EVAL_DIR, load_pairs
from link_model import auc


def feature_sets() -> list[tuple[str, list[int]]]:
    """(name, columns of ``FEATURES``): lm2's, lm2's with each group, all, all but each group."""
    lm2 = ",".join(NEW)
    out = [("lm2 (21)", kept_columns(lm2))]
    for group, names in GROUPS.items():
        out.append((f"lm2 + {group}", kept_columns(",".join(n for n in NEW if n not in names))))
    out.append((f"lm4 (all {len(FEATURES)})", kept_columns("")))
    for group, names in GROUPS.items():
        out.append((f"all − {group}", kept_columns(",".join(names))))
    return out


def areas(entries: list[dict[str, Any]]) -> tuple[float, float]:
    """(AUC of ``half`` over every candidate, AUC of ``half`` among those with ``any``)."""
    rows = [c for e in entries for c in e["candidates"]]
    s, y = np.array([c["p"] for c in rows]), np.array([c["half"] for c in rows])
    inside = np.array([c["any"] == 1 for c in rows], dtype=bool)
    if not rows:
        return float("nan"), float("nan")
    return auc(s, y), auc(s[inside], y[inside])


def scored(
    dev: list[dict[str, Any]], tuning: list[dict[str, Any]], columns: list[int], label: str
) -> Any:
    """Score dev leave-one-series-out and tuning by the model of all dev; the model."""
    loso(dev, label, columns)
    return score(dev, tuning, label, columns)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    cache_dir = Path(os.environ.get("READOUTDIFF_CACHE_DIR", "/tmp"))
    parser.add_argument("--cache", type=Path, default=cache_dir / "detect_model.json",
                        help="detect_model.py's candidates cache")  # fmt: skip
    parser.add_argument("--link-cache", type=Path, default=cache_dir / "link_model.json",
                        help="link_model.py's cache (its default run), for the linker")  # fmt: skip
    parser.add_argument("--fresh", action="store_true", help="run the comparisons again")
    parser.add_argument("--lang", choices=("en", "zh", "ru"), help="only pairs in this language")
    parser.add_argument("--thresholds", default="0.2,0.3,0.4", help="detection thresholds")
    parser.add_argument("--links", default="only0.5,0.5",
                        help="link thresholds (onlyT: an added candidate kept only when linked "
                        "at T)")  # fmt: skip
    parser.add_argument("--no-pipeline", action="store_true", help="the AUC tables only")
    parser.add_argument(
        "--oracle",
        action="store_true",
        help="a last pipeline row with the hand's halves as the detector's scores (1 a half, "
        "0 not): what lm1's linker makes of a perfect detector",
    )
    parser.add_argument(
        "--series",
        action="store_true",
        help="name the series gaining and losing under each pipeline row",
    )
    parser.add_argument("--pipeline-only", action="store_true", help="the pipeline table only")
    args = parser.parse_args(argv)
    data = gather(args.cache, args.fresh)
    dev = [e for e in data["dev"] if args.lang is None or e["lang"] == args.lang]
    tuning = [e for e in data["tuning"] if args.lang is None or e["lang"] == args.lang]
    young = [e for e in dev if e["young"]]
    older = [e for e in dev if not e["young"]]
    parts = (("young dev", young), ("older dev", older), ("tuning", tuning))
    counts = " | ".join(
        f"{sum(c['half'] for e in p for c in e['candidates'])} of "
        f"{sum(len(e['candidates']) for e in p)}"
        for _, p in parts
    )
    print(f"{len(dev)} dev pairs ({len(young)} young), {len(tuning)} tuning; halves among "
          f"candidates (young | older | tuning): {counts}")  # fmt: skip
    sets = feature_sets()
    lm2, lm4 = sets[0], sets[len(GROUPS) + 1]
    chosen = ((*lm2, "half"), (*lm2, FACTORED), (*lm4, FACTORED))
    thresholds = [float(t) for t in args.thresholds.split(",")]
    if not args.pipeline_only:
        tables(dev, tuning, parts, sets, chosen, thresholds)
    if args.no_pipeline:
        return 0
    pipeline(args, dev, parts, chosen, thresholds)
    return 0


def tables(
    dev: list[dict[str, Any]], tuning: list[dict[str, Any]],
    parts: tuple[tuple[str, list[dict[str, Any]]], ...], sets: list[tuple[str, list[int]]],
    chosen: tuple[tuple[str, list[int], str], ...], thresholds: list[float],
) -> None:  # fmt: skip
    """The AUC of every feature set, per language, precision and recall, the weights."""
    print("\n| features | label | young dev half | young half / any | older dev half | "
          "older half / any | tuning half | tuning half / any |")  # fmt: skip
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for label in ("half", FACTORED):
        for name, columns in sets:
            scored(dev, tuning, columns, label)
            cells = " | ".join(f"{x:.3f}" for _, p in parts for x in areas(p))
            print(f"| {name} | {label} | {cells} |")
    print("\n| features | label | language | dev half (LOSO) | dev half / any | tuning half | "
          "tuning half / any |")  # fmt: skip
    print("|---|---|---|---:|---:|---:|---:|")
    for name, columns, label in chosen:
        scored(dev, tuning, columns, label)
        for lang in ("en", "zh", "ru"):
            cells = " | ".join(
                f"{x:.3f}"
                for p in (dev, tuning)
                for x in areas([e for e in p if e["lang"] == lang])
            )
            print(f"| {name} | {label} | {lang} | {cells} |")
    print("\n| features | label | part | threshold | at or above | halves | precision | recall |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for name, columns, label in chosen:
        scored(dev, tuning, columns, label)
        for part, entries in parts:
            rows = [c for e in entries for c in e["candidates"]]
            positives = sum(c["half"] for c in rows)
            for t in sorted({0.1, 0.5, *thresholds}):
                hit = [c for c in rows if c["p"] >= t]
                right = sum(c["half"] for c in hit)
                print(f"| {name} | {label} | {part} | {t} | {len(hit)} | {right} | "
                      f"{100 * right / max(1, len(hit)):.1f} % | "
                      f"{100 * right / max(1, positives):.1f} % |")  # fmt: skip
    model = scored(dev, tuning, chosen[-1][1], FACTORED)
    print("\n| feature | weight of P(half \\| any) (all dev, standardized) |")
    print("|---|---:|")
    for name, w in zip(("intercept", *FEATURES), model[0], strict=True):
        print(f"| {name}{' (lm4)' if name in NEW else ''} | {w:+.3f} |")


def pipeline(
    args: argparse.Namespace, dev: list[dict[str, Any]],
    parts: tuple[tuple[str, list[dict[str, Any]]], ...],
    chosen: tuple[tuple[str, list[int], str], ...], thresholds: list[float],
) -> None:  # fmt: skip
    """The tool's figures with the candidates added and linked, for lm2's and lm4's features."""
    tuning = parts[-1][1]
    pairs = {p.name: p for p in load_pairs(EVAL_DIR, split="dev")}
    pairs |= {p.name: p for p in load_pairs(EVAL_DIR.parent / "outside", split="dev")}
    models = linker(args.link_cache, dev)
    print("\n| features | label | part | detect at | link at | noise | fates right | changed found | "
          "net | series + / − |")  # fmt: skip
    print("|---|---|---|---:|---:|---|---|---|---:|---|")
    runs: list[tuple[str, list[int] | None, str]] = list(chosen)
    if args.oracle:
        runs.append(("hand halves (oracle)", None, "half"))
    for name, columns, label in runs:
        if columns is None:
            for c in (c for _, p in parts for e in p for c in e["candidates"]):
                c["p"] = float(c["half"])
        else:
            scored(dev, tuning, columns, label)
        for link in args.links.split(","):
            only = link.startswith("only")
            link_at = float(link.removeprefix("only"))
            for t in thresholds:
                for part, entries in parts:
                    f1, f2, gains, losses = simulate(
                        entries, pairs, t, link_at, models, part == "tuning", only
                    )
                    net = (f2[2] - f1[2]) + (f2[3] - f1[3]) - (f2[0] - f1[0])
                    print(f"| {name} | {label} | {part} | {t} | {link} | {rates(f1, f2)} | {net:+d} | "
                          f"{len(gains)} / {len(losses)} |")  # fmt: skip
                    if args.series:
                        print(f"|  | series | {series_of(gains, losses)} | | | | | | |")


def series_of(gains: Counter[str], losses: Counter[str]) -> str:
    """The series gaining and losing, by name, with their nets."""
    said = [f"+{n} {s}" for s, n in sorted(gains.items())]
    said += [f"−{n} {s}" for s, n in sorted(losses.items())]
    return ", ".join(said)


if __name__ == "__main__":
    raise SystemExit(main())
