"""Find where a formula only one side has was reworded, anywhere in the other readout.

Named wording changes (:mod:`readoutdiff.formulas.named`) only look inside aligned pairs. A
formula is often reworded in a passage that was rewritten around it, so the two sentences do
not pair: "the consequences of Russia's unprovoked and unjustified war against Ukraine" in A,
"in the face of Russia's brutal and unprovoked war" in a different sentence of B. Here every
formula only one side has looks for its **mutation** on the other side: a place that keeps at
least one of the formula's own content words and at least one more content word of the
clause around it, within a few words. The two wordings run from the first to the last shared
word (the formula itself always included on its side). They are one *changed* entry when

- they share at least ``MIN_SHARED`` content stems (inflection stripped), at least one of them
  the formula's own;
- the shared stems are at least ``MIN_SHARE`` of the content words of the longer wording;
- their content words differ (equal content is the same formula: a variant, not a change).

Each formula gets its best place; one place serves one formula, best first. A formula of the
other side that the place covers (only that side has it) is told by the same entry
("unprovoked and unjustified" dropped and "brutal and unprovoked war" appeared are one change).
Candidates from A and from B are ranked by one key that does not depend on which readout is
A, so swapping the readouts mirrors the result.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They discussed the consequences of Russia's unprovoked and unjustified war against Ukraine.\\n\\nThey spoke of grain.")
>>> b = from_text("They spoke of grain.\\n\\nThe ministers, meeting in Berlin in the face of Russia's brutal and unprovoked war, set out a plan for exports by sea.")
>>> [(f.status.value, f.id, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'brutal-premeditated/reworded', "Russia's unprovoked and unjustified war", "Russia's brutal and unprovoked war")]
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from readoutdiff.formulas import coordination
from readoutdiff.formulas.matcher import Occurrence
from readoutdiff.formulas.phrases import PREPOSITIONS, STOP_WORDS, Words, overlaps, word_span
from readoutdiff.formulas.succession import View
from readoutdiff.formulas.wording import CLAUSE_WORDS, strip
from readoutdiff.model import REWORDED, Alignment, Formula, FormulaSource, FormulaStatus, Span

MIN_SHARED = 2
"""Content stems the two wordings must share."""
MIN_SHARE = 0.5
"""Shared content stems over the content words of the longer wording."""
REACH = 4
"""Words of the clause around the formula that may share a word with the other side."""
NEAR = 6
"""How far from its anchor a shared word of the other side may stand."""
NEIGHBOURS = 6
"""Sentences searched beyond where the formula's paired neighbours went (see :func:`_near`)."""
COMMON = 40
"""A stem standing more often than this on the other side anchors nothing."""
PRONOUNS = frozenset("itself themselves himself herself ourselves us them him one".split())
"""Words that are no content here: "defends itself" shares nothing with "Israel's right to defend itself"."""


Side = Mapping[str, Sequence[Occurrence]]


@dataclass(frozen=True, slots=True)
class _Candidate:
    score: float
    own: Occurrence
    own_on_a: bool
    own_span: tuple[int, int]
    """Sentence words [first, last) of the wording on the formula's side."""
    other_sentence: int
    other_span: tuple[int, int]


@dataclass(slots=True)
class Mutations:
    changed: list[Formula]
    consumed: set[str]
    """Ids of one-sided formulas whose fate a changed entry tells."""


