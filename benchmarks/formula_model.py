"""Does a small learned model of "what is a formula" find changed events on series it never saw?

Candidates: the replaced phrases of the aligned changed pairs of each dev pair
(``wording.replacements``: not variants, a wording on each side, not the frame only), as
``formulaness_reach.py`` takes them, each also widened to its clause on both sides
(``formulaness_reach.clause``). Label: what the candidate would be as a *changed* report under
``formula_eval``'s matching rule (``as_changed_report``, given each wording's line as the scorer's
headline reads it: ``score_formulas.lines_at``): positive when it matches a hand-listed changed
event. Features say nothing of the dev texts' words: lengths, shapes, capital, stop
and stock word shares, the class of the word before the phrase (a reporting verb, "importance
of", "to", a preposition, a stance verb), what the two wordings keep of each other, the pair's
score, whether the built-in lexicon or background knows a content bigram of it, whether the
tool already reports a formula there. Model: L2 logistic regression (numpy, Newton steps).

Prints, on dev only (held-out and fresh are read only with ``--final``):

1. candidates, positives, how many the tool's reports already cover;
2. leave-one-series-out precision and recall of the model at several thresholds (every
   candidate, and the ones no report covers), and its AUC;
3. the tool's figures on dev with the uncovered candidates scoring at or above each threshold
   added as *changed* reports, best first and none overlapping a better one (each scored by a
   model fitted without its series): changed found, noise, fates right (``formula_eval.judge``),
   series helped and series only hurt (more noise or wrong fates; a repeat is neither:
   ``formula_eval.verdict``);
4. the fitted coefficients (all dev), and how well the same features tell, among the
   candidates that match an event, a changed one from one of another status;
5. the same phrase features as a filter on the tool's own reports (leave out those scoring
   under a threshold), fitted on the reports' noise labels, then transferred from a model of
   the candidates labelled by whether they match an event of any status.

``--any-event`` labels positive every candidate matching a hand-listed event of any status
(formula-ness alone); ``--uncovered`` fits on the candidates no report covers; ``--show T``
lists the dev reports added at threshold T. ``--final`` fits on all dev and prints items 3 and
5 for held-out and fresh (totals only), at the thresholds ``--thresholds`` gives.
``--two-stage NAMES`` (dev only) multiplies formula-ness by a small status model of the
features named (``--two-stage "ratio,kept content share,head kept"``).

    python benchmarks/formula_model.py [--any-event] [--uncovered] [--l2 N] [--show T] [--final]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))

from formula_eval import (  # noqa: E402
    Event,
    Pair,
    PairResult,
    Totals,
    as_changed_report,
    judge,
    load_pairs,
    verdict,
)
from formulaness_reach import clause  # noqa: E402
from score_formulas import lines_at, lines_of  # noqa: E402

from readoutdiff import compare, load  # noqa: E402
from readoutdiff.formulas.lexicon import background  # noqa: E402
from readoutdiff.formulas.lexicon.lexicon import builtin  # noqa: E402
from readoutdiff.formulas.linking.stances import VERBS as STANCE_VERBS  # noqa: E402
from readoutdiff.formulas.mining.noise import DATES, OFFICES, frame_only, why  # noqa: E402
from readoutdiff.formulas.words import wording  # noqa: E402
from readoutdiff.formulas.words.phrases import STOCK, Words, key, readout_words  # noqa: E402
from readoutdiff.formulas.words.roles import (  # noqa: E402
    ASPECT,
    PREPOSITIONS,
    REPORTING,
    STOP_WORDS,
)
from readoutdiff.model import Formula, FormulaSource, Sentence, Span, Status  # noqa: E402

SHOW = False
ANY_EVENT = False
ELSEWHERE = False
"""Add two features: the share of each wording's content stems that the other readout has
outside the aligned pair (``--elsewhere``)."""
"""Label every candidate that matches a hand-listed event of any status positive (formula-ness
alone, whatever the status), not only the changed ones."""
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
L2 = 1.0
Run = tuple[Words, int, int]
"""The words of one sentence and a range [start, end) of them."""


@dataclass
class Candidate:
    pair: str
    series: str
    a_text: str
    b_text: str
    extent: str
    """"phrase" (the replacement as the word diff gives it) or "clause" (widened)."""
    group: int
    """Number of the replacement in its pair: a phrase and its clause share it."""
    covered: bool
    spans: tuple[int, int, int, int]
    """Start and end of A's wording, then of B's, in their texts."""
    what: str
    features: tuple[float, ...]
    lines: dict[str, str | None]
    """``a_line``/``b_line`` of a short wording (``score_formulas.lines_at``): a candidate is
    judged, as a report and as a label, by the headline matching."""

    @property
    def positive(self) -> bool:
        return self.what.startswith("right") or (ANY_EVENT and self.what == "another event")


def lexicon_bigrams() -> frozenset[tuple[str, str]]:
    """Content-stem bigrams (stop words skipped) of the built-in lexicon and background."""
    found = set()
    for entry in (*builtin().entries, *background.entries()):
        for text in (entry.text, *entry.variants):
            content = [s for s in key(text, chinese=False) if s not in STOP_WORDS]
            found.update(zip(content, content[1:], strict=False))
    return frozenset(found)


def before_class(words: Words, start: int) -> list[float]:
    """One-hot class of the word before the phrase (skipping stop words other than "to")."""
    k = start - 1
    while k >= 0 and words.stems[k] in STOP_WORDS and words.stems[k] != "to":
        k -= 1
    stem = words.stems[k] if k >= 0 else ""
    classes = [
        k < 0 or words.breaks[start],
        stem in REPORTING,
        stem in ("importance", "need", "commitment", "support"),
        stem == "to",
        stem in PREPOSITIONS,
        any(stem.startswith(v) for v in STANCE_VERBS),
        stem in ASPECT,
    ]
    return [float(c) for c in classes]


def side_features(run: Run, bigrams: frozenset[tuple[str, str]]) -> list[float]:
    words, start, end = run
    stems = words.stems[start:end]
    n = len(stems)
    content = [s for s in stems if s not in STOP_WORDS]
    caps = [words.caps[k] for k in range(max(start, 1), end) if words.stems[k] not in STOP_WORDS]
    pairs = set(zip(content, content[1:], strict=False))
    return [
        np.log1p(n),
        len(content) / n,
        sum(caps) / len(caps) if caps else 0.0,
        float(any(not s.isalpha() for s in stems)),
        start / max(1, len(words.stems)),
        float(end >= len(words.stems)),
        sum(s in STOCK for s in content) / max(1, len(content)),
        float(not (OFFICES | DATES).isdisjoint(stems)),
        float(why(words, start, end) is not None),
        float(bool(pairs & bigrams)),
        *before_class(words, start),
    ]


FEATURES = (
    "log words",
    "content share",
    "capital share",
    "figure",
    "position",
    "ends sentence",
    "stock share",
    "office/date",
    "noise reason",
    "lexicon bigram",
    "before: start/punct",
    "before: reporting",
    "before: importance/need/commitment/support",
    "before: to",
    "before: preposition",
    "before: stance verb",
    "before: aspect",
)
PAIR_FEATURES = (
    "kept content share",
    "head kept",
    "first kept",
    "ratio",
    "pair score",
    "replacements in pair",
    "core share",
    "covered",
    "clause extent",
)
ELSEWHERE_FEATURES = ("found elsewhere, least side", "found elsewhere, most side")
NAMES = ("bias", *(f"mean {f}" for f in FEATURES), *(f"diff {f}" for f in FEATURES), *PAIR_FEATURES)


def features(
    ra: Run, rb: Run, a_text: str, b_text: str, context: tuple[float, ...],
    bigrams: frozenset[tuple[str, str]],
) -> tuple[float, ...]:  # fmt: skip
    fa, fb = side_features(ra, bigrams), side_features(rb, bigrams)
    ca = [s for s in ra[0].stems[ra[1] : ra[2]] if s not in STOP_WORDS]
    cb = [s for s in rb[0].stems[rb[1] : rb[2]] if s not in STOP_WORDS]
    union = set(ca) | set(cb)
    pair = [
        len(set(ca) & set(cb)) / max(1, len(union)),
        float(bool(ca and cb and ca[-1] == cb[-1])),
        float(bool(ca and cb and ca[0] == cb[0])),
        fuzz.ratio(a_text.casefold(), b_text.casefold()) / 100,
    ]
    mean = [(x + y) / 2 for x, y in zip(fa, fb, strict=True)]
    diff = [abs(x - y) for x, y in zip(fa, fb, strict=True)]
    return (1.0, *mean, *diff, *pair, *context)


def as_run(places: Sequence[wording.Place]) -> Run | None:
    (words, i), (last, k) = places[0], places[-1]
    return (words, i, k + 1) if last is words else None


def run_at(words: Sequence[Words], span: Span) -> Run | None:
    """The words of the sentence holding ``span`` that lie inside it."""
    for w in words:
        inside = [
            k for k in range(len(w.stems)) if span.start <= w.start(k) and w.end(k) <= span.end
        ]
        if inside:
            return (w, inside[0], inside[-1] + 1)
    return None


STATUS_NAMES = ("persisted", "changed", "appeared", "dropped")
REPORT_NAMES = (
    "bias", *(f"mean {f}" for f in FEATURES), *(f"diff {f}" for f in FEATURES),
    *STATUS_NAMES, "built-in", "background", "id kind: slot/wording", "variant", "log spans",
)  # fmt: skip


def report_row(
    f: Formula,
    words_a: Sequence[Words],
    words_b: Sequence[Words],
    bigrams: frozenset[tuple[str, str]],
) -> tuple[float, ...] | None:
    """Features of one reported formula (the same phrase features as a candidate's)."""
    runs = [
        run_at(w, spans[0]) for w, spans in ((words_a, f.a_spans), (words_b, f.b_spans)) if spans
    ]
    sides = [side_features(r, bigrams) for r in runs if r is not None]
    if not sides:
        return None
    mean = [sum(v) / len(sides) for v in zip(*sides, strict=True)]
    diff = [abs(x - y) for x, y in zip(sides[0], sides[-1], strict=True)]
    status = [float(f.status.value == name) for name in STATUS_NAMES]
    kind = "/" in f.id and not f.id.startswith(("background:", "recurring:"))
    return (
        1.0, *mean, *diff, *status, float(f.source is FormulaSource.BUILTIN),
        float(f.id.startswith("background:")), float(kind), float(f.variant),
        np.log1p(len(f.a_spans) + len(f.b_spans)),
    )  # fmt: skip


def elsewhere(run: Run, other: Sequence[Words], paired: Sequence[Sentence]) -> float:
    """Share of the run's content stems that the other readout has outside the aligned pair
    (a wording said again elsewhere was moved or kept, not replaced)."""
    skip = {s.index for s in paired}
    stems = {t for w in other if w.sentence not in skip for t in w.stems}
    content = [t for t in run[0].stems[run[1] : run[2]] if t not in STOP_WORDS]
    return sum(t in stems for t in content) / max(1, len(content))


def pair_candidates(
    pair: Pair, bigrams: frozenset[tuple[str, str]]
) -> tuple[list[Event], list[Candidate], list[tuple[float, ...] | None]]:
    a, b = load(pair.a_path), load(pair.b_path)
    comparison = compare(a, b)
    reports = [
        Event(f.status.value, f.a_text, f.b_text, **lines_of(comparison, f))
        for f in comparison.formulas
    ]
    result = judge(pair, reports)
    told = [(f.a_spans, f.b_spans) for f in comparison.formulas]
    words_a, words_b = readout_words(a), readout_words(b)
    rows = [report_row(f, words_a, words_b, bigrams) for f in comparison.formulas]
    found: list[Candidate] = []
    group = 0
    for x in comparison.alignments:
        if x.status is not Status.CHANGED:
            continue
        reps = [
            r for r in wording.replacements(x, a, b, words_a, words_b)
            if not r.variant and r.a and r.b and not frame_only([*r.a_core, *r.b_core])
        ]  # fmt: skip
        for rep in reps:
            assert rep.a_span and rep.b_span
            covered = any(
                any(s.start < rep.a_span.end and rep.a_span.start < s.end for s in sa)
                or any(s.start < rep.b_span.end and rep.b_span.start < s.end for s in sb)
                for sa, sb in told
            )
            ra, rb = as_run(rep.a), as_run(rep.b)
            if ra is None or rb is None:
                continue
            core = (len(rep.a_core) + len(rep.b_core)) / max(1, len(rep.a) + len(rep.b))
            extents = [("phrase", ra, rb, rep.a_text, rep.b_text)]
            at = {"phrase": (rep.a_span.start, rep.a_span.end, rep.b_span.start, rep.b_span.end)}
            wa, wb = clause(rep.a), clause(rep.b)
            if wa and wb and (wa[1:] != ra[1:] or wb[1:] != rb[1:]):
                ta = a.text[wa[0].start(wa[1]) : wa[0].end(wa[2] - 1)]
                tb = b.text[wb[0].start(wb[1]) : wb[0].end(wb[2] - 1)]
                extents.append(("clause", wa, wb, ta, tb))
                at["clause"] = (
                    wa[0].start(wa[1]),
                    wa[0].end(wa[2] - 1),
                    wb[0].start(wb[1]),
                    wb[0].end(wb[2] - 1),
                )
            for extent, sa, sb, ta, tb in extents:
                s = at[extent]  # line_of reads a span's ends only
                lines = lines_at(
                    a,
                    b,
                    (Span(start=s[0], end=s[1], line=1),),
                    (Span(start=s[2], end=s[3], line=1),),
                )
                there = (elsewhere(sa, words_b, x.b), elsewhere(sb, words_a, x.a))
                context = (
                    x.score,
                    np.log1p(len(reps)),
                    core,
                    float(covered),
                    float(extent == "clause"),
                    *((min(there), max(there)) if ELSEWHERE else ()),
                )
                found.append(Candidate(
                    pair.name, pair.series, ta, tb, extent, group, covered, at[extent],
                    as_changed_report(pair, result, ta, tb, **lines),
                    features(sa, sb, ta, tb, context, bigrams), lines,
                ))  # fmt: skip
            group += 1
    return reports, found, rows


Data = dict[str, tuple[Pair, list[Event], list[Candidate]]]
Rows = dict[str, list[tuple[float, ...] | None]]


def gather(split: str) -> tuple[Data, Rows]:
    """Every pair of ``split``: its reports, candidates and report features."""
    bigrams = lexicon_bigrams()
    data: Data = {}
    rows: Rows = {}
    for pair in load_pairs(split=split):
        reports, cands, report_rows = pair_candidates(pair, bigrams)
        data[pair.name] = (pair, reports, cands)
        rows[pair.name] = report_rows
    return data, rows


@dataclass
class Model:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray

    def score(self, rows: Sequence[tuple[float, ...]]) -> np.ndarray:
        if not rows:
            return np.zeros(0)
        x = (np.array(rows) - self.mean) / self.scale
        x[:, 0] = 1.0
        return 1 / (1 + np.exp(-x @ self.weights))


def fit(rows: Sequence[tuple[float, ...]], labels: Sequence[bool], l2: float = L2) -> Model:
    """L2-regularised logistic regression by Newton steps (bias not penalised)."""
    x = np.array(rows, dtype=float)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    mean[0], scale[0] = 0.0, 1.0
    scale[scale == 0] = 1.0
    x = (x - mean) / scale
    x[:, 0] = 1.0
    y = np.array(labels, dtype=float)
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Model(mean, scale, w)


def loso_scores(data: Data, l2: float, uncovered: bool) -> dict[int, float]:
    """id(candidate) -> probability from a model fitted without the candidate's series (on the
    candidates no report covers only, with ``uncovered``)."""
    every = [c for _, _, cands in data.values() for c in cands]
    scores: dict[int, float] = {}
    for series in sorted({c.series for c in every}):
        train = [c for c in every if c.series != series and not (uncovered and c.covered)]
        test = [c for c in every if c.series == series]
        if not test:
            continue
        model = fit([c.features for c in train], [c.positive for c in train], l2)
        for c, p in zip(test, model.score([c.features for c in test]), strict=True):
            scores[id(c)] = float(p)
    return scores


def chosen(cands: list[Candidate], scores: dict[int, float], t: float) -> list[Candidate]:
    """The uncovered candidates at or above ``t``, best first, none overlapping a better one on
    either side (a replacement's phrase and clause, two replacements' clauses)."""
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-scores[id(c)], c.spans)):
        if c.covered or scores[id(c)] < t:
            continue
        if not any(_overlap(c.spans, k.spans) for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.spans)


