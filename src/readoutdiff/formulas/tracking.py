"""Track formulas (fixed official phrasings) between two readouts.

Formulas come from the lexicon (built-in and user, :mod:`readoutdiff.formulas.lexicon.lexicon`)
and, unless ``Options.mine_formulas`` is false, from phrases that look fixed in
the readouts themselves (:mod:`readoutdiff.formulas.mining.mining`). Each formula gets one fate:

- ``persisted``: on both sides (``variant`` when the wordings differ);
- ``changed``: replaced by a successor in the aligned passage, or governed by a
  different phrase there (:mod:`readoutdiff.formulas.succession.succession`);
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
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache, partial

from readoutdiff.cache_dir import collecting_later
from readoutdiff.formulas.entries.anchored_clauses import anchored_clauses
from readoutdiff.formulas.entries.clause_around_change import clauses_around_changes
from readoutdiff.formulas.entries.clause_heads import paired_by_head
from readoutdiff.formulas.entries.clauses import clause_edges, in_clauses
from readoutdiff.formulas.entries.complement import carried
from readoutdiff.formulas.entries.contained import kept_core
from readoutdiff.formulas.entries.entries import by_sides, carries_itself, governed, linked
from readoutdiff.formulas.entries.giving_way import giving_way
from readoutdiff.formulas.entries.governing_phrase import governing_phrases
from readoutdiff.formulas.entries.greetings import greetings_paired
from readoutdiff.formulas.entries.grown_lists import grown_lists
from readoutdiff.formulas.entries.kept_beside import beside_kept
from readoutdiff.formulas.entries.kept_tails_en import tails_paired_en
from readoutdiff.formulas.entries.one_story import one_story
from readoutdiff.formulas.entries.premodified import premodified
from readoutdiff.formulas.entries.quotes_cut import without_quotes_cut
from readoutdiff.formulas.entries.relations_en import relations_en
from readoutdiff.formulas.entries.told_once import (
    cores_in_lines,
    formula_in,
    formula_named,
    halves_within,
    lines_joined,
    one_place_one_change,
    told_once,
)
from readoutdiff.formulas.entries.widened import with_list, with_parties
from readoutdiff.formulas.lexicon import lexicon as lexicons
from readoutdiff.formulas.lexicon.ids import distinct
from readoutdiff.formulas.lexicon.lexicon_parts import (
    frames_of,
    listed_of,
    matcher_for,
    programmes_of,
    successors_of,
    translated_of,
    with_background,
)
from readoutdiff.formulas.linking import diverging, lonely, twins
from readoutdiff.formulas.linking.comparing import Comparing
from readoutdiff.formulas.linking.kept_remainder_en import remainders_en
from readoutdiff.formulas.linking.kept_wordings import (
    one_wording,
    reordered,
    reordered_zh,
)
from readoutdiff.formulas.linking.lonely import spans_of
from readoutdiff.formulas.linking.retimed import retimed
from readoutdiff.formulas.matching import matcher
from readoutdiff.formulas.matching.matcher import BY_START
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.mining import sightings
from readoutdiff.formulas.mining.memo import ReadoutMemo
from readoutdiff.formulas.mining.mined import mined, reworded
from readoutdiff.formulas.succession import regoverned, succession, told_last
from readoutdiff.formulas.succession.heads import derived_heads
from readoutdiff.formulas.succession.inside import inside_longer
from readoutdiff.formulas.succession.named import Named, name
from readoutdiff.formulas.unpaired import stance_en, unpaired
from readoutdiff.formulas.unpaired.role_objects import role_objects
from readoutdiff.formulas.words.compounds import whole_compounds
from readoutdiff.formulas.words.phrases import Copies, Words, grouped_words
from readoutdiff.formulas.words.scripts import absent as _absent
from readoutdiff.formulas.words.whole_words import whole_words
from readoutdiff.model import (
    CONTEXT,
    Alignment,
    Formula,
    FormulaStatus,
    Lexicon,
    Options,
    Readout,
    Span,
)
from readoutdiff.records.record import record_positional
from readoutdiff.records.replacing import replace
from readoutdiff.text.shared_runs import BlockMemo

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_CHANGED, _PERSISTED = FormulaStatus.CHANGED, FormulaStatus.PERSISTED

_RANK = {
    FormulaStatus.DROPPED: 0,
    FormulaStatus.CHANGED: 1,
    FormulaStatus.PERSISTED: 2,
    FormulaStatus.APPEARED: 3,
}
ById = Mapping[str, Sequence[Occurrence]]
_STRONG = 2
"""Evidence (shared telling words, a shared name, a swapped member; see ``twins``) with which
two one-sided formulas are linked before replaced phrases of aligned pairs are named."""


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
    chosen = with_background(lexicon or options.lexicon or lexicons.builtin(), options, (readout,))
    words, groups = grouped_words(readout)
    search = matcher_for(chosen, options.formula_fuzzy_threshold, _absent((readout, words)))
    found = matcher.find(search, readout, words, groups=groups)
    if options.mine_formulas:
        found += mined(
            [sightings.Side(readout=readout, words=words, taken=found)], [words], (), options
        )[0]
    own = lexicon or options.lexicon or lexicons.builtin()
    return tuple(
        o._replace(id=e.id, source=e.source, topic=e.topic)
        if o.id.startswith("background:")
        and (e := formula_in(own, o.id, readout.language)) is not None
        else o
        for o in sorted(found, key=BY_START)
    )  # a background phrase holding a lexicon formula: the formula's (dup7)


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
    [('dropped', 'oppose hegemonism and power politics', None, False), ('persisted', 'true multilateralism', 'genuine multilateralism', True), ('appeared', None, 'back a multipolar world', False)]
    """
    return track_readings(a, b, alignments, options=options, memo=memo)[0]


