"""Score readoutdiff's formula list against the hand-written real evaluation set.

    python benchmarks/score_formulas.py [--split dev|heldout|fresh|all] [--lang en|zh|ru] [--verbose] [--history] [--meaning]

Runs ``readoutdiff.compare`` with default options on every pair of ``eval/formulas/pairs/`` and
prints, for the dev pairs, the held-out pairs, the fresh (unseen) pairs and all together: per
status precision and recall, the noise share, the fates right and the hand-listed *changed*
events found. The matching rule is in ``formula_eval.py``; ``README.md`` explains every figure. ``--verbose`` lists, per pair, the
expected events missed and the reports that were noise or had the wrong fate (with
``--history``, also the phrases each pair's history taught). ``--history``
gives each pair, as ``readoutdiff A B --history`` would, the readouts of its series in
its set's folder (``eval/formulas/`` or ``eval/outside/``) dated before A (see :func:`history_of`);
the first pair of a series gets none.
``--meaning`` runs ``compare`` with ``Options(meaning=True)`` (``readoutdiff A B --meaning``:
sentences also paired by meaning, with the sentence-embedding model loaded).
``--set outside`` scores the outside set ``eval/outside/`` instead (White House, State Department
and 10 Downing Street pairs of series in no other set, expectations written before the tool ran;
its ``dev`` split is the tuning part, ``heldout`` the aside part; ``eval/outside/SOURCES.md``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from functools import partial
from pathlib import Path
from typing import Any

import formula_eval
from formula_eval import (
    EVAL_DIR,
    LANGUAGES,
    SPLITS,
    STATUSES,
    Event,
    Pair,
    PairResult,
    Totals,
    judge,
    language_of,
    load_pairs,
    split_name,
    split_of,
)
from revision_src import formulas_module

from readoutdiff import compare, load
from readoutdiff.model import Entry, FormulaSource, Lexicon, Options

# formulas/ in sub-packages; a --base revision from before them has the flat layout
_lexicon = formulas_module("lexicon.lexicon")
builtin, merge = _lexicon.builtin, _lexicon.merge
# a history counted as `readoutdiff A B --history` counts it (a readout read twice counts once);
# a --base revision from before with_history (twenty-fifth session) scores no --history run
_recurrence = formulas_module("mining.recurrence")
try:  # the pair's history is a module of its own after compare (thirty-ninth session)
    import readoutdiff.history as _history
except ImportError:  # a --base revision before it: in the formula stage's recurrence
    _history = _recurrence
with_history = getattr(_history, "with_history", None)
# the same comparison made with less work (hist4); a --base revision before it learns, then compares
history_compared = getattr(_history, "history_compared", None)

Runner = Callable[[Pair], list[Event]]


SETS = {"formulas": EVAL_DIR, "outside": EVAL_DIR.parent / "outside"}
"""``--set`` -> the folder of readouts whose ``pairs/`` it scores."""


def history_of(pair: Pair, eval_dir: Path | None = None) -> list[Path]:
    """The readouts of the pair's series in ``eval_dir`` (by default the folder its readouts
    are in: ``eval/formulas/`` or ``eval/outside/``) dated strictly before A, oldest first: what
    an analyst comparing A and B already has (B, and every later readout, is left out). Read
    from ``eval/formulas/`` whatever the set, ``--set outside --history`` gave no pair a
    history (no outside series is one of eval/formulas): its figures were those without (rev26:
    41 of 101 outside pairs have earlier readouts in their own folder)."""
    a_date = pair.a_path.stem.split("__")[1]
    earlier = []
    for path in sorted((pair.a_path.parent if eval_dir is None else eval_dir).glob("*.txt")):
        series, _ = split_name(path)
        if series == pair.series and path.stem.split("__")[1] < a_date:
            earlier.append(path)
    return earlier


def history_options(pair: Pair, options: Options) -> Options:
    """``options`` with the phrases recurring in the pair's history and the pair itself, as
    ``readoutdiff A B --history DIR`` learns them; ``options`` as they are with no history."""
    earlier = history_of(pair)
    if not earlier:
        return options
    if with_history is None:
        raise SystemExit(
            "score_formulas: --history needs a revision with with_history (cf4935fb or later)"
        )
    compared = (load(pair.a_path), load(pair.b_path))
    return with_history(options, [load(path) for path in earlier], compared)


def learned(pair: Pair, options: Options = Options()) -> list[str]:
    """The wordings of the recurring phrases the pair's history teaches (``--verbose --history``)."""
    lexicon = history_options(pair, options).lexicon
    entries = lexicon.entries if lexicon is not None else ()
    return [entry.text for entry in entries if entry.id.startswith("recurring:")]


