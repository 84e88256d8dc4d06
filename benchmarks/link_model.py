"""A learned linker, studied: which of the tool's dropped and appeared reports are one change,
and which of its changed reports are two (lm1, issue 10 point 3).

    python benchmarks/link_model.py [--cache FILE] [--fresh] [--oracle | --train-oracle]
                                    [--no-cosine] [--drop NAME,NAME] [--lang en]
                                    [--thresholds 0.3,0.5,0.7] [--veto 0,0.1,0.2]

**Candidates.** On every dev pair (``--set formulas``, the young ones marked as
``score_formulas.py --split young``) and every pair of the outside set's tuning part: each
(dropped report, appeared report) pair the tool makes, and each changed report's two halves.
**Label**: the two wordings read as one *changed* report are right by the hand list
(``formula_eval.as_changed_report``: "right, found already" or "right, missed today").

**Features** say nothing of the dev texts' words: where the two sentences stand (one aligned
pair, one gap of unpaired sentences, both unpaired, one paired), their distance in alignment
order (relative), the stems the two wordings share (count and share), their shared bigrams,
the two sentences' shared stems, the wordings' length ratio, the same word before each wording
(the frame), the same first word of the two sentences (the role), how many one-sided reports
stand in the two places (the crowd), whether each is the other's best candidate by shared
stems (mutual best), the language, whether the tool linked them itself, and — optional, see
``--no-cosine`` — the sentence encoder's cosine of the two sentences (``align/meaning.py``).

**Model**: a logistic regression (numpy, standardised features, L2), evaluated
leave-one-series-out on dev (AUC, precision and recall at thresholds), then trained on all dev
for the tuning part. **The tool's figures with the model**: a one-sided pair scored at or above
a threshold is linked (greedy, best first, one partner each), a changed report scored below a
veto threshold is split in two; the pair is judged again (``formula_eval.judge``) and the
figures (noise, fates right, changed found) and their net (right fates + changed found − noise)
are printed for young dev, the older dev pairs and tuning, with the distinct series each gains
and loses on. The comparisons are cached (``--cache``, default under READOUTDIFF_CACHE_DIR or
/tmp): ``--fresh`` runs them again. ``--oracle``: compare() told each pair's hand-listed
wordings (``score_formulas.py --oracle``: the linker when both halves are reported);
``--train-oracle``: models trained on the oracle run's dev candidates, scoring the default
run's; ``--drop``: features left out by name.
"""

from __future__ import annotations

import argparse
import json
import math
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from fate_classes import places
from formula_eval import (
    EVAL_DIR,
    Event,
    Pair,
    Totals,
    as_changed_report,
    fold,
    judge,
    language_of,
    load_pairs,
)
from score_formulas import oracle_lexicon, report_of

from readoutdiff import Options, compare, load
from readoutdiff.model import Formula, Sentence

FEATURES = (
    "same pair",
    "same gap",
    "both unpaired",
    "one paired",
    "distance",
    "shared stems",
    "stem share",
    "shared bigrams",
    "bigram share",
    "sentence stem share",
    "length ratio",
    "same frame",
    "same role",
    "crowd",
    "mutual best",
    "chinese",
    "russian",
    "tool linked",
    "cosine",
)
_CJK = ("\u3400", "\u9fff")


def _is_cjk(token: str) -> bool:
    return len(token) == 1 and _CJK[0] <= token <= _CJK[1]


def stems(text: str) -> list[str]:
    """A wording's content units, in order: Chinese characters; other words of four letters
    and more cut to their first five (a stem that knows no language's endings)."""
    return [t if _is_cjk(t) else t[:5] for t in fold(text) if _is_cjk(t) or len(t) >= 4]


def bigrams(units: Sequence[str]) -> set[tuple[str, str]]:
    return set(zip(units, units[1:], strict=False))


def _share(x: set[Any], y: set[Any]) -> float:
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def _sentence(readout_sentences: Sequence[Sentence], start: int) -> Sentence | None:
    return next((s for s in readout_sentences if s.span.start <= start < s.span.end), None)


def _before(sentence: Sentence, start: int) -> str:
    """The unit just before a wording in its sentence ('' at its start)."""
    head = stems(sentence.text[: max(0, start - sentence.span.start)])
    return head[-1] if head else ""


def _first(sentence: Sentence) -> str:
    units = stems(sentence.text)
    return units[0] if units else ""


@dataclass(frozen=True)
class Half:
    """One side's wording of a link candidate: its text, where it starts in its readout, its
    sentence, the sentence's place (``fate_classes.places``) and number in alignment order."""

    text: str
    start: int
    sentence: Sentence
    place: tuple[str, int]
    order: int


