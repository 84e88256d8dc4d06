"""What was said of a formula one side dropped or put in: the words it is told with.

A formula on its own ("climate crisis", "ASEAN centrality") tells an analyst a name; what a
readout said of it is the line to compare. :func:`governed_by` tells it with

- the word that governs it: "tackle the climate crisis", "oppose hegemonism and power
  politics" (a lower-case word that is no stop word and introduces nothing; for a formula of
  more than :data:`_SHORT` content words, only a stance or a qualifier: "oppose …",
  "additional …", not "deepen strategic mutual trust");
- the noun of support or commitment whose object it stands in, and the whole object:
  "support for ASEAN centrality" (:func:`_object_of`); a short formula both sides keep in the
  objects of two different such nouns is *changed*: "support for ASEAN centrality" ->
  "commitment to ASEAN centrality";
- the noun phrase "and" joins to it up to the end of its clause: "a political solution and
  durable peace";
- else, for a short formula, the relative clause after it up to the end of its clause, or the
  two parties "between" names: "shared values that unite the U.S. and Zambia", "the
  longstanding partnership between the United States and Tanzania" (:func:`modified_end`);
- for a short formula a preposition ties to a noun before it, that noun: "leadership on the
  climate crisis", "actions for the Global South" (:func:`_noun_of`: the word reads as a
  noun, by its ending or as the word between an article and "of": "the urgency of the
  climate crisis", "the value of our longstanding partnership"; so "accountable for the …"
  or "together with a …" is not one);
- for a formula whose first word closes a coordination of qualifiers after an article or
  possessive, those qualifiers: "a just and lasting peace" is told "just and lasting peace"
  (:func:`_qualifiers_before`; without the article the word before "and" may be a noun of its
  own: "stability and lasting peace");
- for a coordination of qualifiers, the noun they qualify, and nothing more: "unprovoked and
  unjustified war", not "unprovoked and unjustified" (:func:`_qualified_noun`; a governing
  verb or an owner before it made a wording that analysts' longer wordings no longer hold).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met. The leaders reaffirmed their strong support for ASEAN centrality.")
>>> b = from_text("They met. They will work toward a political solution and durable peace. "
...               "Both oppose hegemonism and power politics.")
>>> [(f.status.value, f.a_text or f.b_text) for f in compare(a, b).formulas]
[('dropped', 'support for ASEAN centrality'), ('appeared', 'political solution and durable peace'), ('appeared', 'oppose hegemonism and power politics')]
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.entries import complement
from readoutdiff.formulas.entries.relations_en import parties_end
from readoutdiff.formulas.matching.content_words import headed
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession import succession
from readoutdiff.formulas.words import coordination, edges, wording
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import (
    ARTICLES,
    EDGE_WORDS,
    INTRODUCING,
    PREPOSITIONS,
    REPORTING,
)
from readoutdiff.formulas.words.spans import word_span
from readoutdiff.languages.en import LANGUAGE as ENGLISH
from readoutdiff.model import Formula, FormulaStatus, Span
from readoutdiff.records.replacing import replace

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_PERSISTED = FormulaStatus.PERSISTED

PRONOUNS = frozenset("its his her their our".split())


def owner(view: succession.View, words: Words, k: int) -> str | None:
    """Who word ``k`` says owns what follows it: a name's stem ("Russia's", "Putin’s"), ""
    for a possessive pronoun ("its": the same owner said again), None if it owns nothing."""
    if k < 0 or words.breaks[k + 1]:
        return None
    if edges.possessive(view.readout.text, words, k):
        return words.stems[k]
    return "" if words.stems[k] in PRONOUNS else None


DETERMINERS = frozenset("the a an our their its his her this these".split())
_SHORT = 2
"""Content words of a formula that says little alone: told with the object it stands in or
the phrase joined to it, and with any word that governs it ("including economic coercion")."""
_JOINED = 3
"""Most words of a noun phrase joined to a short formula by "and"."""


def governed_by(
    formula: Formula, views: tuple[succession.View, succession.View],
    sides: tuple[Sequence[Occurrence], Sequence[Occurrence]],
) -> Formula:  # fmt: skip
    """A formula one side dropped or put in, reported with the word that governs it: "tackle
    the climate crisis", "address the root causes of migration" (what was said of it); a short
    one with the object it stands in, or the phrase "and" joins to it (see the module). A short
    formula both sides keep in the object of two different nouns of support or commitment is
    *changed*, told with them: "commitment to Ukraine's sovereignty and territorial
    integrity" -> "support for Ukraine's sovereignty and territorial integrity"."""
    if formula.status is _PERSISTED:
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
    qualified = _qualifiers_before(words, occurrence.first)
    if qualified < occurrence.first:  # "a just and lasting peace": the noun phrase's qualifiers
        span = word_span(view.readout, words, qualified, occurrence.last)
        return _told(formula, on_a, view, span)
    noun = _qualified_noun(view, occurrence)
    if noun is not None:  # "unprovoked and unjustified war": the qualified noun says enough
        return _told(formula, on_a, view, word_span(view.readout, words, *noun))
    k = occurrence.first - 1
    while k >= 0 and words.stems[k] in DETERMINERS and not words.breaks[k + 1]:
        k -= 1
    joined = joined_end(words, occurrence.last) if short else occurrence.last
    if short and joined == occurrence.last:  # "shared values that unite the U.S. and Zambia"
        joined = modified_end(words, occurrence.last)
    if joined > occurrence.last:
        formula = _told(
            formula, on_a, view, word_span(view.readout, words, occurrence.first, joined)
        )
    if short and k >= 1 and _noun_of(words, k):  # "leadership on the climate crisis"
        return _told(formula, on_a, view, word_span(view.readout, words, k - 1, joined))
    if (
        k < 0
        or not short and not _stance_or_qualifier(words.stems[k], k == occurrence.first - 1)
        or words.stems[occurrence.first] in words.stop_words  # "for as long as …"
        or words.breaks[k + 1] or words.caps[k]
        or words.stems[k] in words.stop_words or words.stems[k] in INTRODUCING
    ):  # fmt: skip
        return formula
    span = word_span(view.readout, words, k, joined)
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


