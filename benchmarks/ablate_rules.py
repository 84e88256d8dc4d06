"""What each rule of the formula stage does: switch it off, score, compare with it on.

    python benchmarks/ablate_rules.py [--rules NAME,...] [--list] [--cost] [--show NAME]
        [--unseen [--cache FILE]]

Each rule of :data:`RULES` is a module attribute of ``readoutdiff.formulas`` (a function, or a
word list of the noise filters) that adds, removes, links or re-labels reports; switching it
off puts in its place what it gives when it finds nothing (no entries, nothing consumed, the
formulas as they came, never true). Every run is a fresh interpreter (nothing a run built
with a rule on is reused with it off) that compares the dev pairs of ``eval/formulas`` and the
pairs of the outside sample (``eval/noise``). Per rule, the figures are the rule's own, that
is *on minus off*:

- dev: reports that differ (in either run only), hand-listed events found (all statuses, and
  *changed*), noise reports and reports with a wrong fate (``formula_eval.judge``), the pairs
  and the series where the reports differ;
- outside (both parts, ``score_noise.verdicts``): reports that differ, noise reports, right and
  wrong fates, and differing reports the list has not judged (``?``).

Held-out and fresh pairs are never run here (tune on dev only). ``--cost`` counts, under
valgrind's callgrind, the instructions of each rule's calls in one ``compare()`` of the 500 KB
real-sentence corpus (``stage_share.py``'s, after a warm-up): a ``sched_yield`` at each entry and
exit of a rule makes callgrind dump its counts there, and a rule's cost is the sum of the
dumps inside its calls, rules it calls included (the word-list rules are in every phrase
test and are not counted). ``--show NAME`` lists the dev and outside reports that differ.

``--unseen`` (sp103) judges each rule where a rule's gain is judged: on the young dev pairs
(``score_formulas.py --split young``) and the outside set's tuning part (``--set outside
--split dev``), the older dev pairs beside them (a gain there alone is the fit): per group the
noise share, fates right and changed found with the rule on and, after the arrow, off; then
the series the rule helps and hurts on young dev and tuning together, and on older dev (a
series' gain: changed found minus noise minus wrong fates, on minus off, ``by_series.py``'s).
``--cache FILE`` keeps the run with every rule on.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

Reports = dict[str, list[list[str | None]]]
"""Pair name -> its reports as [status, A's wording, B's wording, id] (dev pairs: and each
side's line, ``score_formulas.lines_of``)."""


def _nothing(*_: object, **__: object) -> list[object]:
    return []


def _no_pair(*_: object, **__: object) -> tuple[list[object], set[str]]:
    return [], set()


def _no_mutations(*_: object, **__: object) -> object:
    from readoutdiff.formulas.linking.slots import Mutations

    return Mutations(changed=[], consumed=set())


def _no_names(*_: object, **__: object) -> object:
    from readoutdiff.formulas.succession.named import Named

    return Named()


def _no_held(*_: object, **__: object) -> dict[str, object]:
    return {}


def _as_they_came(formulas: object, *_: object, **__: object) -> object:
    return list(formulas) if isinstance(formulas, list | tuple) else formulas


def _never(*_: object, **__: object) -> bool:
    return False


def _none(*_: object, **__: object) -> None:
    return None


def _no_sightings(*_: object, **__: object) -> object:
    return iter(())


def _lexicon_alone(lexicon: object, *_: object) -> object:
    return lexicon


def _twins(strong: bool) -> Callable[[object], Callable[..., object]]:
    """``twins.link`` off only where it links strongly first (``least`` > 1) or only later."""

    def wrap(link: object) -> Callable[..., object]:
        def link_or_not(*args: object, least: int = 1, **kwargs: object) -> object:
            if (least > 1) == strong:
                return _no_mutations()
            return link(*args, least=least, **kwargs)  # type: ignore[operator]

        return link_or_not

    return wrap


def _one_of_two(which: int) -> Callable[[object], Callable[..., object]]:
    """A rule returning two lists (``openings.both_lines``) with list ``which`` of them empty."""

    def wrap(both: object) -> Callable[..., object]:
        def one(*args: object, **kwargs: object) -> object:
            found = list(both(*args, **kwargs))  # type: ignore[operator]
            found[which] = []
            return tuple(found)

        return one

    return wrap


def _first(first: object, *_: object, **__: object) -> object:
    """A fold that changes nothing: its first argument (the entries, or one entry) as it came."""
    return first


def _off(value: object) -> Callable[[object], object]:
    return lambda _: value


Rule = tuple[str, str, Callable[[object], object], str]
"""(module under ``readoutdiff.formulas``, attribute, what to put there given the original, what
the rule does)."""
RULES: dict[str, Rule] = {
    # mining: kinds of evidence and what is never a formula
    "mining.quoted": ("mining.sightings", "_quoted", _off(_no_sightings), "quoted phrases mined"),
    "mining.shared": ("mining.mining", "_shared", _off(_no_sightings), "runs a pair shares"),
    "mining.substantive": ("mining.mining", "_substantive", _off(_never), "a shared run kept once"),
    "background": ("tracking", "with_background", _off(_lexicon_alone), "background phrases"),
    "noise.office": ("mining.noise", "OFFICES", _off(frozenset()), "office words"),
    "noise.date": ("mining.noise", "DATES", _off(frozenset()), "month and day names"),
    "noise.time_span": ("mining.noise", "_WHEN", _off(frozenset()), '"coming days" starts'),
    "noise.counted": ("mining.noise", "_counted", _off(_never), '"100 years"'),
    "noise.boilerplate": ("mining.noise", "_BY_FIRST", _off({}), "stock readout phrases"),
    "noise.narration": ("mining.noise", "NARRATION", _off(frozenset()), '"his", "her"'),
    "noise.occasion": ("mining.noise", "OCCASIONS", _off(frozenset()), "ends on an event noun"),
    "noise.occasion_head": ("mining.noise", "_headed_by_occasion", _off(_never), "anniversary of"),
    "noise.cut": ("words.cuts", "cut", _off(_never), "lone letter, edge inside a name"),
    "noise.preposition": ("words.cuts", "in_compound_preposition", _off(_never), '"light of"'),
    "noise.mostly_name": ("words.name_shapes", "mostly_name", _off(_never), "capitalised runs"),
    "noise.population": ("words.name_shapes", "population", _off(_never), '"countries of X"'),
    "noise.frame_only": ("succession.named", "frame_only", _off(_never), "frame words swapped"),
    # succession: formulas in aligned passages
    "succession.successors": ("succession.succession", "links", _off(_nothing), "successors"),
    "succession.governed": ("succession.succession", "governed", _off(_nothing), "governing word"),
    "regoverned": ("succession.regoverned", "across_gaps", _off(_nothing), "governed across a gap"),
    "twins.strong": ("linking.twins", "link", _twins(strong=True), "twins, strong, first"),
    "named": ("tracking", "name", _off(_no_names), "replaced phrases named"),
    "named.around": ("succession.named", "around", _off(_none), "qualifier by a kept formula"),
    "named.frames": ("tracking", "frames_of", _off(_none), "lexicon frames' middles"),
    "inside_longer": ("tracking", "inside_longer", _off(_no_held), "held in a longer formula"),
    "derived_heads": ("tracking", "derived_heads", _off(_no_held), "head in a derived form"),
    # linking: one-sided formulas linked to their rewordings
    "twins.lonely": ("linking.twins", "link", _twins(strong=False), "twins, after naming"),
    "slots": ("linking.slots", "find", _off(_no_mutations), "rewording at its place"),
    "qualified_nouns": ("linking.qualified_nouns", "changes", _off(_nothing), "one qualifier"),
    "standing": ("linking.standing", "changes", _off(_no_mutations), "all of standing"),
    "standing.lines": ("linking.standing", "_candidates", _off(_nothing), "lines across pairs"),
    "between": ("linking.between", "changes", _off(_no_pair), "words between kept words"),
    "anchored": ("linking.anchored", "lines", _off(_nothing), "kept opening + formula"),
    # (standing reads openings.both_lines, governed.pair_lines and stances.pair_lines: their
    # ``lines`` are not called in the stage, and switching those off moved nothing, sp104)
    "openings": ("linking.openings", "both_lines", _one_of_two(0), "kept opening, other end"),
    "openings.linked": ("linking.openings", "both_lines", _one_of_two(1), "kept opening, swap"),
    "governed_lines": ("linking.governed", "pair_lines", _off(_nothing), "noun of support"),
    "stances": ("linking.stances", "pair_lines", _off(_nothing), "stance on a kept thing"),
    "most_kept": ("linking.most_kept_entries", "changes", _off(_no_pair), "most words kept"),
    "replaced": ("succession.replaced", "links", _off(_nothing), "two alone in one run"),
    # unpaired: sentences the aligner left apart
    "owned": ("unpaired.owned", "changes", _off(_no_pair), "owner's qualified noun"),
    "framed": ("unpaired.framed", "changes", _off(_no_pair), "same frame, other object"),
    # entries: each formula's fate, told once
    "qualified": ("entries.entries", "qualified", _off(_as_they_came), "variant -> changed"),
    "reheaded": ("entries.entries", "reheaded", _off(_as_they_came), "coordination reheaded"),
    "one_story": ("tracking", "one_story", _off(_as_they_came), "one story per place"),
    "carried": ("tracking", "carried", _off(_as_they_came), "governing word and object"),
    "kept_core": ("tracking", "kept_core", _off(_as_they_came), "kept core of a long one"),
    # entries after the linking run, each a fold over the entries (sp103: every call of
    # tracking.py's _fates_tail, _clausal and _folded; the Chinese and Russian ones are read
    # from their modules when the first pair of their language runs)
    "grown_lists": ("tracking", "grown_lists", _off(_first), "a list grown around a formula"),
    "premodified": ("tracking", "premodified", _off(_first), "a modifier before a formula"),
    "with_parties": ("tracking", "with_parties", _off(_first), "a relationship's parties"),
    "with_list": ("tracking", "with_list", _off(_first), "a list of qualifiers"),
    "governing_phrases": ("tracking", "governing_phrases", _off(_first), "a core's noun phrase"),
    "whole_compounds": ("tracking", "whole_compounds", _off(_first), "a wording cut at a hyphen"),
    "went_on": ("linking.diverging", "went_on", _off(_first), "diverging after a kept part"),
    "stance_en": ("unpaired.stance_en", "told_after", _off(_first), "a stance reworded"),
    "reordered": ("tracking", "reordered", _off(_first), "another order or spelling: kept"),
    "beside_kept": ("tracking", "beside_kept", _off(_first), "reworded beside a kept one"),
    "quotes_cut": ("tracking", "without_quotes_cut", _off(_first), "quoted from mid-phrase"),
    "in_clauses": ("tracking", "in_clauses", _off(_first), "the clause rules"),
    "tails_paired_en": ("tracking", "tails_paired_en", _off(_first), "a rare tail kept (en)"),
    "remainders_en": ("tracking", "remainders_en", _off(_first), "a kept remainder (en)"),
    "relations_en": ("tracking", "relations_en", _off(_first), "relationship reworded (en)"),
    "anchored_clauses": ("tracking", "anchored_clauses", _off(_first), "an instrument's clause"),
    "greetings_paired": ("tracking", "greetings_paired", _off(_first), "a greeting, one entry"),
    "giving_way": ("tracking", "giving_way", _off(_first), "a nested clause gives way"),
    "retimed": ("tracking", "retimed", _off(_first), "a dated thing in other time words"),
    "told_once": ("tracking", "told_once", _off(_first), "one place told once"),
    "one_place_one_change": ("tracking", "one_place_one_change", _off(_first), "one change"),
    "cores_in_lines": ("tracking", "cores_in_lines", _off(_first), "a core in its line"),
    "lines_joined": ("tracking", "lines_joined", _off(_first), "a core, its line"),
    "halves_within": ("tracking", "halves_within", _off(_first), "a half inside a change"),
    "formula_named": ("tracking", "formula_named", _off(_first), "background holding a formula"),
    "zh.paired_by_head": ("tracking", "paired_by_head", _off(_first), "a head's run (zh)"),
    "zh.fields": ("entries.field_lists", "fields_paired", _off(_first), "a list of fields"),
    "zh.points": ("entries.numbered_points", "points_paired", _off(_first), "numbered point"),
    "zh.objects": ("entries.verb_objects", "objects_paired", _off(_first), "a verb's object"),
    "zh.events": ("entries.one_event_zh", "without_events", _off(_first), "news of the day"),
    "zh.names": ("entries.one_event_zh", "without_names", _off(_first), "a name"),
    "zh.members": ("entries.one_event_zh", "without_members", _off(_first), "a member cut"),
    "zh.cut_modifiers": (
        "entries.one_event_zh",
        "without_cut_modifiers",
        _off(_first),
        "a modifier cut",
    ),  # fmt: skip
    "zh.bare_cores": ("entries.one_event_zh", "without_bare_cores", _off(_first), "a bare core"),
    "zh.cut_names": ("entries.one_event_zh", "without_cut_names", _off(_first), "a name's core"),
    "zh.modified_cores": (
        "entries.modified_cores_zh",
        "without_modified_cores",
        _off(_first),
        "after its modifier",
    ),  # fmt: skip
    "zh.cut_counts": (
        "entries.modified_cores_zh",
        "without_cut_counts",
        _off(_first),
        "a count cut",
    ),  # fmt: skip
    "zh.said_within": (
        "entries.said_within",
        "without_said_within",
        _off(_first),
        "said within the other",
    ),  # fmt: skip
    "zh.relinked": ("entries.closer_clause", "relinked", _off(_first), "said again, silent"),
    "zh.items": ("entries.listed_items", "items_paired", _off(_first), "an item in its frame"),
    "zh.tails": ("entries.kept_tails", "tails_paired", _off(_first), "a rare tail kept"),
    "zh.repartnered": ("entries.better_partner", "repartnered", _off(_first), "a free clause"),
    "zh.halves": ("entries.better_partner", "halves_paired", _off(_first), "halves of a line"),
    "zh.silent_halves": ("entries.better_partner", "silent_halves", _off(_first), "silent"),
    "zh.swapped": ("entries.swapped_items", "items_swapped", _off(_first), "one item swapped"),
    "zh.anniversaries": (
        "entries.same_anniversary",
        "anniversaries_paired",
        _off(_first),
        "one anniversary",
    ),  # fmt: skip
    "zh.heads": ("entries.throughout_heads", "heads_paired", _off(_first), "a head throughout"),
    "zh.lists_whole": ("entries.whole_lists", "lists_said_whole", _off(_first), "a whole list"),
    "zh.world": ("unpaired.world_zh", "told_world", _off(_first), "how the world stands"),
    "zh.concert": ("unpaired.concert_zh", "told_concert", _off(_first), "acting together"),
    "zh.documents": ("unpaired.documents_zh", "told_documents", _off(_first), "documents signed"),
    "zh.talks": ("unpaired.talks_zh", "told_talks", _off(_first), "what the talks did"),
    "zh.reordered": ("tracking", "reordered_zh", _off(_first), "的 or a frame's 下"),
    "zh.placed_halves": (
        "entries.placed_halves_zh",
        "placed_halves",
        _off(_first),
        "a half, a silent clause",
    ),  # fmt: skip
    "ru.led": ("entries.led_ru", "led", _off(_first), "a point led by a verb"),
    "ru.tails": ("entries.reworded_tails", "tails_reworded", _off(_first), "a tail reworded"),
    "ru.kept_heads": ("entries.kept_heads", "kept_heads", _off(_first), "a head kept"),
    "ru.lone_heads": ("entries.lone_heads", "lone_heads", _off(_first), "lone heads"),
}


def switch_off(name: str) -> None:
    """Put the rule's nothing in its place."""
    module_name, attribute, replacement, _ = RULES[name]
    module = importlib.import_module(f"readoutdiff.formulas.{module_name}")
    if not hasattr(module, attribute):
        raise SystemExit(f"ablate_rules: {module_name} has no {attribute}")
    setattr(module, attribute, replacement(getattr(module, attribute)))


def run_child(off: str | None, oracle: bool) -> None:
    """Print the reports of every dev and outside pair as JSON, with ``off`` switched off (and
    with ``oracle``, of every dev pair with its hand-listed wordings as a lexicon)."""
    from formula_eval import load_pairs
    from score_formulas import lines_of, run_oracle
    from score_noise import NOISE_DIR, pairs

    from readoutdiff import compare, load

    if off:
        switch_off(off)
    out: Reports = {}
    for pair in load_pairs(split="dev"):
        comparison = compare(load(pair.a_path), load(pair.b_path))
        out["dev:" + pair.name] = [  # with each side's line: the headline matching reads it
            [f.status.value, f.a_text, f.b_text, f.id, *lines_of(comparison, f).values()]
            for f in comparison.formulas
        ]
        if oracle:
            told = run_oracle(pair)
            out["orc:" + pair.name] = [[e.status, e.a, e.b, "", e.a_line, e.b_line] for e in told]
    for raw in pairs():
        a, b = str(raw["a"]), str(raw["b"])
        found = compare(load(NOISE_DIR / a), load(NOISE_DIR / b)).formulas
        out[f"out:{a} -> {b}"] = [[f.status.value, f.a_text, f.b_text, f.id] for f in found]
    print(json.dumps(out))


def reports_with(off: str | None, oracle: bool = False) -> Reports:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", off or ""]
    command += ["--oracle"] if oracle else []
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"ablate_rules: {off}: {done.stderr.strip().splitlines()[-1:]}")
    return dict(json.loads(done.stdout))


