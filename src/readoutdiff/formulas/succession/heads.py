"""Formulas one side says with their last word, the head, in a derived form.

A readout may name a relationship by its label and the next one its members by the same words:
"the “Special Strategic Partnership” between Japan and Australia" / Japan and Australia "as
“Special Strategic Partners”". The head of one wording is the other's with a suffix that
derives a noun ("partner" + "ship", "realiz" + "ation"), every word before it the same: one
formula, kept in another wording (*persisted*, ``variant``), not dropped. Inflection is no
derivation (the stems already fold it); a word that only begins another ("unjust" /
"unjustified") is none either.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("Japan and Australia will elevate the “Special Strategic Partnership” to a higher level.")
>>> b = from_text("Japan and Australia, as “Special Strategic Partners,” will strengthen the relationship.")
>>> [(f.status.value, f.a_text, f.b_text, f.variant) for f in compare(a, b).formulas]
[('persisted', 'Strategic Partnership', 'Strategic Partners', True)]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import compress

from readoutdiff.formulas.matching.content_words import derived
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession import succession
from readoutdiff.formulas.succession.inside import moved
from readoutdiff.formulas.words.phrases import Copies, Words
from readoutdiff.formulas.words.wording import strip


def derived_heads(
    other: succession.View,
    own: succession.View,
    one_sided: Mapping[str, Sequence[Occurrence]],
    groups: Sequence[Copies],
) -> dict[str, list[Occurrence]]:
    """Where ``other`` says a formula only ``own`` has with its head derived: the formula's
    words of ``own``, but the last, in order and in one clause, then a derived form of it
    (``groups``: ``other``'s words grouped by text, :func:`phrases.grouped_words`)."""
    wanted: dict[str, list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)
    for formula_id, occurrences in one_sided.items():
        for stems in sorted({own.words[o.sentence].stems[o.first : o.last] for o in occurrences}):
            if len(stems) >= 2:
                wanted[stems[0]].append((stems[:-1], strip(stems[-1]), formula_id))
    found: dict[str, list[Occurrence]] = defaultdict(list)
    if not wanted:
        return found
    # The readout's texts in order of first sight (``groups``: one stems tuple a text), each
    # read once at its first copy, not one step of Python per sentence; a formula is found
    # at the first sentence that holds it, as a walk over every sentence would (a later copy
    # holds what the first does).
    firsts = frozenset(wanted)  # a set's test of a tuple runs twice as fast as a view's
    for stems, copies in groups:
        if firsts.isdisjoint(stems):
            continue  # most texts: one test in C
        words = copies[0]
        for k, end, formula_id in _held(words, wanted):
            if formula_id not in found:
                occurrence = one_sided[formula_id][0]
                found[formula_id].append(moved(occurrence, other, words.sentence, k, end + 1 - k))
    return found


def _held(
    words: Words, wanted: Mapping[str, list[tuple[tuple[str, ...], str, str]]]
) -> list[tuple[int, int, str]]:
    """(first word, head word, formula id) of each wanted wording the sentence says with its
    head derived, in order (the sentence holds a wanted first word)."""
    firsts = wanted.keys()
    out = []
    # Only the words that start a wanted wording (picked in C), not every word.
    for k in compress(range(len(words.stems)), map(firsts.__contains__, words.stems)):
        for body, head, formula_id in wanted[words.stems[k]]:
            end = k + len(body)
            if (
                end < len(words.stems)
                and words.stems[k:end] == body
                and not any(words.breaks[k + 1 : end + 1])
                and derived(strip(words.stems[end]), head)
            ):
                out.append((k, end, formula_id))
    return out
