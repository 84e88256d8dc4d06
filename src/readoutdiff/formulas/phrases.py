"""Words of a sentence for phrase matching: folded, lightly stemmed, mapped to original offsets.

Formulas are matched on word stems, so case, Unicode spaces, hyphens, quotes and
apostrophes never matter, and a plural matches its singular:

>>> key("Core Interests") == key("core-interest")
True
>>> key("Good-Neighbourliness and the colour revolutions")
('good', 'neighborliness', 'and', 'the', 'color', 'revolution')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from readoutdiff.fold import CJK, fold_with_offsets, has_cjk, is_cjk, keeps_offsets
from readoutdiff.languages.ru import stem as russian_stem
from readoutdiff.languages.zh import simplified
from readoutdiff.model import Readout
from readoutdiff.record import record
from readoutdiff.wide import has_wide, lazy

_WORD = lazy(rf"[{CJK}]|(?:(?![{CJK}])[^\W_])+(?:'s\b)?")
PLAIN_WORD = re.compile(r"[^\W_]+(?:'s\b)?")
"""What ``_WORD`` finds in text without a wide character (see :mod:`readoutdiff.wide`)."""
_SPLIT = re.compile(r"([^\W_]+(?:'s\b)?)")
"""Splits text without Chinese, Japanese or Korean at the words of ``_WORD``, keeping them,
several times faster than matching them one by one."""
CYRILLIC = frozenset(chr(code) for code in range(0x0400, 0x0530))
_JOINERS = frozenset(" -'\"")
"""Characters between two words that keep them in one phrase (anything else is a break)."""
_BRITISH = (("isation", "ization"), ("ising", "izing"), ("ise", "ize"), ("our", "or"))
_BRITISH_WORDS = frozenset(
    "colour neighbour neighbourliness neighbourly favour honour labour behaviour harbour"
    " organisation organisations politicisation stigmatisation militarisation normalisation"
    " recognise recognised prioritise prioritised".split()
)


class Words(NamedTuple):
    """The words of one sentence as parallel tuples (fast to slice and compare).

    A named tuple rather than a frozen dataclass: one is made for every sentence of both
    readouts, and a tuple is made several times faster.
    """

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

    def start(self, word: int) -> int:
        """Offset of word number ``word`` in the original text of the readout."""
        return self.base + self.offsets[word]

    def end(self, word: int) -> int:
        """Offset just past word number ``word`` in the original text of the readout."""
        return self.base + self.stops[word]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return a folded word without a plural or possessive ending, in American spelling.

    >>> [stem(w) for w in ("interests", "countries", "other's", "process", "colour", "has")]
    ['interest', 'country', 'other', 'process', 'color', 'has']
    """
    if word and word[0] in CYRILLIC:
        return russian_stem(word)  # "коренных интересов" matches "коренные интересы"
    word = word.removesuffix("'s")
    if word in _BRITISH_WORDS:
        for british, american in _BRITISH:
            word = word.replace(british, american)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


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


