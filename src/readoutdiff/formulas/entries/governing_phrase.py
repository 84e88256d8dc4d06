"""A short English wording reported with the noun phrase whose "of" or "for" governs it.

An analyst's hand list quotes what was said of a short formula, not its two-word core: "the
implications of Russia's war on Ukraine for Transatlantic security", "the urgent need for an
immediate ceasefire and a hostage deal", "the continued importance of Transatlantic unity".
Reported as "Transatlantic security" or "immediate ceasefire", such a core matched no hand
item on the readouts no rule was tuned on (benchmarks/README.md, "acc22", "acc23"). Here each
side of an English report whose wording holds at most :data:`SHORT` content words, and that
"of" or "for" governs (a determiner or an owner at most between), is grown back to the noun
phrase before the preposition: from the first word after its determiner ("the", "our" ...),
over lower-case words, names, owners and the prepositions inside it ("war on Ukraine"), at
most :data:`REACH` words; a noun phrase must open on a determiner and a lower-case word (so
"thanked the Prime Minister for …" governs nothing). A noun of support or commitment
(:data:`complement.HEADS`) tells its object already (:mod:`.complement`, :mod:`.told`), and
the noun of a preposition of several words ("in the face of") governs nothing. A noun phrase
"and" joins to the wording up to the end of its clause is taken as well ("… and a hostage
deal"). A short wording that is the subject of a "that" clause, a copula right after it, is
told with its predicate to the clause's end ("… that an immediate ceasefire is essential to
stabilize and improve the humanitarian situation and protect innocent civilians", at most
:data:`PREDICATE` words); a kept one said to be something else is then *changed*. Every copy
of a side must grow to the same words, or that side is left as it was. A short wording that
opens a list of examples ("such as", "including", or after a comma) of short noun phrases,
the list ending its clause, is told with the whole list ("forced labor, workplace
discrimination, and heat stress"): the hand list quotes the list, not its first member. A *changed* report is
left as its link told it.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They discussed the implications of Russia's war on Ukraine for Transatlantic security.")
>>> b = from_text("They stressed the urgent need for an immediate ceasefire and a hostage deal.")
>>> [(f.status.value, f.a_text or f.b_text) for f in compare(a, b).formulas]
[('dropped', "implications of Russia's war on Ukraine for Transatlantic security"), ('appeared', 'urgent need for an immediate ceasefire and a hostage deal')]
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.entries.complement import HEADS, grown_alike, with_sides
from readoutdiff.formulas.entries.told import DETERMINERS, joined_end, owner
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import REPORTING
from readoutdiff.formulas.words.spans import sentence_holding
from readoutdiff.formulas.words.wording import bare
from readoutdiff.languages.en import LANGUAGE as ENGLISH
from readoutdiff.model import Formula, FormulaStatus, Span
from readoutdiff.records.replacing import replace

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_CHANGED = FormulaStatus.CHANGED

SHORT = 2
"""Most content words of a wording that says little without what governs it."""
REACH = 8
"""Most words of the governing noun phrase, its preposition left out."""
MOST_WORDS = 8
"""Most words of a wording read at all (a short core and a phrase "and" joins to it)."""
GOVERNING = frozenset(("of", "for"))
INSIDE = frozenset(("of", "on", "in", "against"))
"""Prepositions a governing noun phrase may hold: "the implications of Russia's war on Ukraine"."""
ADJECTIVAL = ("able", "ible", "ous", "ive", "ful", "ed", "ing", "ly")
"""Endings of words that qualify or act rather than name: "accountable for", "unjustified"
("need" and "deed" are no participles: :func:`_adjectival`)."""
QUOTES = frozenset('"“”‘«»')
"""Marks that open or close a quotation: a wording is never grown across one."""
_LEAD_WORDS = GOVERNING | frozenset(("that", "as", "including"))
"""The words after which a wording may grow: it is governed, a subject or a list's opening."""
_DETERMINER_WORDS = frozenset("the a an our their its his her this these".split())
_BEFORE = 40
"""Characters read before a wording by :func:`_led`."""
LEADS = frozenset(("as", "including"))
"""Words that open a list of examples ("such as", "including")."""
MEMBER = 3
"""Most words of a member of a list of noun phrases."""
COPULAS = frozenset(("is", "are", "remains", "remain"))
PREDICATE = 16
"""Most words of the predicate a subject is told with, its copula included."""
_NOT_GOVERNING = (
    HEADS | frozenset(("importance",))
    | getattr(ENGLISH.compound_prepositions, "nouns", frozenset())
)  # fmt: skip
"""Nouns whose "of" or "for" governs no report: a noun of support or commitment tells its
object already; "the importance of" introduces what was said (the dev lists quote "peace and
prosperity" after it), as the noun of a preposition of several words ("in the face of") does."""


