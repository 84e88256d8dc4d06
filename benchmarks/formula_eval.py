"""The real formula evaluation set (``eval/formulas/``) and the rules that score a tool against it.

Each pair file ``eval/formulas/pairs/<name>.toml`` names two readouts of one series and lists,
written by hand from the two texts, the formula events an analyst would report (``events``:
status ``persisted``/``changed`` with both wordings, ``appeared`` with B's, ``dropped`` with
A's) and the names, offices, titles and places of the pair that are *not* formulas.

Matching rule (one rule everywhere, both directions):

* a wording is folded: case-folded, curly quotes made straight, "ё" made "е", a possessive 's
  removed, cut into words of letters and digits (punctuation and spacing do not count); Chinese
  text has no spaces, so each CJK ideograph is a word of its own and weighs half a word where a
  number of words is counted (``MIN_CONTAINED_WORDS``: a Chinese core needs six characters);
* two wordings **match** when their folded texts are equal, or one's word sequence occurs
  contiguously inside the other's and either covers at least ``MIN_COVER`` of the longer one's
  words or is itself ``MIN_CONTAINED_WORDS`` words or more (the core of a longer formula, e.g.
  "sovereignty and territorial integrity" inside "support for Ukraine's sovereignty and
  territorial integrity"), or their character similarity (``rapidfuzz.fuzz.ratio`` of the
  folded texts, words apart and ideographs run together as Chinese is written) is at least
  ``MIN_RATIO``; the score is the larger of the share of the longer
  one's words covered and the ratio (1.0 when equal);
* a report's side whose wording is a **short core** (the tool tells a wording of three words or
  fewer with the clause it stands in: ``a_clause``/``b_clause``, :data:`LINES`) and matches no
  hand wording as above still matches one that holds the core word for word when that clause
  matches it; the score is the clause's. The analyst lists the line; the tool reports the core
  with its line, which every view shows beside it (headline since the thirty-fifth session;
  ``score_formulas.py --core-only`` scores without it and prints it under every table);
* a reported formula and an expected event are **counterparts** when, on every side (A, B) that
  both give a wording, the wordings match, and there is at least one such side; their score is the
  mean of those sides' scores;
* a reported formula is **noise** when it has no counterpart, or when one of its wordings matches
  a ``not_formulas`` entry at least as well as its best counterpart matches it;
* its **fate is right** when its counterpart has its status, or when it reports as *persisted*
  the core that both wordings of a *changed* counterpart keep ("sovereignty and territorial
  integrity" inside "strong and vocal support for …" -> "strong support for …"), and no other
  report of the pair is judged for that counterpart: of several reports of one hand event one is
  (a right one first, then one matching on every side before a half (:data:`HALVES`), then the
  best score, then the first reported) and the others are
  **repeats**, not noise and not right (:data:`REPEATS`; the hand list gives one slot of the
  readout one event, so a second report of it is no second right fate);
* only a report with the same status finds an expected event, its best event (recall; an event
  found by several reports counts once).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "eval" / "formulas"
STATUSES = ("persisted", "changed", "appeared", "dropped")
MIN_COVER = 0.4
MIN_RATIO = 85.0
MIN_CONTAINED_WORDS = 3
LINES = True
"""ext1's clause matching, the headline since the thirty-fifth session (``score_formulas.py
--core-only`` turns it off: the matching of the thirty-fourth session and before): a report's
short core that does not match a hand wording matches it when the core lies inside the hand
wording and the line the tool tells it with (every view shows it with the core) matches the hand
wording; the score is the line's. The analyst lists the line; the tool reports the core *with*
its line, so the two are one report of one line."""
REPEATS = True
"""aud1's question (b), headline since the thirty-fifth session (``score_formulas.py
--repeats-right`` turns it off): of two or more reports whose counterpart is one hand event, one
has its fate judged (a right one first, then a full match before a half, then the best score,
then the first reported); every other is a *repeat*: not noise, but not a right fate either (the
analyst lists one event once)."""
ONE_TO_ONE = False
"""aud1's question (a), an option (``score_formulas.py --one-to-one``): recall counts the events
of a largest one-to-one assignment of reports to events of their status that they match, instead
of each report's best event. Kinder (never finds fewer), so not the headline."""
HALVES = False
"""aud1's question (c), an option (``score_formulas.py --halves``): a *changed* report with no
counterpart, one of whose two wordings matches the same side of a two-sided hand event, is a
wrong fate with that event as counterpart instead of noise. Against the written rule (every side
both give must match), so not the headline."""