def _overlap(x: tuple[int, int, int, int], y: tuple[int, int, int, int]) -> bool:
    return (x[0] < y[1] and y[0] < x[1]) or (x[2] < y[3] and y[2] < x[3])


def report_figures(data: Data, scores: dict[int, float], t: float | None) -> str:
    totals, added = Totals(), Counter[str]()
    series_gain: dict[str, int] = defaultdict(int)
    series_loss: dict[str, int] = defaultdict(int)
    for pair, reports, cands in data.values():
        extra = [] if t is None else chosen(cands, scores, t)
        added.update(c.what for c in extra)
        made = [Event("changed", c.a_text, c.b_text, **c.lines) for c in extra]
        result = judge(pair, [*reports, *made])
        totals.add(result)
        if t is not None:
            base = judge(pair, reports)
            series_gain[pair.series] += len(result.found) - len(base.found)
            series_loss[pair.series] += _bad(result) - _bad(base)
            if SHOW:
                for c in extra:
                    print(
                        f"    [{c.what}] {pair.name}: {c.a_text!r} -> {c.b_text!r} ({scores[id(c)]:.2f})"
                    )
    fig = totals.figures()
    reported = sum(totals.reported.values())
    line = (
        f"changed found {fig['changed_found']:.1%} ({totals.recalled['changed']}/{totals.expected['changed']}), "
        f"noise {fig['noise_share']:.1%} ({totals.noise}/{reported}), fates right {fig['fates_right']:.1%}"
    )
    if t is not None:
        helped = sorted(s for s, n in series_gain.items() if n > 0)
        hurt = sorted(s for s, n in series_loss.items() if n > 0 and series_gain[s] <= 0)
        line += (f"; added {sum(added.values())} ({dict(sorted(added.items()))}); series helped "
                 f"{len(helped)} {helped}, only hurt (noise or wrong fate) {len(hurt)}")  # fmt: skip
    return line