def track_readings(
    a: Readout, b: Readout, alignments: tuple[Alignment, ...], *, options: Options,
    memo: ReadoutMemo | None = None, readings: tuple[bool, ...] | None = None,
) -> tuple[tuple[Formula, ...], ...]:  # fmt: skip
    """:func:`track`'s result once for each of ``readings`` (``Options.governing_words`` off or
    on; by default ``options``' own), each equal to :func:`track` under that option, from one
    shared prefix: matching, mining and the linking steps read no governing words, so only the
    steps after them run once per reading (ser5: a series' rows are read without governing
    words and its pair reports with them, ~1/10 of the stage more instead of a second one).

    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> a = from_text("Both reaffirmed their commitment to the complete denuclearization of Korea.")
    >>> b = from_text("Both reaffirmed their shared goal of the complete denuclearization of Korea.")
    >>> off, on = track_readings(a, b, compare(a, b).alignments, options=Options(),
    ...                          readings=(False, True))  # fmt: skip
    >>> off == track(a, b, compare(a, b).alignments, options=Options(governing_words=False))
    True
    """
    readings = (options.governing_words,) if readings is None else readings
    # Tens of thousands of small tuples and lists, nearly none in a cycle, freed by reference
    # counting when the stage ends: collections during it only walked them and the whole heap
    # (some 13 % of the stage at 500 KB, as much off compare(); benchmarks/README.md).
    with collecting_later():
        told = _told(a, b, alignments, options, memo, readings)
    return tuple(
        _folded(one, a, b, _reading(options, governing), alignments)
        for one, governing in zip(told, readings, strict=True)
    )


def _reading(options: Options, governing: bool) -> Options:
    """``options`` with ``governing_words`` as ``governing`` (the same object when it is)."""
    return (
        options
        if options.governing_words is governing
        else replace(options, governing_words=governing)
    )


