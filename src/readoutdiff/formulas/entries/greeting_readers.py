"""Reading a readout's greetings and wishes, one reader a language (branch cnv3; the pairing of
the greetings of two readouts is :mod:`readoutdiff.formulas.entries.greetings`): each sentence
holding a greeting word (``languages``' ``GREETING``, ``WISH``) read for the greeting's wording,
whether the two greet each other, and its occasion.
"""

import re
from collections.abc import Callable
from typing import NamedTuple

from readoutdiff.formulas.entries.clause_heads import line_ends
from readoutdiff.formulas.words.spans import overlaps
from readoutdiff.languages import en, ru, zh
from readoutdiff.languages.ru import PEOPLE, PERSON_NOUNS, PERSONS, WORD
from readoutdiff.model import Readout, Span
from readoutdiff.model.places import sentence_at, title_end

WORDS = re.compile(r"\w+")
"""A word of a greeting's wording or occasion, in any script."""


MOST = 6
"""Greeting (or wish) words a readout may say at most for its greetings to be read: a call's
readout greets once or twice (three words at most in any readout of ``eval/`` or ``samples/``);
a text that says dozens is no one call's readout (a compilation, a corpus of sentences), where
pairing greetings in reading order would mean nothing and cost a pass over each."""
_Reader = Callable[[str, re.Match[str]], tuple[int, int, tuple[str, ...]] | None]
"""Reads the greeting at a match of a sentence: its wording's bounds and its occasion."""


# Annotations evaluated (no ``from __future__ import annotations``): ``NamedTuple`` makes a
# string annotation a ``ForwardRef``, which compiles it, and a process's first ``compile()``
# builds the ``ast`` types (~9 M instructions of a 500 KB command; see ``test_startup_imports.py``).
class Greeting(NamedTuple):
    """One greeting of a readout: its wording's span, whether the two greet each other, and
    its occasion folded (what follows the greeting's preposition)."""

    span: Span
    kind: str
    """Who greets whom: "mutual" (the two greet each other) or "one" (one leader greets); for
    a wish, whom it is addressed to ("people" or "leader")."""
    occasion: tuple[str, ...]


def greetings(readout: Readout) -> list[Greeting]:
    """The greetings ``readout`` makes, in reading order; [] in a language with no reader."""
    reader = _READERS.get(readout.language)
    return [] if reader is None else reader(readout)


def wishes(readout: Readout) -> list[Greeting]:
    """The wishes ``readout`` makes, in reading order, none inside a greeting's wording;
    [] in a language with no reader (Russian only: the shape of the evaluation set's dev)."""
    if readout.language != "ru":
        return []
    said = greetings(readout)
    return [
        w
        for w in _greetings(readout, _RU_WISHED, _russian_wish, _addressed)
        if not overlaps(w.span, [g.span for g in said])
    ]


def _sentences(readout: Readout, found: re.Pattern[str]) -> list[tuple[int, str]]:
    """The offset and text of each sentence holding a match of ``found``, past the readout's
    title line (a headline retells). The whole text is searched once: most readouts greet once
    or never, and a sentence is read alone only where a match stands."""
    places = _places(readout.text, found)
    sentences = readout.sentences
    if not places or len(places) > MOST or not sentences:
        return []
    opens, body = sentences[0].span.start, title_end(readout)  # body: past a title's sentence
    at = sorted({sentence_at(readout, i).index for i in places if i >= opens})
    return [(s.span.start, s.text) for s in map(sentences.__getitem__, at) if s.span.start >= body]


def _places(text: str, found: re.Pattern[str]) -> list[int]:
    """Where ``text`` may say a word of ``found`` (a pattern of :func:`_words_of`): each place
    of a word past its first letter, in small letters ("Congratulated", "Поздравив" too), or
    whole when it has no case (Chinese). One ``str.find`` scan a word: a regular expression over
    a long readout costs some twenty times as much. A word said in capitals throughout is not
    read (no readout of ``eval/`` or ``samples/`` greets so)."""
    places = []
    for word in _WORDS_OF[found]:
        tail = word[1:] if word.lower() != word.upper() else word
        at = text.find(tail)
        while at >= 0:
            places.append(at)
            at = text.find(tail, at + 1)
    return places


