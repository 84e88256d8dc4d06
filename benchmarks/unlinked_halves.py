"""The two halves of a change reported apart: by language, by where the halves stand, by what the
tool says of the other half and by what ties the two wordings of the hand list (lnk2).

    python benchmarks/unlinked_halves.py [--young | --set outside] [--lang zh] [--list] [--silent]

A *half* is a dropped or appeared report whose counterpart in the hand list is a *changed*
event (``fate_classes.py``'s "said appeared or dropped, is changed"). Each half is counted

* by the pair's language and by where the other half's sentence stands (``fate_classes``'
  ``other_half``: the same aligned pair, the same gap of unpaired sentences between two aligned
  pairs, elsewhere, not located);
* by what the tool reports on the other half's wording: a one-sided report too (*both known*:
  a link of two reports would make it right), inside another entry (a changed or persisted
  report holds it), or nothing (*silent*: the other half must be found before it can be linked);
* by the first tie the two wordings of the hand-listed event show (:func:`tie`): the same
  *head* (the last content unit: a Chinese wording's last two characters, another's last
  word of four letters or more cut to five), a shared telling unit elsewhere in them (a
  Chinese character bigram, a stem of four letters and more), the same *frame* (the unit just
  before each wording in its sentence), the same place in the readout's *order* (the two
  sentences' relative positions in their readouts within a tenth), or *nothing visible*.

The second part asks how often each tie holds for a dropped and an appeared report the tool
left apart *without* being one event: every such one-sided pair of a pair's reports, judged as
one changed report (``formula_eval.as_changed_report``), counted by the same ties and places
(right / another event / noise): a tie worth a rule is right far more often than not.

``--rules`` then applies each rule of :data:`RULES` (a dropped and an appeared report linked into
one changed report when the rule's tie holds, greedily by shared stems, one partner each) to
the pairs' reports and judges them again, as ``link_model.py`` does with its model: links made,
right, the change of noise, right fates and changed found, the net (right fates + changed found
− noise) and the distinct series that gain and lose. A rule worth building nets above zero on
young dev *and* the tuning part with (near) no series hurt.

``--silent`` (sil1) takes the *silent* halves (the tool reports nothing of the other wording) and
classes each by what would find its other half (:data:`FINDERS`: is the hand list's other wording
in the silent stretch that shares most with the report's among the stretches of the same aligned
pair, the same gap, or the whole readout), then applies each rule of :data:`SILENT_RULES` (a
one-sided report and a silent stretch of the other readout made one changed report: by place and
shared units, by the units the readout says once (:func:`rare`), by the words past a shared
opening, by the governing words before the report) and judges the reports again, as ``--rules``
does; with ``--list`` each pair a rule makes, with its verdict, and each silent half.

``--set outside`` reads the outside set's tuning part, ``--young`` the young dev pairs; held-out
and fresh pairs are never read by class.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from fate_classes import judged_reports, other_half, place_of, places
from formula_eval import (
    LANGUAGES,
    Event,
    Judged,
    Pair,
    Totals,
    as_changed_report,
    judge,
    language_of,
    load_pairs,
)
from link_model import FEATURES, bigrams, collect, figures, rewritten, stems
from score_formulas import SETS, report_of

from readoutdiff import load
from readoutdiff.model import Comparison, Formula

TIES = ("same head", "a shared unit", "same frame", "same order", "nothing visible")
OTHER = ("both known", "in another entry", "silent")
PLACES = ("same pair", "same gap", "elsewhere", "not located")


def head(wording: str) -> str:
    """A wording's last content unit: its last two Chinese characters, else its last word of
    four letters or more cut to five ('' when there is none).

    >>> head("加强战略沟通"), head("uphold democratic values"), head("в"), head("值")
    ('沟通', 'value', '', '')
    """
    units = stems(wording)
    if units and len(units[-1]) == 1 and len(units) >= 2 and len(units[-2]) == 1:
        return units[-2] + units[-1]  # Chinese: characters are units
    return units[-1] if units and len(units[-1]) > 1 else ""


def shared_unit(one: str, two: str) -> bool:
    """Whether two wordings share a telling unit: a Chinese character bigram, or a stem of four
    letters and more.

    >>> shared_unit("赓续传统友好", "弘扬传统友谊"), shared_unit("推动合作", "深化互信")
    (True, False)
    """
    ua, ub = stems(one), stems(two)
    if bigrams(ua) & bigrams(ub):
        return True
    return bool({u for u in ua if len(u) > 1} & {u for u in ub if len(u) > 1})


def _sentence_at(comparison: Comparison, side: str, wording: str) -> tuple[str, int, int] | None:
    """(sentence text, its number, number of sentences) of the first sentence holding ``wording``."""
    readout = comparison.a if side == "a" else comparison.b
    at = readout.text.find(wording) if wording else -1
    for n, sentence in enumerate(readout.sentences):
        if sentence.span.start <= at < sentence.span.end:
            return sentence.text, n, len(readout.sentences)
    return None


def _before(sentence: str, wording: str) -> str:
    units = stems(sentence[: max(0, sentence.find(wording))])
    return units[-1] if units else ""


def ties(comparison: Comparison, a_wording: str, b_wording: str) -> tuple[str, ...]:
    """Every tie of :data:`TIES` that holds between A's ``a_wording`` and B's ``b_wording``, in
    that order ("nothing visible" alone when none does)."""
    one = head(a_wording)
    sa, sb = _sentence_at(comparison, "a", a_wording), _sentence_at(comparison, "b", b_wording)
    frame = _before(sa[0], a_wording) if sa else ""
    held = (
        bool(one) and one == head(b_wording),
        shared_unit(a_wording, b_wording),
        bool(sa and sb and frame and frame == _before(sb[0], b_wording)),
        bool(sa and sb and abs(sa[1] / sa[2] - sb[1] / sb[2]) <= 0.1),
    )
    return tuple(name for name, holds in zip(TIES, held, strict=False) if holds) or (TIES[-1],)


def tie(comparison: Comparison, a_wording: str, b_wording: str) -> str:
    """The first tie (:data:`TIES`) between A's ``a_wording`` and B's ``b_wording``."""
    return ties(comparison, a_wording, b_wording)[0]


def _touches(formula: Formula, side: str, start: int, end: int) -> bool:
    spans = formula.a_spans if side == "a" else formula.b_spans
    return any(s.start < end and start < s.end for s in spans)


def other_report(comparison: Comparison, side: str, wording: str) -> str:
    """What the tool reports on ``wording`` of ``side`` (:data:`OTHER`)."""
    text = (comparison.a if side == "a" else comparison.b).text
    at = text.find(wording) if wording else -1
    if at < 0:
        return "silent"
    statuses = {
        f.status.value for f in comparison.formulas if _touches(f, side, at, at + len(wording))
    }
    if statuses & {"dropped", "appeared"}:
        return "both known"
    return "in another entry" if statuses else "silent"


_JUDGED: dict[str, tuple[Comparison, list[Judged]]] = {}


def _judged(pair: Pair) -> tuple[Comparison, list[Judged]]:
    """``fate_classes.judged_reports`` of ``pair``, compared once per run."""
    if pair.name not in _JUDGED:
        _JUDGED[pair.name] = judged_reports(pair)
    return _JUDGED[pair.name]


Half = tuple[Pair, Event, Event, str, str, str, tuple[str, ...]]
"""A half: its pair, the report, the hand event, where the other half stands, what the tool says
of the other half, the first tie of the event's wordings and every tie."""