def _folded(
    told: tuple[Formula, ...], a: Readout, b: Readout, options: Options,
    alignments: tuple[Alignment, ...],
) -> tuple[Formula, ...]:  # fmt: skip
    """:func:`track`'s last folds of one reading's entries, then one id an entry."""
    lexicon = options.lexicon or lexicons.builtin()  # a user's file may give an id a "/"
    return tuple(distinct(_last_folds(told, a, b, options, alignments, lexicon), lexicon))


def _last_folds(
    told: tuple[Formula, ...], a: Readout, b: Readout, options: Options,
    alignments: tuple[Alignment, ...], lexicon: Lexicon,
) -> tuple[Formula, ...]:  # fmt: skip
    if a.language != b.language:
        return told
    kept = retimed(told, a.language)  # a dated thing told in other time words: kept
    once = told_once(told if kept is told else tuple(sorted(kept, key=_order)))  # one place once
    once = one_place_one_change(once)  # one place, one change (ser2)
    if not options.governing_words:
        return formula_named(
            once, lexicon, a.language
        )  # a background phrase holding a formula (dup7)
    slashed = {e.id for e in lexicon.entries if "/" in e.id}
    joined = lines_joined(cores_in_lines(once), a.text, b.text, slashed)  # a core, its line
    halves = halves_within(joined, slashed)  # one line, one entry; a half inside a change folded
    halves = clauses_around_changes(halves, slashed)  # a clause ending in a change (var4)
    named = formula_named(
        halves, lexicon, a.language
    )  # a background phrase holding a formula (dup7)
    if a.language == "zh":  # last: a half whose other is a silent clause in its place (zh9)
        from readoutdiff.formulas.entries.placed_halves_zh import placed_halves

        return placed_halves(named, a, b, alignments)
    return named


def _told(
    a: Readout, b: Readout, alignments: tuple[Alignment, ...], options: Options,
    memo: ReadoutMemo | None, readings: tuple[bool, ...],
) -> tuple[tuple[Formula, ...], ...]:  # fmt: skip
    """The formulas of :func:`track` but for :func:`retimed`, read last, once per reading."""
    memo = memo if memo is not None else ReadoutMemo()
    shared = _track(a, b, alignments, options, memo)
    return tuple(
        _kept_zh_last(
            _clausal(
                shared if isinstance(shared, tuple) else _fates_tail(shared, governing), a, b,
                alignments, _reading(options, governing), memo,
            ),
            shared,
        )
        for governing in readings
    )  # fmt: skip


def _kept_zh_last(
    found: tuple[Formula, ...], shared: _Linked | tuple[Formula, ...]
) -> tuple[Formula, ...]:
    """``found`` and the Chinese phrases reworded around kept words
    (:mod:`~readoutdiff.formulas.succession.kept_zh`) that stand on no other entry's words:
    told after the Chinese clause rules, which tell more of a line (a list's items, a tail)."""
    if isinstance(shared, tuple) or not shared.named.kept_zh:
        return found
    return tuple(sorted(told_last.last(list(found), shared.named.kept_zh), key=_order))


