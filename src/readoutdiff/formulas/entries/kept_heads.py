"""A Russian point whose opening verb both readouts keep while its object is reworded: *changed*.

A Kremlin readout states each point as a clause opened by its verb, a past tense or a short
passive participle (:data:`readoutdiff.languages.ru.CLAUSE_HEAD`): "Подтверждён настрой на
дальнейшее поступательное развитие российско-саудовского сотрудничества" -> "подтверждён
настрой на его дальнейшее развитие в дружественном и конструктивном ключе". No formula need
stand in such a point (the Kremlin's stock is said in a few readouts each, so neither the
lexicon nor the mining knows it), and the two sentences are often too different to be aligned;
an analyst still lists it as one *changed* event, by the verb and what it governs.

Here a head (the verb's Snowball stem) that opens exactly one point on each side, whose two
points share at least ``SHARED`` lower-case content words after it, and a third (``SHARE``) of
the shorter point's, and each say a content word the other does not, is one *changed* entry. A point runs from its head to the next head, a
clause mark other than a comma (; : . ! ?), or a comma before a word that opens a clause
(:data:`readoutdiff.languages.ru.CLAUSE_OPENERS`: "…, а также выразил …") or before an
adverbial participle, which opens a point of its own (:func:`gerund`: "…, отметив …"); a comma alone
parts the members of a list ("Наследного принца, руководство и народ"). Each wording runs from
the head through the last shared lower-case word and the content words that follow it without
a break (its genitives and names: "… и народ Королевства" | "с предстоящим праздником"): the
point as an analyst quotes it, not the occasion or the qualifiers one side added. A point that
overlaps an entry already reported is that entry's story and is left alone; so is a point of
the readout's scaffolding (:data:`readoutdiff.languages.ru.BOILERPLATE`).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("Подтверждён настрой на дальнейшее поступательное развитие российско-саудовского "
...               "сотрудничества, в том числе в таких сферах, как торговля и энергетика.")
>>> b = from_text("С обеих сторон подтверждён настрой на его дальнейшее развитие в дружественном "
...               "и конструктивном ключе.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]  # doctest: +NORMALIZE_WHITESPACE
[('changed', 'Подтверждён настрой на дальнейшее поступательное развитие российско-саудовского сотрудничества',
  'подтверждён настрой на его дальнейшее развитие')]
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from readoutdiff.formulas.entries.clause_heads import lined
from readoutdiff.formulas.entries.clauses import openers_pattern
from readoutdiff.formulas.entries.point_heads_ru import (
    ABOUT_WHICH,
    SUBJECTS,
    Word,
    family,
    future,
    gerund,
    heads,
    relative_head,
    stem,
)
from readoutdiff.formulas.entries.point_heads_ru import (
    WORD as WORD,  # a word of a readout, read here by the rules of Russian points
)
from readoutdiff.formulas.words.spans import overlaps
from readoutdiff.languages import ru
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Readout, Span

SHARED = 2
"""Lower-case content words two points must share after their head to be one point reworded
(one shared word, "российско-американских", links "выразил признательность за …" with
"выразил готовность … способствовать нормализации российско-американских отношений")."""
SHARE = 1 / 3
"""And at least this share of the shorter point's content words: two points of one verb that
share two words of two long lists ("Отмечены … совместных проектов … промышленной кооперации"
/ "Отмечено … совместно с российской стороной … промышленной выставки") are two points."""
LONGEST = 25
"""Words a point may run after its head."""
_ENDS = frozenset(";:.!?…")
ID = "/point"
"""The id suffix of these entries, after the head's stem ("mined:подтвержд/point")."""


def kept_heads(formulas: Sequence[Formula], a: Readout, b: Readout) -> list[Formula]:
    """``formulas`` and one *changed* entry for each point whose head both sides keep while
    its words change (see the module's docstring); Russian readouts only."""
    points_a, points_b = points(a), points(b)
    taken_a = [s for f in formulas for s in f.a_spans]
    taken_b = [s for f in formulas for s in f.b_spans]
    found = list(formulas)
    for head in sorted(points_a.keys() & points_b.keys()):
        if len(points_a[head]) != 1 or len(points_b[head]) != 1:
            continue
        wordings = reworded(points_a[head][0], points_b[head][0])
        if wordings is None:
            continue
        span_a, span_b = span_of(a, wordings[0]), span_of(b, wordings[1])
        if overlaps(span_a, taken_a) or overlaps(span_b, taken_b):
            continue
        found.append(changed_entry(a, b, (span_a, span_b), f"mined:{head}{ID}"))
    return found


def changed_entry(a: Readout, b: Readout, spans: tuple[Span, Span], id_: str) -> Formula:
    """The *changed* entry of a point said at ``spans`` (A's, B's)."""
    span_a, span_b = spans
    return Formula(
        status=FormulaStatus.CHANGED,
        id=id_,
        source=FormulaSource.MINED,
        a_text=a.text[span_a.start : span_a.end],
        b_text=b.text[span_b.start : span_b.end],
        a_spans=(span_a,),
        b_spans=(span_b,),
    )