def link_row(
    one: Half, two: Half, lang: str, total: int, crowd: int, linked: bool
) -> dict[str, float]:
    """The link features of A's wording ``one`` and B's ``two`` ("mutual best" and "cosine" are
    0.0: they are read off every candidate of the pair, :func:`collect`)."""
    (sa, pa), (sb, pb) = (one.sentence, one.place), (two.sentence, two.place)
    ua, ub = stems(one.text), stems(two.text)
    shared = set(ua) & set(ub)
    ba, bb = bigrams(ua), bigrams(ub)
    na = len(fold(one.text)) or 1
    nb = len(fold(two.text)) or 1
    before = _before(sa, one.start)
    return {
        "same pair": float(pa == pb and pa[0] == "pair"),
        "same gap": float(pa == pb and pa[0] == "gap"),
        "both unpaired": float(pa[0] == pb[0] == "gap"),
        "one paired": float((pa[0] == "gap") != (pb[0] == "gap")),
        "distance": abs(one.order - two.order) / total,
        "shared stems": math.log1p(len(shared)),
        "stem share": _share(set(ua), set(ub)),
        "shared bigrams": math.log1p(len(ba & bb)),
        "bigram share": _share(ba, bb),
        "sentence stem share": _share(set(stems(sa.text)), set(stems(sb.text))),
        "length ratio": min(na, nb) / max(na, nb),
        "same frame": float(bool(before) and before == _before(sb, two.start)),
        "same role": float(bool(_first(sa)) and _first(sa) == _first(sb)),
        "crowd": math.log1p(crowd),
        "mutual best": 0.0,
        "chinese": float(lang == "zh"),
        "russian": float(lang == "ru"),
        "tool linked": float(linked),
        "cosine": 0.0,
    }


def collect(pair: Pair, cosine: bool, oracle: bool = False) -> dict[str, Any]:
    """The pair's reports and link candidates with their features and labels (``oracle``:
    compare() told the pair's hand-listed wordings, ``score_formulas.py --oracle``)."""
    options = Options(lexicon=oracle_lexicon(pair)) if oracle else Options()
    comparison = compare(load(pair.a_path), load(pair.b_path), options=options)
    formulas = list(comparison.formulas)
    reports = [report_of(comparison, f) for f in formulas]
    result = judge(pair, reports)
    where = {
        side: places(comparison.alignments, side) for side in ("a", "b")
    }  # (start, end, place)
    order = {
        side: {
            s.span.start: n for n, al in enumerate(comparison.alignments) for s in getattr(al, side)
        }
        for side in ("a", "b")
    }
    total = max(1, len(comparison.alignments))

    def place(side: str, start: int) -> tuple[str, int] | None:
        return next((w for s, e, w in where[side] if s <= start < e), None)

    def located(f: Formula, side: str) -> tuple[Sentence, tuple[str, int]] | None:
        spans = f.a_spans if side == "a" else f.b_spans
        if not spans:
            return None
        readout = comparison.a if side == "a" else comparison.b
        sentence = _sentence(readout.sentences, spans[0].start)
        spot = place(side, spans[0].start)
        return None if sentence is None or spot is None else (sentence, spot)

    one_sided = {
        "a": [i for i, f in enumerate(formulas) if f.status.value == "dropped"],
        "b": [i for i, f in enumerate(formulas) if f.status.value == "appeared"],
    }
    spots = {
        side: Counter(
            loc[1] for i in one_sided[side] if (loc := located(formulas[i], side)) is not None
        )
        for side in ("a", "b")
    }
    raw: list[tuple[int, int, Sentence, Sentence, dict[str, float]]] = []

    def candidate(d: int, a: int, linked: bool) -> None:
        fd, fa = formulas[d], formulas[a]
        la, lb = located(fd, "a"), located(fa, "b")
        if la is None or lb is None or not fd.a_text or not fa.b_text:
            return
        (sa, pa), (sb, pb) = la, lb
        one = Half(fd.a_text, fd.a_spans[0].start, sa, pa, order["a"].get(sa.span.start, 0))
        two = Half(fa.b_text, fa.b_spans[0].start, sb, pb, order["b"].get(sb.span.start, 0))
        crowd = 0 if linked else spots["a"][pa] + spots["b"][pb]
        raw.append((d, a, sa, sb, link_row(one, two, language_of(pair), total, crowd, linked)))

    for d in one_sided["a"]:
        for a in one_sided["b"]:
            candidate(d, a, False)
    for i, f in enumerate(formulas):
        if f.status.value == "changed" and f.a_spans and f.b_spans:
            candidate(i, i, True)
    # mutual best by shared stems among the one-sided candidates
    best_d: dict[int, float] = {}
    best_a: dict[int, float] = {}
    for d, a, _, _, feats in raw:
        if d != a:
            best_d[d] = max(best_d.get(d, -1.0), feats["stem share"])
            best_a[a] = max(best_a.get(a, -1.0), feats["stem share"])
    for d, a, _, _, feats in raw:
        if d != a:
            top = feats["stem share"]
            feats["mutual best"] = float(top > 0 and top == best_d[d] == best_a[a])
    if cosine and raw:
        from readoutdiff.align.meaning import embed

        texts = sorted({s.text for _, _, sa, sb, _ in raw for s in (sa, sb)})
        vectors = embed(texts)
        row = {t: n for n, t in enumerate(texts)}
        for _, _, sa, sb, feats in raw:
            feats["cosine"] = float(vectors[row[sa.text]] @ vectors[row[sb.text]])
    candidates = []
    for d, a, _, _, feats in raw:
        made = as_changed_report(
            pair,
            result,
            formulas[d].a_text or "",
            formulas[a].b_text or "",
            reports[d].a_line,
            reports[a].b_line,
        )
        candidates.append(
            {
                "d": d,
                "a": a,
                "label": int(made.startswith("right")),
                "missed": int(made == "right, missed today"),
                "x": [feats[k] for k in FEATURES],
            }
        )
    return {
        "name": pair.name,
        "series": pair.series,
        "reports": [[r.status, r.a, r.b, r.a_line, r.b_line] for r in reports],
        "candidates": candidates,
    }


