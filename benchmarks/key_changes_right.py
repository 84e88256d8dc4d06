"""Whether the key-changes block's lines are RIGHT, judged against the hand lists.

    python benchmarks/key_changes_right.py [--split dev|young|heldout|fresh|all] [--set outside]
        [--lang en|zh|ru] [--dev-by-series] [--lines] [--classes]

``key_changes_reading.py`` says how the block reads; this script says whether what it tells is
so (issue 10, point 5). For each pair of the split it runs ``compare``, makes the scorer's
reports of every formula (``score_formulas.report_of``) and judges them as the scorer does
(``formula_eval.judge``: the headline matching, halves, noise). Then each line of the block
(``key_changes``, as JSON gives it) is read:

- a line of kind ``formula-*`` or ``qualifier-removed`` is judged by its lead formula (the
  line's ``formula``: the formula of the comparison whose anchor, or else id, it is, of the
  status the line tells): ``noise`` (no hand event, or a "not a formula" entry), ``right`` (its
  counterpart's fate agrees, ``formula_eval.fate_agrees``, and no earlier line of the block
  told that event), ``repeat`` (an earlier line of the block told that event, fate agreeing)
  or ``wrong fate`` (a half of a change, or a fate that disagrees);
- a line of kind ``passage-dropped`` / ``passage-added`` (a whole passage, even one that names
  the formulas that went with it) or ``minor-only`` is a ``passage`` line: no formula report,
  not judged.

Per group it prints the lines and each verdict's count, block precision (right over judged
lines: right + wrong fate + repeat + noise), the share of pairs whose FIRST line is right (of
pairs whose block has a line) and the pairs whose first line is judged and not right (a
wrong fate, a repeat or noise: "first line wrong"; a passage first is neither), the precision
of the first three lines of each block and how many of them are passages, and the hand-listed *changed* and *dropped* events the block
tells (a formula any of its lines names, ``formulas``, a passage line's too, matched to the
event with the event's status, neither noise nor a half) against those the tool finds
anywhere (the scorer's ``found``) and those listed. Groups: the split, each language, and with
``--dev-by-series`` the dev pairs alone in their series (``split_gap.py``'s "dev alone").
``--split young`` (kc7) reads the young dev pairs only, as ``score_formulas.py --split young``
(the part of dev where a rule's gain is judged). ``--set outside`` reads the outside set
(dev = tuning, heldout = aside). ``--lines`` prints
every judged line (dev, young and tuning only: never read held-out or aside lines one by one).
``--classes`` (kc3) counts, per group, the first lines that are not right and the lines 2-3
judged and not right by their shape (:func:`shape`: a drop told with its whole passage or from
a passage that stayed, one formula or several; a change by its kind; a new formula; a passage)
and the lead formula's origin (lexicon, mined, background), each row with how many distinct
series its lines come from (kc6); dev and tuning only, as ``--lines`` (held-out and aside are
read by their totals).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from formula_eval import (  # noqa: E402
    Pair,
    PairResult,
    fate_agrees,
    judge,
    language_of,
    load_pairs,
    split_of,
)
from score_formulas import SETS, report_of  # noqa: E402

from readoutdiff import compare, load  # noqa: E402
from readoutdiff.formulas.keys.key_changes import key_changes  # noqa: E402

VERDICTS = ("right", "wrong fate", "repeat", "noise", "passage")
_PASSAGE_KINDS = {"passage-dropped", "passage-added", "minor-only"}
_TOLD = {
    "formula-dropped": "dropped",
    "formula-appeared": "appeared",
    "formula-changed": "changed",
    "qualifier-removed": "changed",
}
_NAMED = {"passage-dropped": "dropped", "passage-added": "appeared"}
"""The status of the formulas a passage's line names (it is judged as no formula report)."""
LEAD = ("changed", "dropped")
"""The hand-listed events an analyst leads with."""
TOP = 3
"""The lines an analyst reads first (kc2): their precision, and how many are passages."""


@dataclass
class Line:
    """One line of a block, judged."""

    rank: int
    kind: str
    verdict: str
    origin: str = ""
    summary: str = ""
    shape: str = ""
    """What the line tells, by its shape (:func:`shape`)."""


@dataclass
class Block:
    pair: Pair
    lines: list[Line] = field(default_factory=list)
    in_block: Counter[str] = field(default_factory=Counter)
    """Hand-listed events (by status) a formula named by a line of the block tells with their
    status (every formula of a line, a passage's line too, not only its lead)."""
    found: Counter[str] = field(default_factory=Counter)
    """Hand-listed events (by status) the tool finds anywhere (the scorer's ``found``)."""
    listed: Counter[str] = field(default_factory=Counter)


def block_of(pair: Pair) -> Block:
    """The pair's key-changes block, each line judged against the pair's hand list."""
    comparison = compare(load(pair.a_path), load(pair.b_path))
    formulas = list(comparison.formulas)
    result = judge(pair, [report_of(comparison, f) for f in formulas])
    return judged_block(pair, comparison, formulas, result)


