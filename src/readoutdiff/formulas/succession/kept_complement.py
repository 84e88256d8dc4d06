"""A head swapped before a complement both sides keep, a complement swapped after a kept head,
or the qualifiers swapped before a kept head.

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

Third (:func:`kept_qualified`), "the worsening humanitarian situation in Ukraine" -> "the
situation in Ukraine", "a routine Philippine resupply" -> "a lawful Philippine resupply
mission", "dangerous and unlawful actions" -> "dangerous actions": the qualifiers of a noun
phrase swapped, put in or taken out (at most :data:`MOST_QUALIFIERS` words a side, "and" and
commas among them) between the same word before them and the same kept words after them, which
run to a head noun. The word before is a determiner, a preposition, a possessive or another
qualifier, never a subject's name (then the differing word is a verb: "Blinken met" / "Blinken
spoke") nor "to" (mostly an infinitive, as above: "related to regional democracy" / "efforts
to promote democracy"); no differing word is a name, a number, an adverb, a participle, a quantity ("every"),
a word of aspect or of the frame (:data:`NO_HEAD`). Its wordings run from the phrase's first
qualifier (after the determiner or possessive) through the head and a complement both sides
keep word for word ("in Ukraine"; "to" only before a noun phrase), each with two content words
at least; it is named by the kept words.

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

from readoutdiff.formulas.lexicon.ids import phrase_id
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
    DETERMINERS,
    PREPOSITIONS,
)
from readoutdiff.formulas.words.spans import word_span
from readoutdiff.formulas.words.word_diff import opcodes_of
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
MOST_QUALIFIERS = 3
"""Most differing words a side of a qualifier swap (:func:`kept_qualified`): more is a phrase
rewritten."""
MOST_KEPT = 3
"""Most kept words from the differing qualifiers to the head noun ("Philippine resupply")."""
QUANTITIES = frozenset(
    "every each all many several some other more most both various any no few".split()
)
"""Words of quantity, no qualifier of what a thing is ("every country" / "countries")."""
NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "ogy", "ism")
"""Endings of nouns: a differing word with one is the thing named, not a qualifier of it
("today's conversation include" / "today's convening include")."""
MANNER = frozenset("together closely jointly again also still directly".split())
"""Adverbs that say how the sides act, not what a thing is: no qualifier and no head of a
noun phrase ("work closely" / "work together closely")."""
_JOINING = frozenset(("and", "or"))
PRONOUNS = frozenset("it its they them their theirs he him his she her we us our you your".split())
"""Words that stand for a thing said before: no wording of their own."""


def may_keep(
    pair: Alignment, a_words: Sequence[Words], b_words: Sequence[Words], blocks: BlockMemo | None
) -> bool:
    """Whether a changed run of the passage's word diff stands right before the same
    preposition on both sides, or right after the same word and preposition: where
    :func:`kept_complement` and :func:`kept_head` may find something. Asked before the
    replacements of a passage no formula is in are made (at 500 KB they cost a twentieth of
    the stage, for a few entries)."""
    x = [stem for s in pair.a for stem in a_words[s.index].stems]
    y = [stem for s in pair.b for stem in b_words[s.index].stems]
    for tag, i1, i2, j1, j2 in opcodes_of(x, y, blocks):
        if tag == "equal":
            continue
        if i2 < len(x) and j2 < len(y) and x[i2] == y[j2] and x[i2] in LINKS:
            return True
        if min(i1, j1) >= 2 and x[i1 - 2 : i1] == y[j1 - 2 : j1] and x[i1 - 1] in LINKS:
            return True
    return False


Run = tuple[Words, int, int]
"""A sentence's words and the first and past-the-last word of a differing run."""


