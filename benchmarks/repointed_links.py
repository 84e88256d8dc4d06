"""Wrong links: the changed reports whose hand event is one-sided, measured half by half, and the
re-pointing and un-linking rules they suggest, judged again (lnk3).

    python benchmarks/wrong_links.py [--young | --set outside] [--rules] [--list] [--cache FILE]

A *wrong link* is a changed report whose counterpart in the hand list is an appeared or a dropped
event (``fate_classes.py``'s "said changed, is appeared or dropped"). Its *right half* is the side
the event gives (A for a dropped event, B for an appeared one); the other is its *wrong half*.
Each wrong link is counted

* by what the hand list says of the wrong half's wording (:data:`OWN`): a one-sided event of its
  own (un-linking alone makes two right fates of one wrong one), a half of a changed event, a
  persisted event, or no event (the wrong half is noise);
* for a wrong half that is half of a changed event, by what the tool says of that event's other
  wording, its *true partner*, which stands on the right half's side (:data:`PARTNER`): a
  one-sided report (*free*: re-pointing the wrong half to it would find the change), a half of
  another entry, or nothing (*silent*); a free true partner by whether it shares more, as many
  or fewer units with the wrong half than the right half does, and whether it stands in the
  wrong half's place where the right half does not (:func:`against`);
* by where the two wordings stand (:data:`STANDS`), against the right links;
* by what a rule could see (:func:`seen`): the two halves' shared units (Chinese character
  bigrams, stems of four letters and more, ``link_model.stems``) against the most a free
  one-sided report of the wrong half's readout shares with the right half (*a freer wording
  shares more*), where the halves stand (the same aligned pair, the same gap, elsewhere:
  ``fate_classes.places``), how far apart in alignment order (a tenth of the readout or more),
  and whether the wrong half's sentence is itself aligned with a sentence of the other readout
  (*the link crosses an aligned passage*).

The same seen features are counted over the *right* links (changed reports judged right), so
each can be read as a rule's precision: a feature worth a rule holds for far more wrong links
than right ones. ``--rules`` applies each rule of :data:`RULES` to every changed report (un-link:
a dropped and an appeared report instead; re-point: the right half linked to the free wording
that shares the most with it, the old wrong half left one-sided) and judges the pairs again:
links touched, noise, right fates and changed found moved, the net (right fates + changed found −
noise) and the series helped and hurt.

``--cache FILE`` keeps the compared reports in FILE (JSON) so rules can be tried again without
comparing; ``--set outside`` reads the outside set's tuning part, ``--young`` the young dev pairs;
held-out and fresh pairs are never read by class.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from fate_classes import places
from formula_eval import (
    LANGUAGES,
    Event,
    Pair,
    event_score,
    judge,
    language_of,
)
from link_model import bigrams, rewritten, stems
from score_formulas import report_of
from unlinked_halves import study_pairs, study_parser

from readoutdiff import compare, load

OWN = ("its own one-sided event", "half of a changed event", "a persisted event", "no event")
PARTNER = ("free (one-sided report)", "in another entry", "silent")
SEEN = (
    "a freer wording shares more",
    "nothing shared",
    "same aligned pair",
    "same gap",
    "elsewhere",
    "a tenth apart or more",
    "crosses an aligned passage",
)


def units(text: str) -> set[Any]:
    """The telling units of a wording: its Chinese character bigrams and its stems of two
    letters or more (``link_model.stems``), one set.

    >>> units("加强沟通") == {("加", "强"), ("强", "沟"), ("沟", "通")}
    True
    >>> units("close contact") == {"close", "conta", ("close", "conta")}
    True
    """
    found = stems(text)
    return bigrams(found) | {u for u in found if len(u) > 1}


def shared(one: str, two: str) -> int:
    """How many telling units two wordings share (:func:`units`)."""
    return len(units(one) & units(two))


def _entry(pair: Pair) -> dict[str, Any]:
    """The pair's reports with where each side stands: place (``fate_classes.places``), number
    in alignment order, and whether its sentence is aligned."""
    comparison = compare(load(pair.a_path), load(pair.b_path))
    out = []
    where = {side: places(comparison.alignments, side) for side in ("a", "b")}
    order = {
        side: {
            s.span.start: n for n, al in enumerate(comparison.alignments) for s in getattr(al, side)
        }
        for side in ("a", "b")
    }
    for f in comparison.formulas:
        r = report_of(comparison, f)
        row: dict[str, Any] = {
            "status": r.status,
            "a": r.a,
            "b": r.b,
            "a_line": r.a_line,
            "b_line": r.b_line,
        }
        for side, spans in (("a", f.a_spans), ("b", f.b_spans)):
            at = spans[0].start if spans else -1
            spot = next(((s, e, w) for s, e, w in where[side] if s <= at < e), None)
            row[f"{side}_place"] = list(spot[2]) if spot else None
            row[f"{side}_order"] = order[side].get(spot[0]) if spot else None
        out.append(row)
    return {
        "name": pair.name,
        "series": pair.series,
        "lang": language_of(pair),
        "total": max(1, len(comparison.alignments)),
        "reports": out,
        "texts": {"a": comparison.a.text, "b": comparison.b.text},
    }


def entries(pairs: Sequence[Pair], cache: Path | None) -> list[dict[str, Any]]:
    """Each pair's :func:`_entry`, read from ``cache`` when it holds them all."""
    if cache and cache.exists():
        data = json.loads(cache.read_text(encoding="utf-8"))
        if {p.name for p in pairs} <= {e["name"] for e in data}:
            keep = {p.name for p in pairs}
            return [e for e in data if e["name"] in keep]
    data = [_entry(p) for p in pairs]
    if cache:
        cache.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return data


