"""Find many phrases at once in a readout: exact on word stems, then fuzzy on near misses.

Exact matching looks each word and word pair up in an index of anchors (a wording's rarest
word that is no stop word, with the word after it: :func:`anchors`), so its cost hardly
grows with the number of formulas, and a common word ("to", "in", "support") is looked up
only where few wordings could stand. Fuzzy matching (rapidfuzz ``fuzz.ratio``
on the space-joined stems, 0-100; :mod:`readoutdiff.formulas.matching.fuzzy`) tries a formula only where one of its two
rarest words occurs and almost all its words are present; it accepts a window
scoring at least the threshold (``Options.formula_fuzzy_threshold``, 90 by
default: "eurasia economic union" matches "Eurasian Economic Union" at 98).
Where matches overlap, the longest wins, unless it cuts a hyphenated compound and a rival
does not (:func:`joined`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain, compress
from operator import attrgetter

from readoutdiff.formulas.matching import fuzzy as fuzzies
from readoutdiff.formulas.matching import wordings
from readoutdiff.formulas.matching.fuzzy import Contested, Fuzzy, choose
from readoutdiff.formulas.matching.fuzzy import (
    Hit as Hit,  # (first word, end word, entry number, score)
)
from readoutdiff.formulas.matching.occurrences import Made, Occurrence, read_off
from readoutdiff.formulas.words.phrases import Copies, Words
from readoutdiff.formulas.words.roles import STOP_WORDS
from readoutdiff.model import Entry, Readout
from readoutdiff.records.record import record

BY_START = attrgetter("span.start")
"""Sort key of occurrences by position (in C, not a lambda per occurrence)."""

HitMemo = dict[tuple[object, ...], list[Hit]]
"""Hits of a sentence by its stems; of one whose choice a hyphen changes (:func:`_uncut`), by
its stems and :func:`joined` (the stems of "people-to-people" and "people to people" are the
same)."""
AroundMemo = HitMemo
"""Hits of a sentence with words taken, by its stems and the words taken (and, as above,
:func:`joined`)."""
_NONE: frozenset[int] = frozenset()
_HYPHENS = ("-", "\u2010", "\u2011")


@record
class Matcher:
    """Indexes over the wordings of some lexicon entries."""

    entries: tuple[Entry, ...]
    exact: dict[str | tuple[str, str], tuple[tuple[tuple[str, ...], int, int], ...]]
    """Anchor stem and the stem after it (or the anchor alone, when it ends the wording) ->
    (stems of a wording, entry number, where the anchor stands in it), longest first. The
    anchor is the wording's rarest stem that is no stop word (:func:`anchors`)."""
    anchors: frozenset[str]
    """The anchor stem of every wording: a sentence holds a wording only where it holds its
    anchor."""
    fuzzy: dict[str, tuple[Fuzzy, ...]]
    """Rare stem -> the wordings it may stand in, with the stem's position in each."""
    threshold: float
    starts: frozenset[str] = frozenset()
    """``anchors`` and the stems of ``fuzzy``: a sentence with none of them holds no match."""
    rare: Mapping[str, frozenset[str]]
    """:func:`~readoutdiff.formulas.matching.fuzzy.rarest_heads` of ``fuzzy`` (kept in the
    matcher cache: reckoned afresh, it would cost each run more than a short pair gains)."""


def build(
    entries: Sequence[Entry], *, threshold: float = 90.0, absent: frozenset[str] = frozenset(),
    texts: Iterable[tuple[str, ...]] | None = None,
) -> Matcher:  # fmt: skip
    """Index ``entries`` for :func:`find`.

    ``absent`` names scripts (see :func:`~readoutdiff.formulas.words.scripts.scripts_in`) that
    the texts to search do not have: wordings written only in them are left out, so
    their keys (OpenCC, Snowball) are never computed. They could match nothing there,
    and when no other wording has a character of those scripts, leaving them out
    changes no other wording's index either; otherwise every wording is indexed.

    ``texts``, the stems of the sentences the matcher will search (each text once, or a
    sample of them), when known: each wording is anchored on its stem that the fewest of them
    hold (:func:`text_counts`), not the fewest wordings. For a few wordings found on whole
    readouts (the mined ones) the rarest stem among the wordings is often a common one in
    the texts ("economic" of "economic and energy security"), and every sentence holding
    the anchor is read: counted in the texts, a third as many are (branch sp59).
    """
    exact: dict[str | tuple[str, str], list[tuple[tuple[str, ...], int, int]]] = defaultdict(list)
    left_out = wordings.left_out(entries, absent)
    patterns = [
        (pattern, number)
        for number, entry in enumerate(entries)
        for pattern in wordings.patterns(entry, left_out)
    ]
    stems = [pattern for pattern, _ in patterns]
    places = anchors(stems, None if texts is None else text_counts(stems, texts))
    for (pattern, number), at in zip(patterns, places, strict=True):
        exact[key_at(pattern, at)].append((pattern, number, at))
    anchored = frozenset(pattern[at] for (pattern, _), at in zip(patterns, places, strict=True))
    fuzzy = fuzzies.index([(p, n) for p, n in patterns if entries[n].fuzzy])
    return Matcher(
        entries=tuple(entries),
        exact={
            head: tuple(sorted(found, key=lambda p: -len(p[0]))) for head, found in exact.items()
        },
        anchors=anchored,
        fuzzy=fuzzy,
        threshold=threshold,
        starts=anchored | fuzzy.keys(),
        rare={stem: frozenset(heads) for stem, heads in fuzzies.rarest_heads(fuzzy).items()},
    )


