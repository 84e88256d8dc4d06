"""Classify the hand-listed Russian *changed* events the tool misses, and its wrong fates.

    python benchmarks/russian_misses.py [--split dev]        # dev only: held-out stays unread
    PYTHONPATH=<rev>/src python benchmarks/russian_misses.py # another revision's tool

Each missed *changed* event of a Russian pair (``eval/formulas``, ``--split``; default dev) is
put in one class, by what the two texts and the tool's reports show:

- ``reported-other-status``: a report matches it, with another status (a wrong fate);
- ``formula-inside``: a reported formula stands inside either wording (its fate did not
  carry the change);
- ``head-kept``: no formula inside; both wordings open on a verb of one Snowball stem
  (this checkout's :data:`readoutdiff.languages.ru.CLAUSE_HEAD`: "поздравил" / "поздравил") — a point reworded
  under the same verb;
- ``head-changed``: no formula inside, the verbs differ or one side has none.

Then each wrong fate (a report matched to an event of another status) is printed. Counts per
class end the output.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
from collections import Counter
from pathlib import Path

from formula_eval import Event, Pair, fold, judge, language_of, load_pairs, verdict
from score_formulas import run_tool

from readoutdiff.languages.ru import stem

_RU = Path(__file__).resolve().parent.parent / "src" / "readoutdiff" / "languages" / "ru.py"
"""This checkout's Russian module: its verb shape classifies the misses of any revision's tool
(``PYTHONPATH`` may name one from before the shape existed)."""


def _shape() -> str:
    spec = importlib.util.spec_from_file_location("ru_of_this_checkout", _RU)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.CLAUSE_HEAD)


_HEAD = re.compile(_shape())


def head(wording: str) -> str | None:
    """The stem of the first word of ``wording`` shaped as a Russian clause's verb, if any."""
    for word in re.findall(r"\w+", wording):
        if _HEAD.fullmatch(word.lower()):
            return stem(word.lower())
    return None


def inside(report: Event, event: Event) -> bool:
    """Whether a wording of ``report`` stands inside the wording of ``event`` on its side."""
    for side in ("a", "b"):
        r, e = getattr(report, side), getattr(event, side)
        if r and e and " ".join(fold(r)) in " ".join(fold(e)):
            return True
    return False


def classify(event: Event, reports: list[Event], matched: list[Event]) -> str:
    if matched:
        return "reported-other-status"
    if any(inside(r, event) for r in reports):
        return "formula-inside"
    heads = head(event.a or ""), head(event.b or "")
    return "head-kept" if heads[0] and heads[0] == heads[1] else "head-changed"


def misses(pair: Pair) -> tuple[list[tuple[str, Event]], list[tuple[Event, Event]]]:
    """The pair's missed changed events with their class, and its wrong fates."""
    reports = run_tool(pair)
    result = judge(pair, reports)
    wrong = [
        (j.report, j.counterpart)
        for j in result.judged
        if j.counterpart and verdict(j) == "wrong fate"  # not a repeat that agrees
    ]
    classes = []
    for index, event in enumerate(pair.events):
        if event.status != "changed" or index in result.found:
            continue
        matched = [j.report for j in result.judged if j.counterpart is event]
        classes.append((classify(event, reports, matched), event))
    return classes, wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=("dev",))
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    for pair in load_pairs(split=args.split):
        if language_of(pair) != "ru":
            continue
        classes, wrong = misses(pair)
        for name, event in classes:
            counts[name] += 1
            print(f"{pair.name}  {name:22} {event.a!r} -> {event.b!r}")
        for report, event in wrong:
            counts["wrong fate"] += 1
            print(f"{pair.name}  wrong fate: said {report.status}, is {event.status}: {report.a!r}")
    print("\n| class | count |\n|---|---:|")
    for name, n in sorted(counts.items()):
        print(f"| {name} | {n} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
