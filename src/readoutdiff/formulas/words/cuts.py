"""Where a mined phrase is cut: an edge that falls inside something longer than the phrase.

- **lone letter**: it starts or ends with one ("Antony J", "the U"), as a word of a dotted
  abbreviation is ("m" of "a.m.", "S" of "U.S.", "E" of "H.E.");
- **glued**: an edge word is joined to the word outside it by a punctuation mark with no space
  ("45" of "9:45", "5" of "3.5"): the phrase starts or ends inside one written unit, a time or
  a figure ("45 p.m. for approximately 15 minutes");
- **abbreviation**: it ends on a capitalised title or number abbreviation before the word it
  heads ("telephone talk with H.E. Mr" of "… Mr. Luigi Di Maio", "… No" of "No. 5"); the
  abbreviations are the sentence segmenter's own
  (:attr:`~readoutdiff.languages.base.Language.titles` and
  :attr:`~readoutdiff.languages.base.Language.numbered`), one notion for both;
- **inside a name**: an edge falls in a name that runs on outside the phrase (a capitalised word
  joined to a capitalised word outside it, or right after an initial: "Japan Alliance" cut from
  "U.S.-Japan Alliance"; or, at its end, joined through an English "of", "the" between at most, :func:`of_name`:
  "… Japanese Ministry" of "… Ministry of Foreign Affairs");
- **compound preposition**: it starts on the noun of a preposition of several words right after
  its lead ("light of …" of "in light of …", "рамках …" of "в рамках …"); each language lists its
  own (:class:`~readoutdiff.languages.base.CompoundPrepositions`), and as their leads are written
  in different scripts one rule reads them all, whatever the readout's language;
- **modifier**: it ends on a capitalised word that qualifies the lower-case word after it
  ("attacks on Philippine" of "… on Philippine public vessels").

A wording a rule widens or cuts *after* mining (a linker's quote, a replaced phrase, a formula's
place in the other readout) passes the same edge tests: :func:`whole` moves its edges off a cut
("telephone talk with H.E. Mr" → "telephone talk"), the one check every such place calls
(:func:`~readoutdiff.formulas.words.spans.word_span` and the few that make spans otherwise).

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.formulas.words.phrases import readout_words
>>> w = readout_words(from_text("They acted in light of the new threats on Philippine vessels."))[0]
>>> [in_compound_preposition(w, i, j) for i, j in ((3, 6), (2, 6), (5, 7))]
[True, False, False]
>>> w.stems[8:10], modifier_cut(w, 10)
(('on', 'philippine'), True)
>>> w = readout_words(from_text("From 9:45 p.m. for approximately 15 minutes they met St. Anne."))[0]
>>> w.stems[:4], w.stems[-3:], [cut(w, i, j) for i, j in ((2, 10), (6, 10), (9, 12))]
(('from', '9', '45', 'p'), ('met', 'st', 'anne'), [True, False, True])
"""

from __future__ import annotations

from functools import cache

from readoutdiff.formulas.words.phrases import Words, stem
from readoutdiff.formulas.words.roles import EDGE_WORDS
from readoutdiff.languages import LANGUAGES
from readoutdiff.languages.en import LANGUAGE as ENGLISH

_PREPOSITIONS = tuple(
    (code, found.compound_prepositions)
    for code, found in LANGUAGES.items()
    if found.compound_prepositions is not None
)
"""Each language's prepositions of several words, by its code."""
_OPENERS = frozenset().union(*(p.leads | p.between for _, p in _PREPOSITIONS))
"""The words one of them may have right before its noun: most phrases follow none."""


_HEADING = ENGLISH.titles | ENGLISH.numbered
"""Abbreviations written before what they head, a name or a number ("St. Petersburg", "No. 5"):
the segmenter's (a sentence never ends after the first, nor after the second before a number)."""


_TITLES = frozenset(
    stem(title)
    for title in """president vice premier prime minister secretary director ambassador
    chairman chairwoman chairperson spokesperson spokesman spokeswoman envoy adviser advisor
    counselor counsellor senator governor mayor commissioner undersecretary deputy chief king
    queen prince emperor chancellor excellency mr mrs ms dr""".split()
)
"""Titles (English stems) that start the name of a post or a person: a name joined by "of"
ends before one (:func:`name_end`)."""
_OF, _THE = "of", "the"
"""The words that join a name's parts in English ("Ministry of Foreign Affairs", "Partnership
of the Future"): :func:`of_name`."""


def cut(words: Words, first: int, end: int) -> bool:
    """A lone letter at an edge, or an edge cut (:func:`starts_cut`, :func:`ends_cut`): the
    test of a mined phrase. A lone letter may open a wording a linker quotes ("U.S. support"),
    not a mined phrase."""
    single = {len(words.stems[first]), len(words.stems[end - 1])}
    if 1 in single and not (words.stems[first] == "a" and len(words.stems[end - 1]) > 1):
        return True
    return starts_cut(words, first) or ends_cut(words, end)