def events_of(entry: dict[str, Any]) -> list[Event]:
    return [
        Event(r["status"], r["a"], r["b"], a_line=r["a_line"], b_line=r["b_line"])
        for r in entry["reports"]
    ]


def own_event(pair: Pair, side: str, wording: str, line: str | None) -> Event | None:
    """The hand event whose ``side`` wording the ``wording`` matches best (any status)."""
    probe = Event(
        "dropped" if side == "a" else "appeared",
        wording if side == "a" else None,
        wording if side == "b" else None,
        a_line=line if side == "a" else None,
        b_line=line if side == "b" else None,
    )
    best, top = None, 0.0
    for e in pair.events:
        if getattr(e, side) and (s := event_score(probe, e)) > top:
            best, top = e, s
    return best


def seen(entry: dict[str, Any], i: int) -> dict[str, Any]:
    """What a rule could see of changed report ``i`` of ``entry``: for each side, the free
    (one-sided) report of that side sharing the most with the other side's wording, and the
    features of :data:`SEEN` (``free_a``/``free_b``: the index of that report or None)."""
    reports = entry["reports"]
    r = reports[i]
    base = shared(r["a"] or "", r["b"] or "")
    out: dict[str, Any] = {"shared": base, "free_a": None, "free_b": None, "gain": 0}
    for side, status, other in (("a", "dropped", "b"), ("b", "appeared", "a")):
        best, top = None, base
        for n, f in enumerate(reports):
            if f["status"] == status and f[side]:
                s = shared(f[side], r[other] or "")
                if s > top:
                    best, top = n, s
        out[f"free_{side}"] = best
        if best is not None:
            out["gain"] = max(out["gain"], top - base)
    pa, pb = r["a_place"], r["b_place"]
    place = (
        "not located"
        if pa is None or pb is None
        else f"same {'aligned pair' if pa[0] == 'pair' else 'gap'}"
        if pa == pb
        else "elsewhere"
    )
    far = (
        r["a_order"] is not None
        and r["b_order"] is not None
        and abs(r["a_order"] - r["b_order"]) / entry["total"] >= 0.1
    )
    crosses = place == "elsewhere" and ("pair" in (pa[0], pb[0]))
    out["features"] = {
        SEEN[0]: out["free_a"] is not None or out["free_b"] is not None,
        SEEN[1]: base == 0,
        SEEN[2]: place == "same aligned pair",
        SEEN[3]: place == "same gap",
        SEEN[4]: place == "elsewhere",
        SEEN[5]: far,
        SEEN[6]: crosses,
    }
    return out


