"""A Russian point only one readout makes: *dropped* or *appeared*, read by its opening verb.

A readout in Russian, the Kremlin's or a Central Asian press service's, states each point as a
clause opened by its verb (:data:`readoutdiff.languages.ru.CLAUSE_HEAD`, read as in
:mod:`kept_heads`): "Обсуждена ситуация на кыргызско-таджикском участке государственной
границы", "выразил глубокие соболезнования родным и близким погибших", "тепло поздравил …
с днем рождения". Such points are said in a few readouts each, so neither the lexicon nor the
background nor the mining knows them, and an analyst lists every one that the other readout
does not make. Here a point of one readout that no entry tells yet (cut before the first word
an entry already reports), that holds at least ``CONTENT`` lower-case content words after its
head, of which at least ``NEW`` are not said anywhere in the other readout (by Snowball stem),
is one one-sided entry: *dropped* when A makes it, *appeared* when B does. A point the other
readout makes in its words is no lone point (a kept or changed one, read elsewhere); a point of
the readout's scaffolding (:data:`readoutdiff.languages.ru.BOILERPLATE`: the call, the press
service that reports it) is none. The wording runs from the head through the point's last word
that is no function word. What a point says after the last word an entry reports (its *tail*:
the occasion after "поздравил руководство и народ …", a second object after the first) is a
lone point too when the other readout says at most a quarter of its content words
(:func:`_tail`, branch ru10); so is a second member whose verb a dash stands for (", а народу
Казахстана – благополучия и процветания": :func:`_gapped`, branch ru20). Before the lone points are read, an assessment of the state of
the relations that each readout makes once, in other words ("отметили высокий уровень …
отношений" / "дали высокую оценку динамике развития отношений …"), is one *changed* point
(:mod:`assessed_ru`, branch ru18); after the lone points are paired by their words, a wish that
each readout makes once, to one addressee in other words ("пожелал ему огромных успехов" /
"выразили друг другу … пожелания здоровья …"), is one *changed* point (:mod:`wished_ru`, branch
ru23).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("Президенты обсудили перспективы развития двусторонних отношений.")
>>> b = from_text("Президенты обсудили перспективы развития двусторонних отношений. "
...               "Президент выразил глубокие соболезнования родным и близким погибших.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas if f.id.endswith("/lone")]
[('appeared', None, 'выразил глубокие соболезнования родным и близким погибших')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readoutdiff.formulas.entries.assessed_ru import assessed
from readoutdiff.formulas.entries.kept_heads import reworded, span_of
from readoutdiff.formulas.entries.paired_points_ru import Lone, Pair, changed
from readoutdiff.formulas.entries.point_heads_ru import Word, gerund, stem
from readoutdiff.formulas.entries.points_ru import ALSO_LAST, POINTING, points
from readoutdiff.formulas.entries.wished_ru import wished
from readoutdiff.formulas.words.spans import overlaps
from readoutdiff.languages import ru
from readoutdiff.languages.ru import WORD
from readoutdiff.model import Formula, FormulaStatus, Readout, Span
from readoutdiff.model.places import title_end

CONTENT = 2
"""Lower-case content words a lone point holds after its head ("отметил, что …" holds none:
the point is what follows, a clause of its own)."""
NEW = 0.5
"""The share of those words the other readout must not say anywhere: a point whose words the
other readout says is a point kept or reworded there."""
TAIL_NEW = 0.75
"""The share of a tail's content words (:func:`_tail`) the other readout must not say: a tail
that shares more is the rest of the entry's rewording ("подтверждён настрой на его дальнейшее
развитие | в дружественном и конструктивном ключе" against "… поступательное развитие …,
конструктивной … работе"; "отношений, | основанных на принципах дружбы, партнерства и
союзничества" against "отношений дружбы, добрососедства и стратегического партнерства"), which
an analyst lists with the entry, not as a point of its own."""
MEMBERS = 3
"""Members a list must have to be told member by member (two are often one thing said in two
words: "крепкого здоровья, благополучия и успехов")."""
ID = "/lone"
"""The id suffix of these entries, after the head's stem ("mined:выраз/lone")."""
_FRAMES = frozenset(("вопрос", "аспект", "тем", "проблем"))
"""Nouns of "the issues of …" (Snowball stems): cut before what they govern, a point says
nothing of its own."""
_JOINS = frozenset(("и", "а", "также"))
"""Conjunctions a tail (:func:`_tail`) may open on, left out of its wording."""
_MODIFIER = re.compile(r"(?:ого|его|ому|ему|ых|ым|им|ую|юю|ая|яя|ое|ее|ый)$")
"""Endings of an adjective or participle (not "-ий", "-ой", "-ей", nouns' too: "отношений")."""


