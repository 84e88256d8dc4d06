"""The qualifiers swapped, put in or taken out before a head both sides keep.

"the worsening humanitarian situation in Ukraine" -> "the situation in Ukraine", "a routine
Philippine resupply" -> "a lawful Philippine resupply mission", "dangerous and unlawful actions"
-> "dangerous actions": the qualifiers of a noun phrase swapped, put in or taken out (at most
:data:`MOST_QUALIFIERS` words a side, "and" and commas among them) between the same word before
them and the same kept words after them, which run to a head noun. The word before is a
determiner, a preposition, a possessive or another qualifier, never a subject's name (then the
differing word is a verb: "Blinken met" / "Blinken spoke") nor "to" (mostly an infinitive, as
before a kept complement: "related to regional democracy" / "efforts to promote democracy"); no
differing word is a name, a number, an adverb, a participle, a quantity ("every"), a word of
aspect or of the frame (:data:`~readoutdiff.formulas.succession.noun_phrases.NO_HEAD`). Its
wordings run from the phrase's first qualifier (after the determiner or possessive) through the
head and a complement both sides keep word for word ("in Ukraine"; "to" only before a noun
phrase), each with two content words at least; it is named by the kept words.

The entries are told last (:func:`~readoutdiff.formulas.succession.told_last.last`), as the
heads and complements kept (:mod:`~readoutdiff.formulas.succession.kept_complement`) are.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> said = "After long talks they discussed President Macron's {} travel to the People's Republic."
>>> a, b = from_text(said.format("official")), from_text(said.format("private"))
>>> [(f.status.value, f.id, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'mined:travel-people-republic/wording', "official travel to the People's Republic", "private travel to the People's Republic")]
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
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import DETERMINERS, PREPOSITIONS
from readoutdiff.formulas.words.spans import word_span
from readoutdiff.formulas.words.word_diff import PairDiff, pair_diff
from readoutdiff.formulas.words.wording import content_word
from readoutdiff.model import Alignment, Formula, Readout
from readoutdiff.text.shared_runs import BlockMemo

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


Run = tuple[Words, int, int]
"""A sentence's words and the first and past-the-last word of a differing run."""


def _qualifier_runs(
    pair: Alignment, a_words: Sequence[Words], b_words: Sequence[Words], blocks: BlockMemo | None,
    diff: PairDiff | None = None,
) -> list[tuple[Run, Run]]:  # fmt: skip
    """A's and B's differing runs of qualifier-like words between the same words, in an
    aligned pair, read on the word diff of its sentences joined (:func:`pair_diff`, as
    :func:`kept_complement.may_keep`; ``diff``: when made already); the run and the two words
    around it stand in one sentence a side."""
    sides = [[a_words[s.index] for s in pair.a], [b_words[s.index] for s in pair.b]]
    x, y, opcodes = pair_diff(pair, a_words, b_words, blocks) if diff is None else diff
    found: list[tuple[Run, Run]] = []
    for tag, i1, i2, j1, j2 in opcodes:
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
    readouts: tuple[Readout, Readout], blocks: BlockMemo | None, diff: PairDiff | None = None,
) -> list[Formula]:  # fmt: skip
    """The changed entries of qualifiers swapped, put in or taken out before a head both sides
    keep, in one aligned pair (the run and the words around it in one sentence a side;
    ``diff``: the pair's :func:`pair_diff`, when made already)."""
    a, b = readouts
    found = []
    for (wa, i1, i2), (wb, j1, j2) in _qualifier_runs(pair, *views, blocks, diff):
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
