"""The words of one sentence text, with their offsets: the one tokenisation of a sentence.

The segmenter (:mod:`readoutdiff.languages.segment`) cuts each distinct sentence into words as it cuts
the readout into sentences, and keeps the result in :data:`REMEMBERED` (emptied with its own
memo, see ``segment._Remembered``); the formula stage
(:func:`readoutdiff.formulas.words.phrases.readout_words`) reads the words from there instead of
cutting the sentence again. A text the segmenter did not keep (a readout too large for its
memo, a sentence made by hand) is cut by the stage with the same :func:`shape`.

Words are folded and lightly stemmed (:func:`stem`), so case, Unicode spaces, hyphens, quotes
and apostrophes never matter, and a plural matches its singular.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate
from operator import itemgetter

from readoutdiff.languages.folding import CJK, fold_with_offsets, has_cjk, is_cjk, keeps_offsets
from readoutdiff.languages.ru import stem as russian_stem
from readoutdiff.languages.zh import simplified
from readoutdiff.records.record import record
from readoutdiff.text.wide import CYRILLIC_LETTERS, has_wide, lazy

_WORD = lazy(rf"[{CJK}]|(?:(?![{CJK}])[^\W_])+(?:'s\b|)")
PLAIN_WORD = re.compile(r"[^\W_][^\W_]*(?:'s\b|)")
"""What ``_WORD`` finds in text without a wide character (see :mod:`readoutdiff.text.wide`)."""
_SPLIT = re.compile(r"([^\W_][^\W_]*(?:'s\b|))")
"""Splits text without Chinese, Japanese or Korean at the words of ``_WORD``, keeping them,
several times faster than matching them one by one."""
_SPLIT_ASCII = re.compile(r"([A-Za-z0-9][A-Za-z0-9]*(?:'s\b|))")
"""``_SPLIT`` for ASCII text, where ``[^\\W_]`` is these three ranges: ``re`` tests a range of
a character set without a Unicode category lookup (a fifth fewer instructions a character)."""
# Each opens with one character of its class then ``*`` (``[A-Za-z0-9][A-Za-z0-9]*``, not
# ``[A-Za-z0-9]+``): the same runs, but ``re`` then has a set to skip ahead by (a "charset
# prefix") and passes over spaces and marks in C instead of trying the pattern at each one
# (branch cli6, tests/test_pattern_heads.py). The optional "'s" is an alternation with an
# empty branch, ``(?:'s\b|)``, not ``(?:'s\b)?``: the same matches (the greedy ``?`` tries
# "'s" first, then nothing, as the branches come), but ``re`` compiles a ``?`` of more than
# one character to its general repeat (a context pushed and popped for every word), and a
# branch to one test of the quote (the command at 500 KB: -7.9 M instructions;
# ``tests/test_wordshape.py``).
CYRILLIC = CYRILLIC_LETTERS
"""Cyrillic letters (:data:`readoutdiff.text.wide.CYRILLIC_LETTERS`), the name the formula stage reads."""
_JOINERS = frozenset(" -'\"")
"""Characters between two words that keep them in one phrase (anything else is a break)."""
_BRITISH = (("isation", "ization"), ("ising", "izing"), ("ise", "ize"), ("our", "or"))
_BRITISH_WORDS = frozenset(
    "colour neighbour neighbourliness neighbourly favour honour labour behaviour harbour"
    " organisation organisations politicisation stigmatisation militarisation normalisation"
    " recognise recognised prioritise prioritised".split()
)
_DOUBLED = {
    f"{verb}{verb[-1]}{ending}": f"{verb}{ending}"
    for verb in (
        "combat cancel channel counsel fuel label level marshal model signal total travel focus"
    ).split()
    for ending in ("ing", "ed")
}
"""British spellings that double a verb's last consonant before "-ing" or "-ed" where American
spelling does not ("combatting corruption" is the lexicon's "combating corruption")."""


def _stemmed(word: str) -> str:
    """Return a folded word without a plural or possessive ending, in American spelling.

    >>> [_stemmed(w) for w in ("interests", "countries", "other's", "process", "colour", "has")]
    ['interest', 'country', 'other', 'process', 'color', 'has']
    """
    if word and word[0] in CYRILLIC:
        return russian_stem(word)  # "коренных интересов" matches "коренные интересы"
    word = word.removesuffix("'s")
    word = _DOUBLED.get(word, word)
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


class _Stems(dict[str, str]):
    """Each word's :func:`_stemmed`, kept (emptied whole at :data:`_STEMS_HELD` words). A hit is
    one dict lookup in C, without a ``lru_cache``'s bookkeeping of recency: the segmenter and
    the formula stage stem some 60,000 words of a 500 KB pair, nine in ten already met."""

    __slots__ = ()

    def __missing__(self, word: str) -> str:
        if len(self) >= _STEMS_HELD:
            self.clear()
        stemmed = self[word] = _stemmed(word)
        if len(HEADS) < _HEADS_HELD:  # full: left to HEADS, which empties itself
            HEADS[stemmed] = stemmed[:4]
        return stemmed


class _Heads(dict[str, str]):
    """Stem -> its first four letters, its "head" (the fuzzy matcher's test of a spelling:
    :mod:`readoutdiff.formulas.matching.fuzzy`), each stem sliced once a process: a sentence's
    heads are then read by look-ups in C and share one string (its hash kept) for each head,
    where a slice a word made a new string to hash every time.

    A new word's stem gets its head where the word is first stemmed (:class:`_Stems`, a Python
    frame that runs anyway: one dict store more), so the formula stage's first reading of a
    sentence's heads finds them made (branch sp65: −4 M of the stage at 500 KB); a stem the
    dict lacks (emptied past :data:`_HEADS_HELD` stems, or met before) is sliced here."""

    __slots__ = ()

    def __missing__(self, stem: str) -> str:
        if len(self) >= _HEADS_HELD:
            self.clear()
        head = self[stem] = stem[:4]
        return head


HEADS = _Heads()
_HEADS_HELD = 65536
_STEMS_HELD = 65536
stem = _Stems().__getitem__
"""Return a folded word without a plural or possessive ending, in American spelling
(:func:`_stemmed`, remembered).

>>> [stem(w) for w in ("interests", "countries", "other's", "process", "colour", "has")]
['interest', 'country', 'other', 'process', 'color', 'has']
"""


@record
class Shape:
    """The words of one sentence text, with offsets relative to the sentence."""

    stems: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    caps: tuple[bool, ...]
    breaks: tuple[bool, ...]


def shape(text: str, matched: str | None = None, kept: dict[str, list[str]] | None = None) -> Shape:
    """Cut a sentence text into words, with offsets relative to the sentence.

    ``matched`` is the sentence's text folded for matching (``Sentence.folded``), which the
    segmenter has made already: where folding keeps every character in place it is the
    folded text needed here. With ``kept`` (the segmenter's :data:`WORDS`) and ``matched``,
    the words of ``matched`` as the aligner cuts them are put in ``kept[matched]`` where the
    one split made them (see :data:`WORDS`).
    """
    if text.isascii():  # the common case: folding keeps offsets, so one split does it all
        return _split_shape(text, text.lower(), kept, matched)
    if matched is not None and len(matched) == len(text) and keeps_offsets(text):
        wide = has_wide(matched)  # asked once: has_cjk asks it first
        if not (wide and has_cjk(matched)):  # curly quotes, accents: one split still
            return _split_shape(text, matched, None if wide else kept, matched)
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


def _split_shape(
    text: str, folded: str, kept: dict[str, list[str]] | None = None, key: str | None = None
) -> Shape:
    """Words, offsets and breaks from one ``re.split`` (no match objects) of ``folded``, the
    folded ``text`` with every character in its place and no Chinese, Japanese or Korean.
    With ``kept`` and ``key`` (a text whose :func:`readoutdiff.languages.words` are those of
    ``folded``), that function's words are kept as ``kept[key]`` where ``folded`` holds no ``_``
    (a word character of ``\\w`` that ``[^\\W_]`` parts words at): these words, a word's
    ``'s`` (the one ``'`` a word here holds) cut off as a word ``s``.

    >>> kept = {}
    >>> _split_shape("China's role", "china's role", kept, "key").stems, kept
    (('china', 'role'), {'key': ['china', 's', 'role']})
    """
    parts = (_SPLIT_ASCII if folded.isascii() else _SPLIT).split(folded)  # gap, word, ..., gap
    bounds = list(accumulate(map(len, parts)))
    starts = tuple(bounds[0:-1:2])
    gaps = parts[2:-1:2]
    words = parts[1::2]
    if kept is not None and key is not None and "_" not in folded:  # read, never changed
        kept[key] = words if "'" not in folded else " ".join(words).replace("'", " ").split()
    return Shape(
        stems=tuple(map(stem, words)),
        starts=starts,
        ends=tuple(bounds[1::2]),
        caps=_caps(text, starts),
        breaks=_gap_breaks(gaps, words, len(starts)),
    )


def _caps(text: str, starts: tuple[int, ...]) -> tuple[bool, ...]:
    """Whether each word starting at ``starts`` in ``text`` opens with a capital: the first
    letters taken by one ``itemgetter`` call in C (a third fewer instructions than a ``map``
    of ``text.__getitem__``; it returns a bare character, not a tuple, for one position).

    >>> _caps("Xi met Biden in 2021", (0, 3, 7, 16)), _caps("Xi", (0,)), _caps("", ())
    ((True, False, True, False), (True,), ())
    """
    if len(starts) > 1:
        return tuple(map(str.isupper, itemgetter(*starts)(text)))
    return tuple(map(str.isupper, map(text.__getitem__, starts)))


def _breaks(folded: str, spans: list[tuple[int, int]]) -> tuple[bool, ...]:
    """Say for each word whether punctuation separates it from the word before."""
    gaps = [folded[end:start] for (_, end), (start, _) in zip(spans, spans[1:], strict=False)]
    return _gap_breaks(gaps, [folded[start:end] for start, end in spans], len(spans))


def _gap_breaks(gaps: Sequence[str], words: Sequence[str], count: int) -> tuple[bool, ...]:
    """Punctuation in the gap before each word breaks the clause, except the full stop of an
    initial inside a sentence: "the U.S. extended deterrence commitment" is one phrase; a
    digit's full stop before a space is a point's number ("1. The two ministers"), no initial."""
    return (
        True,
        *[
            gap != " "  # the common gap, first: it never breaks
            and bool(gap)
            and not _JOINERS.issuperset(gap)
            and not (len(word) == 1 and gap.strip() == "." and (gap == "." or not word.isdigit()))
            for gap, word in zip(gaps, words, strict=False)
        ],
    )[:count]


REMEMBERED: dict[str, Shape] = {}
"""The shape of each distinct sentence text the segmenter cut, filled and emptied by it."""

WORDS: dict[str, list[str]] = {}
"""The words of each distinct folded sentence text (``Sentence.folded``) the segmenter cut,
as :func:`readoutdiff.languages.words` cuts that text (and its one-spaced form), where
:func:`shape`'s one split made them: ASCII text, or folded text with no wide character, in
both cases with no ``_`` (other texts are absent: their reader cuts them itself).
The aligner (:class:`readoutdiff.align.similarity.Side`) counts their stems from here instead
of cutting the sentence again: one tokenisation for the segmenter, the formula stage and the
aligner. Filled and emptied with :data:`REMEMBERED`; the lists are read, never changed."""