SWITCHES = ("LINES", "REPEATS", "ONE_TO_ONE", "HALVES")
"""The scorer's switches; the headline is LINES and REPEATS on, ONE_TO_ONE and HALVES off."""


@contextmanager
def switched(**values: bool) -> Iterator[None]:
    """The scorer's switches (:data:`SWITCHES`) set to ``values`` while the block runs, then back
    to what they were (``switched(LINES=False)``: the core-only matching)."""
    unknown = set(values) - set(SWITCHES)
    if unknown:
        raise ValueError(f"unknown switch {sorted(unknown)}")
    saved = {name: globals()[name] for name in SWITCHES}
    globals().update(values)
    try:
        yield
    finally:
        globals().update(saved)


_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "ı": "i", "ё": "е", "\u0307": None}
)
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")
_IDEOGRAPH = re.compile(rf"[{_CJK}]")
_POSSESSIVE = re.compile(r"'s\b")


@dataclass(frozen=True)
class Event:
    """One formula event: expected (from a pair file) or reported (by the tool)."""

    status: str
    a: str | None = None
    b: str | None = None
    note: str = ""
    step: str = field(default="", compare=False)
    """For a report: the steps of the formula stage that made it, when
    the tool ran within :func:`readoutdiff.formulas.origins.origins`."""
    a_line: str | None = field(default=None, compare=False)
    b_line: str | None = field(default=None, compare=False)
    """For a report of a short core: the line it stands in on each side
    (:func:`readoutdiff.formulas.entries.lines.line_of`), read by :data:`LINES` matching."""


@dataclass(frozen=True)
class Pair:
    name: str
    a_path: Path
    b_path: Path
    heldout: bool
    events: tuple[Event, ...]
    not_formulas: tuple[str, ...]
    series: str = ""
    publisher: str = ""
    fresh: bool = False
    """Held out and never looked at while the tool was developed (see ``load_pairs``)."""


@dataclass
class Judged:
    """A reported formula with the expected event it was matched to, if any."""

    report: Event
    counterpart: Event | None
    noise: bool
    not_formula: str | None = None
    right: bool = False
    """The report's fate agrees with its counterpart (see :func:`fate_agrees`)."""
    score: float = 0.0
    """The report's score against its counterpart (0.0 for noise)."""
    repeat: bool = False
    """Another report has the same counterpart and is judged for it (:data:`REPEATS`)."""
    half: bool = False
    """A changed report given its counterpart by one side only (:data:`HALVES`): a wrong fate."""


@dataclass
class PairResult:
    pair: Pair
    judged: list[Judged] = field(default_factory=list)
    found: dict[int, Event] = field(default_factory=dict)
    """Index of an expected event -> the report that found it with the right status."""


def split_name(path: Path) -> tuple[str, str]:
    """``<series>__<date>__<publisher>.txt`` -> (series, publisher)."""
    parts = path.stem.split("__")
    if len(parts) != 3:
        raise ValueError(f"{path.name}: not named <series>__<YYYY-MM-DD>__<publisher>.txt")
    return parts[0], parts[2]


def load_pair(path: Path, texts: Path | None = None) -> Pair:
    """The pair file at ``path``; its readouts are in ``texts`` (default: the folder above the
    pair file's, as ``eval/formulas/`` is for ``eval/formulas/pairs/``)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    texts = path.parent.parent if texts is None else texts
    events = []
    for raw in data["events"]:
        status = raw["status"]
        if status not in STATUSES:
            raise ValueError(f"{path.name}: unknown status {status!r}")
        events.append(Event(status, raw.get("a"), raw.get("b"), raw.get("note", "")))
    a_path = texts / data["a"]
    series, publisher = split_name(a_path)
    heldout, fresh = bool(data["heldout"]), bool(data.get("fresh", False))
    if fresh and not heldout:
        raise ValueError(f"{path.name}: a fresh pair is held out (heldout = true)")
    return Pair(
        name=path.stem,
        a_path=a_path,
        b_path=texts / data["b"],
        heldout=heldout,
        events=tuple(events),
        not_formulas=tuple(data.get("not_formulas", ())),
        series=series,
        publisher=publisher,
        fresh=fresh,
    )


SPLITS = ("dev", "heldout", "fresh", "young", "all")
"""``young`` is a part of dev: the pairs tuned on least (``young_pairs``)."""
LANGUAGES = ("en", "zh", "ru")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


def language_of(pair: Pair) -> str:
    """``zh``, ``ru`` or ``en``: the script most letters of the pair's A readout are in."""
    text = pair.a_path.read_text(encoding="utf-8")
    counts = {
        "en": len(_LATIN.findall(text)),
        "zh": len(_IDEOGRAPH.findall(text)),
        "ru": len(_CYRILLIC.findall(text)),
    }
    return max(LANGUAGES, key=lambda lang: counts[lang])