def run_tool(
    pair: Pair, options: Options = Options(), history: bool = False, steps: bool = False
) -> list[Event]:
    """The formulas ``compare`` reports for the pair, with default ``options`` (and, with
    ``history``, the phrases recurring in the series up to the pair: :func:`history_options`;
    with ``steps``, each report's ``step``: the steps of the formula stage that made it, read
    within :func:`readoutdiff.formulas.origins.origins`)."""
    earlier = history_of(pair) if history else []
    if earlier and history_compared is not None and not steps:
        a, b = load(pair.a_path), load(pair.b_path)
        comparison = history_compared(options, [load(path) for path in earlier], [a, b])
        return [report_of(comparison, f) for f in comparison.formulas]
    if history:
        options = history_options(pair, options)
    if steps:  # read here: the scorer also runs an older src (by_series.py), without it
        from readoutdiff.formulas.origins import origins
    with origins() if steps else nullcontext(_no_steps) as step_of:
        comparison = compare(load(pair.a_path), load(pair.b_path), options=options)
        return [report_of(comparison, f, step_of(f)) for f in comparison.formulas]


def report_of(comparison: Any, formula: Any, step: str = "") -> Event:
    """The scorer's report of one formula of ``comparison``: status, wordings, origin, the steps
    that made it (``step``) and each side's line (:func:`lines_of`)."""
    return Event(
        formula.status.value,
        formula.a_text,
        formula.b_text,
        origin(formula.id, formula.source.value),
        step=step,
        **lines_of(comparison, formula),
    )


def lines_of(comparison: Any, formula: Any) -> dict[str, str | None]:
    """``a_line``/``b_line`` of a report of ``formula``: the line a short core stands in on each
    side, which the headline matching reads (``formula_eval.LINES``); every script that makes
    its reports from a comparison gives them these, or it judges by the core only."""
    return lines_at(comparison.a, comparison.b, formula.a_spans, formula.b_spans)


def lines_at(a: object, b: object, a_spans: tuple, b_spans: tuple) -> dict[str, str | None]:
    """``a_line``/``b_line`` of a wording at ``a_spans`` of readout ``a`` and ``b_spans`` of
    ``b`` (the first span of each side), for a report a script makes without a formula of a
    comparison (a candidate phrase): as :func:`lines_of` gives a formula's."""
    return {"a_line": _line(a, a_spans), "b_line": _line(b, b_spans)}


def _line(readout: object, spans: tuple) -> str | None:
    """The line a short core stands in (ext1's ``line_of``), for the headline matching; None
    on an older src without it (by_series.py runs one)."""
    try:
        from readoutdiff.formulas.entries.lines import line_of
    except ImportError:
        return None
    return line_of(readout, spans[0]) if spans else None


def _no_steps(formula: object) -> str:
    return ""


def origin(formula_id: str, source: str) -> str:
    """Where a report comes from: its source (built-in, user, mined; ``background`` for the
    built-in recurring phrases) and, for a change read off the words around a formula, the
    kind of its id ("wording", "context", "reworded" ...)."""
    source = "background" if formula_id.startswith("background:") else source
    kind = formula_id.rsplit("/", 1)[1].rstrip("0123456789-#") if "/" in formula_id else ""
    return f"{source}/{kind}" if kind else source


