"""The state of the relations each Russian readout assesses once, in other words: one *changed*
entry (branch ru18).

"с удовлетворением отметили высокий уровень казахстанско-турецких отношений" / "дали высокую
оценку динамике развития отношений стратегического партнерства": another verb, another state
noun, so neither :mod:`kept_heads` nor the lone points (:mod:`lone_heads`, which reads this first)
pair them, and the hand lists keep one *changed* event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readoutdiff.formulas.entries.kept_heads import span_of
from readoutdiff.formulas.entries.paired_points_ru import kept_within
from readoutdiff.formulas.entries.point_heads_ru import Word, stem
from readoutdiff.formulas.entries.points_ru import point_end
from readoutdiff.formulas.words.spans import changed_at, overlaps
from readoutdiff.languages import ru
from readoutdiff.model import Formula, FormulaStatus, Readout
from readoutdiff.model.places import title_end

ASSESSING = ("отмет", "отмеч", "оцен", "констатир", "обсуд", "обсужд", "подчеркн", "рассмотр")
"""Stems (prefixes) of the words a readout assesses the relations by: "отметили",
"было отмечено", "высоко оценили", "дали высокую оценку", "констатирован", "обсудили",
"подчеркнули", "рассмотрены состояние и перспективы" (as "обсудили текущее состояние",
branch ru21) (:func:`assessed`)."""
STATE = frozenset(("уровен", "уровн", "динамик", "состоян", "развит", "характер"))
"""Snowball stems of the noun an assessment of the relations governs: their level, their
dynamics, their state, their development, their character ("подчёркнут стратегический
характер российско-индийских отношений")."""
RELATIONS = frozenset(("отношен", "сотрудничеств", "партнерств", "связ", "взаимодейств"))
"""Snowball stems of the relations themselves ("партнёрства" stems as "партнерств")."""
NEAR = 5
"""Words the relations noun may stand after the state noun ("динамику развития
таджикско-белорусских отношений", "состояние и перспективы стратегического партнерства")."""
LIGHT = frozenset(("дал", "дан"))
"""Stems of the light verb of "дали высокую оценку": the wording opens on it."""
_QUALIFIER = re.compile(r"(?:ого|его|ому|ему|ых|ым|им|ую|юю|ая|яя|ое|ее|ый|ий|ой|о)$")
"""Endings of the words between an assessing word and its state noun: adjectives, "-ий" and
"-ой" with them ("высокий уровень": a noun there would be no state noun anyway), and adverbs
("высоко оценили")."""
_STATED = re.compile(r"(?i:уров|динамик|состоян|развит|характер)")
"""The state nouns' beginnings (:data:`STATE`): a sentence without one is not read word by
word."""
ASSESSED = "/assessed"
"""The id suffix of an assessment of the relations reworded, after the lesser state noun."""


def assessed(found: list[Formula], a: Readout, b: Readout) -> list[Formula]:
    """``found`` and one *changed* entry when each readout assesses the state of the relations
    once, in other words (branch ru18): "с удовлетворением отметили высокий уровень
    казахстанско-турецких отношений …" / "дали высокую оценку динамике развития отношений
    стратегического партнерства …"; "отметили позитивную динамику развития таджикско-белорусских
    отношений стратегического партнёрства" / "обсудили текущее состояние и перспективы
    стратегического партнерства …". The two share the slot, not the words (another verb, another
    state noun), so neither :func:`kept_heads` nor :func:`lone_heads._paired` pairs them, and the hand lists
    keep one *changed* event. A readout's assessment (:func:`_assessments`) is an assessing word
    (:data:`ASSESSING`) whose object, past at most two modifiers, is a state noun
    (:data:`STATE`) that governs a relations noun (:data:`RELATIONS`) within ``NEAR`` words of
    its clause; a lead line saying it again (the same state and relations nouns) counts once,
    the fuller wording kept. Paired when each readout makes exactly one past its title line,
    the two differ, and no entry but a *persisted* one already pairs them; the entries reported inside either
    wording (a kept core "стратегического партнёрства", a part linked to the lead line) are
    parts of that point and go. A wording stops at its first comma, but the relations noun may
    govern a list ("отношений дружбы, добрососедства и стратегического партнерства" /
    "отношений дружбы, добрососедства, стратегического партнерства и союзничества"): a
    *persisted* entry both points hold past their wordings grows both through it and goes, as
    for two lone points paired (:func:`kept_within`, branch ru21). A readout that assesses two
    things ("рассмотрены состояние и перспективы развития … отношений …" and "Отмечена текущая
    высокая динамика многопланового сотрудничества") against one that assesses one ("отметили
    высокий уровень двусторонних отношений …") pairs the one of the same relations noun
    (:func:`_one`, branch ru21)."""
    said_a, said_b = _assessments(a), _assessments(b)
    one_a, one_b = _one(said_a, said_b), _one(said_b, said_a)
    if one_a is None or one_b is None:
        return found
    (state_a, words_a, point_a), (state_b, words_b, point_b) = one_a, one_b
    if [w.stem for w in words_a] == [w.stem for w in words_b]:
        return found
    found = list(found)
    words_a, words_b = kept_within(found, (words_a, point_a), (words_b, point_b))
    span_a, span_b = span_of(a, words_a), span_of(b, words_b)
    inside = [f for f in found if overlaps(span_a, f.a_spans) or overlaps(span_b, f.b_spans)]
    if any(
        f.status is not FormulaStatus.PERSISTED
        and overlaps(span_a, f.a_spans)
        and overlaps(span_b, f.b_spans)
        for f in inside
    ):
        # already one entry (a kept head, a point reworded); a kept core is a part, and one
        # grown through above goes either way
        return found
    kept = [f for f in found if f not in inside]
    kept.append(changed_at(a, b, (span_a, span_b), f"mined:{min(state_a, state_b)}{ASSESSED}"))
    return kept


_Said = list[tuple[str, str, tuple[Word, ...], tuple[Word, ...]]]
"""A readout's assessments of the relations: state noun's stem, relations noun's stem, wording,
point (:func:`_assessment`)."""


def _assessments(readout: Readout) -> _Said:
    """Every assessment of the relations ``readout`` makes past its title line; see
    :func:`assessed`."""
    after, said = title_end(readout), []
    for sentence in readout.sentences:
        if sentence.span.start < after or not _STATED.search(sentence.text):
            continue  # no state noun: no assessment of the relations, no word to read
        text, offset = sentence.text, sentence.span.start
        words = [
            Word(m.start() + offset, m.end() + offset, m.group(), stem(m.group().lower()))
            for m in ru.WORD.finditer(text)
        ]
        for at, word in enumerate(words):
            if word.stem.startswith(ASSESSING):
                one = _assessment(readout.text, words, at)
                if one is not None:
                    said.append(one)
    return said


def _one(said: _Said, other: _Said) -> tuple[str, tuple[Word, ...], tuple[Word, ...]] | None:
    """The one assessment of ``said`` (by its state noun's stem, its fullest wording, the point
    it opens) that answers the other readout's: the only kind (state and relations noun) it
    makes, said again in a lead line or not; or, when it makes several and the other readout
    assesses one relations noun, the only kind of that noun; else None."""
    kinds = {(state, rel) for state, rel, _, _ in said}
    if len(kinds) > 1:
        rels = {rel for _, rel, _, _ in other}
        kinds = {kind for kind in kinds if len(rels) == 1 and kind[1] in rels}
    if len(kinds) != 1:
        return None
    kind = next(iter(kinds))
    state, _, fullest, point = max(
        (one for one in said if (one[0], one[1]) == kind),
        key=lambda one: (len(one[2]), -one[2][0].start),
    )
    return state, fullest, point


def _assessment(
    text: str, words: Sequence[Word], at: int
) -> tuple[str, str, tuple[Word, ...], tuple[Word, ...]] | None:
    """The assessment opened by ``words[at]``: its state noun's stem, its relations noun's
    stem, its wording (from the assessing word, or the light verb before it, to its clause's
    end: a comma, or the next head as in :func:`points_ru.point_end`), the point (from the
    same word to :func:`points_ru.point_end`, past the commas of a list); None when the object
    is no state of the relations."""
    k = at + 1
    while k < len(words) and k <= at + 2 and _QUALIFIER.search(words[k].text.lower()):
        k += 1
    if k >= len(words) or words[k].stem not in STATE:
        return None
    end, last = k + 1, point_end(text, words, k)  # a second head ends it ("… и подтверждён …")
    while end < last and "," not in text[words[end - 1].end : words[end].start]:
        end += 1
    rel = next((w.stem for w in words[k + 1 : min(end, k + 1 + NEAR)] if w.stem in RELATIONS), None)
    if rel is None:
        return None
    start = at
    while start > 0 and _QUALIFIER.search(words[start - 1].text.lower()) and at - start < 2:
        start -= 1
    start = start - 1 if start > 0 and words[start - 1].stem in LIGHT else at
    wording = tuple(words[start:end])
    while wording[-1].stem in ru.FUNCTION_STEMS:
        wording = wording[:-1]
    return words[k].stem, rel, wording, tuple(words[start:last])
