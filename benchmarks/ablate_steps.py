"""What each rule group of the formula stage costs and what it earns: switch it off, measure.

    python benchmarks/ablate_steps.py [--groups NAME,...] [--list] [--cost] [--heldout]
        [--split young|dev] [--size 500k] [--pair TEXT] [--json]

A *group* is a step of the pipeline (``tracking._fates`` and ``track``) as ``stage_parts.py``
and ``fate_classes.py --steps`` name them: ``standing``, ``mining``, ``most_kept``, ``named``,
``unpaired``, ``role_objects`` … (:data:`GROUPS`). Switching one off puts in place of its
functions what they give when they find nothing (no entries, nothing consumed, the entries as
they came): the stage runs as if the group had never been written, and the later steps read
what the earlier ones left. Nothing in ``src/`` changes: the switch is made in each fresh
interpreter by a ``sitecustomize`` module this script writes to a temporary folder put first
on ``PYTHONPATH``, which reads the group's name from the environment variable
``ABLATE_STEPS_OFF`` (an empty name patches nothing, so the base row pays the same imports).

Per group (and the base, every group on), one child interpreter scores:

- the young dev pairs of ``eval/formulas`` (``--split young``, the default: the dev pairs tuned
  on least, ``formula_eval.young_pairs``, where a rule fitted on the older dev pairs shows; gap1,
  abl3) or all dev (``--split dev``), and the tuning part of ``eval/outside`` (its ``dev``
  split): reports, noise reports, right fates, hand-listed *changed* events found (the counts of
  ``score_formulas.py``'s noise share, fates right and changed found);
- with ``--heldout``, the held-out pairs and the aside part the same way, as aggregates only
  (never per pair: read them once, for the final table).

``--cost`` also counts, under callgrind, the instructions of one ``compare()`` of the
real-sentence corpus pair and of the formula stage in it (``stage_share.py --instructions``:
a fresh interpreter, the samples' pair first) with the group off; a group's *cost* is the base's
stage minus the stage without it (what taking it out would save, the later steps' change in
work included). A run is some minutes at 500 KB.

``--groups a+b`` switches several groups off in one run: the savings of two groups do not
add, since a group left on reads what the one taken out no longer consumes. A group may also be
one entries filter named ``module:function`` (``tracking:retimed``): that function of
``readoutdiff.formulas.module`` gives its first argument back.

The table gives, per group: its cost (M instructions) and share of the base stage, the dev and
tuning deltas *group off minus on* (noise share and fates right in points, changed events
found as a count), and the *value per 10 M*: the changed events and right fates the group
earns, less the noise reports it adds, on dev and tuning together, per 10 M of cost.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

ENV = "ABLATE_STEPS_OFF"
"""The environment variable the children's ``sitecustomize`` reads: the group to switch off."""


def _nothing(*_: object, **__: object) -> list[object]:
    return []


def _none_found(*_: object, **__: object) -> tuple[list[object], set[str]]:
    return [], set()


def _no_held(*_: object, **__: object) -> dict[str, object]:
    return {}


def _no_mined(sides: object, *_: object, **__: object) -> list[tuple[()]]:
    return [() for _ in sides]  # type: ignore[attr-defined]


def _no_mutations(*_: object, **__: object) -> object:
    from readoutdiff.formulas.linking.slots import Mutations

    return Mutations(changed=[], consumed=set())


def _no_names(*_: object, **__: object) -> object:
    from readoutdiff.formulas.succession.named import Named

    return Named()


def _same(entries: object, *_: object, **__: object) -> object:
    """The entries (or the one entry) as they came; a list is copied."""
    return list(entries) if isinstance(entries, list) else entries


def _never(*_: object, **__: object) -> bool:
    return False


def _strong_twins(link: Callable[..., object]) -> Callable[..., object]:
    """``twins.link`` off only where ``_linked`` calls it first (``least`` above 1)."""

    def first_off(*args: object, least: int = 1, **kwargs: object) -> object:
        return _no_mutations() if least > 1 else link(*args, least=least, **kwargs)

    return first_off


def _lonely_twins(link: Callable[..., object]) -> Callable[..., object]:
    """``twins.link`` off only where ``lonely.link`` calls it (``least`` 1)."""

    def later_off(*args: object, least: int = 1, **kwargs: object) -> object:
        return link(*args, least=least, **kwargs) if least > 1 else _no_mutations()

    return later_off