def _bad(result: PairResult) -> int:
    """Noise and wrong fates of a pair (a repeat that agrees with its event is neither)."""
    return sum(verdict(j) in ("noise", "wrong fate") for j in result.judged)


def cv_table(data: Data, scores: dict[int, float]) -> None:
    every = [c for _, _, cands in data.values() for c in cands]
    for subset, pool in (("all", every), ("uncovered", [c for c in every if not c.covered])):
        positives = sum(c.positive for c in pool)
        pos = [scores[id(c)] for c in pool if c.positive]
        neg = [scores[id(c)] for c in pool if not c.positive]
        auc = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / max(1, len(pos) * len(neg))
        print(f"\nAUC {auc:.3f}", end="")
        print(
            f"\nCV (leave one series out), {subset} candidates: {len(pool)}, positives {positives}"
        )
        print("threshold\tflagged\tright\tprecision\trecall")
        for t in THRESHOLDS:
            flagged = [c for c in pool if scores[id(c)] >= t]
            right = sum(c.positive for c in flagged)
            precision = right / len(flagged) if flagged else 0.0
            print(f"{t}\t{len(flagged)}\t{right}\t{precision:.0%}\t{right / max(1, positives):.0%}")


def status_auc(data: Data, l2: float) -> None:
    """Among the candidates that match a hand-listed event, how well the features tell a changed
    one from the other statuses (leave one series out)."""
    events = [c for _, _, cands in data.values() for c in cands if c.what != "no event (noise)"]
    changed = [c.what.startswith("right") for c in events]
    scores: dict[int, float] = {}
    for held in sorted({c.series for c in events}):
        train = [(c, y) for c, y in zip(events, changed, strict=True) if c.series != held]
        test = [c for c in events if c.series == held]
        model = fit([c.features for c, _ in train], [y for _, y in train], l2)
        for c, p in zip(test, model.score([c.features for c in test]), strict=True):
            scores[id(c)] = float(p)
    for subset in ("all", "uncovered"):
        pool = [
            (c, y) for c, y in zip(events, changed, strict=True) if subset == "all" or not c.covered
        ]
        pos = [scores[id(c)] for c, y in pool if y]
        neg = [scores[id(c)] for c, y in pool if not y]
        auc = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / max(1, len(pos) * len(neg))
        print(
            f"changed against another status, {subset} event candidates ({len(pos)} / {len(neg)}): CV AUC {auc:.3f}"
        )
    for name in ("core share", "kept content share", "ratio", "head kept"):
        k = NAMES.index(name)
        pos = [c.features[k] for c, y in zip(events, changed, strict=True) if y]
        neg = [c.features[k] for c, y in zip(events, changed, strict=True) if not y]
        auc = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / max(1, len(pos) * len(neg))
        print(f"  the feature {name!r} alone (all event candidates): AUC {auc:.3f}")