def judged_block(pair: Pair, comparison: object, formulas: list, result: PairResult) -> Block:
    block = Block(pair)
    events = pair.events
    for i, event in enumerate(events):
        block.listed[event.status] += 1
        block.found[event.status] += i in result.found
    told: set[int] = set()  # indexes of the events an earlier line told
    shown: set[int] = set()  # indexes of the events a formula a line names tells, right
    for rank, key in enumerate(key_changes(comparison), 1):  # type: ignore[arg-type]
        status = _TOLD.get(key.kind) or _NAMED.get(key.kind, "")
        for name in key.formulas:
            for i in _named(formulas, name, status):
                judged = result.judged[i]
                event = judged.counterpart
                if (
                    event is not None
                    and not judged.noise
                    and not judged.half
                    and (event.status == judged.report.status)
                ):
                    shown.add(events.index(event))
        if key.kind in _PASSAGE_KINDS or key.formula is None:
            block.lines.append(
                Line(rank, key.kind, "passage", summary=key.summary, shape="passage")
            )
            continue
        at = _lead(formulas, key.formula, _TOLD.get(key.kind, ""))
        if at is None:  # a line whose formula the comparison does not hold: said, not hidden
            block.lines.append(
                Line(rank, key.kind, "passage", summary=key.summary, shape="passage")
            )
            continue
        judged = result.judged[at]
        counterpart = judged.counterpart
        if judged.noise or counterpart is None:
            verdict = "noise"
        elif judged.half or not fate_agrees(judged.report, counterpart):
            verdict = "wrong fate"
        elif events.index(counterpart) in told:
            verdict = "repeat"
        else:
            verdict = "right"
            told.add(events.index(counterpart))
        block.lines.append(
            Line(rank, key.kind, verdict, judged.report.note, key.summary, shape(key))
        )
    for i in shown:
        block.in_block[events[i].status] += 1
    return block


def shape(key: object) -> str:
    """A formula line's shape: "drop, whole passage" (told with the passage it went with) or
    "drop, passage stayed", each "(several)" when the line names more than one formula; a
    change by its kind (JSON's ``change``: reworded, replaced, around, inside, a qualifier, a
    greeting, a wish); "new, new passage" or "new, passage stayed"."""
    kind, summary = key.kind, key.summary  # type: ignore[attr-defined]
    head = summary.split(": “")[0]
    several = " (several)" if len(key.formulas) > 1 else ""  # type: ignore[attr-defined]
    if kind == "formula-dropped":
        return f"drop, {'whole passage' if 'whole passage' in head else 'passage stayed'}{several}"
    if kind == "formula-appeared":
        return f"new, {'new passage' if 'new passage' in head else 'passage stayed'}"
    return f"change: {key.change or kind}"  # type: ignore[attr-defined]


def _origin(note: str) -> str:
    """The lead formula's origin, coarse: the built-in lexicon, mined, or the background."""
    return "lexicon" if note.startswith("builtin") else note.split("/")[0] or "-"


def classes(blocks: list[Block]) -> str:
    """The first lines not right and the lines 2-3 judged and not right, counted by shape,
    verdict and origin (most first), each row with the distinct series its lines come from
    (kc6): a shape worth a rule recurs in three series or more, of dev and of the outside
    tuning part alike; the lines of one series are one readout's habit (a fitted rule)."""
    first: Counter[tuple[str, str, str]] = Counter()
    below: Counter[tuple[str, str, str]] = Counter()
    series: dict[tuple[bool, str, str, str], set[str]] = {}
    for block in blocks:
        for line in block.lines[:TOP]:
            if line.verdict == "right" or (line.rank > 1 and line.verdict == "passage"):
                continue
            key = (line.shape, line.verdict, _origin(line.origin))
            (first if line.rank == 1 else below)[key] += 1
            series.setdefault((line.rank == 1, *key), set()).add(block.pair.series)
    rows = ["| lines | shape | verdict | origin | count | series |", "|---|---|---|---|---:|---:|"]
    for lead, name, counts in ((True, f"first not right ({sum(first.values())})", first),
                               (False, f"2-{TOP} judged, not right ({sum(below.values())})", below)):  # fmt: skip
        rows += [
            f"| {name} | {k[0]} | {k[1]} | {k[2]} | {n} | {len(series[(lead, *k)])} |"
            for k, n in counts.most_common()
        ]
    return "\n".join(rows)


def _named(formulas: list, name: str, status: str) -> list[int]:
    """Indexes of the formulas a line names as ``name`` (anchor, or else id) of the status it
    tells (every one of the name when the line tells no status)."""
    named = [i for i, f in enumerate(formulas) if (f.anchor or f.id) == name]
    return [i for i in named if not status or formulas[i].status.value == status]


