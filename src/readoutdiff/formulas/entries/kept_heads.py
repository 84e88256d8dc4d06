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
adverbial participle, which opens a point of its own (:func:`point_heads_ru.gerund`: "…, отметив …"); a comma alone
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

from collections.abc import Sequence

from readoutdiff.formulas.entries.clause_heads import lined
from readoutdiff.formulas.entries.point_heads_ru import PREPOSITIONS, Word, family, head_shaped
from readoutdiff.formulas.entries.points_ru import POINTING, points
from readoutdiff.formulas.words.spans import changed_at, overlaps
from readoutdiff.languages import ru
from readoutdiff.model import Formula, Readout, Span

SHARED = 2
"""Lower-case content words two points must share after their head to be one point reworded
(one shared word, "российско-американских", links "выразил признательность за …" with
"выразил готовность … способствовать нормализации российско-американских отношений")."""
SHARE = 1 / 3
"""And at least this share of the shorter point's content words: two points of one verb that
share two words of two long lists ("Отмечены … совместных проектов … промышленной кооперации"
/ "Отмечено … совместно с российской стороной … промышленной выставки") are two points."""
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
        found.append(changed_at(a, b, (span_a, span_b), f"mined:{head}{ID}"))
    return found


def reworded(
    a: tuple[Word, ...], b: tuple[Word, ...]
) -> tuple[tuple[Word, ...], tuple[Word, ...]] | None:
    """The two wordings of one point reworded, or None (too little shared, or nothing new).
    Words are compared by their family (:func:`readoutdiff.languages.ru.family`: "динамичное
    развитие" / "высокую динамику"), and two different heads count among the words shared when
    they are of one family ("было отмечено" / "отметил") or one says the other's head as a noun
    ("обменялись … добрыми пожеланиями благополучия" / "пожелал здоровья и благополучия"; branch
    ru14)."""
    said_a, said_b = _said(a), _said(b)
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


def _said(point: tuple[Word, ...]) -> set[str]:
    """The families of ``point``'s content words after its head, but for the outlet's own
    leader named by his office ("поздравил главу нашего государства …": a party, as "двух
    стран" names them, :data:`~readoutdiff.formulas.entries.point_heads_ru.TWO`; shared with
    "встречи глав государств …", it linked a birthday greeting with a recollection of past
    visits, branch ru7 of the thirty-seventh session). Without "нашего" the office stays a word
    of the point: "Консультативной встречи глав государств Центральной Азии" is the name of
    a meeting two points share (dev, Putin–Mirziyoyev; dropping it there lost a right link)."""
    office: set[int] = set()
    for i in range(1, len(point) - 2):
        if (
            point[i].text.lower().startswith("глав")
            and point[i + 1].text.lower() in OURS
            and point[i + 2].text.lower().startswith("государств")
        ):
            office.update((i, i + 1, i + 2))
    return {
        family(w.stem)
        for i, w in enumerate(point)
        if i and w.content and i not in office and not _pointing(point, i)
    }


def _pointing(point: tuple[Word, ...], at: int) -> bool:
    """Whether ``point[at]`` is the pronoun "том" / "тем" / "тому" after a preposition (:data:`
    readoutdiff.formulas.entries.points_ru.POINTING`: "напомнить о том, что …", "заключалась в
    том, чтобы …", "в том числе"), which stands for a clause or opens a fixed phrase: no word
    two points share (branch ru10 of the thirty-ninth session: with "году" it linked "хотел
    просто напомнить о том, что … в конце предыдущего года …" with "применялись в том числе и
    органами МВД в 1941 или 1942 году", two unrelated Kremlin transcripts, news/76410 and
    76408, as one changed point, once ru9's "о том" points ran over their clause)."""
    return point[at].text.lower() in POINTING and point[at - 1].text.lower() in PREPOSITIONS


OURS = frozenset(("нашего", "нашему", "нашим", "нашем"))
"""The possessive of the outlet's own state between "глава" and "государства"."""


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
    """The span of ``words`` in ``readout``, through the closing mark of a «…», “…” or (…) they
    open and end in («ИННОПРОМ. Центральная Азия», not an open «ИННОПРОМ. Центральная Азия;
    "… тюркоязычных государств (Тюркского совета)", not "(Тюркского совета", branch lng1)."""
    text, end = readout.text, words[-1].end
    for opening, closing in _PAIRS:
        if text.startswith(closing, end) and text.count(opening, words[0].start, end) > text.count(
            closing, words[0].start, end
        ):
            end += 1
            break
    return lined(text, Span(start=_negated(text, words[0]), end=end, line=0))


def _negated(text: str, head: Word) -> int:
    """Where a point opened by ``head`` starts: at the "не" right before a head-shaped word
    (:data:`readoutdiff.languages.ru.CLAUSE_HEAD`), which the point says with it ("Эти
    отношения не подвержены влиянию извне …", "Россия никогда не отказывалась от переговорного
    процесса"; kremlin.ru news/76841, news/76288): quoted from the head, the point said the
    opposite (branch ru9 of the thirty-eighth session). Else at ``head``. The space between may
    be a no-break one, as typesetters bind "не" to its verb ("не\u00a0подвержены"; rev20: the
    point was told from its head again)."""
    start = head.start
    if (
        start >= 3
        and text[start - 3 : start - 1].lower() == "не"
        and text[start - 1] in " \u00a0\u202f"
        and (start == 3 or not text[start - 4].isalnum())
        and head_shaped(head.text.lower())
    ):
        return start - 3
    return start


_PAIRS = (("«", "»"), ("“", "”"), ("(", ")"))
"""Quote marks and brackets that open and close apart, which a point's wording may end inside."""