def _off(value: object) -> Callable[[object], object]:
    return lambda _: value


Patch = tuple[str, str, Callable[[object], object]]
"""(module under ``readoutdiff.formulas``, attribute, what to put there given the original)."""
GROUPS: dict[str, tuple[str, tuple[Patch, ...]]] = {
    # finding
    "background": (
        "the built-in background of recurring phrases",
        (("tracking", "with_background", _off(lambda lexicon, *_: lexicon)),),
    ),
    "mining.quoted": (
        "quoted phrases mined (abl2)",
        (("mining.sightings", "_quoted", _off(lambda *_, **__: iter(()))),),
    ),
    "mining.substantive": (
        "a shared run kept once mined (abl2)",
        (("mining.mining", "_substantive", _off(_never)),),
    ),
    "mining": (
        "mined formulas (shared runs of reworded pairs, quotations), found on both sides",
        (("tracking", "mined", _off(_no_mined)),),
    ),
    # _linked: aligned passages first
    "successors": (
        "lexicon successors in aligned passages",
        (("succession.succession", "links", _off(_nothing)),),
    ),
    "governed": (
        "governing words changed before a kept formula (and across a gap, Russian genitive)",
        (
            ("succession.succession", "governed", _off(_nothing)),
            ("succession.genitive", "governed", _off(_nothing)),
            ("succession.regoverned", "across_gaps", _off(_nothing)),
        ),
    ),
    "twins.strong": (
        "two one-sided formulas strongly alike, linked first",
        (("linking.twins", "link", _strong_twins),),
    ),
    "named": ("replaced phrases of reworded pairs named", (("tracking", "name", _off(_no_names)),)),
    "named.around": (
        "a qualifier changed beside a kept formula, named (abl2)",
        (("succession.named", "around", _off(lambda *_, **__: None)),),
    ),
    "named.frames": (
        "the lexicon frames' middles named (abl2)",
        (("tracking", "frames_of", _off(lambda *_, **__: None)),),
    ),
    "held": (
        "a formula held inside a longer one or in a derived form",
        (
            ("tracking", "inside_longer", _off(_no_held)),
            ("tracking", "derived_heads", _off(_no_held)),
        ),
    ),
    # lonely.link, in its order
    "twins.lonely": (
        "two one-sided formulas alike, after naming",
        (("linking.twins", "link", _lonely_twins),),
    ),
    "slots": ("a formula reworded at its place", (("linking.slots", "find", _off(_no_mutations)),)),
    "qualified_nouns": (
        "a noun kept, its qualifier changed",
        (("linking.qualified_nouns", "changes", _off(_nothing)),),
    ),
    "standing": (
        "a line reworded across sentences not paired together",
        (("linking.standing", "changes", _off(_no_mutations)),),
    ),
    "standing.lines": (
        "standing's lines across sentences near each other (its regions that share evidence)",
        (("linking.standing", "_candidates", _off(_nothing)),),
    ),
    "standing.in_place": (
        "standing's lines in place (between, anchored, openings, governed, stances)",
        (("linking.standing", "_in_place", _off(_nothing)),),
    ),
    "most_kept": (
        "a line of a changed pair said with most telling words kept",
        (("linking.most_kept_entries", "changes", _off(_none_found)),),
    ),
    "replaced": (
        "two one-sided formulas alone in one replaced run",
        (("succession.replaced", "links", _off(_nothing)),),
    ),
    "unpaired": (
        "sentences the aligner left apart (framed, owned, near pairs)",
        (("unpaired.unpaired", "link_then_meant", _off(_none_found)),),
    ),
    "unpaired.owned": (
        "an owner's qualified noun said otherwise in unpaired sentences",
        (("unpaired.owned", "changes", _off(_none_found)),),
    ),
    "unpaired.framed": (
        "the same frame with another object in unpaired sentences",
        (("unpaired.framed", "changes", _off(_none_found)),),
    ),
    "unpaired.gap_frames": (
        "a frame said again across a gap of unpaired sentences (abl3)",
        (("unpaired.gap_frames", "changes", _off(_none_found)),),
    ),
    "unpaired.acts": (
        "an act said otherwise in unpaired sentences (abl3)",
        (("unpaired.acts", "changes", _off(_none_found)),),
    ),
    "unpaired.gap_words": (
        "telling words said again across a gap of unpaired sentences (abl3)",
        (("unpaired.gap_words", "changes", _off(_none_found)),),
    ),
    "unpaired.closing": (
        "a closing line said otherwise in unpaired sentences (abl3)",
        (("unpaired.closing", "changes", _off(_none_found)),),
    ),
    # by_sides: each formula's fate read off its sides
    "by_sides.rules": (
        "a variant told changed when qualified, a coordination reheaded",
        (
            ("entries.entries", "qualified", _off(_same)),
            ("entries.entries", "reheaded", _off(_same)),
        ),
    ),
    # _fates' later steps
    "one_story": ("one story per place", (("tracking", "one_story", _off(_same)),)),
    "carried": ("a formula's governing word and object", (("tracking", "carried", _off(_same)),)),
    "kept_core": ("the kept core of a long formula", (("tracking", "kept_core", _off(_same)),)),
    "grown_lists": ("a list grown around a formula", (("tracking", "grown_lists", _off(_same)),)),
    "premodified": (
        "a formula with a premodifier changed",
        (("tracking", "premodified", _off(_same)),),
    ),
    "widened": (
        "a relationship's parties, a list of qualifiers closed by the formula",
        (
            ("tracking", "with_parties", _off(_same)),
            ("tracking", "with_list", _off(_same)),
        ),
    ),
    "governing_phrases": (
        "a short core with the noun phrase governing it (English)",
        (("tracking", "governing_phrases", _off(_same)),),
    ),
    "whole_compounds": (
        "a wording cut at a hyphen made whole",
        (("tracking", "whole_compounds", _off(_same)),),
    ),
    "went_on": (
        "a formula whose sentence went on otherwise",
        (("linking.diverging", "went_on", _off(_same)),),
    ),
    "told_once": (
        "reorderings kept",
        (("tracking", "reordered", _off(_same)),),
    ),
    "role_objects": (
        "a reporting verb's object said otherwise (English)",
        (("tracking", "_role_kept", _off(_nothing)),),
    ),
    "half_kept": (
        "a head or complement both sides keep, told last (told_last.last)",
        (("succession.told_last", "last", _off(_same)),),
    ),
    "governing_only": (
        "a change of the governing words of a formula kept whole left out",
        (("tracking", "_without_governing_only", _off(_same)),),
    ),
    "quoted_cut": (
        "a change quoted from mid-phrase left out (English)",
        (("entries.quotes_cut", "_cut", _off(_never)),),
    ),
    # track: after _fates
    "whole_words": ("wordings ended at word edges", (("tracking", "whole_words", _off(_same)),)),
    "kept_tails": (
        "a head kept, reworded before it (English kept tails)",
        (("tracking", "tails_paired_en", _off(_same)),),
    ),
    "in_clauses": (
        "Chinese and Russian clause rules (in_clauses)",
        (("tracking", "in_clauses", _off(_same)),),
    ),
    "zh_lines": (
        "Chinese rules after the clauses (heads, points, objects, one-event filters, lists)",
        (
            ("tracking", "paired_by_head", _off(_same)),
            # imported by tracking where a Chinese pair reads them (sp85): patched in their homes
            ("entries.numbered_points", "points_paired", _off(_same)),
            ("entries.field_lists", "fields_paired", _off(_same)),
            ("entries.verb_objects", "objects_paired", _off(_same)),
            ("entries.one_event_zh", "without_events", _off(_same)),
            ("entries.one_event_zh", "without_names", _off(_same)),
            ("entries.one_event_zh", "without_members", _off(_same)),
            ("entries.one_event_zh", "without_cut_modifiers", _off(_same)),
            ("entries.one_event_zh", "without_bare_cores", _off(_same)),
            ("entries.one_event_zh", "without_cut_names", _off(_same)),
            ("entries.modified_cores_zh", "without_modified_cores", _off(_same)),
            ("entries.modified_cores_zh", "without_cut_counts", _off(_same)),
            ("entries.said_within", "without_said_within", _off(_same)),
            ("entries.closer_clause", "relinked", _off(_same)),
            ("entries.listed_items", "items_paired", _off(_same)),
            ("entries.kept_tails", "tails_paired", _off(_same)),
            ("entries.better_partner", "repartnered", _off(_same)),
            ("entries.better_partner", "halves_paired", _off(_same)),
            ("entries.better_partner", "silent_halves", _off(_same)),
            ("entries.placed_halves_zh", "placed_halves", _off(_same)),
            ("entries.throughout_heads", "heads_paired", _off(_same)),
            ("entries.whole_lists", "lists_said_whole", _off(_same)),
            ("tracking", "reordered_zh", _off(_same)),
        ),
    ),
    "ru_points": (
        "Russian points read by their opening verb (led, reworded tails, kept heads, lone heads)",
        (  # imported by tracking where a Russian pair reads them (sp85): patched in their homes
            ("entries.led_ru", "led", _off(_same)),
            ("entries.reworded_tails", "tails_reworded", _off(_same)),
            ("entries.kept_heads", "kept_heads", _off(_same)),
            ("entries.lone_heads", "lone_heads", _off(_same)),
        ),
    ),
}
"""Group -> (what it does, its patches). Every function a group replaces returns entries or
``Mutations``-like results; ``_same`` gives the first argument back."""