def starts_cut(words: Words, first: int) -> bool:
    """A phrase starting on word ``first`` starts inside something longer: glued to the word
    before it (:func:`glued`: "45" of "9:45", "S" of "U.S.") or inside a name
    (as :func:`~readoutdiff.formulas.words.name_shapes.in_name` reads it: "Affairs, held …" of "Minister
    for Foreign Affairs, held …"). Read inline (the miner asks it of every candidate)."""
    if not first:
        return False
    caps = words.caps
    if words.breaks[first]:
        if words.offsets[first] - words.stops[first - 1] == 1:
            return True  # glued
        return caps[first] and caps[first - 1] and len(words.stems[first - 1]) == 1
    return caps[first] and caps[first - 1]


def ends_cut(words: Words, end: int) -> bool:
    """A phrase ending before word ``end`` ends inside something longer: glued to the next word
    (:func:`glued`), inside a name that runs on
    (:func:`~readoutdiff.formulas.words.name_shapes.runs_on`: "… with the United" of "… the
    United States"), on a heading abbreviation before what it heads (:func:`heading`: "… with
    H.E. Mr"), or on a lone letter (of a dotted abbreviation: "the U", "H.E"). Read inline."""
    stems = words.stems
    last = stems[end - 1]
    if end < len(stems):
        caps = words.caps
        if words.breaks[end]:
            if words.offsets[end] - words.stops[end - 1] == 1:
                return True  # glued
        elif caps[end - 1] and caps[end] and stems[end] not in words.stop_words:
            return True  # runs on
        elif caps[end - 1] and stems[end] == _OF and of_name(words, end):
            return True  # runs on through its "of": "… Ministry" of "… Ministry of Foreign Affairs"
        if caps[end - 1] and last in _HEADING and heading(words, end - 1, end):
            return True
    return len(last) == 1 and last != "a" and last.isascii() and last.isalpha()


_CJK = "\u2e80"
"""The first code point counted as Chinese (as :mod:`~readoutdiff.formulas.words.scripts` does)."""


def whole(words: Words, first: int, end: int) -> tuple[int, int]:
    """``[first, end)`` of a wording a rule widened or cut after mining, its edges moved off a
    cut, by the test a mined phrase must pass (:func:`starts_cut`, :func:`ends_cut`; the miner
    rejects such a phrase, :func:`cut`): an end cut gives back its words ("telephone talk with
    H.E. Mr" → "telephone talk", "… partnership with the United" → "… partnership"), but an
    end cut at the "of" of a name takes the name whole (:func:`name_end`: "travel to the
    People’s Republic" → "… Republic of China": the name is the wording's object there, and its
    words before the "of" are no stop words to give back); a start cut gives up its words
    ("Affairs, held telephone talks" → "held telephone talks"), and the stop words then left at
    an edge go too. ``first == end`` when nothing is left. Chinese is
    left as it is (a character is a word: no capital, and its punctuation is written without a
    space)."""
    if first >= end:
        return first, end
    return whole_run(words, first, words, end)


def whole_run(head: Words, first: int, tail: Words, end: int) -> tuple[int, int]:
    """:func:`whole` for a wording from word ``first`` of sentence ``head`` to word ``end - 1``
    of sentence ``tail`` (the same one, or a later one)."""
    if not (ends_cut(tail, end) or starts_cut(head, first)):
        return first, end  # most wordings: two tests, no more
    end = whole_end(tail, first if head is tail else 0, end)
    return whole_start(head, first, end if head is tail else len(head.stems)), end


def whole_end(words: Words, first: int, end: int) -> int:
    """The end of :func:`whole` (the part for a wording's last sentence)."""
    if first >= end or not ends_cut(words, end) or words.stems[first][:1] >= _CJK:
        return end
    if words.stems[end] == _OF and words.caps[end - 1] and of_name(words, end):
        return name_end(words, end)  # the name whole: "… to the People’s Republic of China"
    while end > first and (ends_cut(words, end) or words.stems[end - 1] in words.stop_words):
        end -= 1
    return end


def whole_start(words: Words, first: int, end: int) -> int:
    """The start of :func:`whole` (the part for a wording's first sentence)."""
    if first >= end or not starts_cut(words, first) or words.stems[first][:1] >= _CJK:
        return first
    while first < end and (starts_cut(words, first) or words.stems[first] in words.stop_words):
        first += 1
    return first


