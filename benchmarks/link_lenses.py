"""The *changed* reports of the dev pairs by the linking step that made them, right or not, in
three lenses: the tool, perfect recognition, and every hand wording silent.

    python benchmarks/link_lenses.py [--lens tool,oracle,silent] [--show STEP]

A linking step puts two wordings that only one side each has into one *changed* entry. How
often it is right depends on how many one-sided formulas it meets: the tool knows few, a
recognition as good as the hand lists knows many (acc1: the slot linker, right 27 times in 34
under confidence 0.8 with the tool, was wrong in all 7 such links with every hand wording
known). This script counts, on the dev pairs only, each step's reports in three lenses:

- ``tool``: default options;
- ``oracle``: each pair's hand-listed wordings added to the lexicon (``score_formulas --oracle``);
  a wrong link there turns two right one-sided reports into one wrong change;
- ``silent``: every hand-listed wording as a *silent* entry, reported only when linked into a
  change no report of the tool overlaps (``latent_reach --bound-all``): the shape of a
  recogniser that proposes candidates and lets the linker decide, only the links counted.

Steps: ``twins`` (:mod:`readoutdiff.formulas.linking.twins`, both its calls), ``slots``,
``standing``, ``most_kept`` (``most_kept_entries``), ``qualified_nouns``; ``other`` is every
other maker of changed entries (successions, governing words, replaced phrases). A report keeps
its step by its id. Per step and lens: right, wrong fate, noise, and the series with a wrong
one; then the same by how many one-sided formulas the step met in that comparison (both sides
together: *few* up to ``FEW``, *many* above ``MANY``), and, for twins, by its evidence
(shared telling words, see ``twins._evidence``). ``--show STEP`` lists that step's reports that
are not right.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from formula_eval import Event, Pair, judge, load_pairs, verdict  # noqa: E402
from latent_reach import _all_wordings, silent_changes  # noqa: E402
from score_formulas import lines_of, oracle_lexicon  # noqa: E402

from readoutdiff import compare, load  # noqa: E402
from readoutdiff.model import Comparison, Formula, Options  # noqa: E402

FEW = 8
"""One-sided formulas (both sides) a step meets, at most, for *few*."""
MANY = 16
"""Above this many, *many*."""
LENSES = ("tool", "oracle", "silent")

Made = dict[str, tuple[str, int, int]]
"""Id of a changed entry -> the step that made it, the one-sided formulas it met, its evidence
(twins only, else 0)."""


def _changed(out: object) -> list[Formula]:
    """The changed entries a step returned (``Mutations``, a pair or a list)."""
    if hasattr(out, "changed"):
        return list(out.changed)
    return list(out[0]) if isinstance(out, tuple) else list(out)  # type: ignore[call-overload]


def _evidence(args: Sequence[object], entry: Formula) -> int:
    """The evidence twins saw for the pair of ``entry``: its shared telling words and more."""
    twins = importlib.import_module("readoutdiff.formulas.linking.twins")
    a, b, only_a, only_b, comparing = args[:5]
    anchor = entry.anchor or ""
    told = comparing.subjects()  # type: ignore[attr-defined]
    xs = [o[0] for i, o in only_a.items() if entry.a_spans and o[0].span.start >= entry.a_spans[0].start  # type: ignore[attr-defined]
          and o[0].span.end <= entry.a_spans[0].end]  # fmt: skip
    ys = [o[0] for i, o in only_b.items() if entry.b_spans and o[0].span.start >= entry.b_spans[0].start  # type: ignore[attr-defined]
          and o[0].span.end <= entry.b_spans[0].end]  # fmt: skip
    best = 0
    for x in xs:
        for y in ys:
            if anchor not in (x.id, y.id):
                continue
            xt, yt = twins._traits(a, x, told), twins._traits(b, y, told)
            family = x.source is y.source is twins.FormulaSource.BUILTIN
            found = twins._family(x, y, xt, yt) if family else twins._evidence(xt, yt)
            best = max(best, found or 0)
    return best


STEPS: tuple[tuple[str, str, str, int], ...] = (
    ("readoutdiff.formulas.linking.twins", "link", "twins", 2),
    ("readoutdiff.formulas.linking.slots", "find", "slots", 2),
    ("readoutdiff.formulas.linking.standing", "changes", "standing", 2),
    ("readoutdiff.formulas.linking.most_kept_entries", "changes", "most_kept", -1),
    ("readoutdiff.formulas.linking.qualified_nouns", "changes", "qualified_nouns", -1),
)
"""(module, function, step, argument index of ``only_a`` or -1 when the step takes none)."""


@contextmanager
def steps_watched() -> Iterator[Made]:
    """Record which step made each changed entry while the block runs (the steps are module
    attributes, called through their modules, as ``ablate_rules`` switches them)."""
    made: Made = {}
    saved = []
    for module_name, attribute, step, at in STEPS:
        module = importlib.import_module(module_name)
        original = getattr(module, attribute)
        saved.append((module, attribute, original))
        setattr(module, attribute, _watched(original, step, at, made))
    try:
        yield made
    finally:
        for module, attribute, original in saved:
            setattr(module, attribute, original)


def _watched(
    original: Callable[..., object], step: str, at: int, made: Made
) -> Callable[..., object]:
    def call(*args: object, **kwargs: object) -> object:
        out = original(*args, **kwargs)
        met = len(args[at]) + len(args[at + 1]) if at >= 0 else 0  # type: ignore[arg-type]
        for entry in _changed(out):
            evidence = _evidence(args, entry) if step == "twins" else 0
            made.setdefault(entry.id, (step, met, evidence))
        return out

    return call


Link = tuple[str, str, int, int, Pair, Event]
"""(step, verdict, one-sided formulas met, evidence, pair, report)."""


def links(pair: Pair, lens: str) -> list[Link]:
    """The changed reports of ``pair`` in ``lens``, each with its step and verdict."""
    a, b = load(pair.a_path), load(pair.b_path)
    added: list[Event] = []
    with steps_watched() as made:
        if lens == "silent":
            tool = compare(a, b)
            added = silent_changes(a, b, tool, _all_wordings(pair))
            reports = _events(tool) + added
            ids = [f.id for f in tool.formulas] + [e.note.split()[0] for e in added]
        else:
            options = Options(lexicon=oracle_lexicon(pair)) if lens == "oracle" else Options()
            comparison = compare(a, b, options=options)
            reports, ids = _events(comparison), [f.id for f in comparison.formulas]
    start = len(reports) - len(added) if lens == "silent" else 0  # the silent lens: links only
    out = []
    for number, judged in enumerate(judge(pair, reports).judged):
        if number < start or judged.report.status != "changed":
            continue
        step, met, evidence = made.get(ids[number], ("other", 0, 0))
        out.append((step, verdict(judged), met, evidence, pair, judged.report))
    return out


def _events(comparison: Comparison) -> list[Event]:
    return [
        Event(f.status.value, f.a_text, f.b_text, f.id, **lines_of(comparison, f))
        for f in comparison.formulas
    ]


def table(found: Mapping[str, Sequence[Link]], title: str) -> str:
    """Right, wrong fate, repeat (``formula_eval.verdict``) and noise per row, with the series
    that have a wrong fate or noise."""
    rows = [f"| {title} | right | wrong fate | repeat | noise | precision | series wrong |",
            "|---|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    for name in sorted(found):
        counted = Counter(link[1] for link in found[name])
        total = sum(counted.values())
        wrong = {link[4].series for link in found[name] if link[1] in ("wrong fate", "noise")}
        share = f"{100 * counted['right'] / total:.0f} %" if total else "-"
        rows.append(f"| {name} | {counted['right']} | {counted['wrong fate']} | "
                    f"{counted['repeat']} | {counted['noise']} | {share} | {len(wrong)} |")  # fmt: skip
    return "\n".join(rows)


def size(met: int) -> str:
    return "few" if met <= FEW else "many" if met > MANY else "some"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--lens", default=",".join(LENSES), help="lenses, comma separated")
    parser.add_argument("--show", default="", help="list this step's reports that are not right")
    args = parser.parse_args(argv)
    pairs = load_pairs(split="dev")
    for lens in args.lens.split(","):
        found = [link for pair in pairs for link in links(pair, lens)]
        by_step: dict[str, list[Link]] = defaultdict(list)
        by_size: dict[str, list[Link]] = defaultdict(list)
        by_evidence: dict[str, list[Link]] = defaultdict(list)
        for link in found:
            by_step[link[0]].append(link)
            if link[0] in ("twins", "slots"):
                by_size[f"{link[0]}, {size(link[2])}"].append(link)
            if link[0] == "twins":
                by_evidence[f"twins, evidence {min(link[3], 3)}"].append(link)
        print(f"## {lens} ({len(pairs)} dev pairs)\n")
        print(table(by_step, "step"), table(by_size, "one-sided met"),
              table(by_evidence, "evidence"), sep="\n\n", end="\n\n")  # fmt: skip
        for step, said, met, evidence, pair, report in found:
            if step == args.show and said != "right":
                print(f"- {said} ({met} met, evidence {evidence}) {pair.name}: "
                      f"{report.a!r} -> {report.b!r}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
