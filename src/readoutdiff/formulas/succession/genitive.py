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

from readoutdiff.formulas.matching.occurrences import OPENING_QUOTES, Occurrence
from readoutdiff.formulas.succession.succession import Governed, View, same_formulas
from readoutdiff.formulas.words import wording
from readoutdiff.formulas.words.phrases import CYRILLIC, Words
from readoutdiff.formulas.words.roles import STOPS
from readoutdiff.formulas.words.spans import word_span
from readoutdiff.model import Alignment, Sentence, Status


def governed(a: View, b: View, pairs: Sequence[Alignment], kept: set[str]) -> list[Governed]:
    """Return the Russian formulas kept in a reworded pair whose governing word was swapped,
    then those whose complement was reworded (:func:`_complement`).

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
        stems = (
            {s for sentence in pair.a for s in a.words[sentence.index].stems},
            {s for sentence in pair.b for s in b.words[sentence.index].stems},
        )
        for x, y in same_formulas(a_side, b_side):
            for rule in (_swapped_governor, _reworded_complement):
                pieces = rule(a, b, x, y, stems)
                if pieces is not None:
                    found.append(_governed(x.id, a, b, pieces, pair.score))
    return found


Piece = tuple[Words, int, int]
"""Words ``[first, end)`` of one sentence."""


def _swapped_governor(
    a: View, b: View, x: Occurrence, y: Occurrence, stems: tuple[set[str], set[str]]
) -> tuple[Piece, Piece] | None:
    """The governors of ``x`` and ``y``, when one was swapped for a word of another stem that
    the other passage does not say elsewhere (moved, not swapped)."""
    x_word, y_word = _governor(a, x), _governor(b, y)
    if x_word is None or y_word is None:
        return None
    x_stem, y_stem = x_word[0].stems[x_word[1]], y_word[0].stems[y_word[1]]
    if x_stem in stems[1] or y_stem in stems[0] or _derived(x_stem, y_stem):
        return None  # a word the other passage says elsewhere moved; one word, two forms
    return (x_word[0], x_word[1], x_word[1] + 1), (y_word[0], y_word[1], y_word[1] + 1)


def _derived(x: str, y: str) -> bool:
    """One stem is the other or begins it: one word in two forms, verb and noun
    ("взаимодействовать" / "взаимодействия": "взаимодействова", "взаимодейств")."""
    return x.startswith(y) or y.startswith(x)


def _governed(anchor: str, a: View, b: View, pieces: tuple[Piece, Piece], score: float) -> Governed:
    (x_words, x_first, x_end), (y_words, y_first, y_end) = pieces
    x_span = word_span(a.readout, x_words, x_first, x_end)
    y_span = word_span(b.readout, y_words, y_first, y_end)
    return Governed(
        anchor=anchor, a_text=a.readout.text[x_span.start : x_span.end],
        b_text=b.readout.text[y_span.start : y_span.end], a_span=x_span, b_span=y_span,
        score=score,
    )  # fmt: skip


def _russian(view: View, sentences: Sequence[Sentence], kept: set[str]) -> list[Occurrence]:
    """The occurrences of kept formulas in ``sentences`` whose wording is Russian (its first
    letter Cyrillic: a wording may open on a quote mark, «Большого Евразийского партнёрства»)."""
    return [
        o
        for s in sentences
        for o in view.by_sentence.get(s.index, ())
        if o.id in kept and o.text.lstrip(OPENING_QUOTES)[:1].lower() in CYRILLIC
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
    if len(stem) < 2 or stem[:1] not in CYRILLIC or stem in STOPS:
        return None
    if word.endswith(_QUALIFIER_ENDINGS) or text[words.start(k) - 1 : words.start(k)] == "-":
        return None
    return words, k


_CLAUSE = frozenset(("и", "а", "но", "что", "котор", "чтоб", "как", "или"))
"""Stems that end a formula's complement: a conjunction or a clause word opens the next thing
said ("… переговоров и проявленное гостеприимство")."""
_COMPLEMENT = 10
"""Most words of a complement (a longer run is the rest of a rewritten clause)."""


def _reworded_complement(
    a: View, b: View, x: Occurrence, y: Occurrence, stems: tuple[set[str], set[str]]
) -> tuple[Piece, Piece] | None:
    """The complements of ``x`` and ``y`` (the words after each, to its clause's end), when
    they say the same thing of other things: they share a content word (one slot, not a new
    clause), each has a lower-case content word in neither the other's complement nor its
    passage (names and numbers alone, words moved, or words only put in or only taken out
    are no rewording), and they are no one
    wording in another order or case (:func:`wording.same_formula`): "проведения в Эр-Рияде 18
    февраля российско-американских переговоров" -> "проведения 18 февраля в Эр-Рияде
    переговоров представителей России"."""
    x_piece, y_piece = _complement(a, x), _complement(b, y)
    if x_piece is None or y_piece is None:
        return None
    x_told, y_told = _told(x_piece), _told(y_piece)
    if not x_told & y_told:
        return None
    x_new = {s for s, lower in _lower(x_piece) if s not in y_told and s not in stems[1] and lower}
    y_new = {s for s, lower in _lower(y_piece) if s not in x_told and s not in stems[0] and lower}
    if not x_new or not y_new:
        return None  # cut short or lengthened, it says the same ("80-летия Победы [в …]")
    x_text, y_text = (
        view.readout.text[words.start(first) : words.end(end - 1)]
        for view, (words, first, end) in ((a, x_piece), (b, y_piece))
    )
    return None if wording.same_formula(x_text, y_text) else (x_piece, y_piece)


def _complement(view: View, occurrence: Occurrence) -> Piece | None:
    """The words right after ``occurrence`` to the end of its clause (punctuation or a
    :data:`_CLAUSE` word), without function words at the end; None when none follow, or more
    than :data:`_COMPLEMENT` do."""
    words, first = view.words[occurrence.sentence], occurrence.last
    end = first
    while (
        end < len(words.stems)
        and not words.breaks[end]
        and words.stems[end] not in _CLAUSE
        and end - first <= _COMPLEMENT
    ):
        end += 1
    if end - first > _COMPLEMENT:  # before the trim: a function word may end the cut-off run
        return None
    while end > first and words.stems[end - 1] in STOPS:
        end -= 1
    return None if end == first else (words, first, end)


def _told(piece: Piece) -> set[str]:
    words, first, end = piece
    return {s for s in words.stems[first:end] if s not in STOPS}


def _lower(piece: Piece) -> list[tuple[str, bool]]:
    """Each content stem of ``piece``, and whether its word is a lower-case word (no name or
    number)."""
    words, first, end = piece
    return [
        (words.stems[k], not words.caps[k] and not words.stems[k][:1].isdigit())
        for k in range(first, end)
        if words.stems[k] not in STOPS
    ]
