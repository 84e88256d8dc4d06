"""Formulas of the other side that a reworded wording must not tell: they share only names with
the formula whose rewording it is, in other roles.

:mod:`readoutdiff.formulas.linking.slots` finds a formula's rewording in the other readout; the place
it finds may cut into or hold a one-sided formula of that side, which the entry then tells too
("unprovoked and unjustified" dropped and "brutal and unprovoked war" appeared are one change).
A formula that shares a name with the formula whose place it is, but no lower-case content
word and no owner, says another line ("imposing costs on Russia" beside "Russia's war of
aggression", or "… Russia for its unprovoked and unjustified military invasion" beside
"Russia's unprovoked military build-up"): :func:`apart` leaves it out of the entry and out of
the place. Two formulas that share no name either stay linkable (:func:`kin`).
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.linking.mutation import MIN_SHARED
from readoutdiff.formulas.matching.content_words import content, counts
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words import edges
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.wording import strip


def apart(
    own: Occurrence, views: tuple[View, View], mine: tuple[int, int, int],
    theirs: tuple[int, int, int], held: list[Occurrence],
) -> tuple[tuple[int, int, int], list[Occurrence]] | None:  # fmt: skip
    """``theirs`` and ``held`` without the formulas of the other side that share only names
    with ``own`` (:func:`kin`; ``views``: own side first): such a formula is another line, not
    this one reworded ("impose costs on Russia for its unprovoked and unjustified military
    invasion" beside "Russia's unprovoked military build-up"). The place then starts after it or ends before
    it; None when it stands inside the place, or the place left shares fewer than
    ``MIN_SHARED`` content words with the formula's wording (its place was that formula's)."""
    view, other = views
    sentence, first, last = theirs
    kept = []
    for o in held:
        if kin(own, view.words, o, other.words, (view.readout.text, other.readout.text)):
            kept.append(o)
        elif o.first <= first < o.last:
            first = o.last
        elif o.first < last <= o.last:
            last = o.first
        else:
            return None
    if first >= last:
        return None
    if len(kept) == len(held):
        return theirs, held
    words = view.words[mine[0]]
    shared = set(content(words, *mine[1:])) & set(content(other.words[sentence], first, last))
    return ((sentence, first, last), kept) if len(shared) >= MIN_SHARED else None


def kin(
    own: Occurrence, own_words: Sequence[Words], other: Occurrence, other_words: Sequence[Words],
    texts: tuple[str, str],
) -> bool:  # fmt: skip
    """Two formulas, one of each side, share a lower-case content word or an owner (the same
    possessive name: "President Putin's brutal war" / "President Putin's invasion"), or no
    name either ("war of choice" / "brutal and unprovoked invasion", whose place "unjustified
    and unprovoked war" holds the former's "war"), or one of them has no lower-case content
    word (a name alone): a place whose entry would tell both
    must not link two formulas that share only names in other roles ("imposing costs on
    Russia" / "Russia's war of aggression")."""
    mine, theirs = _lower(own_words[own.sentence], own), _lower(other_words[other.sentence], other)
    if not mine or not theirs or mine & theirs:
        return True
    if _names(own_words[own.sentence], own).isdisjoint(_names(other_words[other.sentence], other)):
        return True  # no name shared either: nothing says they are two lines ("war of choice")
    owners = _owners(own_words[own.sentence], own, texts[0])
    return not owners.isdisjoint(_owners(other_words[other.sentence], other, texts[1]))


def _owners(words: Words, o: Occurrence, text: str) -> set[str]:
    """The possessive names of an occurrence and the words before it ("Putin's" and the
    "President" of "President Putin's brutal war")."""
    k = o.first - 1
    while k >= 0 and words.caps[k] and not words.breaks[k + 1]:
        k -= 1  # the name the formula's first words may close
    return {
        words.stems[i] for i in range(k + 1, o.last) if words.caps[i] and edges.owns(text, words, i)
    }


def _lower(words: Words, o: Occurrence) -> set[str]:
    """The stripped stems of the lower-case content words of an occurrence."""
    return {
        strip(words.stems[k])
        for k in range(o.first, o.last)
        if counts(words.stems[k], words.stop_words) and (k == 0 or not words.caps[k])
    }


def _names(words: Words, o: Occurrence) -> set[str]:
    """The stems of the capitalised words of an occurrence."""
    return {words.stems[k] for k in range(o.first, o.last) if words.caps[k]}
