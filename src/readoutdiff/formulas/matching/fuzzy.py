"""Fuzzy matching of formulas: near misses of a wording, scored with rapidfuzz.

A wording of two or more words is indexed under its two rarest content stems (:func:`index`);
a sentence is tried only where one of them occurs and almost all the wording's words are
present, and a window is accepted when its ``fuzz.ratio`` (0-100, on the space-joined stems)
reaches the threshold and each content word it misses has a spelling of itself there
(:func:`hits`). :mod:`readoutdiff.formulas.matching.matcher` does the exact matching and calls this.
"""

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain, compress, filterfalse
from operator import attrgetter
from typing import NamedTuple

from rapidfuzz import fuzz

from readoutdiff.formulas.words.roles import STOP_WORDS
from readoutdiff.languages import wordshape

_FUZZY_MIN_CHARS = 10


HEADS = wordshape.HEADS
"""Stem -> its first four letters (:data:`~readoutdiff.languages.wordshape.HEADS`: filled where
a word is first stemmed)."""
_HEAD_OF = HEADS.__getitem__
"""A stem's head, read in C when known (``map(_HEAD_OF, stems)``)."""
_HEADS = attrgetter("heads")
_NO_HEADS: frozenset[str] = frozenset()

Hit = tuple[int, int, int, float]
"""(first word, end word, entry number, score)."""


# Annotations evaluated (no ``from __future__ import annotations``): ``NamedTuple`` makes a
# string annotation a ``ForwardRef``, which compiles it, and a process's first ``compile()``
# builds the ``ast`` types (~9 M instructions of a 500 KB command; see ``test_startup_imports.py``).
class Fuzzy(NamedTuple):
    """One wording indexed under one of its rare stems, with what scoring a window needs (a
    named tuple: a lexicon makes some 1,500 of them on each run)."""

    pattern: tuple[str, ...]
    number: int
    """The entry's number in the matcher."""
    position: int
    """Where the indexing stem stands in ``pattern``."""
    joined: str
    wanted: frozenset[str]
    needed: int
    """How many of ``wanted`` a window must hold: all but one word."""
    heads: frozenset[str] = frozenset()
    """The first four letters of each content word: a window must hold each (see
    :func:`_same_words`), so a place without them nearby is not scored."""


def index(patterns: list[tuple[tuple[str, ...], int]]) -> dict[str, tuple[Fuzzy, ...]]:
    """Index each pattern of two or more words under its two rarest content stems."""
    counts = Counter(stem for pattern, _ in patterns for stem in set(pattern))
    index: dict[str, list[Fuzzy]] = defaultdict(list)
    for pattern, number in patterns:
        if len(pattern) < 2 or len(" ".join(pattern)) < _FUZZY_MIN_CHARS:
            continue
        content = [(counts[s], k) for k, s in enumerate(pattern) if s not in STOP_WORDS]
        wanted = frozenset(pattern)
        needed = min(len(pattern) - 1, len(wanted))
        heads = frozenset(s[:4] for s in pattern if s not in STOP_WORDS)
        joined = " ".join(pattern)
        for _, position in sorted(content)[:2]:
            fuzzy = Fuzzy(pattern, number, position, joined, wanted, needed, heads)
            index[pattern[position]].append(fuzzy)
    return {stem: tuple(found) for stem, found in index.items()}


def rarest_heads(index: Mapping[str, Sequence[Fuzzy]]) -> dict[str, tuple[str, ...]]:
    """Indexing stem -> the rarest head of each wording in its bucket, besides the stem's own
    (each head once): :func:`hits` skips a place where the sentence lacks them all.

    A wording needs every head of its in the sentence, so a place where the sentence lacks the
    rarest one of each wording there holds no match. Rarest among the heads of the indexed
    wordings (a head of the readouts' everyday words, "coop", "secu", is one of many); which
    head is picked changes the work, never the hits.
    """
    heads_of = {f.joined: f.heads for found in index.values() for f in found}
    counts = Counter(chain.from_iterable(heads_of.values()))
    ranked = {head: rank for rank, head in enumerate(sorted(counts, key=lambda h: (counts[h], h)))}
    two = {joined: sorted(heads, key=ranked.__getitem__)[:2] for joined, heads in heads_of.items()}
    rarest: dict[str, tuple[str, ...]] = {}
    for stem, found in index.items():
        own, picked = stem[:4], []
        for fuzzy in found:
            first, *second = two[fuzzy.joined]
            picked.append(first if first != own else (second[0] if second else own))
        rarest[stem] = tuple(dict.fromkeys(picked))
    return rarest


