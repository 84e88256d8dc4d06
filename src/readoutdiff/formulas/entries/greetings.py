"""A greeting on an occasion said in each readout: one event, *changed* or *persisted*.

A leaders' call often opens on a courtesy line, a greeting on an occasion: "тепло поздравил
Ильхама Алиева с днем рождения", "congratulated Prime Minister Carney on his election",
"习近平祝贺白俄罗斯成为上海合作组织正式成员". The next readout of the series greets again on
another occasion, in words that share the verb and hardly a word more, so the rules that pair
two wordings by their words leave the two as one dropped and one appeared line. The hand lists
settle it otherwise (``eval/formulas/SOURCES.md``, *Annotation conventions* (a), branch cnv1):
a greeting in each readout is **one event**, *persisted* when the occasion is the same and
*changed* otherwise; when a readout greets more than once, the greeting of the same kind
(one leader greeting the other, or the two greeting each other) is paired first, then the
greetings in reading order. A greeting said in one readout only, or left over, is listed
*dropped* / *appeared* (convention (e), branch cnv4): in English and Chinese (:data:`LONE`) it
is told alone (branch cnv5) when no entry says it already; a Russian one is left as the other
rules report it.

A greeting is a clause holding a greeting word of its language (``GREETING`` of
:mod:`readoutdiff.languages.en`, :mod:`~readoutdiff.languages.ru`,
:mod:`~readoutdiff.languages.zh`), past the readout's title line, that is no thanks for a
greeting ("выразил благодарность за поздравления", "thanked him for his congratulations",
"感谢……祝贺") and says an occasion. Its wording runs from the greeting (with the adverb before a
Russian verb, "тепло поздравил"; the verb that governs a noun, "обменялись … поздравлениями",
"expressed his congratulations") to the clause's end (a clause mark; in Russian and English also
"и" / "and" before a second verb: "… с избранием на пост Президента | и пожелал ему …"); a
Chinese greeting is its whole clause ("对……表示衷心祝贺"). A text that says more than ``MOST``
greeting words is no one call's readout, and none of its greetings is read.

A wish is the same kind of line (convention (a)): a Russian wish in each readout ("пожелал ему
огромных успехов", "пожелав народам двух стран благополучия, мира и процветания", read by
:data:`readoutdiff.languages.ru.WISH`, none inside a greeting's wording) is one event, the wishes
to the same addressee (a leader or a people) paired first. Its wording runs on over the commas
of its list of goods, to a clause opener, an attribution or a second verb. Wishes are read in
Russian only: the evaluation set's dev pairs say them in no other language.

Two greetings (or wishes) already told as one entry, or either one said inside an entry of both sides, are
left alone. A one-sided entry said in a paired greeting gives way to it; what it says past the
greeting ("…, пожелав ему благополучия …", a wish, a line of its own in the hand lists) stays.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("Президенты обсудили сотрудничество. Собеседники поздравили друг друга с наступающим Новым годом.")
>>> b = from_text("Президенты обсудили сотрудничество. Елбасы сердечно поздравил Реджепа Тайипа Эрдогана с днем рождения.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas if f.id == ID]
[('changed', 'поздравили друг друга с наступающим Новым годом', 'сердечно поздравил Реджепа Тайипа Эрдогана с днем рождения')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import NamedTuple

from readoutdiff.formulas.entries.clause_heads import lined
from readoutdiff.formulas.entries.lone_heads import PEOPLE, PERSON_NOUNS, PERSONS
from readoutdiff.formulas.words.spans import overlaps
from readoutdiff.languages import en, ru, zh
from readoutdiff.model import (
    GREETING,
    WISH,
    Formula,
    FormulaSource,
    FormulaStatus,
    Readout,
    Span,
)

ID = GREETING
"""The id of a greeting paired (:func:`greetings_paired`)."""
WISH_ID = WISH
"""The id of a wish paired (:func:`greetings_paired`)."""
REST = 2
"""Words a one-sided entry must say past a paired greeting to stay, cut to them."""
LONE = frozenset(("en", "zh"))
"""The languages whose greeting said in one readout only is told alone (branch cnv5). Not
Russian: the rule that pairs lone points (``lone_heads``) already tells a Russian lone greeting
as a point, and the ones it leaves out are the doubtful ones (a greeting paired with a wish, a
greeting whose occasion past a list of wishes is not read; measured in benchmarks/README.md)."""
MOST = 6
"""Greeting (or wish) words a readout may say at most for its greetings to be read: a call's
readout greets once or twice (three words at most in any readout of ``eval/`` or ``samples/``);
a text that says dozens is no one call's readout (a compilation, a corpus of sentences), where
pairing greetings in reading order would mean nothing and cost a pass over each."""
_Reader = Callable[[str, re.Match[str]], tuple[int, int, tuple[str, ...]] | None]
"""Reads the greeting at a match of a sentence: its wording's bounds and its occasion."""