def two_stage(data: Data, chosen_names: Sequence[str], l2: float) -> None:
    """Score = formula-ness (label "any event", L2 10) × the chance that an event is a change,
    from a small model of ``chosen_names`` (the features named so, and their squares) fitted on
    the event candidates; both leave one series out. Prints the dev figures as item 3 does."""
    global ANY_EVENT
    names = (*NAMES, *(ELSEWHERE_FEATURES if ELSEWHERE else ()))
    picked = [names.index(n) for n in chosen_names]

    def row(c: Candidate) -> tuple[float, ...]:
        values = [c.features[i] for i in picked]
        return (1.0, *values, *(v * v for v in values))

    every = [c for _, _, cands in data.values() for c in cands]
    events = [c for c in every if c.what != "no event (noise)"]
    change: dict[int, float] = {}
    for held in sorted({c.series for c in every}):
        train = [c for c in events if c.series != held]
        model = fit([row(c) for c in train], [c.what.startswith("right") for c in train], l2)
        test = [c for c in every if c.series == held]
        for c, p in zip(test, model.score([row(c) for c in test]), strict=True):
            change[id(c)] = float(p)
    ANY_EVENT, was = True, ANY_EVENT
    formula = loso_scores(data, 10.0, uncovered=False)
    ANY_EVENT = was
    scores = {id(c): formula[id(c)] * change[id(c)] for c in every}
    pos = [change[id(c)] for c in events if c.what.startswith("right")]
    neg = [change[id(c)] for c in events if not c.what.startswith("right")]
    auc = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / max(1, len(pos) * len(neg))
    print(
        f"\ntwo stages, status from {', '.join(chosen_names)} (and squares): status AUC {auc:.3f}"
    )
    for t in (0.2, 0.3, 0.4, 0.5):
        print(f"  >= {t}: {report_figures(data, scores, t)}")


