"""The other half of a change, studied: can a model tell, among the phrases of unpaired sentences
and of the replaced parts of changed pairs that no report covers, the ones an analyst lists
(lm2, issue 10 point 3)?

    python benchmarks/detect_model.py [--cache FILE] [--fresh] [--label half|any]
                                      [--thresholds 0.3,0.5] [--links none,0.3,0.5] [--lang en]

lm1 (``link_model.py``) found the link decision learnable once both halves are reported, and
the tool not reporting the other half of most changes. This script measures the recall side.

**Candidates.** On every dev pair (the young ones marked as ``score_formulas.py --split
young``) and every pair of the outside set's tuning part, the default run of compare(): each
clause of each unpaired sentence (a sentence cut at its language's clause marks,
``languages.*.clauses``; English and the rest at ``,;:`` and dashes), each clause of an aligned
changed pair that the other side does not say word for word, and each replaced phrase of an
aligned changed pair (``wording.replacements``, one side at a time) — every one that no report
of the tool touches on its side. A candidate of A is a would-be *dropped* report, one of B a
would-be *appeared* report. **Labels** (``formula_eval``'s headline matching, the line read as
``score_formulas.lines_at`` gives it): ``half`` — its wording matches its side of a hand-listed
*changed* event; ``any`` — it matches its side of any hand-listed event; ``one`` — of an event
of its own status (a right dropped/appeared report as it stands).

**Features** name no word: length (log units), stop-word and stock-word shares, digit and
capital shares, place in its sentence (first clause, last clause, relative start), the clause
count of the sentence, the sentence's length and place in the readout, whether the sentence is
unpaired, whether the candidate is a replaced phrase, the aligned pair's score, the share of its
stems the other readout says anywhere and in the aligned partner, whether the built-in lexicon
or the background knows a stem bigram of it, whether the tool reports something else in the
sentence, how many candidates the sentence gives, Chinese, Russian.

**Model**: ``link_model.fit`` (L2 logistic regression), dev scored leave-one-series-out,
tuning by the model trained on all dev: AUC, precision and recall. **Pipeline**: the
candidates at or above a threshold (best first, none overlapping a better one on its side) are
added as one-sided reports; then lm1's linker (one-sided model, no cosine, trained on lm1's
cached default-run dev candidates, leave-one-series-out for dev) links dropped and appeared
reports at or above a link threshold (greedy, best first). The pair is judged again
(``formula_eval.judge``): noise, right fates, changed found and their net (right + found −
noise) for young dev, older dev and tuning, with the distinct series gaining and losing.
``--own-linker``: the linker is trained instead on the one-sided reports *and* the candidates
at each detection threshold (lm1's features, label ``as_changed_report``, leave-one-series-out).

``--blind`` (lm3): the two settings lm2 named (:data:`SETTINGS`), pre-registered in
benchmarks/README.md's lm3 section, run once on the aside pairs (:data:`ASIDE`: held-out and
fresh of eval/formulas, the outside set's aside part; their candidates cached beside
``--cache``), the detector and the linker (no cosine; candidates cached as
``link_model_nocosine.json`` beside ``--link-cache``) trained on all dev and tuning pairs; the
figures pooled, per part and per language, and lm3's bar (:func:`verdict`).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
from collections import Counter
from collections.abc import Sequence
from fractions import Fraction
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
from fate_classes import places
from formula_eval import (
    EVAL_DIR,
    Event,
    Pair,
    as_changed_report,
    event_score,
    fold,
    judge,
    language_of,
    load_pairs,
)
from link_model import (
    FEATURES as LINK_FEATURES,
)
from link_model import (
    Half,
    auc,
    bigrams,
    fit,
    gathered,
    link_row,
    predict,
    rewritten,
    stems,
)
from score_formulas import lines_at, report_of

from readoutdiff import compare, load
from readoutdiff.formulas.lexicon import background
from readoutdiff.formulas.lexicon.lexicon import builtin
from readoutdiff.formulas.words import wording
from readoutdiff.formulas.words.phrases import STOCK, readout_words
from readoutdiff.formulas.words.roles import STOP_WORDS
from readoutdiff.languages import language
from readoutdiff.model import Readout, Sentence, Span

NEW_GROUPS = {
    "slot": ("head kept", "head refilled", "tail kept", "tail refilled"),
    "speaker": ("opener shared",),
    "context": ("context share", "context trigrams", "context partner open"),
    "rivals": (
        "rival stem share",
        "rival trigrams",
        "rival edge",
        "log rivals in place",
        "nearest open distance",
        "rival in place stem share",
        "rival in place trigrams",
        "rival near stem share",
    ),
}
"""lm4's features by what they read (:func:`slot_features`)."""
NEW = tuple(name for names in NEW_GROUPS.values() for name in names)
"""lm4's features: the slot the wording fills, the speaker, the context and the other side's
unreported wordings (:func:`slot_features`)."""
FEATURES = (
    "log units",
    "stop share",
    "stock share",
    "digit share",
    "capital share",
    "first clause",
    "last clause",
    "relative start",
    "log clauses",
    "log sentence units",
    "sentence place",
    "unpaired",
    "replaced phrase",
    "pair score",
    "said elsewhere",
    "said in partner",
    "lexicon bigram",
    "reported in sentence",
    "log crowd",
    "chinese",
    "russian",
    *NEW,
)
FACTORED = "any*half"
"""lm4's label: a half of a change scored as P(any) × P(half | any) (:func:`score`)."""
_MARKS = frozenset(",;:—–()")
_DIGIT = re.compile(r"\d")


