"""The formula entries of a comparison, made from where each formula stands on the two sides.

- :func:`fate`: by the sides a formula stands on (persisted, dropped or appeared; ``variant``
  when the wordings differ), and :func:`qualified`: *changed* when a kept formula's wording lost
  (or gained) a qualifier;
- :func:`reheaded`: *changed* when kept qualifiers qualify another noun, and :func:`one_story`:
  then no other entry tells the same place's change;
- :func:`linked`: a formula of A replaced by its successor in B;
- :func:`governed`: a formula both sides keep, governed by a different phrase.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import chain
from operator import attrgetter

from readoutdiff.fold import fold
from readoutdiff.fold import words as fold_words
from readoutdiff.formulas import complement, coordination, succession, wording
from readoutdiff.formulas.around import apart
from readoutdiff.formulas.matcher import Occurrence
from readoutdiff.formulas.mutation import headed
from readoutdiff.formulas.negation import negated
from readoutdiff.formulas.noise import EDGE_WORDS
from readoutdiff.formulas.phrases import Words
from readoutdiff.formulas.roles import INTRODUCING, STOP_WORDS
from readoutdiff.formulas.spans import overlaps, word_span
from readoutdiff.model import Formula, FormulaStatus, Span

ById = Mapping[str, Sequence[Occurrence]]


def fate(
    formula_id: str, a_side: Sequence[Occurrence], b_side: Sequence[Occurrence],
    other: tuple[str, Span] | None = None,
) -> Formula:  # fmt: skip
    """The fate of a formula by the sides it stands on; ``other`` is the missing side's
    wording of it, when a replaced phrase shows the same formula in other words."""
    first = (a_side or b_side)[0]
    a_text, b_text = a_side[0].text if a_side else None, b_side[0].text if b_side else None
    # map/attrgetter (in C): a formula stands in every copy of its sentences.
    a_spans, b_spans = tuple(map(_SPAN, a_side)), tuple(map(_SPAN, b_side))
    if other is not None:
        a_text, a_spans = (a_text, a_spans) if a_side else (other[0], (other[1],))
        b_text, b_spans = (b_text, b_spans) if b_side else (other[0], (other[1],))
    status = (
        FormulaStatus.PERSISTED
        if a_text and b_text
        else FormulaStatus.DROPPED
        if a_side
        else FormulaStatus.APPEARED
    )
    return Formula(
        status=status, a_text=a_text, b_text=b_text, a_spans=a_spans, b_spans=b_spans,
        variant=other is not None or bool(a_side and b_side) and _wordings(a_side) != _wordings(b_side),
        id=formula_id, source=first.source, topic=first.topic,
        confidence=max(map(_CONFIDENCE, chain(a_side, b_side))),
    )  # fmt: skip


def qualified(
    formula: Formula, views: tuple[succession.View, succession.View],
    sides: tuple[Sequence[Occurrence], Sequence[Occurrence]],
) -> Formula:  # fmt: skip
    """A formula kept in a wording that lost (or gained) a qualifier, or negated, or said
    otherwise at both ends (:func:`around.apart`), is *changed*, not a variant: "impose severe costs" -> "imposing costs on Russia", "global food
    insecurity" -> "global food security"."""
    if not formula.variant or not all(sides):
        return formula
    a_runs, b_runs = (
        [_noun_phrase([(view.words[o.sentence], k) for k in range(o.first, o.last)]) for o in side]
        for view, side in zip(views, sides, strict=True)
    )
    if (
        wording.qualifier_dropped(a_runs, b_runs) or wording.qualifier_dropped(b_runs, a_runs)
        or negated(formula.a_text or "", formula.b_text or "")
        or len(a_runs) == len(b_runs) == 1 and apart(a_runs[0], b_runs[0])
    ):  # fmt: skip
        return replace(formula, status=FormulaStatus.CHANGED, variant=False)
    return formula


def _noun_phrase(run: list[wording.Place]) -> list[wording.Place]:
    """``run`` from the noun phrase a leading verb governs: an infinitive or a gerund before
    a determiner ("to include the establishment of a Palestinian state", "supporting the …")
    says what was done with the formula, not how it is qualified."""
    stems = [words.stems[k] for words, k in run[:3]]
    if len(stems) == 3 and stems[0] == "to" and stems[2] in _DETERMINERS:
        return run[3:]
    if len(stems) >= 2 and stems[0].endswith("ing") and stems[1] in _DETERMINERS:
        return run[2:]
    return run