def gather(
    cache: Path, fresh: bool, cosine: bool, oracle: bool = False
) -> dict[str, list[dict[str, Any]]]:
    """Every dev and tuning pair's candidates, from ``cache`` unless ``fresh``."""
    return gathered(cache, fresh, lambda pair: collect(pair, cosine, oracle))


def gathered(
    cache: Path, fresh: bool, make: Callable[[Pair], dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    """``make``'s entry of every dev pair (marked young or not) and every outside tuning pair
    (marked with its language), from ``cache`` unless ``fresh`` (then written to it)."""
    if cache.exists() and not fresh:
        data: dict[str, list[dict[str, Any]]] = json.loads(cache.read_text(encoding="utf-8"))
        return data
    young = {p.name for p in load_pairs(EVAL_DIR, split="young")}
    data = {"dev": [], "tuning": []}
    for part, pairs in (
        ("dev", load_pairs(EVAL_DIR, split="dev")),
        ("tuning", load_pairs(EVAL_DIR.parent / "outside", split="dev")),
    ):
        for pair in pairs:
            entry = make(pair)
            entry["young"] = pair.name in young
            entry["lang"] = language_of(pair)
            data[part].append(entry)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return data


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(weights with intercept first, mean, scale) of an L2 logistic regression (Newton)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(z @ w)))
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w, mean, scale


def predict(model: tuple[np.ndarray, np.ndarray, np.ndarray], x: np.ndarray) -> np.ndarray:
    w, mean, scale = model
    scores: np.ndarray = 1 / (1 + np.exp(-(w[0] + ((x - mean) / scale) @ w[1:])))
    return scores


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Area under the ROC curve (ties count half)."""
    pos = labels == 1
    n_pos, n_neg = int(pos.sum()), int(len(labels) - pos.sum())
    if not n_pos or not n_neg:
        return float("nan")
    # each score's average rank among all, ties sharing the mean of their ranks
    _, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    high = np.cumsum(counts)
    ranks = ((high - counts + 1 + high) / 2.0)[inverse]
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def _kind(c: dict[str, Any], linked: bool | None) -> bool:
    return linked is None or (c["d"] == c["a"]) == linked


def matrix(
    entries: list[dict[str, Any]], columns: list[int], linked: bool | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of the candidates of one kind (``linked``: the tool's changes;
    not: the one-sided pairs; None: both)."""
    rows = [c for e in entries for c in e["candidates"] if _kind(c, linked)]
    x = np.array([[c["x"][k] for k in columns] for c in rows], dtype=float).reshape(
        len(rows), len(columns)
    )
    return x, np.array([c["label"] for c in rows], dtype=float)


