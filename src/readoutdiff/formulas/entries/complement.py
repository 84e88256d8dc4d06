"""A formula that ends on a noun of commitment or support, reported with what it is to or for.

"unwavering commitment" tells an analyst little; "unwavering commitment to the strong
U.S.-Israel strategic relationship" is the line that was said, and the one compared with the
other readout's "commitment to Israel's security". A formula whose last word is such a noun
(:data:`HEADS`) and that "to" or "for" follows, right after it or after the name that owns
it ("the commitment of the United States to …"), is reported through its object: the words up
to punctuation, a clause word, another preposition or a joining word that does not join the
members of a list ("democratic, free, and prosperous future") or a participle ("backed by"),
at most :data:`MOST` words. A noun of commitment (:data:`CONTENT_HEADS`) that "that" follows
is told with that clause, what was committed to, when the clause ends on punctuation within
:data:`CLAUSE` words ("iron-clad commitment that Iran will never be able to obtain a nuclear
weapon"): bare, "iron-clad commitment" names no line. Off where ``Options.governing_words`` is
(a series names its rows by the formula's own wording).

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.formulas.words.phrases import readout_words
>>> r = from_text("He stressed our unwavering commitment to Ukraine's democratic, free, and prosperous future, and left.")
>>> words = readout_words(r)[0]
>>> k = words.stems.index("commitment")
>>> last = through_object(r.text, words, k)
>>> r.text[words.start(k) : words.end(last - 1)]
"commitment to Ukraine's democratic, free, and prosperous future"
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words import coordination
from readoutdiff.formulas.words.phrases import Words, stem
from readoutdiff.formulas.words.roles import CIRCUMSTANCE, PREPOSITIONS, REPORTING
from readoutdiff.formulas.words.spans import sentence_holding, word_span
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, bare
from readoutdiff.model import Formula, FormulaStatus, Span
from readoutdiff.records.replacing import replace

HEADS = frozenset(
    map(stem, "commitment support assistance opposition respect solidarity dedication".split())
)
"""Nouns whose object is part of what was said: commitment *to* what, support *for* whom."""
OPENERS = frozenset(("to", "for"))
CONTENT_HEADS = frozenset((stem("commitment"),))
"""Nouns of :data:`HEADS` a "that" clause may follow as their content: what was committed to
("support that aids …" is a relative clause, so "support" is not one)."""
CLAUSE = 14
"""Most words of a content clause; a longer one, or one that stops without punctuation, is not
read."""
CHANGED, DROPPED, APPEARED = FormulaStatus.CHANGED, FormulaStatus.DROPPED, FormulaStatus.APPEARED
MOST = 8
"""Most words of an object."""
_ENDS = CLAUSE_WORDS | PREPOSITIONS - {"of"} | frozenset(("as", "including", "than", "like", "if"))
_JOINS = coordination.JOINS
_HARD = frozenset(",;:()[]\u2014\u2013")
_HEAD_WORDS = re.compile("|".join(sorted(head[:-1] for head in HEADS)))
"""What an ASCII wording holding a noun of :data:`HEADS` says in lower case: the noun but its
last letter ("solidarities" is stemmed "solidarity"). An ASCII wording is folded by ``lower()``
alone (``wordshape.shape``), so one without it holds no such noun (sp101)."""


def carried(formulas: Sequence[Formula], views: tuple[View, View]) -> list[Formula]:
    """``formulas`` carried through their objects (:func:`with_objects`). A formula one side
    dropped or put in that now stands inside a changed entry's object is told by that entry:
    "gains of the Belfast/Good Friday Agreement" inside "shared commitment to protecting the
    gains of the Belfast/Good Friday Agreement" -> "shared and steadfast commitment to …"."""
    grown = [with_objects(formula, views) for formula in formulas]
    objects = [
        g for f, g in zip(formulas, grown, strict=True) if g is not f and g.status is CHANGED
    ]
    a_spans = [s for g in objects for s in g.a_spans]
    b_spans = [s for g in objects for s in g.b_spans]
    return [
        g for g in grown
        if not (g.status is DROPPED and _held(g.a_spans, a_spans))
        and not (g.status is APPEARED and _held(g.b_spans, b_spans))
    ]  # fmt: skip