def governing_phrases(formulas: Sequence[Formula], views: tuple[View, View]) -> list[Formula]:
    """``formulas`` with each short side grown to the noun phrase that governs it (see the
    module); a kept formula stays kept, a variant when its two wordings now differ."""
    return [f if f.status is _CHANGED else _grown(f, views) for f in formulas]


def _grown(formula: Formula, views: tuple[View, View]) -> Formula:
    a = _side(formula.a_text, formula.a_spans, views[0])
    b = _side(formula.b_text, formula.b_spans, views[1])
    if a is None and b is None:
        return formula
    grown = with_sides(formula, a, b)
    a_text, b_text = grown.a_text, grown.b_text
    if formula.status is not FormulaStatus.PERSISTED:
        return grown
    # A kept subject said to be something else is changed ("an immediate ceasefire is
    # essential to stabilize …" -> "an immediate ceasefire in Gaza"); a kept core told with
    # its governing phrase on one side only is the formula kept (the dev lists say so).
    told = (a and a[1][0].start == formula.a_spans[0].start) or (
        b and b[1][0].start == formula.b_spans[0].start
    )  # only a predicate leaves a wording's start where it was
    if told and a_text and b_text and set(bare(a_text)) != set(bare(b_text)):
        return replace(grown, status=FormulaStatus.CHANGED, variant=False)
    return replace(grown, variant=formula.variant or a_text != b_text)


def _side(
    text: str | None, spans: Sequence[Span], view: View
) -> tuple[str, tuple[Span, ...]] | None:
    """The side's wording and spans grown, when every copy grows to the same words."""
    if not text or not spans or text.count(" ") > MOST_WORDS or _adjectival(text):
        return None  # most wordings: no span read
    return grown_alike(spans, view, _span_grown)


def _span_grown(span: Span, view: View) -> Span | None:
    if not _led(view.readout.text, span.start):
        return None  # nothing before it that governs or opens a list: most wordings
    words = sentence_holding(view.words, span.start)
    if words is None:
        return None
    inside = words.starting_in(span)
    if not inside or words.end(inside[-1]) != span.end:
        return None
    stems = words.stems[inside.start : inside.stop]
    core = stems[: stems.index("and")] if "and" in stems[1:] else stems  # "… and a hostage deal"
    if len(core) - sum(map(words.stop_words.__contains__, core)) > SHORT:  # content words
        return None
    k = inside.start - 1  # the preposition, past the determiners and the owner
    while k >= 0 and words.stems[k] in DETERMINERS and not words.breaks[k + 1]:
        k -= 1
    if k >= 0 and owner(view, words, k):
        k -= 1
    if k >= 0 and words.stems[k] == "that" and not words.breaks[k + 1]:
        end = _predicate_end(words, inside.stop)  # "that an immediate ceasefire is essential …"
        return None if end is None else _words_span(words, inside.start, end, span.line)
    if k >= 0 and (words.stems[k] in LEADS or words.breaks[k + 1]) and "and" not in stems:
        end = _list_end(words, inside.stop)  # "such as forced labor, workplace discrimination, …"
        if end is not None:
            return _words_span(words, inside.start, end, span.line)
    if k < 2 or words.stems[k] not in GOVERNING or words.breaks[k] or words.breaks[k + 1]:
        return None
    first = _phrase_start(words, k)
    if first is None:
        return None
    if not QUOTES.isdisjoint(view.readout.text[words.start(first) : span.start]):
        return None  # a quoted name ("realization of a “Free and Open Indo-Pacific”")
    return _words_span(words, first, joined_end(words, inside.stop), span.line)