def anchors(patterns: Sequence[tuple[str, ...]], counts: Counter[str] | None = None) -> list[int]:
    """Where each wording's anchor stands: its stem that is no stop word and that the fewest
    of ``patterns`` hold (the first such stem on a tie), or its first stem if all are stop
    words. ``counts``, when given, are how many of the texts to search hold each stem
    (:func:`text_counts`; none, a stem no text holds), and the fewest of them rank first.

    A wording is looked up only where its anchor stands, so the anchor should be rare in the
    texts: stop words ("to", "in", "for") stand in nearly every sentence, and a stem many
    wordings share ("security", "support") is a common one in readouts too; one that few
    wordings hold ("centrality", "ironclad") seldom stands where they do not. Which stem is
    picked changes the work, never the hits.

    >>> anchors([("in", "line", "with"), ("rule", "of", "law"), ("of", "the"), ("law",)])
    [1, 0, 0, 0]
    >>> anchors([("economic", "and", "energy", "security")], Counter(economic=40, energy=9, security=12))
    [2]
    """
    if counts is None:
        counts = Counter(stem for pattern in patterns for stem in set(pattern))
    found: list[int] = []
    for pattern in patterns:
        content = [at for at, stem in enumerate(pattern) if stem not in STOP_WORDS] or [0]
        found.append(min(content, key=lambda at: (counts[pattern[at]], at)))
    return found


def text_counts(
    patterns: Iterable[tuple[str, ...]], texts: Iterable[tuple[str, ...]]
) -> Counter[str]:  # fmt: skip
    """How many of ``texts`` (stem tuples) hold each stem of ``patterns`` that is no stop word
    (the stems an anchor is chosen among; the others are not counted).

    >>> text_counts([("energy", "security")], [("energy", "and", "energy"), ("trade",)])
    Counter({'energy': 1})
    """
    wanted = frozenset(stem for pattern in patterns for stem in pattern) - STOP_WORDS
    return Counter(chain.from_iterable(map(wanted.intersection, texts)))


def key_at(pattern: Sequence[str], at: int) -> str | tuple[str, str]:
    """The index key of a wording anchored at ``at``: its anchor and the stem after it, or the
    anchor alone when it is the last stem."""
    return (pattern[at], pattern[at + 1]) if at + 1 < len(pattern) else pattern[at]