def reworded(
    a: tuple[Word, ...], b: tuple[Word, ...]
) -> tuple[tuple[Word, ...], tuple[Word, ...]] | None:
    """The two wordings of one point reworded, or None (too little shared, or nothing new).
    Words are compared by their family (:func:`readoutdiff.languages.ru.family`: "динамичное
    развитие" / "высокую динамику"), and two different heads count among the words shared when
    they are of one family ("было отмечено" / "отметил") or one says the other's head as a noun
    ("обменялись … добрыми пожеланиями благополучия" / "пожелал здоровья и благополучия"; branch
    ru14)."""
    said_a = {family(w.stem) for w in a[1:] if w.content}
    said_b = {family(w.stem) for w in b[1:] if w.content}
    shared = said_a & said_b
    told = shared
    if a[0].stem != b[0].stem:  # two heads: each also as a word the other point may say
        told = (said_a | {family(a[0].stem)}) & (said_b | {family(b[0].stem)})
    if len(told) < max(SHARED, min(len(said_a), len(said_b)) * SHARE):
        return None
    if not said_a - said_b or not said_b - said_a:
        return None
    cut_a, cut_b = _through(a, shared), _through(b, shared)
    if [w.stem for w in cut_a] == [w.stem for w in cut_b]:
        return None
    return cut_a, cut_b


def _through(point: tuple[Word, ...], shared: set[str]) -> tuple[Word, ...]:
    """``point`` from its head through its last shared word and the content words right after
    it (no function word between: its genitives, "народ Королевства", and names)."""
    last = max(
        (i for i, w in enumerate(point) if i and w.content and family(w.stem) in shared), default=0
    )
    while last + 1 < len(point) and point[last + 1].stem not in ru.FUNCTION_STEMS:
        last += 1
    return point[: last + 1]


def span_of(readout: Readout, words: tuple[Word, ...]) -> Span:
    return lined(readout.text, Span(start=words[0].start, end=words[-1].end, line=0))


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
            for m in WORD.finditer(text)
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
                if not scaffolding(point):
                    head = found[at + 1].stem if future(found, at) else word.stem
                    by_head[head].append(point)
                    if said_that:  # the head's second object, after ", а также"
                        also = _also(readout.text, found, at + len(point))
                        if also and not scaffolding(also):
                            by_head[head].append(also)
    return by_head


def _also(text: str, found: Sequence[Word], end: int) -> tuple[Word, ...]:
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
    if found[last + 1].stem in ru.FUNCTION_STEMS and opener not in PART_OF:
        return ()  # a member of a list ("…, а также в сфере …")
    return tuple(found[last : point_end(text, found, last)])


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
    comma before a clause opener or an adverbial participle (:func:`gerund`), or ``LONGEST``
    words."""
    end = at + 1
    while end < len(found) and end - at <= LONGEST:
        gap = text[found[end - 1].end : found[end].start]
        if (_ENDS & set(gap) and not _in_name(text, gap, found[end])) or heads(found, end):
            break
        if gerund(text, found, end):  # "…, | отметив …": a point of its own
            break
        if "," in gap and (
            _opens(text, found[end].start)
            or _relative(text, found, end)
            or ru.attribution(found, end)
        ):
            break
        end += 1
    return end


def _in_name(text: str, gap: str, after: Word) -> bool:
    """Whether ``gap``, a full stop between two letters, is inside a name (an outlet's
    domain: "передает NUR.KZ со ссылкой на Акорду", "Kun.uz", "Vecher.kz"): no end of a point
    (branch ru14)."""
    return gap == "." and text[after.start - 2].isalpha() and after.text[0].isalpha()


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
    ", что" (the frame of what is said: "выразил уверенность в том, что …")."""
    if end == len(found) or found[end].text.lower() != "что":
        return False
    if "," not in text[found[end - 1].end : found[end].start]:
        return False
    return sum(w.content and w.text not in POINTING for w in found[at + 1 : end]) <= 1


def _opens(text: str, at: int) -> bool:
    """Whether a clause opener starts at ``at`` ("а также", "что", "который" …)."""
    return bool(openers_pattern(ru.CLAUSE_OPENERS).match(text, at))


def scaffolding(point: tuple[Word, ...]) -> bool:
    """Whether the point holds the readout's scaffolding ("Состоялся телефонный разговор"), or
    is an attribution line ("сообщили в пресс-службе казахстанского лидера":
    :func:`readoutdiff.languages.ru.attribution`)."""
    if point and ru.attribution(point, 0):  # "Об этом | сообщили в пресс-службе …"
        return True
    stems = tuple(w.stem for w in point)
    return any(
        stems[i : i + len(phrase)] == phrase
        for phrase in ru.BOILERPLATE
        for i in range(len(stems) - len(phrase) + 1)
    )