def of_name(words: Words, k: int) -> bool:
    """Word ``k`` is the "of" inside a name: a capitalised word before it that is not
    capitalised only for opening its sentence, a capitalised word after it ("the" between at
    most), nothing but spaces between ("Ministry of Foreign Affairs", "Republic of Korea",
    "Partnership of the Future"). English only: the shape of its names of bodies, states and
    programmes; a wording ending before that "of" is cut from the name (:func:`ends_cut`). Not
    read at a wording's start: "… Republic of Korea’s unlawful launches" opened after the "of"
    gives up the owner, as a start cut does, and moved lines read right before (nz12 tried it).

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.formulas.words.phrases import readout_words
    >>> w = readout_words(from_text("They thanked the Ministry of Foreign Affairs of Japan."))[0]
    >>> w.stems[3:6], of_name(w, 4), ends_cut(w, 4)
    (('ministry', 'of', 'foreign'), True, True)
    >>> w = readout_words(from_text("Support of Ukraine and the sovereignty of Ukraine."))[0]
    >>> of_name(w, 1), of_name(w, 5)
    (False, False)
    """
    stems, caps, breaks = words.stems, words.caps, words.breaks
    after = k + 1 + (k + 2 < len(stems) and stems[k + 1] == _THE)
    return (
        k > 1
        and caps[k - 1]
        and after < len(stems)
        and caps[after]
        and not any(breaks[k : after + 1])
    )


def name_end(words: Words, k: int) -> int:
    """The end of the name whose "of" is word ``k`` (:func:`of_name`): its capitalised words
    after the "of" (and a "the"), up to a break, a lower-case word or a title (:data:`_TITLES`)
    after a word that is none: the title starts the name of a post or a person ("Ministry of
    Foreign Affairs Director General …" ends at "Affairs"; ux27: it ran on through the title).
    A title right after the "of" is the name's ("Office of the Prime Minister").

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.formulas.words.phrases import readout_words
    >>> said = "He met the Ministry of Foreign Affairs Director General Funakoshi Takehiro today."
    >>> w = readout_words(from_text(said))[0]
    >>> w.stems[name_end(w, 4) - 1], name_end(w, 4)
    ('affair', 7)
    >>> w = readout_words(from_text("He thanked the Office of the Prime Minister warmly."))[0]
    >>> w.stems[name_end(w, 4) - 1]
    'minister'
    """
    stems, caps, breaks = words.stems, words.caps, words.breaks
    k += 1 + (stems[k + 1] == _THE)
    named = False  # a word of the name that is no title
    while k < len(stems) and caps[k] and not breaks[k]:
        if stems[k] in _TITLES:
            if named:
                break
        else:
            named = True
        k += 1
    return k


def glued(words: Words, k: int) -> bool:
    """Word ``k`` follows the word before it after one punctuation mark and no space ("45" of
    "9:45"): the two are one written unit (a space, a hyphen or an apostrophe is no break)."""
    return k > 0 and words.breaks[k] and words.offsets[k] - words.stops[k - 1] == 1


def heading(words: Words, k: int, after: int) -> bool:
    """Word ``k`` is a capitalised heading abbreviation (:data:`_HEADING`) and word ``after``,
    right after it (its dot and a space between at most), is what it heads."""
    return (
        after < len(words.stems)
        and words.caps[k]
        and words.stems[k] in _HEADING
        and words.offsets[after] - words.stops[k] <= 2
        and (words.caps[after] or words.stems[after][:1].isdigit())
    )


def in_compound_preposition(words: Words, first: int, end: int) -> bool:
    """The phrase starts on the noun of a preposition of several words right after its lead
    (a word between as the language allows: "face of …" of "in the face of …")."""
    stems = words.stems
    if first == 0 or stems[first - 1] not in _OPENERS or words.breaks[first]:
        return False
    for code, prepositions in _PREPOSITIONS:
        k = first - 1 - (stems[first - 1] in prepositions.between)
        if k < 0 or stems[k] not in prepositions.leads:
            continue
        closing = prepositions.closing
        if closing and (end - first < 2 or stems[first + 1] != closing):
            continue
        # The noun last: a language's nouns are stemmed (Russian: Snowball loaded) only once
        # its lead is seen.
        if stems[first] in _nouns(code):
            return True
    return False


@cache
def _nouns(code: str) -> frozenset[str]:
    """The nouns of the language's prepositions of several words, stemmed as phrases are."""
    found = LANGUAGES[code].compound_prepositions
    return frozenset(map(stem, found.nouns)) if found else frozenset()


def modifier_cut(words: Words, end: int) -> bool:
    """The phrase ends on a capitalised word that qualifies the lower-case word right after it,
    nothing but a space between ("extends to armed attacks on Philippine" of "… on Philippine
    public vessels"): the phrase is cut before the noun its last word qualifies. Not before a
    word that joins or a verb in "-ed" ("… Advisory Group today", "… Ukraine welcomed"), nor
    after a word written otherwise than its stem: a possessive ("Ukraine’s sovereignty") is cut
    and mended by the linkers that quote it. English only (ASCII): a Russian adjective of a
    country is written in lower case."""
    return (
        end < len(words.stems)
        and end - 1 > 0
        and words.caps[end - 1]
        and words.stems[end - 1].isascii()
        and words.stops[end - 1] - words.offsets[end - 1] == len(words.stems[end - 1])
        and not words.breaks[end]
        and not words.caps[end]
        and words.stems[end] not in EDGE_WORDS
        and not words.stems[end].endswith("ed")
    )