def _known(name: str) -> bool:
    return name in GROUPS or name.count(":") == 1


def _patches(name: str) -> tuple[Patch, ...]:
    """A group's patches; ``module:function`` (abl2): that one function of
    ``readoutdiff.formulas.module`` giving its first argument back (an entries filter off)."""
    if name in GROUPS:
        return GROUPS[name][1]
    module, attribute = name.split(":")
    return ((module, attribute, _off(_same)),)


def switch_off(name: str) -> None:
    """Import every group's modules (so that each run pays the same imports), then put the
    nothing of group ``name`` in its place (``""``: none; ``a+b``: both groups)."""
    names = [n for n in name.split("+") if n]
    unknown = [n for n in names if not _known(n)]
    if unknown:
        raise SystemExit(f"ablate_steps: no group {', '.join(unknown)}")
    modules = {
        module: importlib.import_module(f"readoutdiff.formulas.{module}")
        for _, patches in GROUPS.values()
        for module, _, _ in patches
    }
    for module_name, attribute, replacement in (p for n in names for p in _patches(n)):
        if module_name not in modules:
            modules[module_name] = importlib.import_module(f"readoutdiff.formulas.{module_name}")
        module = modules[module_name]
        if not hasattr(module, attribute):
            raise SystemExit(f"ablate_steps: {module_name} has no {attribute}")
        setattr(module, attribute, replacement(getattr(module, attribute)))


