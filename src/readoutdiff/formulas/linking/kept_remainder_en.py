"""In English readouts, a formula both readouts keep whose clause goes on in other words: the
rest of the line is one line reworded around the kept formula.

A readout often keeps how a line opens and rewords what follows: "the global food security
crisis caused by President Putin's invasion" becomes "… caused by President Putin's war of
choice in Ukraine", "updated one another on the Covid situation" becomes "updated one another
on the current coronavirus situation in their respective countries". The kept opening is a
formula told *persisted*; what follows it is told nothing, as no formula stands there. The
in-place rules (:mod:`readoutdiff.formulas.linking.openings`) read only a pair of one sentence a
side and need two content words of opening outside a formula; here the persisted entry is the
opening.

Beside a *persisted* entry (not the user's) one *changed* entry is added for the words after
it, when on both sides

- the words go on right after the entry's wording, in its sentence, with no punctuation
  between (a space only), the two lines not going on alike to their ends, and run to the end
  of their clause
  (:func:`~readoutdiff.formulas.linking.openings.clause_end`);
- each continuation holds :data:`CONTENT` content words or more, neither is a name, an office,
  a date, boilerplate or a cut (:func:`noise.why`), and no other entry stands there;
- the two differ past the words they share at both ends (a run each keeps), and not by one word
  each: "Russia's ongoing aggression" / "Russia's brutal aggression" is a qualifier swapped
  in a kept line, not the line reworded.

The new entry is named by the kept entry (``<id>/remainder``); the kept entry stays.
Nothing hangs on reading order: swapping A and B swaps the result. Off with
``Options(governing_words=False)``, like the other clause rules.

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.model import Formula, FormulaStatus, Span
>>> a = from_text("The global food security crisis resulting from the brutal war requires a response.")
>>> b = from_text("They discussed the global food security crisis caused by the invasion.")
>>> kept = "global food security crisis"
>>> at_a, at_b = a.text.index(kept), b.text.index(kept)
>>> persisted = Formula(status=FormulaStatus.PERSISTED, a_text=kept, b_text=kept, id="crisis",
...     a_spans=(Span(start=at_a, end=at_a + len(kept), line=1),),
...     b_spans=(Span(start=at_b, end=at_b + len(kept), line=1),))
>>> [(f.status.value, f.a_text, f.b_text, f.id) for f in remainders_en([persisted], a, b)]
[('persisted', 'global food security crisis', 'global food security crisis', 'crisis'), ('changed', 'resulting from the brutal war', 'caused by the invasion', 'crisis/remainder')]
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.linking.openings import clause_end
from readoutdiff.formulas.matching.content_words import counts
from readoutdiff.formulas.mining import noise
from readoutdiff.formulas.words.phrases import Words, readout_words
from readoutdiff.formulas.words.roles import CLAUSE_WORDS, DETERMINERS
from readoutdiff.formulas.words.spans import line_of, overlaps, sentence_holding
from readoutdiff.languages.wordshape import Shape
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Readout, Span
from readoutdiff.records.replacing import replace
from readoutdiff.text.shared_runs import differing

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_USER = FormulaSource.USER

CONTENT = 2
"""Fewest content words of each continuation."""
REMAINDER = "/remainder"
"""Id suffix of the entry made for the words after a kept formula."""
_PERSISTED = FormulaStatus.PERSISTED
_JOINING = CLAUSE_WORDS - {"to"}
"""First words of a continuation that join another clause or list member to the formula."""
Views = tuple[Sequence[Words], Sequence[Words]]
_Place = tuple[Words, int, int]
"""A continuation: its sentence's words, its first word and the word after its last."""


def remainders_en(
    formulas: Sequence[Formula], a: Readout, b: Readout, views: Views | None = None
) -> tuple[Formula, ...]:
    """Return ``formulas`` with a *changed* entry after each persisted entry whose clause goes
    on in other words on both sides (see the module). ``views``: the words of every sentence
    of A and of B, when the stage has them."""
    if a.language != "en" or b.language != "en":
        return tuple(formulas)
    made: dict[int, Formula] = {}
    taken: tuple[list[Span], list[Span]] = ([], [])
    for n, formula in enumerate(formulas):
        if formula.status is not _PERSISTED or not _kept(formula):
            continue  # the status read first: most entries of a long pair are no kept formula
        if _goes_on_alike(a.text, b.text, formula):
            continue  # most end their line alike: no word read (the 500 KB pair: 8 of 111 go on)
        if views is None:
            memo: dict[str, Shape] = {}
            views = (readout_words(a, memo), readout_words(b, memo))
        at_a = _continuation(a.text, views[0], formula.a_spans[0])
        at_b = _continuation(b.text, views[1], formula.b_spans[0])
        if at_a is None or at_b is None or not _reworded(at_a, at_b):
            continue  # most kept formulas go on alike: the word test before the shape's
        if _no_formula(at_a) or _no_formula(at_b):
            continue
        span_a, span_b = _span(a, at_a), _span(b, at_b)
        if _told(span_a, span_b, formulas, taken):
            continue
        taken[0].append(span_a)
        taken[1].append(span_b)
        made[n] = replace(
            formula, status=FormulaStatus.CHANGED, a_text=a.text[span_a.start : span_a.end],
            b_text=b.text[span_b.start : span_b.end], a_spans=(span_a,), b_spans=(span_b,),
            id=formula.id + REMAINDER, variant=False, anchor=formula.id,
        )  # fmt: skip
    if not made:
        return tuple(formulas)
    return tuple(g for n, f in enumerate(formulas) for g in ((f, made[n]) if n in made else (f,)))


