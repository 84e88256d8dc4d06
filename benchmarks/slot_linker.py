"""A linker that reads the slots around the two halves of a change (lm5, issue 10 point 3; a
study, dev and outside tuning only).

    python benchmarks/slot_linker.py [--cache FILE] [--link-cache FILE] [--fresh] [--lang en]
                                     [--sets oracle,detected] [--detect-at 0.3]
                                     [--thresholds 0.3,0.5,0.7] [--series] [--no-pipeline]

lm4 found that given a perfect detector of the halves of a change, lm1's linker (trained on the
tool's own dropped and appeared reports, ``link_model.py``) links only 19 % of the reachable
missed changes of young dev. This linker pairs a one-sided wording of A with one of B by the
**slot** they fill, read off the sentence each stands in (``detect_model.py``'s cached
candidates: the sentence texts, the wording's offsets, its place in the alignment):

- the **frame**: the same one or two units just before the wording (in Chinese two or four
  characters: the governing verb, preposition or head noun), the same just after it, both at
  their sentence's start or end, the stem Dice of the words before and of the words after, the
  trigram Dice of the two sentences with the wordings cut out;
- the **enumeration**: the same clause number in the sentence (clauses cut at ``,;:、，；：``),
  the gap between the two clause numbers (share of the longer count), the same clause count,
  the gap of the two relative starts;
- the **passage**: the same aligned pair or gap (``fate_classes.places``), the same rank among
  the side's halves standing there, one half alone on each side of it;
- the **speaker**: the same first units of the two sentences;
- **mutual best**: the pair is each half's best by frame Dice, and by the sum of frame Dice and
  stem share;
- and lm1's content features (``link_model.link_row``, no cosine): stem and bigram share,
  length ratio, distance in alignment order, the crowd, ...

**Sets of halves** (``--sets``): ``tool`` — the tool's own one-sided reports (lm1's candidates);
``oracle`` — those and the hand's halves among ``detect_model``'s candidates (a perfect
detector); ``detected`` — those and the candidates lm4's detector (all 37 features, label
``any*half``, leave-one-series-out) scores at or above ``--detect-at``. Each side's halves are
taken best first, none overlapping a better one (``detect_model.added_halves``). Every (A, B)
pair of a readout pair's halves is a **link pair**, labelled right when both halves match the
same hand-listed *changed* event (``formula_eval.event_score``'s best match).

**Linkers**: an L2 logistic regression (``link_model.fit``) on lm1's features, on the slot
features, and on both, trained on the set's own link pairs, dev leave-one-series-out, tuning by
the model of all dev; and lm1's linker as lm4 ran it (trained on ``link_model.py``'s cached
tool-only candidates, ``--link-cache``). Printed: the AUC of link pairs; greedy links (best
first, one partner each) at thresholds — links, right ones, precision, and recall over the
changed events with both halves in the set; the tool's figures with the links (an added
candidate kept only when linked, judged again by ``formula_eval.judge``: noise, fates right,
changed found, net = right + found − noise, distinct series gaining / losing) on young dev,
older dev and tuning; the slot linker's weights.
"""

from __future__ import annotations

import os

# the fits are small: BLAS threads only spin on a loaded machine
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import re
import time
from collections import Counter
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
from detect_model import FACTORED, added_halves, gather, linker, rates, trigrams
from detect_model import collect as collect_candidates
from detect_model import lexicon_bigrams as detect_model_bigrams
from detect_model import loso as detect_loso
from detect_model import score as detect_score
from formula_eval import EVAL_DIR, Event, Pair, event_score, fold, language_of, load_pairs
from link_model import FEATURES as LINK_FEATURES
from link_model import Half, auc, fit, link_row, predict, rewritten, stems

