"""A head swapped before a complement both sides keep: a formula said with another noun.

"continued cooperation between the United States and Mexico" -> "coordinated efforts between
the United States and Mexico": an analyst reads the line by its head and what it is about; the
complement kept ("between the United States and Mexico") names the line, the head swapped
("cooperation" / "efforts") is the change. A replaced phrase of an aligned pair is such a
change, with no lexicon formula at its place, when

- each side's differing words are a short phrase (at most :data:`MOST_CORE` words) ending on a
  common noun: no name, no frame word (who spoke, when), no reporting verb, no word of aspect
  ("continued" / "ongoing"), no participle ("coordinated on"), no number, no vague measure
  ("a range of") — words of the readout's frame or of quantity say no formula;
- the same preposition follows on both sides (not "to", mostly an infinitive: "committed to
  work" / "resolved to work"), and the complement it opens is word for word the same on both,
  up to punctuation, a clause word or another preposition, at most :data:`MOST_COMPLEMENT`
  words; "and" joins it only before a capitalised word ("the United States and Mexico").

Its wordings run from the first content word of the differing words through the complement;
it is named by the complement, the words both keep. Only the replaced phrases of passages that
hold a formula are read (``named._may_name``): a passage with none is not compared phrase by
phrase.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> said = "They upheld the rules-based international order, and after long talks in the capital city welcomed {} between the United States and Mexico."
>>> a, b = from_text(said.format("continued cooperation")), from_text(said.format("coordinated efforts"))
>>> [(f.status.value, f.id, f.a_text, f.b_text) for f in compare(a, b).formulas][0]
('changed', 'mined:between-united-state-mexico/wording', 'continued cooperation between the United States and Mexico', 'coordinated efforts between the United States and Mexico')
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.formulas.linking.qualified_shapes import DETERMINERS
from readoutdiff.formulas.mining.noise import FRAME_WORDS
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import ASPECT, PREPOSITIONS, REPORTING
from readoutdiff.formulas.words.spans import word_span
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, Place, Replacement, content_word
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Readout

MOST_CORE = 4
"""Most differing words on a side: more is a clause rewritten, not a head swapped."""
MOST_COMPLEMENT = 6
"""Most words of the kept complement after its preposition."""
LINKS = (PREPOSITIONS | frozenset(("between",))) - frozenset(("to",))
"""Prepositions that open a head's complement ("to" mostly opens an infinitive)."""
NO_HEAD = (
    FRAME_WORDS
    | REPORTING
    | ASPECT
    | frozenset(
        "met meet meeting call phone visit morning evening afternoon week range variety number".split()
    )
)
"""Words that head no formula: the frame, the call itself, a time, a vague measure."""


def kept_complement(rep: Replacement, readouts: tuple[Readout, Readout]) -> Formula | None:
    """The changed entry of a head swapped before a complement both sides keep, or None."""
    a_side, b_side = _head(rep.a_core), _head(rep.b_core)
    if a_side is None or b_side is None:
        return None
    (a_words, a_first, a_end), (b_words, b_first, b_end) = a_side, b_side
    a_link, b_link = _complement(a_words, a_end), _complement(b_words, b_end)
    if not a_link or a_link != b_link:
        return None
    a, b = readouts
    span_a = word_span(a, a_words, a_first, a_end + len(a_link))
    span_b = word_span(b, b_words, b_first, b_end + len(b_link))
    anchor = phrase_id("mined", [s for s in a_link if s not in a_words.stop_words or s in LINKS])
    return Formula(
        status=FormulaStatus.CHANGED, a_text=a.text[span_a.start : span_a.end],
        b_text=b.text[span_b.start : span_b.end], a_spans=(span_a,), b_spans=(span_b,),
        id=anchor, source=FormulaSource.MINED, topic="",
        confidence=round(rep.score, 3), evidence_score=rep.score, anchor=anchor,
    )  # fmt: skip


def _head(core: Sequence[Place]) -> tuple[Words, int, int] | None:
    """(words, first content word, end) of differing words ending on a head noun, or None."""
    if not core or len(core) > MOST_CORE or core[-1][0] is not core[0][0]:
        return None
    words, first = core[0]
    end = core[-1][1] + 1
    stem = words.stems[end - 1]
    if (
        not content_word(core[-1])
        or words.caps[end - 1]
        or stem in NO_HEAD
        or stem.endswith("ed")
        or any(map(str.isdigit, stem))
    ):
        return None
    while first < end and not content_word((words, first)):
        first += 1
    return words, first, end


def _complement(words: Words, end: int) -> tuple[str, ...]:
    """The stems of the preposition after word ``end - 1`` and the complement it opens; ()
    when none follows in the clause."""
    stems, breaks, last = words.stems, words.breaks, len(words.stems)
    if end + 1 >= last or breaks[end] or stems[end] not in LINKS:
        return ()
    k = end + 1
    while k < last and not breaks[k] and k - end <= MOST_COMPLEMENT:
        stem = stems[k]
        if stem == "and" and not (k + 1 < last and words.caps[k + 1]):
            break
        if stem in CLAUSE_WORDS or (
            stem in words.stop_words and stem not in DETERMINERS and stem != "and" and len(stem) > 1
        ):
            break
        k += 1
    while k > end + 1 and stems[k - 1] in words.stop_words and len(stems[k - 1]) > 1:
        k -= 1
    return tuple(stems[end:k]) if k > end + 1 else ()
