"""Phrases that recur across the readouts of a series: formula candidates no lexicon has.

Each readout is read once: every run of three to eight words between punctuation
marks (and outside lexicon formulas), starting and ending with a content word, is counted
once per readout. A phrase seen in two readouts or more is kept when it is *maximal*
(no longer kept phrase holding it is seen in as many readouts), is no name, office, date,
boilerplate or cut (:mod:`readoutdiff.formulas.mining.noise`), is closed on the right (not
followed by a content word in most of its uses, nor by one same word in nearly all: see
:func:`open_right`), and is not part of a longer recurring run (a passage repeated word for word is unchanged text, not a formula).

Learned from a pair's history (``readoutdiff A B --history``: a few earlier readouts, then A
and B), a phrase must also be said in an earlier readout (what A and B alone share is the pair's
own text, not the series' history) and be long for the few readouts that say it:
:data:`HISTORY_EVIDENCE`. A phrase one side of the pair says and the other rewords in another
sentence is not learnt (:func:`_said_again`): the pair's own mining reads that change.
Nor is a name with one word about it (:func:`_says_enough`): "efforts by NATO Allies". Nor what
recurs because its events recur: a phrase standing after a date in most of its uses names dated
events (:func:`dated_event`: "the DPRK’s March 24 ballistic missile launch"); nor the pieces of
one line said again, each said in the very same sentences as another (:func:`_apart`). Nor a
phrase that would stand where the pair alone makes a report (:mod:`readoutdiff.history`,
which compares the pair to tell): the history adds reports, never takes the place of the pair's own.

The candidates become lexicon entries (source ``mined``, topic ``recurring``), so the
comparison finds them like any formula, and a mutation in an aligned passage is reported
as *changed* on their row.

>>> from readoutdiff.ingest import from_text
>>> texts = ["Both sides pledged support for as long as it takes, they said.",
...          "The leaders affirmed help for as long as it takes to Kyiv.",
...          "Talks went on; trade grew."]
>>> [(e.id, e.text) for e in recurring([from_text(t) for t in texts])]
[('recurring:long-as-it-take', 'long as it takes')]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.formulas.matching import matcher
from readoutdiff.formulas.mining import noise, zh_phrases
from readoutdiff.formulas.words import name_shapes
from readoutdiff.formulas.words.phrases import Copies, Words, grouped_words, told_words
from readoutdiff.formulas.words.roles import FRAMING, edge_words, stop_words
from readoutdiff.formulas.words.scripts import absent
from readoutdiff.languages import zh
from readoutdiff.languages.folding import is_cjk
from readoutdiff.languages.traditional import through_simplified
from readoutdiff.model import (
    Entry,
    FormulaSource,
    Lexicon,
    Options,
    Readout,
)

SHORTEST = 3
LONGEST = 8
"""Longest phrase kept; a run recurring beyond it is a repeated passage."""
MIN_READOUTS = 2
HISTORY_EVIDENCE = 7
"""Learned from a history, a phrase's words plus the readouts that say it reach at least this:
three words said in four readouts, four in three, five or more in two. Measured on the dev pairs
of ``eval/formulas`` with the earlier readouts of their series as history (three or four
readouts in all; ``benchmarks/README.md``, "h13"): a phrase of three or four words said in two
of so few readouts is mostly chance ("people of Ukraine", "situation in Venezuela", "COVID-19
pandemic"). A series (``readoutdiff series``) keeps :data:`MIN_READOUTS` alone: over a score of
readouts a short phrase said in two of them is more often a standing line."""
TOPIC = "recurring"
"""Topic of the phrases found recurring over a series (their entries' and rows' topic)."""
Place = tuple[Words, int, int]
"""A phrase's sentence and its word range ``[first, end)`` there."""


def recurring(
    readouts: Sequence[Readout],
    lexicon: Lexicon | None = None,
    *,
    least: int = MIN_READOUTS,
    earlier: int | None = None,
) -> tuple[Entry, ...]:
    """Return the phrases seen in at least ``least`` of ``readouts``, as lexicon entries.

    With ``earlier`` (not None), the first ``earlier`` readouts are a pair's history (the pair
    comes after them): a phrase must be seen in one of them and pass :data:`HISTORY_EVIDENCE`.
    """
    read = [grouped_words(readout) for readout in readouts]
    search = matcher_for(
        lexicon, absent(*((r, w) for r, (w, _) in zip(readouts, read, strict=True)))
    )
    seen: dict[tuple[str, ...], set[int]] = defaultdict(set)
    wording: dict[tuple[str, ...], str] = {}
    places: dict[tuple[str, ...], Place] = {}
    passages: dict[tuple[str, ...], set[int]] = defaultdict(set)
    after: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    # read only for a pair's history (a series reads neither): :func:`dated_event`, :func:`_apart`
    history = earlier is not None
    said_in: dict[tuple[str, ...], set[tuple[int, int]]] = defaultdict(set)  # (readout, sentence)
    dated: Counter[tuple[str, ...]] = Counter()  # uses right after a date
    chinese: dict[tuple[str, ...], str] = {}  # the wording of a phrase first seen in Chinese
    opening: dict[tuple[str, ...], dict[int, Words]] = defaultdict(dict)  # readout -> sentence
    for number, readout in enumerate(readouts):
        for gram, place, passage in phrases_of(readout, search, read[number]):
            if passage:
                passages[gram].add(number)
                continue
            if name_shapes.in_name(*place):
                continue  # part of a longer name there: not this phrase said again
            seen[gram].add(number)
            if place[0].sentence < OPENING:
                opening[gram].setdefault(number, place[0])
            after[gram][next_word(place, readout.language)] += 1
            if history:
                dated[gram] += after_date(place)
                said_in[gram].add((number, place[0].sentence))
            if gram not in wording:
                sentence, first, end = place
                text = readout.text[sentence.start(first) : sentence.end(end - 1)]
                wording[gram], places[gram] = text, place
                if readout.language == "zh":
                    chinese[gram] = text
    kept = {
        gram: len(where)
        for gram, where in seen.items()
        if len(where) >= least
        and (earlier is None or from_history(gram, where, earlier))
        and not scaffolding(where, opening.get(gram), len(readouts))
    }
    if earlier is not None:
        kept = {
            gram: n
            for gram, n in kept.items()
            if not _said_again(gram, seen[gram], readouts, earlier)
            and not dated_event(dated[gram], after[gram].total())
            and _says_enough(wording[gram], gram in chinese, readouts)
            and not _introducing(wording[gram], gram in chinese)
        }
    repeated = {gram: len(where) for gram, where in passages.items() if len(where) >= least}
    best = maximal(kept, repeated)
    if earlier is not None:
        best = _apart(best, said_in)
    return tuple(
        _entry(gram, wording[gram], kept[gram])
        for gram in sorted(best)
        if _stands_alone(places[gram], after[gram], chinese.get(gram))
    )


OPENING = 3
"""The sentences that open a readout: its title, the sentence that says who met whom, when and
for how long, and a "The overview of the talk is as follows." (the frame a publisher writes
every readout of a series in)."""
SCAFFOLD_SHARE = 0.6
"""A phrase said in the frame of at least this share of a series' readouts (three or more) is
the frame's, not a formula (:func:`scaffolding`)."""
SCAFFOLD_SERIES = 3
"""Fewest readouts of a series whose frame :func:`scaffolding` reads (the rule as it was
measured: a series of three readouts or more)."""
TEMPLATE = 0.75
"""The share of a frame sentence's stems that every other readout's frame sentence holds too:
a sentence written to a template, only its dates, times, figures and names filled in."""


def scaffolding(where: set[int], opening: dict[int, Words] | None, readouts: int) -> bool:
    """A phrase said in the readouts ``where`` is the publisher's frame, not a formula, when in a
    series of :data:`SCAFFOLD_SERIES` readouts or more it is said in at least
    :data:`SCAFFOLD_SHARE` of them (two at least), each time in one and the same opening
    sentence (``opening``: readout -> the sentence, among the first :data:`OPENING`, that says
    it), and those sentences are one template (:data:`TEMPLATE`): "overview of the talk is as
    follows", "Minister for Foreign Affairs, held a telephone talk" of MOFA Japan's readouts.
    A standing line a series says early ("hostages held by Hamas") stands in sentences that
    are not one template, or not at one place."""
    if (
        readouts < SCAFFOLD_SERIES
        or opening is None
        or len(opening) < max(2, SCAFFOLD_SHARE * readouts)
        or len(opening) < len(where)
        or len({words.sentence for words in opening.values()}) > 1
    ):
        return False
    stems = [set(words.stems) for words in opening.values()]
    return len(set.intersection(*stems)) >= TEMPLATE * min(map(len, stems))


def _stands_alone(place: Place, following: Counter[str], chinese: str | None) -> bool:
    """Whether a phrase seen at ``place``, followed by the words ``following`` counts, is a
    phrase of its own: not noise, not open to the right, not loose (``chinese``: its wording,
    when found in a Chinese readout)."""
    sentence, first, end = place
    # A phrase of a Chinese readout has its own noise, read in the segmenter's words.
    reason = zh_phrases.standing_why(chinese) if chinese else noise.why(sentence, first, end)
    return (
        reason is None
        and not open_right(following)
        and loose(sentence, first, end, following) is None
    )


def _entry(gram: tuple[str, ...], wording: str, readouts: int) -> Entry:
    """Return the lexicon entry of a phrase seen in ``readouts`` readouts, first as ``wording``."""
    return Entry(
        id=phrase_id("recurring", gram), text=wording, topic=TOPIC,
        fuzzy=False, source=FormulaSource.MINED,
        confidence=round(min(0.95, 0.5 + 0.1 * readouts), 2),
    )  # fmt: skip


def from_history(gram: tuple[str, ...], where: set[int], earlier: int) -> bool:
    """The phrase is said in a history readout (numbered below ``earlier``) and is long enough
    for the readouts that say it (:data:`HISTORY_EVIDENCE`; a Chinese character, a word of the
    stage, weighs half a word: a Chinese word is two characters, and 互利共赢 two words)."""
    size = len(gram) - sum(len(s) == 1 and is_cjk(s) for s in gram) / 2
    return min(where) < earlier and size + len(where) >= HISTORY_EVIDENCE


REWORDED_SHARE = 0.5
"""Share of a history-learnt phrase's content stems that one sentence of the pair's other side
says (two at least) for :func:`_said_again` to read that sentence as a rewording of it; and the
share of the shorter sentence's content stems two sentences share at most to be told apart
(read in different places: no aligned passage holds both)."""


def _said_again(
    gram: tuple[str, ...], where: set[int], readouts: Sequence[Readout], earlier: int
) -> bool:
    """A phrase learnt from a pair's history (readouts below ``earlier``) that only one side of
    the pair says, while a sentence of the other side says most of its content words in other
    words and in another sentence (few words shared with the phrase's own sentence:
    "reiterated the strong relationship between the United Kingdom and Türkiye, as economic
    partners and close Nato allies" / "reiterated the importance of the UK-Türkiye
    relationship, with close and growing ties"): the pair rewords it elsewhere, which the
    pair's own mining reads as a change, and the history's phrase would only hold its words and
    tell a drop (or an appearance). Not learnt. A sentence mutated where it stands keeps the
    phrase: the comparison reports the mutation on its row."""
    pair = range(earlier, len(readouts))
    said = [number for number in pair if number in where]
    if len(pair) != 2 or len(said) != 1:
        return False
    stops = stop_words(readouts[said[0]].language)
    content = {stem for stem in gram if stem not in stops}
    need = max(2, REWORDED_SHARE * len(content))
    own = [
        {stem for stem in words.stems if stem not in stops}
        for words in grouped_words(readouts[said[0]])[0]
        if _holds(words.stems, gram)
    ]
    for words in grouped_words(readouts[earlier + earlier + 1 - said[0]])[0]:
        stems = {stem for stem in words.stems if stem not in stops}
        if len(content & stems) >= need and not any(
            len(stems & mine) > REWORDED_SHARE * min(len(stems), len(mine)) for mine in own
        ):
            return True
    return False


def _says_enough(wording: str, chinese: bool, readouts: Sequence[Readout]) -> bool:
    """A phrase learnt from a pair's history says more than its names: two different lower-case
    words at least that are no stop word of the readouts' languages (a name's particle said
    twice is one word: "bin Abdulrahman bin Jassim Al Thani") (as the pair's own mining counts the
    words of a run it sees once, ``mining._substantive``, there three). A history's few readouts
    repeat a name with one word about it as often as a formula, and the hand lists call those
    noise: "State Antony J. Blinken met", "efforts by NATO Allies", "relationship between Canada
    and France", "Coalition of the Willing call" (``benchmarks/README.md``, hist2). A series
    (``earlier`` None) does not read this. A Chinese phrase has no capitals: kept."""
    if chinese:
        return True
    stops = frozenset().union(*(stop_words(r.language) for r in readouts))
    return len(set(told_words(wording, stops))) >= SAYS_ENOUGH


def _introducing(wording: str, chinese: bool) -> bool:
    """Whether a phrase learnt from a pair's history opens on a word that brings a formula in
    rather than says it (:data:`~readoutdiff.formulas.words.roles.FRAMING`: a reporting verb,
    "importance", "need"; not the subject words, "President …"): "emphasized the importance of protecting civilians",
    "importance of respect for human rights". Learnt whole, the frame is tracked with the line
    and the hand lists call it noise where the line is said otherwise; which verb introduces a
    formula is no change (README). The line after the frame is learnt when it recurs on its own
    ("respect for human rights"; ``benchmarks/README.md``, hist4). A series (``earlier`` None)
    does not read this; nor a Chinese phrase (no English frame)."""
    if chinese or not wording.split():
        return False
    return wording.split(maxsplit=1)[0].lower() in FRAMING


SAYS_ENOUGH = 2
"""Fewest told words (:func:`_says_enough`) of a phrase learnt from a pair's history."""
DATED_SHARE = 0.5
"""Share of a phrase's uses standing right after a date from which :func:`dated_event` reads
it as the name of dated events."""


def _apart(
    best: set[tuple[str, ...]], said_in: dict[tuple[str, ...], set[tuple[int, int]]]
) -> set[tuple[str, ...]]:
    """The phrases of ``best`` less those said in the very same sentences as another of them
    (``said_in``: each phrase's readouts and sentences): pieces of one line a series says again,
    cut by its commas ("an armed attack on Philippine armed forces, public vessels, or aircraft
    in the Pacific … would invoke U.S. mutual defense commitments"). The line is one formula
    (the hand lists' one event); learnt apart, its pieces read a drop and a change of their own
    where the pair changes the line (``benchmarks/README.md``, hist5). A line said word for word
    without a comma is a repeated passage (:func:`maximal`)."""
    together = Counter(frozenset(said_in[gram]) for gram in best)
    return {gram for gram in best if together[frozenset(said_in[gram])] < 2}


def after_date(place: Place) -> bool:
    """Whether the phrase at ``place`` stands right after a date, nothing but a space between:
    a month and its day ("the DPRK’s March 24 ballistic missile launch", "February 26 and
    March 4 ballistic missile launches") or a month ("26 February missile launch"). The month
    names are :data:`~readoutdiff.formulas.mining.noise.DATES`' ("May" capitalised only); a
    Russian date is a day and its month's genitive ("24 марта"), a Chinese one a month and its
    day in digits or numerals ("3月24日", "三月二十四日", "3月") (:func:`_date_ends`). A date
    may end on its year ("March 24, 2023 launch", "24 марта 2023 года пуск", ux7: read as no
    date, the dated event was learnt as a recurring phrase); a year alone is no date ("the
    2023 summit").

    >>> from readoutdiff.formulas.words.phrases import grouped_words
    >>> from readoutdiff.ingest import from_text
    >>> def first_after(text: str, word: str) -> bool:
    ...     words = grouped_words(from_text(text))[0][0]
    ...     return after_date((words, words.stems.index(word), len(words.stems)))
    >>> first_after("Стороны осудили состоявшийся 24 марта пуск ракеты.", "пуск")
    True
    >>> first_after("中方谴责朝鲜3月24日弹道导弹发射活动。", "弹")
    True
    >>> first_after("中日关系发展势头良好。", "关")
    False
    >>> first_after("Both condemned the DPRK’s March 24, 2023 ballistic missile launch.", "ballistic")
    True
    >>> first_after("Стороны осудили состоявшийся 24 марта 2023 года пуск ракеты.", "пуск")
    True
    >>> first_after("中方谴责朝鲜2023年3月24日弹道导弹发射活动。", "弹")
    True
    >>> first_after("Both praised the 2023 summit.", "summit")
    False
    """
    words, first, _ = place
    return first > 0 and not words.breaks[first] and _date_ends(words, first - 1)


_RU_MONTHS = frozenset(
    "январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр".split()
)
"""The stems of the Russian months' names (:attr:`Words.stems`); "ма" (мая) is May."""
_ZH_NUMERALS = frozenset("〇零一二三四五六七八九十两")
_RU_YEAR = frozenset(("год", "г"))
"""The stems of "года" and "г." after a Russian date's year ("24 марта 2023 года")."""


def _year(stem: str) -> bool:
    """Whether ``stem`` is a year in digits (1900-2099); a Chinese year ends on 年 before its
    month, so a Chinese date ends on its day or month as without one ("2023年3月24日")."""
    return len(stem) == 4 and stem.isdigit() and stem[:2] in ("19", "20")


def _date_ends(words: Words, at: int) -> bool:
    """Whether a date ends on word ``at`` of ``words`` (:func:`after_date`)."""
    stems = words.stems
    stem = stems[at]
    if stem in ("日", "号"):  # 3月24日: the day's numerals, then the month and its numerals
        start = _numerals_before(words, at)
        return (
            0 < start < at
            and not words.breaks[start]
            and stems[start - 1] == "月"
            and _numerals_before(words, start - 1) < start - 1
        )
    if stem == "月":
        return _numerals_before(words, at) < at
    joined = at > 0 and not words.breaks[at]
    if stem in _RU_YEAR and joined and _year(stems[at - 1]):
        at, stem = at - 1, stems[at - 1]  # "2023 года": its year
    if _year(stem) and at > 0:  # "March 24, 2023", "24 March 2023", "24 марта 2023 года"
        return stems[at - 1] in _RU_MONTHS or _date_ends(words, at - 1)
    day = joined and stems[at - 1].isdigit() and len(stems[at - 1]) <= 2
    if stem in _RU_MONTHS:
        return day  # "24 марта"
    if stem.isdigit() and len(stem) <= 2 and joined:
        at -= 1  # the day; its month is the word before it
        stem = stems[at]
    return stem in noise.DATES and (stem != "may" or words.caps[at])


def _numerals_before(words: Words, at: int) -> int:
    """Where the run of numbers (digits or Chinese numerals) right before word ``at`` starts:
    ``at`` when there is none."""
    while (
        at > 0
        and not words.breaks[at]
        and (words.stems[at - 1].isdigit() or words.stems[at - 1] in _ZH_NUMERALS)
    ):
        at -= 1
    return at


def dated_event(dated: int, uses: int) -> bool:
    """A phrase learnt from a pair's history that stands right after a date (:func:`after_date`)
    in :data:`DATED_SHARE` of its ``uses`` or more names an event each readout dates, not a
    wording a government keeps: it recurs because such events recur ("ballistic missile
    launch" of "the DPRK’s March 4 …", "… March 24 …" in a series of calls on each launch),
    and the hand lists call the dated event no formula (``benchmarks/README.md``, hist5). The
    same words said as a stance are the pair's to read ("condemned the DPRK’s ballistic missile
    launches"). A series (``earlier`` None) does not read this."""
    return uses > 0 and dated >= DATED_SHARE * uses


def _holds(stems: tuple[str, ...], gram: tuple[str, ...]) -> bool:
    """Whether ``gram`` is a run of ``stems``."""
    size = len(gram)
    return any(stems[i : i + size] == gram for i in range(len(stems) - size + 1))


def phrases_of(
    readout: Readout, search: matcher.Matcher | None,
    read: tuple[tuple[Words, ...], list[Copies]] | None = None,
) -> Iterator[tuple[tuple[str, ...], Place, bool]]:  # fmt: skip
    """Yield the stems of every candidate phrase of one readout (repeats included), with its
    place, then (flagged ``True``) every run of nine words that would mark a repeated passage.

    Words inside a formula ``search`` finds are never part of a phrase. ``read``: the
    readout's :func:`~readoutdiff.formulas.words.phrases.grouped_words`, if the caller has them.
    """
    words, groups = read if read is not None else grouped_words(readout)
    taken = _taken(search, readout, words, groups)
    chinese = readout.language == "zh"  # read in the segmenter's words, up to a clause
    size = zh_phrases.MAX_CHARACTERS + 1 if chinese else LONGEST + 1
    for sentence in words:
        blocked = taken.get(sentence.sentence, set())
        if chinese:
            grams = zh_phrases.grams(readout, sentence, blocked)
        else:
            grams = _grams(sentence, blocked, readout.language)
        for first, end in grams:
            yield sentence.stems[first:end], (sentence, first, end), False
        for start in _windows(sentence, blocked, size):
            end = start + size
            yield sentence.stems[start:end], (sentence, start, end), True


def with_recurring(
    options: Options, readouts: Sequence[Readout], *, earlier: int | None = None
) -> Options:
    """Return ``options`` whose lexicon also holds the phrases recurring in ``readouts`` (the
    first ``earlier`` of them a pair's history: see :func:`recurring`). A pair's history learnt
    as ``--history`` does, each phrase yielding to the pair's own reports, is
    :func:`readoutdiff.history.with_history`."""
    from readoutdiff.formulas.lexicon.lexicon import merge
    from readoutdiff.records.replacing import replace

    # read as the formula stage reads each readout: a Traditional one through Simplified
    # characters, so that a phrase recurs whichever script a meeting is written in (ux29)
    readouts = [through_simplified(readout) for readout in readouts]
    base, found = learnt(options, readouts, earlier)
    return replace(options, lexicon=merge(base, Lexicon(entries=found))) if found else options


def learnt(
    options: Options, readouts: Sequence[Readout], earlier: int | None
) -> tuple[Lexicon, tuple[Entry, ...]]:
    """The lexicon ``options`` track (the built-in one when they name none) and the phrases
    recurring in ``readouts`` beyond it (the first ``earlier`` of them a pair's history)."""
    from readoutdiff.formulas.lexicon.lexicon import builtin
    from readoutdiff.formulas.lexicon.lexicon_parts import with_background

    base = options.lexicon or builtin()
    # the background's phrases are tracked already: none is cut again (the formula stage's
    # join, one object per lexicon and languages: its matcher serves both)
    known = with_background(base, options, readouts)
    return base, recurring(readouts, known, earlier=earlier)


def matcher_for(
    lexicon: Lexicon | None, absent: frozenset[str] = frozenset()
) -> matcher.Matcher | None:
    """Return the search for ``lexicon``'s formulas, whose words no phrase may hold:
    ``matcher.build(lexicon.entries, absent=absent)`` (``absent``: scripts the texts to search
    lack, as the formula stage reads them), made once per lexicon object and read back from
    the user's cache as the formula stage's is
    (:mod:`~readoutdiff.formulas.lexicon.matcher_cache`; with no script absent, the built-in
    lexicon's Russian wordings need Snowball and are never kept). Built afresh each time, the
    built-in lexicon's was a third of a ``--history`` run (hist4)."""
    if not lexicon or not lexicon.entries:
        return None
    from readoutdiff.formulas.lexicon.lexicon_parts import matcher_for as kept

    return kept(lexicon, BUILD_THRESHOLD, absent)


BUILD_THRESHOLD = 90.0
"""The fuzzy threshold :func:`matcher_for`'s search is built with (``matcher.build``'s own
default: the phrases' words are read as the lexicon's are by default)."""


def _taken(
    search: matcher.Matcher | None, readout: Readout, words: Sequence[Words],
    groups: list[Copies],
) -> dict[int, set[int]]:  # fmt: skip
    if search is None:
        return {}
    taken: dict[int, set[int]] = defaultdict(set)
    for occurrence in matcher.find(search, readout, words, groups=groups):
        taken[occurrence.sentence].update(range(occurrence.first, occurrence.last))
    return taken


def _grams(words: Words, taken: set[int], language: str) -> Iterator[tuple[int, int]]:
    """Yield the word ranges of three to eight words inside one run, content words at both ends
    (edge and stop words of the readout's ``language``: Russian "в", "также" are none)."""
    stems, edges, stops = words.stems, edge_words(language), stop_words(language)
    for first in range(len(stems)):
        if stems[first] in edges or first in taken:
            continue
        stop = first + 1
        while stop < min(len(stems), first + LONGEST) and not words.breaks[stop]:
            stop += 1
        for end in range(first + SHORTEST, stop + 1):
            if end - 1 in taken:
                break
            if stems[end - 1] not in edges and sum(s not in stops for s in stems[first:end]) >= 2:
                yield first, end


def _windows(words: Words, taken: set[int], size: int) -> Iterator[int]:
    """Yield the starts of the runs of ``size`` words with no punctuation or formula inside."""
    for start in range(len(words.stems) - size + 1):
        if not any(words.breaks[start + 1 : start + size]) and not taken.intersection(
            range(start, start + size)
        ):
            yield start


VERB_SLOT = frozenset({"to", "it", "he", "she", "they", "we"})
"""Words after which the next word is a verb: the infinitive's "to" and subject pronouns."""
JOINS = frozenset({"and", "or", "but"})
"""Words that join two clauses when an infinitive follows ("… against Ukraine and to hold")."""


def loose(words: Words, first: int, end: int, after: Counter[str]) -> str | None:
    """Return why ``words[first:end]``, recurring, is still no formula, or None.

    - ``"two clauses"``: it holds a joining word followed by ``to`` ("war against Ukraine
      and to hold"): the end of one clause and the start of the next;
    - ``"verb without object"``: it ends in ``to`` or a subject pronoun and a lower-case word,
      and some word follows it in every use ("efforts to resolve" the …, "Ukraine as it
      defends" its …): a verb cut from its object.
    """
    stems = words.stems[first:end]
    if any(a in JOINS and b == "to" for a, b in zip(stems, stems[1:], strict=False)):
        return "two clauses"
    if stems[-2] in VERB_SLOT and not words.caps[end - 1] and not after[""]:
        return "verb without object"
    return None


CUT_SHARE = 0.7
"""A phrase followed right away by a content word at least this share of its uses is a
modifier cut from its noun ("global and regional" security, "the United States’" support);
over a large corpus (the background's builder), a phrase seen inside a longer one this share of
its count is that phrase cut (:func:`maximal`)."""
SAME_NEXT_SHARE = 0.9
"""A phrase followed by one and the same word at least this share of its uses is cut before
it ("secure the release" of, "increase the flow" of)."""


def next_word(place: Place, language: str = "en") -> str:
    """The stem right after a phrase: ``""`` at the end of its sentence or before punctuation,
    ``"+"`` and the stem for a content word, else the stop word itself (``"of"``; a function
    word of the readout's ``language``: Russian "в")."""
    words, _, end = place
    if end >= len(words.stems) or words.breaks[end]:
        return ""
    following = words.stems[end]
    stops = _ZH_STOPS if language == "zh" else stop_words(language)
    return following if following in stops else f"+{following}"


_ZH_STOPS = stop_words("zh") | frozenset(w for w in zh.FUNCTION_WORDS if len(w) == 1)
"""A Chinese stem is one character: the function words of one character (的, 和, 同 …) are
what may follow a phrase without cutting it, as English "of" (84e540c took them out of the
formula stage's stop words, not out of this reading: the background was built with them)."""


def open_right(after: Counter[str]) -> bool:
    """The phrase does not end where its uses end: a content word follows it in most of them
    (a modifier: "global and regional" challenges) or one word follows it nearly always (a
    noun waiting for its complement: "secure the release" of). ``after`` counts
    :func:`next_word` over the phrase's uses."""
    total = sum(after.values())
    content = sum(n for word, n in after.items() if word.startswith("+"))
    same = max((n for word, n in after.items() if word), default=0)
    return content >= CUT_SHARE * total or same >= SAME_NEXT_SHARE * total


def maximal(
    kept: dict[tuple[str, ...], int], repeated: dict[tuple[str, ...], int], share: float = 1.0
) -> set[tuple[str, ...]]:
    """Keep the phrases that no longer kept phrase, and no repeated passage, holds as often.

    With ``share`` below 1, a phrase is also dropped when a longer one holding it is seen
    that share of its count: over hundreds of readouts, "flow of humanitarian" seen 12 times
    and "flow of humanitarian assistance" 10 times is the longer phrase, cut.
    """
    shadowed: set[tuple[str, ...]] = set()
    for gram, count in (*kept.items(), *repeated.items()):
        for size in range(SHORTEST, len(gram)):
            for start in range(len(gram) - size + 1):
                part = gram[start : start + size]
                if part in kept and kept[part] * share <= count:
                    shadowed.add(part)
    return set(kept) - shadowed