def _greetings(
    readout: Readout, found: re.Pattern[str], read: _Reader, kind_of: Callable[[str], str]
) -> list[Greeting]:
    """The greetings of ``readout``: each match of ``found`` that ``read`` takes for a
    greeting (its wording's bounds and its occasion), one per wording."""
    said: list[Greeting] = []
    line, counted = 1, 0  # the line of each span, counted on from the last (spans in order)
    for offset, text in _sentences(readout, found):
        for m in found.finditer(text):
            if said and said[-1].span.end > offset + m.start():
                continue  # a second greeting word inside the wording
            bounds = read(text, m)
            if bounds is None:
                continue
            start, end, occasion = bounds
            wording = text[start:end].lower()
            line += line_ends(readout.text, counted, offset + start)
            counted = offset + start
            span = Span(start=offset + start, end=offset + end, line=line)
            said.append(Greeting(span, kind_of(wording), occasion))
    return said


# Russian -----------------------------------------------------------------------------------

_WORDS_OF: dict[re.Pattern[str], tuple[str, ...]] = {}
"""The words each reader's pattern finds (:func:`_places`), by the pattern."""


def _words_of(words: tuple[str, ...], pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled, the ``words`` it finds kept for :func:`_places`."""
    found = re.compile(pattern, flags)
    _WORDS_OF[found] = words
    return found


_RU_FOUND = _words_of(ru.GREETING, rf"(?<![\w-])(?:{'|'.join(ru.GREETING)})\w*", re.IGNORECASE)
_RU_MARKS = ",;:!?.…\n"
_RU_END = re.compile(rf"[,;:!?.…\n]|\s+и\s+(?=(?:{ru.CLAUSE_HEAD})(?![\w-]))", re.IGNORECASE)
_RU_ADVERB = re.compile(r"[а-яё]{3,}(?:но|ло|нне)", re.IGNORECASE)
"""A manner adverb before a greeting verb, quoted with it ("тепло", "сердечно", "искренне")."""
_RU_NOUN = "поздравлени"
_RU_THANKS = frozenset(("за",))
"""A word before a greeting noun that makes it a thanks ("благодарность за поздравления")."""
_RU_OCCASION = re.compile(r"(?<!\w)(?:со?|по случаю|в связи со?)\s", re.IGNORECASE)


def _clause_start(text: str, at: int, marks: str, *, dot: bool = False) -> int:
    """Where the clause of ``text`` that holds ``at`` opens: past the last of ``marks`` before
    it (with ``dot``, also past a full stop before a space)."""
    last = max(text.rfind(mark, 0, at) for mark in marks)
    if dot:
        stop = text.rfind(".", 0, at)
        while stop >= 0 and not text[stop + 1 : stop + 2].isspace():
            stop = text.rfind(".", 0, stop)
        last = max(last, stop)
    return last + 1


def _russian_start(text: str, m: re.Match[str], giving: tuple[str, ...], reach: int) -> int | None:
    """Where the Russian greeting or wish at ``m`` is quoted from: the last of the ``reach``
    words before it (in its clause) that opens with one of ``giving``, else the manner adverb
    right before it, else ``m`` itself; None when one of the three words before it is "за"
    (a thanks for greetings or wishes)."""
    before = list(WORD.finditer(text, _clause_start(text, m.start(), _RU_MARKS), m.start()))
    if any(w.group().lower() in _RU_THANKS for w in before[-3:]):
        return None
    governing = [w for w in before[-reach:] if giving and w.group().lower().startswith(giving)]
    if governing:
        return governing[-1].start()
    if before and _RU_ADVERB.fullmatch(before[-1].group()):
        return before[-1].start()
    return m.start()


def _russian(text: str, m: re.Match[str]) -> tuple[int, int, tuple[str, ...]] | None:
    """The bounds and occasion of the Russian greeting at ``m``, or None (a thanks)."""
    noun = m.group().lower().startswith(_RU_NOUN)  # governed by "обменялись"
    start = _russian_start(text, m, ru.GREETING_MUTUAL[:1] if noun else (), 3)
    if start is None:
        return None
    ends = _RU_END.search(text, m.end())
    end = ends.start() if ends else len(text.rstrip())
    said = _RU_OCCASION.search(text, m.end(), end)
    if said is None:
        return None
    occasion = tuple(ru.stem(w.group().lower()) for w in WORD.finditer(text, said.end(), end))
    return (start, end, occasion) if occasion else None


_RU_WISHED = _words_of(
    ru.WISH + ru.WISH_SAID,
    rf"(?<![\w-])(?:(?:{'|'.join(ru.WISH)})\w*+|(?:{'|'.join(ru.WISH_SAID)})(?![\w-]))"
    rf"(?!\s+{ru.INFINITIVE}(?![\w-]))",
    re.IGNORECASE,
)
"""A Russian wish word: the verb or the noun (:data:`~readoutdiff.languages.ru.WISH`), or the
verb in the first person (:data:`~readoutdiff.languages.ru.WISH_SAID`), not before an
infinitive ("желаем развивать", "пожелал посетить" are wants:
:func:`~readoutdiff.languages.ru.wish_word`)."""
_RU_WISH_END = re.compile(
    rf"[;:!?.…\n\"«»“”]|,\s*(?=(?:{'|'.join(sorted(ru.CLAUSE_OPENERS, key=lambda w: (-len(w), w)))})(?![\w-]))"
    rf"|,\s*(?=(?:{'|'.join(sorted(ru.REPORTING))})\w*\s)"
    rf"|(?:,|\s+и)\s+(?=(?:{ru.CLAUSE_HEAD}|[а-яё]{{2,}}(?:[аиуя]в|вши|вшись))(?![\w-]))",
    re.IGNORECASE,
)
"""Where a Russian wish ends: a clause mark but the comma (its goods are a list: "пожелав мира,
благополучия и процветания …") or a quote, a comma before a clause opener (", а также …") or an
attribution (", сообщает пресс-служба …": :data:`readoutdiff.languages.ru.REPORTING`), or a
comma or "и" before a second verb."""
_RU_GIVING = ("выраз", "переда", "обменя")
"""Beginnings of the verbs that give a wish said as a noun ("выразили … пожелания")."""


def _russian_wish(text: str, m: re.Match[str]) -> tuple[int, int, tuple[str, ...]] | None:
    """The bounds and words of the Russian wish at ``m``, or None (a thanks for wishes)."""
    start = _russian_start(text, m, _RU_GIVING, len(text))
    if start is None:
        return None
    ends = _RU_WISH_END.search(text, m.end())
    end = ends.start() if ends else len(text.rstrip())
    while end > start and text[end - 1] in " ,":
        end -= 1
    words = tuple(ru.stem(w.group().lower()) for w in WORD.finditer(text, m.end(), end))
    return (start, end, words) if len(words) >= 2 else None


# English -----------------------------------------------------------------------------------

_EN_FOUND = _words_of(en.GREETING, rf"\b(?:{'|'.join(en.GREETING)})\w*", re.IGNORECASE)
_EN_MARKS = ",;:!?\n"
_EN_VERB = r"(?:\w+ed\b|said\b|told\b|spoke\b)"
_EN_SUBJECT = (
    r"(?:(?:both|the\s+two|the|all)\s+(?:leaders|sides|countries|parties|presidents|ministers)"
    r"|they|he|she|we|the\s+(?:Prime\s+Minister|President|Chancellor))\s+(?:also\s+|)"
)
_EN_END = re.compile(
    rf"[,;:!?\n]|(?<!\b[A-Z])\.(?=\s|$)|\s+and\s+(?=to\s|{_EN_VERB}|{_EN_SUBJECT}{_EN_VERB})"
)
"""Where an English greeting ends: a clause mark, a full stop but one after a lone capital
(an abbreviation: "on its selection of a U.S. technology partner"), or "and" before a second
verb ("… on her recent election | and reaffirmed …", "… and to welcome …", "… and said he
hoped …"), also one with its own subject ("… on his recent appointment | and both leaders
agreed …")."""
_EN_THANKS = re.compile(r"\bthank", re.IGNORECASE)
"""A thanks for a greeting ("thanked him for his congratulations")."""
_EN_TAKEN = re.compile(r"\b(?:for|in|of)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
"""A greeting noun governed by a preposition is no greeting given ("kind words of
congratulations", "sent in congratulations for")."""
_EN_GIVING = re.compile(r"(?:\w+ed|offer|express|extend|convey|send)\s+(?:\w+\s+|)$")
"""The verb that gives a greeting noun, quoted with it ("expressed his congratulations")."""
_EN_OCCASION = re.compile(r"\b(?:on|for|upon)\s", re.IGNORECASE)


def _english(text: str, m: re.Match[str]) -> tuple[int, int, tuple[str, ...]] | None:
    """The bounds and occasion of the English greeting at ``m``, or None (a thanks)."""
    clause = _clause_start(text, m.start(), _EN_MARKS, dot=True)
    before = text[clause : m.start()]
    if _EN_THANKS.search(before):
        return None
    start = m.start()
    if m.group().lower().startswith("congratulations"):
        if _EN_TAKEN.search(before):
            return None
        giving = _EN_GIVING.search(before)
        if giving is not None:
            start = clause + giving.start()
    ends = _EN_END.search(text, m.end())
    end = ends.start() if ends else len(text.rstrip())
    said = _EN_OCCASION.search(text, m.end(), end)
    if said is None:
        return None
    occasion = tuple(w.lower() for w in WORDS.findall(text[said.end() : end]))
    return (start, end, occasion) if occasion else None


# Chinese -----------------------------------------------------------------------------------

_ZH_FOUND = _words_of(zh.GREETING, "|".join(zh.GREETING))
_ZH_MARKS = "".join(sorted(zh.CLAUSE_MARKS))
_ZH_MARK = re.compile(f"[{re.escape(_ZH_MARKS)}]")
ZH_WISH = "祝"
"""The character a Chinese wish or greeting opens on ("祝中国人民马年吉祥", 祝贺)."""
_ZH_THANKS = "谢"
"""A thanks for a greeting ("感谢习近平的祝贺")."""
_ZH_FRAME = re.compile(r"对(.+?)表示")
"""The frame of a greeting said as a noun: "对中共二十大成功召开……表示衷心祝贺"."""
OCCASION_ZH = 4
"""Characters a Chinese greeting's occasion holds at least: "表示祝贺" alone greets for nothing."""


def _chinese(text: str, m: re.Match[str]) -> tuple[int, int, tuple[str, ...]] | None:
    """The bounds (its clause) and occasion of the Chinese greeting at ``m``, or None."""
    start = _clause_start(text, m.start(), _ZH_MARKS)
    ends = _ZH_MARK.search(text, m.end())
    end = ends.start() if ends else len(text.rstrip())
    while start < end and text[start].isspace():
        start += 1
    if _ZH_THANKS in text[start : m.start()]:
        return None
    framed = _ZH_FRAME.search(text, start, m.start())
    occasion = framed.group(1) if framed else text[m.end() : end]
    if len(occasion) < OCCASION_ZH:
        return None
    return start, end, tuple(occasion)


def _reader(
    found: re.Pattern[str], read: _Reader, mutual: tuple[str, ...]
) -> Callable[[Readout], list[Greeting]]:
    def kind_of(wording: str) -> str:
        return "mutual" if any(w in wording for w in mutual) else "one"

    return lambda readout: _greetings(readout, found, read, kind_of)


def _addressed(wording: str) -> str:
    """Whom a Russian wish is addressed to: "leader" when one of the two words after the wish
    word names one (:data:`~readoutdiff.languages.ru.PERSONS`, a leader's noun,
    a name: "пожелал ему …", "пожелал главе Азербайджана …"), else "people" when it says a people
    ("пожелав народам двух стран …"), else "leader"."""
    words = WORD.findall(wording)
    at = next(
        (i for i, w in enumerate(words) if ru.wish_word(w.lower(), "".join(words[i + 1 : i + 2]))),
        0,
    )
    for w in words[at + 1 : at + 3]:
        if w.lower() in PERSONS or w.lower().startswith(PERSON_NOUNS) or w[:1].isupper():
            return "leader"
    return "people" if any(w.lower().startswith(PEOPLE) for w in words) else "leader"


_READERS = {
    "ru": _reader(_RU_FOUND, _russian, ru.GREETING_MUTUAL),
    "en": _reader(_EN_FOUND, _english, en.GREETING_MUTUAL),
    "zh": _reader(_ZH_FOUND, _chinese, zh.GREETING_MUTUAL),
}