STANDS = (
    "same aligned pair",
    "same gap",
    "two gaps, near",
    "two gaps, far",
    "a gap and a pair, near",
    "a gap and a pair, far",
    "two aligned pairs",
    "not located",
)


def stands(entry: dict[str, Any], i: int) -> str:
    """Where the two wordings of report ``i`` stand (:data:`STANDS`; *far*: a fifth of the
    readout or more apart in alignment order)."""
    r = entry["reports"][i]
    pa, pb = r["a_place"], r["b_place"]
    if pa is None or pb is None:
        return STANDS[-1]
    if pa == pb:
        return STANDS[0] if pa[0] == "pair" else STANDS[1]
    if pa[0] == pb[0] == "pair":
        return STANDS[6]
    far = abs(r["a_order"] - r["b_order"]) / entry["total"] >= 0.2
    if pa[0] == pb[0]:
        return STANDS[3] if far else STANDS[2]
    return STANDS[5] if far else STANDS[4]


def partner_said(entry: dict[str, Any], side: str, wording: str | None) -> tuple[str, int | None]:
    """What the tool says of ``wording`` of ``side`` (:data:`PARTNER`), by the reports'
    wordings (a report's wording holding or held by it), and the index of the one-sided report
    that says it (None unless *free*)."""
    status = "dropped" if side == "a" else "appeared"
    said: dict[str, int] = {}
    for n, r in enumerate(entry["reports"]):
        w = r[side]
        if wording and w and (w in wording or wording in w):
            said.setdefault(r["status"], n)
    if status in said:
        return PARTNER[0], said[status]
    return (PARTNER[1] if said else PARTNER[2]), None


def against(entry: dict[str, Any], row: dict[str, Any], free: int) -> tuple[str, bool]:
    """How the free report ``free`` holding a wrong link's true partner reads, seen from the
    wrong half (the partner stands on the right half's side: re-pointing swaps the right half
    for it): it shares more, as many or fewer units with the wrong half than the right half
    does, and whether it stands in the wrong half's place (aligned pair or gap) where the right
    half does not."""
    r = entry["reports"][row["i"]]
    good, bad = row["good"], row["bad"]
    partner = entry["reports"][free][good]
    mine, theirs = shared(partner, r[bad] or ""), shared(r[good] or "", r[bad] or "")
    read = (
        "shares more" if mine > theirs else "shares as many" if mine == theirs else "shares fewer"
    )
    home = r[f"{bad}_place"]
    nearer = (
        home is not None
        and entry["reports"][free][f"{good}_place"] == home
        and r[f"{good}_place"] != home
    )
    return read, nearer


Wrong = dict[str, Any]


def wrong_links(
    pairs: Sequence[Pair], data: Sequence[dict[str, Any]]
) -> tuple[list[Wrong], list[Wrong]]:
    """(wrong links, right links): every changed report judged against the hand list, with its
    classes (:data:`OWN`, :data:`PARTNER`) and what a rule could see (:func:`seen`)."""
    by_name = {p.name: p for p in pairs}
    wrong, right = [], []
    for entry in data:
        pair = by_name[entry["name"]]
        result = judge(pair, events_of(entry))
        for i, j in enumerate(result.judged):
            if j.report.status != "changed":
                continue
            row = {"pair": pair, "entry": entry, "i": i, "seen": seen(entry, i), "judged": j}
            if j.right:
                right.append(row)
            elif not j.noise and j.counterpart and j.counterpart.status in ("dropped", "appeared"):
                good = "a" if j.counterpart.status == "dropped" else "b"
                bad = "b" if good == "a" else "a"
                own = own_event(pair, bad, getattr(j.report, bad), getattr(j.report, f"{bad}_line"))
                row["good"], row["bad"] = good, bad
                if own is None:
                    row["own"] = OWN[3]
                elif own.status in ("dropped", "appeared"):
                    row["own"] = OWN[0]
                elif own.status == "changed":
                    row["own"] = OWN[1]
                    row["partner"], free = partner_said(entry, good, getattr(own, good))
                    if free is not None:
                        row["against"] = against(entry, row, free)
                else:
                    row["own"] = OWN[2]
                wrong.append(row)
    return wrong, right