def lone_heads(formulas: Sequence[Formula], a: Readout, b: Readout) -> list[Formula]:
    """``formulas`` and one *dropped* or *appeared* entry for each point only one readout
    makes (see the module's docstring); Russian readouts only."""
    found = assessed(list(formulas), a, b)
    taken_a = [s for f in found for s in f.a_spans]
    taken_b = [s for f in found for s in f.b_spans]
    changed_a = [s for f in found if f.status is FormulaStatus.CHANGED for s in f.a_spans]
    changed_b = [s for f in found if f.status is FormulaStatus.CHANGED for s in f.b_spans]
    lone_a = _lone_points(a, b, taken_a, changed_a)
    lone_b = _lone_points(b, a, taken_b, changed_b)
    for pair in _paired(lone_a, lone_b):
        found.append(changed(found, a, b, pair, ID))
    found.extend(wished(found, a, b, lone_a, lone_b))
    for readout, lone, status in (
        (a, lone_a, FormulaStatus.DROPPED),
        (b, lone_b, FormulaStatus.APPEARED),
    ):
        for head, told, _ in lone:
            found.extend(
                _one_sided(readout, words, status, f"mined:{head}{ID}")
                for words in _members(readout.text, told)
            )
    return found


def _one_sided(
    readout: Readout, words: tuple[Word, ...], status: FormulaStatus, id_: str
) -> Formula:
    """The *dropped* (A's) or *appeared* (B's) entry of ``words``."""
    span = span_of(readout, words)
    text = readout.text[span.start : span.end]
    if status is FormulaStatus.DROPPED:
        return Formula(status=status, id=id_, a_text=text, b_text=None, a_spans=(span,))
    return Formula(status=status, id=id_, a_text=None, b_text=text, b_spans=(span,))


def _members(text: str, words: tuple[Word, ...]) -> list[tuple[Word, ...]]:
    """A lone point whose object lists ``MEMBERS`` or more noun groups parted by commas, each of
    two words or more opened by a lower-case content word ("Отмечены существенный рост
    товарооборота, успешная реализация крупных совместных проектов …, продуктивные контакты
    между регионами"), as its members, the first told with the head: an analyst lists each;
    otherwise the point whole. A part opened by an adverbial participle (:func:`gerund`) or a
    wish (:func:`readoutdiff.languages.ru.wish_word`) is a clause, no noun group: "обменялись
    … поздравлениями …, пожелав народам двух стран благополучия, мира и процветания" is one
    point, not three members (branch lng1)."""
    cuts = [i for i in range(2, len(words)) if "," in text[words[i - 1].end : words[i].start]]
    if any(gerund(text, words, i) or ru.wish_word(words[i].text.lower()) for i in cuts):
        return [words]
    parts = [words[i:j] for i, j in zip([0, *cuts], [*cuts, len(words)], strict=True)]
    if len(parts) < MEMBERS:
        return [words]
    for part in (parts[0][1:], *parts[1:]):
        if len(part) < 2 or not part[0].content:
            return [words]
    return parts


def _lone_points(
    readout: Readout, other: Readout, taken: Sequence[Span], changed: Sequence[Span] = ()
) -> Lone:
    """The lone points of ``readout`` against ``other``, each by its head's stem: no title
    line, none said again in fewer words by another (see the module's docstring); ``changed``:
    the spans of the *changed* entries among ``taken`` (:func:`_attribute`)."""
    said, after = _said(other), title_end(readout)
    lone = [
        (head, words, point)
        for head, told in sorted(points(readout, said_that=True).items())
        for point in told
        if point[0].start >= after
        for words in (
            _lone(point, taken, said),
            _tail(point, taken, said, readout.text, changed),
            _gapped(readout, point, taken, said),
        )
        if words is not None
    ]
    return [
        (head, words, point)
        for head, words, point in lone
        if not any(_within(words, fuller) for _, fuller, _ in lone if fuller is not words)
    ]


