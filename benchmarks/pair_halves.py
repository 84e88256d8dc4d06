"""The halves of a change that stand in ONE aligned pair: why the tool reports them apart, and
what a rule linking inside one aligned pair would do (pair2, issue 10 point 3).

    python benchmarks/pair_halves.py [--young | --set outside] [--lang en] [--pair TEXT] [--list]

Three tables, on the dev pairs (``--young``: the young dev pairs; ``--set outside``: the outside
set's tuning part):

1. **Halves in one aligned pair** (``fate_classes``: said dropped or appeared, is changed, the
   other half's sentence in the same aligned pair) by what the tool says of the other half: a
   one-sided report of its own (both halves known, left apart), another entry (changed or
   persisted, linked elsewhere) or nothing (silent: a wording the tool does not know).
2. **Pairings**: every dropped and appeared report standing in one aligned pair, read as one
   *changed* entry and judged as the scorer judges (``formula_eval.as_changed_report``), by
   whether they are the pair's only one-sided reports, whether they stand in one replaced run
   of the pair's word diff (runs one kept word apart joined, as ``succession.replaced``), whether
   they end on the same word (a kept head: 典范, 互信, 周年; Chinese by its last two characters)
   and what the two reports are today (both right: the hand list calls them dropped + appeared).
3. **Opposite**: every one-sided report standing in an aligned pair linked to the words the
   other side replaced opposite it (the replaced run's other half: "every changed aligned pair
   yields its replaced phrases"), judged, by whether another entry holds those words, whether
   they share a content word and what the report is today.

The word diff here is the script's own (characters of Chinese, words elsewhere, folded), read
off the tool's sentences; the tool's stage is not changed.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from fate_classes import other_half
from formula_eval import Pair, PairResult, as_changed_report, fate_agrees, language_of
from halves import _place_of, dev_pairs, half_reports, judged
from score_formulas import lines_at

from readoutdiff.model import Comparison, Formula, Sentence, Span

Token = tuple[int, int, str]
"""Start and end in the readout's text, and the folded token."""

STOP = frozenset(
    "the a an of and to in for on with by at from as that this its their his her our be is are "
    "was were will would has have had it".split()
)
"""English words that tie no two wordings (Russian and Chinese have their own below)."""

ZH_FRAME = re.compile(r"中方|两国|双方|愿同|[的和与同]")
"""Chinese words that open or join a line and tie no two wordings."""


def tokens(sentences: Sequence[Sentence], language: str) -> list[Token]:
    """The tokens of ``sentences`` in a row: Chinese characters one by one, words elsewhere."""
    pattern = r"[\u4e00-\u9fff]|[A-Za-z0-9]+" if language == "zh" else r"\w+"
    return [
        (s.span.start + m.start(), s.span.start + m.end(), m.group().lower())
        for s in sentences
        for m in re.finditer(pattern, s.text)
    ]


@dataclass(frozen=True)
class Run:
    """One replaced run of an aligned pair: the token indexes of each side it replaces."""

    a: tuple[int, ...]
    b: tuple[int, ...]


def replaced_runs(a: Sequence[Token], b: Sequence[Token]) -> list[Run]:
    """The runs of the word diff of ``a`` and ``b`` that are not kept, two runs one kept token
    apart joined (``succession.replaced``: "runs one unchanged word apart joined")."""
    matcher = difflib.SequenceMatcher(None, [t[2] for t in a], [t[2] for t in b], autojunk=False)
    found: list[tuple[list[int], list[int]]] = []
    joinable = False
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            joinable = bool(found) and i2 - i1 <= 1 and j2 - j1 <= 1
            if not joinable:
                continue
            kept = (list(range(i1, i2)), list(range(j1, j2)))
            found[-1][0].extend(kept[0])
            found[-1][1].extend(kept[1])
            continue
        if joinable:
            found[-1][0].extend(range(i1, i2))
            found[-1][1].extend(range(j1, j2))
        else:
            found.append((list(range(i1, i2)), list(range(j1, j2))))
        joinable = False
    return [Run(tuple(x), tuple(y)) for x, y in found]


def runs_of(span: Span, toks: Sequence[Token], runs: Sequence[Run], side: str) -> set[int]:
    """The runs holding a token of ``span`` on ``side``."""
    return {
        n
        for n, run in enumerate(runs)
        if any(span.start <= toks[k][0] < span.end for k in (run.a if side == "a" else run.b))
    }


