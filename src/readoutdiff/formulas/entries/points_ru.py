"""Where a point of a Russian readout runs, from the word that opens it
(:mod:`readoutdiff.formulas.entries.point_heads_ru`): to the next head, a clause mark other than a
comma (; : . ! ?), or a comma before a word that opens a clause
(:data:`readoutdiff.languages.ru.CLAUSE_OPENERS`) or before an adverbial participle; a comma alone
parts the members of a list. :func:`points` reads every point of a readout by its head's stem,
:func:`point_end` where one ends, :func:`scaffolding` whether it is the readout's scaffolding.
Read by the rules of Russian points (:mod:`~readoutdiff.formulas.entries.kept_heads`,
:mod:`~readoutdiff.formulas.entries.lone_heads`, :mod:`~readoutdiff.formulas.entries.reworded_tails`,
:mod:`~readoutdiff.formulas.entries.assessed_ru`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from readoutdiff.formulas.entries.clauses import openers_pattern
from readoutdiff.formulas.entries.point_heads_ru import (
    ABOUT_WHICH,
    PREPOSITIONS,
    SUBJECTS,
    Word,
    future,
    gerund,
    heads,
    relative_head,
    relative_past,
    stem,
)
from readoutdiff.languages import ru
from readoutdiff.languages.segment import inside, quoted_spans
from readoutdiff.model import Readout

LONGEST = 25
"""Words a point may run after its head."""
_ENDS = frozenset(";:.!?…")
_QUOTED_SAID = re.compile(r"(?:[»”“\"]\s*,|[!?…]\s*[»”“\"])\s*[-\u2013\u2014]")
"""A quotation closed, then a comma and a dash: the narrator's words after a quoted readout
("… двухстороннего сотрудничества», - отмечается в сообщении", "…», - цитирует президента
пресс-служба"), which no point runs into (branch ru5). Russian sets the comma before the dash of
the narrator's words unless the quotation ends on "!", "?" or "…" ("…!» — заявил"); a dash
after a quoted name with no comma is a copula («…» — это …), which goes on with the point. The
quotation closes with », ”, “ (of „…“) or " (branch fix1: ru5 read any close before a dash,
and missed „…“)."""


def points(readout: Readout, *, said_that: bool = False) -> dict[str, list[tuple[Word, ...]]]:
    """Every point of ``readout`` by its head's stem; with ``said_that``, a head that says
    at most one word of its own before ", что" ("отметил, что …", "выразил уверенность в том, что …")
    runs on over the clause "что" opens, its object, unless a head of its own opens that clause
    ("отметил, что сторона восприняла …": that head is the point; past a comma, what is said
    runs to the comma and the head's point opens there, on its subject: "отметил, что, несмотря
    на пандемию, сотрудничество … развивается | , объем взаимной торговли … составил …", branch
    ru19), and a clause ", а также …"
    that no head opens after a point is a point of the same head (:func:`_also`)."""
    by_head: dict[str, list[tuple[Word, ...]]] = defaultdict(list)
    for sentence in readout.sentences:
        text, offset = sentence.text, sentence.span.start
        found = [
            Word(m.start() + offset, m.end() + offset, m.group(), stem(m.group().lower()))
            for m in ru.WORD.finditer(text)
        ]
        subjects: dict[int, int] = {}  # a head inside what is said: where its subject opens
        for at, word in enumerate(found):
            if heads(found, at) or gerund(readout.text, found, at):
                point = _point(readout.text, found, at, said_that=said_that, subjects=subjects)
                if at in subjects:  # ", объем взаимной торговли … | составил …"
                    point = (*found[subjects[at] : at], *point)
                if (
                    at > 1
                    and found[at - 1].text.lower() not in SUBJECTS | ABOUT_WHICH
                    and relative_head(found, at)
                ):  # quoted from its adverb: "которое | активно развивается"
                    point = (found[at - 1], *point)
                if not scaffolding(point, ends=point[-1] is found[-1]):
                    head = found[at + 1].stem if future(found, at) else word.stem
                    by_head[head].append(point)
                    if said_that:  # the head's second object, after ", а также"
                        also = _also(readout.text, found, at + len(point), start=at)
                        if also and not scaffolding(also, ends=also[-1] is found[-1]):
                            by_head[head].append(also)
    return by_head


def _also(text: str, found: Sequence[Word], end: int, *, start: int = 0) -> tuple[Word, ...]:
    """The clause after ", а также", ", включая" or ", в том числе" (:data:`ALSO`) at
    ``found[end]`` when no head opens it ("обсудили …, а также итоги недавней встречи"): a second
    object of the head before, from the opener's last word ("также", "включая", "числе": no
    content of its own) on; () otherwise, and when a function word follows "также" (a member of
    the list before: "в торгово-экономической …, а также в сфере безопасности"). After "в том
    числе" a preposition is the part it names repeating the case of the whole ("сотрудничества,
    в том числе в таких сферах, как торговля, инвестиции и энергетика"): a second object too."""
    if end >= len(found) or "," not in text[found[end - 1].end : found[end].start]:
        return ()
    said = tuple(w.text.lower() for w in found[end : end + 3])
    opener = next((o for o in ALSO if said[: len(o)] == o), None)
    if opener is None or end + len(opener) >= len(found):
        return ()
    last = end + len(opener) - 1  # the opener's last word, told as the point's head
    if heads(found, last + 1):
        return ()  # a head's own point
    if (
        found[last + 1].stem in ru.FUNCTION_STEMS
        and opener not in PART_OF
        and not _another_object(found[start:end], found[last + 1])
    ):
        return ()  # a member of a list ("…, а также в сфере …")
    return tuple(found[last : point_end(text, found, last)])


