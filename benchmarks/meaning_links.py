"""Links between a dropped and an appeared wording scored by meaning — does the sentence encoder
tell a paraphrased formula's successor from the other candidates?

    python benchmarks/meaning_links.py [--oracle] [--meaning] [--set outside] [--lang en] [--list]

For each dev pair, every dropped × every appeared report of one comparison (default options,
or ``--oracle``: told the pair's hand-listed wordings, as ``score_formulas.py --oracle``;
``--meaning``: sentences also paired by the embedding model) is a
*candidate link*. Each is judged as one *changed* entry would be
(``formula_eval.as_changed_report``): right (its hand event is a changed event, missed today or
found already by another report), another event, or no event. Each is scored by

* ``wording``: cosine of the embedding model's vectors (``readoutdiff.align.meaning.embed``,
  the model ``--meaning`` loads) of the two wordings;
* ``clause``: the same of the two clauses holding them (the sentence cut at , ; : and their
  Chinese forms around the wording);
* ``sentence``: the same of the two sentences;
* ``mix``: the mean of the three;
* ``surface``: rapidfuzz ``token_set_ratio`` of the wordings / 100;
* ``wording+surface``: the mean of those two.

Two readings are printed per score: every candidate at or above a threshold (precision and
the right links it gains), and the mutual best (each wording's best partner in the pair by that
score, both ways) at or above a threshold, overall and restricted to candidates *near* each
other (their sentences at most ``NEAR`` alignments apart), and *clear* (leading each wording's
next-best partner by ``MARGIN``). Then the wrong mutual-best links by ``wording`` >= 0.6, by
the hand fates of their two reports (two separate hand events, "dropped + appeared", or half of
a changed event linked to the wrong partner). ``--list`` prints the mutual-best links of ``mix``.
The default run's dropped and appeared reports hold 13 right candidates of 2,321 on the dev
pairs; with ``--oracle`` 159 of 14,687, and no reading reaches 80 % precision (lk2,
benchmarks/README.md).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from formula_eval import Pair, as_changed_report
from halves import dev_pairs, judged
from rapidfuzz import fuzz
from score_formulas import lines_at

from readoutdiff.align.meaning import embed
from readoutdiff.languages.zh import simplified
from readoutdiff.model import Comparison, Formula

NEAR = 3
"""Largest distance, in alignments, between two sentences read as near each other."""
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
CUT = re.compile(r"[,;:，；：。、]")
SCORES = ("wording", "clause", "sentence", "mix", "surface", "wording+surface")
MARGIN = 0.1
"""Lead of a mutual best over each wording's second-best partner, in the ``clear`` reading."""


@dataclass(frozen=True, eq=False)
class Candidate:
    pair: str
    drop: int
    add: int
    a_text: str
    b_text: str
    verdict: str
    near: bool
    scores: dict[str, float]
    halves: str
    """The hand fates of the two reports' counterparts, "dropped + appeared" and the like."""

    @property
    def right(self) -> bool:
        return self.verdict.startswith("right")

    @property
    def gain(self) -> bool:
        return self.verdict == "right, missed today"


def _sentence(comparison: Comparison, side: str, start: int) -> tuple[int, int, int]:
    """(alignment number, start, end) of the sentence of ``side`` holding offset ``start``."""
    for number, alignment in enumerate(comparison.alignments):
        for sentence in getattr(alignment, side):
            if sentence.span.start <= start < sentence.span.end:
                return number, sentence.span.start, sentence.span.end
    return -1, start, start


def _clause(text: str, start: int, end: int, s_start: int, s_end: int) -> str:
    cuts = [m.end() for m in CUT.finditer(text, s_start, start)]
    head = cuts[-1] if cuts else s_start
    after = CUT.search(text, end, s_end)
    return text[head : after.start() if after else s_end].strip()


def _readings(comparison: Comparison, side: str, f: Formula) -> tuple[int, str, str, str]:
    """(alignment number, wording, clause, sentence) of a one-sided formula (its place is
    ``f``'s own spans: :func:`candidates` reads them for the wording's line)."""
    text = (comparison.a if side == "a" else comparison.b).text
    span = (f.a_spans if side == "a" else f.b_spans)[0]
    number, s_start, s_end = _sentence(comparison, side, span.start)
    wording = (f.a_text if side == "a" else f.b_text) or ""
    return number, wording, _clause(text, span.start, span.end, s_start, s_end), text[s_start:s_end]