def split_of(pair: Pair) -> str:
    """``dev`` (tuned on), ``heldout`` (kept aside, but seen while developing) or ``fresh``
    (kept aside and never seen: added after the tool was developed). The three are disjoint."""
    if pair.fresh:
        return "fresh"
    return "heldout" if pair.heldout else "dev"


def load_pairs(eval_dir: Path = EVAL_DIR, split: str = "all") -> list[Pair]:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}")
    files = sorted((eval_dir / "pairs").glob("*.toml"))
    pairs = [load_pair(p) for p in files]
    if split == "young":
        return young_pairs(pairs, files)
    return [p for p in pairs if split in ("all", split_of(p))]


# "… until 6 Dec 2026 (…); a dev pair since": a pair held out (fresh first, or drawn) that a
# turnover moved to dev
_MOVED_ON = re.compile(r"until (\d{1,2}) (\w+) (\d{4})[^;]*; a dev pair since")
_MONTHS = {
    m: i
    for i, m in enumerate(
        (
            "January February March April May June July August September October November December"
        ).split(),
        1,
    )
}


def moved_on(pair_file: Path) -> tuple[int, int, int] | None:
    """(year, month, day) a dev pair joined dev by turnover, from its ``heldout`` note ("… until
    6 Dec 2026"); None for a pair that was always dev or is not dev."""
    for line in pair_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("heldout = false"):
            found = _MOVED_ON.search(line)
            if found is None:
                return None
            day, month, year = found.groups()
            number = next((n for m, n in _MONTHS.items() if m.startswith(month[:3])), 0)
            return int(year), number, int(day)
    return None


def young_pairs(pairs: list[Pair], files: list[Path], turnovers: int = 2) -> list[Pair]:
    """The dev pairs tuned on least: those that joined dev on the last ``turnovers`` dates of
    turnover (a date, not a turnover: every turnover of one day is one date; the thirty-eighth
    to forty-sixth sessions' on 6 Dec 2026, the forty-seventh's to fifty-fifth's on 7 Dec, the
    fifty-sixth's on 8 Dec), and
    those with no other dev pair in their series. gap1
    (benchmarks/README.md) found that dev pairs tuned on for two days and more score high
    whatever the rules do, while these score like the held-out third: a rule's gain is judged
    here and on the outside tuning part."""
    dev = [(p, f) for p, f in zip(pairs, files, strict=True) if split_of(p) == "dev"]
    dates = {f: moved_on(f) for _, f in dev}
    latest = sorted({d for d in dates.values() if d is not None})[-turnovers:]
    per_series = Counter(p.series for p, _ in dev)
    return [p for p, f in dev if dates[f] in latest or per_series[p.series] == 1]


@lru_cache(maxsize=65536)
def fold(text: str) -> tuple[str, ...]:
    # case-folded first, so that "Ё" is made "е" as "ё" is; casefold writes "İ" as "i" and a
    # combining dot above, which would cut the word in two: the dot goes
    text = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES)
    return tuple(_WORD.findall(_POSSESSIVE.sub("", text)))


def _spelled(tokens: tuple[str, ...]) -> str:
    """The folded text as it is written: words apart, ideographs run together (Chinese has no
    spaces; a space between every two ideographs would match in any two Chinese wordings and
    make their character similarity higher than their characters')."""
    out = []
    for i, token in enumerate(tokens):
        if i and not (_IDEOGRAPH.fullmatch(token) or _IDEOGRAPH.fullmatch(tokens[i - 1])):
            out.append(" ")
        out.append(token)
    return "".join(out)