def dev_figures(reports: Reports, prefix: str = "dev:") -> dict[str, Counter[str]]:
    """Per dev pair: events found, changed found, noise, wrong fates."""
    from formula_eval import Event, judge, load_pairs, verdict

    figures = {}
    for pair in load_pairs(split="dev"):
        if prefix + pair.name not in reports:
            continue
        events = [
            Event(s or "", a, b, a_line=a_line, b_line=b_line)
            for s, a, b, _, a_line, b_line in reports[prefix + pair.name]
        ]
        result = judge(pair, events)
        figures[pair.name] = Counter(
            found=len(result.found),
            changed=sum(e.status == "changed" for e in result.found.values()),
            noise=sum(j.noise for j in result.judged),
            wrong=sum(verdict(j) == "wrong fate" for j in result.judged),
        )
    return figures


def outside_figures(reports: Reports) -> Counter[str]:
    from score_noise import verdicts

    judged = verdicts()
    tally: Counter[str] = Counter()
    for name, found in reports.items():
        if not name.startswith("out:"):
            continue
        for status, a, b, _ in found:
            judgement = judged.get((name[4:], a, b))
            if judgement is None or judgement.verdict == "formula" and not judgement.fate:
                tally["unjudged"] += 1
            elif judgement.verdict == "noise":
                tally["noise"] += 1
            else:
                tally["right" if status == judgement.fate else "wrong"] += 1
    return tally