class Greeting(NamedTuple):
    """One greeting of a readout: its wording's span, whether the two greet each other, and
    its occasion folded (what follows the greeting's preposition)."""

    span: Span
    kind: str
    """Who greets whom: "mutual" (the two greet each other) or "one" (one leader greets); for
    a wish, whom it is addressed to ("people" or "leader")."""
    occasion: tuple[str, ...]


def greetings_paired(
    formulas: Sequence[Formula], a: Readout, b: Readout, *, lone: bool = True
) -> Sequence[Formula]:
    """``formulas`` with each pair of greetings, one of each readout, as one entry, and with
    ``lone`` each greeting said in one readout only as an entry of its own (see the module's
    docstring; off with mining, ``--no-mining``: a lone greeting is found by no lexicon);
    ``formulas`` itself when the readouts are in two languages or no greeting is told."""
    if a.language != b.language:
        return formulas
    greetings_a, greetings_b = greetings(a), greetings(b)
    pairs = [
        (x, y, id_)
        for said_a, said_b, id_ in (
            (greetings_a, greetings_b, ID),
            (wishes(a), wishes(b), WISH_ID),
        )
        for x, y in _paired(said_a, said_b)
    ]
    alone = lone and a.language in LONE
    lone_a = _lone(greetings_a, pairs, 0) if alone and _unwished(b, greetings_b) else []
    lone_b = _lone(greetings_b, pairs, 1) if alone and _unwished(a, greetings_a) else []
    if not pairs and not lone_a and not lone_b:  # most pairs of readouts greet never
        return formulas
    told_a, told_b = _Told(formulas, "a_spans"), _Told(formulas, "b_spans")
    made: list[Formula] = []
    for x, y, id_ in pairs:
        if told_a.said(x.span) or told_b.said(y.span):
            continue
        told_a.made.append(x.span)
        told_b.made.append(y.span)
        made.append(_entry(a, b, x, y, id_))
    made.extend(_alone(lone_a, a, told_a, dropped=True))
    made.extend(_alone(lone_b, b, told_b, dropped=False))
    if not made:
        return formulas
    kept: list[Formula] = []
    for f in formulas:
        if f.status is FormulaStatus.DROPPED and (in_a := _first(f.a_spans, told_a.made)):
            kept.extend(_rest(f, a, in_a, dropped=True))
        elif f.status is FormulaStatus.APPEARED and (in_b := _first(f.b_spans, told_b.made)):
            kept.extend(_rest(f, b, in_b, dropped=False))
        else:
            kept.append(f)
    return [*kept, *made]


def _lone(
    said: list[Greeting], pairs: Sequence[tuple[Greeting, Greeting, str]], side: int
) -> list[Greeting]:
    """The greetings of ``said`` in no pair (``side`` 0: A's, 1: B's)."""
    paired = {(pair[0] if side == 0 else pair[1]).span for pair in pairs}
    return [g for g in said if g.span not in paired]


def _repeated(greeting: Greeting, later: list[Greeting]) -> bool:
    """Whether a later greeting of the same readout says ``greeting`` again: the words of one's
    occasion all in the other's (a lead sentence greeting, the body again: "on the 100th
    anniversary of the founding of the Communist Party of China (CPC)" / "… of the CPC").
    Convention (e) lists one greeting, in the body's wording."""
    said = set(greeting.occasion)
    return any(said <= set(g.occasion) or set(g.occasion) <= said for g in later)