def report_labels(data: Data, rows: Rows) -> list[tuple[str, int, tuple[float, ...], bool]]:
    """(pair, report number, features, a formula: not noise) for every report with features."""
    found = []
    for name, (pair, reports, _) in data.items():
        for number, (row, j) in enumerate(
            zip(rows[name], judge(pair, reports).judged, strict=True)
        ):
            if row is not None:
                found.append((name, number, row, not j.noise))
    return found


def filtered_figures(data: Data, kept_below: dict[tuple[str, int], float], t: float) -> str:
    """The figures with every report scoring under ``t`` left out."""
    totals, gone = Totals(), Counter[str]()
    for name, (pair, reports, _) in data.items():
        keep = [r for n, r in enumerate(reports) if kept_below.get((name, n), 1.0) >= t]
        before = {id(j.report): j for j in judge(pair, reports).judged}
        for n, r in enumerate(reports):
            if kept_below.get((name, n), 1.0) < t:
                j = before[id(r)]
                gone[verdict(j)] += 1
        totals.add(judge(pair, keep))
    fig = totals.figures()
    return (
        f"changed found {fig['changed_found']:.1%} ({totals.recalled['changed']}/{totals.expected['changed']}), "
        f"noise {fig['noise_share']:.1%} ({totals.noise}/{sum(totals.reported.values())}), "
        f"fates right {fig['fates_right']:.1%}, events found {sum(totals.recalled.values())}; "
        f"left out {dict(sorted(gone.items()))}"
    )  # fmt: skip