def _another_object(point: Sequence[Word], after: Word) -> bool:
    """Whether ``after``, a preposition after ", а также", is none the point before holds
    (from its head on): a second object of a verb further
    back ("поблагодарил … за то, что он посетил посольство … и выразил соболезнования …, а
    также за намерение оказать гуманитарную помощь Ирану"), not a member of that point's list,
    which repeats its preposition ("… в торгово-экономической …, а также в сфере …"; branch ru7
    of the thirty-seventh session)."""
    word = after.text.lower()
    return word in PREPOSITIONS and all(w.text.lower() != word for w in point)


ALSO = (("а", "также"), ("включая",), ("в", "том", "числе"))
"""The openers of a head's second object (:func:`_also`): ", а также итоги …", ", включая
практические шаги по углублению …" (branch ru10), ", в том числе в таких сферах, как …"
(branch ru12)."""
PART_OF = (("в", "том", "числе"),)
"""The openers of :data:`ALSO` that name a part of the object before, so may repeat its
preposition (:func:`_also`)."""
ALSO_LAST = frozenset(opener[-1] for opener in ALSO)
"""The last words of the :data:`ALSO` openers, where a second object is told from: no word of
its wording ("также", "включая", "числе")."""


def _point(
    text: str,
    found: Sequence[Word],
    at: int,
    *,
    said_that: bool = False,
    subjects: dict[int, int] | None = None,
) -> tuple[Word, ...]:
    """The words of the point ``found[at]`` opens (see the module's docstring and
    :func:`points`); a head further on that what is said runs into, after a comma, gets the
    words from that comma in ``subjects`` (its subject, told with it)."""
    end = point_end(text, found, at)
    if said_that and _says_that(text, found, at, end):
        after = point_end(text, found, end)
        if after == len(found) or not heads(found, after) or future(found, after):
            end = after  # what is said, up to a second point of its own ("и будут служить")
        elif _pointing(found, at, end):
            end = point_end(text, found, after)  # "о том, что наступило время": its verb too
        elif comma := _last_comma(text, found, end + 1, after):
            end = comma  # a clause of what is said, then a head with its subject
            if subjects is not None:
                subjects[after] = comma
    return tuple(found[at:end])