def oracle_lexicon(pair: Pair) -> Lexicon:
    """The built-in lexicon plus every wording the pair's hand-listed events give, one entry
    per event (a persisted event's two wordings are one entry; a changed event's are two
    entries with no successor link: the tool must tell by itself that one became the other)."""
    entries = []
    for number, event in enumerate(pair.events):
        wordings = [w for w in (event.a, event.b) if w]
        if event.status == "changed":
            entries += [Entry(id=f"oracle-{number}-{side}", text=w, source=FormulaSource.USER)
                        for side, w in zip("ab", wordings, strict=True)]  # fmt: skip
        else:
            variants = tuple(w for w in wordings[1:] if w != wordings[0])
            entries.append(
                Entry(
                    id=f"oracle-{number}",
                    text=wordings[0],
                    variants=variants,
                    source=FormulaSource.USER,
                )
            )
    return merge(builtin(), Lexicon(entries=tuple(entries)))


def run_oracle(pair: Pair, history: bool = False, meaning: bool = False) -> list[Event]:
    """The formulas ``compare`` reports when it knows the pair's hand-listed wordings."""
    return run_tool(pair, Options(lexicon=oracle_lexicon(pair), meaning=meaning), history=history)


def run_cli(pair: Pair, history: bool = False, meaning: bool = False) -> list[Event]:
    """The formulas of ``readoutdiff A B --format json``, run as a user would (same interpreter);
    with ``history``, ``--history`` names a folder holding copies of the pair's earlier readouts."""
    command = [sys.executable, "-m", "readoutdiff", str(pair.a_path), str(pair.b_path)]
    with tempfile.TemporaryDirectory(prefix="score-history-") as folder:
        earlier = history_of(pair) if history else []
        for path in earlier:
            shutil.copy(path, Path(folder) / path.name)
        extra = (["--history", folder] if earlier else []) + (["--meaning"] if meaning else [])
        out = subprocess.run(
            [*command, "--format", "json", *extra], capture_output=True, text=True, check=False
        )
    if out.returncode not in (0, 1):
        raise RuntimeError(f"readoutdiff failed on {pair.name}: {out.stderr.strip()}")
    formulas = json.loads(out.stdout)["formulas"]
    return [
        Event(
            f["status"],
            f.get("a"),
            f.get("b"),
            origin(f["id"], f["source"]),
            a_line=f.get("a_clause"),
            b_line=f.get("b_clause"),
        )
        for f in formulas
    ]


def score(pairs: Iterable[Pair], runner: Runner = run_tool) -> list[PairResult]:
    return [judge(pair, runner(pair)) for pair in pairs]


def judged_both_ways(
    pairs: Iterable[Pair], runner: Runner = run_tool
) -> tuple[list[PairResult], list[PairResult]]:
    """The tool run once per pair, its reports judged by the headline matching and by the core
    only (``formula_eval.LINES`` off, the matching before the thirty-fifth session)."""
    runs = [(pair, runner(pair)) for pair in pairs]
    headline = [judge(pair, reports) for pair, reports in runs]
    with formula_eval.switched(LINES=False):
        core = [judge(pair, reports) for pair, reports in runs]
    return headline, core


CORE_ONLY_KEYS = ("noise_share", "fates_right", "changed_found")
"""The figures of the core-only matching that every table and JSON object carries too."""


def core_only_row(groups: list[tuple[str, Totals]]) -> str:
    """The core-only figures (noise / fates right / changed found) of each column, one labelled
    line under the headline table."""
    cells = []
    for _, t in groups:
        f, reported = t.figures(), _reported(t)
        cells.append(
            f"{_pct(f['noise_share']).strip()} ({t.noise}/{reported}) / "
            f"{_pct(f['fates_right']).strip()} ({sum(t.right.values())}/{reported - t.noise}) / "
            f"{_pct(f['changed_found']).strip()} ({t.recalled['changed']}/{t.expected['changed']})"
        )
    return "| core only: noise / fates right / changed found | " + " | ".join(cells) + " |"


def totals(results: Iterable[PairResult]) -> Totals:
    t = Totals()
    for r in results:
        t.add(r)
    return t