def halves(pairs: Sequence[Pair]) -> list[Half]:
    """Every half of a change among ``pairs``' reports (:data:`Half`)."""
    out = []
    for pair in pairs:
        comparison, judged = _judged(pair)
        for j in judged:
            report, event = j.report, j.counterpart
            if j.noise or event is None or event.status != "changed":
                continue
            if report.status not in ("dropped", "appeared"):
                continue
            where = other_half(comparison, report, event)
            other_side = "b" if report.status == "dropped" else "a"
            said = other_report(comparison, other_side, getattr(event, other_side) or "")
            held = ties(comparison, event.a or "", event.b or "")
            out.append((pair, report, event, where, said, held[0], held))
    return out


def one_sided_pairs(pairs: Sequence[Pair]) -> list[tuple[Pair, str, str, str]]:
    """(pair, verdict, place, tie) of every dropped × appeared pair of one pair's reports, judged
    as one changed report (right / another event / no event)."""
    out = []
    for pair in pairs:
        comparison, judged = _judged(pair)
        result = judge(pair, [j.report for j in judged])
        dropped = [j.report for j in judged if j.report.status == "dropped"]
        appeared = [j.report for j in judged if j.report.status == "appeared"]
        for d in dropped:
            for a in appeared:
                made = as_changed_report(pair, result, d.a or "", a.b or "", d.a_line, a.b_line)
                verdict = made.split(",")[0].replace(" (noise)", "")
                mine = place_of(comparison, "a", d.a)
                theirs = place_of(comparison, "b", a.b)
                where = (
                    "not located"
                    if mine is None or theirs is None
                    else f"same {mine[0]}"
                    if mine == theirs
                    else "elsewhere"
                )
                out.append((pair, verdict, where, tie(comparison, d.a or "", a.b or "")))
    return out


def _series(rows: Sequence[tuple[Pair, ...]]) -> int:
    return len({r[0].series for r in rows})


