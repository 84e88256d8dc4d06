"""Chinese dev *changed* reports of the short-insertion shape, unlinked: what the halves become.

    python benchmarks/zh_short_insertions.py [--list]

zh33 found the shape "one wording is the other plus at most 3 characters" (各领域合作 →
各领域务实合作) right 2 of 8 on Chinese dev. This script (a measurement, no rule in ``src/``)
takes every such changed report on the Chinese dev pairs (never held-out or fresh) and judges,
with the scorer's own ``judge``, what the report would be under four replacements:

- ``as is``: the changed report;
- ``unlinked``: a *dropped* report of A's wording and an *appeared* report of B's;
- ``unlinked, grown``: the same, each wording grown to its clause (the text between the clause
  marks ，。；！？： around its first place in its readout);
- ``fragment only``: unlinked and grown only when the shorter wording is a cut fragment of its
  clause (the clause is longer than the wording), else as is; ``fragment only, not grown`` and
  ``fragment only, shorter grown`` the same with neither wording or only the shorter one grown;
- ``both fragments: no report``: the report left out when both wordings are cut fragments of
  their clauses, else as is.

For each it counts the reports right, wrong and noise, and the hand list's events found (right
status) in the pair before and after.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from fate_classes import judged_reports
from formula_eval import Event, Pair, judge, language_of, load_pairs, verdict
from zh_changed_shapes import shape

CLAUSE_MARKS = "，。；！？：\n"


def clause_of(text: str, wording: str) -> str:
    """The clause around ``wording``'s first place in ``text`` (``wording`` if it is not there)."""
    at = text.find(wording)
    if at < 0:
        return wording
    start = max(text.rfind(mark, 0, at) for mark in CLAUSE_MARKS) + 1
    ends = [i for i in (text.find(mark, at + len(wording)) for mark in CLAUSE_MARKS) if i >= 0]
    end = min(ends) if ends else len(text)
    return re.sub(r"\s+", "", text[start:end]) or wording


def tally(pair: Pair, reports: list[Event]) -> Counter[str]:
    result = judge(pair, reports)
    out: Counter[str] = Counter()
    for one in result.judged:
        out[{"wrong fate": "wrong"}.get(said := verdict(one), said)] += 1
    out["found"] = len(result.found)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="every short insertion, each way")
    args = parser.parse_args(argv)
    ways = (
        "as is",
        "unlinked",
        "unlinked, grown",
        "fragment only",
        "fragment only, not grown",
        "fragment only, shorter grown",
        "both fragments: no report",
    )
    totals: dict[str, Counter[str]] = {way: Counter() for way in ways}
    for pair in load_pairs(split="dev"):
        if language_of(pair) != "zh":
            continue
        comparison, judged = judged_reports(pair)
        texts = {
            "a": pair.a_path.read_text(encoding="utf-8"),
            "b": pair.b_path.read_text(encoding="utf-8"),
        }
        shorts = [
            one.report
            for one in judged
            if one.report.status == "changed"
            and one.report.a
            and one.report.b
            and shape(one.report.a, one.report.b) == "short insertion"
        ]
        if not shorts:
            continue
        others = [one.report for one in judged if one.report not in shorts]
        for way in ways:
            made: list[Event] = []
            for report in shorts:
                a, b = report.a or "", report.b or ""
                ca, cb = clause_of(texts["a"], a), clause_of(texts["b"], b)
                shorter, clause = (a, ca) if len(a) <= len(b) else (b, cb)
                if way == "as is" or (way.startswith("fragment") and len(clause) <= len(shorter)):
                    made.append(report)
                    continue
                if way == "both fragments: no report":
                    if len(ca) <= len(a) or len(cb) <= len(b):
                        made.append(report)
                    continue
                if way in ("unlinked, grown", "fragment only"):
                    a, b = ca, cb
                elif way == "fragment only, shorter grown":
                    a, b = (ca, b) if len(a) <= len(b) else (a, cb)
                made += [
                    Event("dropped", a, None, report.note),
                    Event("appeared", None, b, report.note),
                ]
            before = tally(pair, others)
            after = tally(pair, others + made)
            for key in ("right", "wrong", "repeat", "noise", "found"):
                totals[way][key] += after[key] - (before[key] if key != "found" else 0)
            totals[way]["found before"] += before["found"]
            if args.list:
                print(
                    f"- {pair.name} [{way}] "
                    + "; ".join(f"{e.status} {e.a!r}->{e.b!r}" for e in made)
                    + f"  right {after['right'] - before['right']}, wrong "
                    f"{after['wrong'] - before['wrong']}, repeat {after['repeat'] - before['repeat']}, "
                    f"noise {after['noise'] - before['noise']},"
                    f" found {after['found']}"
                )
    print("\n| way | right | wrong | repeat | noise | events found in these pairs |")
    print("|---|---:|---:|---:|---:|---:|")
    for way in ways:
        t = totals[way]
        print(
            f"| {way} | {t['right']} | {t['wrong']} | {t['repeat']} | {t['noise']} | {t['found']} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