def content(text: str, language: str) -> frozenset[str]:
    """What a wording says, to tell whether two share anything: runs of two Chinese characters
    outside :data:`ZH_FRAME`; elsewhere the first five letters of words of four or more that are
    no stop word."""
    if language == "zh":
        bare = ZH_FRAME.sub(" ", text)
        return frozenset(
            bare[k : k + 2] for k in range(len(bare) - 1) if " " not in bare[k : k + 2]
        )
    return frozenset(
        w.lower()[:5] for w in re.findall(r"\w+", text) if len(w) > 3 and w.lower() not in STOP
    )


def head(text: str, language: str) -> str:
    """The wording's last word (Chinese: its last two characters), folded."""
    if language == "zh":
        return "".join(re.findall(r"[\u4e00-\u9fff]", text))[-2:]
    words = re.findall(r"\w+", text.lower())
    return words[-1][:5] if words else ""


def verdicts(result: PairResult) -> dict[tuple[str, str | None, str | None], str]:
    """What each report is today: right, noise, a half of a change, or another wrong fate."""
    out = {}
    for j in result.judged:
        report, expected = j.report, j.counterpart
        if j.noise or expected is None:
            verdict = "noise"
        elif fate_agrees(report, expected):
            verdict = "right"
        else:
            verdict = "half" if expected.status == "changed" else "wrong"
        out[(report.status, report.a, report.b)] = verdict
    return out


def _covers(formula: Formula, side: str, wording: str | None) -> bool:
    text = formula.a_text if side == "a" else formula.b_text
    return bool(text and wording and (text in wording or wording in text))


def half_classes(comparison: Comparison, result: PairResult) -> Iterator[tuple[str, str]]:
    """(class, wording) of each half of a change whose other half stands in the same pair."""
    for j, expected in half_reports(result):
        if other_half(comparison, j.report, expected) != "same pair":
            continue
        own, other = ("a", "b") if j.report.status == "dropped" else ("b", "a")
        wording = getattr(expected, other)
        one_sided = "appeared" if other == "b" else "dropped"
        said = [f for f in comparison.formulas if _covers(f, other, wording)]
        if any(f.status.value == one_sided for f in said):
            name = "other half reported one-sided"
        elif said:
            name = "other half in another entry"
        else:
            name = "other half silent"
        yield f"said {j.report.status}, {name}", getattr(j.report, own) or ""


@dataclass(frozen=True)
class Pairing:
    """A dropped and an appeared report in one aligned pair, read as one change."""

    alone: bool
    same_run: bool
    same_head: bool
    shares: bool
    judged: str
    today: str
    wordings: str


def _one_sided(comparison: Comparison, status: str, side: str) -> list[tuple[Formula, Span]]:
    return [
        (f, spans[0])
        for f in comparison.formulas
        if f.status.value == status and (spans := f.a_spans if side == "a" else f.b_spans)
    ]


def pairings(pair: Pair, comparison: Comparison, result: PairResult) -> Iterator[Pairing]:
    """Each dropped and appeared report standing in one aligned pair, read as one change."""
    language, now = language_of(pair), verdicts(result)
    drops = _one_sided(comparison, "dropped", "a")
    adds = _one_sided(comparison, "appeared", "b")
    spots_a = [_place_of(comparison, "a", span) for _, span in drops]
    spots_b = [_place_of(comparison, "b", span) for _, span in adds]
    for (dropped, a_span), spot in zip(drops, spots_a, strict=True):
        for (added, b_span), other in zip(adds, spots_b, strict=True):
            if spot is None or spot != other or spot[0] != "pair":
                continue
            alignment = comparison.alignments[spot[1]]
            a_toks, b_toks = tokens(alignment.a, language), tokens(alignment.b, language)
            runs = replaced_runs(a_toks, b_toks)
            a_text, b_text = dropped.a_text or "", added.b_text or ""
            lines = lines_at(comparison.a, comparison.b, (a_span,), (b_span,))
            today = (now.get(("dropped", a_text, None)), now.get(("appeared", None, b_text)))
            yield Pairing(
                alone=spots_a.count(spot) == spots_b.count(spot) == 1,
                same_run=bool(runs_of(a_span, a_toks, runs, "a") & runs_of(b_span, b_toks, runs, "b")),
                same_head=head(a_text, language) == head(b_text, language),
                shares=bool(content(a_text, language) & content(b_text, language)),
                judged=as_changed_report(pair, result, a_text, b_text, **lines).split(",")[0],
                today="both right" if today == ("right", "right") else "not both right",
                wordings=f"{a_text!r} / {b_text!r}",
            )  # fmt: skip


