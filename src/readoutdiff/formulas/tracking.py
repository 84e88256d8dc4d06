"""Track formulas (fixed official phrasings) between two readouts.

Formulas come from the lexicon (built-in and user, :mod:`readoutdiff.formulas.lexicon`)
and, unless ``Options.mine_formulas`` is false, from phrases that look fixed in
the readouts themselves (:mod:`readoutdiff.formulas.mining`). Each formula gets one fate:

- ``persisted``: on both sides (``variant`` when the wordings differ);
- ``changed``: replaced by a successor in the aligned passage, or governed by a
  different phrase there (:mod:`readoutdiff.formulas.succession`);
- ``dropped``: only in A; ``appeared``: only in B.

Across languages (A in English, B in Chinese …) a formula is one event by its lexicon id:
"core interests" and 核心利益 are one ``persisted`` formula (``variant``). Words of two
languages are never compared, so no phrase is mined and no change is read off the
wording around a formula; a formula one side holds counts as dropped or appeared only
when the lexicon gives it a wording in the other side's language.

Results come dropped, changed, persisted, appeared, each by position.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain
from operator import attrgetter

from readoutdiff.cache_dir import collecting_later
from readoutdiff.formulas import (
    frames,
    frames_cache,
    matcher,
    matcher_cache,
    mining,
    qualified_nouns,
    sightings,
    slots,
    standing,
    succession,
    twins,
)
from readoutdiff.formulas import lexicon as lexicons
from readoutdiff.formulas.across import across_languages
from readoutdiff.formulas.complement import carried
from readoutdiff.formulas.entries import (
    fate,
    governed,
    governed_by,
    linked,
    one_story,
    qualified,
    reheaded,
)
from readoutdiff.formulas.inside import inside_longer
from readoutdiff.formulas.matcher import BY_START, Occurrence
from readoutdiff.formulas.memo import ReadoutMemo
from readoutdiff.formulas.named import name
from readoutdiff.formulas.per_lexicon import per_lexicon
from readoutdiff.formulas.phrases import Words, readout_words
from readoutdiff.formulas.scripts import SCRIPTS, scripts_in
from readoutdiff.model import (
    Alignment,
    Formula,
    FormulaStatus,
    Lexicon,
    Options,
    Readout,
    Span,
    Status,
)  # fmt: skip
from readoutdiff.shared_runs import BlockMemo

_RANK = {
    FormulaStatus.DROPPED: 0,
    FormulaStatus.CHANGED: 1,
    FormulaStatus.PERSISTED: 2,
    FormulaStatus.APPEARED: 3,
}
ById = Mapping[str, Sequence[Occurrence]]


def find_formulas(
    readout: Readout, lexicon: Lexicon | None = None, *, options: Options = Options()
) -> tuple[Occurrence, ...]:
    """Return every formula occurrence in one readout, by position (for ``readoutdiff formulas``).

    ``lexicon`` defaults to ``options.lexicon``, then to the built-in lexicon.

    >>> from readoutdiff.ingest import from_text
    >>> r = from_text("Both uphold true multilateralism and the “iron brotherhood” of the two peoples.")
    >>> [(o.id, o.text, o.source.value, o.span.start) for o in find_formulas(r)]
    [('true-multilateralism', 'true multilateralism', 'builtin', 12), ('mined:iron-brotherhood', 'iron brotherhood', 'mined', 42)]
    """
    chosen = _with_background(lexicon or options.lexicon or lexicons.builtin(), options)
    words = readout_words(readout)
    search = _matcher(chosen, options.formula_fuzzy_threshold, _absent(words))
    found = matcher.find(search, readout, words)
    if options.mine_formulas:
        found += _mined(
            [sightings.Side(readout=readout, words=words, taken=found)], [words], (), options
        )[0]
    return tuple(sorted(found, key=BY_START))


def track(
    a: Readout, b: Readout, alignments: tuple[Alignment, ...], *, options: Options,
    memo: ReadoutMemo | None = None,
) -> tuple[Formula, ...]:  # fmt: skip
    """Return the fate of every formula found in ``a`` or ``b``.

    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> a = from_text("We uphold true multilateralism. We oppose hegemonism and power politics.")
    >>> b = from_text("We uphold genuine multilateralism. Both back a multipolar world.")
    >>> [(f.status.value, f.a_text, f.b_text, f.variant) for f in compare(a, b).formulas]
    [('dropped', 'hegemonism and power politics', None, False), ('persisted', 'true multilateralism', 'genuine multilateralism', True), ('appeared', None, 'back a multipolar world', False)]
    """
    # Tens of thousands of small tuples and lists, nearly none in a cycle, freed by reference
    # counting when the stage ends: collections during it only walked them and the whole heap
    # (some 13 % of the stage at 500 KB, as much off compare(); benchmarks/README.md).
    with collecting_later():
        return _track(a, b, alignments, options, memo)


def _track(
    a: Readout, b: Readout, alignments: tuple[Alignment, ...], options: Options,
    memo: ReadoutMemo | None,
) -> tuple[Formula, ...]:  # fmt: skip
    chosen = _with_background(options.lexicon or lexicons.builtin(), options)
    memo = memo if memo is not None else ReadoutMemo()
    memo.start(options, (a, b))
    words_a, words_b = memo.words(a), memo.words(b)
    search = _matcher(chosen, options.formula_fuzzy_threshold, _absent(words_a, words_b))
    found_a, found_b = memo.found(a, search), memo.found(b, search)
    if a.language != b.language:  # one event per lexicon id; words of two languages never meet
        view_a, view_b = _view(a, words_a, found_a), _view(b, words_b, found_b)
        fates = _fates(view_a, view_b, (), chosen, options.formula_fuzzy_threshold)
        return across_languages(fates, chosen, a.language, b.language)
    blocks: BlockMemo = {}  # word runs of reworded pairs: mining and naming diff the same ones
    if options.mine_formulas:
        sides = [
            sightings.Side(
                readout=r, words=w, taken=found, sightings=memo.sightings(r), held=memo.held(r)
            )
            for r, w, found in ((a, words_a, found_a), (b, words_b, found_b))
        ]
        mined_a, mined_b = _mined(sides, [words_a, words_b], _reworded(alignments), options, blocks)
        found_a, found_b = found_a + mined_a, found_b + mined_b
    view_a, view_b = _view(a, words_a, found_a), _view(b, words_b, found_b)
    return _fates(
        view_a, view_b, alignments, chosen, options.formula_fuzzy_threshold, blocks,
        governing=options.governing_words, mining=options.mine_formulas,
    )  # fmt: skip


def _with_background(lexicon: Lexicon, options: Options) -> Lexicon:
    """Add the background phrases (source ``mined``: off with mining, or on its own)."""
    if not (options.background and options.mine_formulas):
        return lexicon

    def join() -> Lexicon:
        from readoutdiff.formulas.background import joined

        return joined(lexicon)

    return per_lexicon(lexicon, ("background",), join)


def _frames(lexicon: Lexicon) -> frames.Frames:
    return per_lexicon(lexicon, ("frames",), lambda: frames_cache.built(lexicon))


def _successors(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Id -> successor ids of the entries that have some (read once per lexicon object, not
    once per comparison: the built-in lexicon has some 330 entries)."""
    return per_lexicon(
        lexicon,
        ("successors",),
        lambda: {entry.id: entry.successors for entry in lexicon.entries if entry.successors},
    )