SITECUSTOMIZE = """\
import os, sys
if "{env}" in os.environ:
    sys.path.insert(0, {here!r})
    import ablate_steps
    ablate_steps.switch_off(os.environ["{env}"])
"""

Counts = dict[str, int]
"""reports, noise, right, changed (found), changed_expected."""


def _counts(t: object) -> Counts:
    return {
        "reports": sum(t.reported.values()),  # type: ignore[attr-defined]
        "noise": t.noise,  # type: ignore[attr-defined]
        "right": sum(t.right.values()),  # type: ignore[attr-defined]
        "changed": t.recalled["changed"],  # type: ignore[attr-defined]
        "changed_expected": t.expected["changed"],  # type: ignore[attr-defined]
    }


def counts(set_name: str, split: str, only: str = "") -> tuple[Counts, dict[str, Counts]]:
    """The scorer's counts over one set and split (the pairs whose name holds ``only``), the
    stage as this interpreter has it: in all, and per series (abl3: how many distinct series
    a group earns on)."""
    from score_formulas import SETS, load_pairs, score, totals

    results = score(p for p in load_pairs(SETS[set_name], split=split) if only in p.name)
    series = sorted({r.pair.series for r in results})
    by_series = {s: _counts(totals(r for r in results if r.pair.series == s)) for s in series}
    return _counts(totals(results)), by_series


PARTS = {"dev": ("formulas", "dev"), "tuning": ("outside", "dev")}
"""The parts a group is judged on; ``dev`` is all dev or its young part (``--split``)."""
DEV_SPLIT = "ABLATE_STEPS_DEV"
"""The environment variable telling the children which dev pairs to score: ``dev`` or ``young``."""
HELD = {"heldout": ("formulas", "heldout"), "aside": ("outside", "heldout")}


def run_child(heldout: bool, only: str = "") -> None:
    """Print the counts of every part as JSON (the group is off already: ``sitecustomize``)."""
    dev = {"dev": ("formulas", os.environ.get(DEV_SPLIT, "young"))}
    parts = {**PARTS, **dev, **(HELD if heldout else {})}
    found = {part: counts(*where, only) for part, where in parts.items()}
    # per series for the parts a group is judged on only (held-out and aside: aggregates)
    series = {part: found[part][1] for part in PARTS}
    print(json.dumps({"parts": {p: c for p, (c, _) in found.items()}, "series": series}))


