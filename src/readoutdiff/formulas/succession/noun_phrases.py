"""A noun phrase read on a sentence's words: the words that head no formula, a head noun, and
where the complement after it ends.

The rules that read a change off the words both sides keep around it, a head or a complement
or the qualifiers before a head (:mod:`~readoutdiff.formulas.succession.kept_complement`), read
their noun phrases here.
"""

from __future__ import annotations

from readoutdiff.formulas.mining.noise import FRAME_WORDS
from readoutdiff.formulas.words import cuts
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import ASPECT, CIRCUMSTANCE, DETERMINERS, REPORTING
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, content_word

MOST_COMPLEMENT = 6
"""Most words of the kept complement after its preposition."""
KEPT_WORDS = 2
"""Fewest content words of a kept complement: one ("with partners") is said of many things, a
clause's circumstance more than the line's subject ("discussed the grain deal with partners" /
"discussed the energy crisis with partners": two topics, no formula reworded)."""
NO_HEAD = (
    FRAME_WORDS
    | REPORTING
    | ASPECT
    | frozenset(
        """met meet meeting call phone visit morning evening afternoon week range variety number
        first second third fourth fifth sixth last next roundtable briefing dinner lunch session""".split()
    )
)
"""Words that head no formula: the frame, the call or meeting itself, a time, a vague measure,
a place in a series ("third in a series" / "fourth …")."""


def noun(words: Words, k: int) -> bool:
    """Word ``k`` may head a formula: a common noun (not the tail of a name, "Eui-yong"), none of
    :data:`NO_HEAD`, no participle."""
    stem = words.stems[k]
    return (
        content_word((words, k))
        and not words.caps[k]
        and not (k and words.caps[k - 1] and words.end(k - 1) + 1 == words.start(k))
        and stem not in NO_HEAD
        and not stem.endswith("ed")
        and not any(map(str.isdigit, stem))
    )


def complement_end(words: Words, k: int, most: int) -> int:
    """Where a complement going on at word ``k`` ends: punctuation, a clause word, a
    preposition or another stop word ("and" only before a capitalised word), at word ``most``
    at the latest; stop words at its end left out."""
    stems, breaks, last, start = words.stems, words.breaks, len(words.stems), k
    while k < min(last, most) and not breaks[k]:
        stem = stems[k]
        if stem == "and" and not (k + 1 < last and words.caps[k + 1]):
            break
        if (
            stem in CLAUSE_WORDS
            or stem in CIRCUMSTANCE
            or (
                stem in words.stop_words
                and stem not in DETERMINERS
                and stem != "and"
                and len(stem) > 1
            )
        ):
            break
        k += 1
    while k > start and stems[k - 1] in words.stop_words and len(stems[k - 1]) > 1:
        k -= 1
    k = cuts.whole_end(words, start, k)  # never inside a name or an abbreviation ("with H.E. Mr")
    while k > start and stems[k - 1] in words.stop_words and len(stems[k - 1]) > 1:
        k -= 1
    return k