def _pct(x: float | None) -> str:
    return "   n/a" if x is None else f"{100 * x:5.1f}%"


def table(groups: list[tuple[str, Totals]]) -> str:
    """A Markdown table: one column per group of pairs."""
    head = "| figure | " + " | ".join(f"{n} ({t.pairs} pairs)" for n, t in groups) + " |"
    lines = [head, "|---|" + "---:|" * len(groups)]
    figs = [t.figures() for _, t in groups]
    for s in STATUSES:
        for kind in ("precision", "recall"):
            key = f"{s}_{kind}"
            cells = []
            for (_, t), f in zip(groups, figs, strict=True):
                n, d = (
                    (t.right[s], t.reported[s])
                    if kind == "precision"
                    else (t.recalled[s], t.expected[s])
                )
                cells.append(f"{_pct(f[key])} ({n}/{d})")
            lines.append(f"| {s} {kind} | " + " | ".join(cells) + " |")
    rows = [
        ("noise share (lower is better)", "noise_share", lambda t: (t.noise, _reported(t))),
        (
            "fates right",
            "fates_right",
            lambda t: (sum(t.right.values()), _reported(t) - t.noise),
        ),
        (
            "changed events found",
            "changed_found",
            lambda t: (t.recalled["changed"], t.expected["changed"]),
        ),
        (
            "repeats (a second report of one event, not right)",
            "repeat_share",
            lambda t: (t.repeats, _reported(t) - t.noise),
        ),
    ]
    for label, key, nd in rows:
        cells = []
        for (_, t), f in zip(groups, figs, strict=True):
            n, d = nd(t)
            cells.append(f"{_pct(f[key])} ({n}/{d})")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _reported(t: Totals) -> int:
    return sum(t.reported.values())


def _show(e: Event) -> str:
    if e.a and e.b and e.a != e.b:
        return f"{e.a!r} -> {e.b!r}"
    return repr(e.a or e.b)


_SPLIT_TAG = {"dev": "", "heldout": " (held out)", "fresh": " (fresh, unseen)"}
COLUMNS = (("dev", "dev"), ("heldout", "held-out"), ("fresh", "fresh (unseen)"))
"""Split -> column title. The splits are disjoint; an ``all`` column adds them up."""


def columns(results: list[PairResult], split: str) -> list[tuple[str, Totals]]:
    """The table's columns for ``--split``: one per split with pairs, then ``all``; ``young``
    (a part of dev) one column."""
    if split == "young":
        return [("young dev", totals(results))]
    groups = [
        (title, totals(r for r in results if split_of(r.pair) == name))
        for name, title in COLUMNS
        if split in ("all", name)
    ]
    if split == "all":
        groups.append(("all", totals(results)))
    return [(title, t) for title, t in groups if t.pairs]


def details(result: PairResult) -> str:
    """What an engineer needs to fix: misses, noise and wrong fates of one pair."""
    pair = result.pair
    out = [f"## {pair.name}{_SPLIT_TAG[split_of(pair)]}: {pair.a_path.name} -> {pair.b_path.name}"]
    for i, e in enumerate(pair.events):
        if i not in result.found:
            out.append(f"  MISSED   {e.status:9} {_show(e)}")
    for j in result.judged:
        r = j.report
        if j.noise:
            why = f"not a formula: {j.not_formula!r}" if j.not_formula else "no counterpart"
            out.append(f"  NOISE    {r.status:9} {_show(r)}  ({why}){_step(r)}")
        elif j.counterpart is not None and not j.right:
            out.append(
                f"  WRONG    {r.status:9} {_show(r)}  (expected {j.counterpart.status}: {_show(j.counterpart)}){_step(r)}"
            )
        else:
            out.append(f"  right    {r.status:9} {_show(r)}{_step(r)}")
    return "\n".join(out)


def _step(report: Event) -> str:
    """``  [steps]`` of a report made within :func:`origins` (``--verbose`` shows them)."""
    return f"  [{report.step}]" if report.step else ""