def find(
    a: View, b: View, only_a: Side, only_b: Side, pairs: Sequence[Alignment],
    busy: Sequence[Span] = (),
) -> Mutations:  # fmt: skip
    """Return one changed entry per formula reworded near its place in the other readout."""
    if not only_a and not only_b:
        return Mutations(changed=[], consumed=set())
    # Each side's index serves only the other side's one-sided formulas, and only their words.
    index_a = _index(a, _wanted(only_b, b)) if only_b else {}
    index_b = _index(b, _wanted(only_a, a)) if only_a else {}
    anchors = _anchors(pairs)
    mirrored = sorted((y, x) for x, y in anchors) if only_b else []
    candidates = [
        c
        for own_on_a, side, view, other, index, marks in (
            (True, only_a, a, b, index_b, anchors),
            (False, only_b, b, a, index_a, mirrored),
        )
        for formula_id in sorted(side)
        for c in _best(
            side[formula_id][0], own_on_a, view, other, index,
            _near(marks, side[formula_id][0].sentence, len(other.words)),
        )
    ]  # fmt: skip
    candidates.sort(key=lambda c: _rank(c, a, b))
    taken: dict[bool, list[tuple[int, int, int]]] = {True: [], False: []}
    out = Mutations(changed=[], consumed=set())
    for c in candidates:
        if c.own.id in out.consumed:
            continue
        mine = (c.own.sentence, *c.own_span)
        theirs = (c.other_sentence, *c.other_span)
        if _clash(mine, taken[c.own_on_a]) or _clash(theirs, taken[not c.own_on_a]):
            continue
        view, other = (a, b) if c.own_on_a else (b, a)
        own_text, own_span = _text(view, mine)
        other_text, other_span = _text(other, theirs)
        if overlaps(own_span, busy) or overlaps(other_span, busy):
            continue
        # One-sided formulas inside either wording are told by this entry too ("war against
        # Ukraine" inside "Russia's unprovoked and unjustified war against Ukraine").
        held = _covered(other, theirs, only_b if c.own_on_a else only_a)
        held += [
            o for o in _covered(view, mine, only_a if c.own_on_a else only_b) if o.id != c.own.id
        ]
        covered = {o.id for o in held}
        if covered & out.consumed:
            continue
        taken[c.own_on_a].append(mine)
        taken[not c.own_on_a].append(theirs)
        out.consumed |= {c.own.id, *covered}
        # A lexicon formula names the entry before a mined or background one; then by id,
        # so that swapping the readouts names the same one.
        owner = min([c.own, *held], key=lambda o: (o.source is FormulaSource.MINED, o.id)).id
        a_text, b_text = (own_text, other_text) if c.own_on_a else (other_text, own_text)
        a_span, b_span = (own_span, other_span) if c.own_on_a else (other_span, own_span)
        out.changed.append(Formula(
            status=FormulaStatus.CHANGED, a_text=a_text, b_text=b_text, a_spans=(a_span,),
            b_spans=(b_span,), id=f"{owner}{REWORDED}", source=c.own.source, topic=c.own.topic,
            confidence=round(c.score, 3), evidence_score=round(c.score, 3), anchor=owner,
        ))  # fmt: skip
    return out


def _near(anchors: Sequence[tuple[int, int]], sentence: int, count: int) -> tuple[int, int]:
    """The other side's sentences [lo, hi) where a sentence's rewording may stand: between
    where its nearest paired neighbours went, ``NEIGHBOURS`` more on each side (the whole
    readout when nothing paired). Searching only there keeps long readouts fast and stops a
    formula from being matched to chance words far away."""
    at = bisect_left(anchors, (sentence, -1))
    before = [y for x, y in anchors[max(at - 1, 0) : at] if x <= sentence]
    after = [y for x, y in anchors[at : at + 1]]
    if not before and not after:
        return 0, count
    lo = min(before or after) - NEIGHBOURS
    hi = max(after or before) + NEIGHBOURS + 1
    if hi - lo > 4 * NEIGHBOURS + 1:  # the neighbours went far apart: look around each
        mid = (before or after)[0]
        lo, hi = mid - 2 * NEIGHBOURS, mid + 2 * NEIGHBOURS + 1
    return max(lo, 0), min(hi, count)


def _anchors(pairs: Sequence[Alignment]) -> list[tuple[int, int]]:
    """(A index, B index) of the first and last sentences of each aligned pair, sorted."""
    found: set[tuple[int, int]] = set()
    for pair in pairs:
        a_side, b_side = pair.a, pair.b
        if len(a_side) == 1 and len(b_side) == 1:  # most pairs: one sentence a side
            found.add((a_side[0].index, b_side[0].index))
            continue
        for x in (a_side[0].index, a_side[-1].index):
            for y in (b_side[0].index, b_side[-1].index):
                found.add((x, y))
    return sorted(found)


def _wanted(side: Side, view: View) -> set[str]:
    """The stripped content stems of the side's one-sided formulas: what :func:`_best` looks up."""
    firsts = [side[formula_id][0] for formula_id in side]
    return {stem for o in firsts for stem in _content(view.words[o.sentence], o.first, o.last)}


def _index(view: View, wanted: set[str]) -> dict[str, list[tuple[int, int]]]:
    """Stripped content stem of ``wanted`` -> every (sentence, word) where it stands."""
    index: dict[str, list[tuple[int, int]]] = defaultdict(list)
    keys: dict[str, str | None] = {}  # each distinct stem is judged and stripped once
    places: dict[
        tuple[str, ...], list[tuple[int, str]]
    ] = {}  # and each distinct sentence read once
    for words in view.words:
        found = places.get(words.stems)
        if found is None:
            found = places[words.stems] = []
            for k, stem in enumerate(words.stems):
                if stem not in keys:
                    key = strip(stem) if _counts(stem) else None
                    keys[stem] = key if key in wanted else None
                key = keys[stem]
                if key is not None:
                    found.append((k, key))
        for k, key in found:
            index[key].append((words.sentence, k))
    return index


