"""In English readouts, a one-sided line whose last two words the other readout says once, where
no entry stands, is one line that changed around a head both keep.

"mutual efforts to forge a more prosperous, peaceful, and integrated Middle East region" becomes
"cooperation towards a more prosperous Middle East region"; "key challenges facing the region,
including strategic competition and climate change" becomes "the impact of climate change in
the region". The line keeps its head (a compound: "Middle East region", "climate change") and
rewords what stands before it, so the formula found on one side has no counterpart in the
other's words and is told *dropped* (or *appeared*), while the other readout says the same
head in a clause nothing reports. The Chinese readouts' kept tails
(:mod:`readoutdiff.formulas.entries.kept_tails`) are the same shape.

A *dropped* or *appeared* entry (not the user's) becomes one *changed* entry when

- its wording holds :data:`CONTENT` content words or more and ends in two words that are no
  stop word and hold no figure (the *tail*);
- each readout says the tail exactly once, one space between its words (in lower case, opening
  a sentence or in a title): a head said twice ties no two lines, and on the entry's own side
  that once is the entry's own place;
- the other readout's tail stands where no entry has a span (a *silent* place), in a noun
  phrase a determiner opens (below), and no other entry's tail is that place (two offers tie
  nothing).

The other wording is the noun phrase the tail ends: back from it over lower-case qualifiers,
"more"/"most", "of" and a name the tail ends ("Middle East region"), to the determiner that
opens it ("a", "the", "our" …), at most :data:`MOST_BEFORE` words, none across punctuation, a
verb form ("-ed", "-ing"), an adverb or another function word ("Turning to | the impact of
climate change"). Where no determiner opens it, nothing is made: a lower-case word before the
tail may be a verb ("accelerate trilateral cooperation"), and a bare tail ("… of democracy and
human rights") is a stock phrase more than a line.

Nothing hangs on reading order: swapping A and B swaps the result.

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.model import Formula, FormulaStatus, Span
>>> a = from_text("They discussed efforts to forge a prosperous, peaceful, and integrated Middle East region.")
>>> b = from_text("They discussed trade. They backed cooperation towards a more prosperous Middle East region.")
>>> at = a.text.index("prosperous")
>>> dropped = Formula(status=FormulaStatus.DROPPED, a_text=a.text[at:-1], b_text=None,
...                   a_spans=(Span(start=at, end=len(a.text) - 1, line=1),), id="integrated-middle-east")
>>> [(f.status.value, f.a_text, f.b_text, f.id) for f in tails_paired_en([dropped], a, b)]
[('changed', 'prosperous, peaceful, and integrated Middle East region', 'a more prosperous Middle East region', 'integrated-middle-east/reworded')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readoutdiff.formulas.entries.clause_heads import lined
from readoutdiff.formulas.words.phrases import Words, readout_words
from readoutdiff.formulas.words.roles import DETERMINERS, STOP_WORDS
from readoutdiff.formulas.words.spans import overlaps, said_more, sentence_holding
from readoutdiff.languages.segment import stop_ends_sentence
from readoutdiff.languages.wordshape import Shape
from readoutdiff.model import REWORDED, Formula, FormulaSource, FormulaStatus, Readout, Span
from readoutdiff.records.replacing import replace

CONTENT = 3
"""Fewest content words of the one-sided wording: a tail of two is then not the whole line."""
MOST_BEFORE = 5
"""Most words the other wording takes before its tail."""
DEGREE = frozenset(("more", "most"))
"""Words of degree inside a noun phrase ("a more prosperous … region")."""
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_ONE_SIDED = (FormulaStatus.DROPPED, FormulaStatus.APPEARED)
Views = tuple[Sequence[Words], Sequence[Words]]


def tails_paired_en(
    formulas: Sequence[Formula], a: Readout, b: Readout, views: Views | None = None
) -> tuple[Formula, ...]:
    """Return ``formulas`` with each one-sided entry whose tail the other readout says once, at a
    silent place, made one *changed* entry with the noun phrase there (see the module).
    ``views``: the words of every sentence of A and of B, when the stage has them."""
    if a.language != "en" or b.language != "en":
        return tuple(formulas)
    wanted = [(n, side) for n, f in enumerate(formulas) if (side := _side(f)) >= 0]
    if not wanted:
        return tuple(formulas)
    if views is None:
        memo: dict[str, Shape] = {}
        views = (readout_words(a, memo), readout_words(b, memo))
    readouts = (a, b)
    texts = (a.text, b.text)
    tails = [
        (n, side, tail) for n, side in wanted if (tail := _tail(formulas[n], side, texts, views))
    ]
    offers: dict[tuple[int, int], list[tuple[int, Span]]] = {}
    for n, side, tail in tails:
        forms = _forms(tail)
        if not (_once(texts[side], forms) and _once(texts[1 - side], forms)):
            continue  # a tail said twice on a side ties no two lines
        found = _found(texts[1 - side], forms, views[1 - side])
        if found is None or any(overlaps(found, (f.b_spans, f.a_spans)[side]) for f in formulas):
            continue  # an entry tells that place (few tails get here: no index of them)
        text = readouts[1 - side].text
        opening = _phrase_start(text, found.start)
        if opening is not None:
            place = lined(text, Span(start=opening, end=found.end, line=0))
            offers.setdefault((1 - side, place.start), []).append((n, place))
    out = list(formulas)
    for offered in offers.values():
        if len(offered) != 1:
            continue  # two lines end in that place's tail: neither is tied to it
        n, place = offered[0]
        out[n] = _changed(formulas[n], place, readouts)
    return tuple(out)


def _side(formula: Formula) -> int:
    """0 for a dropped entry, 1 for an appeared one, -1 for any other or the user's."""
    if formula.status not in _ONE_SIDED or formula.source is FormulaSource.USER:
        return -1
    return 0 if formula.status is FormulaStatus.DROPPED else 1