def _kept(formula: Formula) -> bool:
    """A persisted entry, not the user's, with a wording on each side."""
    return (
        formula.status is _PERSISTED
        and formula.source is not _USER
        and bool(formula.a_spans)
        and bool(formula.b_spans)
    )


def _goes_on_alike(a_text: str, b_text: str, formula: Formula) -> bool:
    """The two lines go on alike after the formula's wordings (a line end ends a sentence), or
    not with a space and a word on either side."""
    end_a, end_b = formula.a_spans[0].end, formula.b_spans[0].end
    if a_text[end_a : end_a + 1] != " " or b_text[end_b : end_b + 1] != " ":
        return True
    last_a, last_b = a_text.find("\n", end_a), b_text.find("\n", end_b)
    last_a = len(a_text) if last_a < 0 else last_a
    last_b = len(b_text) if last_b < 0 else last_b
    return last_a - end_a == last_b - end_b and a_text[end_a:last_a] == b_text[end_b:last_b]


def _continuation(text: str, view: Sequence[Words], span: Span) -> _Place | None:
    """The words after ``span`` in its sentence to the end of their clause, or None: none
    there, punctuation between, or too few content words."""
    words = sentence_holding(view, span.start)
    if words is None or span.end > words.end(len(words.stems) - 1):
        return None
    first = words.starting_in(Span(start=span.end, end=span.end + 2, line=0))
    if not first or words.start(first[0]) != span.end + 1 or words.breaks[first[0]]:
        return None  # not one space after the wording: punctuation or no word between
    k = first[0]
    if words.stems[k] in _JOINING:
        return None  # another clause or a list's next member, not the line's rest
    end = _predicate(text, words, k, clause_end(words, k))
    if sum(counts(s, words.stop_words) for s in words.stems[k:end]) < CONTENT:
        return None
    return words, k, end


def _no_formula(at: _Place) -> bool:
    """The continuation is a name, a date, boilerplate or a cut (:func:`noise.why`); an office
    is said inside a line ("caused by President Putin's …")."""
    return noise.why(*at) not in (None, "office")


def _predicate(text: str, words: Words, first: int, end: int) -> int:
    """``end``, or where the sentence's verb opens a predicate inside [first, end): a lower-case
    word in "-s" after a content word and before a determiner ("… brutal war | requires a
    global response")."""
    stems, caps, stop = words.stems, words.caps, words.stop_words
    for k in range(first + 1, min(end, len(stems) - 1)):
        if (
            stems[k + 1] in DETERMINERS
            and not caps[k]
            and counts(stems[k - 1], stop)
            and counts(stems[k], stop)
            and _third_person(text[words.start(k) : words.end(k)])
        ):
            return k
    return end


def _third_person(word: str) -> bool:
    """A verb's third person singular in form: "-s", not "-ss", "-us", "-is" or "'s"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def _reworded(at_a: _Place, at_b: _Place) -> bool:
    """The two continuations differ past the words they share at both ends, by more than one
    word on one side at least (one word swapped, put in or taken off is no rewording of the
    line), and each side's different words hold a content word."""
    (wa, fa, ea), (wb, fb, eb) = at_a, at_b
    x, y = wa.stems[fa:ea], wb.stems[fb:eb]
    first_x, last_x, first_y, last_y = differing(x, y)
    rest_x, rest_y = x[first_x:last_x], y[first_y:last_y]
    if len(rest_x) <= 1 and len(rest_y) <= 1:
        return False  # one word swapped (or added) in a kept line
    return any(counts(s, wa.stop_words) for s in rest_x) and any(
        counts(s, wb.stop_words) for s in rest_y
    )


def _span(readout: Readout, at: _Place) -> Span:
    """The continuation's place in the text, with its line (:func:`line_of`)."""
    words, first, end = at
    start = words.start(first)
    return Span(start=start, end=words.end(end - 1), line=line_of(readout, words, start))


def _told(
    span_a: Span, span_b: Span, formulas: Sequence[Formula], taken: tuple[list[Span], list[Span]]
) -> bool:
    """Another entry (or one made here) stands at either place."""
    return (
        any(overlaps(span_a, f.a_spans) or overlaps(span_b, f.b_spans) for f in formulas)
        or overlaps(span_a, taken[0])
        or overlaps(span_b, taken[1])
    )