def hits(
    index: Mapping[str, Sequence[Fuzzy]],
    stems: tuple[str, ...],
    covered: set[int],
    threshold: float,
    rare: Mapping[str, frozenset[str]],
    join: frozenset[int] = frozenset(),
    at: Iterable[int] | None = None,
) -> list[Hit]:
    """The fuzzy matches of a sentence's ``stems`` outside ``covered``, best first (marked covered).

    ``rare`` is :func:`rarest_heads` of ``index``, each as a set (a set meets a set in C
    by its smaller side); ``join``, the words joined by a hyphen to the next
    (:func:`~readoutdiff.formulas.matching.matcher.joined`): a window cutting a compound
    loses against one that does not (:func:`cuts`); ``at``, places in ``stems`` that hold
    every indexing stem's, in order, when known (the matcher finds them with its exact anchors
    in one pass; a place whose stem indexes nothing has no ``rare`` heads, so is left out).
    """
    # Loops in C (compress, map) where most of the work is: a sentence has some 25 words, a
    # few of them index wordings, and the whole sentence lacks a head of 94 % of those.
    found = compress(range(len(stems)), map(index.__contains__, stems)) if at is None else at
    # The covered ones left out in the same C loop (a comprehension of its own cost some
    # 2 k instructions a sentence with words covered: 269 of 915 at 500 KB; sp36).
    places = list(filterfalse(covered.__contains__, found) if covered else found)
    if not places:
        return []
    present = frozenset(map(_HEAD_OF, stems))
    # Four places in five lack the rarest head of every wording they index: skipped before
    # their buckets are scanned one wording at a time (a comprehension: a chain of five maps
    # cost more a place than its one test; benchmarks/README.md, sp14).
    places = [i for i in places if not present.isdisjoint(rare.get(stems[i], _NO_HEADS))]
    if not places:
        return []
    has_all = present.issuperset
    candidates: list[Hit] = []
    for i in places:
        bucket = index[stems[i]]
        # A head missing from the whole sentence is missing near i too.
        for fuzzy in compress(bucket, map(has_all, map(_HEADS, bucket))):
            start = i - fuzzy.position
            low, high = max(start - 1, 0), start + len(fuzzy.pattern) + 1
            # Every window lies in [start - 1, start + size + 1]. Words first: the cheaper
            # test (no set made) and the one that fails more (849 wordings at 500 KB: 473
            # fail it, then 218 the heads; sp36). The indexing stem itself is nearby, so one
            # wanted word is always there.
            if fuzzy.needed > 1 and len(fuzzy.wanted.intersection(stems[low:high])) < fuzzy.needed:
                continue  # no window here can hold enough of the wording's words
            # A window that misses a content word of the wording with no spelling of it
            # there fails _same_words.
            if not fuzzy.heads.issubset(map(_HEAD_OF, stems[low : high + 1])):
                continue
            candidates += _windows(stems, fuzzy, start, covered, threshold)
    return chosen(candidates, covered, join)


def chosen(candidates: list[Hit], covered: set[int], join: frozenset[int]) -> list[Hit]:
    """The hits :func:`hits` keeps of its ``candidates``, best first (:func:`choose`): the best
    score, then the widest, the earliest, the first wording; with ``join``, a window cutting a
    compound last (:func:`cuts`). Also read by benchmarks/matcher_steps.py's grouped scan."""
    if not candidates:
        return []
    if join:
        return choose(
            candidates,
            covered,
            key=lambda hit: (cuts(hit, join), -hit[3], hit[0] - hit[1], hit[0], hit[2]),
        )
    return choose(candidates, covered, key=lambda hit: (-hit[3], hit[0] - hit[1], hit[0], hit[2]))


