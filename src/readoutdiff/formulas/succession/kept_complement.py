"""A head swapped before a complement both sides keep, or a complement swapped after a kept head.

"continued cooperation between the United States and Mexico" -> "coordinated efforts between
the United States and Mexico": an analyst reads the line by its head and what it is about; the
complement kept ("between the United States and Mexico") names the line, the head swapped
("cooperation" / "efforts") is the change. A replaced phrase of an aligned pair is such a
change, with no lexicon formula at its place, when

- each side's differing words are a short phrase (at most :data:`MOST_CORE` words, read past
  the reporting verbs and the rest of the readout's frame when they are longer) ending on a
  common noun: no name, no frame word (who spoke, when), no reporting verb, no word of aspect
  ("continued" / "ongoing"), no participle ("coordinated on"), no number, no vague measure
  ("a range of") — words of the readout's frame or of quantity say no formula;
- the same preposition follows on both sides (not "to", mostly an infinitive: "committed to
  work" / "resolved to work"), and the complement it opens is word for word the same on both,
  up to punctuation, a clause word or another preposition, at most :data:`MOST_COMPLEMENT`
  words, :data:`KEPT_WORDS` content words at least; "and" joins it only before a capitalised
  word ("the United States and Mexico").

Its wordings run from the first content word of the differing words through the complement;
it is named by the complement, the words both keep.

The other way round (:func:`kept_head`), "U.S. support for our Philippine allies" -> "U.S.
support for the Philippines", "latest developments in Israel, Gaza, and the West Bank" ->
"latest developments in Gaza": the same head noun and preposition on both sides right before
the differing words (at most :data:`MOST_SWAPPED`), which run to the complement's end (as
above, and not past a preposition of circumstance: "… allies *following* the …"). Its
wordings take the head with up to two qualifiers before it; it is named by the head and its
preposition.

Either way no entry is made where the differing words are a pronoun for what the other side
names ("for the Palestinian people" / "for them"), the same words in another order ("allies
and partners" / "partners and allies"), or hold a number (a date, a count). Every reworded
passage is read, one with no formula too; the entries are told last (:func:`told_last.last`),
only where no other step's entry stands, so a rule that tells more of the place keeps it.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> said = "After long talks they welcomed {} between the United States and Mexico."
>>> a, b = from_text(said.format("continued cooperation")), from_text(said.format("coordinated efforts"))
>>> [(f.status.value, f.id, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'mined:between-united-state-mexico/wording', 'continued cooperation between the United States and Mexico', 'coordinated efforts between the United States and Mexico')]
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import dropwhile

from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.formulas.mining.noise import FRAME_WORDS
from readoutdiff.formulas.succession.noun_phrases import (
    KEPT_WORDS,
    MOST_COMPLEMENT,
    NO_HEAD,
    complement_end,
    noun,
)
from readoutdiff.formulas.succession.told_last import changed_entry
from readoutdiff.formulas.words import cuts
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import (
    PREPOSITIONS,
)
from readoutdiff.formulas.words.spans import word_span
from readoutdiff.formulas.words.word_diff import PairDiff, pair_diff
from readoutdiff.formulas.words.wording import (
    Place,
    Replacement,
    content_word,
    strip,
)
from readoutdiff.model import Alignment, Formula, Readout, Span
from readoutdiff.text.shared_runs import BlockMemo

MOST_CORE = 4
"""Most differing words on a side: more is a clause rewritten, not a head swapped."""
MOST_SWAPPED = 6
"""Most differing words of a complement swapped after a kept head."""
QUALIFIERS = 2
"""Most words before a kept head its wording takes ("latest developments", "U.S. support")."""
LINKS = (PREPOSITIONS | frozenset(("between",))) - frozenset(("to",))
"""Prepositions that open a head's complement ("to" mostly opens an infinitive)."""
PRONOUNS = frozenset("it its they them their theirs he him his she her we us our you your".split())
"""Words that stand for a thing said before: no wording of their own."""


