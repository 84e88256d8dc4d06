"""In English readouts, a line told on one side only whose other wording fills the same slot:
the object of the same governing verb in the counterpart sentence.

A readout says a line as the object of a reporting verb ("They agreed to continue working
together to fight the pandemic", "The President welcomed steps NATO Allies are taking to support
Ukraine"); the next readout says it again under the same verb in other words ("… agreed to
continue to work together to bring an end to the pandemic"). The lexicon knows a phrase of one
wording only, so the line is told as *dropped* or *appeared* and its other wording, the words
that fill the same slot on the other side, goes unreported (gen1's "one side reported" class;
issue 10 point 3: a replacement sits in a formula's slot).

A dropped or appeared entry (not the user's, one place) becomes one *changed* entry when:

- a **governing verb** stands before it in its clause: the nearest lower-case past-tense or
  reporting verb at most :data:`GAP` words before the wording, with no ``;`` / ``:`` between,
  not a qualifier (after "to" or a determiner: "advance shared priorities"); with the
  preposition right after it when there is one ("agreed to", "agreed on");
- the verb (and its preposition) is said **once** in its readout, and once in a **counterpart
  sentence** of the other readout (a sentence aligned with the entry's, or, when the entry's is
  unpaired, an unpaired one), with no report on the words after it;
- the two **slots** — from the word after the verb to the clause's end (``;``, ``:``, the
  sentence's end, "and to" opening the verb's next object, or "and" opening the next
  predicate: :func:`readoutdiff.formulas.linking.one_clause.predicate_end`) — share a telling word (a stem
  of four letters or more, no stop word, no stock word; names count): the same verb governs many
  topics ("discussed …"), and a line said about another topic is another line (convention (f));
  each slot's first word is left out (a frame's particle: "looked forward to …").

A wording after a comma in its slot is an item of a list or a clause of its own ("discussed the
importance of protecting civilian lives, respect for international humanitarian law, and …"):
it is left as it is. A slot also ends before a comma and "including", "as well as", "which",
"while", "noting", "underscoring", or "and" with a new subject and its verb ("…, and President
Biden conveyed …").

The entry's own wording grows to its slot (the hand lists quote the whole object: "the support
that Allies and partners are providing …", not "Allies and partners are providing …") when no
other report stands in it.

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.model import Alignment, Status
>>> a = from_text("They agreed to continue working together to fight the pandemic and to meet soon.")
>>> b = from_text("They agreed to continue to work together to bring an end to the pandemic.")
>>> at = b.text.index("bring")
>>> lone = Formula(status=FormulaStatus.APPEARED, a_text=None, b_text=b.text[at:-1],
...     b_spans=(Span(start=at, end=len(b.text) - 1, line=1),), id="end-the-pandemic")
>>> pair = (Alignment(status=Status.CHANGED, a=a.sentences, b=b.sentences, score=0.7),)
>>> [(f.status.value, f.a_text, f.b_text, f.id) for f in slots_filled_en([lone], a, b, pair)]
[('changed', 'continue working together to fight the pandemic', 'continue to work together to bring an end to the pandemic', 'end-the-pandemic/reworded')]
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from readoutdiff.formulas.linking.one_clause import predicate_end
from readoutdiff.formulas.words.phrases import STOCK, Words, readout_words
from readoutdiff.formulas.words.roles import DETERMINERS, REPORTING, stop_words
from readoutdiff.formulas.words.spans import line_of
from readoutdiff.formulas.words.wording import strip
from readoutdiff.model import (
    REWORDED,
    Alignment,
    Formula,
    FormulaSource,
    FormulaStatus,
    Readout,
    Span,
)
from readoutdiff.records.replacing import replace

GAP = 8
"""Most words between the governing verb (and its preposition) and the reported wording."""
LINKS = frozenset({"to", "on", "for", "of", "that", "with", "about"})
"""A preposition or conjunction that goes with the governing verb ("agreed to", "agreed on")."""
MIN_WORDS = 2
"""The fewest words a slot holds."""
SUBJECT_WORDS = 3
"""The most capitalised words of a new subject after ", and" ("President Biden")."""
_AFTER_COMMA = frozenset({"including", "which", "while", "as", "noting", "underscoring"})
"""Words that, after a comma, open a clause that adds to the line ("…, including …",
"…, as well as …"): the slot ends before them."""
_ENDS = frozenset(";:()")
"""Marks that end a clause inside a sentence."""
_ONE_SIDED = {FormulaStatus.DROPPED: 0, FormulaStatus.APPEARED: 1}
_DULL = stop_words("en") | STOCK | frozenset(map(strip, STOCK))

Views = tuple[Sequence[Words], Sequence[Words]]
_Slot = tuple[Words, int, int]
"""A sentence's words, the slot's first word and the word after its last."""


def slots_filled_en(
    formulas: Sequence[Formula], a: Readout, b: Readout, alignments: Sequence[Alignment],
    views: Views | None = None,
) -> tuple[Formula, ...]:  # fmt: skip
    """Return ``formulas`` with each dropped or appeared entry whose other wording fills the
    same slot in the counterpart sentence made one *changed* entry (see the module)."""
    if a.language != "en" or b.language != "en":
        return tuple(formulas)
    lone = [
        n
        for n, f in enumerate(formulas)
        if f.status in _ONE_SIDED and f.source is not FormulaSource.USER
    ]
    if not lone:
        return tuple(formulas)
    if views is None:
        memo: dict[str, object] = {}
        views = (readout_words(a, memo), readout_words(b, memo))  # type: ignore[arg-type]
    readouts = (a, b)
    taken = (
        [s for f in formulas for s in f.a_spans], [s for f in formulas for s in f.b_spans]
    )  # fmt: skip
    partners = _partners(alignments)
    out = list(formulas)
    for n in lone:
        f = formulas[n]
        side = _ONE_SIDED[f.status]
        spans = f.b_spans if side else f.a_spans
        if len(spans) != 1:
            continue
        own = _slot_of(views[side], readouts[side], spans[0], taken[side])
        if own is None:
            continue
        words, first, end = own
        key = _key(words, first)
        if _count(views[side], key) != 1:
            continue
        others = partners[side].get(words.sentence, set())
        places = [
            slot for w in views[1 - side]
            if (w.sentence in others if others else not partners[1 - side].get(w.sentence))
            for slot in _slots_after(w, key, readouts[1 - side].text, taken[1 - side])
        ]  # fmt: skip
        if len(places) != 1 or _count(views[1 - side], key) != 1:
            continue
        if not _telling(words, first + 1, end) & _telling(
            places[0][0], places[0][1] + 1, places[0][2]
        ):
            continue
        mine = _span(readouts[side], words, first, end)
        theirs = _span(readouts[1 - side], *places[0])
        a_span, b_span = (theirs, mine) if side else (mine, theirs)
        out[n] = replace(
            f, status=FormulaStatus.CHANGED, variant=False, anchor=f.anchor or f.id,
            id=f.id + REWORDED, a_text=a.text[a_span.start : a_span.end],
            b_text=b.text[b_span.start : b_span.end], a_spans=(a_span,), b_spans=(b_span,),
        )  # fmt: skip
    return tuple(out)


def _partners(alignments: Sequence[Alignment]) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """For each side, each sentence's partners on the other side (none: unpaired)."""
    found: tuple[dict[int, set[int]], dict[int, set[int]]] = ({}, {})
    for pair in alignments:
        for s in pair.a:
            found[0].setdefault(s.index, set()).update(t.index for t in pair.b)
        for t in pair.b:
            found[1].setdefault(t.index, set()).update(s.index for s in pair.a)
    return found