def _qualifier_runs(
    pair: Alignment, a_words: Sequence[Words], b_words: Sequence[Words], blocks: BlockMemo | None
) -> list[tuple[Run, Run]]:
    """A's and B's differing runs of qualifier-like words between the same words, in an
    aligned pair, read on the word diff of its sentences joined (as :func:`may_keep`); the run
    and the two words around it stand in one sentence a side."""
    sides = [[a_words[s.index] for s in pair.a], [b_words[s.index] for s in pair.b]]
    if len(sides[0]) == 1 and len(sides[1]) == 1:
        x, y = list(sides[0][0].stems), list(sides[1][0].stems)
    else:
        x = [stem for w in sides[0] for stem in w.stems]
        y = [stem for w in sides[1] for stem in w.stems]
    found: list[tuple[Run, Run]] = []
    for tag, i1, i2, j1, j2 in opcodes_of(x, y, blocks):
        if tag == "equal" or i2 - i1 > MOST_QUALIFIERS or j2 - j1 > MOST_QUALIFIERS:
            continue
        if (
            not i1
            or not j1
            or i2 >= len(x)
            or j2 >= len(y)
            or x[i2] != y[j2]
            or x[i1 - 1] != y[j1 - 1]
        ):
            continue
        if x[i1 - 1] == "to":
            continue  # mostly an infinitive: "related to regional democracy" / "to promote democracy"
        a_at, b_at = _in_one(sides[0], i1 - 1, i2), _in_one(sides[1], j1 - 1, j2)
        if a_at is None or b_at is None:
            continue  # the run crosses a sentence's end
        (wa, i1, i2), (wb, j1, j2) = a_at, b_at
        if wa.breaks[i2] or wb.breaks[j2] or wa.stems[i2] in wa.stop_words:
            continue
        a_run, b_run = range(i1, i2), range(j1, j2)
        if not all(_swapped_qualifier(wa, k) for k in a_run) or not all(
            _swapped_qualifier(wb, k) for k in b_run
        ):
            continue
        xs, ys = wa.stems, wb.stems
        if all(xs[k] in _JOINING for k in a_run) and all(ys[k] in _JOINING for k in b_run):
            continue
        if (a_run and xs[i2 - 1] in _JOINING) or (b_run and ys[j2 - 1] in _JOINING):
            continue  # "technology and clean energy": a list member, no qualifier
        found.append(((wa, i1, i2), (wb, j1, j2)))
    return found


def _in_one(sentences: Sequence[Words], before: int, after: int) -> Run | None:
    """(words, first, end) of a differing run in the sentence holding the joined words
    ``before`` (the word before the run) to ``after`` (the word after it), in that sentence's
    own places; None when they fall in two sentences."""
    offset = 0
    for words in sentences:
        n = len(words.stems)
        if before < offset + n:
            return (words, before - offset + 1, after - offset) if after < offset + n else None
        offset += n
    return None


def _swapped_qualifier(words: Words, k: int) -> bool:
    """Word ``k`` may be a qualifier put in, taken out or swapped: "and"/"or", or a lower-case
    content word that is no frame word, word of aspect, quantity, adverb, participle or number."""
    stem = words.stems[k]
    if stem in _JOINING:
        return True
    return (
        content_word((words, k)) and not words.caps[k] and stem not in NO_HEAD
        and stem not in QUANTITIES and stem not in MANNER
        and not stem.endswith(("ly", "ed", *NOUN_ENDINGS))
        and not any(map(str.isdigit, stem))
    )  # fmt: skip


def kept_qualified(
    pair: Alignment, views: tuple[Sequence[Words], Sequence[Words]],
    readouts: tuple[Readout, Readout], blocks: BlockMemo | None,
) -> list[Formula]:  # fmt: skip
    """The changed entries of qualifiers swapped, put in or taken out before a head both sides
    keep, in one aligned pair (the run and the words around it in one sentence a side)."""
    a, b = readouts
    found = []
    for (wa, i1, i2), (wb, j1, j2) in _qualifier_runs(pair, *views, blocks):
        head = _kept_head_end(wa, wb, i2, j2, (a.text, b.text))
        if head is None:
            continue
        ea, eb = head
        sa, sb = _first_qualifier(wa, i1, a.text), _first_qualifier(wb, j1, b.text)
        if sa is None or sb is None:
            continue
        tail = _kept_tail(wa, wb, ea, eb)
        ea, eb = ea + len(tail), eb + len(tail)
        told_a = sum(content_word((wa, k)) for k in range(sa, ea))
        told_b = sum(content_word((wb, k)) for k in range(sb, eb))
        if min(told_a, told_b) < KEPT_WORDS:
            continue  # "commitment": one word says no line
        span_a, span_b = word_span(a, wa, sa, ea), word_span(b, wb, sb, eb)
        a_text, b_text = a.text[span_a.start : span_a.end], b.text[span_b.start : span_b.end]
        if any(map(str.isdigit, a_text + b_text)):
            continue
        kept = [wa.stems[k] for k in range(i2, ea) if content_word((wa, k))]
        anchor = phrase_id("mined", kept)
        found.append(changed_entry((a_text, b_text), (span_a, span_b), anchor, pair.score))
    return found