def may_keep(
    pair: Alignment, a_words: Sequence[Words], b_words: Sequence[Words], blocks: BlockMemo | None,
    diff: PairDiff | None = None,
) -> bool:  # fmt: skip
    """Whether a changed run of the passage's word diff stands right before the same
    preposition on both sides, or right after the same word and preposition: where
    :func:`kept_complement` and :func:`kept_head` may find something. Asked before the
    replacements of a passage no formula is in are made (at 500 KB they cost a twentieth of
    the stage, for a few entries). ``diff``: the pair's :func:`pair_diff`, when made already."""
    x, y, opcodes = pair_diff(pair, a_words, b_words, blocks) if diff is None else diff
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        if i2 < len(x) and j2 < len(y) and x[i2] == y[j2] and x[i2] in LINKS:
            return True
        if min(i1, j1) >= 2 and x[i1 - 2 : i1] == y[j1 - 2 : j1] and x[i1 - 1] in LINKS:
            return True
    return False


def may_tell(a_core: Sequence[Place], b_core: Sequence[Place]) -> bool:
    """Whether a replacement of these differing words (A's, B's) can pass the first tests of
    :func:`kept_complement` or :func:`kept_head`, read on nothing but the differing words and
    the sentences they stand in: a passage's other replacements need not be made
    (``wording.replacements``' ``cores``)."""
    if _kept_link(a_core, b_core) is not None:
        return True
    return _after_head(a_core) is not None and _after_head(b_core) is not None


def _kept_link(
    a_core: Sequence[Place], b_core: Sequence[Place]
) -> tuple[tuple[Words, int, int], tuple[Words, int, int], tuple[str, ...]] | None:
    """Both sides' (words, first, end) of differing words ending on a head noun, and the
    complement both keep after it; None when either is missing or they differ.

    Where either side's differing words are more than :data:`MOST_CORE`, both are read from
    their first word past the readout's frame (:data:`~readoutdiff.formulas.mining.noise.FRAME_WORDS`:
    who spoke, saying so, function words): "agreed to advance common objectives" / "discussed
    ongoing cooperation" before "in the Indo-Pacific region" swap a head after the reporting
    verbs, as a passage without them would (chg12)."""
    if max(len(a_core), len(b_core)) > MOST_CORE:
        a_core, b_core = _past_frame(a_core), _past_frame(b_core)
    a_side, b_side = _head(a_core), _head(b_core)
    if a_side is None or b_side is None:
        return None
    a_link = _complement(a_side[0], a_side[2])
    if not a_link or a_link != _complement(b_side[0], b_side[2]):
        return None
    return a_side, b_side, a_link


def _past_frame(core: Sequence[Place]) -> tuple[Place, ...]:
    """``core`` from its first word that is not a frame word on."""
    return tuple(dropwhile(lambda place: place[0].stems[place[1]] in FRAME_WORDS, core))


def kept_complement(rep: Replacement, readouts: tuple[Readout, Readout]) -> Formula | None:
    """The changed entry of a head swapped before a complement both sides keep, or None."""
    kept = _kept_link(rep.a_core, rep.b_core)
    if kept is None:
        return None
    (a_words, a_first, a_end), (b_words, b_first, b_end), a_link = kept
    a, b = readouts
    span_a = word_span(a, a_words, a_first, a_end + len(a_link))
    span_b = word_span(b, b_words, b_first, b_end + len(a_link))
    anchor = phrase_id("mined", [s for s in a_link if s not in a_words.stop_words or s in LINKS])
    return _entry(rep, (a, b), (span_a, span_b), anchor)