def _unwished(readout: Readout, said: list[Greeting]) -> bool:
    """Whether ``readout`` says no Chinese wish: no 祝 (but 庆祝, "celebrate") past its title
    line outside the greetings it was read for (``said``). A wish ("祝中国人民马年吉祥") is a greeting's other
    half (convention (a)) that no reader reads in Chinese, so a greeting of the other readout
    is not known to be lone; always True in another language."""
    if readout.language != "zh":
        return True
    start = _title_end(readout)
    spans = [g.span for g in said]
    at = readout.text.find(_ZH_WISH, start)
    while at >= 0:
        celebrated = readout.text[at - 1 : at] == "庆"  # 庆祝, a celebration told
        if not celebrated and not any(s.start <= at < s.end for s in spans):
            return False
        at = readout.text.find(_ZH_WISH, at + 1)
    return True


def _title_end(readout: Readout) -> int:
    """Where ``readout``'s title line ends when its first sentence is the title, else 0."""
    title = readout.title.strip() if readout.title else None
    sentences = readout.sentences
    if title is not None and sentences and sentences[0].text.strip() == title:
        return sentences[0].span.end
    return 0


def _alone(lone: list[Greeting], readout: Readout, told: _Told, *, dropped: bool) -> list[Formula]:
    """Each greeting of ``lone`` (said in one readout only, convention (e)) as a *dropped* (or
    *appeared*) entry, when no entry says it already (the entries of both sides, and the
    one-sided ones of its side: a lone point that holds it) and no later one says it again."""
    made: list[Formula] = []
    for i, g in enumerate(lone):
        if told.said(g.span) or overlaps(g.span, told.one_sided) or _repeated(g, lone[i + 1 :]):
            continue
        wording = readout.text[g.span.start : g.span.end]
        status = FormulaStatus.DROPPED if dropped else FormulaStatus.APPEARED
        made.append(
            Formula(status=status, id=ID, source=FormulaSource.MINED,
                    a_text=wording if dropped else None, b_text=None if dropped else wording,
                    a_spans=(g.span,) if dropped else (), b_spans=() if dropped else (g.span,))
        )  # fmt: skip
    return made


class _Told:
    """Where the entries of both sides stand on one side, to ask whether a greeting is said
    in one already (:func:`greetings_paired`), and the greetings paired since."""

    def __init__(self, formulas: Sequence[Formula], side: str) -> None:
        spans = sorted(
            (s.start, s.end) for f in formulas if f.a_spans and f.b_spans for s in getattr(f, side)
        )
        self.starts = [start for start, _ in spans]
        self.reach = list(accumulate((end for _, end in spans), max))
        self.made: list[Span] = []
        self.one_sided = [
            s for f in formulas if bool(f.a_spans) != bool(f.b_spans) for s in getattr(f, side)
        ]

    def said(self, span: Span) -> bool:
        """Whether an entry of both sides, or a greeting paired, shares a character with
        ``span``."""
        before = bisect_left(self.starts, span.end)  # the spans that start before it ends
        return bool(before and self.reach[before - 1] > span.start) or overlaps(span, self.made)


def _first(spans: Sequence[Span], greetings_: Sequence[Span]) -> Span | None:
    """The first of ``greetings_`` that shares a character with one of ``spans``."""
    return next((g for g in greetings_ if overlaps(g, spans)), None)


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


def _paired(said_a: list[Greeting], said_b: list[Greeting]) -> list[tuple[Greeting, Greeting]]:
    """The greetings of A and B paired: those of one kind (both one leader's, or both mutual)
    first, then the rest in reading order; each greeting in one pair at most."""
    pairs: list[tuple[Greeting, Greeting]] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    for same_kind in (True, False):
        for i, x in enumerate(said_a):
            if i in used_a:
                continue
            j = next(
                (
                    j
                    for j, y in enumerate(said_b)
                    if j not in used_b and (not same_kind or x.kind == y.kind)
                ),
                None,
            )
            if j is not None:
                used_a.add(i)
                used_b.add(j)
                pairs.append((x, said_b[j]))
    return pairs