def _clause(words: Words, first: int, last: int, reach: int) -> tuple[int, int]:
    """Words [lo, hi) around [first, last) in the same clause, at most ``reach`` on each side."""
    lo = first
    while (
        lo > max(0, first - reach)
        and not words.breaks[lo]
        and words.stems[lo - 1] not in CLAUSE_WORDS
    ):
        lo -= 1
    hi = last
    while (
        hi < min(len(words.stems), last + reach)
        and not words.breaks[hi]
        and words.stems[hi] not in CLAUSE_WORDS
    ):
        hi += 1
    return lo, hi


def _content(words: Words, lo: int, hi: int) -> list[str]:
    return [strip(s) for s in words.stems[lo:hi] if _counts(s)]


def _counts(stem: str) -> bool:
    return stem not in STOP_WORDS and stem not in PRONOUNS


def _best(
    own: Occurrence, own_on_a: bool, view: View, other: View,
    index: Mapping[str, Sequence[tuple[int, int]]], near: tuple[int, int],
) -> list[_Candidate]:  # fmt: skip
    """The best place on the other side where ``own`` was reworded (none, or one)."""
    words = view.words[own.sentence]
    core = set(_content(words, own.first, own.last))
    lo, hi = _clause(words, own.first, own.last, REACH)
    around: dict[str, list[int]] = defaultdict(list)
    for k in range(lo, hi):
        if _counts(words.stems[k]):
            around[strip(words.stems[k])].append(k)
    best: _Candidate | None = None
    for stem in sorted(core):
        places = index.get(stem, ())
        if len(places) > COMMON:
            continue
        for sentence, p in places:
            if not near[0] <= sentence < near[1]:
                continue
            found = _place(own, words, around, core, other.words[sentence], p)
            if found is None:
                continue
            score, own_span, other_span = found
            c = _Candidate(score, own, own_on_a, own_span, sentence, other_span)
            if best is None or (score, -sentence, -other_span[0]) > (
                best.score,
                -best.other_sentence,
                -best.other_span[0],
            ):
                best = c
    return [] if best is None else [best]


def _place(
    own: Occurrence, words: Words, around: Mapping[str, Sequence[int]], core: set[str],
    theirs: Words, p: int,
) -> tuple[float, tuple[int, int], tuple[int, int]] | None:  # fmt: skip
    """Score the other side's words around ``p`` as the rewording of ``own``."""
    lo, hi = _clause(theirs, p, p + 1, NEAR)
    matches: list[tuple[int, int]] = []
    for q in range(lo, hi):
        stem = theirs.stems[q]
        places = around.get(strip(stem)) if _counts(stem) else None
        if places:
            matches.append((q, min(places, key=lambda k: (abs(k - own.first), k))))
    kept = _joined(own, words, {k for _, k in matches})
    matches = [(q, k) for q, k in matches if k in kept]
    shared = {strip(theirs.stems[q]) for q, _ in matches}
    if len(shared) == 1 and shared & core:
        return _member_swapped(own, words, theirs, p)
    if len(shared) < MIN_SHARED or not shared & core:
        return None
    mine_at = [own.first, own.last - 1, *(k for _, k in matches)]
    theirs_at = [q for q, _ in matches]
    own_span = (min(mine_at), max(mine_at) + 1)
    other_span = _grow(
        theirs,
        min(theirs_at),
        max(theirs_at) + 1,
        _tail(words, own_span, around, theirs, theirs_at),
    )
    mine, other = _content(words, *own_span), _content(theirs, *other_span)
    if sorted(mine) == sorted(other):
        return None
    if set(other) <= shared and _head(words, *own_span) not in shared:
        return None  # words cut from around a topic the other side names: "COVID-19 pandemic"
    score = len(shared) / max(len(mine), len(other))
    return (score, own_span, other_span) if score >= MIN_SHARE else None