def lexicon_bigrams() -> frozenset[tuple[str, str]]:
    """Stem bigrams (``link_model.stems``) of every wording of the built-in lexicon and the
    background, in every language they list."""
    found: set[tuple[str, str]] = set()
    for entry in (*builtin().entries, *background.entries()):
        for text in (entry.text, *entry.variants, *entry.zh, *getattr(entry, "ru", ())):
            found |= bigrams(stems(text))
    return frozenset(found)


def clauses(readout: Readout, sentence: Sentence) -> list[tuple[int, int]]:
    """(start, end) of the clauses of ``sentence``: cut at its language's clause marks, with no
    space or mark at either edge; a piece with no letter is none."""
    rule = language(readout.language).clauses
    marks = rule.marks if rule is not None else _MARKS
    text, start, end = readout.text, sentence.span.start, sentence.span.end
    cuts = [k for k in range(start, end) if text[k] in marks and text[k] not in "\r\n"]
    out = []
    for low, high in zip([start, *(k + 1 for k in cuts)], [*cuts, end], strict=True):
        while low < high and (text[low].isspace() or text[low] in "\"'“”«»"):
            low += 1
        while high > low and (text[high - 1].isspace() or text[high - 1] in ".。!?！？\"'“”«»"):
            high -= 1
        if any(ch.isalpha() for ch in text[low:high]):
            out.append((low, high))
    return out


def _share(units: Sequence[str], known: set[str]) -> float:
    return sum(u in known for u in units) / len(units) if units else 0.0


def trigrams(text: str, lang: str) -> set[str]:
    """The character trigrams of ``text`` folded, words apart by a space (Chinese run
    together)."""
    joined = ("" if lang == "zh" else " ").join(fold(text))
    return {joined[k : k + 3] for k in range(len(joined) - 2)}


def _dice(x: set[Any], y: set[Any]) -> float:
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def _contained(x: set[Any], y: set[Any]) -> float:
    return len(x & y) / len(x) if x else 0.0


def slot_features(
    readouts: dict[str, Readout],
    candidates: list[dict[str, Any]],
    items: list[dict[str, Any]],
    opened: dict[str, dict[int, bool]],
    lang: str,
    total: int,
) -> list[dict[str, float]]:
    """lm4's features (:data:`NEW`) of each candidate, read off both readouts, the other
    candidates and the tool's one-sided reports (``items``: :func:`collect`'s halves):

    - the slot: the units just before the wording in its sentence (three in Chinese, two
      otherwise) are said on the other side ("head kept"), and there followed by another unit
      than the wording's first ("head refilled"); the same for the units after it ("tail");
    - the speaker: the sentence's first units open a sentence of the other side;
    - the context (the sentence's stems and trigrams without the wording's): the largest share
      of it a sentence of the other side says, whether that sentence is open (unpaired or in a
      changed pair: ``opened``);
    - the rivals (the other side's candidates and one-sided reports): the largest stem share
      and trigram Dice with one, whether one begins or ends with the wording's first or last
      unit(s), how many stand in the wording's place, the distance (alignment order, share of
      the readout) to the nearest open sentence of the other side; the largest stem share and
      trigram Dice with a rival in the wording's own place (the same aligned pair or gap), and
      the largest stem share with one at most two alignments away."""
    k = 3 if lang == "zh" else 2
    follow: dict[str, dict[tuple[str, ...], set[str]]] = {"a": {}, "b": {}}
    precede: dict[str, dict[tuple[str, ...], set[str]]] = {"a": {}, "b": {}}
    openers: dict[str, set[tuple[str, ...]]] = {"a": set(), "b": set()}
    said: dict[str, list[tuple[set[str], set[str], int]]] = {"a": [], "b": []}
    for side, readout in readouts.items():
        for s in readout.sentences:
            u = fold(s.text)
            openers[side].add(u[:k])
            said[side].append((set(stems(s.text)), trigrams(s.text, lang), s.span.start))
            for n in range(len(u) - k + 1):
                gram = u[n : n + k]
                follow[side].setdefault(gram, set()).add(u[n + k] if n + k < len(u) else "")
                precede[side].setdefault(gram, set()).add(u[n - 1] if n else "")
    edge = 2 if lang == "zh" else 1
    rivals: dict[str, list[tuple[set[str], set[str], tuple[str, ...], tuple[str, ...], Any]]]
    rivals = {"a": [], "b": []}
    rival_orders: dict[str, list[int]] = {"a": [], "b": []}
    for h in [*candidates, *items]:
        rival_orders[h["side"]].append(h["order"])
        u = fold(h["text"])
        rivals[h["side"]].append(
            (set(stems(h["text"])), trigrams(h["text"], lang), u[:edge], u[-edge:],
             tuple(h["place"]))
        )  # fmt: skip
    orders = {
        side: sorted(h["order"] for h in [*candidates, *items] if h["side"] == side)
        for side in "ab"
    }
    out = []
    for c in candidates:
        side = c["side"]
        other = "b" if side == "a" else "a"
        readout = readouts[side]
        s_start = c["sentence"]
        sentence = next(s for s in readout.sentences if s.span.start == s_start)
        lo, hi = c["start"], c["end"]
        before = fold(readout.text[s_start:lo])[-k:]
        after = fold(readout.text[hi : sentence.span.end])[:k]
        own_units = fold(c["text"])
        head = follow[other].get(before) if len(before) == k else None
        tail = precede[other].get(after) if len(after) == k else None
        own = set(stems(c["text"]))
        context_text = readout.text[s_start:lo] + " " + readout.text[hi : sentence.span.end]
        context = set(stems(context_text)) - own
        context_grams = trigrams(context_text, lang)
        best, best_open, best_grams = 0.0, 0.0, 0.0
        for stems_o, grams_o, start_o in said[other]:
            share = _contained(context, stems_o)
            if share > best:
                best, best_open = share, float(opened[other].get(start_o, False))
            best_grams = max(best_grams, _contained(context_grams, grams_o))
        grams = trigrams(c["text"], lang)
        near, near_orders = rivals[other], rival_orders[other]
        place = tuple(c["place"])
        first, last = own_units[:edge], own_units[-edge:]
        gaps = [abs(o - c["order"]) for o in orders[other]]
        out.append({
            "head kept": float(head is not None),
            "head refilled": float(head is not None and bool(own_units)
                                   and own_units[0] not in head),
            "tail kept": float(tail is not None),
            "tail refilled": float(tail is not None and bool(own_units)
                                   and own_units[-1] not in tail),
            "opener shared": float(fold(sentence.text)[:k] in openers[other]),
            "context share": best,
            "context trigrams": best_grams,
            "context partner open": best_open,
            "rival stem share": max((_share(list(own), r[0]) for r in near), default=0.0),
            "rival trigrams": max((_dice(grams, r[1]) for r in near), default=0.0),
            "rival edge": float(any(bool(first) and (r[2] == first or r[3] == last)
                                    for r in near)),
            "log rivals in place": math.log1p(sum(r[4] == place for r in near)),
            "nearest open distance": min(gaps, default=total) / max(1, total),
            "rival in place stem share": max(
                (_share(list(own), r[0]) for r in near if r[4] == place), default=0.0),
            "rival in place trigrams": max(
                (_dice(grams, r[1]) for r in near if r[4] == place), default=0.0),
            "rival near stem share": max(
                (_share(list(own), r[0]) for r, o in zip(near, near_orders, strict=True)
                 if abs(o - c["order"]) <= 2), default=0.0),
        })  # fmt: skip
    return out