def differing(on: Reports, off: Reports, prefix: str) -> dict[str, int]:
    """Pair -> reports in one run and not the other."""
    out = {}
    for name in on:
        if name.startswith(prefix):
            x = Counter(tuple(r[:4]) for r in on[name])  # the lines follow the wordings
            y = Counter(tuple(r[:4]) for r in off[name])
            if n := sum(((x - y) + (y - x)).values()):
                out[name] = n
    return out


def row(name: str, on: Reports, off: Reports) -> str:
    from formula_eval import load_pairs

    series = {p.name: p.series for p in load_pairs(split="dev")}
    dev_on, dev_off = dev_figures(on), dev_figures(off)
    delta: Counter[str] = Counter()
    for pair in dev_on:
        delta.update(dev_on[pair])
        delta.subtract(dev_off[pair])
    moved = differing(on, off, "dev:")
    hit = {series[p[4:]] for p in moved}
    out_delta = outside_figures(on)
    out_delta.subtract(outside_figures(off))
    out_moved = differing(on, off, "out:")
    signed = " ".join(f"{k} {out_delta[k]:+d}" for k in ("noise", "right", "wrong", "unjudged"))
    oracle = ""
    if any(p.startswith("orc:") for p in on):
        orc: Counter[str] = Counter()
        for figures in dev_figures(on, "orc:").values():
            orc.update(figures)
        for figures in dev_figures(off, "orc:").values():
            orc.subtract(figures)
        moved_orc = differing(on, off, "orc:")
        oracle = (
            f" {sum(moved_orc.values())}: changed {orc['changed']:+d} noise {orc['noise']:+d}"
            f" wrong {orc['wrong']:+d} |"
        )
    return (
        f"| {name} | {sum(moved.values())} | {delta['found']:+d} | {delta['changed']:+d} "
        f"| {delta['noise']:+d} | {delta['wrong']:+d} | {len(moved)} / {len(hit)} "
        f"| {sum(out_moved.values())} | {signed} |{oracle}"
    )


