"""A kept formula that gained or lost qualifiers before its own words is *changed*.

"achieve a political settlement" -> "a durable and just political settlement": the formula's
words are the same on both sides, so :func:`entries.qualified` (which reads the qualifiers
inside the two wordings) sees no change, and the words around it were told as a change of
what governs it ("achieve a" -> "just"), beside the formula *persisted*. The evaluation set's
convention calls a qualifier added or removed a change of the formula itself. Here a formula
said once on each side, in the same words or a variant, whose article or possessive
(:data:`told.DETERMINERS`) opens different qualifiers before it is one *changed* entry, each
wording from its first qualifier ("political settlement" -> "durable and just political
settlement"); the change of governing words read at the same place is that entry's story and
is left out.

The qualifiers are the lower-case words between the article and the formula, at most
``WITHIN`` of them, with no punctuation, name, number or stop word between ("and" joins
them, but never right before the formula: "the national dignity and common interests" joins
another noun phrase to it); where a verb, a name or a comma stands there instead ("to achieve
political settlement", "a peaceful, prosperous region") nothing is read, so nothing changes.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("Every effort should be made to achieve a political settlement.")
>>> b = from_text("They backed a durable and just political settlement.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'political settlement', 'durable and just political settlement')]

A firmness word before a stance swapped for another (convention (p) of
eval/formulas/SOURCES.md: "ironclad" / "unwavering support") is no qualifier changed: the
formula is *persisted*, told from the firmness word on each side (:func:`_held_alike`), as
the two wordings of a variant; firmness on one side only stays a change.

>>> a = from_text("He reaffirmed his ironclad support for Israel's security.")
>>> b = from_text("He reaffirmed his unwavering support for Israel's security.")
>>> [(f.status.value, f.variant, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('persisted', True, "ironclad support for Israel's security", "unwavering support for Israel's security")]
>>> b = from_text("He reaffirmed his support for Israel's security.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', "ironclad support for Israel's security", "support for Israel's security")]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readoutdiff.formulas.entries.told import DETERMINERS, owner
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words import wording
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.spans import any_overlap, word_span
from readoutdiff.model import CONTEXT, Formula, FormulaStatus, Span
from readoutdiff.records.replacing import replace

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_PERSISTED = FormulaStatus.PERSISTED

WITHIN = 4
"""Words between an article and the formula read as its qualifiers ("a durable and just")."""

ById = Mapping[str, Sequence[Occurrence]]


def premodified(
    formulas: Sequence[Formula], views: tuple[View, View], sides: tuple[ById, ById]
) -> list[Formula]:
    """The entries with each kept formula whose qualifiers before it differ *changed*, and
    the changes of governing words at its places left out."""
    widened: dict[str, Formula] = {}
    for formula in formulas:
        if formula.status is not _PERSISTED or formula.anchor is not None:
            continue
        found = (sides[0].get(formula.id, ()), sides[1].get(formula.id, ()))
        if len(found[0]) != 1 or len(found[1]) != 1:
            continue
        read = [
            _qualifiers(view.words[side[0].sentence], side[0].first)
            for view, side in zip(views, found, strict=True)
        ]
        kept = _held_alike(formula, views, found, read)
        if kept is not None:  # convention (p): "his ironclad" / "his unwavering support for …"
            widened[formula.id] = kept
            continue
        if read[0] is None or read[1] is None or read[0][0] == read[1][0]:
            continue
        (a_text, a_span), (b_text, b_span) = (
            _wording(view, side[0], start)
            for view, side, (_, start) in zip(views, found, (read[0], read[1]), strict=True)
        )
        widened[formula.id] = replace(
            formula, status=FormulaStatus.CHANGED, variant=False, a_text=a_text,
            b_text=b_text, a_spans=(a_span,), b_spans=(b_span,),
        )  # fmt: skip
    if not widened:
        return list(formulas)
    out = []
    for formula in formulas:
        if formula.id in widened and formula.anchor is None:
            out.append(widened[formula.id])
            continue
        own = widened.get(formula.anchor or "")
        if own is not None and CONTEXT in formula.id and _same_place(formula, own):
            continue  # the governing words' change at the formula's place: its story
        out.append(formula)
    return out


def _held_alike(
    formula: Formula, views: tuple[View, View], found: tuple[Sequence[Occurrence], ...],
    read: list[tuple[frozenset[str], int] | None],
) -> Formula | None:  # fmt: skip
    """``formula`` kept, told from the firmness word before it on each side, when the two say
    the stance it opens as firmly in other words (convention (p) of eval/formulas/SOURCES.md,
    :func:`wording.firmly`): "ironclad support for Israel's security" / "unwavering support for
    Israel's security", *persisted* with both wordings (``variant``), not the formula's words
    alone. The firmness word stands right before the formula or before names there
    (:func:`wording.firm_before`: "the Administration's ironclad", "ironclad U.S."); the other
    qualifiers after the article (``read``, :func:`_qualifiers`) may only be owners ("the
    administration's"), so an extent word ("full and unwavering") leaves the formula to the
    qualifier rule. None when either side holds no firmness before the formula, or both the
    same word."""
    starts = []
    for q, view, side in zip(read, views, found, strict=True):
        words, first = view.words[side[0].sentence], side[0].first
        k = wording.firm_before(words, first)
        if (
            k is None
            or q is not None
            and any(owner(view, words, j) is None for j in range(q[1], k))
        ):
            return None
        starts.append(k)
    (a_words, a_k), (b_words, b_k) = (
        (view.words[side[0].sentence], k)
        for view, side, k in zip(views, found, starts, strict=True)
    )
    if wording.strip(a_words.stems[a_k]) == wording.strip(b_words.stems[b_k]):
        return None  # "ironclad" both: the formula's words tell it
    held = [
        wording.held_firmly([(view.words[side[0].sentence], j) for j in range(k, side[0].last)])
        for view, side, k in zip(views, found, starts, strict=True)
    ]
    if held[0] is None or held[0] != held[1]:
        return None
    (a_text, a_span), (b_text, b_span) = (
        _wording(view, side[0], k) for view, side, k in zip(views, found, starts, strict=True)
    )
    return replace(
        formula, variant=True, a_text=a_text, b_text=b_text, a_spans=(a_span,), b_spans=(b_span,)
    )


def _qualifiers(words: Words, first: int) -> tuple[frozenset[str], int] | None:
    """The stems of the qualifiers between the article before word ``first`` and it, and
    where they start; None when no article stands within ``WITHIN`` lower-case words."""
    said: set[str] = set()
    start = first
    if first and words.stems[first - 1] == "and":
        return None  # another noun phrase joined to the formula ("dignity and common interests")
    for k in range(first - 1, max(-1, first - 2 - WITHIN), -1):
        stem = words.stems[k]
        if stem in DETERMINERS:
            return frozenset(said), start
        if words.caps[k] or words.breaks[k + 1] or not stem.isalpha():
            return None
        if stem in words.stop_words and stem != "and":
            return None
        if stem != "and":
            said.add(stem)
        start = k
    return None


def _wording(view: View, occurrence: Occurrence, start: int) -> tuple[str, Span]:
    """The formula's wording from its first qualifier, and where it stands."""
    words = view.words[occurrence.sentence]
    span = word_span(view.readout, words, start, occurrence.last)
    return view.readout.text[span.start : span.end], span


def _same_place(formula: Formula, own: Formula) -> bool:
    """Both of ``formula``'s wordings share characters with ``own``'s."""
    return any_overlap(formula.a_spans, own.a_spans) and any_overlap(formula.b_spans, own.b_spans)