def _clausal(
    found: tuple[Formula, ...], a: Readout, b: Readout, alignments: tuple[Alignment, ...],
    options: Options, memo: ReadoutMemo,
) -> tuple[Formula, ...]:  # fmt: skip
    """The clause rules and English post-steps over one reading's entries ``found``."""
    # Chinese is read by character: its wordings end at word edges
    whole = whole_words(found, a, b, options.lexicon or lexicons.builtin())
    rule = clause_edges(a, b)
    if rule is None:  # English has no clause edges: a head kept, reworded before it
        if not options.governing_words:
            return whole
        views = (memo.words(a), memo.words(b))
        paired = remainders_en(tails_paired_en(whole, a, b, views), a, b, views)
        paired = relations_en(paired, a, b, views)  # the relationship reworded, one frame
        paired = anchored_clauses(paired, a, b, alignments, views)  # an instrument's clause
        return _greeted(paired, a, b, lone=options.mine_formulas)
    threshold, grow = options.formula_fuzzy_threshold, options.governing_words
    if grow and a.language == "zh":  # a head is a run of characters: Chinese only
        whole = paired_by_head(whole, a, b)
    clausal = in_clauses(whole, a, b, threshold, grow=grow)
    if grow and a.language == "zh":  # after every clause rule: a list is one line
        # Chinese rules alone: imported by the first Chinese pair, so that a run reading no
        # Chinese loads none of their modules (sp85: ~1.8 ms of an English run's start)
        from readoutdiff.formulas.entries.better_partner import (
            halves_paired,
            repartnered,
            silent_halves,
        )
        from readoutdiff.formulas.entries.closer_clause import relinked
        from readoutdiff.formulas.entries.far_partner import far_partnered
        from readoutdiff.formulas.entries.field_lists import fields_paired
        from readoutdiff.formulas.entries.kept_tails import tails_paired
        from readoutdiff.formulas.entries.listed_items import items_paired
        from readoutdiff.formulas.entries.modified_cores_zh import (
            without_cut_counts,
            without_modified_cores,
        )
        from readoutdiff.formulas.entries.numbered_points import points_paired
        from readoutdiff.formulas.entries.one_event_zh import (
            without_bare_cores,
            without_cut_modifiers,
            without_cut_names,
            without_events,
            without_members,
            without_names,
        )
        from readoutdiff.formulas.entries.said_within import without_said_within
        from readoutdiff.formulas.entries.same_anniversary import anniversaries_paired
        from readoutdiff.formulas.entries.swapped_items import items_swapped
        from readoutdiff.formulas.entries.throughout_heads import heads_paired
        from readoutdiff.formulas.entries.verb_objects import objects_paired
        from readoutdiff.formulas.entries.whole_lists import lists_said_whole
        from readoutdiff.formulas.unpaired.concert_zh import told_concert
        from readoutdiff.formulas.unpaired.documents_zh import told_documents
        from readoutdiff.formulas.unpaired.talks_zh import told_talks
        from readoutdiff.formulas.unpaired.world_zh import told_world

        clausal = points_paired(fields_paired(clausal, a, b), a, b)  # a numbered point
        clausal = objects_paired(clausal, a, b)  # then a point
        clausal = without_events(clausal)  # the news of the day is no formula
        clausal = without_names(clausal, a.text, b.text)
        clausal = without_members(clausal, a.text, b.text)
        clausal = without_cut_modifiers(clausal)
        clausal = without_bare_cores(clausal, a.text, b.text)
        clausal = without_cut_names(clausal, a.text, b.text)  # a name's core, cut
        clausal = without_modified_cores(clausal, a.text, b.text)  # after its modifier
        clausal = without_cut_counts(clausal, a.text, b.text)  # a count, cut from its noun
        clausal = without_said_within(clausal, a, b)  # a phrase said within the other
        clausal = relinked(clausal, a, b)  # a wording said again in a clause left silent
        clausal = items_paired(clausal, a, b)  # an item of a list said in its frame
        clausal = tails_paired(clausal, a, b)  # a rare tail kept, reworded before it
        clausal = repartnered(clausal, a, b)  # a free clause sharing more words
        clausal = far_partnered(clausal, a, b, alignments)  # two speakers' clauses, far apart
        clausal = halves_paired(clausal, a, b)  # two one-sided halves of one line
        clausal = items_swapped(clausal, a, b, alignments)  # a list, one item swapped
        clausal = anniversaries_paired(clausal)  # one anniversary told in both readouts
        clausal = silent_halves(clausal, a, b)  # a half whose other is a silent clause
        clausal = heads_paired(clausal, a, b)  # one verb, a head said throughout
        clausal = lists_said_whole(clausal, a, b)  # a whole list said again, one verb
        world = told_world(clausal, a, b) if options.mine_formulas else list(clausal)
        if world != list(clausal):  # how the world stands, in each readout: one event (l)
            clausal = tuple(sorted(world, key=_order))
        concert = told_concert(clausal, a, b) if options.mine_formulas else list(clausal)
        if concert != list(clausal):  # acting together in the bodies: one event in each
            clausal = tuple(sorted(concert, key=_order))
        signed = told_documents(clausal, a, b) if options.mine_formulas else list(clausal)
        if signed != list(clausal):  # the documents a visit signed: one line in each
            clausal = tuple(sorted(signed, key=_order))
        talked = told_talks(clausal, a, b) if options.mine_formulas else list(clausal)
        if talked != list(clausal):  # what the leaders' talks did: one line in each
            clausal = tuple(sorted(talked, key=_order))
        kept = reordered_zh(clausal)  # one formula but for 的 or a frame's 下
        if kept != list(clausal):  # a kept formula ranks with the kept ones
            clausal = tuple(sorted(kept, key=_order))
    if grow and a.language == "ru":  # a point read by its opening verb: Russian only
        from readoutdiff.formulas.entries.kept_heads import kept_heads  # Russian pairs load them
        from readoutdiff.formulas.entries.led_ru import led
        from readoutdiff.formulas.entries.lone_heads import lone_heads
        from readoutdiff.formulas.entries.reworded_tails import tails_reworded

        kept = kept_heads(tails_reworded(led(clausal, a.text, b.text), a, b), a, b)
        clausal = tuple(sorted(lone_heads(kept, a, b), key=_order))  # then the lone ones
    clausal = giving_way(clausal) if rule.nested else clausal
    return _greeted(clausal, a, b, lone=options.mine_formulas) if grow else clausal


