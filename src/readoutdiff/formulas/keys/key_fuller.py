"""A formula one readout says where the other says a fuller formula of the built-in lexicon.

"战略伙伴关系" (strategic partnership) dropped where B says "全面战略合作伙伴关系" (comprehensive
strategic cooperative partnership): matched as two entries, one only A says and one only B says,
the first reads *dropped*; an analyst who sees B's wording beside it reads the relationship
raised (or, an appeared one against a fuller one in A, lowered), or said of other parties. The
key change of such a one-sided formula names the other readout's fuller wording and where it
stands (:func:`fuller`): the fate stays the formula's own (branch u54 measured linking the two
as a succession: a Chinese dev pair's China–Africa partnership linked to China–South Africa's,
one fate lost, nothing won).

A fuller entry is one of the same topic whose English wording holds every word of the
formula's, in order, and more (:func:`containing`): "strategic partnership" in "comprehensive
strategic cooperative partnership", "shared values" in "shared democratic values". Its
wordings in the other readout's language are looked for in that readout's text, if the
comparison reports the entry (:func:`_reported`): one a user's lexicon removed is not named.
"""

from __future__ import annotations

from functools import cache

from readoutdiff.formulas.lexicon.ids import bare_id
from readoutdiff.formulas.lexicon.lexicon import builtin
from readoutdiff.model import (
    Comparison,
    Entry,
    Formula,
    FormulaSource,
    FormulaStatus,
    Readout,
    Span,
)
from readoutdiff.model.places import place, told


def fuller(formula: Formula, comparison: Comparison) -> str:
    """``"; B says the fuller “…” (B line 4, sentence 5)"`` for a formula of the built-in
    lexicon that only A says (or ``"; A said …"`` for one only B says) when the other readout
    says a fuller entry (the first in its text, whole: not a fuller one inside a fuller
    still); else ``""``."""
    if formula.status is FormulaStatus.DROPPED:
        other, side, verb = comparison.b, "B", "says"
    elif formula.status is FormulaStatus.APPEARED:
        other, side, verb = comparison.a, "A", "said"
    else:
        return ""
    if formula.source is FormulaSource.USER:
        return _fuller_said(formula, comparison, other, f"{side} {verb}")
    longer = containing().get(formula.id) if formula.source is FormulaSource.BUILTIN else None
    if not longer:
        return ""
    reported = _reported(comparison)  # the run's lexicon: not an entry the user removed
    longer = tuple(entry for entry in longer if entry.id in reported)
    if not longer:
        return ""
    text = other.text if other.language == "zh" else other.text.lower()
    if len(text) != len(other.text):  # a lower case of another length: offsets would drift
        return ""
    hits = [hit for entry in longer for hit in _said(entry, other.language, text)]
    whole = [h for h in hits if not any(o != h and o[0] <= h[0] and h[1] <= o[1] for o in hits)]
    if not whole:
        return ""
    start, end = min(whole)  # the first in the text, whole (not 战略合作伙伴关系 of 全面…)
    at = place(other, Span(start=start, end=end, line=other.text.count("\n", 0, start) + 1))
    return f"; {side} {verb} the fuller “{other.text[start:end]}” ({side} {told(at)})"


def _reported(comparison: Comparison) -> set[str]:
    """Ids of the built-in entries ``comparison`` reports, alone, linked (``x>y``) or as the
    base of a derived entry (``x/reworded``): the entries of the lexicon the run used, which a
    user's ``remove`` or replacement (a :attr:`FormulaSource.USER` entry) left out. A built-in
    id holds no ``/``."""
    return {
        part.split("/", 1)[0]
        for found in comparison.formulas
        if found.source is FormulaSource.BUILTIN
        for part in bare_id(found.id).split(">")
    }


def _fuller_said(formula: Formula, comparison: Comparison, other: Readout, told_as: str) -> str:
    """The fuller wording for an entry of a user's lexicon (``--lexicon``), whose entries the
    report does not carry: among the formulas of a lexicon (the user's or the built-in) of the
    same topic that the other readout says, one whose wording there holds every word of this
    formula's (an ideograph a word), in order, and more; the first in the text not inside
    another. Both readouts must be in one language (the wordings are the readouts' own)."""
    if not formula.topic or comparison.a.language != comparison.b.language:
        return ""
    own = _words(formula.a_text or formula.b_text or "", other.language)
    on_b = other is comparison.b
    hits: list[tuple[int, int]] = []
    for said in comparison.formulas:
        spans = said.b_spans if on_b else said.a_spans
        wording = said.b_text if on_b else said.a_text
        lexicon = said.source is not FormulaSource.MINED
        if not (lexicon and said.topic == formula.topic and spans and wording):
            continue
        more = _words(wording, other.language)
        if len(more) > len(own) and _in_order(own, more):
            hits.append((spans[0].start, spans[0].end))
    whole = [h for h in hits if not any(o != h and o[0] <= h[0] and h[1] <= o[1] for o in hits)]
    if not whole:
        return ""
    start, end = min(whole)
    at = place(other, Span(start=start, end=end, line=other.text.count("\n", 0, start) + 1))
    side = told_as.split()[0]
    return f"; {told_as} the fuller “{other.text[start:end]}” ({side} {told(at)})"


def _words(wording: str, language: str) -> tuple[str, ...]:
    """A wording's words, lower-cased (each ideograph one word for Chinese)."""
    if language == "zh":
        return tuple(ch for ch in wording if not ch.isspace())
    return tuple(wording.lower().split())


def _said(entry: Entry, language: str, text: str) -> list[tuple[int, int]]:
    """Where ``text`` (a readout's, lower-cased unless Chinese) first says each wording of
    ``entry`` in the readout's ``language``."""
    if language == "zh":
        wordings = entry.zh
    else:
        words = entry.ru if language == "ru" else (entry.text, *entry.variants)
        wordings = tuple(w.lower() for w in words)
    hits = [(text.find(w), w) for w in wordings if w]
    return [(at, at + len(w)) for at, w in hits if at >= 0]


@cache
def containing() -> dict[str, tuple[Entry, ...]]:
    """Id of an entry of the built-in lexicon -> its fuller entries, in the lexicon's order.

    >>> "comprehensive-strategic-partnership" in [e.id for e in containing()["strategic-partnership"]]
    True
    >>> "shared-values" in containing(), "core-interests" in containing()
    (True, True)
    """
    worded = [
        (entry, tuple(entry.text.lower().split())) for entry in builtin().entries if entry.topic
    ]
    found: dict[str, tuple[Entry, ...]] = {}
    for entry, words in worded:
        longer = tuple(
            other
            for other, more in worded
            if other.topic == entry.topic and len(more) > len(words) and _in_order(words, more)
        )
        if longer:
            found[entry.id] = longer
    return found


def _in_order(words: tuple[str, ...], more: tuple[str, ...]) -> bool:
    """Whether every word of ``words`` stands in ``more``, in the same order."""
    rest = iter(more)
    return all(word in rest for word in words)