def joined_end(words: Words, last: int) -> int:
    """One past the last word of the noun phrase joined to a formula ending at ``last`` by
    "and", up to the end of its clause: "a political solution and durable peace"."""
    if last + 1 >= len(words.stems) or words.stems[last] != "and" or words.breaks[last]:
        return last
    end, j = last, last + 1
    while j < len(words.stems) and j - last <= _JOINED and not words.breaks[j]:
        stem = words.stems[j]
        if (
            stem in wording.CLAUSE_WORDS
            or stem in PREPOSITIONS
            or stem in REPORTING
            or words.caps[j]
        ):
            return last
        j += 1
        if stem not in words.stop_words:
            end = j
    at_end = j >= len(words.stems) or words.breaks[j]
    return end if at_end and end == j else last


_MODIFIER = 12
"""Most words of a relative clause or a "between" phrase that a short formula is told with."""


def modified_end(words: Words, last: int) -> int:
    """One past the last word of what names a short formula ending at ``last``: a relative
    clause up to the end of its clause ("shared values that unite the U.S. and Zambia", "a
    lasting peace that delivered long-term security …") or the two parties "between" names
    ("the longstanding partnership between the United States and Tanzania", read as
    :func:`~readoutdiff.formulas.entries.relations_en.parties_end` reads them, two parties
    asked for); ``last`` when neither follows it, or when it runs past :data:`_MODIFIER`
    words."""
    size = len(words.stems)
    if last + 1 >= size or words.breaks[last] or words.breaks[last + 1]:
        return last
    stem = words.stems[last]
    if stem == "that" and words.stems[last + 1] not in words.stop_words:
        j = last + 1
        while j < size and not words.breaks[j]:
            j += 1
    elif stem == "between":  # both parties named: "… and Tanzania through"
        j = parties_end(words, last, alone=False)
        if j == last:
            return last
    else:
        return last
    return j if j - last <= _MODIFIER else last


def _told(formula: Formula, on_a: bool, view: succession.View, span: Span) -> Formula:
    text = view.readout.text[span.start : span.end]
    if on_a:
        return replace(formula, a_text=text, a_spans=(span,))
    return replace(formula, b_text=text, b_spans=(span,))


def _short(view: succession.View, occurrence: Occurrence) -> bool:
    """At most :data:`_SHORT` content words: a formula that says little without its context."""
    words = view.words[occurrence.sentence]
    stems = words.stems[occurrence.first : occurrence.last]
    return sum(s not in words.stop_words for s in stems) <= _SHORT


NOUN_ENDINGS = ("ship", "ment", "ance", "ence", "tion", "sion", "ity", "ness", "ure")
"""Endings of English nouns: a word with one before a preposition is a noun the formula
completes ("leadership on the climate crisis"), not an adjective or adverb ("accountable
for", "together with")."""


def _noun_of(words: Words, k: int) -> bool:
    """Word ``k`` is a preposition (no punctuation around it) after a lower-case noun."""
    noun = words.stems[k - 1]
    return (
        words.stems[k] in PREPOSITIONS
        and words.stems[k] != "by"  # the means of a verb: "migration by combating corruption"
        and not words.stems[k + 1].endswith("ing")  # a clause, not a noun phrase, follows
        and not (words.breaks[k] or words.breaks[k + 1] or words.caps[k - 1])
        and (noun.endswith(NOUN_ENDINGS) or _noun_before_of(words, k - 1))
        and noun not in INTRODUCING
    )