def collect(pair: Pair, known: frozenset[tuple[str, str]]) -> dict[str, Any]:
    """The pair's reports, its one-sided items (the tool's dropped and appeared reports, for
    the linker) and its candidates with features and labels."""
    a, b = load(pair.a_path), load(pair.b_path)
    comparison = compare(a, b)
    formulas = list(comparison.formulas)
    reports = [report_of(comparison, f) for f in formulas]
    result = judge(pair, reports)
    lang = language_of(pair)
    readouts = {"a": a, "b": b}
    told: dict[str, list[tuple[int, int]]] = {"a": [], "b": []}
    for f in formulas:
        told["a"] += [(s.start, s.end) for s in f.a_spans]
        told["b"] += [(s.start, s.end) for s in f.b_spans]
    where = {side: places(comparison.alignments, side) for side in ("a", "b")}
    order = {
        side: {
            s.span.start: n for n, al in enumerate(comparison.alignments) for s in getattr(al, side)
        }
        for side in ("a", "b")
    }
    total = max(1, len(comparison.alignments))
    everywhere = {side: set(stems(readouts[side].text)) for side in ("a", "b")}

    def place(side: str, start: int) -> tuple[str, int]:
        return next(((w[0], w[1]) for s, e, w in where[side] if s <= start < e), ("gap", -1))

    def sentence_at(side: str, start: int) -> Sentence | None:
        found = readouts[side].sentences
        return next((s for s in found if s.span.start <= start < s.span.end), None)

    def half(side: str, text: str, start: int) -> dict[str, Any] | None:
        sentence = sentence_at(side, start)
        if sentence is None:
            return None
        return {
            "side": side,
            "text": text,
            "start": start,
            "sentence": sentence.span.start,
            "place": list(place(side, start)),
            "order": order[side].get(sentence.span.start, 0),
        }

    items = []
    for n, f in enumerate(formulas):
        if f.status.value == "dropped" and f.a_text and f.a_spans:
            items.append((n, half("a", f.a_text, f.a_spans[0].start)))
        elif f.status.value == "appeared" and f.b_text and f.b_spans:
            items.append((n, half("b", f.b_text, f.b_spans[0].start)))
    words = {"a": readout_words(a), "b": readout_words(b)}
    raw: list[tuple[str, int, int, bool, float, set[str], Sentence]] = []
    # (side, start, end, replaced phrase, pair score, partner stems, sentence)
    for al in comparison.alignments:
        if not al.a or not al.b:
            side = "a" if al.a else "b"
            for s in getattr(al, side):
                raw += [
                    (side, lo, hi, False, 0.0, set(), s)
                    for lo, hi in clauses(a if side == "a" else b, s)
                ]
            continue
        if al.status.value != "changed":
            continue
        said = {side: " ".join(fold(" ".join(s.text for s in getattr(al, side)))) for side in "ab"}
        partner = {
            "a": set(stems(" ".join(s.text for s in al.b))),
            "b": set(stems(" ".join(s.text for s in al.a))),
        }
        for side, other in (("a", "b"), ("b", "a")):
            for s in getattr(al, side):
                for lo, hi in clauses(readouts[side], s):
                    if " ".join(fold(readouts[side].text[lo:hi])) not in said[other]:
                        raw.append((side, lo, hi, False, al.score, partner[side], s))
        for rep in wording.replacements(al, a, b, words["a"], words["b"]):
            for side, span in (("a", rep.a_span), ("b", rep.b_span)):
                if span is None or span.end <= span.start:
                    continue
                s = sentence_at(side, span.start)
                if s is not None:
                    raw.append((side, span.start, span.end, True, al.score, partner[side], s))
    seen: set[tuple[str, int, int]] = set()
    kept = []
    for c in raw:
        side, lo, hi = c[0], c[1], c[2]
        if (side, lo, hi) in seen or any(x < hi and lo < y for x, y in told[side]):
            continue
        seen.add((side, lo, hi))
        kept.append(c)
    crowd = Counter((c[0], c[6].span.start) for c in kept)
    reported = {
        (side, s.span.start)
        for side in ("a", "b")
        for s in readouts[side].sentences
        if any(s.span.start <= x < s.span.end for x, _ in told[side])
    }
    candidates = []
    for side, lo, hi, phrase, score, near, s in kept:
        readout = readouts[side]
        text = readout.text[lo:hi]
        units = fold(text)
        own = stems(text)
        pieces = clauses(readout, s)
        at = [n for n, (x, y) in enumerate(pieces) if x <= lo < y or lo <= x < hi]
        status = "dropped" if side == "a" else "appeared"
        spans = (Span(start=lo, end=hi, line=1),)
        lines = lines_at(a, b, spans, ()) if side == "a" else lines_at(a, b, (), spans)
        made = Event(
            status, text if side == "a" else None, text if side == "b" else None,
            a_line=lines["a_line"], b_line=lines["b_line"],
        )  # fmt: skip
        best = max(pair.events, key=lambda e: event_score(made, e), default=None)
        matched = best is not None and event_score(made, best) > 0
        top = best if matched else None
        missed = top is not None and pair.events.index(top) not in result.found
        sentence_units = len(fold(s.text)) or 1
        x = {
            "log units": math.log1p(len(units)),
            "stop share": _share(units, set(STOP_WORDS)),
            "stock share": _share(own, {w[:5] for w in STOCK}),
            "digit share": len(_DIGIT.findall(text)) / max(1, len(text)),
            "capital share": sum(w[:1].isupper() for w in text.split()[1:])
            / max(1, len(text.split()) - 1),
            "first clause": float(bool(at) and at[0] == 0),
            "last clause": float(bool(at) and at[-1] == len(pieces) - 1),
            "relative start": (lo - s.span.start) / max(1, s.span.end - s.span.start),
            "log clauses": math.log1p(len(pieces)),
            "log sentence units": math.log1p(sentence_units),
            "sentence place": s.index / max(1, len(readout.sentences)),
            "unpaired": float(place(side, lo)[0] == "gap"),
            "replaced phrase": float(phrase),
            "pair score": score,
            "said elsewhere": _share(own, everywhere["b" if side == "a" else "a"]),
            "said in partner": _share(own, near),
            "lexicon bigram": float(bool(bigrams(own) & known)),
            "reported in sentence": float((side, s.span.start) in reported),
            "log crowd": math.log1p(crowd[(side, s.span.start)]),
            "chinese": float(lang == "zh"),
            "russian": float(lang == "ru"),
        }
        candidates.append(
            {
                **(half(side, text, lo) or {}),
                "end": hi,
                "lines": lines,
                "half": int(top is not None and top.status == "changed"),
                "any": int(top is not None),
                "one": int(top is not None and top.status == status),
                "missed": int(missed),
                "event": pair.events.index(top) if top is not None else -1,
                "x": x,
            }
        )
    opened = {
        side: {s.span.start: al.status.value != "unchanged" for al in comparison.alignments
               for s in getattr(al, side)}
        for side in "ab"
    }  # fmt: skip
    halves = [h for _, h in items if h is not None]
    for made_x, more in zip(
        candidates, slot_features(readouts, candidates, halves, opened, lang, total), strict=True
    ):
        made_x["x"] = [{**made_x["x"], **more}[k] for k in FEATURES]
    return {
        "name": pair.name,
        "series": pair.series,
        "lang": lang,
        "total": total,
        "reports": [[r.status, r.a, r.b, r.a_line, r.b_line] for r in reports],
        "items": [[n, h] for n, h in items if h is not None],
        "sentences": {
            side: {str(s.span.start): s.text for s in readouts[side].sentences} for side in "ab"
        },
        "candidates": candidates,
    }


