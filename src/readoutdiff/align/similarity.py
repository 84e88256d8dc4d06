"""How alike two sentences (or runs of sentences) of two readouts are, in ``[0, 1]``.

The score mixes three signals, each on folded text:

* weighted word overlap (Dice): shared words count by rarity in the two
  readouts, so "Eurasian Economic Union" outweighs "the two sides";
* weighted containment: the overlap relative to the shorter side, so a short
  passage that was cut from (or into) a longer one still scores;
* character similarity (rapidfuzz ``ratio``), which catches small rewording; in windows
  for very long passages, so that its cost grows with their length, not its square;
* with pairing by meaning, the embedding similarity of :mod:`readoutdiff.align.meaning`:
  the better of it and the three above for one language, and alone across
  languages (so shared names or URL words never pair a translation).

Words are cut to six letters first, a crude stem that lets "interest" match
"interests" and "Eurasia" match "Eurasian".
"""

from __future__ import annotations

import collections
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter, mul
from typing import Any, Protocol

from rapidfuzz import fuzz

from readoutdiff.languages import stem, words
from readoutdiff.languages.segment import ends_sentence
from readoutdiff.languages.wordshape import WORDS
from readoutdiff.model import Sentence
from readoutdiff.text.joining import FIRST_WIDE, goes_on, joined
from readoutdiff.text.remembered import Remembered


class MeaningSignal(Protocol):
    """What the aligner needs of pairing by meaning (:class:`readoutdiff.align.meaning.Meaning`).

    A protocol, not an import: the meaning stage builds on the aligner's pairs, so the
    scorer must not import it back.
    """

    def group(self, a_group: Sequence[int], b_group: Sequence[int]) -> float:
        """Score a run of A sentences against a run of B sentences by meaning, 0..1."""
        ...

    def nearest(self, b_index: int, count: int) -> list[int]:
        """The ``count`` A sentences closest in meaning to B sentence ``b_index``, best first."""
        ...


STOP_WORDS = frozenset(
    """a an and are as at be by for from has have in is it its of on or that the their this to
    was were will with both two sides side also which who said""".split()
)
_STOP_WEIGHT = 0.1
_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")
"""White space that is not already one plain space: replaced by one (text without any is kept
as it is, not copied)."""
_WHOLE_CHARS = 20_000
"""Longest pair of texts (both sides together) whose character similarity is computed whole."""
_WINDOW_CHARS = 4_000
count_into: Callable[[dict[Any, int], Iterable[Any]], None] = collections._count_elements  # type: ignore[attr-defined]
"""``count_into(counts, items)`` adds 1 to ``counts[item]`` for each item, in C: the helper
``Counter.update`` calls (the same counts in the same order), without a ``Counter``'s
``__init__`` and ``update``, Python code run for each count made."""


SideMemo = dict[str, tuple[str, dict[str, int]]]
"""What :class:`Side` reads of each distinct folded sentence: its one-spaced text and stem
count."""


_stem = Remembered(stem).__getitem__
"""A folded word's stem for scoring (:func:`readoutdiff.languages.stem`, remembered for the
process: a sentence's stems are counted by one ``map`` in C, where :class:`Side` kept a table per
comparison and looked each word up twice; branch cli8)."""


def new_side_memo() -> SideMemo:
    """An empty :data:`SideMemo`: pass one to both sides of a comparison."""
    return {}