def show(name: str, on: Reports, off: Reports) -> None:
    for pair in sorted(on):
        x = Counter(tuple(r[:4]) for r in on[pair])
        y = Counter(tuple(r[:4]) for r in off[pair])
        for report in sorted(x - y, key=str):
            print(f"  on only  {pair}: {report[:3]}")
        for report in sorted(y - x, key=str):
            print(f"  off only {pair}: {report[:3]}")


# --- unseen text: young dev and outside tuning (sp103) ----------------------------------------

GROUPS = ("young", "tuning", "older")
"""The young dev pairs (``score_formulas.py --split young``), the outside set's tuning part
(``--set outside --split dev``) and the older dev pairs (dev but young: where a loss is the fit)."""

PairFigures = dict[str, object]
"""A pair's group, series, reports and counts (reported, noise, right, wrong, changed listed and
found), as ``--unseen``'s child prints them."""


def unseen_pairs() -> list[tuple[str, object]]:
    """(group, pair) for every young, tuning and older pair."""
    from formula_eval import load_pairs
    from score_formulas import SETS

    young = {p.name for p in load_pairs(split="young")}
    return [
        *(("young" if p.name in young else "older", p) for p in load_pairs(split="dev")),
        *(("tuning", p) for p in load_pairs(SETS["outside"], split="dev")),
    ]


