"""Find many phrases at once in a readout: exact on word stems, then fuzzy on near misses.

Exact matching looks each word and word pair up in an index of first words, so
its cost hardly grows with the number of formulas. Fuzzy matching (rapidfuzz ``fuzz.ratio``
on the space-joined stems, 0-100; :mod:`readoutdiff.formulas.fuzzy`) tries a formula only where one of its two
rarest words occurs and almost all its words are present; it accepts a window
scoring at least the threshold (``Options.formula_fuzzy_threshold``, 90 by
default: "eurasia economic union" matches "Eurasian Economic Union" at 98).
Where matches overlap, the longest wins.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from readoutdiff.formulas import cut, wordings
from readoutdiff.formulas import fuzzy as fuzzies
from readoutdiff.formulas.fuzzy import Fuzzy, choose
from readoutdiff.formulas.fuzzy import Hit as Hit  # (first word, end word, entry number, score)
from readoutdiff.formulas.phrases import Words
from readoutdiff.formulas.spans import line_of
from readoutdiff.makers import span as new_span
from readoutdiff.model import Entry, FormulaSource, Readout, Span
from readoutdiff.record import record

BY_START = attrgetter("span.start")
"""Sort key of occurrences by position (in C, not a lambda per occurrence)."""


class Occurrence(NamedTuple):
    """One place where a formula's wording stands in a readout.

    A named tuple rather than a frozen dataclass (build it with keywords): one is made for
    each formula in every sentence of both readouts, and a tuple is made several times faster.
    """

    id: str
    text: str
    """The original wording, exactly ``readout.text[span.start:span.end]``."""
    span: Span
    sentence: int
    first: int
    """Index of the first word in its sentence."""
    last: int
    """Index after the last word in its sentence."""
    source: FormulaSource
    topic: str
    confidence: float
    score: float
    """100 for an exact match, the rapidfuzz ratio for a fuzzy one."""


@record
class Matcher:
    """Indexes over the wordings of some lexicon entries."""

    entries: tuple[Entry, ...]
    exact: dict[str | tuple[str, str], tuple[tuple[tuple[str, ...], int], ...]]
    """First two stems (or the only one) -> (stems of a wording, entry number), longest first."""
    firsts: frozenset[str]
    """The first stem of every wording: a word outside it starts no exact match."""
    fuzzy: dict[str, tuple[Fuzzy, ...]]
    """Rare stem -> the wordings it may stand in, with the stem's position in each."""
    threshold: float
    starts: frozenset[str] = frozenset()
    """``firsts`` and the stems of ``fuzzy``: a sentence with none of them holds no match."""


def build(
    entries: Sequence[Entry], *, threshold: float = 90.0, absent: frozenset[str] = frozenset()
) -> Matcher:
    """Index ``entries`` for :func:`find`.

    ``absent`` names scripts (see :func:`~readoutdiff.formulas.scripts.scripts_in`) that
    the texts to search do not have: wordings written only in them are left out, so
    their keys (OpenCC, Snowball) are never computed. They could match nothing there,
    and when no other wording has a character of those scripts, leaving them out
    changes no other wording's index either; otherwise every wording is indexed.
    """
    exact: dict[str | tuple[str, str], list[tuple[tuple[str, ...], int]]] = defaultdict(list)
    left_out = wordings.left_out(entries, absent)
    patterns = [
        (pattern, number)
        for number, entry in enumerate(entries)
        for pattern in wordings.patterns(entry, left_out)
    ]
    for pattern, number in patterns:
        head: str | tuple[str, str] = (pattern[0], pattern[1]) if len(pattern) > 1 else pattern[0]
        exact[head].append((pattern, number))
    firsts = frozenset(pattern[0] for pattern, _ in patterns)
    fuzzy = fuzzies.index([(p, n) for p, n in patterns if entries[n].fuzzy])
    return Matcher(
        entries=tuple(entries),
        exact={
            head: tuple(sorted(found, key=lambda p: -len(p[0]))) for head, found in exact.items()
        },
        firsts=firsts,
        fuzzy=fuzzy,
        threshold=threshold,
        starts=firsts | fuzzy.keys(),
    )