def gather(cache: Path, fresh: bool) -> dict[str, list[dict[str, Any]]]:
    """Every dev and tuning pair's candidates, from ``cache`` unless ``fresh``."""
    known = lexicon_bigrams()
    return gathered(cache, fresh, lambda pair: collect(pair, known))


def matrix(
    entries: list[dict[str, Any]], label: str, columns: Sequence[int] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The features (``columns`` of :data:`FEATURES`, all by default) and labels of every
    candidate of ``entries``."""
    rows = [c for e in entries for c in e["candidates"]]
    x = np.array([c["x"] for c in rows], dtype=float).reshape(len(rows), len(FEATURES))
    if columns is not None:
        x = x[:, list(columns)]
    return x, np.array([c[label] for c in rows], dtype=float)


def score(
    train: list[dict[str, Any]], target: list[dict[str, Any]], label: str,
    columns: Sequence[int] | None = None,
) -> Any:  # fmt: skip
    """Give every candidate of ``target`` its score (``c["p"]``) by a model trained on
    ``train`` (features ``columns``, all by default); return the model. The label
    :data:`FACTORED` (lm4) scores a half of a change as P(any) × P(half | any): a model of
    ``any`` on every candidate times one of ``half`` on the candidates matching a hand event
    (the second model is returned)."""
    if label == FACTORED:
        x, y_any = matrix(train, "any", columns)
        _, y_half = matrix(train, "half", columns)
        inside = y_any == 1
        first, model = fit(x, y_any), fit(x[inside], y_half[inside])
        x_in, _ = matrix(target, "any", columns)
        scores = predict(first, x_in) * predict(model, x_in) if len(x_in) else np.zeros(0)
    else:
        x, y = matrix(train, label, columns)
        model = fit(x, y)
        x_in, _ = matrix(target, label, columns)
        scores = predict(model, x_in) if len(x_in) else np.zeros(0)
    for c, p in zip((c for e in target for c in e["candidates"]), scores, strict=True):
        c["p"] = float(p)
    return model


def loso(dev: list[dict[str, Any]], label: str, columns: Sequence[int] | None = None) -> None:
    for series in sorted({e["series"] for e in dev}):
        inside = [e for e in dev if e["series"] == series]
        score([e for e in dev if e["series"] != series], inside, label, columns)


def linker(link_cache: Path, dev: list[dict[str, Any]]) -> dict[str, Any]:
    """lm1's one-sided link model (no cosine) for each dev series (trained without it) and for
    the tuning part (``"*"``: trained on all dev), from ``link_model.py``'s cached default run."""
    from link_model import matrix as link_matrix

    cached = json.loads(link_cache.read_text(encoding="utf-8"))["dev"]
    columns = [k for k, n in enumerate(LINK_FEATURES) if n != "cosine"]
    models: dict[str, Any] = {}
    for series in sorted({e["series"] for e in dev}) + ["*"]:
        x, y = link_matrix([e for e in cached if e["series"] != series], columns, False)
        models[series] = fit(x, y)
    models["columns"] = columns
    return models


def _sentence(entry: dict[str, Any], h: dict[str, Any]) -> Sentence:
    text = entry["sentences"][h["side"]][str(h["sentence"])]
    span = Span(start=h["sentence"], end=h["sentence"] + len(text), line=1)
    return Sentence(index=0, span=span, text=text, folded="")


def added_halves(
    entry: dict[str, Any], detect_at: float
) -> tuple[list[Event], list[tuple[Event, dict[str, Any]]], list[tuple[Event, dict[str, Any]]]]:
    """(the pair's two-sided reports, then A's and B's one-sided reports: the tool's and the
    candidates scoring at or above ``detect_at``, best first, none overlapping a better one on
    its side)."""
    reports = [Event(s, a, b, a_line=al, b_line=bl) for s, a, b, al, bl in entry["reports"]]
    taken: dict[str, list[tuple[int, int]]] = {"a": [], "b": []}
    added: list[dict[str, Any]] = []
    for c in sorted(entry["candidates"], key=lambda c: (-c["p"], c["side"], c["start"])):
        if c["p"] < detect_at:
            break
        if any(x < c["end"] and c["start"] < y for x, y in taken[c["side"]]):
            continue
        taken[c["side"]].append((c["start"], c["end"]))
        added.append(c)
    halves: list[tuple[Event, dict[str, Any]]] = [(reports[n], h) for n, h in entry["items"]]
    for c in added:
        a_text = c["text"] if c["side"] == "a" else None
        b_text = c["text"] if c["side"] == "b" else None
        status = "dropped" if c["side"] == "a" else "appeared"
        halves.append((Event(status, a_text, b_text, **c["lines"]), c))
    tool_one_sided = {n for n, _ in entry["items"]}
    out = [r for n, r in enumerate(reports) if n not in tool_one_sided]
    left = [(r, h) for r, h in halves if h["side"] == "a"]
    right = [(r, h) for r, h in halves if h["side"] == "b"]
    return out, left, right


def link_rows(
    entry: dict[str, Any],
    left: list[tuple[Event, dict[str, Any]]],
    right: list[tuple[Event, dict[str, Any]]],
) -> tuple[list[dict[str, float]], list[tuple[int, int]]]:
    """lm1's link features of every (A's, B's) one-sided report pair, and their indexes."""
    spots = Counter((h["side"], tuple(h["place"])) for _, h in [*left, *right])
    rows, index = [], []
    for i, (_, ha) in enumerate(left):
        for j, (_, hb) in enumerate(right):
            one = Half(
                ha["text"], ha["start"], _sentence(entry, ha), tuple(ha["place"]), ha["order"]
            )
            two = Half(
                hb["text"], hb["start"], _sentence(entry, hb), tuple(hb["place"]), hb["order"]
            )
            crowd = spots[("a", tuple(ha["place"]))] + spots[("b", tuple(hb["place"]))]
            rows.append(link_row(one, two, entry["lang"], entry["total"], crowd, False))
            index.append((i, j))
    best_i: dict[int, float] = {}
    best_j: dict[int, float] = {}
    for (i, j), f in zip(index, rows, strict=True):
        best_i[i] = max(best_i.get(i, -1.0), f["stem share"])
        best_j[j] = max(best_j.get(j, -1.0), f["stem share"])
    for (i, j), f in zip(index, rows, strict=True):
        top = f["stem share"]
        f["mutual best"] = float(top > 0 and top == best_i[i] == best_j[j])
    return rows, index


def applied(
    entry: dict[str, Any], detect_at: float, link_at: float | None, models: dict[str, Any],
    model_key: str, only_linked: bool = False,
) -> list[Event]:  # fmt: skip
    """The pair's reports with the candidates scoring at or above ``detect_at`` added as
    one-sided reports (:func:`added_halves`), then the one-sided reports linked by the link
    model ``models[model_key]`` at or above ``link_at`` (None: no link); ``only_linked``: an
    added candidate is kept only when it is linked."""
    out, left, right = added_halves(entry, detect_at)
    if link_at is None:
        return out + [r for r, _ in left + right]
    rows, index = link_rows(entry, left, right)
    columns = models["columns"]
    x = np.array([[f[LINK_FEATURES[k]] for k in columns] for f in rows], dtype=float)
    # a series with no candidate pair to train on has the model of all dev
    model = models[model_key if model_key in models else "*"]
    p = predict(model, x.reshape(len(rows), len(columns))) if rows else np.zeros(0)
    gone: set[tuple[str, int]] = set()
    for (i, j), q in sorted(zip(index, p, strict=True), key=lambda t: (-t[1], t[0])):
        if q < link_at:
            break
        if ("a", i) in gone or ("b", j) in gone:
            continue
        gone |= {("a", i), ("b", j)}
        ra, rb = left[i][0], right[j][0]
        out.append(Event("changed", ra.a, rb.b, a_line=ra.a_line, b_line=rb.b_line))
    for side, halves_of in (("a", left), ("b", right)):
        for i, (r, h) in enumerate(halves_of):
            if (side, i) not in gone and not (only_linked and "end" in h):
                out.append(r)
    return out


def own_linker(
    dev: list[dict[str, Any]], pairs: dict[str, Pair], detect_at: float
) -> dict[str, Any]:
    """A linker trained on the one-sided reports *with the detector's candidates* at or above
    ``detect_at`` (label: the two wordings are right as one changed report, ``as_changed_report``)
    of each dev series but one, and one on all dev (``"*"``); lm1's features, no cosine."""
    columns = [k for k, n in enumerate(LINK_FEATURES) if n != "cosine"]
    rows_of: dict[str, list[list[float]]] = {}
    labels_of: dict[str, list[int]] = {}
    for entry in dev:
        pair = pairs[entry["name"]]
        base = [Event(s, a, b, a_line=al, b_line=bl) for s, a, b, al, bl in entry["reports"]]
        result = judge(pair, base)
        _, left, right = added_halves(entry, detect_at)
        rows, index = link_rows(entry, left, right)
        for (i, j), f in zip(index, rows, strict=True):
            ra, rb = left[i][0], right[j][0]
            made = as_changed_report(pair, result, ra.a or "", rb.b or "", ra.a_line, rb.b_line)
            rows_of.setdefault(entry["series"], []).append([f[LINK_FEATURES[k]] for k in columns])
            labels_of.setdefault(entry["series"], []).append(int(made.startswith("right")))
    models: dict[str, Any] = {"columns": columns}
    for series in [*sorted(rows_of), "*"]:
        x = [r for s, rows in rows_of.items() if s != series for r in rows]
        y = [v for s, vs in labels_of.items() if s != series for v in vs]
        models[series] = fit(np.array(x, dtype=float), np.array(y, dtype=float))
    return models


def simulate(
    entries: list[dict[str, Any]], pairs: dict[str, Pair], detect_at: float,
    link_at: float | None, models: dict[str, Any], tuning: bool, only_linked: bool = False,
) -> tuple[tuple[int, ...], tuple[int, ...], Counter[str], Counter[str]]:  # fmt: skip
    """(before, after figures, net gain by series, net loss by series)."""
    return rewritten(
        entries,
        pairs,
        lambda entry: applied(
            entry, detect_at, link_at, models, "*" if tuning else entry["series"], only_linked
        ),
    )


def ceiling(entries: list[dict[str, Any]], pairs: dict[str, Pair]) -> tuple[int, int, int]:
    """(changed events missed today, of them with a candidate matching one side, both sides
    matched by a candidate or a one-sided report of the tool)."""
    missed = one = both = 0
    for entry in entries:
        pair = pairs[entry["name"]]
        reports = [Event(s, a, b, a_line=al, b_line=bl) for s, a, b, al, bl in entry["reports"]]
        found = judge(pair, reports).found
        for i, e in enumerate(pair.events):
            if e.status != "changed" or i in found:
                continue
            missed += 1
            sides = {c["side"] for c in entry["candidates"] if c["event"] == i}
            one += bool(sides)
            for n, h in entry["items"]:
                r = reports[n]
                if event_score(r, e) > 0:
                    sides.add(h["side"])
            both += sides == {"a", "b"}
    return missed, one, both


ASIDE = (
    ("held-out", EVAL_DIR, "heldout"),
    ("fresh", EVAL_DIR, "fresh"),
    ("outside aside", EVAL_DIR.parent / "outside", "heldout"),
)
"""The aside pairs of ``--blind``: (part, set folder, split)."""
SETTINGS = (("A", "any", 0.9, 0.5), ("B", "half", 0.3, 0.5))
"""lm3's pre-registered settings (name, detector label, detect at, only-linked at)."""


def aside_pairs() -> dict[str, tuple[str, Pair]]:
    """Every aside pair by name: (its part, the pair)."""
    return {p.name: (part, p) for part, folder, split in ASIDE for p in load_pairs(folder, split)}


def gather_aside(cache: Path, fresh: bool) -> list[dict[str, Any]]:
    """Every aside pair's candidates (:func:`collect`, marked with part and language), from
    ``cache`` unless ``fresh``."""
    if cache.exists() and not fresh:
        data: list[dict[str, Any]] = json.loads(cache.read_text(encoding="utf-8"))
        return data
    known = lexicon_bigrams()
    out = []
    for part, pair in aside_pairs().values():
        entry = collect(pair, known)
        entry.update(part=part, lang=language_of(pair), young=False)
        out.append(entry)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return out


def trained_linker(link_cache: Path, train: set[str]) -> dict[str, Any]:
    """lm1's one-sided link model (no cosine) trained on the one-sided candidates of the pairs
    named in ``train``, from ``link_model.py``'s candidates without cosine (``link_cache``,
    gathered when missing); as ``models["*"]``."""
    from link_model import collect as link_collect
    from link_model import matrix as link_matrix

    data = gathered(link_cache, False, lambda pair: link_collect(pair, False))
    entries = [e for part in ("dev", "tuning") for e in data[part] if e["name"] in train]
    columns = [k for k, n in enumerate(LINK_FEATURES) if n != "cosine"]
    x, y = link_matrix(entries, columns, False)
    return {"*": fit(x, y), "columns": columns}


def verdict(f1: Sequence[int], f2: Sequence[int], gains: int, losses: int) -> list[bool]:
    """lm3's bar: changed found rises; noise share rises by < 0.3 points; fates right share
    does not fall; more series gain than lose."""
    noise = 100 * (Fraction(f2[0], max(1, f2[1])) - Fraction(f1[0], max(1, f1[1])))
    fates = Fraction(f2[2], max(1, f2[1] - f2[0])) - Fraction(f1[2], max(1, f1[1] - f1[0]))
    return [f2[3] > f1[3], noise < Fraction(3, 10), fates >= 0, gains > losses]


def _blind_applied(
    entry: dict[str, Any], detect_at: float, link_at: float, models: dict[str, Any]
) -> list[Event]:
    return applied(entry, detect_at, link_at, models, "*", True)


def blind(args: argparse.Namespace) -> int:
    """lm3's one run on the aside pairs of each pre-registered setting (:data:`SETTINGS`),
    trained on all dev and tuning."""
    data = gather(args.cache, False)
    train = data["dev"] + data["tuning"]
    models = trained_linker(args.link_cache.with_name("link_model_nocosine.json"),
                            {e["name"] for e in train})  # fmt: skip
    aside = gather_aside(args.cache.with_name("detect_model_aside.json"), args.fresh)
    pairs = {name: pair for name, (_, pair) in aside_pairs().items()}
    groups: list[tuple[str, list[dict[str, Any]]]] = [("all aside", aside)]
    groups += [(part, [e for e in aside if e["part"] == part]) for part, _, _ in ASIDE]
    groups += [(lang, [e for e in aside if e["lang"] == lang]) for lang in ("en", "zh", "ru")]
    print(f"trained on {len(data['dev'])} dev + {len(data['tuning'])} tuning pairs; "
          f"{len(aside)} aside pairs")  # fmt: skip
    missed, one, both = ceiling(aside, pairs)
    print(f"aside: {missed} changed events missed today, {one} with a side among the "
          f"candidates, {both} with both sides reachable")  # fmt: skip
    print("\n| setting | pairs | AUC of its label | noise | fates right | changed found | "
          "net | series + / − | bar (found, noise, fates, series) |")  # fmt: skip
    print("|---|---|---:|---|---|---|---:|---|---|")
    for name, label, detect_at, link_at in SETTINGS:
        score(train, aside, label)
        for group, entries in groups:
            rows = [c for e in entries for c in e["candidates"]]
            area = auc(np.array([c["p"] for c in rows]), np.array([c[label] for c in rows]))
            f1, f2, gains, losses = rewritten(
                entries, pairs, partial(_blind_applied, detect_at=detect_at, link_at=link_at,
                                        models=models),
            )  # fmt: skip
            if group == "all aside":
                counted = [f"{f[0]}/{f[1]}, {f[2]}, {f[3]}/{f[4]}" for f in (f1, f2)]
            net = (f2[2] - f1[2]) + (f2[3] - f1[3]) - (f2[0] - f1[0])
            bar = verdict(f1, f2, len(gains), len(losses))
            said = ", ".join("yes" if ok else "no" for ok in bar)
            passed = " **passes**" if all(bar) else ""
            print(f"| {name} ({label} {detect_at}, only{link_at}) | {group} ({len(entries)}) | "
                  f"{area:.3f} | {rates(f1, f2)} | {net:+d} | {len(gains)} / {len(losses)} | "
                  f"{said}{passed if group == 'all aside' else ''} |")  # fmt: skip
        print(f"| {name} | raw counts, all aside | noise/reports, right, found/changed: "
              f"{counted[0]} → {counted[1]} | | | | | | |")  # fmt: skip
    return 0


def kept_columns(drop: str) -> list[int]:
    """The columns of :data:`FEATURES` left when the comma-separated names of ``drop`` are
    left out ('new': every feature of :data:`NEW`)."""
    names = {n for n in drop.split(",") if n}
    if "new" in names:
        names = (names - {"new"}) | set(NEW)
    unknown = names - set(FEATURES)
    if unknown:
        raise SystemExit(f"unknown features: {', '.join(sorted(unknown))}")
    return [k for k, n in enumerate(FEATURES) if n not in names]


def rates(f1: Sequence[int], f2: Sequence[int]) -> str:
    """Noise share, fates right and changed found, before -> after (``link_model.figures``)."""

    def one(f: Sequence[int]) -> tuple[str, str, str]:
        return (
            f"{100 * f[0] / max(1, f[1]):.1f} %",
            f"{100 * f[2] / max(1, f[1] - f[0]):.1f} %",
            f"{f[3]}/{f[4]}",
        )

    return " | ".join(f"{x} → {y}" for x, y in zip(one(f1), one(f2), strict=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    cache_dir = Path(os.environ.get("READOUTDIFF_CACHE_DIR", "/tmp"))
    parser.add_argument("--cache", type=Path, default=cache_dir / "detect_model.json",
                        help="the candidates' cache file")  # fmt: skip
    parser.add_argument("--link-cache", type=Path, default=cache_dir / "link_model.json",
                        help="link_model.py's cache (its default run), for the linker")  # fmt: skip
    parser.add_argument("--fresh", action="store_true", help="run the comparisons again")
    parser.add_argument("--label", choices=("half", "any", "one", FACTORED), default="any",
                        help="what the detector is trained to find (any*half: a half of a "
                        "change as P(any) × P(half | any), lm4)")  # fmt: skip
    parser.add_argument("--lang", choices=("en", "zh", "ru"), help="only pairs in this language")
    parser.add_argument("--drop", default="",
                        help="features left out by name, comma-separated; 'new': lm4's (NEW), "
                        "the model lm2 studied")  # fmt: skip
    parser.add_argument("--thresholds", default="0.5,0.7,0.9", help="detection thresholds")
    parser.add_argument(
        "--links",
        default="none,0.5,only0.3,only0.5",
        help="link thresholds (none: no link; onlyT: link at T and keep an added "
        "candidate only when linked)",
    )
    parser.add_argument("--own-linker", action="store_true",
                        help="link with a linker trained on the one-sided reports and the "
                        "candidates at each detection threshold (LOSO), not lm1's")  # fmt: skip
    parser.add_argument("--blind", action="store_true",
                        help="lm3's one run of the pre-registered settings on the aside pairs "
                        "(held-out, fresh, outside aside), trained on all dev and tuning")  # fmt: skip
    args = parser.parse_args(argv)
    if args.blind:
        return blind(args)
    data = gather(args.cache, args.fresh)
    dev = [e for e in data["dev"] if args.lang is None or e["lang"] == args.lang]
    tuning = [e for e in data["tuning"] if args.lang is None or e["lang"] == args.lang]
    columns = kept_columns(args.drop)
    judged = "half" if args.label == FACTORED else args.label
    loso(dev, args.label, columns)
    model = score(dev, tuning, args.label, columns)
    pairs = {p.name: p for p in load_pairs(EVAL_DIR, split="dev")}
    pairs |= {p.name: p for p in load_pairs(EVAL_DIR.parent / "outside", split="dev")}
    parts = (
        ("young dev", [e for e in dev if e["young"]]),
        ("older dev", [e for e in dev if not e["young"]]),
        ("tuning", tuning),
    )
    print(f"{len(dev)} dev pairs ({len(parts[0][1])} young), {len(tuning)} tuning; "
          f"label {args.label}")  # fmt: skip
    print("\n| part | candidates | half | any | one | changed missed today | "
          "of them a side among candidates | both sides reachable | AUC |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for part, entries in parts:
        rows = [c for e in entries for c in e["candidates"]]
        s = np.array([c["p"] for c in rows])
        y = np.array([c[judged] for c in rows])
        missed, one, both = ceiling(entries, pairs)
        counts = " | ".join(str(sum(c[k] for c in rows)) for k in ("half", "any", "one"))
        print(f"| {part} | {len(rows)} | {counts} | {missed} | {one} | {both} | "
              f"{auc(s, y):.3f} |")  # fmt: skip
    thresholds = [float(t) for t in args.thresholds.split(",")]
    print(f"\n| part | threshold | at or above | {args.label} | precision | recall |")
    print("|---|---:|---:|---:|---:|---:|")
    for part, entries in parts:
        rows = [c for e in entries for c in e["candidates"]]
        positives = sum(c[judged] for c in rows)
        for t in sorted({0.1, 0.2, 0.3, *thresholds}):
            hit = [c for c in rows if c["p"] >= t]
            right = sum(c[judged] for c in hit)
            print(f"| {part} | {t} | {len(hit)} | {right} | "
                  f"{100 * right / max(1, len(hit)):.1f} % | "
                  f"{100 * right / max(1, positives):.1f} % |")  # fmt: skip
    print("\n| feature | weight (all dev) |")
    print("|---|---:|")
    for name, w in zip(("intercept", *(FEATURES[k] for k in columns)), model[0], strict=True):
        print(f"| {name} | {w:+.3f} |")
    models = linker(args.link_cache, dev)
    print("\n| part | detect at | link at | noise | fates right | changed found | net | "
          "series + / − |")  # fmt: skip
    print("|---|---:|---:|---|---|---|---:|---|")
    for link in args.links.split(","):
        only = link.startswith("only")
        link_at = None if link == "none" else float(link.removeprefix("only"))
        for t in thresholds:
            if args.own_linker and link_at is not None:
                models = own_linker(parts[0][1] + parts[1][1], pairs, t)
            for part, entries in parts:
                f1, f2, gains, losses = simulate(
                    entries, pairs, t, link_at, models, part == "tuning", only
                )
                net = (f2[2] - f1[2]) + (f2[3] - f1[3]) - (f2[0] - f1[0])
                print(f"| {part} | {t} | {link} | {rates(f1, f2)} | {net:+d} | "
                      f"{len(gains)} / {len(losses)} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