def _series(rows: Sequence[Wrong]) -> int:
    return len({r["pair"].series for r in rows})


def _cell(rows: Sequence[Wrong]) -> str:
    return f"{len(rows)} ({_series(rows)})" if rows else "0"


def tables(wrong: Sequence[Wrong], right: Sequence[Wrong]) -> str:
    lines = ["| the wrong half is | " + " | ".join(OWN) + " | all |", "|---|" + "---:|" * 5]
    for lang in (*LANGUAGES, "all"):
        mine = [r for r in wrong if lang == "all" or r["entry"]["lang"] == lang]
        cells = [_cell([r for r in mine if r["own"] == o]) for o in OWN]
        lines.append(f"| {lang} | " + " | ".join(cells) + f" | {_cell(mine)} |")
    out = ["\n".join(lines)]
    halves = [r for r in wrong if r["own"] == OWN[1]]
    lines = ["| its true partner (half of a change) | " + " | ".join(PARTNER) + " |"]
    lines.append("|---|" + "---:|" * len(PARTNER))
    for lang in (*LANGUAGES, "all"):
        mine = [r for r in halves if lang == "all" or r["entry"]["lang"] == lang]
        cells = [_cell([r for r in mine if r["partner"] == p]) for p in PARTNER]
        lines.append(f"| {lang} | " + " | ".join(cells) + " |")
    out.append("\n".join(lines))
    freed = [r for r in halves if "against" in r]
    lines = ["| the free true partner, against the right half | in the wrong half's place | not |"]
    lines.append("|---|---:|---:|")
    for read in ("shares more", "shares as many", "shares fewer"):
        mine = [r for r in freed if r["against"][0] == read]
        near = [r for r in mine if r["against"][1]]
        lines.append(f"| {read} | {len(near)} | {len(mine) - len(near)} |")
    out.append("\n".join(lines))
    lines = ["| the two wordings stand | " + " | ".join(OWN) + " | right links |"]
    lines.append("|---|" + "---:|" * (len(OWN) + 1))
    for place in STANDS:
        cells = [
            sum(r["own"] == o and stands(r["entry"], r["i"]) == place for r in wrong) for o in OWN
        ]
        good = sum(stands(r["entry"], r["i"]) == place for r in right)
        lines.append(f"| {place} | " + " | ".join(map(str, cells)) + f" | {good} |")
    out.append("\n".join(lines))
    lines = [
        "| what a rule sees | wrong links | right links | wrong share |",
        "|---|---:|---:|---:|",
    ]
    for name in SEEN:
        w = sum(r["seen"]["features"][name] for r in wrong)
        g = sum(r["seen"]["features"][name] for r in right)
        lines.append(
            f"| {name} | {w} | {g} | {w / (w + g):.0%} |" if w + g else f"| {name} | 0 | 0 | |"
        )
    lines.append(
        f"| all | {len(wrong)} | {len(right)} | {len(wrong) / max(1, len(wrong) + len(right)):.0%} |"
    )
    out.append("\n".join(lines))
    return "\n\n".join(out)


Rewrite = Callable[[dict[str, Any], int, dict[str, Any]], str]
"""A rule: the entry, a changed report's index and what it sees -> "keep", "unlink", "a" or "b"
(re-point that side to the free report ``seen`` found for it)."""


