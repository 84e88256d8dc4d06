"""English reports whose quote is cut where no line is named, left out at the end of the stage.

Three shapes, each read off the finished entries of an English pair (the rules that made them
read the words, not where their quotes end): a quote cut mid-phrase (:func:`_cut`: a change
read off the words around a formula that opens on a word leaning on the words before it or
ends on a verb's complement it left out; any change or kept formula ending on a preposition
and a verb's "-ing" form), a quote run over a second predicate (:func:`two_predicates`, nz13),
and a mined phrase told on one side only that the other readout
says word for word but capitalised, as a name (:func:`_said_in_other_case`). Moved out of
:mod:`readoutdiff.formulas.tracking` (thirty-third session) so the stage's driver stays a
driver.
"""

from __future__ import annotations

import re

from readoutdiff.formulas.words.edges import closes_cut, ends_before_object, opens_cut
from readoutdiff.model import Formula, FormulaSource, FormulaStatus

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_CHANGED, _SAID_BOTH = FormulaStatus.CHANGED, (FormulaStatus.CHANGED, FormulaStatus.PERSISTED)
_DROPPED, _APPEARED, _MINED = FormulaStatus.DROPPED, FormulaStatus.APPEARED, FormulaSource.MINED


def without_quotes_cut(told: list[Formula], a_text: str, b_text: str) -> list[Formula]:
    """``told`` without the entries whose quote is cut (:func:`_cut`) and the mined one-sided
    phrases the other readout says capitalised (:func:`_said_in_other_case`); ``a_text`` and
    ``b_text`` are the two readouts' texts."""
    return _said_in_other_case(
        [f for f in told if not _cut(f) and not _over_two_predicates(f)], a_text, b_text
    )


_SECOND_PREDICATE = re.compile(
    r"\band \w+ed (?:(?:forward|back|up|out) )?(?:the|to|that|a|an|his|her|their|its|our|on|with|for)\b"
    r"|, (?:which|who) "
)
"""Where a second predicate opens inside a quote: "and" and a past verb with the word that opens
its complement ("and welcomed the …", "and looked forward to …"; an adjective in "-ed" is
followed by its noun: "unprovoked and unjustified attack on" is no predicate), or a relative
clause after a comma (", which would advance …")."""


def two_predicates(quote: str) -> bool:
    """Whether ``quote`` runs over a second predicate (:data:`_SECOND_PREDICATE`): it holds a
    line and the start of another, one clause and the next, and names no formula whole
    (English grammar, nz13).

    >>> [two_predicates(q) for q in (
    ...     "strength of the UK-India relationship and welcomed the progress made",
    ...     "power generation in Poland, which would advance European",
    ...     "stay in touch and looked forward to speaking",
    ...     "Russia’s premeditated, unprovoked, and unjustified attack on Ukraine",
    ...     "the strong relationship between the United Kingdom and Türkiye",
    ...     "peace and stability in the Taiwan Strait")]
    [True, True, True, False, False, False]
    """
    return _SECOND_PREDICATE.search(quote) is not None


def _over_two_predicates(formula: Formula) -> bool:
    """Whether a quote of ``formula`` runs over a second predicate (:func:`two_predicates`)."""
    return any(q is not None and two_predicates(q) for q in (formula.a_text, formula.b_text))


def _cut(formula: Formula) -> bool:
    """Whether ``formula`` is a change read off the words around a formula (its id has a
    kind: ``…/wording``, ``…/context`` …) whose quote of either side opens on a word that
    leans on the words before it (:func:`~readoutdiff.formulas.words.edges.opens_cut`) or
    ends on the complement of a verb it left out (``closes_cut``): cut mid-phrase, it names
    no line, and the analyst is better served by no report. Nor any change or kept formula,
    however made, whose quote ends on a preposition and a verb's "-ing" form, the verb's
    object left out (``ends_before_object``: "solidarity among partners and NATO Allies in
    confronting", widened to the words both readouts keep, the two objects differing)."""
    quotes = (formula.a_text or "", formula.b_text or "")
    if formula.status in _SAID_BOTH and any(map(ends_before_object, quotes)):
        return True
    if formula.status is not _CHANGED or "/" not in formula.id:
        return False
    return any(opens_cut(q) or closes_cut(q) for q in quotes)


def _said_in_other_case(told: list[Formula], a_text: str, b_text: str) -> list[Formula]:
    """A mined formula told dropped (put in) whose quote the other readout says word for word
    but capitalised, as a name or a title, is left out: it is said on both sides ("joint action
    plan" -> "Joint Action Plan on irregular migration", starmer-scholz 2024-11-28 ->
    2025-02-02), and the miner reads a capitalised word as a name's, not as the phrase's. The
    quote said in the same case is left to the rules that told it."""
    return [
        f
        for f in told
        if f.source is not _MINED
        or not (
            (f.status is _DROPPED and _capitalised_in(f.a_text, b_text))
            or (f.status is _APPEARED and _capitalised_in(f.b_text, a_text))
        )
    ]


def _capitalised_in(quote: str | None, text: str) -> bool:
    """Whether ``text`` says the lower-case ``quote`` with its words capitalised: each of them
    ("Joint Action Plan"), or those of four letters or more ("Partnership to Address the
    Climate Crisis"), as whole words: "strategic partner" is not said in "Strategic
    Partnership" (rev6).

    >>> text = "the U.S.-India Strategic Partnership, which is critical"
    >>> [_capitalised_in(q, text) for q in ("strategic partnership", "strategic partner",
    ...                                     "india strategic partnership", "tegic partnership")]
    [True, False, True, False]
    """
    if not quote or not quote.islower():
        return False
    words = quote.split(" ")
    every = " ".join(w[:1].upper() + w[1:] for w in words)
    longer = " ".join(w[:1].upper() + w[1:] if len(w) > 3 else w for w in words)
    return _whole(every, text) or (longer != every and _whole(longer, text))


def _whole(said: str, text: str) -> bool:
    """Whether ``text`` holds ``said`` with no letter or figure right before or after it."""
    start = text.find(said)
    while start >= 0:
        end = start + len(said)
        if not (start and text[start - 1].isalnum() or end < len(text) and text[end].isalnum()):
            return True
        start = text.find(said, start + 1)
    return False