PHRASE = 1 + 2 * len(FEATURES)
"""The phrase features (bias, mean and difference of the two sides) that a candidate and a
report share."""


def report_filter(data: Data, rows: Rows, l2: float, transfer: bool) -> Model:
    """Leave-one-series-out: score each report's formula-ness, leave out the lowest. Fitted on
    the reports' own noise labels, or (``transfer``) on the replacement candidates' phrase
    features labelled by whether they match a hand-listed event of any status."""
    labelled = report_labels(data, rows)
    series = {name: pair.series for name, (pair, _, _) in data.items()}
    every = [c for _, _, cands in data.values() for c in cands]
    scores: dict[tuple[str, int], float] = {}
    for held in sorted(set(series.values())):
        if transfer:
            pool = [c for c in every if c.series != held]
            model = fit(
                [c.features[:PHRASE] for c in pool],
                [c.what != "no event (noise)" for c in pool],
                l2,
            )
        else:
            train = [r for r in labelled if series[r[0]] != held]
            model = fit([r[2] for r in train], [r[3] for r in train], l2)
        test = [r for r in labelled if series[r[0]] == held]
        cut = PHRASE if transfer else None
        for r, p in zip(test, model.score([r[2][:cut] for r in test]), strict=True):
            scores[(r[0], r[1])] = float(p)
    pos = [scores[(r[0], r[1])] for r in labelled if r[3]]
    neg = [scores[(r[0], r[1])] for r in labelled if not r[3]]
    auc = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / max(1, len(pos) * len(neg))
    print(
        f"\n{'transferred' if transfer else 'own labels'}: the tool's reports as candidates: {len(labelled)}, noise {len(neg)}; CV AUC {auc:.3f}"
    )
    print(f"  tool alone: {filtered_figures(data, scores, 0.0)}")
    for t in (0.05, 0.1, 0.2, 0.3, 0.4, 0.5):
        print(f"  reports under {t} left out: {filtered_figures(data, scores, t)}")
    if transfer:
        return fit(
            [c.features[:PHRASE] for c in every], [c.what != "no event (noise)" for c in every], l2
        )
    return fit([r[2] for r in labelled], [r[3] for r in labelled], l2)