def _tail(formula: Formula, side: int, texts: tuple[str, str], views: Views) -> str:
    """The last two words of the entry's (first) wording on its ``side`` (:func:`_side`),
    lower-cased, one space between; "" when they are a stop word, hold a figure or stand apart
    otherwise, or the wording holds fewer than :data:`CONTENT` content words."""
    spans, text = (formula.a_spans, formula.b_spans)[side], texts[side]
    if not spans:
        return ""
    words = sentence_holding(views[side], spans[0].start)
    inside = words.starting_in(spans[0]) if words is not None else range(0)
    if len(inside) < 2 or words is None or words.end(inside[-1]) > spans[0].end:
        return ""
    stems, stop, k = words.stems, words.stop_words, inside[-1]
    if sum(stems[i] not in stop for i in inside) < CONTENT:
        return ""
    if any(t in stop or any(map(str.isdigit, t)) for t in stems[k - 1 : k + 1]):
        return ""
    if text[words.end(k - 1) : words.start(k)] != " ":
        return ""
    return text[words.start(k - 1) : words.end(k)].lower()


def _forms(tail: str) -> tuple[str, ...]:
    """The ways a lower-cased tail is written: as it is, opening a sentence, in a title."""
    return tuple(dict.fromkeys((tail, tail[:1].upper() + tail[1:], tail.title())))


def _once(text: str, forms: Sequence[str]) -> bool:
    """Whether ``text`` says one of ``forms`` once in all (``sum(map(text.count, forms)) == 1``),
    searched in C and left at a second saying (:func:`~readoutdiff.formulas.words.spans.said_more`):
    the texts are not lower-cased whole, which at 500 KB costs more than the rule, and a tail
    said again is left without reading the rest of a long readout (sp101)."""
    said = False
    for form in forms:
        if not said_more(text, form, 0):
            continue
        if said or said_more(text, form, 1):
            return False  # a second saying: the forms left are not read
        said = True
    return said


def _found(text: str, forms: Sequence[str], view: Sequence[Words]) -> Span | None:
    """Where the one of ``forms`` the text says once stands, as two whole words of one
    sentence; None when it stands inside a longer word."""
    at = max(map(text.find, forms))
    end = at + len(forms[0])
    words = sentence_holding(view, at)
    if words is None:
        return None
    inside = words.starting_in(Span(start=at, end=end, line=0))
    if len(inside) != 2 or words.start(inside[0]) != at or words.end(inside[-1]) != end:
        return None
    return Span(start=at, end=end, line=0)


def _phrase_start(text: str, start: int) -> int | None:
    """Where the noun phrase ending in the tail at ``start`` opens: back over qualifiers,
    words of degree, "of" and a name to a determiner (taken), at most :data:`MOST_BEFORE`
    words; None when no determiner opens it. A full stop the segmenter reads as no sentence end
    (:func:`~readoutdiff.languages.segment.stop_ends_sentence`: the dots of "U.S.", "Mr.") is
    no punctuation between words: "the U.S. Trade Representative" is one phrase.

    >>> text = "They met the U.S. Trade Representative."
    >>> _phrase_start(text, text.index("Trade")) == text.index("the")
    True
    """
    sentence_start = max(text.rfind(mark, 0, start) for mark in ("\n", ";", ":", ","))
    dot = text.rfind(".", sentence_start + 1, start)
    while dot >= 0 and not stop_ends_sentence(text, dot):
        dot = text.rfind(".", sentence_start + 1, dot)
    before = list(_WORD.finditer(text, max(sentence_start, dot) + 1, start))
    opening, named = start, text[start : start + 1].isupper()
    for match in reversed(before[-MOST_BEFORE:]):
        gap = text[match.end() : opening]
        if not (gap.isspace() or _abbreviation_dot(text, match.end(), gap)):
            break  # punctuation between: another phrase
        word = match.group()
        lower = word.lower()
        if lower in DETERMINERS:
            return match.start()
        named = named and word[:1].isupper()  # a name the tail ends ("Middle East region")
        if not (named or lower == "of" or lower in DEGREE or _qualifier(word)):
            break
        opening = match.start()
    return None  # no determiner opens it: a verb may stand among the words before


def _abbreviation_dot(text: str, at: int, gap: str) -> bool:
    """Whether ``gap``, the text at ``at`` between two words, is the full stop of an
    abbreviation or initial, with a space or a hyphen after it or nothing ("U.S.-Japan"), no
    sentence end."""
    if gap[:1] != "." or (gap[1:] and not gap[1:].isspace() and gap[1:] != "-"):
        return False
    return not stop_ends_sentence(text, at)


def _qualifier(word: str) -> bool:
    """A lower-case content word that is no verb form, adverb or figure."""
    return (
        word[:1].islower()
        and word not in STOP_WORDS
        and not word.endswith(("ed", "ing", "ly"))
        and not any(map(str.isdigit, word))
    )


def _changed(formula: Formula, place: Span, readouts: tuple[Readout, Readout]) -> Formula:
    """``formula`` made one *changed* entry with the other readout's wording at ``place``."""
    text = readouts[0 if formula.status is FormulaStatus.APPEARED else 1].text  # the other's
    other = text[place.start : place.end]
    if formula.status is FormulaStatus.DROPPED:
        return replace(
            formula, status=FormulaStatus.CHANGED, b_text=other, b_spans=(place,),
            id=formula.id + REWORDED, variant=False,
        )  # fmt: skip
    return replace(
        formula, status=FormulaStatus.CHANGED, a_text=other, a_spans=(place,),
        id=formula.id + REWORDED, variant=False,
    )  # fmt: skip