_EDGE = re.compile(r"^[\s,;:–—-]*(?:(?:и|а|and)\s+)?|[\s,;:–—-]+$")
_WORDS = re.compile(r"\w+")


_ANY = re.compile(r".*")
_VERB = {
    "ru": re.compile(rf"(?i:{ru.CLAUSE_HEAD}|[а-яё]{{2,}}(?:[аиуя]в|вши|вшись))"),
    "en": re.compile(r"(?i:\w+(?:ing|ed))"),
}
"""The first word of what a one-sided entry says past a paired greeting, for it to stay: a
verb that opens a point of its own ("пожелав ему благополучия …", "reaffirming …")."""


def _rest(f: Formula, readout: Readout, greeting: Span, *, dropped: bool) -> list[Formula]:
    """What one-sided entry ``f`` says after ``greeting``, as an entry of its own; [] when
    that is fewer than ``REST`` words."""
    spans = f.a_spans if dropped else f.b_spans
    end = max(s.end for s in spans)
    if end <= greeting.end:
        return []
    text = readout.text[greeting.end : end]
    lead = _EDGE.match(text)
    start = greeting.end + (lead.end() if lead else 0)
    trail = re.search(r"[\s,;:–—-]+$", readout.text[start:end])
    stop = start + trail.start() if trail else end
    wording = readout.text[start:stop]
    told = _WORDS.findall(wording)
    if len(told) < REST or not _VERB.get(readout.language, _ANY).fullmatch(told[0]):
        return []  # a modifier of the occasion ("…, состоявшихся в нашей стране накануне")
    span = lined(readout.text, Span(start=start, end=stop, line=0))
    if dropped:
        return [Formula(status=f.status, id=f.id, a_text=wording, b_text=None, a_spans=(span,))]
    return [Formula(status=f.status, id=f.id, a_text=None, b_text=wording, b_spans=(span,))]


def _entry(a: Readout, b: Readout, x: Greeting, y: Greeting, id_: str) -> Formula:
    """The entry of two greetings paired: *persisted* on the same occasion, else *changed*."""
    a_text, b_text = a.text[x.span.start : x.span.end], b.text[y.span.start : y.span.end]
    same = bool(x.occasion) and x.occasion == y.occasion
    return Formula(
        status=FormulaStatus.PERSISTED if same else FormulaStatus.CHANGED,
        id=id_,
        source=FormulaSource.MINED,
        a_text=a_text,
        b_text=b_text,
        a_spans=(x.span,),
        b_spans=(y.span,),
        variant=same and a_text != b_text,
    )


def _sentences(readout: Readout, found: re.Pattern[str]) -> list[tuple[int, str]]:
    """The offset and text of each sentence holding a match of ``found``, past the readout's
    title line (a headline retells). The whole text is searched once: most readouts greet once
    or never, and a sentence is read alone only where a match stands."""
    places = _places(readout.text, found)
    if not places or len(places) > MOST:
        return []
    sentences = readout.sentences
    starts = [s.span.start for s in sentences]
    at = sorted({bisect_right(starts, i) - 1 for i in places})
    told = [(sentences[i].span.start, sentences[i].text) for i in at if i >= 0]
    title = readout.title.strip() if readout.title else None
    if at and at[0] == 0 and title is not None and sentences[0].text.strip() == title:
        return told[1:]
    return told


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
            line += _line_ends(readout.text, counted, offset + start)
            counted = offset + start
            span = Span(start=offset + start, end=offset + end, line=line)
            said.append(Greeting(span, kind_of(wording), occasion))
    return said


def _line_ends(text: str, start: int, end: int) -> int:
    """The line ends of ``text[start:end]`` (``\\r\\n`` one), as
    :func:`~readoutdiff.formulas.entries.clause_heads.lined` counts them."""
    return (
        text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)
    )