def kept_head(rep: Replacement, readouts: tuple[Readout, Readout]) -> Formula | None:
    """The changed entry of a complement swapped after a head both sides keep, or None."""
    a_side, b_side = _after_head(rep.a_core), _after_head(rep.b_core)
    if a_side is None or b_side is None:
        return None
    (a_words, a_first, a_end), (b_words, b_first, b_end) = a_side, b_side
    kept = a_words.stems[a_first - 2 : a_first]
    if kept != b_words.stems[b_first - 2 : b_first]:
        return None
    a, b = readouts
    span_a = word_span(a, a_words, _opening(a_words, a_first - 2), a_end)
    span_b = word_span(b, b_words, _opening(b_words, b_first - 2), b_end)
    return _entry(rep, (a, b), (span_a, span_b), phrase_id("mined", kept))


def _entry(
    rep: Replacement, readouts: tuple[Readout, Readout], spans: tuple[Span, Span], anchor: str
) -> Formula | None:
    """The changed entry of the two wordings at ``spans``; None when a number is among them
    (a date or a count changed, no formula)."""
    (a, b), (span_a, span_b) = readouts, spans
    a_text, b_text = a.text[span_a.start : span_a.end], b.text[span_b.start : span_b.end]
    if any(map(str.isdigit, a_text + b_text)) or not _told(rep.a_core) or not _told(rep.b_core):
        return None
    if sorted(map(strip, _content(rep.a))) == sorted(map(strip, _content(rep.b))):
        return (
            None  # the same words in another order ("allies and partners" / "partners and allies")
        )
    return changed_entry((a_text, b_text), (span_a, span_b), anchor, rep.score)


def _told(core: Sequence[Place]) -> bool:
    """The differing words hold a content word: a pronoun for a name ("Northern Ireland's" /
    "its", "the Palestinian people" / "them") says the same thing again."""
    return any(content_word(p) and p[0].stems[p[1]] not in PRONOUNS for p in core)


def _content(run: Sequence[Place]) -> list[str]:
    return [words.stems[k] for words, k in run if content_word((words, k))]


def _after_head(core: Sequence[Place]) -> tuple[Words, int, int] | None:
    """(words, first, end) of differing words right after a head noun and its preposition,
    run to the end of the complement; None when no head stands there."""
    if not core or len(core) > MOST_SWAPPED or core[-1][0] is not core[0][0]:
        return None
    words, first = core[0]
    if first < 2 or words.breaks[first] or words.breaks[first - 1]:
        return None
    if words.stems[first - 1] not in LINKS or not noun(words, first - 2):
        return None
    end = complement_end(words, core[-1][1] + 1, first + MOST_COMPLEMENT + MOST_SWAPPED)
    end = cuts.whole_end(words, first, end)  # "with H.E. Mr": no complement but a cut
    return (words, first, end) if end > first else None


def _opening(words: Words, head: int) -> int:
    """The first word of a kept head's wording: up to :data:`QUALIFIERS` words before it that
    could qualify it, none across punctuation."""
    start = head
    while start > max(0, head - QUALIFIERS) and not words.breaks[start]:
        if not _qualifier(words, start - 1):
            break
        start -= 1
    return start


def _qualifier(words: Words, k: int) -> bool:
    stem = words.stems[k]
    return content_word((words, k)) and stem not in NO_HEAD and not stem.endswith("ed")


def _head(core: Sequence[Place]) -> tuple[Words, int, int] | None:
    """(words, first content word, end) of differing words ending on a head noun, or None."""
    if not core or len(core) > MOST_CORE or core[-1][0] is not core[0][0]:
        return None
    words, first = core[0]
    end = core[-1][1] + 1
    if not noun(words, end - 1):
        return None
    while first < end and not content_word((words, first)):
        first += 1
    return words, first, end


def _complement(words: Words, end: int) -> tuple[str, ...]:
    """The stems of the preposition after word ``end - 1`` and the complement it opens; ()
    when none follows in the clause."""
    stems, last = words.stems, len(words.stems)
    if end + 1 >= last or words.breaks[end] or stems[end] not in LINKS:
        return ()
    k = complement_end(words, end + 1, end + 1 + MOST_COMPLEMENT)
    named = sum(content_word((words, i)) for i in range(end + 1, k))
    return tuple(stems[end:k]) if named >= KEPT_WORDS else ()