def _last_comma(text: str, found: Sequence[Word], start: int, head: int) -> int:
    """Where the last clause of what is said before the head ``found[head]`` opens, after a
    comma past ``found[start]`` ("отметил, что, несмотря на пандемию …, сотрудничество …
    успешно развивается |, объем взаимной торговли … составил": what is said up to the
    comma is the point of "отметил"); 0 when no comma parts them ("отметил, что сторона
    восприняла …": the head is the point, branch ru19)."""
    return next(
        (i for i in range(head - 1, start, -1) if "," in text[found[i - 1].end : found[i].start]),
        0,
    )


def point_end(text: str, found: Sequence[Word], at: int) -> int:
    """Where the clause ``found[at]`` opens ends: a clause mark other than a comma, a head, a
    comma before a clause opener, an adverbial participle (:func:`gerund`) or an attribution
    (:func:`readoutdiff.languages.ru.attribution`), a quotation's close before a dash
    (:data:`_QUOTED_SAID`), or ``LONGEST`` words. A mark inside a «…» or “…” that the sentence closes («ИННОПРОМ. Центральная Азия»:
    :func:`readoutdiff.languages.segment.quoted_spans`) ends nothing."""
    end = at + 1
    quoted: list[tuple[int, int]] | None = None  # read at the first clause mark, if any
    while end < len(found) and end - at <= LONGEST:
        gap = text[found[end - 1].end : found[end].start]
        if _QUOTED_SAID.search(gap):  # "…сотрудничества», - отмечается в сообщении"
            break
        if _ENDS & set(gap) and not _in_name(text, gap, found[end]):
            if quoted is None:
                quoted = quoted_spans(text, found[0].start, found[-1].end + 1)
            if not inside(quoted, found[end - 1].end, found[end].start):
                break
        if heads(found, end):
            break
        if gerund(text, found, end):  # "…, | отметив …": a point of its own
            break
        if (
            "," in gap
            and not relative_past(found, end + 1)  # "переговоры, которые внесли …": its noun's
            and (
                _opens(text, found[end].start)
                or _relative(text, found, end)
                or ru.attribution(found, end)
            )
        ):
            break
        end += 1
    return end


def _in_name(text: str, gap: str, after: Word) -> bool:
    """Whether ``gap``, a full stop between two letters, is inside a name (an outlet's
    domain: "передает NUR.KZ со ссылкой на Акорду", "Kun.uz", "Vecher.kz"): no end of a point
    (branch ru14). Not before a capitalised Cyrillic word: that is a sentence the source ran
    on without a space ("… на благо братского народа Турции.Президент Турецкой Республики
    поблагодарил …", branch lng1); a domain's last part is Latin. After one letter the full
    stop is an initial's (or "г."), as the Kremlin writes them, no space after: "имени
    А.В.Щусева Наталья Шашкова", "В.Путин" (branch rev17: read as a run-on, the point ended at
    "имени А")."""
    if gap != "." or not (text[after.start - 2].isalpha() and after.text[0].isalpha()):
        return False
    initial = after.start < 3 or not text[after.start - 3].isalnum()
    return initial or not (after.text.istitle() and not after.text.isascii())


_RELATIVE = re.compile(r"котор(?:ый|ая|ое|ые|ого|ой|ому|ую|ом|ым|ыми|ых)$")
"""Every case and gender of the relative который (ё read as е by the caller's lower())."""


def _relative(text: str, found: Sequence[Word], at: int) -> bool:
    """Whether a relative clause whose "который" comes one or two words late starts at
    ``found[at]`` (", проведение которой запланировано на 21 июля", ", в ходе которого
    обсуждены"): those words are its own, not the last of the point before the comma."""
    for late in (at + 1, at + 2):
        if late >= len(found) or set(text[found[late - 1].end : found[late].start]) - {" "}:
            return False
        if _RELATIVE.match(found[late].text.lower()):
            return True
    return False