def _either(least: int = 1, mutual: bool = False) -> Rewrite:
    """Re-point to the free wording of either side (``seen``'s) that shares ``least`` units or
    more with the other side's wording than the linked one does (the larger gain; A first on a
    tie); with ``mutual``, the other side's wording is the free one's best among every wording of
    the other side's reports."""

    def rule(entry: dict[str, Any], i: int, s: dict[str, Any]) -> str:
        best, top = "keep", least - 1
        r = entry["reports"][i]
        for side, other in (("a", "b"), ("b", "a")):
            free = s[f"free_{side}"]
            if free is None:
                continue
            wording = entry["reports"][free][side]
            gain = shared(wording, r[other] or "") - s["shared"]
            if mutual and not _best_of(entry, wording, side, r[other] or "", other):
                continue
            if gain > top:
                best, top = side, gain
        return best

    return rule


def _best_of(entry: dict[str, Any], wording: str, side: str, target: str, other: str) -> bool:
    """Whether ``target`` (of ``other``) is the wording of ``other``'s reports sharing the most
    with ``wording``: the free one prefers the right half to every other wording."""
    top = shared(wording, target)
    return all(
        shared(wording, r[other]) <= top
        for r in entry["reports"]
        if r[other] and r[other] != target
    )


def _nearer(least: int = 0, mutual: bool = False, floor: int = 1) -> Rewrite:
    """Re-point to the free wording of either side that stands in the place (aligned pair or gap)
    of the other side's wording when the linked one stands elsewhere, and shares with it at
    least ``least`` units more than the linked one (the one sharing the most; A first on a tie),
    and at least ``floor`` units; with ``mutual``, the other side's wording is the free one's best
    among every wording of the other side's reports."""

    def rule(entry: dict[str, Any], i: int, s: dict[str, Any]) -> str:
        r = entry["reports"][i]
        best, top = "keep", least - 1
        for side, other in (("a", "b"), ("b", "a")):
            home = r[f"{other}_place"]
            if home is None or r[f"{side}_place"] == home:
                continue
            status = "dropped" if side == "a" else "appeared"
            for n, f in enumerate(entry["reports"]):
                if f["status"] == status and f[side] and f[f"{side}_place"] == home:
                    gain = shared(f[side], r[other] or "") - s["shared"]
                    if mutual and not _best_of(entry, f[side], side, r[other] or "", other):
                        continue
                    if gain > top and shared(f[side], r[other] or "") >= floor:
                        best, top = side, gain
                        s[f"free_{side}"] = n
        return best

    return rule


def _apart(fifths: float = 0.2, share_below: float = 2.0) -> Rewrite:
    """Un-link when both wordings stand unpaired, in two different gaps, ``fifths`` of the
    readout or more apart in alignment order, sharing under ``share_below`` of the shorter
    wording's units."""

    def rule(entry: dict[str, Any], i: int, s: dict[str, Any]) -> str:
        r = entry["reports"][i]
        pa, pb = r["a_place"], r["b_place"]
        if pa is None or pb is None or pa == pb or pa[0] != "gap" or pb[0] != "gap":
            return "keep"
        if abs(r["a_order"] - r["b_order"]) / entry["total"] < fifths:
            return "keep"
        ua, ub = units(r["a"] or ""), units(r["b"] or "")
        part = len(ua & ub) / max(1, min(len(ua), len(ub)))
        return "unlink" if part < share_below else "keep"

    return rule


RULES: dict[str, Rewrite] = {
    "re-point to a freer wording sharing more (either side)": _either(1),
    "… sharing 2 units more": _either(2),
    "… sharing 3 units more": _either(3),
    "… and the right half is the free wording's best": _either(1, mutual=True),
    "… 2 more and the free wording's best": _either(2, mutual=True),
    "re-point to a free wording in the other half's place, linked one elsewhere": _nearer(0),
    "… and sharing 1 unit more": _nearer(1),
    "… and sharing 2 units more": _nearer(2),
    "… and the free wording's best": _nearer(0, mutual=True),
    "… and its best, sharing 3 units or more": _nearer(0, mutual=True, floor=3),
    "un-link two unpaired wordings in two gaps a fifth apart": _apart(),
    "… a third apart": _apart(1 / 3),
    "… a fifth apart, under half shared": _apart(0.2, 0.5),
    "… a tenth apart, under a third shared": _apart(0.1, 1 / 3),
    "un-link when nothing is shared": lambda e, i, s: "unlink" if s["shared"] == 0 else "keep",
    "un-link when nothing shared and elsewhere": lambda e, i, s: (
        "unlink" if s["shared"] == 0 and s["features"][SEEN[4]] else "keep"
    ),
    "un-link when nothing shared and it crosses an aligned passage": lambda e, i, s: (
        "unlink" if s["shared"] == 0 and s["features"][SEEN[6]] else "keep"
    ),
    "un-link when a tenth apart and elsewhere": lambda e, i, s: (
        "unlink" if s["features"][SEEN[5]] and s["features"][SEEN[4]] else "keep"
    ),
}