def run_unseen_child(off: str | None) -> None:
    """Print each unseen pair's figures as JSON, with ``off`` switched off."""
    from formula_eval import judge
    from score_formulas import run_tool

    if off:
        switch_off(off)
    out: dict[str, PairFigures] = {}
    for group, pair in unseen_pairs():
        reports = run_tool(pair)  # type: ignore[arg-type]
        result = judge(pair, reports)  # type: ignore[arg-type]
        changed = [i for i, e in enumerate(result.pair.events) if e.status == "changed"]
        out[f"{group}:{result.pair.name}"] = {
            "group": group,
            "series": result.pair.series or result.pair.name.split("__")[0],
            "reports": sorted([r.status, r.a, r.b] for r in reports),
            "reported": len(result.judged),
            "noise": sum(j.noise for j in result.judged),
            "right": sum(j.right for j in result.judged),
            "wrong": sum(not j.noise and not j.right for j in result.judged),
            "changed": len(changed),
            "changed_found": sum(i in result.found for i in changed),
        }
    print(json.dumps(out))


def unseen_with(off: str | None, cache: Path | None = None) -> dict[str, PairFigures]:
    """The unseen pairs' figures with ``off`` switched off (the rules on: from ``cache`` when
    it holds them, written there otherwise)."""
    if off is None and cache is not None and cache.exists():
        return dict(json.loads(cache.read_text(encoding="utf-8")))
    command = [sys.executable, str(Path(__file__).resolve()), "--unseen-child", off or ""]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"ablate_rules: {off}: {done.stderr.strip().splitlines()[-1:]}")
    if off is None and cache is not None:
        cache.write_text(done.stdout, encoding="utf-8")
    return dict(json.loads(done.stdout))