def half_tables(rows: Sequence[Half]) -> str:
    out = []
    for title, index, names in (
        ("where the other half stands", 3, PLACES),
        ("the tool on the other half", 4, OTHER),
        ("tie in the hand list", 5, TIES),
    ):
        head_row = " | ".join(names)
        lines = [f"| {title} | {head_row} | all |", "|---|" + "---:|" * (len(names) + 1)]
        for lang in (*LANGUAGES, "all"):
            mine = [r for r in rows if lang == "all" or language_of(r[0]) == lang]
            cells = []
            for n in names:
                c = [r for r in mine if r[index] == n]
                cells.append(f"{len(c)} ({_series(c)})" if c else "0")
            lines.append(f"| {lang} | " + " | ".join(cells) + f" | {len(mine)} ({_series(mine)}) |")
        out.append("\n".join(lines))
    lines = ["| each tie on its own | " + " | ".join(TIES[:-1]) + " | none |"]
    lines.append("|---|" + "---:|" * len(TIES))
    for lang in (*LANGUAGES, "all"):
        mine = [r for r in rows if lang == "all" or language_of(r[0]) == lang]
        lines.append(
            f"| {lang} | " + " | ".join(str(sum(t in r[6] for r in mine)) for t in TIES) + " |"
        )
    out.append("\n".join(lines))
    cross = Counter((r[4], r[5]) for r in rows)
    lines = ["| the tool on the other half \\ tie | " + " | ".join(TIES) + " |"]
    lines.append("|---|" + "---:|" * len(TIES))
    for said in OTHER:
        lines.append(f"| {said} | " + " | ".join(str(cross[said, t]) for t in TIES) + " |")
    out.append("\n".join(lines))
    return "\n\n".join(out)


def pair_table(rows: Sequence[tuple[Pair, str, str, str]]) -> str:
    """Right / another event / no event of every one-sided pair, by place and tie."""
    lines = ["| place | tie | right | another event | no event |", "|---|---|---:|---:|---:|"]
    for where in PLACES[:3]:
        for t in TIES:
            mine = Counter(v for _, v, w, tt in rows if w == where and tt == t)
            if sum(mine.values()):
                lines.append(
                    f"| {where} | {t} | {mine['right']} | {mine['another event']} |"
                    f" {mine['no event']} |"
                )
    return "\n".join(lines)


_AT = {name: n for n, name in enumerate(FEATURES)}
Candidate = dict[str, Any]
"""The features of a one-sided pair read by a rule: the two wordings, ``place`` (same pair, same
gap, elsewhere), ``head`` (the same head), ``unit`` (a shared unit), ``frame``, ``alone`` (the
only dropped and the only appeared report of their place), ``mutual`` (each the other's best by
shared stems), ``distance`` (in alignment order, relative), ``rare`` (lk7: the units the two
share that each readout says once at most, :func:`rare_both`; 0 when ``entry`` holds no
``texts``)."""

RULES: dict[str, Callable[[Candidate], bool]] = {
    "same gap, alone (lk1)": lambda c: c["place"] == "same gap" and c["alone"],
    "same gap, alone, a shared unit or frame": lambda c: (
        c["place"] == "same gap" and c["alone"] and (c["unit"] or c["frame"])
    ),
    "same gap, the same head": lambda c: c["place"] == "same gap" and c["head"],
    "same aligned pair, the same head": lambda c: c["place"] == "same pair" and c["head"],
    "same aligned pair, a shared unit": lambda c: c["place"] == "same pair" and c["unit"],
    "same gap or pair, the same head, mutual best": lambda c: (
        c["place"] != "elsewhere" and c["head"] and c["mutual"]
    ),
    "the same head, mutual best, within a tenth": lambda c: (
        c["head"] and c["mutual"] and c["distance"] <= 0.1
    ),
    "the same head and frame": lambda c: c["head"] and c["frame"],
    "two units rare in both readouts (lk7)": lambda c: c["rare"] >= 2,
    "same gap or pair, two units rare in both readouts (lk7)": lambda c: (
        c["place"] != "elsewhere" and c["rare"] >= 2
    ),
    "same gap or pair, a unit rare in both readouts, mutual best (lk7)": lambda c: (
        c["place"] != "elsewhere" and c["rare"] >= 1 and c["mutual"]
    ),
}


def rare_both(a: str, b: str, texts: tuple[str, str]) -> int:
    """How many units A's wording ``a`` and B's ``b`` share that *both* readouts (``texts``: A's,
    B's) say once at most: the fewer of :func:`rare` read in each readout. A unit only the two
    wordings say ties them to each other and to no other line of either readout; the speaker's
    frame and the cooperation words every line says (合作, 两国, 关系) do not count.

    >>> rare_both("弘扬传统友好", "赓续传统友谊", ("要弘扬传统友好。加强合作。", "赓续传统友谊，深化合作。"))
    2
    >>> rare_both("弘扬传统友好", "赓续传统友谊", ("要弘扬传统友好。", "赓续传统友谊，传统产业。"))
    1

    (B says 传统 again: only 统友 is left.)
    """
    return min(rare(a, b, texts[1]), rare(b, a, texts[0]))


