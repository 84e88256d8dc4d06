"""A Russian formula both sides keep, governed by another word right before it.

Russian puts the word that governs a phrase right before it, with no article between: a
noun governs the noun phrase after it in the genitive ("поддержания стабильности глобального
нефтяного рынка", maintaining the stability of …), a verb its object. So in an aligned pair
that keeps a Russian formula, the word just before it on each side is its governor, and one
swapped for a word of another stem is a change of what was said of the formula:
"в целях поддержания стабильности глобального нефтяного рынка" -> "для обеспечения
стабильности глобального нефтяного рынка" (:func:`governed`). English governing phrases run
back to punctuation (:func:`readoutdiff.formulas.succession.succession.governed`); a
Russian one is a single word, so the English walk reads too much ("Стороны продолжат тесно
взаимодействовать в рамках «ОПЕК плюс» в целях поддержания").

The lexicon holds few Russian wordings, so a phrase mined from both readouts anchors too (as
written on both sides: a near miss is too unsure, see
:func:`readoutdiff.formulas.entries.entries.governed`). Stems decide that two words are one
("поддержания" / "поддержание" is no change), and a governor the other passage also says
elsewhere only moved.
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import Governed, View
from readoutdiff.formulas.words.phrases import CYRILLIC, Words
from readoutdiff.formulas.words.roles import is_stop
from readoutdiff.formulas.words.spans import word_span
from readoutdiff.model import Alignment, Sentence, Status


def governed(a: View, b: View, pairs: Sequence[Alignment], kept: set[str]) -> list[Governed]:
    """Return the Russian formulas kept in a reworded pair whose governing word was swapped.

    ``kept``: the ids of the formulas both readouts hold.
    """
    found: list[Governed] = []
    for pair in pairs:
        if pair.status is not Status.CHANGED:
            continue
        a_side = _russian(a, pair.a, kept)
        b_side = _russian(b, pair.b, kept)
        if not a_side or not b_side:
            continue
        a_stems = {s for sentence in pair.a for s in a.words[sentence.index].stems}
        b_stems = {s for sentence in pair.b for s in b.words[sentence.index].stems}
        for x in a_side:
            y = next((o for o in b_side if o.id == x.id), None)
            if y is None:
                continue
            b_side.remove(y)
            x_word, y_word = _governor(a, x), _governor(b, y)
            if x_word is None or y_word is None:
                continue
            x_stem, y_stem = x_word[0].stems[x_word[1]], y_word[0].stems[y_word[1]]
            if x_stem == y_stem or x_stem in b_stems or y_stem in a_stems:
                continue  # one word, or a word the other passage says elsewhere: moved, not swapped
            found.append(Governed(
                anchor=x.id, a_text=_text(a, x_word), b_text=_text(b, y_word),
                a_span=word_span(a.readout, x_word[0], x_word[1], x_word[1] + 1),
                b_span=word_span(b.readout, y_word[0], y_word[1], y_word[1] + 1), score=pair.score,
            ))  # fmt: skip
    return found


def _russian(view: View, sentences: Sequence[Sentence], kept: set[str]) -> list[Occurrence]:
    """The occurrences of kept formulas in ``sentences`` whose wording is Russian."""
    return [
        o
        for s in sentences
        for o in view.by_sentence.get(s.index, ())
        if o.id in kept and o.text[:1].lower() in CYRILLIC
    ]


_QUALIFIER_ENDINGS = (
    "ого",
    "его",
    "ому",
    "ему",
    "ыми",
    "ими",
    "ых",
    "ый",
    "ая",
    "яя",
    "ую",
    "юю",
    "ое",
    "ые",
)
"""Endings only adjectives take: a word before a formula that ends so qualifies it
("стратегического партнёрства"), it does not govern it."""


def _governor(view: View, occurrence: Occurrence) -> tuple[Words, int] | None:
    """The word right before ``occurrence``, in its clause, when it can govern it: a
    lower-case Russian word that is no function word, no adjective and no part of a compound
    ("российско-таджикистанского"); a name before a formula is its owner or a place."""
    words, k = view.words[occurrence.sentence], occurrence.first - 1
    if k < 0 or words.breaks[occurrence.first] or words.caps[k]:
        return None
    stem, text = words.stems[k], view.readout.text
    word = text[words.start(k) : words.end(k)].lower()
    if len(stem) < 2 or stem[:1] not in CYRILLIC or is_stop(stem):
        return None
    if word.endswith(_QUALIFIER_ENDINGS) or text[words.start(k) - 1 : words.start(k)] == "-":
        return None
    return words, k


def _text(view: View, word: tuple[Words, int]) -> str:
    words, k = word
    return view.readout.text[words.start(k) : words.end(k)]
