"""Words of a sentence for phrase matching: folded, lightly stemmed, mapped to original offsets.

Formulas are matched on word stems, so case, Unicode spaces, hyphens, quotes and
apostrophes never matter, and a plural matches its singular:

>>> key("Core Interests") == key("core-interest")
True
>>> key("Good-Neighbourliness and the colour revolutions")
('good', 'neighborliness', 'and', 'the', 'color', 'revolution')
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from readoutdiff.formulas.words.roles import stop_words
from readoutdiff.languages.folding import fold_with_offsets
from readoutdiff.languages.wordshape import (
    CYRILLIC,
    PLAIN_WORD,
    REMEMBERED,
    Shape,
    _script_fold,
    _word_texts,
    stem,
)
from readoutdiff.languages.wordshape import shape as _shape
from readoutdiff.model import Readout, Span

__all__ = [  # the words of one sentence are cut in wordshape.py; modules still take them here
    "CYRILLIC",
    "PLAIN_WORD",
    "Place",
    "STOCK",
    "Shape",
    "Words",
    "fold_words",
    "has_words",
    "key",
    "readout_words",
    "stem",
]


class Words:
    """The words of one sentence as parallel tuples (fast to slice and compare).

    A class with slots rather than a named tuple: Python 3.11 reads a slot as a specialised
    field (a named tuple's field takes the generic lookup every time), and the fields are read
    some 100,000 times a comparison at 500 KB. One is made for every sentence of both readouts,
    without a Python frame (:func:`grouped_words`).
    """

    __slots__ = (
        "sentence", "stems", "base", "offsets", "stops", "caps", "breaks", "line", "stop_words",
    )  # fmt: skip

    sentence: int
    """Index of the sentence in its readout."""
    stems: tuple[str, ...]
    base: int
    """Offset of the sentence in the original text of the readout."""
    offsets: tuple[int, ...]
    """Offset of each word in the sentence (shared by every copy of the sentence); the
    offset in the readout is :meth:`start`."""
    stops: tuple[int, ...]
    """Offset just past each word in the sentence; in the readout, :meth:`end`."""
    caps: tuple[bool, ...]
    """The word starts with a capital letter in the original text."""
    breaks: tuple[bool, ...]
    """Punctuation (not a space, hyphen, apostrophe or quote) comes right before the word."""
    line: int
    """Line of the sentence start; see :func:`line_of`."""
    stop_words: frozenset[str]
    """The stop words of the readout's language (:func:`~readoutdiff.formulas.words.roles.stop_words`):
    English's for an English or Chinese readout, with the function words of a Russian one."""

    def __init__(
        self, sentence: int, stems: tuple[str, ...], base: int, offsets: tuple[int, ...],
        stops: tuple[int, ...], caps: tuple[bool, ...], breaks: tuple[bool, ...], line: int,
        stop_words: frozenset[str],
    ) -> None:  # fmt: skip
        self.sentence, self.stems, self.base, self.offsets = sentence, stems, base, offsets
        self.stops, self.caps, self.breaks, self.line = stops, caps, breaks, line
        self.stop_words = stop_words

    def start(self, word: int) -> int:
        """Offset of word number ``word`` in the original text of the readout."""
        return self.base + self.offsets[word]

    def end(self, word: int) -> int:
        """Offset just past word number ``word`` in the original text of the readout."""
        return self.base + self.stops[word]

    def starting_in(self, span: Span) -> range:
        """The numbers of the words that start inside ``span`` (offsets ascend: two
        bisections, not a scan)."""
        first = bisect_left(self.offsets, span.start - self.base)
        return range(first, bisect_left(self.offsets, span.end - self.base, first))


Place = tuple[Words, int]
"""(the words of a sentence, index of one word in it): where a wording's word stands."""


def key(text: str, *, chinese: bool = True) -> tuple[str, ...]:
    """Return the stems of ``text``: the form in which phrases are compared.

    ``chinese=False`` skips folding Traditional Chinese to Simplified (and loading
    OpenCC) for text known to be Simplified, such as the built-in lexicon's wordings.

    >>> key("全面戰略協作夥伴關係") == key("全面战略协作伙伴关系")
    True
    """
    folded = fold_words(text)
    folded = _script_fold(folded) if chinese else folded.replace("ё", "е")
    return tuple(stem(word) for word in _word_texts(folded))


def told_words(text: str, stops: frozenset[str]) -> list[str]:
    """The stems of the lower-case words of ``text`` that are none of ``stops``: what a run
    says beyond its names and function words. A pair's mining counts them for a run it sees
    once (``mining._substantive``, not its stock words either), a history for a phrase it
    teaches (``recurrence._says_enough``).

    >>> told_words("State Antony J. Blinken met", frozenset({"the"}))
    ['met']
    """
    return [s for word in text.split() if word[:1].islower() for s in key(word) if s not in stops]


def fold_words(text: str) -> str:
    """The folded form of a phrase, a short one once per run: a lexicon's wordings are folded
    for the script checks of :func:`~readoutdiff.formulas.matching.matcher.build` and for their keys.
    Long texts are not kept (a hostile readout's replaced phrase may be megabytes)."""
    return _folded_phrase(text) if len(text) <= 200 else fold_with_offsets(text)[0]


@lru_cache(maxsize=4096)
def _folded_phrase(text: str) -> str:
    return fold_with_offsets(text)[0]


def has_words(text: str) -> bool:
    """Tell whether ``key(text)`` has a word, without loading OpenCC or Snowball.

    Folding scripts keeps every word where it is and no stem is empty, so the words
    of the folded text are the answer.

    >>> has_words("核心利益"), has_words("-- ; --")
    (True, False)
    """
    return bool(_word_texts(fold_words(text)))


def readout_words(readout: Readout, memo: dict[str, Shape] | None = None) -> tuple[Words, ...]:
    """Return the words of every sentence of ``readout``, indexed like its sentences.

    Pass one ``memo`` dict for both readouts of a comparison: a sentence they share
    is cut into words once (and a sentence the readout repeats, with or without one).

    >>> from readoutdiff.ingest import from_text
    >>> w = readout_words(from_text("We met. Core-interests, “respected”."))[1]
    >>> w.stems, [w.start(i) for i in range(3)], w.breaks
    (('core', 'interest', 'respected'), [8, 13, 25], (True, False, True))
    """
    return grouped_words(readout, memo)[0]


Copies = tuple[tuple[str, ...], list[Words]]
"""The stems of one sentence text and the words of every place a readout says it, in reading
order: each text's hits are found once, and read off at its copies only when there are some."""


def grouped_words(
    readout: Readout, memo: dict[str, Shape] | None = None
) -> tuple[tuple[Words, ...], list[Copies]]:
    """Return :func:`readout_words` and the same words grouped by sentence text, in order of
    first sight (made in the same pass: a readout's texts are looked up there anyway).

    >>> from readoutdiff.ingest import from_text
    >>> words, groups = grouped_words(from_text("We met. Talks went on. We met."))
    >>> [(stems, [w.sentence for w in copies]) for stems, copies in groups]
    [(('we', 'met'), [0, 2]), (('talk', 'went', 'on'), [1])]
    """
    shapes = {} if memo is None else memo
    stops = stop_words(readout.language)
    segmented = REMEMBERED  # the segmenter's cut of each sentence it kept (wordshape.py)
    found: list[Words] = []
    groups: list[Copies] = []
    said: dict[str, tuple[Shape, list[Words]]] = {}
    for sentence in readout.sentences:  # runs once per sentence: no call, positional fields
        known = said.get(sentence.text)
        if known is None:
            shape = shapes.get(sentence.text)
            if shape is None:
                shape = segmented.get(sentence.text) or _shape(sentence.text, sentence.folded)
                shapes[sentence.text] = shape
            copies: list[Words] = []
            said[sentence.text] = shape, copies
            groups.append((shape.stems, copies))
        else:
            shape, copies = known
        span = sentence.span
        words = _new(Words)
        words.sentence = sentence.index
        words.stems = shape.stems
        words.base = span.start
        words.offsets = shape.starts
        words.stops = shape.ends
        words.caps = shape.caps
        words.breaks = shape.breaks
        words.line = span.line
        words.stop_words = stops
        found.append(words)
        copies.append(words)
    return tuple(found), groups


_new = object.__new__
"""Makes a :class:`Words` without the Python frame of ``__init__``, its fields then set one by
one: a plain class with slots takes them by plain assignment, so no blank of its slots nor
``__class__`` assignment is needed (which the frozen records of :mod:`~readoutdiff.model.makers`
need): some 460 instructions less a sentence, 3.0 M for the two 500 KB readouts (sp89)."""


STOCK = frozenset(
    stem(word)
    for word in """reaffirmed affirmed underscored emphasized stressed expressed highlighted noted
    agreed pledged committed commitment discussed welcomed continue continued continuing work
    working ensure ensuring strengthen strengthening address addressing advance advancing effort
    efforts importance range issues appreciation million billion support supporting provide
    providing together shared close remain stay deepen further need including review people
    region world country countries leaders partnership cooperation relationship convened hosted
    meeting roundtable participants included update year officials teams directly coming taken
    senior administration""".split()
)
"""Stock words of readouts (stems): they do not make a phrase a formula ("reaffirmed the
importance", "committed to continue")."""


def holds_amount(words: Words, first: int, last: int) -> bool:
    """Words [first, last) hold an amount ("a new $625 million security assistance package"):
    news of the day, not a standing line. An amount is a number of three digits or more, or
    one before "million" or "billion" (a number of two digits is a name's: "COVID-19")."""
    stems = words.stems
    return any(
        stems[k].replace(",", "").isdigit()
        and (len(stems[k]) >= 3 or stems[k + 1 : k + 2] in (("million",), ("billion",)))
        for k in range(first, last)
    )


def spent_on(words: Words, first: int, last: int) -> bool:
    """Words [first, last) hold an amount or are what an amount right before them is spent on
    ("released $300 million in development and other non-humanitarian assistance"): a sum and
    its object are news of the day either way (:func:`holds_amount`)."""
    before = first - 1 if first and words.stems[first - 1] in _AMOUNT_TIES else first
    return holds_amount(words, max(0, before - 2), before) or holds_amount(words, first, last)


_AMOUNT_TIES = frozenset(("in", "of", "for"))
"""Prepositions between an amount and what it is spent on ("$300 million in development …")."""