def _noun_before_of(words: Words, k: int) -> bool:
    """Word ``k`` stands right after an article, with no punctuation between: before "of", a
    noun whatever its ending ("the value of our longstanding partnership", "the urgency of the
    climate crisis"), unless it is the noun of a preposition ("in the face of")."""
    return (
        words.stems[k + 1] == "of" and k >= 1 and words.stems[k - 1] in ARTICLES
        and not words.breaks[k] and words.stems[k] not in _PREPOSITION_NOUNS
    )  # fmt: skip


_PREPOSITION_NOUNS: frozenset[str] = getattr(ENGLISH.compound_prepositions, "nouns", frozenset())
"""The nouns of prepositions of several words: "in the face of" ties no noun to a formula."""


def _qualifiers_before(words: Words, first: int) -> int:
    """Where the qualifiers joined to a formula's first word start, when that word is the last
    member of a coordination of one-word qualifiers right after an article or possessive ("a
    just and lasting peace", "a durable, lasting peace": the noun phrase an analyst quotes);
    else ``first``."""
    if first < 2 or words.stems[first - 1] not in coordination.JOINS and not words.breaks[first]:
        return first  # the common case: no "and" or comma right before the formula
    listed = coordination.around(words, first)
    if listed is None or listed[1] != first + 1 or listed[0] < 1 or words.breaks[listed[0]]:
        return first
    return listed[0] if words.stems[listed[0] - 1] in DETERMINERS else first


_QUALIFYING = ("ed", "al", "ful", "ous", "ic", "ive", "able", "ible", "ary", "less", "ent", "ant")
"""Endings of English adjectives: the members of a coordination of qualifiers."""


_STANCES = (
    "oppos", "support", "uphold", "safeguard", "resist", "reject", "condemn", "respect",
    "protect", "defend", "denounc", "welcom", "back",
)  # fmt: skip
"""Beginnings of verbs that take a stance on what they govern ("oppose", "upholding")."""


def _stance_or_qualifier(stem: str, adjacent: bool) -> bool:
    """A word worth telling before a long formula: a stance taken on it ("oppose interference
    in other countries' affairs") or a qualifier of it ("additional security and humanitarian
    assistance"; a participle only right before it, with no article between: "increased
    respect for human rights …"); other verbs ("deepen", "maintaining", "make") say how it
    was said, which readers word in many ways, and a longer wording then sits in fewer of
    theirs."""
    if stem.startswith(_STANCES):
        return True
    return stem.endswith(_QUALIFYING) and (adjacent or not stem.endswith("ed"))


def _qualified_noun(view: succession.View, occurrence: Occurrence) -> tuple[int, int] | None:
    """A formula that is a coordination of qualifiers ("unprovoked and unjustified"), or the
    last members of one: its list and the noun right after it. "unprovoked and unjustified war"
    says what was qualified, which "unprovoked and unjustified" alone does not. The last
    members of a list of nouns are told as the whole list: "security, and prosperity" of
    "advance democracy, security, and prosperity"."""
    words = view.words[occurrence.sentence]
    listed = coordination.around(words, occurrence.first)
    if listed is None or listed[1] < occurrence.last:
        return None
    first, last = headed(words, *listed)
    members = [s for s in words.stems[first : listed[1]] if s not in words.stop_words]
    if last > listed[1] and all(s.endswith(_QUALIFYING) for s in members):
        return first, _compound_end(words, last)
    return listed if listed[0] < occurrence.first else None


def _compound_end(words: Words, end: int) -> int:
    """``end`` moved past the nouns that go on the compound a qualified noun opens: "military"
    is not what was qualified in "unprovoked and unjustified military buildup"."""
    stop = min(len(words.stems), end + _COMPOUND)
    while end < stop and not (words.breaks[end] or words.caps[end]):
        stem = words.stems[end]
        if stem in EDGE_WORDS or stem in words.stop_words or stem in wording.CLAUSE_WORDS:
            break
        if stem.endswith(_NOT_NOUNS):
            break
        end += 1
    return end


_COMPOUND = 2
"""Most nouns a compound takes after its first."""
_NOT_NOUNS = ("ed", "ing", "ly")


def _object_of(view: succession.View, occurrence: Occurrence) -> tuple[str, Span] | None:
    """The noun of support or commitment whose object holds ``occurrence``, and the span from
    that noun through the whole object: "support for ASEAN centrality and the ASEAN-led
    regional architecture" is what was said, not "ASEAN centrality" (the object runs as
    :func:`complement.through_object` reads it). "to" or "for" stands right before the
    formula, or before its determiners and owner ("Ukraine's")."""
    words = view.words[occurrence.sentence]
    k = occurrence.first - 1
    while k >= 0 and words.stems[k] in DETERMINERS and not words.breaks[k + 1]:
        k -= 1
    if k >= 0 and owner(view, words, k):
        k -= 1
    if k < 1 or words.stems[k] not in complement.OPENERS or words.breaks[k] or words.breaks[k + 1]:
        return None
    end = complement.through_object(view.readout.text, words, k - 1)
    if end is None or end < occurrence.last:
        return None
    return words.stems[k - 1], word_span(view.readout, words, k - 1, end)