def final(split: str, model: Model, report_model: Model, thresholds: list[float]) -> None:
    """Held-out or fresh, read once: both uses of models fitted on all dev."""
    held, rows = gather(split)
    scores = {
        id(c): float(p)
        for _, _, cands in held.values()
        for c, p in zip(cands, model.score([c.features for c in cands]), strict=True)
    }
    print(f"\n{split}: tool alone: {report_figures(held, scores, None)}")
    for t in thresholds:
        print(f"  changed added at >= {t}: {report_figures(held, scores, t)}")
    labelled = report_labels(held, rows)
    cut = len(report_model.weights)
    kept = {
        (r[0], r[1]): float(p)
        for r, p in zip(labelled, report_model.score([r[2][:cut] for r in labelled]), strict=True)
    }
    for t in (0.05, 0.1):
        print(f"  reports under {t} left out: {filtered_figures(held, kept, t)}")


def main(argv: list[str] | None = None) -> int:
    global SHOW, ANY_EVENT, ELSEWHERE
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--uncovered", action="store_true", help="fit on uncovered candidates only")
    parser.add_argument("--any-event", action="store_true", help="positive: matches any event")
    parser.add_argument("--elsewhere", action="store_true", help="add the found-elsewhere features")
    parser.add_argument("--two-stage", help="comma-separated feature names for the status model")
    parser.add_argument("--show", type=float, help="list the reports added at this threshold")
    parser.add_argument("--final", action="store_true", help="also held-out and fresh, once")
    parser.add_argument("--thresholds", default="0.5,0.7", help="for --final")
    args = parser.parse_args(argv)
    ANY_EVENT, ELSEWHERE = args.any_event, args.elsewhere
    data, rows = gather("dev")
    every = [c for _, _, cands in data.values() for c in cands]
    print(f"dev: {len(data)} pairs, {len({c.series for c in every})} series, {len(every)} candidates "
          f"({sum(c.extent == 'phrase' for c in every)} phrases), {sum(c.positive for c in every)} positive; "
          f"covered by a report {sum(c.covered for c in every)} ({sum(c.positive and c.covered for c in every)} positive)")  # fmt: skip
    print(
        "by extent, cover and label:",
        dict(sorted(Counter((c.extent, c.covered, c.what) for c in every).items())),
    )
    scores = loso_scores(data, args.l2, args.uncovered)
    cv_table(data, scores)
    print(
        "\ndev with the uncovered candidates at or above a threshold added as changed (CV scores):"
    )
    print(f"  tool alone: {report_figures(data, scores, None)}")
    for t in THRESHOLDS:
        print(f"  >= {t}: {report_figures(data, scores, t)}")
    if args.show is not None:
        SHOW = True
        report_figures(data, scores, args.show)
        SHOW = False
    pool = [c for c in every if not (args.uncovered and c.covered)]
    model = fit([c.features for c in pool], [c.positive for c in pool], args.l2)
    print("\ncoefficients (standardised features, all dev):")
    names = (*NAMES, *(ELSEWHERE_FEATURES if ELSEWHERE else ()))
    for name, w in sorted(zip(names, model.weights, strict=True), key=lambda p: -abs(p[1])):
        print(f"  {w:+.2f}  {name}")
    print()
    status_auc(data, args.l2)
    if args.two_stage:
        two_stage(data, args.two_stage.split(","), args.l2)
    report_filter(data, rows, args.l2, transfer=False)
    report_model = report_filter(data, rows, args.l2, transfer=True)
    if args.final:
        for split in ("heldout", "fresh"):
            final(split, model, report_model, [float(v) for v in args.thresholds.split(",")])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
