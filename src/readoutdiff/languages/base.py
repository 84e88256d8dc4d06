"""What a language module gives the rest of the tool: one small, frozen record.

A language module (``en.py``, ``zh.py``, ``ru.py`` …) defines ``LANGUAGE``, a
:class:`Language`. Sentence cutting reads its abbreviations, matching its
``stem``; scripts that need a segmenter (Chinese) are cut by the module that
owns the script, whatever language the readout as a whole is in.
"""

from __future__ import annotations

from collections.abc import Callable

from readoutdiff.records.record import record


def prefix_stem(word: str) -> str:
    """Cut a word to six characters: a crude stem ("interests" → "intere")."""
    return word[:6]


@record
class CompoundPrepositions:
    """Prepositions of several words, made of a leading preposition and a noun ("in light of",
    "в рамках"): a mined phrase that starts on the noun right after its lead is cut from the
    preposition (:func:`readoutdiff.formulas.words.cuts.in_compound_preposition`)."""

    leads: frozenset[str]
    """The prepositions that open them ("in", "on"; "в", "по"), each written as its own stem."""
    nouns: frozenset[str]
    """Their nouns (folded words: "light", "face"; "рамках", "ходе")."""
    between: frozenset[str] = frozenset()
    """Words that may stand between the lead and the noun ("the" of "in the face of")."""
    closing: str = ""
    """The word that must follow the noun ("of"); empty when the noun needs none."""


@record
class Clauses:
    """Where a clause of the language starts and ends: a readout in it states its formulas as
    clauses, and a formula is reported at its clause
    (:mod:`readoutdiff.formulas.entries.clauses`)."""

    marks: frozenset[str]
    """Characters that end a clause (a line end among them ends one only where it stands for
    a character: wrapping puts none between two Chinese characters)."""
    openers: frozenset[str] = frozenset()
    """Folded words that open a clause with no mark before them, left out of it ("а", "но",
    "который": "…, а также выразил признательность", "сотрудничества, которое развивается")."""
    near_chars: int = 0
    """Characters of the one word by which two clauses may differ and still say the same (a
    Chinese word has two: "得到更大发展" / "实现更大发展"); 0 when words are compared by their
    stems instead (an inflected Russian word is as long as any other)."""
    rewritten: bool = True
    """Whether a formula both readouts keep, said in clauses that differ, is reported as those
    clauses *changed* (Chinese: a clause is a few words around its formula). False where a
    clause often runs a whole sentence of several statements and the kept formula is what an
    analyst tracks (Russian: with no comma between a verb and its objects, "Обсуждались
    перспективы … стратегического партнёрства и союзничества с акцентом на …" is one clause)."""
    heads: str = ""
    """A pattern of the whole folded word that opens a point's main clause with no mark before
    it: a clause holding a formula ends before the first such lower-case word after it
    (Russian: "В контексте … 80-летия Победы … | подчёркнуто особое значение …",
    :data:`readoutdiff.languages.ru.CLAUSE_HEAD`); "" for none."""
    predicate: str = ""
    """A pattern of the whole folded word that is a finite verb, for a second predicate of one
    subject: the conjunction "и" before such a word opens a clause of its own when a verb of the
    same shape stands before it in the clause (Russian: "выразил благодарность … | и
    подтвердил готовность …", :data:`readoutdiff.languages.ru.PAST_HEAD`); "" for none."""
    nested: bool = True
    """Whether a formula written over a surer or longer one gives way to it
    (:mod:`readoutdiff.formulas.entries.giving_way`: a Chinese clause holds the shorter known
    phrases found inside it). False where a formula is its words and the lexicon's longest
    match decides (Russian)."""


@record
class Language:
    """How one language is cut into sentences and words and matched."""

    code: str
    """BCP 47 primary code ("en", "zh", "ru"), or "und" when the tool cannot tell."""
    name: str
    """English name shown to the user."""
    titles: frozenset[str] = frozenset()
    """Abbreviations (folded, without the final full stop) after which a sentence never ends."""
    numbered: frozenset[str] = frozenset()
    """Abbreviations before a number ("No. 1"): they end a sentence only before a word."""
    abbreviations: frozenset[str] = frozenset()
    """Other abbreviations: a sentence ends after them only before a usual sentence opener."""
    closers: frozenset[str] = frozenset()
    """Those of ``abbreviations`` that close the name or list before them ("Biden, Jr.",
    "… Co., Ltd.", "A, B, etc."): a comma before one is the name's, not a clause edge. The
    others open a phrase of their own ("BEIJING, Oct. 26", "…, e.g. trade"), and a comma
    before them ends a clause like any other."""
    openers: frozenset[str] = frozenset()
    """Words that open sentences far more often than they follow an abbreviation."""
    stem: Callable[[str], str] = prefix_stem
    """Map one folded word to the key it is matched by."""
    function_words: frozenset[str] = frozenset()
    """Closed-class words (folded): prepositions, conjunctions, particles, pronouns. A mined
    phrase of a readout in the language never starts or ends with one, nor counts one as content
    (English keeps its own in :mod:`readoutdiff.formulas.words.roles`)."""
    function_stems: frozenset[str] = frozenset()
    """``function_words`` by ``stem``, written out when stemming needs a library (Russian's
    Snowball), so that a run that reads them loads no stemmer; empty: ``function_words`` are
    stemmed when asked for (:func:`readoutdiff.languages.function_stems`)."""
    compound_prepositions: CompoundPrepositions | None = None
    """Its prepositions of several words, for the mining's cut rule (None: it lists none)."""
    clauses: Clauses | None = None
    """Its clause edges, when the formulas of a readout in it are read at their clause (None:
    a formula is its own words)."""
    segmented: bool = True
    """False when the tool has no word segmenter for the language (it then compares by character)."""