class Side:
    """One readout's sentences with what scoring needs, computed once."""

    def __init__(self, sentences: Sequence[Sentence], memo: SideMemo | None = None) -> None:
        # A sentence that recurs (boilerplate, a repeated paragraph) is read once: its copies
        # share one folded text and one stem count, never changed after. With one ``memo``
        # for both sides, a sentence both readouts hold is read once too. The words are the
        # segmenter's where it kept them (:data:`~readoutdiff.languages.wordshape.WORDS`: the
        # split it made of the sentence, the same words), else cut here; their stems come from
        # the process's own table (:data:`_stem`, a look-up in C for a word met before),
        # counted in C; no word list is kept by the side (:meth:`sentence_words` reads the
        # segmenter's again, or cuts them, for the sentences left unpaired by equal text).
        known = memo if memo is not None else new_side_memo()
        cut = WORDS.get
        for sentence in sentences:
            if sentence.folded not in known:
                text = _one_spaced(sentence.folded)
                # Counter's counts in its order, by the C helper its update calls, without
                # its __init__ and update (Python code, a call each): read as a mapping only
                counted: dict[str, int] = {}
                cut_words = cut(sentence.folded)
                count_into(counted, map(_stem, words(text) if cut_words is None else cut_words))
                known[sentence.folded] = (text, counted)
        read = list(map(known.__getitem__, [sentence.folded for sentence in sentences]))
        self.folded = list(map(itemgetter(0), read))
        self.lengths = list(map(len, self.folded))
        self.stems = list(map(itemgetter(1), read))
        self.lines = [s.span.line for s in sentences]
        self.titled = len(sentences) > 1 and self.lines[0] != self.lines[1]
        """The first sentence has a line to itself, whether or not it ends with a stop: across
        languages the aligner keeps it out of a group (:func:`readoutdiff.align.groups._grow`);
        :attr:`headline` is the narrower test in one language."""
        self.headline = (
            self.titled and not ends_sentence(sentences[0].text) and not goes_on(sentences[1].text)
        )
        """The first sentence has a line to itself and ends with no stop: a headline in any
        language, which pairs with one sentence only (:func:`readoutdiff.align.groups._grow`),
        and A's faces B's however reworded (:func:`readoutdiff.align.pairing._align`) — unless
        the next line goes on in small letters (one sentence broken across two lines)."""
        self.size = len(sentences)

    def sentence_words(self, index: int) -> list[str]:
        """The words of sentence ``index``: :func:`readoutdiff.languages.words` of its
        one-spaced folded text, whose stems :attr:`stems` counts (the segmenter's list where it
        kept one, :data:`~readoutdiff.languages.wordshape.WORDS`: read it, never change it)."""
        text = self.folded[index]
        cut_words = WORDS.get(text)
        return words(text) if cut_words is None else cut_words


def _joined(texts: list[str]) -> str:
    """``texts`` joined with the spacing the side is shown with, but no line mark between a
    headline and the next line (:func:`~readoutdiff.text.joining.joined`): a score counts words
    and characters, not line breaks. Text with no character from
    :data:`~readoutdiff.text.joining.FIRST_WIDE` up has a space at every join, found by one scan
    in C (most runs scored: English and Russian).

    >>> _joined(["We met.", "Trade grew."]), _joined(["会谈。", "双方"])
    ('We met. Trade grew.', '会谈。双方')
    """
    text = " ".join(texts)
    return text if text.isascii() or max(text) < FIRST_WIDE else joined(texts, marked=False)


def _one_spaced(folded: str) -> str:
    """``folded`` with each run of white space one plain space, stripped. Every white-space
    character but the plain space is non-printable, so a printable text without two spaces
    in a row has no run to replace (most sentences: one test in C instead of the pattern).

    >>> _one_spaced(" Trade\u00a0grew  fast.\t"), _one_spaced("Trade grew fast.")
    ('Trade grew fast.', 'Trade grew fast.')
    """
    if folded.isprintable() and "  " not in folded:
        return folded.strip()
    return _SPACE_RUN.sub(" ", folded).strip()