def _env(folder: str, group: str) -> dict[str, str]:
    env = dict(os.environ)
    env[ENV] = group
    env.setdefault(DEV_SPLIT, "young")
    src = str(HERE.parent / "src")
    env["PYTHONPATH"] = os.pathsep.join([folder, src])
    return env


Figures = tuple[dict[str, Counts], dict[str, dict[str, Counts]]]
"""Per part its counts; per judged part (dev, tuning) its counts per series."""


def figures(folder: str, group: str, heldout: bool, only: str = "") -> Figures:
    """The counts with ``group`` off (``""``: the base), from a fresh interpreter."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", only]
    command += ["--heldout"] if heldout else []
    out = subprocess.run(
        command, env=_env(folder, group), capture_output=True, text=True, check=True
    )
    found = json.loads(out.stdout)
    return found["parts"], found["series"]


def cost(folder: str, group: str, size: int) -> tuple[int, int]:
    """Instructions of ``compare()`` and of the stage with ``group`` off (stage_share's run)."""
    import stage_share

    saved = dict(os.environ)
    try:
        os.environ[ENV] = group
        return stage_share.instructions(size, src=folder + os.pathsep + str(HERE.parent / "src"))
    finally:
        os.environ.clear()
        os.environ.update(saved)


def share(n: int, d: int) -> float:
    return n / d if d else 0.0


def rates(c: Counts) -> tuple[float, float]:
    """Noise share and fates right, in [0, 1]."""
    return share(c["noise"], c["reports"]), share(c["right"], c["reports"] - c["noise"])


def earned(base: dict[str, Counts], off: dict[str, Counts], parts: tuple[str, ...]) -> int:
    """Changed events found and right fates the group earns, less the noise it adds (on
    ``parts`` together): base minus off."""
    total = 0
    for part in parts:
        b, o = base[part], off[part]
        total += (b["changed"] - o["changed"]) + (b["right"] - o["right"])
        total -= b["noise"] - o["noise"]
    return total


def series_earned(base: dict[str, Counts], off: dict[str, Counts]) -> tuple[int, int]:
    """How many series the group earns on (net > 0) and loses on (net < 0); a series the
    group does not touch, or where it found nothing either way, counts in neither."""
    nets = [earned(base, off, (s,)) for s in base if s in off]
    return sum(n > 0 for n in nets), sum(n < 0 for n in nets)


def row(
    name: str, base_figures: Figures, off_figures: Figures,
    stage: tuple[int, int] | None, base_stage: int | None,
) -> dict[str, object]:  # fmt: skip
    """One table row: cost, share of the base stage, per part the deltas off minus on, its
    earned count, and per judged part the series it earns and loses on."""
    (base, base_series), (off, off_series) = base_figures, off_figures
    out: dict[str, object] = {"group": name}
    if stage is not None and base_stage:
        saved = base_stage - stage[1]
        out["cost_m"] = saved / 1e6
        out["share"] = saved / base_stage
    for part in off:
        (bn, bf), (on, of) = rates(base[part]), rates(off[part])
        out[part] = {
            "noise_pts": 100 * (on - bn),
            "fates_pts": 100 * (of - bf),
            "changed": off[part]["changed"] - base[part]["changed"],
            "reports": off[part]["reports"] - base[part]["reports"],
        }
    for part in PARTS:
        if part in off:
            up, down = series_earned(base_series.get(part, {}), off_series.get(part, {}))
            out[part]["earned"] = earned(base, off, (part,))  # type: ignore[index]
            out[part]["series_up"], out[part]["series_down"] = up, down  # type: ignore[index]
    value = earned(base, off, tuple(p for p in PARTS if p in off))
    out["earned"] = value
    cost_m = out.get("cost_m")
    out["value_per_10m"] = (
        10 * value / cost_m if isinstance(cost_m, float) and cost_m > 0.5 else None
    )
    return out


def table(rows: list[dict[str, object]], parts: tuple[str, ...]) -> str:
    head = (
        "| group | cost M | share | "
        + " | ".join(f"{p}: noise pts, fates pts, changed" for p in parts)
        + " | "
        + " | ".join(f"{p} earned (series +/−)" for p in PARTS)
        + " | earned | value per 10 M |"
    )
    lines = [head, "|" + "---|" * (5 + len(parts) + len(PARTS))]
    for r in rows:
        cells = [str(r["group"])]
        cells.append(f"{r['cost_m']:.1f}" if "cost_m" in r else "–")
        cells.append(f"{100 * r['share']:.1f} %" if "share" in r else "–")  # type: ignore[operator]
        for p in parts:
            d = r[p]
            cells.append(
                f"{d['noise_pts']:+.1f}, {d['fates_pts']:+.1f}, {d['changed']:+d}"  # type: ignore[index]
            )
        for p in PARTS:
            d = r[p]
            cells.append(f"{d['earned']} ({d['series_up']}/{d['series_down']})")  # type: ignore[index]
        cells.append(f"{r['earned']}")
        v = r.get("value_per_10m")
        cells.append(f"{v:.1f}" if isinstance(v, float) else "–")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _order(r: dict[str, object]) -> tuple[float, float]:
    """Least value per cost first (what could go at the smallest loss); without a cost, last."""
    v = r.get("value_per_10m")
    return (float(v) if isinstance(v, float) else float("inf"), -float(r.get("cost_m", 0.0)))  # type: ignore[arg-type]


def _size(text: str) -> int:
    text = text.lower()
    return int(text[:-1]) * 1000 if text.endswith("k") else int(text)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        only = argv[1] if len(argv) > 1 and not argv[1].startswith("--") else ""
        run_child("--heldout" in argv, only)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--groups",
        help="comma-separated groups (default: all); a+b: both off in one run; module:function:"
        " that one entries filter of readoutdiff.formulas.module off (its entries as they came)",
    )
    parser.add_argument("--list", action="store_true", help="list the groups and stop")
    parser.add_argument("--cost", action="store_true", help="count instructions (callgrind)")
    parser.add_argument("--size", default="500k", help="corpus pair bytes per side for --cost")
    parser.add_argument(
        "--heldout", action="store_true", help="also the held-out and aside aggregates"
    )
    parser.add_argument(
        "--pair", default="", metavar="TEXT", help="score only the pairs whose name holds TEXT"
    )
    parser.add_argument(
        "--split",
        choices=("young", "dev"),
        default="young",
        help="the dev pairs scored: young (default; the dev pairs tuned on least) or all dev",
    )
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    os.environ[DEV_SPLIT] = args.split
    if args.list:
        for name, (what, patches) in GROUPS.items():
            where = ", ".join(f"{m}.{a}" for m, a, _ in patches)
            print(f"{name}: {what} [{where}]")
        return 0
    names = args.groups.split(",") if args.groups else list(GROUPS)
    unknown = [n for n in names if not all(_known(part) for part in n.split("+"))]
    if unknown:
        parser.error(f"no group {', '.join(unknown)}")
    size = _size(args.size)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "sitecustomize.py").write_text(
            SITECUSTOMIZE.format(env=ENV, here=str(HERE)), encoding="utf-8"
        )
        base = figures(folder, "", args.heldout, args.pair)
        base_stage = cost(folder, "", size) if args.cost else None
        rows = []
        for name in names:
            off = figures(folder, name, args.heldout, args.pair)
            stage = cost(folder, name, size) if args.cost else None
            rows.append(row(name, base, off, stage, base_stage[1] if base_stage else None))
            print(f"# {name} done {json.dumps(rows[-1])}", file=sys.stderr, flush=True)
    rows.sort(key=_order)
    parts = tuple(base[0])
    if args.json:
        out = {"base": base[0], "base_stage": base_stage, "rows": rows}
        print(json.dumps(out, indent=1))
        return 0
    for part, c in base[0].items():
        noise, fates = rates(c)
        print(
            f"base {'young dev' if part == 'dev' and args.split == 'young' else part}: noise {100 * noise:.1f} % ({c['noise']}/{c['reports']}), fates right "
            f"{100 * fates:.1f} %, changed found {c['changed']}/{c['changed_expected']}"
        )
    if base_stage:
        print(f"base at {size // 1000} KB: compare {base_stage[0] / 1e6:.1f} M, stage "
              f"{base_stage[1] / 1e6:.1f} M ({100 * base_stage[1] / base_stage[0]:.1f} %)")  # fmt: skip
    print(table(rows, parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