# Russian -----------------------------------------------------------------------------------

_WORDS_OF: dict[re.Pattern[str], tuple[str, ...]] = {}
"""The words each reader's pattern finds (:func:`_places`), by the pattern."""


def _words_of(words: tuple[str, ...], pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled, the ``words`` it finds kept for :func:`_places`."""
    found = re.compile(pattern, flags)
    _WORDS_OF[found] = words
    return found


_RU_FOUND = _words_of(ru.GREETING, rf"(?<![\w-])(?:{'|'.join(ru.GREETING)})\w*", re.IGNORECASE)
_RU_WORD = re.compile(r"\w+(?:-\w+)*")
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
    before = list(_RU_WORD.finditer(text, _clause_start(text, m.start(), _RU_MARKS), m.start()))
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
    occasion = tuple(ru.stem(w.group().lower()) for w in _RU_WORD.finditer(text, said.end(), end))
    return (start, end, occasion) if occasion else None


_RU_WISHED = _words_of(ru.WISH, rf"(?<![\w-])(?:{'|'.join(ru.WISH)})\w*", re.IGNORECASE)
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
    words = tuple(ru.stem(w.group().lower()) for w in _RU_WORD.finditer(text, m.end(), end))
    return (start, end, words) if len(words) >= 2 else None


# English -----------------------------------------------------------------------------------

_EN_FOUND = _words_of(en.GREETING, rf"\b(?:{'|'.join(en.GREETING)})\w*", re.IGNORECASE)
_EN_MARKS = ",;:!?\n"
_EN_END = re.compile(
    r"[,;:!?\n]|(?<!\b[A-Z])\.(?=\s|$)|\s+and\s+(?=to\s|\w+ed\b|said\b|told\b|spoke\b)"
)
"""Where an English greeting ends: a clause mark, a full stop but one after a lone capital
(an abbreviation: "on its selection of a U.S. technology partner"), or "and" before a second
verb ("… on her recent election | and reaffirmed …", "… and to welcome …", "… and said he
hoped …")."""
_EN_THANKS = re.compile(r"\bthank", re.IGNORECASE)
"""A thanks for a greeting ("thanked him for his congratulations")."""
_EN_TAKEN = re.compile(r"\b(?:for|in|of)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
"""A greeting noun governed by a preposition is no greeting given ("kind words of
congratulations", "sent in congratulations for")."""
_EN_GIVING = re.compile(r"(?:\w+ed|offer|express|extend|convey|send)\s+(?:\w+\s+)?$")
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
    occasion = tuple(w.lower() for w in _WORDS.findall(text[said.end() : end]))
    return (start, end, occasion) if occasion else None


# Chinese -----------------------------------------------------------------------------------

_ZH_FOUND = _words_of(zh.GREETING, "|".join(zh.GREETING))
_ZH_MARKS = "".join(sorted(zh.CLAUSE_MARKS))
_ZH_MARK = re.compile(f"[{re.escape(_ZH_MARKS)}]")
_ZH_WISH = "祝"
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
    word names one (:data:`~readoutdiff.formulas.entries.lone_heads.PERSONS`, a leader's noun,
    a name: "пожелал ему …", "пожелал главе Азербайджана …"), else "people" when it says a people
    ("пожелав народам двух стран …"), else "leader"."""
    words = _RU_WORD.findall(wording)
    at = next((i for i, w in enumerate(words) if w.lower().startswith(ru.WISH)), 0)
    for w in words[at + 1 : at + 3]:
        if w.lower() in PERSONS or w.lower().startswith(PERSON_NOUNS) or w[:1].isupper():
            return "leader"
    return "people" if any(w.lower().startswith(PEOPLE) for w in words) else "leader"


_READERS = {
    "ru": _reader(_RU_FOUND, _russian, ru.GREETING_MUTUAL),
    "en": _reader(_EN_FOUND, _english, en.GREETING_MUTUAL),
    "zh": _reader(_ZH_FOUND, _chinese, zh.GREETING_MUTUAL),
}