def fold_words(text: str) -> str:
    """The folded form of a phrase, a short one once per run: a lexicon's wordings are folded
    for the script checks of :func:`~readoutdiff.formulas.matcher.build` and for their keys.
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


@record
class Shape:
    """The words of one sentence text, with offsets relative to the sentence."""

    stems: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    caps: tuple[bool, ...]
    breaks: tuple[bool, ...]


def _shape(text: str, matched: str | None = None) -> Shape:
    """Cut a sentence text into words, with offsets relative to the sentence.

    ``matched`` is the sentence's text folded for matching (``Sentence.folded``), which the
    segmenter has made already: where folding keeps every character in place it is the
    folded text needed here.
    """
    if text.isascii():  # the common case: folding keeps offsets, so one split does it all
        return _split_shape(text, text.lower())
    if (
        matched is not None
        and len(matched) == len(text)
        and keeps_offsets(text)
        and not has_cjk(matched)
    ):
        return _split_shape(text, matched)  # curly quotes, accents: one split still
    folded, offsets = fold_with_offsets(text)
    folded = _script_fold(folded)
    if offsets == tuple(range(len(text) + 1)) and not has_cjk(folded):
        return _split_shape(text, folded)  # curly quotes, accents: offsets still one for one
    spans = [m.span() for m in _words_in(folded).finditer(folded)]
    if not spans:
        return Shape(stems=(), starts=(), ends=(), caps=(), breaks=())
    starts, ends = zip(*[(offsets[start], offsets[end]) for start, end in spans], strict=True)
    return Shape(
        stems=tuple(map(stem, [folded[start:end] for start, end in spans])),
        starts=starts,
        ends=ends,
        caps=tuple([text[start].isupper() for start in starts]),
        breaks=_breaks(folded, spans),
    )


def _word_texts(folded: str) -> list[str]:
    """The words ``_WORD`` finds in ``folded``. In a short text with wide characters (a lexicon
    wording) they are told character by character: ``_WORD`` takes 5 ms to compile."""
    if not has_wide(folded) or len(folded) > 100:
        return _words_in(folded).findall(folded)
    words, position, end = [], 0, len(folded)
    while position < end:
        stop = position + 1
        if is_cjk(folded[position]):  # a word by itself
            words.append(folded[position])
        elif folded[position].isalnum():  # [^\W_]: a run of them, then perhaps 's
            while stop < end and folded[stop].isalnum() and not is_cjk(folded[stop]):
                stop += 1
            after = stop + 2  # 's\b: no word character (\w) after the s
            if folded.startswith("'s", stop) and not (after < end and _is_w(folded[after])):
                stop = after
            words.append(folded[position:stop])
        position = stop
    return words


def _is_w(char: str) -> bool:
    return char.isalnum() or char == "_"


def _words_in(folded: str) -> re.Pattern[str]:
    """The pattern of the words of ``folded``: ``_WORD``, or the same without its CJK classes
    (so without compiling them) when no wide character is there."""
    return _WORD() if has_wide(folded) else PLAIN_WORD


def _script_fold(folded: str) -> str:
    """Traditional Chinese to Simplified and ё to е, one character for one (offsets hold)."""
    return simplified(folded).replace("ё", "е")


def _split_shape(text: str, folded: str) -> Shape:
    """Words, offsets and breaks from one ``re.split`` (no match objects) of ``folded``, the
    folded ``text`` with every character in its place and no Chinese, Japanese or Korean."""
    parts = _SPLIT.split(folded)  # gap, word, gap, word, ..., gap
    bounds = list(accumulate(map(len, parts)))
    starts = tuple(bounds[0:-1:2])
    gaps = parts[2:-1:2]
    return Shape(
        stems=tuple(map(stem, parts[1::2])),
        starts=starts,
        ends=tuple(bounds[1::2]),
        caps=tuple([text[start].isupper() for start in starts]),
        breaks=_gap_breaks(gaps, parts[1::2], len(starts)),
    )


def _breaks(folded: str, spans: list[tuple[int, int]]) -> tuple[bool, ...]:
    """Say for each word whether punctuation separates it from the word before."""
    gaps = [folded[end:start] for (_, end), (start, _) in zip(spans, spans[1:], strict=False)]
    return _gap_breaks(gaps, [folded[start:end] for start, end in spans], len(spans))


def _gap_breaks(gaps: Sequence[str], words: Sequence[str], count: int) -> tuple[bool, ...]:
    """Punctuation in the gap before each word breaks the clause, except the full stop of an
    initial inside a sentence: "the U.S. extended deterrence commitment" is one phrase."""
    return (
        True,
        *[
            gap != " "  # the common gap, first: it never breaks
            and bool(gap)
            and not _JOINERS.issuperset(gap)
            and not (len(word) == 1 and gap.strip() == ".")
            for gap, word in zip(gaps, words, strict=False)
        ],
    )[:count]


def readout_words(readout: Readout, memo: dict[str, Shape] | None = None) -> tuple[Words, ...]:
    """Return the words of every sentence of ``readout``, indexed like its sentences.

    Pass one ``memo`` dict for both readouts of a comparison: a sentence they share
    is cut into words once (and a sentence the readout repeats, with or without one).

    >>> from readoutdiff.ingest import from_text
    >>> w = readout_words(from_text("We met. Core-interests, “respected”."))[1]
    >>> w.stems, [w.start(i) for i in range(3)], w.breaks
    (('core', 'interest', 'respected'), [8, 13, 25], (True, False, True))
    """
    shapes = {} if memo is None else memo
    found: list[Words] = []
    for sentence in readout.sentences:  # runs once per sentence: no call, positional fields
        shape = shapes.get(sentence.text)
        if shape is None:
            shape = shapes[sentence.text] = _shape(sentence.text, sentence.folded)
        span = sentence.span
        found.append(_new(Words, (
            sentence.index, shape.stems, span.start, shape.starts, shape.ends, shape.caps,
            shape.breaks, span.line,
        )))  # fmt: skip
    return tuple(found)


_new = tuple.__new__
"""Makes a named tuple as its own ``__new__`` does, without that Python frame."""


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