def reheaded(
    formula: Formula, views: tuple[succession.View, succession.View],
    sides: tuple[Sequence[Occurrence], Sequence[Occurrence]],
) -> Formula:  # fmt: skip
    """A kept coordination of qualifiers that now qualifies another noun, or another owner's, is
    *changed*, each wording with its owner and noun: "unprovoked and unjustified invasion" ->
    "unjustified and unprovoked attack", "Russia's unprovoked, unjustified, and premeditated
    war" -> "Putin's premeditated, unjustified, and unprovoked war". Only for a formula said
    once on each side (its noun is that one's)."""
    if formula.status is not FormulaStatus.PERSISTED or len(sides[0]) != 1 or len(sides[1]) != 1:
        return formula
    ends: list[tuple[Span, str, str]] = []
    for view, (occurrence,) in zip(views, sides, strict=True):
        words = view.words[occurrence.sentence]
        first, last = headed(words, occurrence.first, occurrence.last)
        if last == occurrence.last or not coordination.is_coordination(words, first, last - 1):
            return formula  # no noun after it, or no coordination of one-word qualifiers
        owned = _owner(view, words, first - 1)
        span = word_span(view.readout, words, first - 1 if owned is not None else first, last)
        ends.append((span, owned or "", wording.strip(words.stems[last - 1])))
    (a_span, a_owner, a_head), (b_span, b_owner, b_head) = ends
    if a_head == b_head and (a_owner == b_owner or not (a_owner and b_owner)):
        return formula
    a_text, b_text = (
        v.readout.text[s.start : s.end] for v, s in zip(views, (a_span, b_span), strict=True)
    )
    return replace(
        formula, status=FormulaStatus.CHANGED, variant=False, a_text=a_text, b_text=b_text,
        a_spans=(a_span,), b_spans=(b_span,),
    )  # fmt: skip


_PRONOUNS = frozenset("its his her their our".split())


def _owner(view: succession.View, words: Words, k: int) -> str | None:
    """Who word ``k`` says owns what follows it: a name's stem ("Russia's", "Putin’s"), ""
    for a possessive pronoun ("its": the same owner said again), None if it owns nothing."""
    if k < 0 or words.breaks[k + 1]:
        return None
    if view.readout.text[words.end(k) - 2 : words.end(k)] in ("'s", "\u2019s"):
        return words.stems[k]
    return "" if words.stems[k] in _PRONOUNS else None


_DETERMINERS = frozenset("the a an our their its his her this these".split())
_SHORT = 2
"""Content words of a formula short enough to be reported with the word that governs it."""


def governed_by(
    formula: Formula, views: tuple[succession.View, succession.View],
    sides: tuple[Sequence[Occurrence], Sequence[Occurrence]],
) -> Formula:  # fmt: skip
    """A short formula one side dropped or put in, reported with the word that governs it:
    "tackle the climate crisis", "ending the COVID-19 pandemic" (what was said of it). A
    formula both sides keep in the object of two different nouns of support or commitment is
    *changed*, told with them: "commitment to Ukraine's sovereignty and territorial
    integrity" -> "support for Ukraine's sovereignty and territorial integrity"."""
    if formula.status is FormulaStatus.PERSISTED:
        return _support_changed(formula, views, sides)
    if formula.status not in (FormulaStatus.DROPPED, FormulaStatus.APPEARED):
        return formula
    on_a = formula.status is FormulaStatus.DROPPED
    view, side = (views[0], sides[0]) if on_a else (views[1], sides[1])
    if len(side) != 1:
        return formula
    occurrence = side[0]
    words = view.words[occurrence.sentence]
    short = _short(view, occurrence)
    supported = _object_of(view, occurrence) if short else None
    if supported is not None:
        return _told(formula, on_a, view, supported[1])
    k = occurrence.first - 1
    while k >= 0 and words.stems[k] in _DETERMINERS and not words.breaks[k + 1]:
        k -= 1
    if (
        words.stems[occurrence.first] in STOP_WORDS  # "for as long as …"
        or k < 0 or words.breaks[k + 1] or words.caps[k]
        or words.stems[k] in STOP_WORDS or words.stems[k] in INTRODUCING
        or not short and words.stems[k] in EDGE_WORDS  # "including", "again": no governing verb
    ):  # fmt: skip
        return formula
    span = word_span(view.readout, words, k, occurrence.last)
    if view.readout.text[span.start - 1 : span.start] == "-":
        return formula  # the end of a compound: "life-saving assistance to civilians"
    return _told(formula, on_a, view, span)