def rewrite(entry: dict[str, Any], rule: Rewrite) -> tuple[list[Event], int]:
    """The entry's reports after ``rule`` (a free report re-pointed to once at most), and the
    number of links it touched."""
    reports = events_of(entry)
    gone: set[int] = set()
    out: list[Event] = []
    touched = 0
    for i, r in enumerate(reports):
        if r.status != "changed" or i in gone:
            continue
        s = seen(entry, i)
        what = rule(entry, i, s)
        if what == "keep":
            continue
        if what in ("a", "b"):
            free = s[f"free_{what}"]
            if free in gone:
                continue
            gone.add(free)
            f = reports[free]
            if what == "a":
                out += [
                    Event("changed", f.a, r.b, a_line=f.a_line, b_line=r.b_line),
                    Event("dropped", r.a, a_line=r.a_line),
                ]
            else:
                out += [
                    Event("changed", r.a, f.b, a_line=r.a_line, b_line=f.b_line),
                    Event("appeared", b=r.b, b_line=r.b_line),
                ]
        else:
            out += [
                Event("dropped", r.a, a_line=r.a_line),
                Event("appeared", b=r.b, b_line=r.b_line),
            ]
        gone.add(i)
        touched += 1
    return [r for i, r in enumerate(reports) if i not in gone] + out, touched


def rule_table(pairs: Sequence[Pair], data: Sequence[dict[str, Any]]) -> str:
    by_name = {p.name: p for p in pairs}
    lines = [
        "| rule | links touched | noise | right fates | changed found | net | series + / − |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    flat = [  # as link_model.rewritten reads an entry
        {
            "name": entry["name"],
            "series": entry["series"],
            "reports": [
                [r[k] for k in ("status", "a", "b", "a_line", "b_line")] for r in entry["reports"]
            ],
        }
        for entry in data
    ]
    for name, rule in RULES.items():
        made = {e["name"]: rewrite(e, rule) for e in data}
        before, after, gains, losses = rewritten(flat, by_name, lambda e, m=made: m[e["name"]][0])
        noise, fates, found = after[0] - before[0], after[2] - before[2], after[3] - before[3]
        touched = sum(n for _, n in made.values())
        lines.append(
            f"| {name} | {touched} | {noise:+d} | {fates:+d} | {found:+d} |"
            f" {fates + found - noise:+d} | {len(gains)} / {len(losses)} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = study_parser(__doc__.split("\n", 1)[0], "wrong link")
    parser.add_argument("--cache", type=Path, help="keep the compared reports in this JSON file")
    args = parser.parse_args(argv)
    pairs = study_pairs(parser, args)
    data = entries(pairs, args.cache)
    wrong, right = wrong_links(pairs, data)
    print(f"{len(pairs)} pairs, {len(wrong)} wrong links, {len(right)} right links\n")
    print(tables(wrong, right))
    if args.rules:
        print("\nEach rule applied to the tool's changed reports and judged again:\n")
        print(rule_table(pairs, data))
    if args.list:
        for r in wrong:
            j = r["judged"].report
            print(
                f"- {r['pair'].name} [{r['own']}; {r.get('partner', '')}; shared"
                f" {r['seen']['shared']}, +{r['seen']['gain']};"
                f" {stands(r['entry'], r['i'])}{'; partner ' + ', '.join(map(str, r['against'])) if 'against' in r else ''}]:"
                f" {j.a!r} -> {j.b!r}"
                f" (right half {r['good']})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