def group_figures(figures: dict[str, PairFigures], group: str) -> str:
    """noise share / fates right / changed found of one group, with their counts."""
    t: Counter[str] = Counter()
    for pair in figures.values():
        if pair["group"] == group:
            t.update({k: int(pair[k]) for k in ("reported", "noise", "right", "changed")})  # type: ignore[call-overload]
            t["changed_found"] += int(pair["changed_found"])  # type: ignore[call-overload]
    judged = t["reported"] - t["noise"]
    return (
        f"{100 * t['noise'] / max(t['reported'], 1):.1f} % ({t['noise']}/{t['reported']}) / "
        f"{100 * t['right'] / max(judged, 1):.1f} % ({t['right']}/{judged}) / "
        f"{t['changed_found']} of {t['changed']}"
    )


def series_moves(
    on: dict[str, PairFigures], off: dict[str, PairFigures], groups: tuple[str, ...]
) -> tuple[list[str], list[str]]:
    """The series the rule helps and hurts in ``groups``: on minus off, changed found minus
    noise minus wrong fates (``by_series.py``'s gain), summed over each series' pairs."""
    gain: Counter[str] = Counter()
    moved: set[str] = set()
    for name, pair in on.items():
        if pair["group"] not in groups:
            continue
        other = off[name]
        series = str(pair["group"] == "tuning") + ":" + str(pair["series"])
        gain[series] += sum(
            sign * (int(pair[k]) - int(other[k]))  # type: ignore[call-overload]
            for k, sign in (("changed_found", 1), ("noise", -1), ("wrong", -1))
        )
        if pair["reports"] != other["reports"]:
            moved.add(series)
    helped = sorted(s.split(":", 1)[1] for s in moved if gain[s] > 0)
    hurt = sorted(s.split(":", 1)[1] for s in moved if gain[s] < 0)
    return helped, hurt


