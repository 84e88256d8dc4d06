"""What the formula stage learns of each readout on its own, kept for the next pair.

In a series every readout but the first and last is in two pairs. With one
:class:`ReadoutMemo` for the whole series, each readout's words, lexicon formulas and mining
sightings are found once, not once per pair; only what needs the pair (the runs shared by
aligned passages, the pair's mined formulas, the fates) is done per pair. Without a memo,
:func:`readoutdiff.formulas.track` makes one for the pair, so that the two readouts still
share the work on the sentences they have in common.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from operator import attrgetter, le
from typing import TypeVar, overload

from readoutdiff.formulas.matching import matcher
from readoutdiff.formulas.matching.matcher import taken_words
from readoutdiff.formulas.matching.occurrences import Made, Occurrence
from readoutdiff.formulas.mining.sightings import Side, Sighting, SightingMemo
from readoutdiff.formulas.mining.sightings import find as find_sightings
from readoutdiff.formulas.words.phrases import Copies, Shape, Words, grouped_words
from readoutdiff.languages.traditional import through_simplified
from readoutdiff.model import Options, Readout


class _Known:
    """What is known of one readout: ``readout`` (held, so that its ``id`` stays its own while
    it is known), ``words``, ``groups`` (``words`` grouped by sentence text,
    :func:`grouped_words`, for every ``find`` of it), ``search`` (the matcher ``found`` comes
    from), ``found``, ``sightings`` and ``held`` (the words of each sentence inside a formula of
    ``found``). The memo's classes are plain slotted classes: dataclasses cost ~0.4 ms of
    start-up each to make."""

    __slots__ = ("readout", "words", "groups", "search", "found", "sightings", "held")

    def __init__(self, readout: Readout, words: tuple[Words, ...], groups: list[Copies]) -> None:
        self.readout = readout
        self.words = words
        self.groups = groups
        self.search: matcher.Matcher | None = None
        self.found: tuple[Occurrence, ...] = ()
        self.sightings: tuple[Sighting, ...] | None = None
        self.held: Mapping[int, set[int]] | None = None


class ReadoutMemo:
    """Each readout's words, lexicon formulas and mining sightings, found once.

    A memo keeps the readouts of the current pair only (a series moves on: the later
    readout of one pair is the earlier of the next), and forgets everything when the
    options change.
    """

    __slots__ = (
        "options", "_known", "_shapes", "_hits", "_hits_for", "_made", "_sightings", "_folds",
    )  # fmt: skip

    def __init__(self) -> None:
        self.options: Options | None = None
        self._known: dict[int, _Known] = {}
        self._shapes: dict[str, Shape] = {}
        self._hits: matcher.HitMemo = {}
        self._hits_for: matcher.Matcher | None = None
        self._made: Made = {}
        self._sightings: SightingMemo = {}
        self._folds: dict[int, tuple[Readout, Readout]] = {}

    def folded(self, readout: Readout) -> Readout:
        """``readout`` as the formula stage reads it (:func:`through_simplified`): a Traditional
        readout folded once for the series, not once per pair, so that what is known of its
        folded copy (keyed by the copy's ``id``) serves its next pair too.

        >>> from readoutdiff.ingest import from_text
        >>> memo, readout = ReadoutMemo(), from_text("雙方同意加強戰略溝通。")
        >>> memo.folded(readout) is memo.folded(readout), memo.folded(readout).text
        (True, '双方同意加强战略沟通。')
        """
        held = self._folds.get(id(readout))
        if held is None or held[0] is not readout:
            held = self._folds[id(readout)] = (readout, through_simplified(readout))
        return held[1]

    def start(self, options: Options, readouts: tuple[Readout, ...]) -> None:
        """Begin a comparison of ``readouts`` under ``options``."""
        if options != self.options:
            self.options, self._known = options, {}
        held = {id(readout): readout for readout in readouts}
        self._known = {
            key: known for key, known in self._known.items() if held.get(key) is known.readout
        }
        if self._folds:  # the folded copies of the pair's readouts only, as above
            self._folds = {
                key: fold for key, fold in self._folds.items() if held.get(id(fold[1])) is fold[1]
            }
        # Sentence-level memos serve one comparison: the readouts' own results are kept above.
        self._shapes, self._hits, self._hits_for, self._sightings = {}, {}, None, {}
        self._made = {}

    def words(self, readout: Readout) -> tuple[Words, ...]:
        """The words of every sentence of ``readout``."""
        known = self._known.get(id(readout))
        if known is None or known.readout is not readout:
            words, groups = grouped_words(readout, self._shapes)
            known = _Known(readout=readout, words=words, groups=groups)
            self._known[id(readout)] = known
        return known.words

    def found(self, readout: Readout, search: matcher.Matcher) -> tuple[Occurrence, ...]:
        """The formulas ``search`` finds in ``readout`` (after :meth:`words`)."""
        known = self._known[id(readout)]
        if known.search is not search:
            if self._hits_for is not search:
                self._hits, self._hits_for, self._made = {}, search, {}
            known.found = matcher.find(
                search, readout, known.words, memo=self._hits, made=self._made,
                groups=self.groups(readout),
            )  # fmt: skip
            known.search, known.sightings, known.held = search, None, None
        return known.found

    def groups(self, readout: Readout) -> list[Copies]:
        """The sentences of ``readout`` grouped by text (after :meth:`words`)."""
        return self._known[id(readout)].groups

    def sightings(self, readout: Readout) -> tuple[Sighting, ...]:
        """The phrases of ``readout`` that look fixed, outside its formulas (after :meth:`found`)."""
        known = self._known[id(readout)]
        if known.sightings is None:
            side = Side(
                readout=readout, words=known.words, taken=known.found, held=self.held(readout)
            )
            known.sightings = tuple(find_sightings(side, self._sightings))
        return known.sightings

    def held(self, readout: Readout) -> Mapping[int, set[int]]:
        """The words of each sentence of ``readout`` inside its formulas (after :meth:`found`):
        :func:`taken_words` of them, each sentence's words made when first asked
        (:class:`Held`)."""
        known = self._known[id(readout)]
        if known.held is None:
            known.held = held_words(known.found)
        return known.held


_SENTENCE = attrgetter("sentence")
_T = TypeVar("_T")


def held_words(found: tuple[Occurrence, ...]) -> Mapping[int, set[int]]:
    """:func:`taken_words` of ``found``, read as :class:`Held` when ``found`` is in order of
    sentence (as :func:`matcher.find` gives it: by start), else made whole."""
    sentences = list(map(_SENTENCE, found))
    if all(map(le, sentences, sentences[1:])):
        return Held(found, sentences)
    return taken_words(found)


class Held(Mapping[int, set[int]]):
    """:func:`taken_words` of occurrences in order of sentence, each sentence's words made when
    first asked (by bisection on ``sentences``, the occurrences' sentences), then kept.

    The steps that read a readout's held words ask them of a few hundred sentences (those
    that quote, those of reworded pairs, those holding a mined formula's word): making the
    set of every sentence with a formula first, as :func:`taken_words` does, was some 3.5 M
    instructions a 500 KB readout (branch sp93). Read, never changed, as the dict was.

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.formulas.tracking import find_formulas
    >>> found = find_formulas(from_text("They hailed the core interests. We met. Both backed the core interests."))
    >>> held = held_words(found)
    >>> type(held).__name__, held.get(2), held.get(1), dict(held) == taken_words(found)
    ('Held', {3, 4}, None, True)
    """

    __slots__ = ("_found", "_sentences", "_made")

    def __init__(self, found: tuple[Occurrence, ...], sentences: list[int]) -> None:
        self._found = found
        self._sentences = sentences
        self._made: dict[int, set[int]] = {}

    @overload
    def get(self, sentence: int, /) -> set[int] | None: ...
    @overload
    def get(self, sentence: int, default: set[int] | _T, /) -> set[int] | _T: ...
    def get(self, sentence: int, default: object = None, /) -> object:
        """The words of ``sentence`` inside a formula, ``default`` when none of its words is."""
        words = self._made.get(sentence)
        if words is not None:
            return words
        sentences = self._sentences
        at = bisect_left(sentences, sentence)
        if at == len(sentences) or sentences[at] != sentence:
            return default
        words = self._made[sentence] = set()
        for occurrence in self._found[at : bisect_right(sentences, sentence, at)]:
            words.update(range(occurrence.first, occurrence.last))
        return words

    def __getitem__(self, sentence: int) -> set[int]:
        words: set[int] | None = self.get(sentence)
        if words is None:
            raise KeyError(sentence)
        return words

    def __contains__(self, sentence: object) -> bool:
        return isinstance(sentence, int) and self.get(sentence) is not None

    def __iter__(self) -> Iterator[int]:
        return iter(dict.fromkeys(self._sentences))

    def __len__(self) -> int:
        return len(dict.fromkeys(self._sentences))

    def __bool__(self) -> bool:
        return bool(self._sentences)