def _note(report: Event) -> str:
    return report.note


def _step_of(report: Event) -> str:
    return report.step


def origin_counts(
    results: Iterable[PairResult], key: Callable[[Event], str] = _note
) -> dict[str, list[int]]:
    """Reports per ``key`` of the report (its origin, :func:`origin`, by default; or the steps
    that made it, ``Event.step``): [reports, right fate, wrong fate or repeat, noise] (a repeat,
    :data:`formula_eval.REPEATS`, is not right and not noise: it stands with the wrong fates)."""
    counts: dict[str, list[int]] = {}
    for judged in (j for r in results for j in r.judged):
        row = counts.setdefault(key(judged.report) or "?", [0, 0, 0, 0])
        row[0] += 1
        row[3 if judged.noise else 1 if judged.right else 2] += 1
    return counts


def by_origin(
    results: Iterable[PairResult], key: Callable[[Event], str] = _note, title: str = "origin"
) -> str:
    """Reports per origin (see :func:`origin`; or per ``key``): how many, right fate, wrong
    fate or repeat, noise."""
    counts = origin_counts(results, key)
    lines = [
        f"| {title} | reports | right | wrong or repeat | noise |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, row in sorted(counts.items(), key=lambda item: (-item[1][0], item[0])):
        lines.append(f"| {name} | " + " | ".join(map(str, row)) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split",
        choices=SPLITS,
        default="all",
        help="which pairs: dev, heldout, fresh, all, or young (the dev pairs tuned on least: "
        "moved to dev on the last two dates of turnover in the pairs' heldout notes, or alone in "
        "their series; judge a rule there)",
    )
    parser.add_argument(
        "--set",
        choices=tuple(SETS),
        default="formulas",
        help="which hand-written set to score: the evaluation set (eval/formulas) or the "
        "outside set (eval/outside: dev = its tuning part, heldout = its aside part)",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="score only the pairs whose readouts are in that language"
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="list misses and false reports per pair, each report with the steps of the "
        "formula stage that made it ([by_sides.fate>carried]; origins.origins)",
    )
    parser.add_argument(
        "--cli",
        action="store_true",
        help="score `readoutdiff A B --format json` instead of compare()",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument(
        "--pair", metavar="TEXT", help="score only the pairs whose name contains TEXT (e.g. kuleba)"
    )
    parser.add_argument(
        "--no-background",
        action="store_true",
        help="score compare() without the built-in background of recurring phrases",
    )
    parser.add_argument(
        "--oracle",
        action="store_true",
        help="give compare() each pair's hand-listed wordings as a lexicon (no links): "
        "what the engine scores when it knows exactly which phrases are formulas",
    )
    parser.add_argument(
        "--history",
        action="store_true",
        help="give each pair, as `--history`, the readouts of its series in eval/formulas "
        "dated before A (the first pair of a series gets none)",
    )
    parser.add_argument(
        "--meaning",
        action="store_true",
        help="run compare() with Options(meaning=True), as `readoutdiff A B --meaning`: "
        "sentences also paired by meaning (loads the sentence-embedding model)",
    )
    parser.add_argument(
        "--by-origin",
        action="store_true",
        help="also count reports per origin (lexicon, mined, background, and the kind of a "
        "change read off the words around a formula), then per the steps of the formula "
        "stage that made each (origins.origins): right, wrong fate, noise (with --json: the "
        "keys by_origin and by_step, [reports, right, wrong fate, noise] each)",
    )
    parser.add_argument(
        "--core-only",
        action="store_true",
        help="the headline by the matching before the thirty-fifth session: a short core matches "
        "a hand wording only as any wording does, not by the line the tool tells it with "
        "(formula_eval.LINES off; printed under the table anyway, as 'core only')",
    )
    parser.add_argument(
        "--lines",
        action="store_true",
        help="does nothing: kept for old command lines (ext1's clause matching, which it turned "
        "on, is the headline since sc2; --core-only gives the old matching)",
    )
    parser.add_argument(
        "--repeats-right",
        action="store_true",
        help="every report of one hand event a right fate, as before the thirty-fifth session "
        "(formula_eval.REPEATS off; the headline counts all but one as repeats, not right)",
    )
    parser.add_argument(
        "--one-to-one",
        action="store_true",
        help="recall by a largest one-to-one assignment of reports to events of their status, "
        "not each report's best event (formula_eval.ONE_TO_ONE; kinder, not the headline)",
    )
    parser.add_argument(
        "--halves",
        action="store_true",
        help="a changed report one of whose wordings matches its side of a two-sided hand event "
        "is a wrong fate, not noise (formula_eval.HALVES; against the written rule, not the "
        "headline)",
    )
    args = parser.parse_args(argv)
    switches = {
        "LINES": not args.core_only,
        "REPEATS": not args.repeats_right,
        "ONE_TO_ONE": args.one_to_one,
        "HALVES": args.halves,
    }
    with formula_eval.switched(**switches):
        return _main(parser, args)


def _main(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    pairs = [
        p
        for p in load_pairs(SETS[args.set], split=args.split)
        if (not args.pair or args.pair in p.name) and (not args.lang or language_of(p) == args.lang)
    ]
    if not pairs:
        parser.error(f"no pair of split {args.split!r} matches {args.pair!r} / {args.lang!r}")
    started = time.perf_counter()
    options = Options(background=not args.no_background, meaning=args.meaning)
    steps = args.verbose or args.by_origin  # each report's steps (origins.origins)
    tool = partial(run_tool, options=options, history=args.history, steps=steps)
    oracle = partial(run_oracle, history=args.history, meaning=args.meaning)
    cli = partial(run_cli, history=args.history, meaning=args.meaning)
    results, core = judged_both_ways(pairs, cli if args.cli else oracle if args.oracle else tool)
    elapsed = time.perf_counter() - started
    if args.verbose:
        for r in results:
            print(details(r))
            if args.history:
                count = len(history_of(r.pair))
                print(f"  history: {count} earlier readout{'s' * (count != 1)}")
                print(
                    "".join(f"  LEARNED  {text!r}\n" for text in learned(r.pair, options)), end=""
                )
            print()
    groups = columns(results, args.split)
    if args.json:
        # Keys: dev, held-out, fresh, all (the column title without its gloss).
        core_figures = {title: t.figures() for title, t in columns(core, args.split)}
        figures: dict[str, object] = {
            title.split(" ")[0]: {  # with the core-only matching's three figures
                **t.figures(),
                **{f"core_only_{k}": core_figures[title][k] for k in CORE_ONLY_KEYS},
            }
            for title, t in groups
        }
        if args.by_origin:  # [reports, right, wrong fate, noise] per origin, per step
            figures["by_origin"] = origin_counts(results)
            figures["by_step"] = origin_counts(results, _step_of)
        print(json.dumps(figures, indent=1, sort_keys=True))
        return 0
    print(table(groups))
    if not args.core_only:
        print(core_only_row(columns(core, args.split)))
    if args.by_origin:
        print("\n" + by_origin(results))
        if not args.cli and not args.oracle:  # the steps of the formula stage that made each
            print("\n" + by_origin(results, _step_of, "steps"))
    how = "readoutdiff --format json" if args.cli else "compare() with default options"
    how += ", no background" if args.no_background and not args.cli else ""
    how += ", each pair's hand-listed wordings as a lexicon (oracle)" if args.oracle else ""
    how += ", the earlier readouts of its series as history" if args.history else ""
    how += ", pairing by meaning (--meaning)" if args.meaning else ""
    how += f", {args.lang} readouts only" if args.lang else ""
    how += "; matching: " + (
        "core only (--core-only)" if args.core_only else "a short core by its line (headline)"
    )
    how += ", every report of one event right" if args.repeats_right else ", repeats not right"
    how += ", one-to-one recall" if args.one_to_one else ""
    how += ", a changed report with one side right a wrong fate" if args.halves else ""
    print(f"\n{len(pairs)} pairs scored in {elapsed:.1f} s ({how}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