def _matcher(lexicon: Lexicon, threshold: float, absent: frozenset[str]) -> matcher.Matcher:
    return per_lexicon(
        lexicon,
        ("matcher", threshold, absent),
        lambda: matcher_cache.built(lexicon.entries, threshold=threshold, absent=absent),
    )


_STEMS = attrgetter("stems")


def _absent(*sides: Sequence[Words]) -> frozenset[str]:
    """Scripts no word of the texts has: their lexicon wordings need no keys (see ``build``)."""
    # A repeated sentence shares its stems tuple (one Shape per text): read each tuple once.
    stems = list(map(_STEMS, chain.from_iterable(sides)))  # loops in C, no comprehension
    distinct = dict(zip(map(id, stems), stems, strict=True))
    return SCRIPTS - scripts_in("".join(map("".join, distinct.values())))


def _mined(
    sides: Sequence[sightings.Side], words: Sequence[tuple[Words, ...]],
    pairs: Sequence[tuple[tuple[int, ...], tuple[int, ...]]], options: Options,
    blocks: BlockMemo | None = None,
) -> list[tuple[Occurrence, ...]]:  # fmt: skip
    """Mine formulas from all sides together and find them on each side."""
    entries = mining.mine(sides, pairs, threshold=options.formula_fuzzy_threshold, blocks=blocks)
    search = matcher.build(entries, threshold=options.formula_fuzzy_threshold)
    memo: dict[tuple[str, ...], list[matcher.Hit]] = {}
    made: matcher.Made = {}
    around: dict[tuple[tuple[str, ...], tuple[int, ...]], list[matcher.Hit]] = {}
    return [
        matcher.find(search, side.readout, w, side.taken, memo, made, around, side.held)
        for side, w in zip(sides, words, strict=True)
    ]