def _governing(words: Words, k: int) -> bool:
    """Word ``k`` is a lower-case past-tense or reporting verb, not a qualifier."""
    if not _finite(words, k):
        return False
    before = words.stems[k - 1] if k else ""
    return before != "to" and before not in DETERMINERS


def _clause_break(text: str, words: Words, k: int) -> bool:
    """Whether a mark ending a clause stands right before word ``k``."""
    return words.breaks[k] and not _ENDS.isdisjoint(text[words.end(k - 1) : words.start(k)])


def _slot_of(
    view: Sequence[Words], readout: Readout, span: Span, taken: Sequence[Span]
) -> _Slot | None:
    """The slot the wording at ``span`` fills: from the word after its governing verb (and the
    verb's preposition) to its clause's end, when no other report stands in it."""
    words = _sentence(view, span.start)
    if words is None:
        return None
    inside = words.starting_in(span)
    if not inside:
        return None
    first, last = inside[0], inside[-1] + 1
    text = readout.text
    verb = next(
        (k for k in range(first - 1, max(first - GAP - 2, -1), -1) if _governing(words, k)), None
    )  # fmt: skip
    if verb is None or any(_clause_break(text, words, k) for k in range(verb + 1, first + 1)):
        return None
    start = verb + 1 + (verb + 1 < first and words.stems[verb + 1] in LINKS)
    end = _clause_end(text, words, last)
    if end - start < MIN_WORDS or start > first:
        return None
    if any(words.breaks[k] for k in range(start + 1, first + 1)):
        return None  # an item of a list, or a line after a comma: its own line
    region = Span(start=words.start(start), end=words.end(end - 1), line=0)
    if any(
        s is not span and s.start < region.end and region.start < s.end for s in taken if s != span
    ):
        return None
    return words, start, end