def _support_changed(
    formula: Formula, views: tuple[succession.View, succession.View],
    sides: tuple[Sequence[Occurrence], Sequence[Occurrence]],
) -> Formula:  # fmt: skip
    if len(sides[0]) != 1 or len(sides[1]) != 1 or not _short(views[0], sides[0][0]):
        return formula
    a, b = _object_of(views[0], sides[0][0]), _object_of(views[1], sides[1][0])
    if a is None or b is None or a[0] == b[0]:
        return formula
    a_text, b_text = (
        v.readout.text[x[1].start : x[1].end] for v, x in zip(views, (a, b), strict=True)
    )
    return replace(
        formula, status=FormulaStatus.CHANGED, variant=False, a_text=a_text, b_text=b_text,
        a_spans=(a[1],), b_spans=(b[1],),
    )  # fmt: skip


def _told(formula: Formula, on_a: bool, view: succession.View, span: Span) -> Formula:
    text = view.readout.text[span.start : span.end]
    if on_a:
        return replace(formula, a_text=text, a_spans=(span,))
    return replace(formula, b_text=text, b_spans=(span,))


def _short(view: succession.View, occurrence: Occurrence) -> bool:
    """At most :data:`_SHORT` content words: a formula that says little without its context."""
    stems = view.words[occurrence.sentence].stems[occurrence.first : occurrence.last]
    return sum(s not in STOP_WORDS for s in stems) <= _SHORT


def _object_of(view: succession.View, occurrence: Occurrence) -> tuple[str, Span] | None:
    """The noun of support or commitment whose object holds ``occurrence``, and the span from
    that noun through the whole object: "support for ASEAN centrality and the ASEAN-led
    regional architecture" is what was said, not "ASEAN centrality" (the object runs as
    :func:`complement.through_object` reads it). "to" or "for" stands right before the
    formula, or before its determiners and owner ("Ukraine's")."""
    words = view.words[occurrence.sentence]
    k = occurrence.first - 1
    while k >= 0 and words.stems[k] in _DETERMINERS and not words.breaks[k + 1]:
        k -= 1
    if k >= 0 and _owner(view, words, k):
        k -= 1
    if k < 1 or words.stems[k] not in complement.OPENERS or words.breaks[k] or words.breaks[k + 1]:
        return None
    end = complement.through_object(view.readout.text, words, k - 1)
    if end is None or end < occurrence.last:
        return None
    return words.stems[k - 1], word_span(view.readout, words, k - 1, end)


def _wordings(side: Sequence[Occurrence]) -> set[str]:
    """Return the folded words of each wording: hyphens and spaces alike, inflection kept."""
    return set(map(_folded_words, map(_TEXT, side)))


_SPAN, _CONFIDENCE, _TEXT = attrgetter("span"), attrgetter("confidence"), attrgetter("text")


@lru_cache(maxsize=4096)
def _folded_words(text: str) -> str:
    return " ".join(fold_words(fold(text)))


def linked(link: succession.Link, in_a: ById, in_b: ById) -> Formula:
    a_side, b_side = in_a[link.a_id], in_b[link.b_id]
    return Formula(
        status=FormulaStatus.CHANGED, a_text=a_side[0].text, b_text=b_side[0].text,
        a_spans=tuple(o.span for o in a_side), b_spans=tuple(o.span for o in b_side),
        id=f"{link.a_id}>{link.b_id}", source=a_side[0].source, topic=a_side[0].topic,
        confidence=min(max(o.confidence for o in a_side), max(o.confidence for o in b_side)),
        evidence_score=link.score,
    )  # fmt: skip


def governed(changes: Sequence[succession.Governed], in_a: ById) -> list[Formula]:
    formulas: list[Formula] = []
    seen: dict[str, int] = defaultdict(int)
    for change in changes:
        seen[change.anchor] += 1
        suffix = f"#{seen[change.anchor]}" if seen[change.anchor] > 1 else ""
        anchor = in_a[change.anchor][0]
        formulas.append(Formula(
            status=FormulaStatus.CHANGED, a_text=change.a_text, b_text=change.b_text,
            a_spans=(change.a_span,), b_spans=(change.b_span,), id=f"{change.anchor}/context{suffix}",
            source=anchor.source, topic=anchor.topic, confidence=round(change.score, 3),
            evidence_score=change.score, anchor=change.anchor,
        ))  # fmt: skip
    return formulas


def one_story(formulas: list[Formula]) -> list[Formula]:
    """A kept formula whose own words changed (its noun or owner, ``entries.reheaded``) tells
    that place's change: a change read off the words around it there is the same story told
    twice ("Putin's war of aggression" -> "Putin's premeditated, unjustified, and unprovoked
    war" beside "Russia's … war" -> "Putin's … war")."""
    own = {f.id: f for f in formulas if f.status is FormulaStatus.CHANGED and f.anchor is None}
    return [
        f
        for f in formulas
        if f.anchor not in own
        or not any(overlaps(x, own[f.anchor].a_spans) for x in f.a_spans)
        and not any(overlaps(x, own[f.anchor].b_spans) for x in f.b_spans)
    ]