def _greeted(
    found: tuple[Formula, ...], a: Readout, b: Readout, *, lone: bool
) -> tuple[Formula, ...]:
    """``found`` with a greeting in each readout told as one entry (branch cnv3), and with
    ``lone`` (mining on) a greeting in one readout only told alone (branch cnv5), in order."""
    greeted = greetings_paired(found, a, b, lone=lone)
    return found if greeted is found else tuple(sorted(greeted, key=_order))


def _track(
    a: Readout, b: Readout, alignments: tuple[Alignment, ...], options: Options,
    memo: ReadoutMemo | None,
) -> _Linked | tuple[Formula, ...]:  # fmt: skip
    """What :func:`_fates` reads before governing words are (across languages: the entries)."""
    chosen = with_background(options.lexicon or lexicons.builtin(), options, (a, b))
    memo = memo if memo is not None else ReadoutMemo()
    memo.start(options, (a, b))
    words_a, words_b = memo.words(a), memo.words(b)
    search = matcher_for(
        chosen, options.formula_fuzzy_threshold, _absent((a, words_a), (b, words_b))
    )
    found_a, found_b = memo.found(a, search), memo.found(b, search)
    if a.language != b.language:  # one event per lexicon id; words of two languages never meet
        view_a, view_b = _view(a, words_a, found_a), _view(b, words_b, found_b)
        groups = (memo.groups(a), memo.groups(b))
        shared = _linked_all(
            view_a, view_b, (), chosen, options.formula_fuzzy_threshold, groups=groups
        )
        fates = _fates_tail(shared, False)
        from readoutdiff.formulas.entries.across import across_languages  # only across languages

        return across_languages(fates, chosen, a.language, b.language)
    blocks: BlockMemo = {}  # word runs of reworded pairs: mining and naming diff the same ones
    # The pairs read once for mining and linking: the reworded ones, then what linking reads.
    comparing = Comparing([alignment for alignment in alignments if alignment.a and alignment.b])
    if options.mine_formulas:
        sides = [
            sightings.Side(
                readout=r,
                words=w,
                taken=found,
                sightings=memo.sightings(r),
                held=memo.held(r),
                groups=memo.groups(r),
            )
            for r, w, found in ((a, words_a, found_a), (b, words_b, found_b))
        ]
        pairs = reworded(comparing.changed)
        mined_a, mined_b = mined(sides, [words_a, words_b], pairs, options, blocks)
        found_a, found_b = found_a + mined_a, found_b + mined_b
    view_a, view_b = _view(a, words_a, found_a), _view(b, words_b, found_b)
    return _linked_all(
        view_a, view_b, alignments, chosen, options.formula_fuzzy_threshold, blocks,
        mine=options.mine_formulas, meaning=options.meaning, comparing=comparing,
        groups=(memo.groups(a), memo.groups(b)),
    )  # fmt: skip