def find(
    matcher: Matcher,
    readout: Readout,
    words: Sequence[Words],
    taken: Iterable[Occurrence] = (),
    memo: HitMemo | None = None,
    made: Made | None = None,
    around: AroundMemo | None = None,
    held: Mapping[int, set[int]] | None = None,
    groups: Iterable[Copies] | None = None,
) -> tuple[Occurrence, ...]:
    """Return the entries' occurrences in ``readout``, avoiding words of ``taken`` occurrences.

    ``memo`` remembers the hits of each distinct sentence: pass one dict to the
    calls for both readouts so that a sentence they share is matched once; ``made``, the
    same for reading its occurrences off the text (see
    :data:`~readoutdiff.formulas.matching.occurrences.Made`); ``around``, for the hits
    of a sentence with words taken; ``held``, the words of each sentence inside ``taken`` when
    known already (:func:`taken_words`; read, never changed); ``groups``, ``words`` grouped by
    text (:func:`~readoutdiff.formulas.words.phrases.grouped_words`) when made already: one
    grouping serves every find of a readout.

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.formulas.words.phrases import readout_words
    >>> r = from_text("We back the Eurasia Economic Union and Core-Interests.")
    >>> m = build([Entry(id="eeu", text="Eurasian Economic Union"), Entry(id="ci", text="core interest")])
    >>> [(o.id, o.text, o.score) for o in find(m, r, readout_words(r))]
    [('eeu', 'Eurasia Economic Union', 97.8), ('ci', 'Core-Interests', 100.0)]
    """
    blocked = held if held is not None else taken_words(taken)
    found: list[Occurrence] = []
    seen = {} if memo is None else memo
    taken_seen = {} if around is None else around
    made = {} if made is None else made
    starts = matcher.starts
    entries = matcher.entries
    # The copies of a sentence hold one stems tuple and have the same hits unless words are
    # taken: a text is read once here, and only a text with hits visits its copies.
    sentences = readout.sentences
    for stems, copies in grouped(words) if groups is None else groups:
        if starts.isdisjoint(stems):
            continue  # no word of it can start an exact match or index a fuzzy one: no hits
        if blocked:
            copies = _taken_hits(
                matcher, readout, (stems, copies), blocked, taken_seen, made, found
            )
            if not copies:
                continue
        hits = seen.get(stems)
        if hits is None:
            hits = seen[stems] = _hits(matcher, stems, set())
        if hits:
            if type(hits) is Contested:  # every copy has the same text, so the same hyphens
                text = sentences[copies[0].sentence].text
                hits = _uncut(matcher, text, copies[0], hits, (), seen, stems)
            found += read_off(entries, readout, copies, hits, made)
    return tuple(sorted(found, key=BY_START))  # cut ones left out already (see read_off)


def grouped(words: Iterable[Words]) -> list[Copies]:
    """The sentences of ``words`` grouped by their stems tuple, in order of first sight, for
    words not made by :func:`~readoutdiff.formulas.words.phrases.grouped_words`.

    Every copy of a sentence text shares one stems tuple (one shape per text), so the ``id``
    of the tuple names the group while ``words`` is alive.

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.formulas.words.phrases import readout_words
    >>> words = readout_words(from_text("We met. Talks went on. We met."))
    >>> [(stems, [w.sentence for w in copies]) for stems, copies in grouped(words)]
    [(('we', 'met'), [0, 2]), (('talk', 'went', 'on'), [1])]
    """
    groups: dict[int, list[Words]] = {}
    found: list[Copies] = []
    for sentence in words:
        stems = sentence.stems
        copies = groups.get(id(stems))
        if copies is None:
            copies = groups[id(stems)] = [sentence]
            found.append((stems, copies))
        else:
            copies.append(sentence)
    return found


def _taken_hits(
    matcher: Matcher, readout: Readout, group: Copies, blocked: Mapping[int, set[int]],
    taken_seen: AroundMemo, made: Made, found: list[Occurrence],
) -> list[Words]:  # fmt: skip
    """Add the occurrences of the copies in ``group`` with words taken to ``found``; return the
    copies without."""
    stems, copies = group
    free: list[Words] = []
    for sentence in copies:
        covered = blocked.get(sentence.sentence)
        if not covered:
            free.append(sentence)
            continue
        key = (stems, tuple(sorted(covered)))  # the same words taken give the same hits
        hits = taken_seen.get(key)
        if hits is None:
            hits = taken_seen[key] = _hits(matcher, stems, set(covered))
        if hits:
            if type(hits) is Contested:
                text = readout.sentences[sentence.sentence].text
                hits = _uncut(matcher, text, sentence, hits, covered, taken_seen, key)
            found += read_off(matcher.entries, readout, (sentence,), hits, made)
    return free


def taken_words(taken: Iterable[Occurrence]) -> dict[int, set[int]]:
    """Sentence index -> the indices of its words inside one of the ``taken`` occurrences."""
    held: dict[int, set[int]] = defaultdict(set)
    for occurrence in taken:
        held[occurrence.sentence].update(range(occurrence.first, occurrence.last))
    return held