def unseen_row(name: str, on: dict[str, PairFigures], off: dict[str, PairFigures]) -> str:
    """One rule's row: per group the figures with it on and off, series helped / hurt."""
    cells = []
    for group in GROUPS:
        a, b = group_figures(on, group), group_figures(off, group)
        cells.append(a if a == b else f"{a} → off {b}")
    helped, hurt = series_moves(on, off, ("young", "tuning"))
    old_helped, old_hurt = series_moves(on, off, ("older",))
    return (
        f"| {name} | " + " | ".join(cells) + f" | {len(helped)} / {len(hurt)} "
        f"| {len(old_helped)} / {len(old_hurt)} |"
    )


# --- cost at 500 KB ---------------------------------------------------------------------------

_EVENTS: list[tuple[str, bool]] = []
"""(rule, entering) at each marker, in the order callgrind dumps at them (``--cost`` child)."""


def _marked(name: str, original: Callable[..., object]) -> Callable[..., object]:
    def marked(*args: object, **kwargs: object) -> object:
        _EVENTS.append((name, True))
        os.sched_yield()
        try:
            return original(*args, **kwargs)
        finally:
            _EVENTS.append((name, False))
            os.sched_yield()

    return marked


def run_cost_child(size: int, events_file: str) -> None:
    """One ``compare()`` of the corpus after a warm-up, every callable rule marked."""
    from stage_share import _pair, warm_up

    from readoutdiff.compare import compare

    warm_up()  # on another pair, as stage_share.py does
    pair = _pair(size)
    marked = [(name, rule[0], rule[1]) for name, rule in RULES.items()]
    marked.append(("twins", "linking.twins", "link"))  # its two calls together
    for name, module_name, attribute in marked:
        module = importlib.import_module(f"readoutdiff.formulas.{module_name}")
        original = getattr(module, attribute)
        if callable(original) and not name.startswith(("noise.", "mining.", "twins.")):
            setattr(module, attribute, _marked(name, original))
    os.sched_yield()
    compare(*pair)
    os.sched_yield()
    Path(events_file).write_text(json.dumps(_EVENTS), encoding="utf-8")