def _lead(formulas: list, name: str, status: str) -> int | None:
    """Index of the formula a line is about: its anchor (or id) is the line's ``formula``; of
    several, the first of the status the line tells."""
    named = [i for i, f in enumerate(formulas) if (f.anchor or f.id) == name]
    fitting = [i for i in named if formulas[i].status.value == status]
    return (fitting or named or [None])[0]


def figures(blocks: list[Block]) -> dict[str, object]:
    verdicts = Counter(line.verdict for b in blocks for line in b.lines)
    judged = sum(verdicts[v] for v in VERDICTS if v != "passage")
    with_lines = [b for b in blocks if b.lines]
    first = sum(b.lines[0].verdict == "right" for b in with_lines)
    wrong_first = sum(b.lines[0].verdict not in ("right", "passage") for b in with_lines)
    top = Counter(line.verdict for b in blocks for line in b.lines[:TOP])
    out: dict[str, object] = {
        "pairs": len(blocks),
        "lines": sum(len(b.lines) for b in blocks),
        **{v: verdicts[v] for v in VERDICTS},
        "precision": (verdicts["right"], judged),
        "first right": (first, len(with_lines)),
        "first judged wrong": wrong_first,
        "top right": (top["right"], sum(top[v] for v in VERDICTS if v != "passage")),
        "top passages": top["passage"],
    }
    for status in LEAD:
        out[f"{status} in block"] = (
            sum(b.in_block[status] for b in blocks),
            sum(b.found[status] for b in blocks),
            sum(b.listed[status] for b in blocks),
        )
    return out


def _share(n: int, d: int) -> str:
    return f"{100 * n / d:.1f} % ({n}/{d})" if d else "-"


def table(groups: list[tuple[str, list[Block]]]) -> str:
    rows = [("group", "pairs", "lines", *VERDICTS, "block precision", "first line right")]
    rows[0] += tuple(f"{s}: block / found / listed" for s in LEAD)
    rows[0] += ("first line wrong", f"first {TOP}: precision", f"first {TOP}: passages")
    for name, blocks in groups:
        f = figures(blocks)
        row = [name, str(f["pairs"]), str(f["lines"]), *(str(f[v]) for v in VERDICTS)]
        row += [_share(*f["precision"]), _share(*f["first right"])]  # type: ignore[misc]
        row += ["{} / {} / {}".format(*f[f"{s} in block"]) for s in LEAD]  # type: ignore[misc]
        row += [str(f["first judged wrong"]), _share(*f["top right"]), str(f["top passages"])]  # type: ignore[misc]
        rows.append(tuple(row))
    return "\n".join("| " + " | ".join(r) + " |" for r in rows)


def groups_of(
    blocks: list[Block], split: str, by_series: bool, every: list[Pair]
) -> list[tuple[str, list[Block]]]:
    out = [(split, blocks)]
    for lang in ("en", "zh", "ru"):
        mine = [b for b in blocks if language_of(b.pair) == lang]
        if mine:
            out.append((f"{split} {lang}", mine))
    if by_series:
        dev = Counter(p.series for p in every if split_of(p) == "dev")
        alone = [b for b in blocks if split_of(b.pair) == "dev" and dev[b.pair.series] == 1]
        out.append(("dev alone", alone))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split",
        default="dev",
        choices=("dev", "young", "heldout", "fresh", "all"),
        help="young: the dev pairs tuned on least, as score_formulas.py --split young",
    )
    parser.add_argument("--set", default="formulas", choices=sorted(SETS))
    parser.add_argument("--lang", choices=("en", "zh", "ru"))
    parser.add_argument("--dev-by-series", action="store_true")
    parser.add_argument("--lines", action="store_true", help="every judged line (dev only)")
    parser.add_argument("--classes", action="store_true", help="not-right lines by shape")
    args = parser.parse_args(argv)
    if args.lines and args.split not in ("dev", "young"):
        parser.error("--lines reads dev (or tuning) lines only")
    if args.classes and args.split not in ("dev", "young"):
        parser.error("--classes reads dev (or tuning) lines only")
    if args.split == "young" and args.set == "outside":
        parser.error("--split young is a part of the formulas set's dev pairs")
    every = load_pairs(SETS[args.set], "all")
    if args.split == "young":
        pairs = load_pairs(SETS[args.set], "young")
    else:
        pairs = [p for p in every if args.split in ("all", split_of(p))]
    if args.lang:
        pairs = [p for p in pairs if language_of(p) == args.lang]
    blocks = [block_of(p) for p in pairs]
    name = {"dev": "tuning", "heldout": "aside"}.get(args.split, args.split)
    name = name if args.set == "outside" else args.split
    groups = groups_of(blocks, name, args.dev_by_series, every)
    print(table(groups))
    if args.classes:
        for group, mine in groups:
            if " " not in group or group == "dev alone":  # the split, and dev alone
                print(f"\n{group}\n\n{classes(mine)}")
    if args.lines:
        for b in blocks:
            for line in b.lines:
                print(f"{b.pair.name}\t{line.rank}\t{line.verdict}\t{line.origin}\t{line.summary}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