def _windows(
    stems: tuple[str, ...], fuzzy: Fuzzy, start: int, covered: set[int], threshold: float
) -> list[Hit]:
    """Score the windows around ``start`` that hold nearly all of the wording's words."""
    pattern, number, joined, wanted = fuzzy.pattern, fuzzy.number, fuzzy.joined, fuzzy.wanted
    size = len(pattern)
    hits: list[Hit] = []
    count, needed = len(stems), fuzzy.needed
    for first in (start - 1, start, start + 1):
        if first < 0 or first >= count:
            continue
        if stems[first] in STOP_WORDS and stems[first] != pattern[0]:
            continue  # every window starting here starts with a stray stop word
        for end in (first + size - 1, first + size, first + size + 1):
            if end > count or end - first < 2:
                continue
            if covered and not covered.isdisjoint(range(first, end)):
                continue
            if stems[end - 1] in STOP_WORDS and stems[end - 1] != pattern[-1]:
                continue
            window = stems[first:end]
            if len(wanted.intersection(window)) < needed or window == pattern:
                continue
            score = fuzz.ratio(joined, " ".join(window), score_cutoff=threshold)
            if score and _same_words(pattern, window):
                hits.append((first, end, number, round(score, 1)))
    return hits


def _same_words(pattern: Sequence[str], window: Sequence[str]) -> bool:
    """Each content word of the pattern missing from the window has a spelling of itself there
    (same first four letters: "co-operation"/"cooperation", "defence"/"defense"), so a near
    miss is one wording, not another word ("NATO enlargement" is not "NATO's engagement")."""
    extra = [w for w in window if w not in pattern]
    return all(
        any(w[:4] == x[:4] for x in extra)
        for w in pattern
        if w not in window and w not in STOP_WORDS
    )


def cuts(hit: Hit, join: frozenset[int]) -> bool:
    """The hit starts or ends inside a hyphenated compound: its first word is joined by a
    hyphen to the word before it, or its last word to the word after it (``join`` holds each
    word joined to the next). Sorted first in :func:`choose`'s key, such a hit loses against
    an overlapping one that cuts no compound; with no rival it stays.

    >>> cuts((3, 9, 0, 100.0), frozenset({8, 9})), cuts((3, 8, 0, 100.0), frozenset({8, 9}))
    (True, False)
    """
    return hit[0] - 1 in join or hit[1] - 1 in join


class Contested(list[Hit]):
    """Hits chosen where some candidate lost (to an overlapping one or to a word covered),
    with all the ``candidates``. Only such a choice can change when the sentence's hyphenated
    compounds are known (:func:`cuts`; :func:`readoutdiff.formulas.matching.matcher._uncut`
    reads the text around the candidates' edges)."""

    __slots__ = ("candidates",)

    def __init__(self, chosen: Iterable[Hit], candidates: list[Hit]) -> None:
        super().__init__(chosen)
        self.candidates = candidates


def choose(candidates: list[Hit], covered: set[int], *, key: object) -> list[Hit]:
    """Keep the best candidates that overlap neither each other nor ``covered``; mark them
    covered. :class:`Contested` when some candidate is left out."""
    if len(candidates) == 1:  # most sentences with a hit: nothing to sort or to lose to
        hit = candidates[0]
        if covered.isdisjoint(range(hit[0], hit[1])):
            covered.update(range(hit[0], hit[1]))
            return [hit]
        return Contested([], candidates)
    chosen: list[Hit] = []
    for hit in sorted(candidates, key=key):  # type: ignore[call-overload]
        if not covered.intersection(range(hit[0], hit[1])):
            covered.update(range(hit[0], hit[1]))
            chosen.append(hit)
    if len(chosen) < len(candidates):
        return Contested(chosen, candidates)
    return chosen
