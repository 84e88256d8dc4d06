"""The qualified nouns of one sentence, read as :mod:`qualified_nouns` pairs them: qualifiers
joined by "and" or "or" before their noun ("brutal and unlawful invasion"), and qualifiers a
determiner opens, with no "and" ("the AUKUS security partnership with").

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.formulas.words.phrases import readout_words
>>> words = readout_words(from_text("They praised the AUKUS security partnership and its brutal and unlawful war."))[0]
>>> [(sorted(q[2]), q[4], q[5]) for q in (*coordinated(words), *determined(words))]
[(['brutal', 'unlawful'], 'war', True), (['auku', 'security'], 'partnership', False)]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from itertools import compress

from readoutdiff.formulas.matching.content_words import headed
from readoutdiff.formulas.words import coordination
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import DETERMINERS
from readoutdiff.formulas.words.wording import strip

QUALIFIED = 4
"""Most words of such a phrase, its noun included."""
_NOT_QUALIFIER = ("ly", "ed")
"""Endings of a word that makes a run after a determiner a clause: "the President *finally*
thanked", "the leaders *discussed*"."""

Quality = tuple[int, int, frozenset[str], int, str, bool]
"""(first word, end word, qualifiers, how many, noun, joined) of one qualified noun."""
Shape = tuple[Quality, ...]
"""The qualified nouns of one sentence."""
Found = list[tuple[Words, int, int, frozenset[str], int, str, bool]]
"""(sentence's words, first word, end word, qualifiers, how many, noun, joined) of a readout."""


def read(
    sentences: Sequence[Words], ids: list[int], keep: AbstractSet[int],
    memos: tuple[dict[int, Shape], dict[int, Shape]],
) -> Found:  # fmt: skip
    """The qualified nouns of the ``sentences`` whose stems tuple's id (``ids``) ``keep``
    holds, in order: those "and" joins (:func:`coordinated`), then those a determiner opens
    (:func:`determined`); each distinct sentence read once into ``memos`` (by the id). The
    sentences are picked in C: no step of Python per sentence of a readout."""
    shapes, found_det = memos
    joined: Found = []
    opened: Found = []
    for x in compress(range(len(ids)), map(keep.__contains__, ids)):
        words, key = sentences[x], ids[x]
        if key not in shapes:
            shapes[key] = tuple(coordinated(words))
        if key not in found_det:
            found_det[key] = tuple(determined(words))
        joined += [(words, *one) for one in shapes[key]]
        opened += [(words, *one) for one in found_det[key]]
    return joined + opened


def coordinated(words: Words) -> Iterator[Quality]:
    """The qualified nouns of one sentence whose qualifiers "and" or "or" join, found from
    their "and" or "or" (a scan of every word cost a tenth of a 500 KB comparison)."""
    done = -1
    for j in [j for j, stem in enumerate(words.stems) if stem in coordination.JOINS]:
        span = coordination.around(words, j - 1) if j > done else None
        if span is None:
            continue
        done = span[1]
        first, last = headed(words, *span)
        if last > span[1] and _closed(words, last):
            joins = _joins(words, span)
            members = [strip(words.stems[i]) for i in range(*span) if i not in joins]
            if len(members) == 2 and any(words.breaks[i] for i in joins):
                continue  # "X, and Y": the end of a longer list, cut ("foreign policy, and security")
            yield first, last, frozenset(members), len(members), strip(words.stems[last - 1]), True


def determined(words: Words) -> list[Quality]:
    """Qualifiers without "and" between a determiner and their noun, the phrase closed after
    the noun ("the AUKUS security partnership with", "the Kremlin's ongoing war.")."""
    stems, caps, breaks, end = words.stems, words.caps, words.breaks, len(words.stems)
    found: list[Quality] = []
    for d in [d for d, stem in enumerate(stems) if stem in DETERMINERS]:
        if d + 2 >= end or stems[d + 2] in words.stop_words or stems[d + 1] in words.stop_words:
            continue  # most determiners: fewer than two words before the next stop word
        last = d + 1
        while last < end and stems[last] not in words.stop_words and not breaks[last]:
            last += 1
        head = last - 1
        if not 2 <= last - d - 1 <= QUALIFIED or caps[head] or not _closed(words, last):
            continue
        run = stems[d + 1 : last]
        if any(map(_clause_word, run)):
            continue  # an adverb or a verb in the past tense: a clause, not a noun phrase
        members = list(map(strip, run[:-1]))
        found.append((d + 1, last, frozenset(members), len(members), strip(run[-1]), False))
    return found


def _clause_word(stem: str) -> bool:
    return stem.endswith(_NOT_QUALIFIER)


def _closed(words: Words, k: int) -> bool:
    """The noun ends the phrase: punctuation, a stop word or the sentence's end follows, not
    another content word ("strengthen deterrence and ensure close coordination": no noun)."""
    return k >= len(words.stems) or words.breaks[k] or words.stems[k] in words.stop_words


def _joins(words: Words, span: tuple[int, int]) -> set[int]:
    return {i for i in range(*span) if words.stems[i] in coordination.JOINS}