def _kept_head_end(
    wa: Words, wb: Words, i: int, j: int, texts: tuple[str, str]
) -> tuple[int, int] | None:
    """Past the head noun the kept words from ``i`` / ``j`` run to (the same on both sides, at
    most :data:`MOST_KEPT`, no stop word or punctuation among them); None when it is no noun.
    A head after a kept proper adjective, a space between ("a routine Philippine resupply"),
    is a noun too (:func:`_head_noun`)."""
    k = 0
    while (
        k < MOST_KEPT and i + k < len(wa.stems) and j + k < len(wb.stems)
        and wa.stems[i + k] == wb.stems[j + k] and wa.stems[i + k] not in wa.stop_words
        and (not k or not (wa.breaks[i + k] or wb.breaks[j + k]))
    ):  # fmt: skip
        k += 1
    if not k or not _head_noun(wa, i + k - 1, texts[0]) or not _head_noun(wb, j + k - 1, texts[1]):
        return None
    after_a = (
        i + k < len(wa.stems) and not wa.breaks[i + k] and wa.stems[i + k] not in wa.stop_words
    )
    after_b = (
        j + k < len(wb.stems) and not wb.breaks[j + k] and wb.stems[j + k] not in wb.stop_words
    )
    if after_a and after_b and wa.stems[i + k] == wb.stems[j + k]:
        return None  # the kept words run on past MOST_KEPT: no head read
    return i + k, j + k


def _head_noun(words: Words, k: int, text: str) -> bool:
    """Word ``k`` heads the kept words: :func:`noun`, or a common noun after a capitalised
    word with a space between, a proper adjective ("Philippine resupply", "Russian
    aggression"), not the tail of a hyphenated name ("Eui-yong")."""
    if words.stems[k] in MANNER:
        return False
    if noun(words, k):
        return True
    if not k or not words.caps[k - 1] or not text[words.end(k - 1) : words.start(k)].isspace():
        return False
    stem = words.stems[k]
    return (
        content_word((words, k)) and not words.caps[k] and stem not in NO_HEAD
        and not stem.endswith("ed") and not any(map(str.isdigit, stem))
    )  # fmt: skip


def _first_qualifier(words: Words, first: int, text: str) -> int | None:
    """The phrase's first word: back from the differing words over the qualifiers before
    them, to a determiner, preposition or possessive; None when a subject's name stands there
    (the differing word is then a verb). The walk has no count of words: a bound (it was
    ``k - first < QUALIFIERS + MOST_QUALIFIERS``, always true as ``k`` only falls) would start
    a long run of qualifiers' phrase inside the run ("dire acute … situation" for "the grave
    dire acute … situation"); the stop word, capital, break or non-qualifier before the run
    ends it, within its sentence."""
    k = first
    while k > 0 and not words.breaks[k]:
        before = k - 1
        if words.stems[before] in words.stop_words or words.caps[before]:
            break
        if text[words.end(before) - 2 : words.end(before)] in ("'s", "\u2019s"):
            break  # an owner, not a qualifier: "militia's dangerous actions"
        if not _swapped_qualifier(words, before):
            return None
        k = before
    if k and not words.breaks[k] and words.caps[k - 1]:
        owner = text[words.end(k - 1) - 2 : words.end(k - 1)] in ("'s", "\u2019s")
        if not owner:
            return None  # "Blinken met": a subject and its verb
    while k < first and words.stems[k] in _JOINING:
        k += 1
    return k


def _kept_tail(wa: Words, wb: Words, ea: int, eb: int) -> tuple[str, ...]:
    """The complement both sides keep word for word after the head ("in Ukraine"; "to" only
    before a determiner or a name), with a content word; () when none."""
    if ea + 1 >= len(wa.stems) or eb + 1 >= len(wb.stems) or wa.breaks[ea] or wb.breaks[eb]:
        return ()
    link = wa.stems[ea]
    if link != wb.stems[eb] or link not in PREPOSITIONS:
        return ()
    if link == "to" and not all(
        w.stems[e + 1] in DETERMINERS or w.caps[e + 1] for w, e in ((wa, ea), (wb, eb))
    ):
        return ()
    end_a = complement_end(wa, ea + 1, ea + 1 + MOST_COMPLEMENT)
    end_b = complement_end(wb, eb + 1, eb + 1 + MOST_COMPLEMENT)
    tail = wa.stems[ea:end_a]
    if tail != wb.stems[eb:end_b] or not any(content_word((wa, k)) for k in range(ea + 1, end_a)):
        return ()
    return tail


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
    complement both keep after it; None when either is missing or they differ."""
    a_side, b_side = _head(a_core), _head(b_core)
    if a_side is None or b_side is None:
        return None
    a_link = _complement(a_side[0], a_side[2])
    if not a_link or a_link != _complement(b_side[0], b_side[2]):
        return None
    return a_side, b_side, a_link


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