def _held(spans: Sequence[Span], holders: Sequence[Span]) -> bool:
    return bool(spans) and all(
        any(h.start <= s.start and s.end <= h.end for h in holders) for s in spans
    )


def with_objects(formula: Formula, views: tuple[View, View]) -> Formula:
    """``formula`` with each side's wording carried through its object, where it has one."""
    a = _carried(formula.a_text, formula.a_spans, views[0])
    b = _carried(formula.b_text, formula.b_spans, views[1])
    if a is None and b is None:
        return formula
    grown = with_sides(formula, a, b)
    a_text, b_text = grown.a_text or "", grown.b_text or ""
    if formula.status is not FormulaStatus.PERSISTED or a is None or b is None:
        return grown  # an object on one side only: the formula kept, told with what it has
    # A kept formula said to or for other things: "ironclad commitment to the defense of Japan"
    # -> "ironclad commitment to the ROK" is another commitment, a changed formula; the same
    # object in other inflections or order is the formula kept in another wording.
    if set(bare(a_text)) != set(bare(b_text)):
        return replace(grown, status=CHANGED, variant=False)
    return replace(grown, variant=grown.variant or a_text != b_text)


Side = tuple[str, tuple[Span, ...]]
"""A side's wording and its spans, one a copy."""


def with_sides(formula: Formula, a: Side | None, b: Side | None) -> Formula:
    """``formula`` told with the wording and spans ``a`` and ``b`` give (a side left as it
    was where None)."""
    a_text, a_spans = a or (formula.a_text, formula.a_spans)
    b_text, b_spans = b or (formula.b_text, formula.b_spans)
    return replace(formula, a_text=a_text, a_spans=a_spans, b_text=b_text, b_spans=b_spans)


def through_object(text: str, words: Words, k: int) -> int | None:
    """One past the last word of the object of the noun at ``k``, read after the names that own
    it (:func:`_past_owner`), or None when it has none."""
    if words.stems[k] not in HEADS or k + 2 >= len(words.stems):
        return None
    k = _past_owner(text, words, k)
    if k + 2 >= len(words.stems) or _break(text, words, k + 1):
        return None
    if words.stems[k + 1] == "that" and words.stems[k] in CONTENT_HEADS:
        return _content_clause(text, words, k + 2)
    if words.stems[k + 1] not in OPENERS:
        return None
    end, i = None, k + 2
    while i < len(words.stems) and i - (k + 2) < MOST:
        s = words.stems[i]
        if s in _ENDS or (_break(text, words, i) or s in _JOINS) and not _listed(words, i):
            break
        if s in CIRCUMSTANCE and words.stems[i - 1] not in words.stop_words:
            break  # "… security following the successful defense": a phrase of time
        if s in _JOINS and i + 1 < len(words.stems) and _verb(words.stems[i + 1]):
            break  # "security and condemned …": the clause goes on with a new verb
        if i + 1 < len(words.stems) and words.stems[i + 1] == "by":
            break  # a participle's clause: "the defense of Japan backed by …"
        i += 1
        if s not in words.stop_words:
            end = i
    while end == i < len(words.stems) and words.caps[i] and words.caps[i - 1]:
        if _break(text, words, i):
            break
        i = end = i + 1  # never end inside a name: "the Belfast/Good Friday Agreement"
    return end


def _content_clause(text: str, words: Words, first: int) -> int | None:
    """One past the last word of the clause that opens at word ``first`` and ends on
    punctuation or the sentence's end within :data:`CLAUSE` words, else None."""
    n = len(words.stems)
    for i in range(first + 1, min(n, first + CLAUSE) + 1):
        if i == n or _break(text, words, i):
            return i if i - first >= 2 else None
    return None


def _past_owner(text: str, words: Words, k: int) -> int:
    """The last word of the names that own the noun at ``k`` by "of" right after it ("the
    commitment of the United States and Germany to provide Ukraine …": its object comes after
    its owners), else ``k``."""
    i = k + 1
    if i + 1 >= len(words.stems) or words.stems[i] != "of" or _break(text, words, i):
        return k
    i += 1 + (words.stems[i + 1] == "the")
    if i >= len(words.stems) or not words.caps[i] or _break(text, words, i):
        return k
    n = len(words.stems)
    while i + 1 < n and not _break(text, words, i + 1):
        if words.caps[i + 1]:
            i += 1
        elif words.stems[i + 1] in _JOINS and i + 2 < n and words.caps[i + 2]:
            i += 2  # two owners: "the United States and Germany"
        else:
            break
    return i