POINTING = frozenset(("том", "тем", "тому"))
"""The pronoun that points to the clause after it ("выразил уверенность в том, что …"): no
content of the point."""


def _says_that(text: str, found: Sequence[Word], at: int, end: int) -> bool:
    """Whether the point ``found[at:end]`` says at most one content word of its own before
    ", что" (the frame of what is said: "выразил уверенность в том, что …"), or ends on a
    preposition and the pronoun that points to the clause after (:func:`_pointing`)."""
    if end == len(found) or found[end].text.lower() not in ("что", "чтобы"):
        return False
    if "," not in text[found[end - 1].end : found[end].start]:
        return False
    if _pointing(found, at, end):
        return True
    return found[end].text.lower() == "что" and (
        sum(w.content and w.text not in POINTING for w in found[at + 1 : end]) <= 1
    )


def _pointing(found: Sequence[Word], at: int, end: int) -> bool:
    """Whether the point ``found[at:end]`` ends on a preposition and "том" / "тем" / "тому"
    (:data:`POINTING`), or on "тому" alone (:data:`GOVERNED`), before ", что" or ", чтобы": the pronoun stands for the clause after,
    which is what the point says, however long the point is before it ("Президент России
    также поддержал один из основных тезисов главы американского государства о том, что
    наступило время, чтобы наши страны работали вместе", kremlin.ru news/76259; branch ru9 of
    the thirty-eighth session: the point ended on "о том")."""
    last = found[end - 1].text.lower()
    if last == GOVERNED and end - at > 1:  # "способствовали тому, что …"
        return True
    return end - at > 2 and last in POINTING and found[end - 2].text.lower() in PREPOSITIONS


GOVERNED = "тому"
"""The pointing pronoun in the dative, which a verb or a noun governs without a preposition
(:func:`_pointing`): "способствовали тому, что с 2020 по 2024 год рост населения у нас
составил …", "способствовала тому, чтобы бизнес шёл именно сюда", "соответствуют тому, что
спрашивают на экзамене", "дать оценку тому, что происходило …" (kremlin.ru news/76738,
76474, 76222, 76832; branch ru10 of the thirty-ninth session: ru9 left them ending on the
pronoun). No noun has the form; "тем" and "том" do ("различных тем"), and stay read after a
preposition only."""


def _opens(text: str, at: int) -> bool:
    """Whether a clause opener starts at ``at`` ("а также", "что", "который" …)."""
    return bool(openers_pattern(ru.CLAUSE_OPENERS).match(text, at))


POSSESSIVES = frozenset(
    """свой своя свое своё свои своего своей своему своим своими своих свою своем своём
    наш наша наше наши нашего нашей нашему нашим нашими наших нашу нашем их""".split()
)
"""The possessive pronouns, which may stand inside a phrase of the scaffolding and say nothing
of it: "главы двух государств представили членов своих делегаций" is "членов делегаций"
(:data:`readoutdiff.languages.ru.BOILERPLATE`; branch ru9 of the thirty-eighth session,
eval/noise's putin-haitham, tuning)."""


def scaffolding(point: tuple[Word, ...], *, ends: bool) -> bool:
    """Whether the point holds the readout's scaffolding ("Состоялся телефонный разговор",
    read past a possessive pronoun: :data:`POSSESSIVES`), or
    is an attribution line ("сообщили в пресс-службе казахстанского лидера":
    :func:`readoutdiff.languages.ru.attribution`); ``ends``: whether the point's last word is
    its sentence's (a capitalised name there may be the source, ", сообщает Акорда.", not
    where the point ends before the sentence does: "сообщил Путину, что …", branch fix1)."""
    if point and ru.attribution(point, 0, ends=ends):  # "Об этом | сообщили в пресс-службе …"
        return True
    stems = tuple(w.stem for w in point if w.text.lower() not in POSSESSIVES)
    return any(
        stems[i : i + len(phrase)] == phrase
        for phrase in ru.BOILERPLATE
        for i in range(len(stems) - len(phrase) + 1)
    )