def _role_kept(
    a: succession.View,
    b: succession.View,
    changed: Sequence[Alignment],
    told: tuple[Callable[[Span], bool], Callable[[Span], bool]] | None,
) -> list[Formula]:
    """The changed entries of a reporting verb's object said otherwise in the English aligned
    pairs ``changed`` (:attr:`Comparing.changed`, changed pairs only;
    :mod:`readoutdiff.formulas.unpaired.role_objects`), told after the heads and complements
    kept, where no entry stands: ``told`` (:func:`told_last.told_tests` of the entries
    told before; None when the rule does not run: mining off, the ids are mined ids, or a
    readout not in English) tells the objects on words of an entry, which are not read on
    (:func:`told_last.last` would keep none of them)."""
    if told is None:
        return []
    return [f for pair in changed for f in role_objects(pair, (a, b), told)]


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


def _held(
    a: succession.View, b: succession.View,
    in_ab: tuple[ById, ById],
    rest: Sequence[str],
    groups: tuple[Sequence[Copies], Sequence[Copies]],
) -> tuple[dict[str, list[Occurrence]], dict[str, list[Occurrence]]]:  # fmt: skip
    """Where A, then B, says a formula of ``rest`` only the other side has: inside a longer
    formula (the longest match wins there, so it is no occurrence of its own), or with its
    head in a derived form ("Strategic Partnership" / "Strategic Partners"; ``groups``: each
    side's words grouped by text)."""
    in_a, in_b = in_ab
    held_a = inside_longer(a, b, {i: in_b[i] for i in rest if i not in in_a})
    held_b = inside_longer(b, a, {i: in_a[i] for i in rest if i not in in_b})
    held_a |= derived_heads(
        a, b, {i: in_b[i] for i in rest if i not in in_a and i not in held_a}, groups[0]
    )
    held_b |= derived_heads(
        b, a, {i: in_a[i] for i in rest if i not in in_b and i not in held_b}, groups[1]
    )
    return held_a, held_b


@record_positional
class _Linked:
    """What the linking steps of one comparison found, which no governing word changes: the
    entries linked (``formulas``, never changed after), the ids left to tell by their sides
    (``rest``) and what telling them reads."""

    a: succession.View
    b: succession.View
    sides: tuple[dict[str, list[Occurrence]], dict[str, list[Occurrence]]]
    held: tuple[dict[str, list[Occurrence]], dict[str, list[Occurrence]]]
    formulas: tuple[Formula, ...]
    rest: tuple[str, ...]
    named: Named
    lexicon: Lexicon
    comparing: Comparing
    mine: bool