SLOT = (
    "head short",
    "head long",
    "tail short",
    "tail long",
    "both open the sentence",
    "both close the sentence",
    "before stem dice",
    "after stem dice",
    "frame dice",
    "same clause",
    "clause gap",
    "same clause count",
    "start gap",
    "same place",
    "same rank in place",
    "alone in place",
    "same opener",
    "frame best",
    "slot best",
    "text trigram dice",
)
"""The slot features of a link pair (:func:`slot_row`)."""
LM1 = tuple(n for n in LINK_FEATURES if n not in ("cosine", "tool linked"))
"""lm1's features kept (no cosine, and every pair here is one-sided)."""
DETECTOR = ("half score product", "half score min", "tool halves")
"""What the detector said of the two halves (a tool's report scores 1): read only on the
detected sets (on the oracle set they would name the hand's halves)."""
FEATURES = (*LM1, *SLOT, *DETECTOR)
GROUPS = {
    "frame": SLOT[:9] + SLOT[17:],
    "enumeration": SLOT[9:13],
    "passage": SLOT[13:16],
    "speaker": SLOT[16:17],
}
"""The slot features by what they read (the two "best" and the trigram Dice go with the frame)."""
MODELS = {
    "lm1": LM1,
    "slot": SLOT,
    "lm1+slot": (*LM1, *SLOT),
    "lm1+detector": (*LM1, *DETECTOR),
    "lm1+slot+detector": FEATURES,
    **{f"lm1+{group}": (*LM1, *names) for group, names in GROUPS.items()},
}
"""The linkers trained here, by the features they read (by default: lm1, slot and lm1+slot, and
on the detected sets :data:`DEFAULT_MORE`; the groups one at a time when named in --models)."""
DEFAULT_MORE = ("lm1+detector", "lm1+slot+detector")
_CLAUSE_MARKS = re.compile(r"[,;:、，；：]")
_SLOT = " xslotx "


def _dice(x: set[Any], y: set[Any]) -> float:
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def anatomy(entry: dict[str, Any], h: dict[str, Any], rank: int, alone: bool) -> dict[str, Any]:
    """What the slot features read of one half: the units around it, its clause, the frame."""
    lang = entry["lang"]
    sentence = entry["sentences"][h["side"]][str(h["sentence"])]
    lo = max(0, h["start"] - h["sentence"])
    hi = max(lo, h.get("end", h["start"] + len(h["text"])) - h["sentence"])
    before_raw, after_raw = sentence[:lo], sentence[hi:]
    before, after = fold(before_raw), fold(after_raw)
    short, long = (2, 4) if lang == "zh" else (1, 2)
    clause = len(_CLAUSE_MARKS.findall(before_raw))
    count = 1 + len(_CLAUSE_MARKS.findall(sentence.rstrip(" .。!?！？;；,，")))
    opener = fold(sentence)[: 3 if lang == "zh" else 2]
    return {
        "head": (before[-short:], before[-long:]),
        "tail": (after[:short], after[:long]),
        "before": set(stems(before_raw)),
        "after": set(stems(after_raw)),
        "frame": trigrams(before_raw + _SLOT + after_raw, lang),
        "clause": clause,
        "count": count,
        "start": lo / max(1, len(sentence)),
        "place": tuple(h["place"]),
        "rank": rank,
        "alone": alone,
        "opener": opener,
        "grams": trigrams(h["text"], lang),
        "stems": set(stems(h["text"])),
    }