class Scorer:
    """Score sentences and runs of sentences of A against those of B.

    >>> from readoutdiff.ingest import from_text
    >>> a = Side(from_text("Both sides back the Eurasian Economic Union. Trade grew.").sentences)
    >>> b = Side(from_text("Russia backs the Eurasia Economic Union. It rained.").sentences)
    >>> scorer = Scorer(a, b)
    >>> scorer.pair(0, 0) > 0.5 > scorer.pair(1, 1)
    True
    """

    def __init__(
        self,
        side_a: Side,
        side_b: Side,
        meaning: MeaningSignal | None = None,
        *,
        cross: bool = False,
    ) -> None:
        self.a, self.b = side_a, side_b
        self.meaning = meaning
        """Meaning similarity (:mod:`readoutdiff.align.meaning`), when pairing by meaning."""
        self.cross = cross
        """The readouts are in different languages: only meaning counts, never shared words."""
        # Copies of a sentence share one stem count (see Side): each distinct one is read
        # once, weighted by its number of copies. A plain dict counts: each ``+=`` on a
        # Counter (a dict subclass written in Python) cost three times as much.
        copies = Counter(map(id, (*side_a.stems, *side_b.stems)))
        distinct = {id(stems): stems for stems in (*side_a.stems, *side_b.stems)}
        frequency: dict[str, int] = {}
        counted = frequency.get
        for key, stems in distinct.items():
            times = copies[key]
            for word_stem in stems:
                frequency[word_stem] = counted(word_stem, 0) + times
        documents = side_a.size + side_b.size + 1
        self.weight = {
            stem: _STOP_WEIGHT if stem in STOP_WORDS else math.log(documents / (count + 0.5))
            for stem, count in frequency.items()
        }
        self._pairs: dict[tuple[str, str], float] = {}
        # each distinct sentence's mass: count times weight of each stem, made and summed in C
        # in the dict's order (no method call for each)
        weight = self.weight.__getitem__
        mass: dict[int, float] = {
            key: sum(map(mul, stems.values(), map(weight, stems)))
            for key, stems in distinct.items()
        }
        self.a_mass: list[float] = list(map(mass.__getitem__, map(id, side_a.stems)))
        self.b_mass: list[float] = list(map(mass.__getitem__, map(id, side_b.stems)))

    def pair(self, a_index: int, b_index: int) -> float:
        """Score sentence ``a_index`` of A against sentence ``b_index`` of B."""
        if self.meaning is not None:  # meaning is read per sentence, not per text
            return self.group((a_index,), (b_index,))
        # The score of two sentences depends on their folded texts alone (a copy of a sentence
        # has the same words, stems and mass): readouts repeat sentences, so a pair of texts is
        # scored once (a 500 KB pair of real-sentence text scores ~1,700 distinct of ~4,800).
        key = (self.a.folded[a_index], self.b.folded[b_index])
        score = self._pairs.get(key)
        if score is None:
            score = self._pairs[key] = self._single(a_index, b_index)
        return score

    def row(self, a_indices: Iterable[int], b_index: int) -> dict[int, float]:
        """``{a: self.pair(a, b_index) for a in a_indices}``, B's text read once and the memo
        looked up here (the aligner's candidates: some 1,800 scores at 500 KB, most of them
        memo hits, each a method call before).

        >>> from readoutdiff.ingest import from_text
        >>> a = Side(from_text("Trade grew. We met. Trade grew.").sentences)
        >>> scorer = Scorer(a, Side(from_text("Trade grew fast.").sentences))
        >>> scorer.row([0, 1, 2], 0) == {i: Scorer(scorer.a, scorer.b).pair(i, 0) for i in range(3)}
        True
        """
        if self.meaning is not None:
            return {a_index: self.pair(a_index, b_index) for a_index in a_indices}
        b_text, a_folded, known = self.b.folded[b_index], self.a.folded, self._pairs
        scores: dict[int, float] = {}
        for a_index in a_indices:  # as pair() does it, in the same order
            key = (a_folded[a_index], b_text)
            score = known.get(key)
            if score is None:
                score = known[key] = self._single(a_index, b_index)
            scores[a_index] = score
        return scores

    def group(self, a_group: Sequence[int], b_group: Sequence[int]) -> float:
        """Score a run of A sentences against a run of B sentences."""
        if self.meaning is None:
            return self._words(a_group, b_group)
        meant = self.meaning.group(a_group, b_group)
        if self.cross:
            return meant  # names and URLs in Latin letters must not pair a translation
        return max(self._words(a_group, b_group), meant)

    def group_reaching(self, a_group: Sequence[int], b_group: Sequence[int], floor: float) -> float:
        """:meth:`group`, or a number below ``floor`` when the score is below it: by words
        alone, the character similarity (its last term, ``0.25 * characters``, at most 0.25)
        is left uncomputed where even a perfect one would leave the score below ``floor``
        (the sum grows with that term, rounding included, so the bound is exact). The groups
        :func:`readoutdiff.align.groups._grow` tries and keeps only from ``floor`` up: 121 of
        a 500 KB pair's 256 need no ``fuzz.ratio`` of their joined texts (branch cli8)."""
        if self.meaning is None:
            return self._words(a_group, b_group, floor)
        return self.group(a_group, b_group)

    def _single(self, a_index: int, b_index: int) -> float:
        """:meth:`_words` of one sentence a side (most calls, every candidate's): the same
        terms, read without the runs' tuples, sums and joins."""
        a_text, b_text = self.a.folded[a_index], self.b.folded[b_index]
        if a_text == b_text:
            return 1.0
        if len(a_text) + len(b_text) <= _WHOLE_CHARS:  # character_ratio's first case
            characters = fuzz.ratio(a_text, b_text) / 100.0
        else:
            characters = character_ratio(a_text, b_text)
        a_mass, b_mass = self.a_mass[a_index], self.b_mass[b_index]
        if not a_mass or not b_mass:
            return characters
        shared = self._shared(self.a.stems[a_index], self.b.stems[b_index])
        dice = 2.0 * shared / (a_mass + b_mass)
        containment = shared / min(a_mass, b_mass)
        return 0.5 * dice + 0.25 * containment + 0.25 * characters

    def _words(
        self, a_group: Sequence[int], b_group: Sequence[int], floor: float = -math.inf
    ) -> float:
        if len(a_group) == 1 and len(b_group) == 1:
            return self._single(a_group[0], b_group[0])
        a_text = _joined([self.a.folded[i] for i in a_group])
        b_text = _joined([self.b.folded[i] for i in b_group])
        if a_text == b_text:
            return 1.0
        a_mass = sum(self.a_mass[i] for i in a_group)
        b_mass = sum(self.b_mass[i] for i in b_group)
        if not a_mass or not b_mass:
            return character_ratio(a_text, b_text)
        shared = self._shared(_total(self.a.stems, a_group), _total(self.b.stems, b_group))
        dice = 2.0 * shared / (a_mass + b_mass)
        containment = shared / min(a_mass, b_mass)
        by_words = 0.5 * dice + 0.25 * containment  # the sum's first two terms, as it adds them
        if by_words + 0.25 < floor:  # below floor whatever the characters (group_reaching)
            return by_words + 0.25
        return by_words + 0.25 * character_ratio(a_text, b_text)

    def _shared(self, a_stems: Mapping[str, int], b_stems: Mapping[str, int]) -> float:
        if len(a_stems) > len(b_stems):
            a_stems, b_stems = b_stems, a_stems
        # The shared stems picked in C (in a_stems' order, so the sum adds the same terms in
        # the same order): most stems of a sentence are not in the other one. Each term (the
        # smaller count times the stem's weight) is made in C too: the same terms, the same sum.
        shared = list(filter(b_stems.__contains__, a_stems))
        total: float = sum(
            map(
                mul,
                map(min, map(a_stems.__getitem__, shared), map(b_stems.__getitem__, shared)),
                map(self.weight.__getitem__, shared),
            )
        )
        return total