def _linked_all(
    a: succession.View, b: succession.View, alignments: Sequence[Alignment], lexicon: Lexicon,
    threshold: float, blocks: BlockMemo | None = None, *, mine: bool = False,
    meaning: bool = False, comparing: Comparing | None = None,
    groups: tuple[Sequence[Copies], Sequence[Copies]],
) -> _Linked:  # fmt: skip
    """Give each formula its status: linked ones changed, the rest by the sides they stand on;
    replaced phrases around formulas are changed entries naming their formula (``groups``:
    each side's words grouped by text, :meth:`ReadoutMemo.groups`). This part reads no
    governing words: :func:`_fates_tail` tells the rest, once per reading."""
    in_a, in_b = _by_id(a), _by_id(b)
    only_a, only_b = set(in_a) - set(in_b), set(in_b) - set(in_a)
    # What the linking steps read off this comparison more than once (the subjects once, if
    # a twin is sought at all): made for it, gone when it ends.
    if comparing is None:
        comparing = Comparing(
            [alignment for alignment in alignments if alignment.a and alignment.b]
        )
    comparing.subjects = cache(partial(twins.Subjects, a, b, groups))
    formulas, chained = _linked(
        a, b, (alignments, comparing), (in_a, in_b), (only_a, only_b), lexicon
    )
    named = name(
        a, b, comparing.changed, (only_a | only_b) - chained, formulas, threshold,
        frames_of(lexicon), blocks,
    )  # fmt: skip
    formulas += named.changed
    # The rest by the sides they stand on, counting a wording the other side holds.
    rest = sorted({*in_a, *in_b} - chained - named.consumed)
    held_a, held_b = _held(a, b, (in_a, in_b), rest, groups)
    lonely_a = {
        i: in_a[i] for i in rest if i not in in_b and i not in held_b and i not in named.variants
    }
    lonely_b = {
        i: in_b[i] for i in rest if i not in in_a and i not in held_a and i not in named.variants
    }
    links, consumed = lonely.link(
        a, b, (in_a, in_b), (lonely_a, lonely_b), comparing, formulas, blocks, mining=mine,
        groups=groups,
    )  # fmt: skip
    formulas += links
    if mine:  # read off the words alone: not with mining off
        left = (
            {i: o for i, o in lonely_a.items() if i not in consumed},
            {i: o for i, o in lonely_b.items() if i not in consumed},
        )
        later, linked_ids = unpaired.link_then_meant(
            a, b, comparing, left, formulas, meaning=meaning
        )
        formulas += later
        consumed |= linked_ids
    return _Linked(
        a=a, b=b, sides=(in_a, in_b), held=(held_a, held_b), formulas=tuple(formulas),
        rest=tuple(i for i in rest if i not in consumed), named=named, lexicon=lexicon,
        comparing=comparing, mine=mine,
    )  # fmt: skip


def _fates_tail(shared: _Linked, governing: bool) -> tuple[Formula, ...]:
    """The entries of :func:`_linked_all`'s comparison ``shared`` with the rest told by their
    sides and every rule after the linking run, reading governing words or not."""
    a, b, (in_a, in_b), (held_a, held_b) = shared.a, shared.b, shared.sides, shared.held
    rest, named, lexicon, comparing = shared.rest, shared.named, shared.lexicon, shared.comparing
    formulas = list(shared.formulas)
    formulas += [
        one_wording(f, (a, b), (in_a, in_b))
        for f in by_sides(
            rest, (a, b), (in_a, in_b), (held_a, held_b), named.variants,
            translated_of(lexicon, across=a.readout.language != b.readout.language),
            governing=governing, listed=listed_of(lexicon),
        )
    ]  # fmt: skip
    told = one_story(formulas, (a, b), (in_a, in_b))
    if governing:  # what was said of a formula: its governing word, and its object
        told = carried(told, (a, b))
    told = grown_lists([kept_core(f, (a, b)) for f in told], (a, b))
    told = premodified(told, (a, b), (in_a, in_b))
    if governing:  # and a relationship's parties, a list of qualifiers closed by the formula
        told = [with_parties(f, a.readout.text, b.readout.text) for f in told]
        told = [with_list(f, a.readout.text, b.readout.text) for f in told]
        if a.readout.language == "en":  # a short core with the noun phrase governing it
            told = governing_phrases(told, (a, b))
    # A reworded wording cut at a hyphen ("commercial and people" of "people-to-people ties").
    a_text, b_text = a.readout.text, b.readout.text
    told = [whole_compounds(f, a_text, b_text) for f in told]
    programmes = programmes_of(lexicon)
    if programmes:  # a programme's name is news only as its renaming
        told = [f for f in told if f.id.split("/")[0].split("#")[0] not in programmes]
    told = diverging.went_on(told, a, b, comparing.changed, comparing.placement().held)
    changed = comparing.changed
    roles = shared.mine and bool(changed) and a.readout.language == b.readout.language == "en"
    tests = told_last.told_tests(told) if roles else None
    told = told_last.last(told, named.half_kept, _role_kept(a, b, changed, tests), tests)
    if shared.mine and a.readout.language == b.readout.language == "en":  # a stance reworded
        told = stance_en.told_after(told, a, b, comparing)  # between unpaired sentences
    told = _without_governing_only(told, (in_a, in_b))  # last: its place stays told
    told = reordered(told, (a, b))  # one formula in another order or spelling: kept
    told = beside_kept(told, (a, b), (in_a, in_b), changed)  # reworded right beside it
    if a.readout.language == b.readout.language == "en":  # a change quoted from mid-phrase
        told = without_quotes_cut(told, a_text, b_text)
    return tuple(sorted(told, key=_order))