def candidates(pair: Pair, oracle: bool, meaning: bool = False) -> list[Candidate]:
    """Every dropped × appeared report of ``pair``'s comparison, judged and scored."""
    comparison, result = judged(pair, oracle, meaning)
    formulas = comparison.formulas
    drops = [
        _readings(comparison, "a", f) for f in formulas if f.status.value == "dropped" and f.a_spans
    ]
    adds = [
        _readings(comparison, "b", f)
        for f in formulas
        if f.status.value == "appeared" and f.b_spans
    ]
    if not drops or not adds:
        return []
    hand = {
        (j.report.status, j.report.a or j.report.b): (
            "noise" if j.noise or j.counterpart is None else j.counterpart.status
        )
        for j in result.judged
    }
    a_spans = [f.a_spans for f in formulas if f.status.value == "dropped" and f.a_spans]
    b_spans = [f.b_spans for f in formulas if f.status.value == "appeared" and f.b_spans]
    texts = [simplified(t) for r in (*drops, *adds) for t in r[1:]]
    vectors = embed(texts)
    a_vec = vectors[: 3 * len(drops)].reshape(len(drops), 3, -1)
    b_vec = vectors[3 * len(drops) :].reshape(len(adds), 3, -1)
    out = []
    for i, (na, wa, _, _) in enumerate(drops):
        for j, (nb, wb, _, _) in enumerate(adds):
            cos = [float(a_vec[i, k] @ b_vec[j, k]) for k in range(3)]
            scores = dict(zip(SCORES[:3], cos, strict=True))
            scores["mix"] = sum(cos) / 3
            scores["surface"] = fuzz.token_set_ratio(wa, wb) / 100
            scores["wording+surface"] = (scores["wording"] + scores["surface"]) / 2
            lines = lines_at(comparison.a, comparison.b, a_spans[i], b_spans[j])
            verdict = as_changed_report(pair, result, wa, wb, **lines)
            near = na >= 0 and nb >= 0 and abs(na - nb) <= NEAR
            halves = f"{hand.get(('dropped', wa), '?')} + {hand.get(('appeared', wb), '?')}"
            out.append(Candidate(pair.name, i, j, wa, wb, verdict, near, scores, halves))
    return out


def mutual_best(
    cands: Sequence[Candidate], score: str, keep: Callable[[Candidate], bool]
) -> list[Candidate]:
    """Each pair's candidates (among those ``keep`` takes) that are both wordings' best."""
    best_drop: dict[tuple[str, int], Candidate] = {}
    best_add: dict[tuple[str, int], Candidate] = {}
    for c in cands:
        if not keep(c):
            continue
        for table, key in ((best_drop, (c.pair, c.drop)), (best_add, (c.pair, c.add))):
            if key not in table or c.scores[score] > table[key].scores[score]:
                table[key] = c
    return [c for c in best_drop.values() if best_add[(c.pair, c.add)] is c]


def margins(cands: Sequence[Candidate], score: str) -> dict[Candidate, float]:
    """Each candidate's lead over the best other partner of either of its wordings."""
    by_drop: dict[tuple[str, int], list[float]] = {}
    by_add: dict[tuple[str, int], list[float]] = {}
    for c in cands:
        by_drop.setdefault((c.pair, c.drop), []).append(c.scores[score])
        by_add.setdefault((c.pair, c.add), []).append(c.scores[score])

    def second(values: list[float], own: float) -> float:
        rest = sorted(values, reverse=True)
        rest.remove(own)
        return rest[0] if rest else -1.0

    return {
        c: c.scores[score]
        - max(second(by_drop[(c.pair, c.drop)], c.scores[score]),
              second(by_add[(c.pair, c.add)], c.scores[score]))
        for c in cands
    }  # fmt: skip


def row(label: str, links: Sequence[Candidate]) -> str:
    n = len(links)
    right = sum(c.right for c in links)
    gain = sum(c.gain for c in links)
    other = sum(c.verdict == "another event" for c in links)
    share = f"{100 * right / n:.1f} %" if n else "–"
    return f"| {label} | {n} | {right} ({gain}) | {other} | {n - right - other} | {share} |"


def main(argv: list[str] | None = None) -> int:
    args, pairs = dev_pairs(
        argv, __doc__.split("\n", 1)[0], "the mutual-best links of mix", oracle=True, meaning=True
    )
    cands = [c for p in pairs for c in candidates(p, args.oracle, args.meaning)]
    verdicts = Counter(c.verdict for c in cands)
    print(f"{len(pairs)} dev pairs, {len(cands)} candidate links: {dict(verdicts)}\n")
    head = ["| reading | links | right (missed today) | another event | no event | precision |",
            "|---|---:|---:|---:|---:|---:|"]  # fmt: skip
    for score in SCORES:
        print(f"### {score}\n", *head, sep="\n")
        for t in THRESHOLDS:
            over = [c for c in cands if c.scores[score] >= t]
            print(row(f"all >= {t}", over))
        for label, keep in (
            ("mutual best", lambda c: True),
            ("mutual best, near", lambda c: c.near),
        ):
            links = mutual_best(cands, score, keep)
            for t in THRESHOLDS:
                print(row(f"{label} >= {t}", [c for c in links if c.scores[score] >= t]))
        lead = margins(cands, score)
        clear = [c for c in mutual_best(cands, score, lambda c: True) if lead[c] >= MARGIN]
        for t in THRESHOLDS:
            print(row(f"mutual best, clear >= {t}", [c for c in clear if c.scores[score] >= t]))
        print()
    wrong = Counter(
        c.halves
        for c in mutual_best(cands, "wording", lambda c: True)
        if c.scores["wording"] >= 0.6 and not c.right
    )
    print("wrong mutual-best links by wording >= 0.6, by the hand fates of their two reports:")
    print(*(f"- {k}: {n}" for k, n in wrong.most_common()), sep="\n")
    if args.list:
        for c in sorted(mutual_best(cands, "mix", lambda c: True), key=lambda c: -c.scores["mix"]):
            s = " ".join(f"{k}={v:.2f}" for k, v in c.scores.items())
            print(
                f"- {c.pair} [{c.verdict}; {s}; near={c.near}; {c.halves}] {c.a_text!r} / {c.b_text!r}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