def character_ratio(a_text: str, b_text: str) -> float:
    """Character similarity in ``[0, 1]``; long texts are compared window by window.

    ``fuzz.ratio`` costs the product of the lengths, minutes for two 2 MB passages, so past
    :data:`_WHOLE_CHARS` each text is cut into the same number of windows (each at the same
    share of its text) and the windows' ratios are averaged, weighted by their lengths.

    >>> character_ratio("the two sides met", "the two sides met")
    1.0
    >>> round(character_ratio("ab" * 20_000, "ab" * 19_000 + "xy" * 1_000), 2)
    0.95
    """
    if len(a_text) + len(b_text) <= _WHOLE_CHARS:
        return fuzz.ratio(a_text, b_text) / 100.0
    count = -(-max(len(a_text), len(b_text)) // _WINDOW_CHARS)
    total = weighted = 0.0
    for k in range(count):
        a_piece = a_text[len(a_text) * k // count : len(a_text) * (k + 1) // count]
        b_piece = b_text[len(b_text) * k // count : len(b_text) * (k + 1) // count]
        size = len(a_piece) + len(b_piece)
        total += size
        weighted += size * fuzz.ratio(a_piece, b_piece) / 100.0
    return weighted / total if total else 1.0


def _total(stems: list[dict[str, int]], group: Sequence[int]) -> Mapping[str, int]:
    """The stem counts of a run of sentences, in the order ``Counter.update`` would add them
    (``_shared`` sums in that order); a plain dict, a third of the cost of a Counter's."""
    if len(group) == 1:
        return stems[group[0]]
    total = dict(stems[group[0]])
    counted = total.get
    for index in group[1:]:
        for word_stem, count in stems[index].items():
            total[word_stem] = counted(word_stem, 0) + count
    return total