def _clause_end(text: str, words: Words, k: int) -> int:
    """The word after the last of the clause that word ``k - 1`` stands in."""
    stems, n = words.stems, len(words.stems)
    end = next(
        (j for j in range(k, n) if _clause_break(text, words, j)
         or (stems[j] == "and" and j + 1 < n and stems[j + 1] == "to")
         or (words.breaks[j] and stems[j] in _AFTER_COMMA)
         or (words.breaks[j] and stems[j] == "and" and _subject_next(words, j + 1))),
        n,
    )  # fmt: skip
    return predicate_end(words, max(k - 1, 0), end)


def _subject_next(words: Words, k: int) -> bool:
    """Whether a new subject and its verb open at word ``k`` ("…, and President Biden
    conveyed …"): capitalised words, at most :data:`SUBJECT_WORDS`, then a finite verb."""
    j = k
    while j < len(words.stems) and j - k < SUBJECT_WORDS and words.caps[j]:
        j += 1
    return j > k and j < len(words.stems) and _finite(words, j)


def _finite(words: Words, k: int) -> bool:
    stem = words.stems[k]
    return not words.caps[k] and (stem in REPORTING or (stem.endswith("ed") and len(stem) > 4))


def _key(words: Words, start: int) -> tuple[str, ...]:
    """The governing verb's stem, with its preposition when there is one."""
    k = start - 1
    return words.stems[k - 1 : k + 1] if words.stems[k] in LINKS and k else (words.stems[k],)


def _count(view: Sequence[Words], key: tuple[str, ...]) -> int:
    """How many times ``key`` is said in the readout of ``view``, as a verb."""
    n = len(key)
    return sum(
        1 for w in view if key[0] in w.stems
        for k in range(len(w.stems) - n + 1) if w.stems[k : k + n] == key and _governing(w, k)
    )  # fmt: skip


def _slots_after(
    words: Words, key: tuple[str, ...], text: str, taken: Sequence[Span]
) -> list[_Slot]:
    """The slots after ``key`` in one sentence on which no report stands."""
    n, found = len(key), []
    for k in range(len(words.stems) - n):
        if words.stems[k : k + n] != key or not _governing(words, k):
            continue
        start = k + n
        if _clause_break(text, words, start):
            continue
        end = _clause_end(text, words, start + 1)
        if end - start < MIN_WORDS:
            continue
        lo, hi = words.start(start), words.end(end - 1)
        if any(s.start < hi and lo < s.end for s in taken):
            continue
        found.append((words, start, end))
    return found


def _telling(words: Words, first: int, end: int) -> frozenset[str]:
    """The telling stems of ``words[first:end]``: four letters or more, no stop or stock word."""
    return frozenset(
        strip(s) for s in words.stems[first:end]
        if len(s) > 3 and not s.isdigit() and s not in _DULL and strip(s) not in _DULL
    )  # fmt: skip


def _sentence(view: Sequence[Words], offset: int) -> Words | None:
    """The words of the sentence holding ``offset``."""
    at = bisect_right([w.base for w in view], offset) - 1
    return view[at] if at >= 0 else None


def _span(readout: Readout, words: Words, first: int, end: int) -> Span:
    start = words.start(first)
    return Span(start=start, end=words.end(end - 1), line=line_of(readout, words, start))