def find(
    matcher: Matcher,
    readout: Readout,
    words: Sequence[Words],
    taken: Iterable[Occurrence] = (),
    memo: dict[tuple[str, ...], list[Hit]] | None = None,
    made: Made | None = None,
    around: dict[tuple[tuple[str, ...], tuple[int, ...]], list[Hit]] | None = None,
    held: Mapping[int, set[int]] | None = None,
) -> tuple[Occurrence, ...]:
    """Return the entries' occurrences in ``readout``, avoiding words of ``taken`` occurrences.

    ``memo`` remembers the hits of each distinct sentence: pass one dict to the
    calls for both readouts so that a sentence they share is matched once; ``made``, the
    same for reading its occurrences off the text (see :data:`Made`); ``around``, for the hits
    of a sentence with words taken; ``held``, the words of each sentence inside ``taken`` when
    known already (``sightings.taken_words``; read, never changed).

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.formulas.phrases import readout_words
    >>> r = from_text("We back the Eurasia Economic Union and Core-Interests.")
    >>> m = build([Entry(id="eeu", text="Eurasian Economic Union"), Entry(id="ci", text="core interest")])
    >>> [(o.id, o.text, o.score) for o in find(m, r, readout_words(r))]
    [('eeu', 'Eurasia Economic Union', 97.8), ('ci', 'Core-Interests', 100.0)]
    """
    blocked = held if held is not None else _held(taken)
    found: list[Occurrence] = []
    seen = {} if memo is None else memo
    taken_seen = {} if around is None else around
    made = {} if made is None else made
    starts = matcher.starts
    # Copies of a sentence share one stems tuple (one Shape per text): the hits of an untouched
    # one are looked up by its id after the first copy, not by hashing and comparing its words
    # (all of ``words`` is alive during the call, so an id names one tuple).
    untouched: dict[int, list[Hit]] = {}
    touched: dict[tuple[int, tuple[int, ...]], list[Hit]] = {}
    for sentence in words:
        stems = sentence.stems
        covered = blocked.get(sentence.sentence) if blocked else None
        if covered:  # the same words with the same words taken give the same hits
            if starts.isdisjoint(stems):
                continue  # no word of it can start an exact match or index a fuzzy one: no hits
            taken_key = tuple(sorted(covered))
            known = touched.get((id(stems), taken_key))
            if known is None:
                key = (stems, taken_key)
                if key not in taken_seen:
                    taken_seen[key] = _hits(matcher, stems, set(covered))  # marks its copy
                known = touched[id(stems), taken_key] = taken_seen[key]
            hits = known
        else:
            known = untouched.get(id(stems))
            if known is None:
                if starts.isdisjoint(stems):
                    known = []
                elif stems in seen:
                    known = seen[stems]
                else:
                    known = seen[stems] = _hits(matcher, stems, set())
                untouched[id(stems)] = known
            hits = known
        if hits:
            found += _occurrences(matcher, readout, sentence, hits, made)
    return tuple(sorted(found, key=BY_START))  # cut ones left out already (see _occurrences)


_Read = tuple[str, str, FormulaSource, str, float, int, int, int, int, float]
"""One occurrence relative to its sentence: id, wording, source, topic, confidence, start and
end in the sentence, first and end word, score."""
Made = dict[tuple[str, str, int], tuple[list[Hit], bool, list[_Read], list[bool]]]
"""(sentence text, the character after it, id of its hits list) -> (that list, held so that
the id stays its own; the sentence is on one line; its occurrences as :data:`_Read`, less those
:func:`cut.kept` drops in every copy; for each, whether that answer holds in every copy): what
:func:`_occurrence` reads off the text is the same for every copy of a sentence."""