def _paired(lone_a: Lone, lone_b: Lone) -> list[Pair]:
    """Pairs of lone points, one of each side, that are one point reworded (they share words
    as :func:`kept_heads` asks of two points of one head), taken out of ``lone_a`` and
    ``lone_b``; each point in one pair at most, the pairs that share most words first."""
    offers = []
    for i, (_, words_a, _) in enumerate(lone_a):
        for j, (_, words_b, _) in enumerate(lone_b):
            if reworded(words_a, words_b) is not None:
                offers.append((-len(_content(words_a) & _content(words_b)), i, j))
    pairs, used_a, used_b = [], set(), set()
    for _, i, j in sorted(offers):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((*lone_a[i], *lone_b[j]))
    lone_a[:] = [x for i, x in enumerate(lone_a) if i not in used_a]
    lone_b[:] = [x for j, x in enumerate(lone_b) if j not in used_b]
    return pairs


def _content(words: tuple[Word, ...]) -> set[str]:
    return {w.stem for w in words[1:] if w.content}


def _lone(
    point: tuple[Word, ...], taken: Sequence[Span], said: frozenset[str]
) -> tuple[Word, ...] | None:
    """The words of ``point`` as a lone point's wording, or None (see the module's docstring)."""
    end = next(
        (i for i, w in enumerate(point) if overlaps(Span(start=w.start, end=w.end, line=0), taken)),
        len(point),
    )
    words = point[:end]
    cut = end < len(point)  # inside a noun group, its modifiers go with the cut noun
    while words and (
        words[-1].stem in ru.FUNCTION_STEMS or cut and _MODIFIER.search(words[-1].text.lower())
    ):
        words = words[:-1]
    if cut and words and words[-1].stem in _FRAMES:
        return None  # "Обсуждены актуальные вопросы | укрепления …": the object is the entry
    content = [w.stem for w in words[1:] if w.content and w.text not in POINTING]
    if len(content) < CONTENT or _dated(words[1:]):
        return None
    if sum(stem not in said for stem in content) < NEW * len(content):
        return None
    if words[0].text.lower() in ALSO_LAST:  # a second object told from its first word,
        return words[1:]  # its preposition kept ("в том числе | в таких сферах, как …")
    while words[0].stem in ru.FUNCTION_STEMS:
        words = words[1:]
    return words


def _tail(
    point: tuple[Word, ...],
    taken: Sequence[Span],
    said: frozenset[str],
    text: str = "",
    changed: Sequence[Span] = (),
) -> tuple[Word, ...] | None:
    """What ``point`` says after the last word an entry already reports, as a lone point's
    wording, or None: "поздравил руководство и народ Саудовской Аравии | со священным для
    мусульман месяцем Рамадан", "для обеспечения стабильности глобального нефтяного рынка |,
    сохранения баланса между спросом и предложением …" (the entry tells the head and its first
    object; the occasion or the second object is a point of its own). It holds ``CONTENT``
    content words or more, ``NEW`` of them said nowhere in the other readout, and opens on its
    first word (the preposition kept: "с предстоящим праздником"); the dangling function words
    at its end go."""
    last = max(
        (i for i, w in enumerate(point) if overlaps(Span(start=w.start, end=w.end, line=0), taken)),
        default=None,
    )
    if last is None or last + 1 >= len(point):
        return None
    words = point[last + 1 :]
    if _attribute(text, point[last], words[0], changed):
        return None
    while words and words[0].text.lower() in _JOINS:  # "… и | проявленное гостеприимство"
        words = words[1:]
    return _unsaid(words, said, TAIL_NEW)


_PARTICIPLE = re.compile(r"[а-яё]{3,}(?:ых|ого|ому|ым|ыми|ую|ая|ое|ые|ый)")
"""A participle or adjective opening a clause after a comma (not "-ий", "-ие", "-ой", "-ей",
"-ем", "-им", "-их", which end nouns too: "отношений", "развитие", "стороной")."""


def _attribute(text: str, last: Word, first: Word, changed: Sequence[Span]) -> bool:
    """Whether the tail opened by ``first`` is a participle's clause after a comma, whose noun
    is ``last``, the last word of a *changed* entry (``changed``): "рассмотрены вопросы
    практической реализации договоренностей | , достигнутых по итогам визита …" (the entry
    "рассмотрены актуальные вопросы двусторонней повестки" → "рассмотрены вопросы практической
    реализации договоренностей"). The clause tells that noun, the reworded object, and an
    analyst quotes it with the change, not as a point of its own (branch ru10 of the
    thirty-ninth session; mirziyoyev-lukashenko 2020-08-10, dev). After a *dropped* or
    *appeared* entry the clause keeps its own report, which has that fate anyway."""
    return (
        bool(changed)
        and "," in text[last.end : first.start]
        and first.text.islower()
        and bool(_PARTICIPLE.fullmatch(first.text))
        and overlaps(Span(start=last.start, end=last.end, line=0), changed)
    )