def score(
    train: list[dict[str, Any]], target: list[dict[str, Any]], columns: list[int]
) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Give every candidate of ``target`` its score (``c["p"]``) by two models trained on
    ``train``, one per kind of candidate; return the two models (one-sided pairs, changes)."""
    models = []
    for linked in (False, True):
        x, y = matrix(train, columns, linked)
        model = fit(x, y)
        models.append(model)
        x_in, _ = matrix(target, columns, linked)
        scores = predict(model, x_in) if len(x_in) else np.zeros(0)
        rows = (c for e in target for c in e["candidates"] if _kind(c, linked))
        for c, p in zip(rows, scores, strict=True):
            c["p"] = float(p)
    return models


def loso(
    dev: list[dict[str, Any]], columns: list[int], train: list[dict[str, Any]] | None = None
) -> None:
    """Give every dev candidate its leave-one-series-out score (``c["p"]``), by models trained
    on the other series' candidates of ``train`` (default: ``dev`` itself)."""
    source = dev if train is None else train
    for series in sorted({e["series"] for e in dev}):
        inside = [e for e in dev if e["series"] == series]
        score([e for e in source if e["series"] != series], inside, columns)


def applied(entry: dict[str, Any], link_at: float, veto_below: float) -> list[Event]:
    """The pair's reports with the model's links added and its vetoes of the tool's links."""
    reports = [Event(s, a, b, a_line=al, b_line=bl) for s, a, b, al, bl in entry["reports"]]
    gone: set[int] = set()
    out: list[Event] = []
    for c in entry["candidates"]:
        if c["d"] == c["a"] and c["p"] < veto_below:
            r = reports[c["d"]]
            gone.add(c["d"])
            out += [
                Event("dropped", r.a, a_line=r.a_line),
                Event("appeared", b=r.b, b_line=r.b_line),
            ]
    ranked = sorted(
        (c for c in entry["candidates"] if c["d"] != c["a"] and c["p"] >= link_at),
        key=lambda c: (-c["p"], c["d"], c["a"]),
    )
    for c in ranked:
        if c["d"] in gone or c["a"] in gone:
            continue
        gone |= {c["d"], c["a"]}
        ra, rb = reports[c["d"]], reports[c["a"]]
        out.append(Event("changed", ra.a, rb.b, a_line=ra.a_line, b_line=rb.b_line))
    return [r for i, r in enumerate(reports) if i not in gone] + out


def figures(totals: Totals) -> tuple[int, int, int, int, int]:
    """(noise, reports, right fates, changed found, changed events)."""
    reported = sum(totals.reported.values())
    return (
        totals.noise,
        reported,
        sum(totals.right.values()),
        totals.recalled["changed"],
        totals.expected["changed"],
    )


def simulate(
    entries: list[dict[str, Any]], pairs: dict[str, Pair], link_at: float, veto_below: float
) -> tuple[tuple[int, ...], tuple[int, ...], Counter[str], Counter[str]]:
    """(before, after figures, net gain by series, net loss by series)."""
    return rewritten(entries, pairs, lambda entry: applied(entry, link_at, veto_below))


def rewritten(
    entries: list[dict[str, Any]],
    pairs: dict[str, Pair],
    rewrite: Callable[[dict[str, Any]], list[Event]],
) -> tuple[tuple[int, ...], tuple[int, ...], Counter[str], Counter[str]]:
    """(figures before, after each entry's reports are rewritten by ``rewrite``, net gain by
    series, net loss by series; net = right fates + changed found − noise)."""
    before, after = Totals(), Totals()
    gains: Counter[str] = Counter()
    losses: Counter[str] = Counter()
    for entry in entries:
        pair = pairs[entry["name"]]
        base = [Event(s, a, b, a_line=al, b_line=bl) for s, a, b, al, bl in entry["reports"]]
        one, two = judge(pair, base), judge(pair, rewrite(entry))
        t1, t2 = Totals(), Totals()
        t1.add(one)
        t2.add(two)
        before.add(one)
        after.add(two)
        f1, f2 = figures(t1), figures(t2)
        net = (f2[2] - f1[2]) + (f2[3] - f1[3]) - (f2[0] - f1[0])
        if net > 0:
            gains[entry["series"]] += net
        elif net < 0:
            losses[entry["series"]] -= net
    return figures(before), figures(after), gains, losses