def _uncut(
    matcher: Matcher, text: str, words: Words, hits: Contested, covered: Iterable[int],
    memo: HitMemo, key: tuple[object, ...],
) -> list[Hit]:  # fmt: skip
    """``hits``, chosen without the sentence's hyphens, or the hits chosen again with them when
    a candidate started or ended inside a hyphenated compound of ``text`` (kept in ``memo``
    under ``key`` and the compound's joins: another text may have the same stems).

    Only a choice among overlapping candidates (:class:`~readoutdiff.formulas.matching.fuzzy.Contested`)
    can change, so the text of the other sentences is never read here."""
    if "-" not in text and "\u2010" not in text and "\u2011" not in text:
        return hits  # most sentences: no compound to cut
    edges = chain.from_iterable((hit[0] - 1, hit[1] - 1) for hit in hits.candidates)
    join = joined(text, words, edges)
    if not join:
        return hits
    again = memo.get((key, join))
    if again is None:
        again = memo[(key, join)] = _hits(matcher, words.stems, set(covered), join)
    return again


def joined(text: str, words: Words, among: Iterable[int]) -> frozenset[int]:
    """The words numbered ``among`` that ``text`` (a sentence; ``words``, its words) joins by a
    hyphen to the word after them: 2 and 3 in "We back people-to-people ties" (the matcher
    reads it as six words).

    A match that starts or ends inside such a compound cuts it: it loses against an
    overlapping match that does not (:func:`~readoutdiff.formulas.matching.fuzzy.cuts`), so
    "fundamental interests of the two countries and peoples" does not take the first "people"
    of "... the two countries and people-to-people exchanges" from "people-to-people
    exchanges".

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.formulas.words.phrases import readout_words
    >>> r = from_text("We back people-to-people ties and a well - known plan.")
    >>> sorted(joined(r.sentences[0].text, readout_words(r)[0], range(-1, 12)))
    [2, 3]
    """
    offsets, stops = words.offsets, words.stops
    last = len(stops) - 1
    return frozenset(
        k
        for k in among
        if 0 <= k < last and stops[k] + 1 == offsets[k + 1] and text[stops[k]] in _HYPHENS
    )


def _hits(
    matcher: Matcher, stems: tuple[str, ...], covered: set[int], join: frozenset[int] = _NONE
) -> list[Hit]:
    """The hits of a sentence's ``stems`` outside ``covered``: exact ones first, then fuzzy
    ones on the words left; ``join``, its words joined by a hyphen to the next, when known
    (:func:`_uncut`). :class:`~readoutdiff.formulas.matching.fuzzy.Contested` when some
    candidate lost to an overlapping one, the candidates gathered."""
    # One C pass finds every word that starts an exact match or indexes a fuzzy one, for both
    # kinds: a pass over the ~27 words costs some 12 k instructions, more than each kind's
    # test of the other's few places (branch sp75).
    at = list(compress(range(len(stems)), map(matcher.starts.__contains__, stems)))
    hits = _exact_hits(matcher, stems, covered, join, at)
    if not matcher.fuzzy:
        return hits
    more = fuzzies.hits(matcher.fuzzy, stems, covered, matcher.threshold, matcher.rare, join, at)
    if not more:  # most sentences: no fuzzy hit
        return hits
    if type(more) is Contested:
        lost = hits.candidates + more.candidates if type(hits) is Contested else more.candidates
        return Contested(hits + more, lost)
    hits += more
    return hits


def _exact_hits(
    matcher: Matcher, stems: tuple[str, ...], covered: set[int], join: frozenset[int] = _NONE,
    places: Iterable[int] | None = None,
) -> list[Hit]:  # fmt: skip
    """The exact hits of ``stems`` outside ``covered``; ``places``, word numbers in order that
    hold every anchor of ``stems`` when known (:func:`_hits` finds them with the fuzzy places
    in one pass): those whose stem is no anchor are passed over before any look-up (a pair
    key's tuple and two missed look-ups cost more than the test)."""
    candidates: list[Hit] = []
    index = matcher.exact
    if places is None:
        places = compress(range(len(stems)), map(matcher.anchors.__contains__, stems))  # in C
    anchors, size = matcher.anchors, len(stems)
    for i in places:
        stem = stems[i]
        if stem not in anchors:
            continue
        found = index.get(stem, ())
        if i + 1 < size:
            found += index.get((stem, stems[i + 1]), ())
        for pattern, number, at in found:
            start = i - at  # each match is found once: at its wording's one anchor
            if start >= 0 and stems[start : start + len(pattern)] == pattern:
                candidates.append((start, start + len(pattern), number, 100.0))
    if not candidates:
        return candidates
    if join:
        return choose(
            candidates,
            covered,
            key=lambda hit: (fuzzies.cuts(hit, join), hit[0] - hit[1], hit[0], hit[2]),
        )
    return choose(candidates, covered, key=lambda hit: (hit[0] - hit[1], hit[0], hit[2]))
