"""The formula entries of a comparison, made from where each formula stands on the two sides.

- :func:`fate`: by the sides a formula stands on (persisted, dropped or appeared; ``variant``
  when the wordings differ), and :func:`qualified`: *changed* when a kept formula's wording lost
  (or gained) a qualifier;
- :func:`reheaded`: *changed* when kept qualifiers qualify another noun (then
  :func:`readoutdiff.formulas.entries.one_story.one_story` lets no other entry tell that place's change);
- :func:`linked`: a formula of A replaced by its successor in B;
- :func:`governed`: a formula both sides keep, governed by a different phrase;
- ``governed_by`` (from :mod:`readoutdiff.formulas.entries.told`): a formula told with what was said of it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import chain
from operator import attrgetter

from readoutdiff.formulas.entries.told import DETERMINERS, owner
from readoutdiff.formulas.entries.told import governed_by as governed_by
from readoutdiff.formulas.lexicon.ids import numbered
from readoutdiff.formulas.matching.content_words import headed
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession import succession
from readoutdiff.formulas.succession.around import apart
from readoutdiff.formulas.words import coordination, word_swaps, wording
from readoutdiff.formulas.words.negation import negated
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import STOP_WORDS
from readoutdiff.formulas.words.spans import word_span
from readoutdiff.languages.folding import fold
from readoutdiff.languages.folding import words as fold_words
from readoutdiff.model import CONTEXT, Formula, FormulaStatus, Span
from readoutdiff.records.replacing import replace

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_PERSISTED = FormulaStatus.PERSISTED

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
        _PERSISTED
        if a_text and b_text
        else FormulaStatus.DROPPED
        if a_side
        else FormulaStatus.APPEARED
    )
    return Formula(
        status=status, a_text=a_text, b_text=b_text, a_spans=a_spans, b_spans=b_spans,
        variant=other is not None or bool(a_side and b_side) and _reworded(a_side, b_side),
        id=formula_id, source=first.source, topic=first.topic,
        confidence=max(map(_CONFIDENCE, chain(a_side, b_side))),
    )  # fmt: skip


def qualified(
    formula: Formula, views: tuple[succession.View, succession.View],
    sides: tuple[Sequence[Occurrence], Sequence[Occurrence]],
    translated: frozenset[str] = frozenset(), listed: Mapping[str, frozenset[str]] | None = None,
) -> Formula:  # fmt: skip
    """A formula kept in a wording that lost (or gained) a qualifier, or negated, or said
    otherwise at both ends (:func:`around.apart`), is *changed*, not a variant: "impose severe costs" -> "imposing costs on Russia", "global food
    insecurity" -> "global food security". So is one with a content word swapped for another
    (:func:`word_swaps.content_swapped`: "support for the Good Friday Agreement" -> "commitment
    to the Good Friday Agreement"), unless the lexicon gives the formula an official Chinese or
    Russian wording (``translated``): its English wordings are one formula translated, or both
    wordings are ones the lexicon lists for it with the same first word (``listed``: "stay in
    close contact" -> "stay in close touch"; "support for" -> "commitment to" the Good Friday
    Agreement, both listed, says another act and stays changed)."""
    if not formula.variant or not all(sides):
        return formula
    wordings = (listed or {}).get(formula.id, frozenset())
    said = ((formula.a_text or "").lower(), (formula.b_text or "").lower())
    heads = {text.split(" ", 1)[0] for text in said}
    swap_listed = formula.id in translated or len(heads) == 1 and set(said) <= wordings
    a_runs, b_runs = (
        [_noun_phrase([(view.words[o.sentence], k) for k in range(o.first, o.last)]) for o in side]
        for view, side in zip(views, sides, strict=True)
    )
    firm = [
        [
            _firmness_before(view.words[o.sentence], o.first, run)
            for o, run in zip(side, runs, strict=True)
        ]
        for view, side, runs in zip(views, sides, (a_runs, b_runs), strict=True)
    ]
    swapped_a, swapped_b = firm if all(map(_held_firmly, chain(*firm))) else (a_runs, b_runs)
    if (
        word_swaps.qualifier_dropped(a_runs, b_runs) or word_swaps.qualifier_dropped(b_runs, a_runs)
        or not swap_listed and word_swaps.content_swapped(swapped_a, swapped_b)
        or negated(formula.a_text or "", formula.b_text or "")
        or len(a_runs) == len(b_runs) == 1 and apart(a_runs[0], b_runs[0])
    ):  # fmt: skip
        return replace(formula, status=FormulaStatus.CHANGED, variant=False)
    return formula


def _firmness_before(words: Words, first: int, run: list[wording.Place]) -> list[wording.Place]:
    """``run`` with the firmness word that stands before it, over names ("the Administration's
    unwavering support for Israel's security", "ironclad U.S. commitment to …"), when one
    does (:func:`wording.firm_before`): the stance held firmly, as convention (p) reads it
    (:func:`wording.firmly`)."""
    k = wording.firm_before(words, first)
    return run if k is None else [(words, k), *run]


def _held_firmly(run: list[wording.Place]) -> bool:
    """``run`` says a stance held firmly (:func:`wording.firmly`)."""
    return wording.held_firmly(run) is not None


def _noun_phrase(run: list[wording.Place]) -> list[wording.Place]:
    """``run`` from the noun phrase a leading verb governs: an infinitive or a gerund before
    a determiner ("to include the establishment of a Palestinian state", "supporting the …")
    says what was done with the formula, not how it is qualified."""
    stems = [words.stems[k] for words, k in run[:3]]
    if len(stems) == 3 and stems[0] == "to" and stems[2] in DETERMINERS:
        return run[3:]
    if len(stems) >= 2 and stems[0].endswith("ing") and stems[1] in DETERMINERS:
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
    if formula.status is not _PERSISTED or len(sides[0]) != 1 or len(sides[1]) != 1:
        return formula
    ends: list[tuple[Span, str, str]] = []
    for view, (occurrence,) in zip(views, sides, strict=True):
        words = view.words[occurrence.sentence]
        first, last = headed(words, occurrence.first, occurrence.last)
        if last == occurrence.last or not coordination.is_coordination(words, first, last - 1):
            return formula  # no noun after it, or no coordination of one-word qualifiers
        owned = owner(view, words, first - 1)
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


def _reworded(a_side: Sequence[Occurrence], b_side: Sequence[Occurrence]) -> bool:
    """The two sides say the formula in other words: the folded words of their wordings
    differ (hyphens and spaces alike, inflection kept). Sides that write the same wordings
    fold alike, so only wordings that differ as written are folded: most formulas are kept
    word for word, and a first comparison folds each wording anew (some 6 M instructions
    for the 110 formulas of the 500 KB corpus)."""
    a_texts, b_texts = set(map(_TEXT, a_side)), set(map(_TEXT, b_side))
    return a_texts != b_texts and set(map(_folded_words, a_texts)) != set(
        map(_folded_words, b_texts)
    )


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


def governed(changes: Sequence[succession.Governed], sides: tuple[ById, ById]) -> list[Formula]:
    """Each change of the words governing a formula both sides keep, as found;
    :func:`readoutdiff.formulas.entries.one_story.one_story` tells it with the formula once every
    other entry has taken its place, so the formula's own words stay free for them."""
    kept = [c for c in changes if all(_exact(side.get(c.anchor, ())) for side in sides)]
    # (a near miss as the anchor is too unsure to hang a change on.) The changes of one formula
    # are numbered in an order the swapped comparison also reads (ids.numbered).
    return numbered([
        Formula(
            status=FormulaStatus.CHANGED, a_text=change.a_text, b_text=change.b_text,
            a_spans=(change.a_span,), b_spans=(change.b_span,), id=f"{change.anchor}{CONTEXT}",
            source=sides[0][change.anchor][0].source, topic=sides[0][change.anchor][0].topic,
            confidence=round(change.score, 3), evidence_score=change.score, anchor=change.anchor,
        )
        for change in kept
    ])  # fmt: skip


_CARRYING = 4
"""Telling words from which a kept English formula carries its line by itself (see
:func:`carries_itself`)."""


def carries_itself(occurrences: Sequence[Occurrence]) -> bool:
    """The formula is an English common-noun wording of :data:`_CARRYING` telling words or more
    ("complete denuclearization of the Korean Peninsula", "global food security crisis"), read
    off its first occurrence. A short one ("the climate crisis", "the truce in Yemen",
    "Israel's security") is what its governing words say of it, and so is a name ("the 20th
    anniversary of the signing of the Treaty of Good-Neighborliness …" -> "the renewal of the
    Treaty …": what became of a named treaty or summit is the news). acc35's test, kept by
    acc42 for a formula its own entry tells kept word for word (``tracking._governing_only``)."""
    text = occurrences[0].text.replace("’", " ")
    if not text.isascii() or not text[:1].islower():  # Latin script, no name
        return False
    telling = [w for w in text.lower().split() if w not in STOP_WORDS]
    return len(telling) >= _CARRYING


def _exact(occurrences: Sequence[Occurrence]) -> bool:
    """Some occurrence is the lexicon's wording, not a fuzzy near miss ("Israel and
    Palestinians alike" for "Israelis and Palestinians alike")."""
    return any(o.score >= 100 for o in occurrences)


def by_sides(
    ids: Sequence[str], views: tuple[succession.View, succession.View], sides: tuple[ById, ById],
    held: tuple[ById, ById], variants: Mapping[str, tuple[str, Span]],
    translated: frozenset[str], *, governing: bool, listed: Mapping[str, frozenset[str]] | None = None,
) -> list[Formula]:  # fmt: skip
    """Return the fate of each formula of ``ids`` by the sides it stands on (``held``: a
    wording a side holds inside a longer formula; ``variants``: the missing side's wording),
    qualified, reheaded and, with ``governing``, governed."""
    formulas = []
    for i in ids:
        kept = fate(
            i, sides[0].get(i) or held[0].get(i, []), sides[1].get(i) or held[1].get(i, []),
            variants.get(i),
        )  # fmt: skip
        on = (sides[0].get(i, []), sides[1].get(i, []))
        kept = reheaded(qualified(kept, views, on, translated, listed), views, on)
        formulas.append(governed_by(kept, views, on) if governing else kept)
    return formulas