def _words(tokens: tuple[str, ...]) -> float:
    """How many words ``tokens`` count for: a CJK ideograph is half a word."""
    return sum(0.5 if _IDEOGRAPH.fullmatch(t) else 1.0 for t in tokens)


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def similarity(x: str, y: str) -> float:
    """Score in [0, 1] of two wordings under the matching rule; 0.0 when they do not match."""
    fx, fy = fold(x), fold(y)
    if not fx or not fy:
        return 0.0
    if fx == fy:
        return 1.0
    short, long = (fx, fy) if len(fx) <= len(fy) else (fy, fx)
    cover = len(short) / len(long) if _contains(long, short) else 0.0
    if cover < MIN_COVER and _words(short) < MIN_CONTAINED_WORDS:
        cover = 0.0
    ratio = fuzz.ratio(_spelled(fx), _spelled(fy)) / 100.0
    return max(cover, ratio if ratio * 100 >= MIN_RATIO else 0.0)


def event_score(report: Event, expected: Event) -> float:
    scores = []
    for side in ("a", "b"):
        r, e = getattr(report, side), getattr(expected, side)
        if r and e:
            s = similarity(r, e)
            if s == 0.0 and LINES:
                s = _by_line(r, getattr(report, f"{side}_line"), e)
            if s == 0.0:
                return 0.0
            scores.append(s)
    return sum(scores) / len(scores) if scores else 0.0


def _by_line(core: str, line: str | None, expected: str) -> float:
    """The score of a short core's line against a hand wording that holds the core (``LINES``)."""
    if not line or not _contains(fold(expected), fold(core)):
        return 0.0
    return similarity(line, expected)


def fate_agrees(report: Event, expected: Event) -> bool:
    """Same status; or a persisted report of the core that both wordings of a changed event keep."""
    if report.status == expected.status:
        return True
    if report.status != "persisted" or expected.status != "changed":
        return False
    cores = [fold(w) for w in (report.a, report.b) if w]
    sides = [fold(w) for w in (expected.a, expected.b) if w]
    return bool(cores) and all(_contains(side, core) for core in cores for side in sides)


def verdict(judged: Judged) -> str:
    """One word for a judged report: "noise", "right", "repeat" (a second report of one event
    whose fate agrees with the event: not right, but no wrong fate either, as ``fate_classes.py``
    tells it) or "wrong fate" (a repeat whose fate disagrees with its event is one too)."""
    if judged.noise:
        return "noise"
    if judged.right:
        return "right"
    agrees = judged.counterpart is not None and fate_agrees(judged.report, judged.counterpart)
    return "repeat" if judged.repeat and agrees else "wrong fate"


def judge(pair: Pair, reports: list[Event]) -> PairResult:
    result = PairResult(pair)
    for report in reports:
        best, best_score = None, 0.0
        for expected in pair.events:
            score = event_score(report, expected)
            # Ties go to the expected event with the report's status.
            if score > best_score or (
                score == best_score > 0 and best and expected.status == report.status != best.status
            ):
                best, best_score = expected, score
        half = False
        if best is None and HALVES and report.status == "changed":
            best, best_score = _half(report, pair.events)
            half = best is not None
        nf, nf_score = None, 0.0
        for entry in pair.not_formulas:
            for wording in (report.a, report.b):
                s = similarity(wording, entry) if wording else 0.0
                if s > nf_score:
                    nf, nf_score = entry, s
        noise = best is None or (nf is not None and nf_score >= best_score)
        right = not noise and not half and best is not None and fate_agrees(report, best)
        judged = Judged(
            report,
            None if noise else best,
            noise,
            nf if noise else None,
            right,
            0.0 if noise else best_score,
            half=half and not noise,
        )
        result.judged.append(judged)
        if not noise and not half and best is not None and best.status == report.status:
            result.found.setdefault(pair.events.index(best), report)
    if REPEATS:
        _mark_repeats(result)
    if ONE_TO_ONE:
        result.found = _one_to_one(result)
    return result


def _half(report: Event, events: tuple[Event, ...]) -> tuple[Event | None, float]:
    """The two-sided event one of whose wordings matches the report's on the same side, and half
    that side's score (below any full match); (None, 0.0) when none (:data:`HALVES`)."""
    best, best_score = None, 0.0
    for expected in events:
        if not (expected.a and expected.b and report.a and report.b):
            continue
        for side in ("a", "b"):
            r, e = getattr(report, side), getattr(expected, side)
            s = similarity(r, e) or (
                _by_line(r, getattr(report, f"{side}_line"), e) if LINES else 0.0
            )
            if s / 2 > best_score:
                best, best_score = expected, s / 2
    return best, best_score