def candidates(entry: dict[str, Any]) -> list[tuple[dict[str, Any], Candidate]]:
    """Each one-sided pair of ``entry`` (``link_model.collect``) with the features rules read."""
    out = []
    for c in entry["candidates"]:
        if c["d"] == c["a"]:
            continue
        a, b = entry["reports"][c["d"]][1] or "", entry["reports"][c["a"]][2] or ""
        x = c["x"]
        place = "same pair" if x[_AT["same pair"]] else "same gap" if x[_AT["same gap"]] else ""
        out.append(
            (
                c,
                {
                    "a": a,
                    "b": b,
                    "place": place or "elsewhere",
                    "head": bool(head(a)) and head(a) == head(b),
                    "unit": shared_unit(a, b),
                    "frame": bool(x[_AT["same frame"]]),
                    "alone": x[_AT["crowd"]] <= 1.1,  # log1p(2): one report on each side
                    "mutual": bool(x[_AT["mutual best"]]),
                    "distance": x[_AT["distance"]],
                    "share": x[_AT["stem share"]],
                    "rare": rare_both(a, b, entry["texts"]) if "texts" in entry else 0,
                },
            )
        )
    return out


def linked(entry: dict[str, Any], rule: Callable[[Candidate], bool]) -> list[dict[str, Any]]:
    """The one-sided pairs ``rule`` links: best shared stems first, one partner each."""
    chosen = sorted(
        ((c, f) for c, f in candidates(entry) if rule(f)),
        key=lambda cf: (-cf[1]["share"], cf[0]["d"], cf[0]["a"]),
    )
    used: set[tuple[str, int]] = set()
    out = []
    for c, _ in chosen:
        if ("a", c["d"]) in used or ("b", c["a"]) in used:
            continue
        used |= {("a", c["d"]), ("b", c["a"])}
        out.append(c)
    return out


def with_links(entry: dict[str, Any], links: list[dict[str, Any]]) -> list[Event]:
    """The entry's reports, each linked pair made one changed report."""
    reports = [Event(s, a, b, a_line=al, b_line=bl) for s, a, b, al, bl in entry["reports"]]
    gone = {c["d"] for c in links} | {c["a"] for c in links}
    made = [
        Event("changed", reports[c["d"]].a, reports[c["a"]].b,
              a_line=reports[c["d"]].a_line, b_line=reports[c["a"]].b_line)
        for c in links
    ]  # fmt: skip
    return [r for i, r in enumerate(reports) if i not in gone] + made