def _reworded(alignments: Iterable[Alignment]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [
        (tuple(s.index for s in x.a), tuple(s.index for s in x.b))
        for x in alignments
        if x.status is Status.CHANGED
    ]


def _view(
    readout: Readout, words: tuple[Words, ...], found: Iterable[Occurrence]
) -> succession.View:
    by_sentence: dict[int, list[Occurrence]] = defaultdict(list)
    for occurrence in sorted(found, key=BY_START):
        by_sentence[occurrence.sentence].append(occurrence)
    grouped = {index: tuple(items) for index, items in by_sentence.items()}
    return succession.View(readout=readout, words=words, by_sentence=grouped)


def _by_id(view: succession.View) -> dict[str, list[Occurrence]]:
    by_id: dict[str, list[Occurrence]] = defaultdict(list)
    for index in sorted(view.by_sentence):
        for occurrence in view.by_sentence[index]:
            by_id[occurrence.id].append(occurrence)
    return by_id


def _fates(
    a: succession.View, b: succession.View, alignments: Sequence[Alignment], lexicon: Lexicon,
    threshold: float, blocks: BlockMemo | None = None, *, governing: bool = False,
    mining: bool = False,
) -> tuple[Formula, ...]:  # fmt: skip
    """Give each formula its status: linked ones changed, the rest by the sides they stand on;
    replaced phrases around formulas are changed entries naming their formula."""
    in_a, in_b = _by_id(a), _by_id(b)
    only_a, only_b = set(in_a) - set(in_b), set(in_b) - set(in_a)
    successors = _successors(lexicon)
    paired = [alignment for alignment in alignments if alignment.a and alignment.b]
    chain = succession.links(a, b, paired, only_a, only_b, successors)
    chained = {link.a_id for link in chain} | {link.b_id for link in chain}
    formulas = [linked(link, in_a, in_b) for link in chain]
    formulas += governed(succession.governed(a, b, paired, set(in_a) & set(in_b)), in_a)
    named = name(
        a, b, paired, (only_a | only_b) - chained, formulas, threshold, _frames(lexicon), blocks,
    )  # fmt: skip
    formulas += named.changed
    # The rest by the sides they stand on, counting a wording the other side holds inside a
    # longer formula (the longest match wins there, so it is no occurrence of its own).
    rest = sorted({*in_a, *in_b} - chained - named.consumed)
    held_a = inside_longer(a, b, {i: in_b[i] for i in rest if i not in in_a})
    held_b = inside_longer(b, a, {i: in_a[i] for i in rest if i not in in_b})
    lonely_a = {
        i: in_a[i] for i in rest if i not in in_b and i not in held_b and i not in named.variants
    }
    lonely_b = {
        i: in_b[i] for i in rest if i not in in_a and i not in held_a and i not in named.variants
    }
    # The places each side's entries tell, apart: A's offsets and B's are not comparable.
    busy_a, busy_b = _spans(formulas)
    reworded = slots.find(a, b, lonely_a, lonely_b, paired, (busy_a, busy_b))
    formulas += reworded.changed
    left_a = {i: o for i, o in lonely_a.items() if i not in reworded.consumed}
    left_b = {i: o for i, o in lonely_b.items() if i not in reworded.consumed}
    twinned = twins.link(a, b, left_a, left_b, paired, _spans(formulas))
    formulas += twinned.changed
    left_a = {i: o for i, o in left_a.items() if i not in twinned.consumed}
    left_b = {i: o for i, o in left_b.items() if i not in twinned.consumed}

    def busy() -> tuple[list[Span], list[Span]]:  # made only when some qualified noun may pair
        busy_a, busy_b = _spans(formulas)
        busy_a += [o.span for found in in_a.values() for o in found]  # every formula said there
        busy_b += [o.span for found in in_b.values() for o in found]
        return busy_a, busy_b

    formulas += qualified_nouns.changes(a, b, paired, busy)
    # A line reworded across passages last: the narrower evidence above tells its place first.
    busy_a, busy_b = _spans(formulas)
    busy_a += [o.span for i, found in in_a.items() if i not in left_a for o in found]
    busy_b += [o.span for i, found in in_b.items() if i not in left_b for o in found]
    lines = standing.changes(a, b, left_a, left_b, paired, (busy_a, busy_b), blocks, mining=mining)
    formulas += lines.changed
    consumed = reworded.consumed | twinned.consumed | lines.consumed
    rest = [i for i in rest if i not in consumed]
    for i in rest:
        kept = fate(
            i, in_a.get(i) or held_a.get(i, []), in_b.get(i) or held_b.get(i, []),
            named.variants.get(i),
        )  # fmt: skip
        sides = (in_a.get(i, []), in_b.get(i, []))
        kept = reheaded(qualified(kept, (a, b), sides), (a, b), sides)
        formulas.append(governed_by(kept, (a, b), sides) if governing else kept)
    told = one_story(formulas)
    if governing:  # what was said of a formula: its governing word, and its object
        told = carried(told, (a, b))
    return tuple(sorted(told, key=_order))


def _spans(formulas: Iterable[Formula]) -> tuple[list[Span], list[Span]]:
    """The spans of A and the spans of B that ``formulas`` tell."""
    told = list(formulas)
    return [s for f in told for s in f.a_spans], [s for f in told for s in f.b_spans]


def _order(formula: Formula) -> tuple[int, int, str]:
    spans = formula.a_spans or formula.b_spans
    return _RANK[formula.status], spans[0].start if spans else -1, formula.id
