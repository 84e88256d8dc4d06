"""One clause of the readouts, one entry: the formula stage's last folds (branches dup1, dup2).

``in_clauses`` grows a formula to the clause it stands in (``<id>/clause``). A clause holding
two formulas was grown once per formula, over the same characters on both sides: xi-modi
2024-10-23's "为推动世界多极化、国际关系民主化作出贡献" → "携手推动世界多极化和国际关系民主化"
was told changed twice, once for 世界多极化 and once for 国际关系民主化, word for word; and a
clause another rule already tells (a reworded phrase, xi-hun-manet 2025-08-30's
"落实好访问达成的重要共识") was told again as a grown clause. ``in_clauses`` reads such a clause
once now, where it grows it (branch dup2); a later rule may still pair two grown clauses with
one clause of the other side (xi-scholz 2024-04-16: 相互尊重 and 合作共赢's clauses, both paired
with "坚持求同存异、交流互鉴"). :func:`told_once` leaves out a grown clause told
with one status, one source and the same spans on both sides by another entry: the entry that
is no grown clause stays, else the grown clause whose id sorts first (so that swapping the
readouts keeps the same one).

Two entries of other kinds over the same place stay apart: a series (``readoutdiff series``)
follows a phrase recurring in the series and a mined phrase as two rows over every step
(harris-herzog → biden-herzog). Measured and not folded (benchmarks/README.md, ``## dup1``): an
entry inside another of the same fate on every side. A kept core inside the change of its line
is folded by :func:`cores_in_lines` (branch dup2), unless the change is told around that core.
A background phrase that hides a lexicon formula's wording is told under the formula's id by
:func:`formula_named` (branch dup7).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container, Iterable, Iterator, Sequence
from functools import lru_cache

from readoutdiff.formulas.lexicon import lexicon as lexicons
from readoutdiff.formulas.lexicon.per_lexicon import per_lexicon
from readoutdiff.languages import words
from readoutdiff.languages.folding import has_cjk
from readoutdiff.model import (
    CLAUSE,
    Entry,
    Formula,
    FormulaSource,
    FormulaStatus,
    Lexicon,
    Span,
    source_rank,
)
from readoutdiff.records.replacing import replace


def _grown(f: Formula) -> bool:
    return CLAUSE in f.id


def _start(f: Formula) -> tuple[FormulaStatus, int, int]:
    """Where an entry starts on each side (-1 where it has no span): a cheap key before the
    whole place is compared (an entry of the 500 KB corpus has hundreds of spans)."""
    return (
        f.status,
        f.a_spans[0].start if f.a_spans else -1,
        f.b_spans[0].start if f.b_spans else -1,
    )


def told_once(formulas: Sequence[Formula]) -> tuple[Formula, ...]:
    """``formulas`` less each grown clause (``<id>/clause``) told by another entry with one
    status, one source and the same spans on both sides (see the module's note); the order is
    kept."""
    starts = {_start(f) for f in formulas if (f.a_spans or f.b_spans) and _grown(f)}
    if not starts:
        return tuple(formulas)
    at: dict[tuple[FormulaStatus, int, int], list[Formula]] = defaultdict(list)
    for f in formulas:
        if (f.a_spans or f.b_spans) and (key := _start(f)) in starts:
            at[key].append(f)
    left: set[int] = set()
    for group in at.values():
        for f in group:
            if not _grown(f):
                continue
            same = [
                g
                for g in group
                if g is not f
                and g.source is f.source
                and g.a_spans == f.a_spans
                and g.b_spans == f.b_spans
            ]
            # another kind of entry tells it, or a grown clause whose id sorts first
            if any(not _grown(g) or g.id < f.id for g in same):
                left.add(id(f))
    if not left:
        return tuple(formulas)
    return tuple(f for f in formulas if id(f) not in left)


def _inside(spans: tuple[Span, ...], around: tuple[Span, ...]) -> bool:
    return all(any(o.start <= s.start and s.end <= o.end for o in around) for s in spans)


def cores_in_lines(formulas: Sequence[Formula]) -> tuple[Formula, ...]:
    """``formulas`` less each kept core told inside a changed line (branch dup2): a
    *persisted* entry whose spans, on both sides, lie inside the spans of one *changed* entry
    that is no change around that very core (``anchor``); the order is kept.

    The hand lists give such a line one event, changed (biden-sunak 2022-10-25: "sustainable
    and affordable energy" kept inside "secure sustainable and affordable energy resources" →
    "securing sustainable and affordable energy supplies"): the analyst read the line's change
    and again its core, kept. A change told *around* the core (``anchor`` is the core's id:
    "Wording around kept formula … changed") names the core and is read with it (``check``,
    key changes): the core stays. Only with ``Options.governing_words`` (the caller's part): a
    series and ``check`` follow a formula's row by its own entry.
    """
    changed: dict[int, list[Formula]] = defaultdict(list)
    for f in formulas:
        if f.status is FormulaStatus.CHANGED and f.a_spans and f.b_spans:
            for line in {s.line for s in f.a_spans}:
                changed[line].append(f)
    if not changed:
        return tuple(formulas)
    left: set[int] = set()
    for f in formulas:
        if f.status is not FormulaStatus.PERSISTED or not f.a_spans or not f.b_spans:
            continue
        if any(
            g.anchor != f.id and _inside(f.a_spans, g.a_spans) and _inside(f.b_spans, g.b_spans)
            for g in changed.get(f.a_spans[0].line, ())
        ):
            left.add(id(f))
    if not left:
        return tuple(formulas)
    return tuple(f for f in formulas if id(f) not in left)


SHARED = 2
"""Words two extents of one line share at the least (one word shared is two things said)."""
_JOINED = frozenset({FormulaStatus.APPEARED, FormulaStatus.DROPPED, FormulaStatus.CHANGED})


def _one(spans: tuple[Span, ...]) -> Span | None:
    return spans[0] if len(spans) == 1 else None


def _overlapping(text: str, first: Span, second: Span) -> bool:
    """``second`` starts inside ``first`` (the two start in order) and they share at least
    :data:`SHARED` words: one line told twice over, in two extents. Words as
    :func:`readoutdiff.languages.words` cuts them: a Chinese run is several words (branch
    rev15: read as a run of letters, "互联互通等领域合作" was one word, so no two Chinese
    extents of one clause were one line)."""
    if first.line != second.line or not first.start <= second.start < first.end:
        return False
    return len(words(text[second.start : min(first.end, second.end)].casefold())) >= SHARED


def named_formula(f: Formula, slashed: Container[str]) -> bool:
    """Whether ``f`` is a lexicon's formula (built in or the user's) under the entry's own id,
    which a check rule names (``watch id = …``; a reworded or numbered entry, "x/reworded",
    "x#2", is named by no rule): no join may leave it under another formula's id. ``slashed``:
    the ids of the lexicon in use that hold a "/" themselves, as a user's file may give one
    ("gaza/release-of-hostages"; branch rev15: read as a reworded entry's, its line took a
    mined entry's id)."""
    return f.source is not FormulaSource.MINED and (
        f.id in slashed or not any(c in f.id for c in "/#")
    )


def _joinable(a_text: str, b_text: str, f: Formula, g: Formula, slashed: Container[str]) -> bool:
    if f.status is not g.status or f.anchor == g.id or g.anchor == f.id:
        return False  # a change told around a formula names that formula: read with it
    if named_formula(f, slashed) and named_formula(g, slashed) and f.id != g.id:
        return False  # two formulas a rule names: joined, one id was gone (rev14)
    for text, fs, gs in ((a_text, f.a_spans, g.a_spans), (b_text, f.b_spans, g.b_spans)):
        if bool(fs) != bool(gs):
            return False
        if not fs:
            continue
        x, y = _one(fs), _one(gs)  # one span a side: an entry told at one place
        if x is None or y is None or not _overlapping(text, x, y):
            return False
    # one inside the other on every side: measured and kept apart (benchmarks/README.md, dup1)
    return not (_inside(f.a_spans, g.a_spans) and _inside(f.b_spans, g.b_spans)) and not (
        _inside(g.a_spans, f.a_spans) and _inside(g.b_spans, f.b_spans)
    )


def _extent(text: str, x: Span, y: Span) -> tuple[Span, str]:
    span = Span(start=x.start, end=max(x.end, y.end), line=x.line)
    return span, text[span.start : span.end]


def _join(a_text: str, b_text: str, f: Formula, g: Formula, slashed: Container[str]) -> Formula:
    """``f`` over both extents, or ``g`` when it is the lexicon's formula and ``f`` mined: a
    check rule naming that formula's id finds the line (``watch id = "release-of-hostages"``
    read "not in either readout" once the line took the mined entry's id; branch rev14)."""
    a = _extent(a_text, f.a_spans[0], g.a_spans[0]) if f.a_spans else None
    b = _extent(b_text, f.b_spans[0], g.b_spans[0]) if f.b_spans else None
    return replace(
        g if named_formula(g, slashed) and not named_formula(f, slashed) else f,
        a_text=a[1] if a else None,
        b_text=b[1] if b else None,
        a_spans=(a[0],) if a else (),
        b_spans=(b[0],) if b else (),
    )


def lines_joined(
    formulas: Sequence[Formula], a_text: str, b_text: str, slashed: Container[str] = ()
) -> tuple[Formula, ...]:
    """``formulas`` with two entries of one status whose extents overlap on every side they
    have (the second starts inside the first, :data:`SHARED` words or more in common) joined as
    one entry over both extents (branch dup3); the order is kept (the joined entry stands where
    the first stood, with its id, source and anchor, or the second's when the second is a
    lexicon's formula and the first mined: :func:`_named`; two formulas of a lexicon under
    their own ids are not joined, branch rev14). Appeared, dropped and changed entries only
    (two kept formulas are two rows of a series); only with ``Options.governing_words`` (the
    caller's part), as :func:`cores_in_lines`. ``slashed``: the ids of the lexicon in use that
    hold a "/" (:func:`_named`).

    The hand lists give such a line one event: biden-sisi 2023-10-29's "continuing efforts to
    secure the release of hostages" → "efforts to reach a deal for the release of hostages" and
    "secure the release of hostages" → "release of hostages held by Hamas" were two changed
    entries of one line; they are one now, "continuing efforts to secure the release of
    hostages" → "efforts to reach a deal for the release of hostages held by Hamas", each
    wording inside it. Two extents that only touch, or share one word, are two things said
    (biden-zelenskyy 2022-08-25's "as it defends itself from Russian aggression" and "for as
    long as it takes"; blinken-kuleba 2022-05-27's assistance "as it defends" and "defends its
    sovereignty and territorial integrity"): the hand lists give them two events, and they stay.
    """
    order = sorted(
        (f for f in formulas if f.status in _JOINED and (f.a_spans or f.b_spans)),
        key=lambda f: (f.status.value, *_side_starts(f)),
    )
    into: dict[int, Formula] = {}
    gone: set[int] = set()
    last: Formula | None = None
    first: Formula | None = None
    for f in order:
        if last is not None and first is not None and _joinable(a_text, b_text, last, f, slashed):
            joined = _join(a_text, b_text, last, f, slashed)
            into[id(first)] = joined
            gone.add(id(f))
            last = joined
            continue
        last = first = f
    if not gone:
        return tuple(formulas)
    return tuple(into.get(id(f), f) for f in formulas if id(f) not in gone)


def _side_starts(f: Formula) -> tuple[int, int]:
    return (
        f.a_spans[0].start if f.a_spans else -1,
        f.b_spans[0].start if f.b_spans else -1,
    )


_ONE_SIDE = {FormulaStatus.DROPPED: "a", FormulaStatus.APPEARED: "b"}


def changes_by_line(formulas: Sequence[Formula]) -> dict[tuple[str, int], list[Formula]]:
    """The *changed* entries told at one place a side, under ("a", line) and ("b", line)."""
    changed: dict[tuple[str, int], list[Formula]] = defaultdict(list)
    for f in formulas:
        if f.status is FormulaStatus.CHANGED and len(f.a_spans) == 1 and len(f.b_spans) == 1:
            changed["a", f.a_spans[0].line].append(f)
            changed["b", f.b_spans[0].line].append(f)
    return changed


def one_sided_place(h: Formula) -> tuple[str, Span] | None:
    """The side ("a" or "b") and the one place of a dropped or appeared entry told at one
    place on one side; None for any other entry."""
    side = _ONE_SIDE.get(h.status)
    spans = h.a_spans if side == "a" else h.b_spans
    if side is None or len(spans) != 1 or (h.a_spans and h.b_spans):
        return None
    return side, spans[0]


def _strictly_inside(x: Span, around: Span) -> bool:
    return (
        x.line == around.line
        and around.start <= x.start
        and x.end <= around.end
        and (x.start, x.end) != (around.start, around.end)
    )


def halves_within(formulas: Sequence[Formula], slashed: Container[str] = ()) -> tuple[Formula, ...]:
    """``formulas`` less each dropped or appeared entry told at one place that lies inside the
    one wording of a *changed* entry on its side (not the same characters): the change tells it
    (branch dup6, finishing dup4's ``within`` fold); the order is kept.

    biden-duda 2022-03-26's "commitment to Article 5 and to the security of all our NATO
    allies" → "commitment to the security of Poland and NATO’s eastern flank" was told changed,
    and the lexicon's "NATO’s eastern flank" appeared again inside it: the hand list gives the
    line one event. A lexicon's formula under its own id (:func:`named_formula`) lends the change its
    id (as :func:`lines_joined` does, rev14): a check rule watching that id (``watch id = …``)
    still finds the line, and reads on which side the formula's wording stands
    (``check.apply``). Two formulas a rule names under two ids are not folded; nor is a change
    told around the entry (``anchor``), which names it; nor a half inside a grown clause
    (``<id>/clause``): a clause holds its list's other members, and a formula dropped from it
    is an event of its own (liqiang-shehbaz 2024-06-07, tuning: 全天候战略合作伙伴关系 dropped
    from "推动巴中全天候战略合作伙伴关系和巴中命运共同体建设取得更加丰硕的成果", judged right;
    folded, it was gone). Only with ``Options.governing_words`` (the caller's part), as
    :func:`lines_joined`.
    """
    changed = changes_by_line(formulas)
    if not changed:
        return tuple(formulas)
    gone: set[int] = set()
    into: dict[int, Formula] = {}
    for h in formulas:
        place = one_sided_place(h)
        if place is None:
            continue
        side, span = place
        named = named_formula(h, slashed)
        for c in changed.get((side, span.line), ()):
            line = into.get(id(c), c)
            if c.anchor == h.id or h.anchor == c.id or _grown(c):
                continue
            if not _strictly_inside(span, (c.a_spans if side == "a" else c.b_spans)[0]):
                continue
            if named and named_formula(line, slashed) and line.id != h.id:
                continue  # two ids a rule may name: one would be gone
            if named:
                into[id(c)] = replace(line, id=h.id, source=h.source)
            gone.add(id(h))
            break
    if not gone:
        return tuple(formulas)
    return tuple(into.get(id(f), f) for f in formulas if id(f) not in gone)


def _place(spans: tuple[Span, ...]) -> tuple[tuple[int, int], ...]:
    return tuple((s.start, s.end) for s in spans)


def one_place_one_change(formulas: Sequence[Formula]) -> tuple[Formula, ...]:
    """``formulas`` less a second *changed* entry of one place: the same wording at the same
    characters of one side, told changed again by another entry (branch ser2); the order is
    kept. The hand lists give such a place one event, and a series (``readoutdiff series``)
    told it on two rows of one name at that meeting.

    - the other side's words of one lie inside the other's (xi-ramaphosa 2023-06-09, without
      governing words: "推动国际秩序朝着更加公正合理的方向发展" → the grown clause
      "推动全球治理朝着更加公正合理的方向发展" and, again, its tail "朝着更加公正合理的方向发展"):
      the wider one stays;
    - a lexicon's formula and a mined or background phrase reworded from one place to two
      (xi-starmer 2024-08-23's "增进了解互信" → "增进政治互信", ``political-mutual-trust``, and
      → "增进相互了解", a background phrase, judged noise): the lexicon's stays (a lexicon's
      formula, then a phrase recurring over a series, then one mined in the pair, then the
      background's);
    - a place kept word for word by one entry, and told reworded elsewhere by another
      (xi-ramaphosa's "构建高水平中南命运共同体", a phrase recurring in the series and kept,
      and the lexicon's ``china-africa-community`` → "构建高水平中非命运共同体"): kept.

    Either side is read (swapping the readouts leaves out the same entries).
    """
    gone: set[int] = set()
    for side in ("a", "b"):
        other = "b" if side == "a" else "a"
        by_ends: dict[tuple[int, int, int], list[Formula]] = defaultdict(list)
        for f in formulas:
            here: tuple[Span, ...] = getattr(f, f"{side}_spans")
            if here and getattr(f, f"{other}_spans") and f.status is not FormulaStatus.DROPPED:
                by_ends[here[0].start, here[-1].end, len(here)].append(f)
        for group in _by_place(by_ends.values(), side):
            for g in group:
                if g.status is not FormulaStatus.CHANGED:
                    continue
                words = (getattr(g, f"{side}_text") or "").casefold()
                for f in group:
                    if (
                        f is g
                        or id(f) in gone
                        or (getattr(f, f"{side}_text") or "").casefold() != words
                    ):
                        continue
                    if _second(g, f, other):
                        gone.add(id(g))
                        break
    if not gone:
        return tuple(formulas)
    return tuple(f for f in formulas if id(f) not in gone)


def _by_place(buckets: Iterable[list[Formula]], side: str) -> Iterator[list[Formula]]:
    """The entries of ``buckets`` (entries whose spans on ``side`` open and close alike, as
    many) grouped by the very same spans, each group in the entries' order: only the buckets
    of two entries or more with a changed one among them (no other group folds anything). A
    frequent entry of the 500 KB corpus has hundreds of spans a side: the whole place was made
    for every entry (some 4 M instructions at 500 KB; branch sp88)."""
    for bucket in buckets:
        if len(bucket) < 2 or all(f.status is not FormulaStatus.CHANGED for f in bucket):
            continue
        by_place: dict[tuple[tuple[int, int], ...], list[Formula]] = defaultdict(list)
        for f in bucket:
            by_place[_place(getattr(f, f"{side}_spans"))].append(f)
        yield from (group for group in by_place.values() if len(group) >= 2)


def _second(g: Formula, f: Formula, other: str) -> bool:
    """``g``, a changed entry, tells again the place ``f`` tells (see
    :func:`one_place_one_change`)."""
    theirs: tuple[Span, ...] = getattr(f, f"{other}_spans")
    mine: tuple[Span, ...] = getattr(g, f"{other}_spans")
    if f.status is FormulaStatus.PERSISTED:
        kept = (f.a_text or "").casefold() == (f.b_text or "").casefold()
        return kept and not _inside(mine, theirs) and not _inside(theirs, mine)
    if f.status is not FormulaStatus.CHANGED:
        return False
    if _place(mine) != _place(theirs) and _inside(mine, theirs):
        return True
    apart = not _inside(mine, theirs) and not _inside(theirs, mine)
    return apart and source_rank(g.source, g.topic) > source_rank(f.source, f.topic)


_BACKGROUND = "background:"


def _holds_wording(phrase: str, wording: str) -> bool:
    """Whether ``wording`` stands in ``phrase`` (case-folded; from a word's edge to a word's
    edge, but for Chinese and Japanese, written with no spaces)."""
    p, w = phrase.casefold(), wording.casefold()
    if not w or w not in p:
        return False
    if has_cjk(w):
        return True
    return re.search(rf"(?<!\w){re.escape(w)}(?!\w)", p) is not None


class _Wordings:
    """A lexicon's own formulas (built in or the user's) and their wordings, case-folded, each
    under its first character: a phrase is read against the wordings that open with one of its
    characters only (every one of the built-in lexicon's 1,352 wordings tried on each phrase
    met, and a set made for each entry's, cost some 7 M instructions at 500 KB; branch sp88).
    Folded on the first phrase read: the built-in lexicon's answers are read from its table
    (:func:`formula_in`)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._first: dict[str, list[tuple[int, str, Entry]]] | None = None
        self.named: dict[str, Entry | None] = {}  # background phrase id -> its formula
        self.builtin = _is_builtin(lexicon)
        """Whether the lexicon holds the built-in lexicon's entries and no other, in order (a
        run's lexicon: the built-in one merged with no file)."""

    @property
    def first(self) -> dict[str, list[tuple[int, str, Entry]]]:
        """First character of a wording (case-folded) -> (the entry's place in the lexicon,
        the wording case-folded, the entry), in lexicon order."""
        if self._first is None:
            first: dict[str, list[tuple[int, str, Entry]]] = {}
            for at, e in enumerate(self.lexicon.entries):
                if e.source is FormulaSource.MINED:
                    continue
                for w in e.wordings:
                    if w:
                        folded = w.casefold()
                        first.setdefault(folded[0], []).append((at, folded, e))
            self._first = first
        return self._first

    def held(self, phrase: str) -> list[tuple[Entry, str]]:
        """Each formula and its wording that ``phrase`` holds, in lexicon order (a wording an
        entry gives twice, once)."""
        p = phrase.casefold()
        first = self.first
        found = {
            (at, w): e
            for c in set(p)
            for at, w, e in first.get(c, ())
            if w in p and _holds_wording(p, w)
        }
        return [(found[key], key[1]) for key in sorted(found)]


def _one_formula(phrase: str, wordings: _Wordings) -> Entry | None:
    """The one formula whose wording ``phrase`` holds (a wording inside another formula's
    wording it holds does not count: 战略伙伴关系 inside 全面战略伙伴关系); None for none or two
    ("将中匈关系提升为新时代全天候全面战略伙伴关系" holds 新时代 and 全面战略伙伴关系)."""
    held = wordings.held(phrase)
    ids = {
        e.id
        for e, w in held
        if not any(o.id != e.id and len(v) > len(w) and _holds_wording(v, w) for o, v in held)
    }
    if len(ids) != 1:
        return None
    return next(e for e, _ in held if e.id in ids)


@lru_cache(maxsize=3)
def _phrases(language: str) -> dict[str, str]:
    """Background phrase id -> its wording, for ``language`` (en, ru, zh)."""
    from readoutdiff.formulas.lexicon import background

    return {e.id: e.text for e in background.entries(language)}


def _wordings(lexicon: Lexicon) -> _Wordings:
    return per_lexicon(lexicon, ("own-wordings",), lambda: _Wordings(lexicon))


def formula_in(lexicon: Lexicon, phrase_id: str, language: str) -> Entry | None:
    """The one formula of ``lexicon`` (built in or the user's) whose wording the background
    phrase ``phrase_id`` of ``language`` holds (``坚定奉行一个中国政策`` → ``one-china-policy``),
    or None; read once per phrase and lexicon object (only the phrases a comparison meets: the
    whole background read for every formula cost some 4 ms a process)."""
    wordings = _wordings(lexicon)
    if phrase_id not in wordings.named:
        text = _phrases(language).get(phrase_id) if language in _LANGUAGES else None
        if text is None:
            wordings.named[phrase_id] = None
        elif wordings.builtin:  # the table built from the same phrases and lexicon (sp88)
            from readoutdiff.formulas.lexicon import background

            held = background.formulas_held().get((language, phrase_id))
            wordings.named[phrase_id] = None if held is None else _own(lexicon, held)
        else:
            wordings.named[phrase_id] = _one_formula(text, wordings)
    return wordings.named[phrase_id]


def formulas_held(lexicon: Lexicon, language: str) -> dict[str, str]:
    """Background phrase id -> the id of the one formula of ``lexicon`` whose wording the
    phrase holds, for every phrase of ``language`` holding one: read afresh, never from the
    table (``benchmarks/build_background_formulas.py`` writes the built-in lexicon's)."""
    wordings = _Wordings(lexicon)
    found = {i: _one_formula(text, wordings) for i, text in _phrases(language).items()}
    return {i: e.id for i, e in found.items() if e is not None}


def _own(lexicon: Lexicon, formula_id: str) -> Entry | None:
    return next(
        (e for e in lexicon.entries if e.id == formula_id and e.source is not FormulaSource.MINED),
        None,
    )


def _is_builtin(lexicon: Lexicon) -> bool:
    """``lexicon``'s entries are the built-in lexicon's, once loaded (a user's file alone, or
    the built-in lexicon turned off, does not load it here; a tuple of the same entries
    compares by identity, some 360 steps in C)."""
    return bool(lexicons.builtin.cache_info().currsize) and lexicon.entries == (
        lexicons.builtin().entries
    )


_LANGUAGES = ("en", "ru", "zh")


def _base(formula_id: str) -> str:
    return re.split(r"[/#>]", formula_id, maxsplit=1)[0]


def formula_named(
    formulas: Sequence[Formula], lexicon: Lexicon, language: str
) -> tuple[Formula, ...]:
    """``formulas`` with each entry of a background phrase that holds a lexicon formula's
    wording told under that formula's id (branch dup7): the matcher takes the longest wording
    at a place, so where a readout says "坚定奉行一个中国政策" (a background phrase) the lexicon's
    ``one-china-policy`` inside it was found under the phrase's id, and a check rule watching
    ``one-china-policy`` read "not in either readout" (zhaoleji-lawrence-wong 2025-06-24 →
    2026-03-26, tuning, both readouts saying it). The hand lists give that place one event in the
    longer wording, which the entry keeps: only its id, source and topic are the formula's
    (derived ids keep their kind: ``background:…/reworded`` → ``one-china-policy/reworded``).
    Not where the phrase holds two formulas, where the entry's wordings hold none of the
    formula's, where the entry links a successor (``>``), nor where an entry of that formula
    already stands at the same place on a side. The order is kept."""
    if not any(f.id.startswith(_BACKGROUND) for f in formulas):
        return tuple(formulas)
    out = list(formulas)
    for i, f in enumerate(formulas):
        if not f.id.startswith(_BACKGROUND) or ">" in f.id:
            continue
        base = _base(f.id)
        entry = formula_in(lexicon, base, language)
        if entry is None:
            continue
        if not any(
            text is not None and any(_holds_wording(text, w) for w in entry.wordings)
            for text in (f.a_text, f.b_text)
        ):
            continue
        if any(
            _base(g.id) == entry.id and _overlaps(f, g)
            for g in formulas
            if g.source is not FormulaSource.MINED
        ):
            continue
        out[i] = replace(f, id=entry.id + f.id[len(base) :], source=entry.source, topic=entry.topic)
    return tuple(out)


def _overlaps(f: Formula, g: Formula) -> bool:
    return any(
        s.start < o.end and o.start < s.end
        for mine, theirs in ((f.a_spans, g.a_spans), (f.b_spans, g.b_spans))
        for s in mine
        for o in theirs
    )