def _carried(
    text: str | None, spans: Sequence[Span], view: View
) -> tuple[str, tuple[Span, ...]] | None:
    """The side's wording and spans through the object, when every copy has the same one."""
    if not text or not spans:
        return None
    first = spans[0]  # the first copy that does not grow ends it (grown_alike): most hold no noun
    wording = view.readout.text[first.start : first.end]
    if wording.isascii() and _HEAD_WORDS.search(wording.lower()) is None:
        return None  # what _span_through of the first copy finds, without its sentence read
    return grown_alike(spans, view, _span_through)


def grown_alike(
    spans: Sequence[Span], view: View, grow: Callable[[Span, View], Span | None]
) -> tuple[str, tuple[Span, ...]] | None:
    """The wording and spans ``grow`` gives every copy of a side's wording, when each copy
    grows and all to the same words; else None."""
    grown = []
    for span in spans:  # a formula has a span per copy: the first that does not grow ends it
        wider = grow(span, view)
        if wider is None:
            return None
        grown.append(wider)
    wordings = {view.readout.text[g.start : g.end] for g in grown}
    if len(wordings) != 1:
        return None
    return wordings.pop(), tuple(grown)


def _span_through(span: Span, view: View) -> Span | None:
    """``span`` grown to the end of the object of its last noun of :data:`HEADS`: the one it
    ends on, or, when it stops right before a content word of its phrase or on the name that
    owns such a noun ("commitment of the United States" -> "… to Ukraine's sovereignty"), one
    whose object it holds only in part ("commitment to the strong U.S.-Israel strategic" ->
    "… relationship")."""
    words = sentence_holding(view.words, span.end, end=True)
    if words is None:
        return None
    inside = words.starting_in(span)
    first = inside.start
    if not inside or words.end(inside[-1]) != span.end:
        return None
    if HEADS.isdisjoint(words.stems[first : inside.stop]):
        return None  # no noun of HEADS in the wording: no object to carry (the common case)
    text = view.readout.text
    cut = _cut_short(words, inside[-1]) or any(
        words.stems[k] in HEADS and k < _past_owner(text, words, k) == inside[-1] for k in inside
    )  # or it ends on the name that owns a noun of HEADS: "commitment of the United States"
    for k in reversed(inside if cut else inside[-1:]):
        last = through_object(text, words, k)
        if last is not None:
            if last - 1 <= inside[-1]:
                return None  # the wording holds the whole object already
            grown = word_span(view.readout, words, k, last)
            return Span(start=span.start, end=grown.end, line=span.line)
    return None


def _cut_short(words: Words, k: int) -> bool:
    """A lower-case content word follows word ``k`` in its phrase: a wording ending at ``k``
    stops in the middle of it."""
    n = k + 1
    return (
        n < len(words.stems) and not words.breaks[n] and not words.caps[n]
        and words.stems[n] not in words.stop_words and words.stems[n] not in _ENDS
    )  # fmt: skip


def _break(text: str, words: Words, i: int) -> bool:
    """Punctuation that ends a phrase stands before word ``i``; the dots of "U.S." do not."""
    if not words.breaks[i]:
        return False
    gap = text[words.end(i - 1) : words.start(i)]
    if any(c in _HARD for c in gap):
        return True
    return "." in gap and len(words.stems[i - 1]) > 1


def _verb(stem: str) -> bool:
    """A verb that goes on with the clause after "and": past tense or one that reports."""
    return stem in REPORTING or (stem.endswith("ed") and len(stem) > 4)


def _listed(words: Words, i: int) -> bool:
    """Word ``i`` (or the joining word at ``i``) stands inside a list of one-word members that
    began before it; a comma inside a list of two ("future, and left") ends the phrase."""
    found = coordination.around(words, i + 1 if words.stems[i] in _JOINS else i)
    if found is None or found[0] >= i:
        return False
    members = sum(words.stems[j] not in _JOINS for j in range(*found))
    return members > 2 or not any(words.breaks[j] for j in range(found[0] + 1, found[1]))