_GAPPED = re.compile(r"\s*,\s*а\s+[^–—.;:!?,]+?\s[–—]\s+[^–—.;:!?]+")
"""A second member after a dash whose verb is the point's, left out: ", а народу Казахстана –
благополучия и процветания" after "пожелал Елбасы крепкого здоровья и новых успехов"."""


def _gapped(
    readout: Readout, point: tuple[Word, ...], taken: Sequence[Span], said: frozenset[str]
) -> tuple[Word, ...] | None:
    """The clause right after ``point`` that says its verb again by a dash (", а X – Y": the
    wish to a second addressee, branch ru20) as a lone point's wording, or None. The point
    ends at ", а" (a clause opener), and the gapped clause holds no head, so neither it nor
    :func:`_tail` reads it; it is a point of its own (another addressee, another object), told
    when it holds ``CONTENT`` content words or more, ``NEW`` of them said nowhere in the other
    readout, and no word an entry reports."""
    end = point[-1].end
    found = _GAPPED.match(readout.text, end)
    if found is None:
        return None
    at = found.start() + found.group().index("а", found.group().index(",")) + 1
    words = tuple(
        Word(m.start() + at, m.end() + at, m.group(), stem(m.group().lower()))
        for m in WORD.finditer(readout.text[at : found.end()])
    )
    if any(overlaps(Span(start=w.start, end=w.end, line=0), taken) for w in words):
        return None
    return _unsaid(words, said, NEW)


def _unsaid(words: tuple[Word, ...], said: frozenset[str], share: float) -> tuple[Word, ...] | None:
    """``words`` without the function words at their end when they hold ``CONTENT`` content
    words or more, ``share`` of them said nowhere in the other readout (``said``); else None."""
    while words and words[-1].stem in ru.FUNCTION_STEMS:
        words = words[:-1]
    content = [w.stem for w in words if w.content and w.text not in POINTING]
    if (
        len(content) < CONTENT
        or _dated(words)
        or sum(s not in said for s in content) < share * len(content)
    ):
        return None
    return words


_DATE = re.compile(
    r"(?:январ|феврал|сентябр|октябр|ноябр|декабр)(?:[ьяюе]|[её]м)|(?:апрел|июн|июл)(?:[ьяюе]|ем)"
    r"|ма(?:[йяюе]|ем)|(?:март|август)(?:а|у|ом|е|)"
    r"|год(?:а|у|ом|е|)|лет"
)
"""The words of a date: a month's name in any case, "год" ("в сентябре 2023 года"). A month's
name is the whole word with a case ending (branch fix8: ``ма[йяе][а-яё]*`` took "майор", a
rank, "майнинг" and "маяк" for May, and "[а-яё]*" let "мартовский" be March)."""


def _dated(words: tuple[Word, ...]) -> bool:
    """Whether ``words`` hold fewer than ``CONTENT`` content words once the words of a date
    (:data:`_DATE`) are left out: a point that says only when (and where: names are no
    content words) its noun takes place, "…, которые пройдут в сентябре 2023 года в Душанбе",
    "состоятся в начале мая", tells no event of its own (branch ru10 of the thirty-ninth
    session; the outside tuning's hand list calls the first no formula). The date's words
    still count in the share the other readout must not say."""
    told = [w for w in words if w.content and w.text not in POINTING]
    return sum(not _DATE.fullmatch(w.text) for w in told) < CONTENT


def _within(words: tuple[Word, ...], fuller: tuple[Word, ...]) -> bool:
    """Whether ``words`` is a point said again, in fewer words, by ``fuller`` (a lead line
    over the body: its content stems all in the fuller point's, which has more)."""
    return _content(words) < _content(fuller)


def _said(readout: Readout) -> frozenset[str]:
    """The Snowball stems of every lower-case word of ``readout``."""
    return frozenset(stem(m.group()) for m in WORD.finditer(readout.text) if m.group().islower())