def opposite(pair: Pair, comparison: Comparison, result: PairResult) -> Iterator[tuple[str, str]]:
    """(class, wordings) of each one-sided report in an aligned pair linked to the words the
    other side replaced opposite it."""
    language, now = language_of(pair), verdicts(result)
    for f in comparison.formulas:
        if f.status.value not in ("dropped", "appeared"):
            continue
        own, other = ("a", "b") if f.status.value == "dropped" else ("b", "a")
        spans = f.a_spans if own == "a" else f.b_spans
        spot = _place_of(comparison, own, spans[0]) if spans else None
        if spot is None or spot[0] != "pair":
            continue
        alignment = comparison.alignments[spot[1]]
        toks = {"a": tokens(alignment.a, language), "b": tokens(alignment.b, language)}
        runs = replaced_runs(toks["a"], toks["b"])
        held = sorted(
            k
            for n in runs_of(spans[0], toks[own], runs, own)
            for k in (runs[n].b if other == "b" else runs[n].a)
        )
        wording = getattr(f, f"{own}_text") or ""
        today = f"today {now.get((f.status.value, f.a_text, f.b_text), 'not judged')}"
        if not held:
            yield f"nothing replaced opposite | {today} | -", wording
            continue
        readout = comparison.b if other == "b" else comparison.a
        start, end = toks[other][held[0]][0], toks[other][held[-1]][1]
        there = Span(start=start, end=end, line=readout.text.count("\n", 0, start) + 1)
        words = readout.text[start:end]
        taken = any(
            s.start < end and start < s.end
            for g in comparison.formulas
            if g is not f
            for s in (g.b_spans if other == "b" else g.a_spans)
        )
        a_text, b_text = (wording, words) if own == "a" else (words, wording)
        a_spans, b_spans = ((spans[0],), (there,)) if own == "a" else ((there,), (spans[0],))
        made = as_changed_report(
            pair, result, a_text, b_text, **lines_at(comparison.a, comparison.b, a_spans, b_spans)
        ).split(",")[0]
        shares = "shares" if content(wording, language) & content(words, language) else "no share"
        where = "held by another entry" if taken else "free"
        yield f"opposite {where}, {shares} | {today} | linked: {made}", f"{a_text!r} / {b_text!r}"


def _table(
    counts: Counter[str], series: dict[str, set[str]], header: str, unit: str = "reports"
) -> list[str]:
    columns = header.count("|") + 1
    rows = [f"| {header} | {unit} | series |", "|" + "---|" * columns + "---:|---:|"]
    for name, n in sorted(counts.items()):
        rows.append(f"| {name} | {n} | {len(series[name])} |")
    return rows


def main(argv: list[str] | None = None) -> int:
    args, pairs = dev_pairs(argv, __doc__.split("\n", 1)[0], "each half, pairing and link")
    counts: list[Counter[str]] = [Counter(), Counter(), Counter()]
    series: list[dict[str, set[str]]] = [{}, {}, {}]
    listed: list[str] = []

    def count(table: int, name: str, pair: Pair, shown: str) -> None:
        counts[table][name] += 1
        series[table].setdefault(name, set()).add(pair.name.split("__")[0])
        listed.append(f"- {pair.name} ({name}): {shown}")

    for pair in pairs:
        comparison, result = judged(pair)
        language = language_of(pair)
        for name, wording in half_classes(comparison, result):
            count(0, f"{language} | {name}", pair, repr(wording))
        for p in pairings(pair, comparison, result):
            name = " | ".join(
                (
                    "alone" if p.alone else "among several",
                    "same run" if p.same_run else "other runs",
                    "same last word" if p.same_head else "other last words",
                    "shares" if p.shares else "no share",
                    p.today,
                    p.judged,
                )
            )
            count(1, name, pair, p.wordings)
        for name, shown in opposite(pair, comparison, result):
            count(2, f"{language} | {name}", pair, shown)
    print(f"{len(pairs)} pairs\n")
    header = "language | half in one aligned pair, what the tool says of the other half"
    print(*_table(counts[0], series[0], header), sep="\n")
    print()
    header = "place | word diff | last word | content | today | read as one change"
    print(*_table(counts[1], series[1], header, "pairings"), sep="\n")
    print()
    header = "language | the words replaced opposite | today | linked to them"
    print(*_table(counts[2], series[2], header), sep="\n")
    if args.list:
        print("", *listed, sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
