"""A kept formula whose words right beside it were reworded in its aligned pair is *changed*.

"generating economic growth that benefits everyone" -> "fostering sustainable economic growth
that benefits everyone": the formula the readouts keep ("economic growth that benefits
everyone") stands in the same words on both sides, so it is reported *persisted*, while the
pair's word diff (:func:`~readoutdiff.formulas.words.wording.replacements`) replaces the words
right before it. :mod:`~readoutdiff.formulas.succession.named` does not read such a replacement
when the formula is mined (a mined formula is too unsure to hang a change on *beside* the
entries of other formulas), and :mod:`~readoutdiff.formulas.entries.premodified` reads only the
qualifiers after an article. Here, once every other rule has told its entries, a formula
*persisted* in the same words, said once on each side in one reworded aligned pair, becomes one
*changed* entry when a replacement of that pair

- has its differing words touching the formula on both sides, or standing right against it
  in its clause (nothing but "and" or "or" between): a word of the formula's phrase swapped
  ("strengthening and diversifying commercial ties" -> "deepening and diversifying commercial
  ties"); words an article or a preposition parts from it govern it, and the hand lists call
  the formula kept ("shared goal of the" / "Japan to achieve the" complete denuclearization …);
- has differing words on both sides (a governing verb put in or left out alone is the formula
  kept; in English, words on one side only count when they qualify the formula and are not
  moved, :func:`_qualifies`), not names alone (the parties said otherwise), and changes more
  than the readout's frame, an aspect word or a word's form (not a variant, not words moved
  within the passage);
- stands where no other entry does.

Its wordings run from the replaced phrase through the formula, on each side. In Chinese, whose
words are characters and give no replaced phrase, the characters right after the formula
differ instead (:func:`_tail_zh`), and the wordings are the formula's two clauses. Nothing
hangs on reading order: swapping A and B swaps the result. Measured on young dev (424 -> 429
changed found, noise and fates the same) and outside tuning (unchanged): benchmarks/README.md,
chg4.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They discussed generating economic growth that benefits everyone.")
>>> b = from_text("They discussed fostering sustainable economic growth that benefits everyone.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'generating economic growth that benefits everyone', 'fostering sustainable economic growth that benefits everyone')]

A qualifier said on one side only, right before the formula or as a complement right after it
(:func:`_put_in`, chg8), is a change too; a time put in or left out is not:

>>> said = "They agreed on supporting a robust Haitian-led solution{}."
>>> a, b = from_text(said.format(" to the current crisis in Haiti")), from_text(said.format(""))
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'Haitian-led solution to the current crisis in Haiti', 'Haitian-led solution')]
>>> a = from_text("They agreed to stay in close touch in the coming weeks.")
>>> b = from_text("They agreed to stay in close touch.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('persisted', 'stay in close touch', 'stay in close touch')]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import chain

from rapidfuzz import fuzz

from readoutdiff.formulas.entries.clauses import clause_of
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.mining.noise import frame_only
from readoutdiff.formulas.succession.around import content, joined, swapped
from readoutdiff.formulas.succession.belongs import covered
from readoutdiff.formulas.succession.named import MIN_PAIR_SCORE, aspect_only
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words import wording
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import ARTICLES, ASPECT, PREPOSITIONS, WHEN
from readoutdiff.formulas.words.spans import any_overlap
from readoutdiff.formulas.words.word_diff import pair_diff
from readoutdiff.languages.en import TIME_UNITS
from readoutdiff.languages.zh import FUNCTION_WORDS
from readoutdiff.model import Alignment, Formula, FormulaStatus, Sentence, Span
from readoutdiff.records.replacing import replace
from readoutdiff.text.shared_runs import BlockMemo

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_PERSISTED = FormulaStatus.PERSISTED

GAP_ZH = 2
"""Kept characters between a Chinese formula's end and the characters that differ after it
("稳定性和连贯性" / "稳定性和连续性")."""

WORD_ZH = 4
"""Most characters that differ after a Chinese formula on one side: a word or two."""
ALIKE_ZH = 70.0
"""Least character ratio (rapidfuzz) of the two clauses: the same line, a word changed."""

_VERB_ENDINGS = ("ing", "ed")
"""Endings of a participle or gerund: a verb put in before a kept formula governs it."""

_JOINING = frozenset(("and", "or"))
"""Words that may stand between the differing words and the formula ("strengthening and
diversifying commercial ties")."""

ById = Mapping[str, Sequence[Occurrence]]


def beside_kept(
    formulas: Sequence[Formula], views: tuple[View, View], sides: tuple[ById, ById],
    changed: Sequence[Alignment], blocks: BlockMemo | None = None,
) -> list[Formula]:  # fmt: skip
    """The entries with each kept formula reworded right beside it in its pair *changed*."""
    if not changed:
        return list(formulas)
    out = list(formulas)
    for n, formula in enumerate(formulas):
        if formula.status is not _PERSISTED or formula.anchor is not None or formula.variant:
            continue
        found = (sides[0].get(formula.id, ()), sides[1].get(formula.id, ()))
        if len(found[0]) != 1 or len(found[1]) != 1:
            continue
        x, y = found[0][0], found[1][0]
        pair = _pair_of(changed, x.sentence, y.sentence)
        if pair is None:
            continue
        if views[0].readout.language == "zh":
            spans = _tail_zh(pair, views, (x, y), blocks)
            if spans is None or _busy_at(([spans[0]], [spans[1]]), formulas, n):
                continue
            a_span, b_span = spans
        else:
            rep = _beside(pair, views, (x, y), blocks)
            if rep is None or _busy(rep, formulas, n):
                continue
            a_span, b_span = joined(rep.a_span, x.span), joined(rep.b_span, y.span)
        out[n] = replace(
            formula, status=FormulaStatus.CHANGED, variant=False,
            a_text=views[0].readout.text[a_span.start : a_span.end], a_spans=(a_span,),
            b_text=views[1].readout.text[b_span.start : b_span.end], b_spans=(b_span,),
        )  # fmt: skip
    return out


def _tail_zh(
    pair: Alignment, views: tuple[View, View], kept: tuple[Occurrence, Occurrence],
    blocks: BlockMemo | None,
) -> tuple[Span, Span] | None:  # fmt: skip
    """The two clauses of a kept Chinese formula when the characters right after it differ
    (at most :data:`GAP_ZH` kept characters between, in its clause): "看待和发展中厄关系" /
    "看待中厄关系" after 从战略高度和长远角度看待. Words before it are the line's lead, kept
    (the evaluation set's convention (c))."""
    a, b = views
    x, y = kept
    xs, ys, opcodes = pair_diff(pair, a.words, b.words, blocks)
    x_end = _offset(pair.a, a, x.sentence) + x.last
    y_end = _offset(pair.b, b, y.sentence) + y.last
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal" or i1 - x_end != j1 - y_end or not 0 <= i1 - x_end <= GAP_ZH:
            continue
        if max(i2 - i1, j2 - j1) > WORD_ZH:
            return None  # the line goes on otherwise: another line around the same formula
        if _broken(a.words[x.sentence], x.last, i1 - x_end) or _broken(
            b.words[y.sentence], y.last, i1 - x_end
        ):
            return None  # a clause mark between: the next clause's change
        a_clause, b_clause = clause_of(a.readout, x.span), clause_of(b.readout, y.span)
        differ = ("".join(xs[i1:i2]), "".join(ys[j1:j2]))
        if all(not d or d in FUNCTION_WORDS for d in differ):
            return None  # a conjunction or particle: the same line ("看待发展" / "看待和发展")
        said = (
            a.readout.text[a_clause.start : a_clause.end],
            b.readout.text[b_clause.start : b_clause.end],
        )
        if said[0] == said[1] or fuzz.ratio(*said) < ALIKE_ZH:
            return None
        if set(differ[0]) <= set(said[1]) and set(differ[1]) <= set(said[0]):
            return None  # the characters moved within the line ("迈向更高水平" / "向更高水平迈进")
        return a_clause, b_clause
    return None


def _broken(words: Words, end: int, gap: int) -> bool:
    """A clause mark stands before one of the ``gap`` words after ``end``, or the word after."""
    return any(k < len(words.breaks) and words.breaks[k] for k in range(end, end + gap + 1))


def _offset(sentences: Sequence[Sentence], view: View, index: int) -> int:
    """Where sentence ``index`` starts among the pair's words of one side, joined."""
    at = 0
    for s in sentences:
        if s.index == index:
            return at
        at += len(view.words[s.index].stems)
    return at


def _busy_at(
    spans: tuple[Sequence[Span], Sequence[Span]], formulas: Sequence[Formula], own: int
) -> bool:
    """Another entry than the ``own``-th stands in A's ``spans`` or in B's."""
    return any(
        n != own and (any_overlap(spans[0], f.a_spans) or any_overlap(spans[1], f.b_spans))
        for n, f in enumerate(formulas)
    )


def _pair_of(changed: Sequence[Alignment], a_sentence: int, b_sentence: int) -> Alignment | None:
    """The reworded pair holding both sentences, aligned alike enough to be reworded (the
    floor the named succession reads too: passages aligned less alike are rewritten)."""
    for pair in changed:
        holds_a = any(s.index == a_sentence for s in pair.a)
        if holds_a and any(s.index == b_sentence for s in pair.b):
            return pair if pair.score >= MIN_PAIR_SCORE else None
    return None


def _beside(
    pair: Alignment, views: tuple[View, View], kept: tuple[Occurrence, Occurrence],
    blocks: BlockMemo | None,
) -> wording.Replacement | None:  # fmt: skip
    """The first replacement of ``pair`` whose differing words touch the kept formula on both
    sides, or stand right beside it, and tell more than a variant or the frame."""
    a, b = views
    x, y = kept
    for rep in wording.replacements(pair, a.readout, b.readout, a.words, b.words, blocks=blocks):
        told = bool(content(rep.a_core)), bool(content(rep.b_core))
        if told[0] != told[1]:  # said on one side only: a qualifier put in or left out
            if a.readout.language == "en" and _qualifies(rep, pair, views, kept, on_a=told[0]):
                return rep
            continue
        if not (_touches(rep.a_core, rep.a, x) and _touches(rep.b_core, rep.b, y)):
            continue
        if not content(rep.a_core) or not content(rep.b_core):
            continue  # a word put in or left out beside a formula: a governing verb, kept
        if frame_only(chain(rep.a_core, rep.b_core)) or aspect_only(rep):
            continue
        if _names_only(rep.a_core) or _names_only(rep.b_core):
            continue  # the parties said otherwise ("the countries" / "Armenia and Azerbaijan")
        if rep.variant or swapped(rep, pair, a, b):
            continue
        return rep
    return None


def _touches(core: Sequence[wording.Place], run: Sequence[wording.Place], kept: Occurrence) -> bool:
    """The differing words stand in the formula or right against it, nothing but "and" or
    "or" between, in its clause; with none on this side (a qualifier put in on the other), the
    widened phrase does. Words an article or a preposition parts from the formula govern it
    ("shared goal of the" / "Japan to achieve the" complete denuclearization …): the formula
    said again, which the hand lists call kept."""
    places = _trimmed(core) if core else run
    if not places:
        return False
    if covered(places, kept):
        return True
    (first, i), (last, k) = places[0], places[-1]
    if last.sentence == kept.sentence and k < kept.first:
        words, start, end = last, k + 1, kept.first
    elif first.sentence == kept.sentence and i >= kept.last:
        words, start, end = first, kept.last, i
    else:
        return False
    return all(words.stems[j] in _JOINING for j in range(start, end)) and not any(
        words.breaks[j] for j in range(start, end + 1) if j < len(words.stems)
    )


def _qualifies(
    rep: wording.Replacement, pair: Alignment, views: tuple[View, View],
    kept: tuple[Occurrence, Occurrence], *, on_a: bool,
) -> bool:  # fmt: skip
    """The words ``rep`` says on one side only (A's when ``on_a``) qualify the kept formula
    there (:func:`_put_in`), are no names alone, and are not said anywhere in the other side's
    sentences of the pair: words the other side says too were moved, not put in ("in Riyadh on
    18 February" / "on 18 February in Riyadh", the line kept).

    Read in English only: :func:`_put_in` reads English word order and word shapes (a
    qualifier before its head, a complement opened by a preposition, "-ed" and "-ing"). A
    Russian complement is a genitive with no preposition, and a Russian complement only cut
    short or lengthened says the same (:mod:`~readoutdiff.formulas.succession.genitive`)."""
    one, other = (rep.a_core, pair.b) if on_a else (rep.b_core, pair.a)
    said = {stem for s in other for stem in views[on_a].words[s.index].stems}
    if all(w.stems[k] in said for w, k in one if w.stems[k] not in w.stop_words):
        return False
    return _put_in(one, kept[not on_a]) and not _names_only(one)


def _put_in(core: Sequence[wording.Place], kept: Occurrence) -> bool:
    """The differing words of the one side that has any qualify the kept formula, which the
    other side says bare: convention (d) of eval/formulas/SOURCES.md, a qualifier of the object
    put in or left out is a change ("recent and escalatory ballistic missile launches" /
    "recent ballistic missile launches", "a robust Haitian-led solution to the current crisis
    in Haiti" / "a robust Haitian-led solution"). Either

    - right before the formula (nothing but "and" or "or" between, in its clause), no word of
      them a participle or a gerund ("-ed", "-ing": a governing verb put in, the formula kept)
      and the last not capitalised (a name's tail, a new subject); or
    - right after it, opened by a preposition (articles aside) in its clause: a complement;
      "to" only before an article, else an infinitive ("mandate to increase …", a new act).

    Words that say only when, how long or how much ("in the coming weeks", "continued") are
    no qualifier: the line goes on (:data:`~readoutdiff.formulas.words.roles.WHEN`,
    :data:`~readoutdiff.formulas.words.roles.ASPECT`, :data:`TIME_UNITS`)."""
    places = _trimmed(core)
    if not places:
        return False
    told = [w.stems[j] for w, j in places if w.stems[j] not in w.stop_words]
    if all(_when(stem) for stem in told):
        return False
    (first, i), (last, k) = places[0], places[-1]
    if last.sentence == kept.sentence and k < kept.first:
        between = range(k + 1, kept.first)
        if not all(last.stems[j] in _JOINING for j in between):
            return False
        if any(last.breaks[j] for j in range(k + 1, kept.first + 1)) or last.caps[k]:
            return False
        return not any(stem.endswith(_VERB_ENDINGS) for stem in told)
    if first.sentence != kept.sentence or i < kept.last:
        return False
    gap = first.stems[kept.last : i + 1]
    link = gap[0]
    if link not in PREPOSITIONS or link == "to" and (len(gap) < 2 or gap[1] not in ARTICLES):
        return False
    if not all(stem in first.stop_words for stem in gap[:-1]):
        return False
    return not any(first.breaks[j] for j in range(kept.last, min(i + 1, len(first.stems))))


def _when(stem: str) -> bool:
    """A word of time or aspect only ("coming", "weeks", "continued")."""
    return stem in WHEN or stem in ASPECT or stem in TIME_UNITS or stem + "s" in TIME_UNITS


def _names_only(core: Sequence[wording.Place]) -> bool:
    """The differing words of one side, less stop words, are all capitalised: names."""
    told = [(words, k) for words, k in core if words.stems[k] not in words.stop_words]
    return bool(told) and all(words.caps[k] for words, k in told)


def _trimmed(run: Sequence[wording.Place]) -> Sequence[wording.Place]:
    """``run`` less the stop words at its edges ("in the coming weeks": "coming weeks")."""
    start, end = 0, len(run)
    while start < end and run[start][0].stems[run[start][1]] in run[start][0].stop_words:
        start += 1
    while end > start and run[end - 1][0].stems[run[end - 1][1]] in run[end - 1][0].stop_words:
        end -= 1
    return run[start:end]


def _busy(rep: wording.Replacement, formulas: Sequence[Formula], own: int) -> bool:
    """Another entry stands where the replacement does."""
    a = [rep.a_span] if rep.a_span else []
    return _busy_at((a, [rep.b_span] if rep.b_span else []), formulas, own)