def rule_table(pairs: Sequence[Pair]) -> str:
    """Each rule of :data:`RULES` applied to ``pairs`` and judged again."""
    entries = [
        dict(
            collect(p, cosine=False),
            series=p.series,
            texts=(load(p.a_path).text, load(p.b_path).text),
        )
        for p in pairs
    ]
    by_name = {p.name: p for p in pairs}
    lines = [
        "| rule | links | right | noise | right fates | changed found | net | series + / − |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name, rule in RULES.items():
        links = {e["name"]: linked(e, rule) for e in entries}
        before, after, gains, losses = rewritten(
            entries, by_name, lambda e, made=links: with_links(e, made[e["name"]])
        )
        noise, fates, found = after[0] - before[0], after[2] - before[2], after[3] - before[3]
        made = [c for cs in links.values() for c in cs]
        lines.append(
            f"| {name} | {len(made)} | {sum(c['label'] for c in made)} | {noise:+d} | {fates:+d} |"
            f" {found:+d} | {fates + found - noise:+d} | {len(gains)} / {len(losses)} |"
        )
    return "\n".join(lines)


# --- sil1: the silent halves, by what would find the other half --------------------------------

_CUT = re.compile(r"[，；：;:。！？]|,\s")
FINDERS = (
    "same pair, its best",
    "same pair, not its best",
    "same gap, its best",
    "same gap, not its best",
    "elsewhere, its best",
    "elsewhere, not its best",
    "shares nothing",
    "not a silent stretch",
)

Stretch = tuple[int, int, str]
"""A silent stretch of a readout: start, end and words."""


def share(one: str, two: str) -> int:
    """How many telling units two wordings share: character bigrams (Chinese) or stem bigrams,
    and stems of two letters or more.

    >>> share("推动两国互利合作取得更多实际成果", "推动两国全方位合作迈上新台阶")
    4
    >>> share("exchanged views on Russian military activities", "exchanged views on Russia's war")
    5
    """
    ua, ub = stems(one), stems(two)
    return len(bigrams(ua) & bigrams(ub)) + len({u for u in ua if len(u) > 1} & set(ub))


def silent_stretches(comparison: Comparison, side: str) -> list[Stretch]:
    """The stretches of ``side``'s readout no entry has a span in: each sentence cut at its
    clause marks (a comma and a space in a spaced language), each piece cut again around the
    entries' spans; pieces of fewer than two units left out."""
    readout = comparison.a if side == "a" else comparison.b
    text = readout.text
    taken = bytearray(len(text))
    for f in comparison.formulas:
        for s in f.a_spans if side == "a" else f.b_spans:
            taken[s.start : min(s.end, len(text))] = b"\x01" * (min(s.end, len(text)) - s.start)
    out = []
    for sentence in readout.sentences:
        start, end = sentence.span.start, sentence.span.end
        cuts = [m.start() for m in _CUT.finditer(text, start, end)]
        for low, high in zip([start, *(c + 1 for c in cuts)], [*cuts, end], strict=True):
            k = low
            while k < high:
                if taken[k]:
                    k += 1
                    continue
                j = k
                while j < high and not taken[j]:
                    j += 1
                words = _EDGE.sub("", text[k:j])
                if len(stems(words)) >= 2:
                    at = text.find(words, k, j)
                    out.append((at, at + len(words), words))
                k = j
    return out


def _place_at(comparison: Comparison, side: str, at: int) -> Any:
    return next((w for s, e, w in places(comparison.alignments, side) if s <= at < e), None)


def _best(wording: str, pool: Sequence[Stretch]) -> Stretch | None:
    """The stretch of ``pool`` sharing most with ``wording``; None on a tie or when none shares."""
    scored = sorted(((share(wording, s[2]), s) for s in pool), key=lambda x: -x[0])
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def finder(comparison: Comparison, report: Event, event: Event) -> str:
    """What would find the other half of the half ``report`` (:data:`FINDERS`): is the hand
    list's other wording inside a silent stretch, in the report's place or elsewhere, the stretch
    there sharing most with the report's wording."""
    own, other = ("a", "b") if report.status == "dropped" else ("b", "a")
    wording, partner = getattr(report, own) or "", getattr(event, other) or ""
    text = (comparison.a if other == "a" else comparison.b).text
    at = text.find(partner)
    pool = silent_stretches(comparison, other)
    home = [s for s in pool if s[0] <= at < s[1] or at <= s[0] < at + len(partner)]
    if at < 0 or not home:
        return FINDERS[-1]
    if not any(share(wording, s[2]) for s in home):
        return "shares nothing"
    mine = place_of(comparison, own, wording)
    theirs = _place_at(comparison, other, at)
    where = f"same {mine[0]}" if mine is not None and mine == theirs else "elsewhere"
    if where != "elsewhere":
        pool = [s for s in pool if _place_at(comparison, other, s[0]) == theirs]
    best = _best(wording, pool)
    return f"{where}, {'its best' if best in home else 'not its best'}"


def silent_rows(rows: Sequence[Half]) -> list[tuple[Half, str]]:
    """Each silent half of ``rows`` with its :func:`finder` class."""
    return [(r, finder(_judged(r[0])[0], r[1], r[2])) for r in rows if r[4] == "silent"]


def finder_table(rows: Sequence[tuple[Half, str]]) -> str:
    lines = ["| what would find it | " + " | ".join(LANGUAGES) + " | all |"]
    lines.append("|---|" + "---:|" * (len(LANGUAGES) + 1))
    for name in FINDERS:
        mine = [r for r, f in rows if f == name]
        cells = [sum(language_of(r[0]) == lang for r in mine) for lang in LANGUAGES]
        lines.append(
            f"| {name} | " + " | ".join(map(str, cells)) + f" | {len(mine)} ({_series(mine)}) |"
        )
    return "\n".join(lines)


def _framed(size: int, where: str = "", shared: int = 0) -> Callable[[dict[str, Any]], bool]:
    """A rule by the governing words: the ``size`` words before the report stand before the
    stretch (in ``where``, any place when ''), ``shared`` units or more shared."""
    return lambda c: (
        c.get("frame") == size and (not where or c["where"] == where) and c["share"] >= shared
    )


def _by_best(
    where: str = "", mutual: bool = False, **floors: int
) -> Callable[[dict[str, Any]], bool]:
    """A rule by the best-sharing stretch: in ``where`` (any place when ''), the stretch's best
    too when ``mutual``, each feature of ``floors`` (share, rare, rest, head, opening) at its
    floor or more."""
    return lambda c: (
        "frame" not in c
        and (not where or c["where"] == where)
        and (c["mutual"] or not mutual)
        and all(c[key] >= floor for key, floor in floors.items())
    )


SILENT_RULES: dict[str, Callable[[dict[str, Any]], bool]] = {
    "a frame of 3, same pair": _framed(3, "pair"),
    "a frame of 3, same gap": _framed(3, "gap"),
    "a frame of 2, same pair": _framed(2, "pair"),
    "a frame of 2, same gap": _framed(2, "gap"),
    "a frame of 1, same pair": _framed(1, "pair"),
    "a frame of 2, shares 1": _framed(2, shared=1),
    "same pair, best, shares 2 rare": _by_best("pair", rare=2),
    "same pair, best, shares 3 rare": _by_best("pair", rare=3),
    "same pair, best, mutual, shares 2 rare": _by_best("pair", True, rare=2),
    "same gap, best, mutual, shares 3 rare": _by_best("gap", True, rare=3),
    "same gap, best, mutual, shares 4 rare": _by_best("gap", True, rare=4),
    "same place, best, mutual, shares 2 rare past the opening": _by_best(
        mutual=True, rare=2, rest=2
    ),
    "same pair, best, mutual, shares 2 past the opening": _by_best("pair", True, rest=2),
    "same pair, best, shares 2 past the opening": _by_best("pair", rest=2),
    "same pair, best, shares 3 past the opening": _by_best("pair", rest=3),
    "same gap, best, shares 3 past the opening": _by_best("gap", rest=3),
    "same gap, best, mutual, shares 4 past the opening": _by_best("gap", True, rest=4),
    "same place, best, mutual, same head, shares 2 past the opening": _by_best(
        mutual=True, head=1, rest=2
    ),
    "same pair, best, shares 2": _by_best("pair", share=2),
    "same pair, best, shares 3": _by_best("pair", share=3),
    "same gap, best, shares 2": _by_best("gap", share=2),
    "same gap, best, shares 3": _by_best("gap", share=3),
    "same place, best, mutual, shares 3": _by_best(mutual=True, share=3),
    "same place, best, mutual, same head": _by_best(mutual=True, head=1),
    "same place, best, mutual, same opening": _by_best(mutual=True, opening=1),
}


_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def rare(one: str, other: str, readout: str) -> int:
    """How many units ``one`` and ``other`` share (:func:`share`'s, but a pair of stems) that
    ``readout`` (the text ``other`` stands in) says once at most: a pair of Chinese characters
    as written, a stem in the case-folded text. The parties' names and the speaker's frame
    ("愿同中方", "the President") are said all over a readout and tie any two of its lines.

    >>> rare("two leaders met in Paris", "they met in Paris", "They met in Paris. Paris was calm.")
    0
    >>> rare("认真落实两国元首共识", "俄方愿同中方认真落实两国元首达成的重要共识", "俄方愿同中方认真落实两国元首达成的重要共识。")
    8
    """
    ua, ub = stems(one), stems(other)
    pairs = {x + y for x, y in bigrams(ua) & bigrams(ub) if len(x) == 1 and len(y) == 1}
    shared = pairs | ({u for u in ua if len(u) > 1} & set(ub))
    folded = readout.casefold()
    return sum(folded.count(unit) <= 1 for unit in shared)


def rest_share(one: str, two: str) -> int:
    """:func:`share` of two wordings less the opening run of words they both begin with (the
    speaker's frame: "中方愿同新方", "the President and").

    >>> rest_share("中方愿同新方持续扩大贸易规模", "中方愿同新方加强发展战略对接")
    0
    """
    fa, fb = _TOKEN.findall(one.casefold()), _TOKEN.findall(two.casefold())
    k = 0
    while k < min(len(fa), len(fb)) and fa[k] == fb[k]:
        k += 1
    join = "" if any(_IDEOGRAPH_RE.fullmatch(t) for t in fa[:1]) else " "
    return share(join.join(fa[k:]), join.join(fb[k:]))


def _one_sided(
    comparison: Comparison, reports: Sequence[Event]
) -> Iterator[tuple[int, str, str, tuple[Any, ...], str]]:
    """(number, own side, other side, own spans, wording) of each one-sided report of
    ``comparison`` with a span and a wording, not the user's."""
    for n, (f, r) in enumerate(zip(comparison.formulas, reports, strict=True)):
        if r.status not in ("dropped", "appeared") or f.source.value == "user":
            continue
        own, other = ("a", "b") if r.status == "dropped" else ("b", "a")
        spans = f.a_spans if own == "a" else f.b_spans
        wording = getattr(r, own) or ""
        if not spans or not wording:
            continue
        yield n, own, other, tuple(spans), wording


def silent_candidates(comparison: Comparison, reports: Sequence[Event]) -> list[dict[str, Any]]:
    """Each one-sided report's best silent stretch of the other readout in its place."""
    out = []
    for n, own, other, spans, wording in _one_sided(comparison, reports):
        home = _place_at(comparison, own, spans[0].start)
        pool = [s for s in silent_stretches(comparison, other)
                if _place_at(comparison, other, s[0]) == home]  # fmt: skip
        best = _best(wording, pool)
        if best is None or home is None:
            continue
        units, theirs = stems(wording), stems(best[2])
        out.append({"n": n, "side": other, "stretch": best, "where": home[0],
                    "share": share(wording, best[2]), "wording": wording,
                    "rest": rest_share(wording, best[2]),
                    "rare": rare(wording, best[2], (
                        comparison.a if other == "a" else comparison.b).text),
                    "head": bool(head(wording)) and head(wording) == head(best[2]),
                    "opening": bool(units and theirs) and units[0] == theirs[0]})  # fmt: skip
    for c in out:  # mutual: the stretch's best among the one-sided wordings of its place
        rivals = [d for d in out if d["stretch"] == c["stretch"] and d["side"] == c["side"]]
        c["mutual"] = (
            max(d["share"] for d in rivals) == c["share"]
            and len([d for d in rivals if d["share"] == c["share"]]) == 1
        )
    return out


_TOKEN = re.compile(r"[\u3400-\u9fff]|[^\W_\u3400-\u9fff]+")
_MARK = re.compile(r"[，；：;:。！？,]")


def _taken(comparison: Comparison, side: str) -> bytearray:
    readout = comparison.a if side == "a" else comparison.b
    taken = bytearray(len(readout.text))
    for f in comparison.formulas:
        for s in f.a_spans if side == "a" else f.b_spans:
            end = min(s.end, len(readout.text))
            taken[s.start : end] = b"\x01" * (end - s.start)
    return taken


def frame_of(text: str, start: int, size: int) -> list[str]:
    """The last ``size`` words (Chinese: characters) before ``start`` in its clause."""
    low = max((m.end() for m in _MARK.finditer(text, 0, start)), default=0)
    return [t.casefold() for t in _TOKEN.findall(text, low, start)][-size:]


def framed(comparison: Comparison, side: str, place: Any, frame: list[str]) -> list[Stretch]:
    """The silent stretches of ``side`` in ``place`` that follow ``frame`` in their clause: the
    words after it up to the clause's end or the next entry's span."""
    readout = comparison.a if side == "a" else comparison.b
    text, taken = readout.text, _taken(comparison, side)
    spaced = not any(_IDEOGRAPH_RE.fullmatch(t) for t in frame)
    sep = r"\W+" if spaced else r"\W*"
    pattern = re.compile(
        (r"\b" if spaced else "") + sep.join(map(re.escape, frame)) + (r"\b" if spaced else ""),
        re.IGNORECASE,
    )
    out = []
    for s, e, where in places(comparison.alignments, side):
        if where != place:
            continue
        for m in pattern.finditer(text, s, e):
            k = m.end()
            while k < e and text[k].isspace():
                k += 1
            j = k
            while j < e and not taken[j] and not _MARK.match(text, j):
                j += 1
            words = text[k:j].rstrip()
            if len(stems(words)) >= 2:
                out.append((k, k + len(words), words))
    return out


_IDEOGRAPH_RE = re.compile(r"[\u3400-\u9fff]")


def frame_candidates(
    comparison: Comparison, reports: Sequence[Event], size: int
) -> list[dict[str, Any]]:
    """Each one-sided report whose ``size`` words before it in its clause stand in the other
    readout, in its place, before a silent stretch: the stretch, if one."""
    out = []
    for n, own, other, spans, wording in _one_sided(comparison, reports):
        text = (comparison.a if own == "a" else comparison.b).text
        frame = frame_of(text, spans[0].start, size)
        if len(frame) < size or not stems(" ".join(frame)):
            continue
        home = _place_at(comparison, own, spans[0].start)
        found = framed(comparison, other, home, frame) if home is not None else []
        if len(found) != 1:
            continue
        units = stems(wording)
        out.append({"n": n, "side": other, "stretch": found[0], "where": home[0],
                    "share": share(wording, found[0][2]), "wording": wording,
                    "head": bool(head(wording)) and head(wording) == head(found[0][2]),
                    "opening": bool(units) and units[0] == (stems(found[0][2]) or [""])[0],
                    "mutual": True})  # fmt: skip
    return out


def silent_rule_table(pairs: Sequence[Pair], listed: bool = False) -> str:
    """Each rule of :data:`SILENT_RULES` applied to the pairs' reports and judged again."""
    base = {}
    for pair in pairs:
        comparison = _judged(pair)[0]
        reports = [report_of(comparison, f) for f in comparison.formulas]
        cands = silent_candidates(comparison, reports)
        for size in (1, 2, 3):
            for c in frame_candidates(comparison, reports, size):
                c["frame"] = size
                cands.append(c)
        base[pair.name] = (pair, comparison, reports, cands)
    lines = [
        "| rule | made | noise | right fates | changed found | net | series + / − |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    shown = []
    for name, rule in SILENT_RULES.items():
        before, after = Totals(), Totals()
        gains, losses, made = Counter(), Counter(), 0
        for pair, comparison, reports, cands in base.values():
            new = list(reports)
            chosen = {}
            for c in cands:
                if rule(c) and (c["side"], c["stretch"]) not in chosen:
                    chosen[c["side"], c["stretch"]] = c
            for c in chosen.values():
                r, (s, _, words) = reports[c["n"]], c["stretch"]
                other = comparison.a if c["side"] == "a" else comparison.b
                line = next(
                    (x.text for x in other.sentences if x.span.start <= s < x.span.end), None
                )
                new[c["n"]] = (Event("changed", words, r.b, a_line=line, b_line=r.b_line)
                               if c["side"] == "a" else
                               Event("changed", r.a, words, a_line=r.a_line, b_line=line))  # fmt: skip
                if listed:
                    m = new[c["n"]]
                    said = as_changed_report(pair, judge(pair, reports), m.a or "", m.b or "",
                                             m.a_line, m.b_line).split(",")[0]  # fmt: skip
                    shown.append(f"- {name} | {pair.name} [{said}]: {m.a!r} -> {m.b!r}")
            made += len(chosen)
            one, two = judge(pair, reports), judge(pair, new)
            t1, t2 = Totals(), Totals()
            for t, j in ((t1, one), (t2, two), (before, one), (after, two)):
                t.add(j)
            f1, f2 = figures(t1), figures(t2)
            net = (f2[2] - f1[2]) + (f2[3] - f1[3]) - (f2[0] - f1[0])
            if net > 0:
                gains[pair.series] += net
            elif net < 0:
                losses[pair.series] -= net
        b, a = figures(before), figures(after)
        noise, fates, found = a[0] - b[0], a[2] - b[2], a[3] - b[3]
        lines.append(f"| {name} | {made} | {noise:+d} | {fates:+d} | {found:+d} |"
                     f" {fates + found - noise:+d} | {len(gains)} / {len(losses)} |")  # fmt: skip
    return "\n".join(lines + ([""] + shown if listed else []))


def study_parser(description: str, listed: str) -> argparse.ArgumentParser:
    """The options of a study of the dev or tuning pairs (this script's, ``repointed_links.py``'s):
    --set, --young, --lang, --list (every ``listed`` with its classes), --rules."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--set", choices=tuple(SETS), default="formulas")
    parser.add_argument("--young", action="store_true", help="only the young dev pairs")
    parser.add_argument("--lang", choices=LANGUAGES, help="only the pairs in that language")
    parser.add_argument("--list", action="store_true", help=f"every {listed} with its classes")
    parser.add_argument("--rules", action="store_true", help="apply each rule and judge again")
    return parser


def study_pairs(parser: argparse.ArgumentParser, args: argparse.Namespace) -> list[Pair]:
    """The pairs ``args`` (of :func:`study_parser`) choose: the set's dev pairs, or its young ones,
    in one language or all; never a held-out or fresh pair."""
    if args.young and args.set != "formulas":
        parser.error("--young reads the evaluation set's dev pairs")
    return [
        p
        for p in load_pairs(SETS[args.set], split="young" if args.young else "dev")
        if not args.lang or language_of(p) == args.lang
    ]


def main(argv: list[str] | None = None) -> int:
    parser = study_parser(__doc__.split("\n", 1)[0], "half")
    parser.add_argument(
        "--silent",
        action="store_true",
        help="the silent halves by what would find the other half, and silent-stretch rules",
    )
    args = parser.parse_args(argv)
    pairs = study_pairs(parser, args)
    rows = halves(pairs)
    print(f"{len(pairs)} pairs, {len(rows)} halves (reports, distinct series in brackets)\n")
    print(half_tables(rows))
    print("\nEvery dropped × appeared pair of reports read as one changed report:\n")
    print(pair_table(one_sided_pairs(pairs)))
    if args.rules:
        print("\nEach rule applied to the tool's reports and judged again:\n")
        print(rule_table(pairs))
    if args.silent:
        found = silent_rows(rows)
        print("\nThe silent halves, by what would find the other half:\n")
        print(finder_table(found))
        print("\nEach silent-stretch rule applied to the tool's reports and judged again:\n")
        print(silent_rule_table(pairs, args.list))
        if args.list:
            for (pair, report, event, *_), f in found:
                print(f"- {pair.name} [{report.status}; {f}]: {event.a!r} -> {event.b!r}")
        return 0
    if args.list:
        for pair, report, event, where, said, t, _ in rows:
            print(
                f"- {pair.name} [{report.status}; {where}; {said}; {t}]: {event.a!r} -> {event.b!r}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