def _without_governing_only(told: list[Formula], sides: tuple[ById, ById]) -> list[Formula]:
    """A change of the words governing a kept formula ("shared goal of" -> "commitment to" the
    complete denuclearization of the Korean Peninsula) is left out when the formula's own entry
    tells it kept (persisted) and it carries its line by itself on both sides
    (:func:`entries.carries_itself`): the sentence around a formula kept whole, which a hand
    list calls kept. Where the formula itself is reworded ("hostage release and ceasefire deal"
    -> "immediate ceasefire and hostage release deal") the changed words around it stay told
    with it ("Wording around kept formula … changed"). Left out once every rule has read the
    places (acc35), so that no other rule tells the same governing words instead."""
    kept = {f.id for f in told if f.status is _PERSISTED}
    if not kept:
        return told
    in_a, in_b = sides
    return [
        f
        for f in told
        if not (
            f.anchor in kept
            and CONTEXT in f.id
            and f.anchor in in_a
            and f.anchor in in_b
            and carries_itself(in_a[f.anchor])
            and carries_itself(in_b[f.anchor])
        )
    ]


def _linked(
    a: succession.View, b: succession.View, pairs: tuple[Sequence[Alignment], Comparing],
    sides: tuple[dict[str, list[Occurrence]], dict[str, list[Occurrence]]],
    only: tuple[set[str], set[str]], lexicon: Lexicon,
) -> tuple[list[Formula], set[str]]:  # fmt: skip
    """Return the formulas linked first (successors and governing words in aligned passages,
    strongly linked twins; ``pairs``: all alignments, and the comparison with the paired ones)
    and the ids they tell."""
    (alignments, comparing), (in_a, in_b) = pairs, sides
    chain = succession.links(a, b, comparing.pairs, only[0], only[1], successors_of(lexicon))
    chained = {link.a_id for link in chain} | {link.b_id for link in chain}
    formulas = [linked(link, in_a, in_b) for link in chain]
    kept = set(in_a) & set(in_b)
    if a.readout.language == "ru":  # a Russian governor is the one word before its formula
        from readoutdiff.formulas.succession import genitive  # Russian pairs alone load it

        changes = genitive.governed(a, b, comparing.changed, kept)
    else:
        changes = succession.governed(a, b, comparing.changed, kept)
    held = comparing.placement().held  # read by the linking steps anyway
    formulas += governed(changes + regoverned.across_gaps(a, b, alignments, *sides, held), sides)
    # Two one-sided formulas that say the same things are one rewording before a replaced
    # phrase of a pair can claim either ("Putin's war of aggression" -> "Putin's premeditated,
    # unjustified, and unprovoked war" would take B's; A says "Russia's unprovoked, …").
    strong = twins.link(
        a, b, {i: in_a[i] for i in sorted(only[0] - chained)},
        {i: in_b[i] for i in sorted(only[1] - chained)}, comparing, spans_of(formulas), least=_STRONG,
    )  # fmt: skip
    return formulas + strong.changed, chained | strong.consumed


def _order(formula: Formula) -> tuple[int, int, str]:
    spans = formula.a_spans or formula.b_spans
    return _RANK[formula.status], spans[0].start if spans else -1, formula.id