def _member_swapped(
    own: Occurrence, words: Words, theirs: Words, p: int
) -> tuple[float, tuple[int, int], tuple[int, int]] | None:  # fmt: skip
    """A coordinated formula whose other side keeps one member and swaps the rest, in a
    coordination as long: "unjustified and unprovoked" / "brutal and unprovoked"."""
    if not coordination.is_coordination(words, own.first, own.last):
        return None
    span = coordination.around(theirs, p)
    if span is None:
        return None
    mine, other = _content(words, own.first, own.last), _content(theirs, *span)
    if len(mine) != len(other) or sorted(mine) == sorted(other):
        return None
    score = len(set(mine) & set(other)) / len(mine)
    # Each side with the head noun the members qualify: "… war" / "… invasion".
    own_span, other_span = _headed(words, own.first, own.last), _headed(theirs, *span)
    return (score, own_span, other_span) if score >= MIN_SHARE else None


def _headed(words: Words, first: int, last: int) -> tuple[int, int]:
    """[first, last) and the lower-case content word right after it, if one follows."""
    follows = last < len(words.stems) and not words.breaks[last] and not words.caps[last]
    return (
        (first, last + 1)
        if follows and _counts(words.stems[last]) and words.stems[last] not in CLAUSE_WORDS
        else (first, last)
    )


def _joined(own: Occurrence, words: Words, matched: set[int]) -> set[int]:
    """The matched words of the formula, and those of its clause joined to it through matched
    words and stop words only. On the right a capitalised word stops the run: "with Russian
    President Vladimir Putin" is a name, not part of the formula's wording."""
    kept = {k for k in matched if own.first <= k < own.last}
    k = own.first - 1
    while k >= 0 and (k in matched or words.stems[k] in STOP_WORDS):
        kept.add(k)
        k -= 1
    k = own.last
    while k < len(words.stems) and (k in matched or words.stems[k] in STOP_WORDS):
        if words.caps[k]:
            break
        kept.add(k)
        k += 1
    return kept & matched


def _tail(
    words: Words, own_span: tuple[int, int], around: Mapping[str, Sequence[int]], theirs: Words,
    theirs_at: Sequence[int],
) -> int:  # fmt: skip
    """Content words that close the formula's wording after its last word the other side shares."""
    shared = {strip(theirs.stems[q]) for q in theirs_at}
    last_shared = max(
        (
            k
            for k in range(*own_span)
            if strip(words.stems[k]) in shared and _counts(words.stems[k])
        ),
        default=own_span[1] - 1,
    )
    return len(_content(words, last_shared + 1, own_span[1]))


def _grow(theirs: Words, first: int, last: int, tail: int) -> tuple[int, int]:
    """Take up to ``tail`` more content words of the clause after ``last``: the other side's
    head noun in the formula's slot ("unprovoked war" / "unprovoked aggression")."""
    end = last
    while tail and end < len(theirs.stems) and not theirs.breaks[end]:
        stem = theirs.stems[end]
        if stem in CLAUSE_WORDS:
            break
        end += 1
        if _counts(stem):
            tail -= 1
            last = end
    return first, last


def _head(words: Words, first: int, last: int) -> str:
    """The head of a wording: its last content word before a preposition ("politicization" in
    "stigmatization and politicization of the pandemic"), else its last content word."""
    head = ""
    for k in range(first, last):
        stem = words.stems[k]
        if head and stem in PREPOSITIONS:
            break
        if _counts(stem):
            head = strip(stem)
    return head


def _rank(c: _Candidate, a: View, b: View) -> tuple[float, int, int, str]:
    """Best first; the same order whichever readout is A."""
    own = c.own.span.start
    other_view = b if c.own_on_a else a
    other = other_view.words[c.other_sentence].start(c.other_span[0])
    a_at, b_at = (own, other) if c.own_on_a else (other, own)
    return (-c.score, a_at + b_at, min(a_at, b_at), c.own.id)


def _clash(place: tuple[int, int, int], taken: Sequence[tuple[int, int, int]]) -> bool:
    sentence, first, last = place
    return any(s == sentence and f < last and first < e for s, f, e in taken)


def _text(view: View, place: tuple[int, int, int]) -> tuple[str, Span]:
    sentence, first, last = place
    span = word_span(view.readout, view.words[sentence], first, last)
    return view.readout.text[span.start : span.end], span


def _covered(view: View, place: tuple[int, int, int], one_sided: Side) -> list[Occurrence]:
    """The one-sided formulas of ``view`` standing in the words of ``place``."""
    sentence, first, last = place
    return [
        o
        for o in view.by_sentence.get(sentence, ())
        if o.id in one_sided and o.first < last and first < o.last
    ]