def _mark_repeats(result: PairResult) -> None:
    """Of the reports sharing a counterpart, all but one are repeats (:data:`REPEATS`)."""
    by_event: dict[int, list[Judged]] = {}  # by the event's identity: two equal lines are two
    for judged in result.judged:
        if judged.counterpart is not None:
            by_event.setdefault(id(judged.counterpart), []).append(judged)
    for group in by_event.values():
        # right first, then a full match before a half (a half's score is halved to rank it
        # below a full match, but a full match may score 0.3: xi-ramaphosa 2023-08-22), then
        # the best score; sorted() keeps report order among equals
        for judged in sorted(group, key=lambda j: (not j.right, j.half, -j.score))[1:]:
            judged.right, judged.repeat = False, True


def _one_to_one(result: PairResult) -> dict[int, Event]:
    """A largest assignment of reports to events of their status that they match, each report
    and each event at most once (augmenting paths, in report and event order): event index ->
    report (:data:`ONE_TO_ONE`). Starts from the best-event finds, which it never loses."""
    events = result.pair.events
    edges: list[list[int]] = []
    for judged in result.judged:
        r = judged.report
        ok = not judged.noise and not judged.half
        edges.append(
            [
                i
                for i, e in enumerate(events)
                if ok and e.status == r.status and event_score(r, e) > 0
            ]
        )
    owner: dict[int, int] = {}  # event index -> report index

    def augment(r: int, seen: set[int]) -> bool:
        for i in edges[r]:
            if i not in seen:
                seen.add(i)
                if i not in owner or augment(owner[i], seen):
                    owner[i] = r
                    return True
        return False

    for r, judged in enumerate(result.judged):  # the greedy finds first, each its best event
        i = next((i for i, rep in result.found.items() if rep is judged.report), None)
        if i is not None and i not in owner:
            owner[i] = r
    placed = set(owner.values())
    for r in range(len(result.judged)):
        if r not in placed:
            augment(r, set())
    return {i: result.judged[r].report for i, r in sorted(owner.items())}


def as_changed_report(
    pair: Pair,
    result: PairResult,
    a_text: str,
    b_text: str,
    a_line: str | None = None,
    b_line: str | None = None,
) -> str:
    """What a *changed* report of the two wordings would be in ``pair``: no event (noise),
    another event, or right (an event ``result`` found already, or one missed today). Give each
    side's line (``a_line``/``b_line``, ``score_formulas.lines_at``) to judge it by the headline
    matching (:data:`LINES`); without them a short core is judged alone."""
    made = Event("changed", a_text, b_text, a_line=a_line, b_line=b_line)
    top = max(pair.events, key=lambda e: event_score(made, e), default=None)
    if top is None or event_score(made, top) <= 0:
        return "no event (noise)"
    if top.status != "changed":
        return "another event"
    return "right, " + (
        "found already" if pair.events.index(top) in result.found else "missed today"
    )


@dataclass
class Totals:
    pairs: int = 0
    reported: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    expected: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    recalled: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    noise: int = 0
    repeats: int = 0
    halves: int = 0

    def add(self, result: PairResult) -> None:
        self.pairs += 1
        for j in result.judged:
            self.reported[j.report.status] += 1
            self.noise += j.noise
            self.repeats += j.repeat
            self.halves += j.half
            if j.right:
                self.right[j.report.status] += 1
        for i, expected in enumerate(result.pair.events):
            self.expected[expected.status] += 1
            self.recalled[expected.status] += i in result.found

    def figures(self) -> dict[str, float | None]:
        """Every share in [0, 1]; None where the denominator is 0."""

        def share(n: int, d: int) -> float | None:
            return n / d if d else None

        out: dict[str, float | None] = {}
        for s in STATUSES:
            out[f"{s}_precision"] = share(self.right[s], self.reported[s])
            out[f"{s}_recall"] = share(self.recalled[s], self.expected[s])
        total = sum(self.reported.values())
        out["noise_share"] = share(self.noise, total)
        out["fates_right"] = share(sum(self.right.values()), total - self.noise)
        out["changed_found"] = share(self.recalled["changed"], self.expected["changed"])
        out["repeat_share"] = share(self.repeats, total - self.noise)
        return out