def short(f: Sequence[int]) -> str:
    """Noise of reports, right fates and changed events found."""
    return f"{f[0]}/{f[1]} noise, {f[2]} right, {f[3]} found"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    default = Path(os.environ.get("READOUTDIFF_CACHE_DIR", "/tmp")) / "link_model.json"
    parser.add_argument("--cache", type=Path, default=default, help="the candidates' cache file")
    parser.add_argument("--fresh", action="store_true", help="run the comparisons again")
    parser.add_argument(
        "--oracle", action="store_true",
        help="compare() told each pair's hand-listed wordings (score_formulas.py --oracle); "
        "its own cache file",
    )  # fmt: skip
    parser.add_argument(
        "--train-oracle", action="store_true",
        help="train on the oracle run's dev candidates (--oracle's cache), score the default run's",
    )  # fmt: skip
    parser.add_argument("--no-cosine", action="store_true", help="leave the encoder's cosine out")
    parser.add_argument("--lang", choices=("en", "zh", "ru"), help="only pairs in this language")
    parser.add_argument("--thresholds", default="0.3,0.5,0.7,0.9", help="link thresholds")
    parser.add_argument("--veto", default="0,0.1,0.2", help="veto thresholds (0: no veto)")
    parser.add_argument("--drop", default="", help="feature names to leave out, comma-separated")
    args = parser.parse_args(argv)
    cache = args.cache.with_name(args.cache.stem + "_oracle.json") if args.oracle else args.cache
    data = gather(cache, args.fresh, cosine=True, oracle=args.oracle)
    left_out = {n for n in args.drop.split(",") if n} | ({"cosine"} if args.no_cosine else set())
    columns = [k for k, n in enumerate(FEATURES) if n not in left_out]
    dev = [e for e in data["dev"] if args.lang is None or e["lang"] == args.lang]
    tuning = [e for e in data["tuning"] if args.lang is None or e["lang"] == args.lang]
    train = dev
    if args.train_oracle:
        told = args.cache.with_name(args.cache.stem + "_oracle.json")
        oracle = gather(told, False, cosine=True, oracle=True)["dev"]
        train = [e for e in oracle if args.lang is None or e["lang"] == args.lang]
    loso(dev, columns, train)
    models = score(train, tuning, columns)
    print(f"{len(dev)} dev pairs ({sum(e['young'] for e in dev)} young), {len(tuning)} tuning")
    print("\n| part | kind | candidates | right links | of them missed today | AUC |")
    print("|---|---|---:|---:|---:|---:|")
    for part, entries in (("dev (LOSO)", dev), ("young dev (LOSO)", [e for e in dev if e["young"]]),
                          ("tuning (trained on dev)", tuning)):  # fmt: skip
        for kind, linked in (("one-sided pair", False), ("tool's change", True)):
            rows = [c for e in entries for c in e["candidates"] if (c["d"] == c["a"]) == linked]
            s = np.array([c["p"] for c in rows])
            y = np.array([c["label"] for c in rows])
            missed = sum(c["missed"] for c in rows)
            print(
                f"| {part} | {kind} | {len(rows)} | {int(y.sum())} | {missed} | {auc(s, y):.3f} |"
            )
    print("\n| part | threshold | one-sided pairs at or above | right | precision | recall |")
    print("|---|---:|---:|---:|---:|---:|")
    thresholds = [float(t) for t in args.thresholds.split(",")]
    for part, entries in (("dev (LOSO)", dev), ("young dev (LOSO)", [e for e in dev if e["young"]]),
                          ("tuning", tuning)):  # fmt: skip
        rows = [c for e in entries for c in e["candidates"] if c["d"] != c["a"]]
        positives = sum(c["label"] for c in rows)
        for t in thresholds:
            hit = [c for c in rows if c["p"] >= t]
            right = sum(c["label"] for c in hit)
            print(
                f"| {part} | {t} | {len(hit)} | {right} | "
                f"{100 * right / max(1, len(hit)):.1f} % | {100 * right / max(1, positives):.1f} % |"
            )
    print("\n| feature | weight, one-sided pairs | weight, the tool's changes |")
    print("|---|---:|---:|")
    names = ["intercept"] + [FEATURES[k] for k in columns]
    for n, name in enumerate(names):
        print(f"| {name} | {models[0][0][n]:+.3f} | {models[1][0][n]:+.3f} |")
    pairs = {p.name: p for p in load_pairs(EVAL_DIR, split="dev")}
    pairs |= {p.name: p for p in load_pairs(EVAL_DIR.parent / "outside", split="dev")}
    print("\n| part | link at | veto below | before | after | net | series + / − |")
    print("|---|---:|---:|---|---|---:|---|")
    parts = (
        ("young dev", [e for e in dev if e["young"]]),
        ("older dev", [e for e in dev if not e["young"]]),
        ("tuning", tuning),
    )
    for veto in [float(v) for v in args.veto.split(",")]:
        for t in thresholds:
            for part, entries in parts:
                f1, f2, gains, losses = simulate(entries, pairs, t, veto)
                net = (f2[2] - f1[2]) + (f2[3] - f1[3]) - (f2[0] - f1[0])
                print(
                    f"| {part} | {t} | {veto} | {short(f1)} | {short(f2)} | {net:+d} | "
                    f"{len(gains)} / {len(losses)} |"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
