"""Every English report with a wrong fate, by why it is wrong (acc17, issue 10 point 3).

    python benchmarks/english_fates.py [--set formulas|outside] [--list]

Only the dev split is read (``--set outside`` reads the outside set's tuning part): held-out and
aside pairs are scored as totals by ``score_formulas.py``, never by class. A report is a wrong
fate when ``score_formulas.py`` matches it to a hand-listed event whose status it does not share
(a repeat, a second report of one event, is one only when its own fate does not agree).
Its class says what the tool said against what the hand list says, and why:

* ``kept formula reworded, said changed``: the hand lists the formula *persisted*; the two
  wordings differ only in words around it (``extent``), or in its own words (``reworded``);
* ``change said persisted``: the hand lists *changed*, the tool a core both sides keep that the
  scorer does not credit (the core is not inside both hand wordings);
* ``kept formula said <appeared|dropped>``: one side read alone; ``other side keeps it`` when
  the hand's wording of the other side is in the other text (the tool missed it there), else
  ``other side rewords it``;
* ``half of a change`` (said appeared or dropped, is changed) with where the other half stands
  (``fate_classes.other_half``);
* ``wrong link`` (said changed, is appeared or dropped): the tool tied the formula to words the
  hand list does not call its other wording;
* ``side swapped`` (said appeared, is dropped, or the reverse).

Each class also says whether the report's wording is the hand's (``same extent``) or longer or
shorter than it, since the scorer credits a report whose wording contains the hand's.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Sequence

from fate_classes import judged_reports, other_half, table
from formula_eval import Event, Pair, fate_agrees, fold, language_of, load_pairs
from score_formulas import SETS

from readoutdiff.model import Comparison


def extent(report: Event, expected: Event) -> str:
    """``same extent``, ``longer``, ``shorter`` or ``other extent``: the report's wordings against
    the hand's, on the sides both give."""
    marks = set()
    for side in ("a", "b"):
        r, e = getattr(report, side), getattr(expected, side)
        if not r or not e:
            continue
        fr, fe = fold(r), fold(e)
        if fr == fe:
            marks.add("same")
        elif len(fr) > len(fe) and " ".join(fe) in " ".join(fr):
            marks.add("longer")
        elif len(fr) < len(fe) and " ".join(fr) in " ".join(fe):
            marks.add("shorter")
        else:
            marks.add("other")
    if marks <= {"same"}:
        return "same extent"
    return "other extent" if len(marks - {"same"}) > 1 else f"{(marks - {'same'}).pop()}"


def why(comparison: Comparison, report: Event, expected: Event) -> str:
    """The class of a wrong fate (see the module's docstring)."""
    said, hand = report.status, expected.status
    if hand == "persisted" and said == "changed":
        same_words = report.a and report.b and fold(report.a) == fold(report.b)
        return "kept formula reworded, said changed" + (" (same words)" if same_words else "")
    if hand == "changed" and said == "persisted":
        return "change said persisted"
    if hand == "persisted" and said in ("appeared", "dropped"):
        other = comparison.a if said == "appeared" else comparison.b
        wording = expected.a if said == "appeared" else expected.b
        kept = wording and " ".join(fold(wording)) in " ".join(fold(other.text))
        return f"kept formula said {said} (other side {'keeps' if kept else 'rewords'} it)"
    if hand == "changed" and said in ("appeared", "dropped"):
        return f"half of a change, said {said} ({other_half(comparison, report, expected)})"
    if said == "changed":
        return f"wrong link (is {hand})"
    return f"side swapped (said {said}, is {hand})"


def classes(pairs: Sequence[Pair]) -> dict[str, list[tuple[Pair, Event, Event]]]:
    """Class -> (pair, report, hand event) of every wrong fate."""
    out: dict[str, list[tuple[Pair, Event, Event]]] = defaultdict(list)
    for pair in pairs:
        comparison, judged_list = judged_reports(pair)
        for judged in judged_list:
            expected = judged.counterpart
            if judged.noise or judged.right or expected is None:
                continue
            if judged.repeat and fate_agrees(judged.report, expected):
                continue  # a second report of the event, its fate right: no wrong fate
            name = f"{why(comparison, judged.report, expected)}; {extent(judged.report, expected)}"
            out[name].append((pair, judged.report, expected))
    return dict(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--set", choices=sorted(SETS), default="formulas")
    parser.add_argument("--list", action="store_true", help="every report under its class")
    args = parser.parse_args(argv)
    pairs = [p for p in load_pairs(SETS[args.set], split="dev") if language_of(p) == "en"]
    found = classes(pairs)
    coarse: dict[str, list[tuple[Pair, Event]]] = defaultdict(list)
    for name, items in found.items():
        coarse[name.split(" (")[0].split(";")[0]] += [(p, r) for p, r, _ in items]
    fine = {name: [(p, r) for p, r, _ in items] for name, items in found.items()}
    print(table(dict(coarse), "why"), table(fine), sep="\n\n")
    if args.list:
        for name in sorted(found):
            print(f"\n## {name}")
            for pair, report, expected in found[name]:
                print(
                    f"- {pair.name} [{report.note}]: said {report.a!r} -> {report.b!r}; "
                    f"hand {expected.a!r} -> {expected.b!r}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