def _words_span(words: Words, first: int, last: int, line: int) -> Span:
    """Where the words ``[first, last)`` stand, on the wording's line (one sentence holds
    both; ``spans.word_span`` would read the readout's sentences for it)."""
    return Span(start=words.start(first), end=words.end(last - 1), line=line)


def _led(text: str, start: int) -> bool:
    """What stands before ``start`` may govern a wording there or open a list: past an owner
    and determiners, a word of :data:`_LEAD_WORDS` or punctuation (a cheap test on the text,
    before its words are read; :func:`_span_grown` decides)."""
    before = text[max(0, start - _BEFORE) : start].split()
    i = len(before) - 1
    while i >= 0 and before[i].casefold() in _DETERMINER_WORDS:
        i -= 1
    if i >= 0 and before[i].endswith(("'s", "\u2019s")):
        i -= 1
    return i >= 0 and (before[i].casefold() in _LEAD_WORDS or not before[i][-1].isalnum())


def _list_end(words: Words, stop: int) -> int | None:
    """One past the last member of the list of short noun phrases a wording ending right before
    ``stop`` opens ("forced labor, workplace discrimination, and heat stress"), when the list
    ends its clause; else None."""
    n, members, j = len(words.stems), 1, stop
    while j < n and words.breaks[j] and not words.caps[j]:
        last = words.stems[j] == "and"  # ", and heat stress": the last member
        j, length = j + last, 0
        while j < n and (length == 0 or not words.breaks[j]) and length < MEMBER:
            if words.stems[j] in words.stop_words or words.caps[j]:
                return None
            j, length = j + 1, length + 1
        if length == 0:
            return None
        members += 1
        if last:
            return j if members > 2 and (j == n or words.breaks[j]) else None
    return None


def _predicate_end(words: Words, stop: int) -> int | None:
    """One past the last word of the clause whose subject ends right before ``stop``, when a
    copula follows the subject and the clause ends within :data:`PREDICATE` words ("is
    essential to stabilize and improve the humanitarian situation and protect innocent
    civilians"), else None."""
    if stop >= len(words.stems) or words.stems[stop] not in COPULAS or words.breaks[stop]:
        return None
    end = stop + 1
    while end < len(words.stems) and not words.breaks[end]:
        end += 1
    return end if end - stop <= PREDICATE else None


def _phrase_start(words: Words, k: int) -> int | None:
    """The first word after the determiner that opens the noun phrase ending right before the
    preposition at ``k``, or None when no such phrase governs it."""
    head = words.stems[k - 1]  # a name may end it ("… war on Ukraine"): its opening word decides
    if head in _NOT_GOVERNING or head in words.stop_words or _adjectival(head):
        return None
    j = k - 1
    while j >= 0 and k - j <= REACH:
        if words.breaks[j + 1]:
            return None
        stem = words.stems[j]
        if stem in DETERMINERS:
            opening = j + 1
            if words.stems[opening] in _NOT_GOVERNING and words.stems[opening + 1] == "of":
                opening += 2  # "the importance of rights for women and girls"
            if opening >= k or words.caps[opening] or words.stems[opening] in words.stop_words:
                return None
            return opening if words.stems[opening] not in REPORTING else None
        if stem in words.stop_words and stem not in INSIDE:
            return None
        j -= 1
    return None


def _adjectival(word: str) -> bool:
    """``word`` ends as a qualifier or a verb form does (:data:`ADJECTIVAL`), and is no short
    noun that only looks so ("need")."""
    return word.endswith(ADJECTIVAL) and len(word) > len("need")