def costs(size: int) -> dict[str, int]:
    """Instructions of each marked rule's calls in one ``compare()``, rules it calls included."""
    from stage_share import _total

    with tempfile.TemporaryDirectory() as folder:
        out, events_file = Path(folder) / "callgrind.out", Path(folder) / "events.json"
        command = [
            "valgrind", "--tool=callgrind", "--dump-before=sched_yield",
            f"--callgrind-out-file={out}", sys.executable, str(Path(__file__).resolve()),
            "--cost-child", str(size), str(events_file),
        ]  # fmt: skip
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        parts = sorted(Path(folder).glob("callgrind.out.*"), key=lambda p: int(p.suffix[1:]))
        counts = [_total(part) for part in parts]
        events = json.loads(events_file.read_text(encoding="utf-8"))
    # Dump 0 ends where the call starts, dump k + 1 at marker k, the last where the call ends:
    # dump k + 2 holds what ran from marker k on, for each rule open there.
    if len(counts) != len(events) + 2:
        raise SystemExit(f"ablate_rules: {len(counts)} dumps for {len(events)} markers")
    spent: Counter[str] = Counter({"compare()": sum(counts[1:])})
    depth: Counter[str] = Counter()
    for k, (name, entering) in enumerate(events):
        depth[name] += 1 if entering else -1
        for rule, open_calls in depth.items():
            if open_calls:
                spent[rule] += counts[k + 2]
    return dict(spent)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rules", help="comma-separated rule names (default: all)")
    parser.add_argument("--list", action="store_true", help="list the rules and exit")
    parser.add_argument("--cost", action="store_true", help="instructions per rule at 500 KB")
    parser.add_argument("--show", metavar="NAME", help="list the reports a rule changes")
    parser.add_argument("--oracle", action="store_true", help="add the dev pairs with oracle")
    parser.add_argument(
        "--unseen",
        action="store_true",
        help="the young dev pairs, the outside tuning part and the older dev pairs instead: "
        "noise / fates right / changed found with the rule on and off, series helped / hurt",
    )
    parser.add_argument("--cache", type=Path, help="with --unseen: the run with every rule on")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--unseen-child", help=argparse.SUPPRESS)
    parser.add_argument("--cost-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        run_child(args.child or None, args.oracle)
        return 0
    if args.unseen_child is not None:
        run_unseen_child(args.unseen_child or None)
        return 0
    if args.cost_child:
        run_cost_child(int(args.cost_child[0]), args.cost_child[1])
        return 0
    if args.list:
        for name, (module, attribute, _, what) in RULES.items():
            print(f"{name:22} {module}.{attribute}: {what}")
        return 0
    if args.cost:
        for name, count in sorted(costs(500_000).items(), key=lambda kv: -kv[1]):
            print(f"| {name} | {count / 1e6:,.1f} M |")
        return 0
    names = args.rules.split(",") if args.rules else list(RULES)
    unknown = [n for n in names if n not in RULES]
    if unknown:
        print(f"ablate_rules: error: no rule {', '.join(unknown)} (see --list)", file=sys.stderr)
        return 2
    if args.unseen:
        unseen_on = unseen_with(None, args.cache)
        print("| rule | young dev: noise / fates right / changed found | outside tuning | older "
              "dev | series helped / hurt (young, tuning) | older dev series |")  # fmt: skip
        print("|---|---|---|---|---:|---:|")
        for name in names:
            print(unseen_row(name, unseen_on, unseen_with(name)), flush=True)
        return 0
    on = reports_with(None, args.oracle)
    if args.show:
        show(args.show, on, reports_with(args.show, args.oracle))
        return 0
    extra = (" dev, oracle (on - off) |", "---|") if args.oracle else ("", "")
    print("| rule | dev reports | found | changed found | noise | wrong fates | pairs / series "
          f"| outside reports | outside (on - off) |{extra[0]}")  # fmt: skip
    print(f"|---|---:|---:|---:|---:|---:|---:|---:|---|{extra[1]}")
    for name in names:
        print(row(name, on, reports_with(name, args.oracle)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