def anatomies(entry: dict[str, Any], halves: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """:func:`anatomy` of each of one side's halves (rank: its number among the side's halves in
    its place, by start)."""
    by_place: dict[tuple[Any, ...], list[int]] = {}
    for n, h in enumerate(halves):
        by_place.setdefault(tuple(h["place"]), []).append(n)
    rank: dict[int, int] = {}
    for members in by_place.values():
        for r, n in enumerate(sorted(members, key=lambda n: halves[n]["start"])):
            rank[n] = r
    return [
        anatomy(entry, h, rank[n], len(by_place[tuple(h["place"])]) == 1)
        for n, h in enumerate(halves)
    ]


def slot_row(x: dict[str, Any], y: dict[str, Any]) -> dict[str, float]:
    """The slot features of A's half ``x`` and B's half ``y`` (:func:`anatomy`; the two "best"
    features are 0.0: they are read off every pair of the readout pair, :func:`link_pairs`)."""

    def same(u: tuple[str, ...], v: tuple[str, ...]) -> float:
        return float(bool(u) and u == v)

    same_place = x["place"] == y["place"]
    return {
        "head short": same(x["head"][0], y["head"][0]),
        "head long": same(x["head"][1], y["head"][1]),
        "tail short": same(x["tail"][0], y["tail"][0]),
        "tail long": same(x["tail"][1], y["tail"][1]),
        "both open the sentence": float(not x["head"][0] and not y["head"][0]),
        "both close the sentence": float(not x["tail"][0] and not y["tail"][0]),
        "before stem dice": _dice(x["before"], y["before"]),
        "after stem dice": _dice(x["after"], y["after"]),
        "frame dice": _dice(x["frame"], y["frame"]),
        "same clause": float(x["clause"] == y["clause"]),
        "clause gap": abs(x["clause"] - y["clause"]) / max(x["count"], y["count"]),
        "same clause count": float(x["count"] == y["count"]),
        "start gap": abs(x["start"] - y["start"]),
        "same place": float(same_place),
        "same rank in place": float(same_place and x["rank"] == y["rank"]),
        "alone in place": float(same_place and x["alone"] and y["alone"]),
        "same opener": float(bool(x["opener"]) and x["opener"] == y["opener"]),
        "frame best": 0.0,
        "slot best": 0.0,
        "text trigram dice": _dice(x["grams"], y["grams"]),
    }


def _mutual_best(
    rows: list[dict[str, float]], index: list[tuple[int, int]], key: str, value: Any
) -> None:
    best_i: dict[int, float] = {}
    best_j: dict[int, float] = {}
    for (i, j), f in zip(index, rows, strict=True):
        best_i[i] = max(best_i.get(i, -1.0), value(f))
        best_j[j] = max(best_j.get(j, -1.0), value(f))
    for (i, j), f in zip(index, rows, strict=True):
        top = value(f)
        f[key] = float(top > 0 and top == best_i[i] == best_j[j])


def link_pairs(
    entry: dict[str, Any],
    left: list[tuple[Event, dict[str, Any]]],
    right: list[tuple[Event, dict[str, Any]]],
) -> tuple[list[dict[str, float]], list[tuple[int, int]]]:
    """lm1's and the slot features of every (A's, B's) half pair, and their indexes."""
    ha = [h for _, h in left]
    hb = [h for _, h in right]
    xa, xb = anatomies(entry, ha), anatomies(entry, hb)
    spots = Counter((h["side"], tuple(h["place"])) for h in [*ha, *hb])
    rows, index = [], []
    sentences = {
        side: {k: _as_sentence(k, t) for k, t in entry["sentences"][side].items()} for side in "ab"
    }
    for i, a in enumerate(ha):
        one = Half(a["text"], a["start"], sentences["a"][str(a["sentence"])], tuple(a["place"]),
                   a["order"])  # fmt: skip
        for j, b in enumerate(hb):
            two = Half(b["text"], b["start"], sentences["b"][str(b["sentence"])],
                       tuple(b["place"]), b["order"])  # fmt: skip
            crowd = spots[("a", tuple(a["place"]))] + spots[("b", tuple(b["place"]))]
            row = link_row(one, two, entry["lang"], entry["total"], crowd, False)
            row.update(slot_row(xa[i], xb[j]))
            qa, qb = a.get("p", 1.0) if "end" in a else 1.0, b.get("p", 1.0) if "end" in b else 1.0
            row["half score product"] = qa * qb
            row["half score min"] = min(qa, qb)
            row["tool halves"] = float(("end" not in a) + ("end" not in b))
            rows.append(row)
            index.append((i, j))
    _mutual_best(rows, index, "mutual best", lambda f: f["stem share"])
    _mutual_best(rows, index, "frame best", lambda f: f["frame dice"])
    _mutual_best(rows, index, "slot best", lambda f: f["frame dice"] + f["stem share"])
    return rows, index


def _as_sentence(start: str, text: str) -> Any:
    from readoutdiff.model import Sentence, Span

    s = int(start)
    return Sentence(index=0, span=Span(start=s, end=s + len(text), line=1), text=text, folded="")


def event_of(pair: Pair, report: Event, h: dict[str, Any]) -> int:
    """The hand-listed *changed* event a half matches best (-1: none, or not a changed one)."""
    if "end" in h:
        ev = int(h["event"])
    else:
        best = max(range(len(pair.events)), key=lambda n: event_score(report, pair.events[n]),
                   default=-1)  # fmt: skip
        ev = best if best >= 0 and event_score(report, pair.events[best]) > 0 else -1
    return ev if ev >= 0 and pair.events[ev].status == "changed" else -1


def prepare(
    entries: list[dict[str, Any]], pairs: dict[str, Pair], detect_at: float, name: str
) -> None:
    """Each entry's halves of the set ``name`` (candidates scored ``c["p"]`` taken at or above
    ``detect_at``) and their link pairs: features, labels (``entry["links"][name]``)."""
    for entry in entries:
        pair = pairs[entry["name"]]
        out, left, right = added_halves(entry, detect_at)
        rows, index = link_pairs(entry, left, right)
        ev_a = [event_of(pair, r, h) for r, h in left]
        ev_b = [event_of(pair, r, h) for r, h in right]
        labels = [int(ev_a[i] >= 0 and ev_a[i] == ev_b[j]) for i, j in index]
        reachable = len({e for e in ev_a if e >= 0} & {e for e in ev_b if e >= 0})
        entry.setdefault("links", {})[name] = {
            "out": out, "left": left, "right": right, "index": index, "labels": labels,
            "x": np.array([[r[k] for k in FEATURES] for r in rows], dtype=float).reshape(
                len(rows), len(FEATURES)), "lm4x": rows, "reachable": reachable,
        }  # fmt: skip


def _xy(entries: list[dict[str, Any]], name: str, columns: list[int]) -> tuple[Any, Any]:
    xs = [e["links"][name]["x"][:, columns] for e in entries]
    ys = [np.array(e["links"][name]["labels"], dtype=float) for e in entries]
    width = len(columns)
    return (
        np.vstack(xs) if xs else np.zeros((0, width)),
        np.concatenate(ys) if ys else np.zeros(0),
    )


def trained(dev: list[dict[str, Any]], tuning: list[dict[str, Any]], name: str, model: str) -> Any:
    """Score every link pair of the set ``name`` (``links[name]["p"][model]``) by the linker
    ``model`` (:data:`MODELS`): dev leave-one-series-out, tuning by the model of all dev;
    return the model of all dev."""
    columns = [FEATURES.index(n) for n in MODELS[model]]
    for series in sorted({e["series"] for e in dev}):
        inside = [e for e in dev if e["series"] == series]
        x, y = _xy([e for e in dev if e["series"] != series], name, columns)
        fitted = fit(x, y)
        for e in inside:
            e["links"][name].setdefault("p", {})[model] = _predict(fitted, e, name, columns)
    x, y = _xy(dev, name, columns)
    whole = fit(x, y)
    for e in tuning:
        e["links"][name].setdefault("p", {})[model] = _predict(whole, e, name, columns)
    return whole


def _predict(model: Any, entry: dict[str, Any], name: str, columns: list[int]) -> list[float]:
    x = entry["links"][name]["x"][:, columns]
    return [float(p) for p in predict(model, x)] if len(x) else []


def lm1_scores(
    dev: list[dict[str, Any]], tuning: list[dict[str, Any]], name: str, link_cache: Path
) -> None:
    """lm1's linker as lm4 ran it (``detect_model.linker``: trained on the tool-only link pairs
    of ``link_model.py``'s cache), as the model "lm1 (tool-trained)"."""
    models = linker(link_cache, dev)
    columns = models["columns"]
    for part, entries in ((False, dev), (True, tuning)):
        for e in entries:
            rows = e["links"][name]["lm4x"]
            x = np.array([[f[LINK_FEATURES[k]] for k in columns] for f in rows], dtype=float)
            key = "*" if part or e["series"] not in models else e["series"]
            p = predict(models[key], x.reshape(len(rows), len(columns))) if rows else ()
            e["links"][name].setdefault("p", {})["lm1 (tool-trained)"] = [float(q) for q in p]


def greedy(links: dict[str, Any], model: str, link_at: float) -> list[tuple[int, int]]:
    """The (i, j) linked: best first at or above ``link_at``, one partner each."""
    scored = sorted(zip(links["index"], links["p"][model], strict=True),
                    key=lambda t: (-t[1], t[0]))  # fmt: skip
    used_i: set[int] = set()
    used_j: set[int] = set()
    made = []
    for (i, j), q in scored:
        if q < link_at:
            break
        if i in used_i or j in used_j:
            continue
        used_i.add(i)
        used_j.add(j)
        made.append((i, j))
    return made


def linked_events(entry: dict[str, Any], name: str, model: str, link_at: float) -> list[Event]:
    """The pair's reports with the set's halves linked by ``model`` at ``link_at``; an added
    candidate not linked is left out (lm4's "only")."""
    links = entry["links"][name]
    made = greedy(links, model, link_at)
    left, right = links["left"], links["right"]
    out = list(links["out"])
    gone: set[tuple[str, int]] = set()
    for i, j in made:
        gone |= {("a", i), ("b", j)}
        ra, rb = left[i][0], right[j][0]
        out.append(Event("changed", ra.a, rb.b, a_line=ra.a_line, b_line=rb.b_line))
    for side, halves in (("a", left), ("b", right)):
        for i, (r, h) in enumerate(halves):
            if (side, i) not in gone and "end" not in h:
                out.append(r)
    return out


def link_table(
    parts: Sequence[tuple[str, list[dict[str, Any]]]], name: str, models: Sequence[str],
    thresholds: Sequence[float],
) -> None:  # fmt: skip
    """AUC of link pairs, greedy links' precision and recall (over the changed events with
    both halves in the set)."""
    print(f"\n### set {name}: link pairs\n")
    print("| part | linker | link pairs | right | reachable events | AUC | "
          + " | ".join(f"at {t}: links, right, P, R" for t in thresholds) + " |")  # fmt: skip
    print("|---|---|---:|---:|---:|---:|" + "---|" * len(thresholds))
    for part, entries in parts:
        labels = [y for e in entries for y in e["links"][name]["labels"]]
        reachable = sum(e["links"][name]["reachable"] for e in entries)
        for model in models:
            s = np.array([p for e in entries for p in e["links"][name]["p"][model]])
            cells = []
            for t in thresholds:
                links = right = 0
                for e in entries:
                    lk = e["links"][name]
                    made = greedy(lk, model, t)
                    pos = dict(zip(lk["index"], lk["labels"], strict=True))
                    links += len(made)
                    right += sum(pos[m] for m in made)
                cells.append(f"{links}, {right}, {100 * right / max(1, links):.0f} %, "
                             f"{100 * right / max(1, reachable):.0f} %")  # fmt: skip
            area = auc(s, np.array(labels)) if len(s) else float("nan")
            print(f"| {part} | {model} | {len(labels)} | {sum(labels)} | {reachable} | "
                  f"{area:.3f} | " + " | ".join(cells) + " |")  # fmt: skip


def pipeline_table(
    parts: Sequence[tuple[str, list[dict[str, Any]]]], pairs: dict[str, Pair], name: str,
    models: Sequence[str], thresholds: Sequence[float], series: bool,
) -> None:  # fmt: skip
    """The tool's figures with the set's halves linked by each linker at each threshold."""
    print(f"\n### set {name}: the tool's figures\n")
    print("| linker | link at | part | noise | fates right | changed found | net | "
          "series + / − |")  # fmt: skip
    print("|---|---:|---|---|---|---|---:|---|")
    for model in models:
        for t in thresholds:
            for part, entries in parts:
                f1, f2, gains, losses = rewritten(
                    entries, pairs, partial(linked_events, name=name, model=model, link_at=t)
                )
                net = (f2[2] - f1[2]) + (f2[3] - f1[3]) - (f2[0] - f1[0])
                print(f"| {model} | {t} | {part} | {rates(f1, f2)} | {net:+d} | "
                      f"{len(gains)} / {len(losses)} |")  # fmt: skip
                if series:
                    said = [f"+{n} {s}" for s, n in sorted(gains.items())]
                    said += [f"−{n} {s}" for s, n in sorted(losses.items())]
                    print(f"|  |  | series | {', '.join(said)} | | | | |")


def cost(count: int) -> None:
    """Process time per pair on the first ``count`` young dev pairs: compare(), lm2's candidates
    and their features (``detect_model.collect`` less its compare()), and the link features of
    every (A, B) pair of the tool's one-sided reports, and of them with every candidate."""
    from readoutdiff import compare, load

    known = detect_model_bigrams()
    young = load_pairs(EVAL_DIR, split="young")[:count]
    collect_candidates(young[0], known)  # warm: the lexicons and models load once
    spent: dict[str, float] = {}
    links = Counter[str]()
    for pair in young:
        a, b = load(pair.a_path), load(pair.b_path)
        t0 = time.process_time()
        compare(a, b)
        t1 = time.process_time()
        entry = collect_candidates(pair, known)
        t2 = time.process_time()
        spent["compare()"] = spent.get("compare()", 0.0) + t1 - t0
        spent["candidates and their features"] = spent.get(
            "candidates and their features", 0.0
        ) + max(0.0, (t2 - t1) - (t1 - t0))
        entry["lang"] = language_of(pair)
        for c in entry["candidates"]:
            c["p"] = 1.0
        for name, at in (("tool's one-sided reports", 2.0), ("and every candidate", 0.0)):
            _, left, right = added_halves(entry, at)
            t3 = time.process_time()
            link_pairs(entry, left, right)
            key = f"link features: {name}"
            spent[key] = spent.get(key, 0.0) + time.process_time() - t3
            links[name] += len(left) * len(right)
    print(f"\n| step ({len(young)} young dev pairs) | seconds | share of compare() | link pairs |")
    print("|---|---:|---:|---:|")
    for step, seconds in spent.items():
        pairs_of = next((str(n) for k, n in links.items() if step.endswith(k)), "")
        print(
            f"| {step} | {seconds:.2f} | {100 * seconds / spent['compare()']:.1f} % | {pairs_of} |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    cache_dir = Path(os.environ.get("READOUTDIFF_CACHE_DIR", "/tmp"))
    parser.add_argument("--cache", type=Path, default=cache_dir / "detect_model.json",
                        help="detect_model.py's candidates cache")  # fmt: skip
    parser.add_argument("--link-cache", type=Path, default=cache_dir / "link_model_nocosine.json",
                        help="link_model.py's tool-only candidates without cosine, for lm1's "
                        "tool-trained linker")  # fmt: skip
    parser.add_argument("--fresh", action="store_true", help="run the comparisons again")
    parser.add_argument("--lang", choices=("en", "zh", "ru"), help="only pairs in this language")
    parser.add_argument("--sets", default="oracle,detected",
                        help="sets of halves: tool, oracle, detected (comma-separated)")  # fmt: skip
    parser.add_argument("--detect-at", default="0.3",
                        help="the detector's thresholds of the set 'detected' (comma-separated: "
                        "one set each)")  # fmt: skip
    parser.add_argument("--thresholds", default="0.3,0.5,0.7", help="link thresholds")
    parser.add_argument("--series", action="store_true", help="name the series gaining, losing")
    parser.add_argument("--no-pipeline", action="store_true", help="the link tables only")
    parser.add_argument("--weights", action="store_true",
                        help="the weights of the last linker of each set")  # fmt: skip
    parser.add_argument("--models", default="",
                        help="only these linkers (comma-separated names of MODELS; tool: lm1's "
                        "tool-trained linker)")  # fmt: skip
    parser.add_argument("--cost", type=int, default=0,
                        help="time compare(), the candidates and the link features on this many "
                        "young dev pairs, and stop")  # fmt: skip
    args = parser.parse_args(argv)
    if args.cost:
        cost(args.cost)
        return 0
    data = gather(args.cache, args.fresh)
    dev = [e for e in data["dev"] if args.lang is None or e["lang"] == args.lang]
    tuning = [e for e in data["tuning"] if args.lang is None or e["lang"] == args.lang]
    pairs = {p.name: p for p in load_pairs(EVAL_DIR, split="dev")}
    pairs |= {p.name: p for p in load_pairs(EVAL_DIR.parent / "outside", split="dev")}
    parts = (
        ("young dev", [e for e in dev if e["young"]]),
        ("older dev", [e for e in dev if not e["young"]]),
        ("tuning", tuning),
    )
    thresholds = [float(t) for t in args.thresholds.split(",")]
    print(f"{len(dev)} dev pairs ({len(parts[0][1])} young), {len(tuning)} tuning")
    sets = [
        (f"detected at {t}", float(t)) if name == "detected" else (name, 0.5 if name == "oracle"
                                                                    else 2.0)
        for name in args.sets.split(",")
        for t in (args.detect_at.split(",") if name == "detected" else ("",))
    ]  # fmt: skip
    detected: dict[tuple[str, int], float] = {}
    for name, at in sets:
        everything = [(e, c) for e in [*dev, *tuning] for c in e["candidates"]]
        if name == "oracle":
            for _, c in everything:
                c["p"] = float(c["half"])
        elif detected:
            for e, c in everything:
                c["p"] = detected[(e["name"], c["start"])]
        else:
            detect_loso(dev, FACTORED)
            detect_score(dev, tuning, FACTORED)
            detected = {(e["name"], c["start"]): c["p"] for e, c in everything}
        prepare([*dev, *tuning], pairs, at, name)
        if args.models:
            models = [m for m in MODELS if m in args.models.split(",")]
        else:
            models = ["lm1", "slot", "lm1+slot", *(() if name == "oracle" else DEFAULT_MORE)]
        whole = {m: trained(dev, tuning, name, m) for m in models}
        if args.link_cache.exists() and (not args.models or "tool" in args.models.split(",")):
            lm1_scores(dev, tuning, name, args.link_cache)
            models.append("lm1 (tool-trained)")
        link_table(parts, name, models, thresholds)
        if args.weights:
            print(f"\n| feature | weight, {list(whole)[-1]}, set {name} (all dev, standardized) |")
            print("|---|---:|")
            last = list(whole)[-1]
            for feature, w in zip(("intercept", *MODELS[last]), whole[last][0], strict=True):
                print(f"| {feature} | {w:+.3f} |")
        if not args.no_pipeline:
            pipeline_table(parts, pairs, name, models, thresholds, args.series)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
