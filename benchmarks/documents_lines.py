"""Do the hand lists and the noise judgments follow cnv10/cnv11 on the documents of a Chinese visit?

    python benchmarks/documents_lines.py [--set formulas|outside|noise|all] [--split SPLIT]
                                         [--all] [--json]

Reads the readouts, the hand lists (``eval/formulas/pairs/``, ``eval/outside/pairs/``) and the
noise judgments (``eval/noise/judged.toml``) only; never runs the tool, so it may be read on every
split (the audit of branch nz11, forty-eighth session, was made with it, blind to the tool).

The convention (eval/formulas/SOURCES.md, cnv10/cnv11 and the later Chinese batches): the
documents a visit signed or published (两国元首共同见证签署……合作文件, 双方发表《……联合声明》) are
one line each side, *changed* when both readouts sign, *dropped* / *appeared* when one does. A
hand list follows it when one of its events on that side covers the clause; it goes against it
when a ``not_formulas`` entry holds at least half of the clause (**excluded**) or no event and no
entry judges it (**silent**). A noise judgment follows it when a report quoting a documents clause
is judged ``formula``.

A **documents clause** is found by this script's own pattern (:data:`SHAPE`), written from the
texts and independent of the tool's rules: a signing witnessed or done together (见证……签署,
共同签署, 签署了《), documents exchanged (见证……交换, 交换仪式, 文本交换), or a statement, declaration,
communiqué or plan published by title (发表《……声明》). Chinese readouts only (the shape is the
Chinese visit's closing line; the English and Russian readouts of the set report documents in
other shapes that no convention names). The clause runs between clause marks, titles and
quotations kept whole.

Printed: per set and split, how many documents clauses the readouts hold and how many each list
counts, excludes or is silent on, then every clause a list goes against (``--all``: every clause).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

from formula_eval import ROOT, Pair, fold, language_of, load_pairs, split_of
from list_consistency import SETS, _joined, _shared, _spans

NOISE = ROOT / "eval" / "noise" / "judged.toml"
FOLLOWS, EXCLUDED, SILENT = "follows", "excluded", "silent"

SHAPE = re.compile(
    r"见证[^，；。！？]{0,12}(?:签署|签约|交换|宣布)|共同签署|签署了?《|交换仪式|文本交换|文本展示"
    r"|[发公]表了?《[^》]*(?:声明|宣言|公报|计划|纲要|规划)[^》]*》"
    r"|(?:双方|两国|部门|外长)[^，；。！？]{0,4}签署[^，；。！？]*(?:文件|文本|协议|协定|备忘录|议定书)"
    r"|^签署[^，；。！？]*(?:文件|文本)"
    r"|[发公]表了?[^，；。！？《]{0,16}(?:联合声明|联合成果声明|宣言|公报)"
)
"""A documents clause: a signing or an exchange of documents witnessed or done together, shown or
announced at a ceremony, a statement (a declaration, a communiqué, a plan) published by title,
or the two sides (their ministers, their departments) signing documents, agreements or memoranda
(a clause that starts on 签署 continues the sentence's statement: 双方发表《……》，签署……文件)."""

RECALLED = re.compile(
    r"以来|周年|最早|相信|推动[^，；。！？]{0,6}签署|要以|期待|昨天|去年|此前|赞赏|落实[^，；。！？]{0,12}(?:声明|宣言)"
)
"""A signing recalled (签署以来, 签署25周年, 最早同中国签署), believed in or urged (相信……签署,
推动如期签署), praised or implemented (赞赏……外长会晤……发表联合声明, 落实……联合声明) is another line
(an anniversary, a relationship's history, a task), not the
documents of the visit, and so are the documents of another meeting recalled (昨天我还……共同见证……
协议的签署); the documents to be signed during the visit (中肯双方将签署……文件) are. Read outside
the titles (《……关于共同推动落实四大全球倡议的联合声明》 is published, not urged)."""

_TITLE = re.compile(r"《[^》]*》")

_CLAUSE = re.compile(r"(?:《[^》\n]*》|“[^”\n]*”|[^，；：。！？,;:!?\n《“])+")


_STATEMENT = re.compile(
    r"(?:发表|发布|公布|签署)了?《[^》]*(?:声明|宣言|公报)》|[发公]表了?[^，；。！？《]{0,16}(?:声明|宣言|公报)"
)


def kind(clause: str) -> str:
    """``statement`` (a joint statement, declaration or communiqué published, or signed by title)
    or ``documents``
    (the documents a ceremony signed, exchanged or showed): each side's line of each kind is one
    line, as the conventions name the two ("documents signed and joint statements")."""
    return "statement" if _STATEMENT.search(clause) else "documents"


def clauses(text: str) -> list[str]:
    """The documents clauses of a readout, in reading order."""
    return [
        c
        for m in _CLAUSE.finditer(text)
        if SHAPE.search(c := m.group()) and not RECALLED.search(_TITLE.sub("", c))
    ]


@dataclass
class Line:
    """One documents clause of one readout, as one pair's list judges it."""

    set: str
    split: str
    pair: str
    side: str
    clause: str
    kind: str
    judged: str
    """follows / excluded / silent"""
    by: str = ""
    """The event's status and wording that covers it, or the not_formulas entry."""


def judge(pair: Pair, side: str, clause: str, text: str) -> tuple[str, str]:
    where = _spans(text, fold(clause))
    for event in pair.events:
        wording = getattr(event, side)
        spans = _spans(text, fold(wording)) if wording else []
        # the event covers at least half of the clause: a line named inside a statement's title
        # (携手构建……中巴命运共同体 in 《……联合声明》) is that line's event, not the documents'
        if any(2 * _shared(s, t) >= s[1] - s[0] for s in where for t in spans):
            return FOLLOWS, f"{event.status}: {wording}"
    for entry in pair.not_formulas:
        for t in _spans(text, fold(entry)):
            if any(_shared(s, t) * 2 >= s[1] - s[0] for s in where):
                return EXCLUDED, entry
    return SILENT, ""


def list_lines(set_name: str, pairs: list[Pair]) -> list[Line]:
    out = []
    for pair in pairs:
        if language_of(pair) != "zh":
            continue
        for side in ("a", "b"):
            raw = (pair.a_path if side == "a" else pair.b_path).read_text(encoding="utf-8")
            text = _joined(fold(raw))
            mine: list[Line] = []
            for clause in dict.fromkeys(clauses(raw)):
                judged, by = judge(pair, side, clause, text)
                line = Line(
                    set_name, split_of(pair), pair.name, side, clause, kind(clause), judged, by
                )
                mine.append(line)
            # a side's clauses of one kind are one line (见证签署……文件 and 并见证交换……文件 of one
            # visit): a clause the list is silent on is part of a line it counts in another
            counted = {line.kind for line in mine if line.judged == FOLLOWS}
            for line in mine:
                if line.judged == SILENT and line.kind in counted:
                    line.judged, line.by = FOLLOWS, "part of the side's line of its kind"
            out += mine
    return out


def outside_split(pair: Pair) -> str:
    """The outside set's parts: ``tuning`` (its dev pairs) and ``aside`` (held out)."""
    return "aside" if pair.heldout else "tuning"


def noise_lines(path: Path = NOISE) -> list[Line]:
    """Every noise-set report quoting a documents clause, with its verdict."""
    with path.open("rb") as file:
        data = tomllib.load(file)
    reports = []
    for pair in data.get("pair", []):
        name = f"{pair['a']} -> {pair['b']}"
        split = "aside" if pair.get("aside") else "tuning"
        reports += [(split, name, r) for r in pair.get("reports", [])]
    for added in data.get("added", []):
        reports.append(("added", added["pair"], added))
    out = []
    for split, name, report in reports:
        sides = [s for s in ("a", "b") if report.get(s) and clauses(report[s])]
        if not sides:
            continue
        judged = FOLLOWS if report["verdict"] == "formula" else EXCLUDED
        wording = " / ".join(report.get(s, "—") for s in ("a", "b"))
        by = report["verdict"] + (f" ({report['kind']})" if report.get("kind") else "")
        kinds = "+".join(sorted({kind(report[s]) for s in sides}))
        out.append(Line("noise", split, name, "".join(sides), wording, kinds, judged, by))
    return out


def audit(which: str = "all") -> list[Line]:
    out: list[Line] = []
    for name in ("formulas", "outside"):
        if which in ("all", name):
            lines = list_lines(name, load_pairs(SETS[name]))
            if name == "outside":
                heldout = {p.name: outside_split(p) for p in load_pairs(SETS[name])}
                for line in lines:
                    line.split = heldout[line.pair]
            out += lines
    if which in ("all", "noise"):
        out += noise_lines()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("formulas", "outside", "noise", "all"), default="all")
    parser.add_argument("--split", help="only this split (dev, heldout, fresh, tuning, aside)")
    parser.add_argument("--all", action="store_true", help="print every clause, not only against")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    lines = audit(args.set)
    if args.split:
        lines = [line for line in lines if line.split == args.split]
    if args.json:
        json.dump([asdict(line) for line in lines], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    groups: dict[tuple[str, str], dict[str, int]] = {}
    for line in lines:
        counts = groups.setdefault((line.set, line.split), {FOLLOWS: 0, EXCLUDED: 0, SILENT: 0})
        counts[line.judged] += 1
    print("set       split    clauses  follows  excluded  silent")
    for (set_name, split), c in sorted(groups.items()):
        total = sum(c.values())
        print(f"{set_name:9} {split:8} {total:7}  {c[FOLLOWS]:7}  {c[EXCLUDED]:8}  {c[SILENT]:6}")
    for line in lines:
        if args.all or line.judged != FOLLOWS:
            print(
                f"\n{line.set}/{line.split} {line.pair} {line.side} {line.kind}: {line.judged}  {line.by}"
            )
            print(f"  {line.clause}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