def _occurrences(
    matcher: Matcher, readout: Readout, words: Words, hits: list[Hit], made: Made
) -> list[Occurrence]:
    """The occurrences of ``hits`` in one sentence; a recurring sentence's are read once.

    ``hits`` is the one list the hit memos of :func:`find` keep for the sentence's words;
    ``made`` holds it, so its ``id`` names it.
    """
    sentence = readout.sentences[words.sentence]
    text = readout.text
    after = text[sentence.span.end : sentence.span.end + 1]  # a closing quote
    key = (sentence.text, after, id(hits))
    known = made.get(key)
    if known is None or known[0] is not hits:
        found = [_occurrence(matcher, readout, words, hit) for hit in hits]
        base, end = sentence.span.start, sentence.span.end
        one_line = "\n" not in sentence.text and "\r" not in sentence.text
        # Whether each is kept (cut.kept), told once for all copies where the sentence says it.
        kept = [cut.kept(text, o.span.start, o.span.end) for o in found]
        local = [cut.local(text, o.span.start, o.span.end, base, end) for o in found]
        made[key] = (hits, one_line, [
            (o.id, o.text, o.source, o.topic, o.confidence, o.span.start - base,
             o.span.end - base, o.first, o.last, o.score)
            for o, k, here in zip(found, kept, local, strict=True) if k or not here
        ], [here for k, here in zip(kept, local, strict=True) if k or not here])  # fmt: skip
        return list(compress(found, kept))
    _, one_line, read, local = known
    if not all(local):  # some copy reads the text around the sentence: told copy by copy
        return [
            o for o in _copies(readout, words, one_line, read)
            if cut.kept(text, o.span.start, o.span.end)
        ]  # fmt: skip
    return _copies(readout, words, one_line, read)


def _copies(readout: Readout, words: Words, one_line: bool, read: list[_Read]) -> list[Occurrence]:
    base, index = words.base, words.sentence
    # tuple.__new__ as Occurrence's own __new__ does, without its Python frame: one is made
    # for each formula in every copy of a sentence.
    return [
        _new(
            Occurrence,
            (
                formula_id,
                text,
                new_span(
                    base + start,
                    base + stop,
                    words.line if one_line else line_of(readout, words, base + start),
                ),
                index,
                first,
                last,
                source,
                topic,
                confidence,
                score,
            ),
        )  # fmt: skip
        for formula_id, text, source, topic, confidence, start, stop, first, last, score in read
    ]


_new = tuple.__new__


def _held(taken: Iterable[Occurrence]) -> dict[int, set[int]]:
    held: dict[int, set[int]] = defaultdict(set)
    for occurrence in taken:
        held[occurrence.sentence].update(range(occurrence.first, occurrence.last))
    return held


def _hits(matcher: Matcher, stems: tuple[str, ...], covered: set[int]) -> list[Hit]:
    hits = _exact_hits(matcher, stems, covered)
    if matcher.fuzzy:
        hits += fuzzies.hits(matcher.fuzzy, stems, covered, matcher.threshold)
    return hits


def _exact_hits(matcher: Matcher, stems: tuple[str, ...], covered: set[int]) -> list[Hit]:
    candidates: list[Hit] = []
    index = matcher.exact
    firsts = matcher.firsts
    for i in compress(range(len(stems)), map(firsts.__contains__, stems)):  # in C
        stem = stems[i]
        found = index.get(stem, ())
        if i + 1 < len(stems):
            found += index.get((stem, stems[i + 1]), ())
        for pattern, number in found:
            if stems[i : i + len(pattern)] == pattern:
                candidates.append((i, i + len(pattern), number, 100.0))
    if not candidates:
        return candidates
    return choose(candidates, covered, key=lambda hit: (hit[0] - hit[1], hit[0], hit[2]))


def _closing_quote(text: str, start: int, stop: int) -> int:
    """Extend a wording that opens a quotation it does not close over the closing quote mark.

    >>> text = 'under the guise of "democracy" and "human rights", they'
    >>> text[19:_closing_quote(text, 19, 48)]
    '"democracy" and "human rights"'
    """
    inside = text[start:stop]
    opened = inside.count('"') % 2 or inside.count("“") > inside.count("”")
    if opened and text[stop : stop + 1] in ('"', "”"):
        return stop + 1
    return stop


def _occurrence(matcher: Matcher, readout: Readout, words: Words, hit: Hit) -> Occurrence:
    first, end, number, score = hit
    entry = matcher.entries[number]
    start, stop = (
        words.start(first),
        _closing_quote(readout.text, words.start(first), words.end(end - 1)),
    )
    return Occurrence(
        id=entry.id, text=readout.text[start:stop],
        span=Span(start=start, end=stop, line=line_of(readout, words, start)),
        sentence=words.sentence, first=first, last=end, source=entry.source, topic=entry.topic,
        confidence=round(entry.confidence * score / 100, 3), score=score,
    )  # fmt: skip
