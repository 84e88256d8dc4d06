"""Many readouts in, one timeline out: how each formula fared from meeting to meeting.

The readouts are put in order (by date, or as given), each is compared with the one before
(:func:`readoutdiff.compare.compare`), and only what the timeline needs is kept of each
comparison: which formulas stood on each side, with their wording, and which were replaced by
which. Full comparisons are never held together, so memory does not grow with their size; a
caller that wants more of each comparison (an HTML section, say) takes it from ``on_comparison``
as it goes by.

Phrases that recur in two readouts or more are found once over the whole series
(:mod:`readoutdiff.formulas.mining.recurrence`, each readout read once) and tracked like lexicon
formulas, so a fixed phrase no lexicon has gets its own row and its mutations show as changed.

The timeline is a formula × meeting matrix of :class:`~readoutdiff.series.matrix.Cell`. A cell
says whether the formula is present at that meeting and its
:class:`~readoutdiff.series.matrix.Fate` against the meeting before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from itertools import pairwise

from readoutdiff.errors import STDIN, ReadoutError
from readoutdiff.model import Comparison, Options, Readout
from readoutdiff.records.record import record
from readoutdiff.records.replacing import replace
from readoutdiff.series.facts import PairFacts, overlaid
from readoutdiff.series.matrix import Timeline, timelines


class Order(StrEnum):
    """How the readouts of a series are put in order."""

    DATE = "date"  #: by ``Readout.date`` (front matter, then the text, then the file name)
    GIVEN = "given"  #: as given


@record
class Meeting:
    """One readout of the series, in its place."""

    number: int
    """Place in the series, from 1."""
    path: str
    title: str | None
    date: str | None
    sha256: str
    chars: int
    sentences: int
    similarity: float | None
    """Similarity to the meeting before (None for the first)."""
    context_changes: int = 0
    """Formulas kept from the meeting before but governed by a different phrase."""
    notes: tuple[str, ...] = ()


@record
class Series:
    """The meetings in order and the timeline of every formula."""

    order: Order
    meetings: tuple[Meeting, ...]
    formulas: tuple[Timeline, ...]
    """Dropped, changed, returned, appeared, then steady; within each, by meetings present
    (most first), then a lexicon's formulas before recurring, mined and background phrases,
    then first meeting and place in its readout (see :func:`readoutdiff.series.matrix.timelines`)."""
    names: tuple[str, ...] = ()
    """The series' names its meetings' file names say (``SERIES__YYYY-MM-DD__…``,
    :func:`~readoutdiff.ingest.readout_paths.series_named`), sorted: one, or several sharing a
    participant (``xi-macron``, ``xi-trump``); none unless every meeting's name says one. The
    JSON, HTML and CSV record it, so a file says which series it holds (ux18)."""


def order_readouts(readouts: Sequence[Readout], order: Order) -> tuple[Readout, ...]:
    """Return ``readouts`` in series order; by date, a readout without one is an error.

    Readouts of the same date keep the order they were given in.

    >>> from readoutdiff.ingest import from_text
    >>> late = from_text("Leaders met on June 28, 2021.", path="late.txt")
    >>> early = from_text("Leaders met on 15 March 2021.", path="early.txt")
    >>> [r.path for r in order_readouts([late, early], Order.DATE)]
    ['early.txt', 'late.txt']
    """
    if order is Order.GIVEN:
        return tuple(readouts)
    undated = [readout.path for readout in readouts if readout.date is None]
    if undated:
        from readoutdiff.ingest.dates import name_date_refused

        others = f" (and {len(undated) - 1} more)" if len(undated) > 1 else ""
        refused = name_date_refused(undated[0])  # "04-09-2025" read and refused (fix5)
        why = f" ({refused})" if refused else ""
        raise ReadoutError(
            f"has no date{why}{others}: give one in front matter (date: 2021-06-28), in the text "
            "or in the file name, or keep the order given with --order given",
            path=undated[0],
        )
    return tuple(sorted(readouts, key=lambda readout: readout.date or ""))


def copies(readouts: Sequence[Readout]) -> list[tuple[Readout, Readout]]:
    """Each readout of ``readouts`` that is a copy of another, with that one: the same text
    (:func:`~readoutdiff.ingest.text.text_digest`: the same bytes, or a byte-order mark or
    CRLF line ends apart) and the same date as another, one meeting saved twice under two
    names. Two meetings may
    say the very same text (a short readout issued again for another call): with other dates,
    or undated in the order given, each is a meeting of its own. An undated readout with the
    bytes of a dated one is a copy of it (wherever it stands): the same bytes say the same
    date, so that one's came from its file name, which the copy's name lacks ("copy.txt"
    beside "2023-04-13.txt"; rev18: read as a meeting of its own, it made the phrases of the
    one it copies recur in ``check DIR``'s folder).

    Of readouts that copy each other, the one a user saved first is the original
    (:func:`_original`), whatever the names' order: the copy is the one ``series`` and
    ``check`` leave out and name in their warning, in ``check DIR``, ``check DIR --since`` and
    ``series`` alike (they read the same readouts).

    >>> from readoutdiff.ingest import from_text
    >>> text = "Leaders met on 15 March 2021."
    >>> found = copies([from_text(text, path=name) for name in ("x copy.txt", "x.txt")])
    >>> [(copy.path, original.path) for copy, original in found]
    [('x copy.txt', 'x.txt')]
    """
    from readoutdiff.ingest.text import text_digest

    digests = [text_digest(readout) for readout in readouts]  # a BOM or CRLF aside (u71)
    groups: dict[tuple[str, str], list[Readout]] = {}
    for readout, digest in zip(readouts, digests, strict=True):
        if readout.date is not None:
            groups.setdefault((digest, readout.date), []).append(readout)
    chosen = {key: _original(group) for key, group in groups.items()}
    dated: dict[str, Readout] = {}  # the original of the first date each text holds
    for (digest, _), original in chosen.items():
        dated.setdefault(digest, original)
    found = []
    for readout, digest in zip(readouts, digests, strict=True):
        if readout.date is None:
            if digest in dated:
                found.append((readout, dated[digest]))
            continue
        original = chosen[(digest, readout.date)]
        if readout is not original:
            found.append((readout, original))
    return found


def _original(group: Sequence[Readout]) -> Readout:
    """Of readouts with the same bytes and date (in the order given), the one taken for the
    original: first, one whose file name no other's extends, as a copy's name extends its
    original's ("x copy.txt", "x - Copy.txt", "x (1).txt", "x_2.txt" beside "x.txt", which the
    names' order puts first: a space or a bracket sorts before the dot), before or after it
    ("Copy of x.txt", as Google Drive and older Windows name a copy; rev24: a capital sorts
    before a small letter, so it was taken for the original); then one whose file
    name gives its date, as the copy of an undated name is ("copy.txt", dated by its title,
    beside "sunak-rutte__2022-11-01__gov-uk.txt": rev21, by name "copy.txt" was the original);
    then the first given (a folder's files by name). Not git's history: ``series`` and ``check
    DIR`` read no git, and a clone's depth would change which is which."""
    if len(group) == 1:
        return group[0]
    from readoutdiff.ingest.dates import file_date

    stems = [_stem(readout.path) for readout in group]

    def rank(place: int) -> tuple[bool, bool, int]:
        stem, readout = stems[place], group[place]
        extends = any(stem != other and other in stem for other in stems)
        return extends, file_date(readout.path) != readout.date, place

    return group[min(range(len(group)), key=rank)]


def _stem(path: str) -> str:
    """A file name without its folder and suffix, as names are compared (case aside)."""
    from pathlib import PurePath

    return PurePath(path).stem.casefold()


def copies_said(readouts: Sequence[Readout], reader: str) -> str:
    """The warning naming the :func:`copies` among ``readouts``, which ``reader`` (the command
    that reads them: "the series", "the check") reads once; empty when there is none. One
    wording for ``series`` and ``check DIR`` (branch fix4: ``check DIR`` passed over a copy
    in silence, where ``series`` warned).

    >>> from readoutdiff.ingest import from_text
    >>> text = "Leaders met on 15 March 2021."
    >>> copies_said([from_text(text, path="a.txt"), from_text(text, path="b.txt")], "the check")
    'b.txt: the same text as a.txt; the check reads it once'
    """
    found = copies(readouts)
    if not found:
        return ""
    copy, original = (STDIN if r.path == "-" else r.path for r in found[0])  # "-" (rev25)
    if len(found) == 1:
        return f"{copy}: the same text as {original}; {reader} reads it once"
    return (
        f"{len(found)} readouts hold the same text as another of their date ({copy}, …);"
        f" {reader} reads each once"
    )


def undated_said(
    readouts: Sequence[Readout], reader: str, folder: Sequence[Readout] | None = None
) -> str:
    """The warning naming a readout of ``readouts`` that has no date though its file name looks
    dated ("04-09-2025.txt", day or month first: :func:`~readoutdiff.ingest.dates.name_date_refused`
    says why the name gave none), or that has no date at all among dated readouts, which
    ``reader`` ("the check") orders before every dated readout; empty when there is none
    (``folder``: all the readouts read, when ``readouts`` are some of them: their copies and
    dates count). ``check DIR`` put such a readout first in silence, where ``series`` refuses
    it (fix5); a copy of a dated readout is read once with that one's date,
    and a name that looks like no date ("r-9.txt") orders by number as meant.

    >>> from readoutdiff.ingest import from_text
    >>> said = undated_said([from_text("Leaders met.", path="04-09-2025.txt")], "the check")
    >>> print(said.replace(" and April", "\\nand April"))
    04-09-2025.txt: has no date (its name's 04-09-2025 is 4 September 2025 read day first
    and April 9, 2025 month first, and is not guessed); the check orders it before every dated readout

    A readout whose name, front matter and text give no date, among dated ones, is named too
    (a folder of undated readouts alone is ordered by name, as meant):

    >>> folder = [from_text("Met on 1 May 2023.", path="a.txt"), from_text("Met.", path="b.txt")]
    >>> print(undated_said(folder, "the check").replace("; the", "\\nthe"))
    b.txt: has no date (none in front matter, in the text or in the file name: give one, such as date: 2021-06-28 in front matter)
    the check orders it before every dated readout
    >>> undated_said(folder[1:], "the check")
    ''
    """
    from readoutdiff.ingest.dates import name_date_refused

    read = once(readouts)
    # one readout of no date at all among dated ones is ordered first in silence too (ux15:
    # `check DIR` compared a folder's newest readout, undated, as the OLD of an older one);
    # an undated copy of a dated readout is read with that one's date, whichever is kept
    whole = readouts if folder is None else folder
    among = any(readout.date is not None for readout in whole)
    twins = {id(one) for pair in copies(whole) if any(r.date for r in pair) for one in pair}
    refused = [
        (readout.path, why)
        for readout in read
        if readout.date is None
        and id(readout) not in twins
        and (why := name_date_refused(readout.path) or (_NONE if among else ""))
    ]
    if not refused:
        return ""
    (path, why), more = refused[0], len(refused) - 1
    others = f" (and {more} more)" if more else ""
    them = "them" if more else "it"
    return f"{path}: has no date ({why}){others}; {reader} orders {them} before every dated readout"


_NONE = (
    "none in front matter, in the text or in the file name: give one, such as date: 2021-06-28"
    " in front matter"
)
"""Why a readout has no date when nothing gave one (:func:`undated_said`)."""


def once(readouts: Sequence[Readout]) -> tuple[Readout, ...]:
    """``readouts`` without their :func:`copies`, as a readout named twice is read once.

    A copy read as a meeting of its own (sym6) was compared with itself, made every phrase of
    it a phrase recurring in the series (a row each, "besiegement of Gaza" in biden-sisi's
    folder), and said a phrase mined in one pair dropped there and appeared again after it.

    >>> from readoutdiff.ingest import from_text
    >>> text = "Leaders met on 15 March 2021."
    >>> [r.path for r in once([from_text(text, path="a.txt"), from_text(text, path="copy.txt")])]
    ['a.txt']
    """
    dropped = {id(copy) for copy, _ in copies(readouts)}
    return tuple(readout for readout in readouts if id(readout) not in dropped)


def other_versions(readouts: Sequence[Readout]) -> list[tuple[Readout, Readout]]:
    """Each readout of ``readouts`` (in series order) that is another language's version of
    one call, with the readout read as that call's meeting: a readout in another language than
    the series' majority (the language most of ``readouts`` are in; of two as many, the first
    readout's), dated at most a day from a readout in the majority language (a translation may
    be published the day after; the nearest, the first of two as near), the test a pair's
    views make of two versions of one call
    (:func:`readoutdiff.formulas.keys.key_minor.versions_of`).
    Undated readouts are never versions here: nothing tells their call. Empty when leaving the
    versions out would leave fewer than two meetings (a folder of one call in two languages
    is compared as a pair, ``readoutdiff A B`` would).

    Read as a meeting of its own, a version made what only it says "appeared", and a phrase
    mined in one language "dropped" at the next version, an effect of the language switch
    (ux10): the series reads one version of each call.

    >>> from readoutdiff.ingest import from_text
    >>> texts = {"1.txt": "On 1 March 2021 both met.", "2.txt": "On 2 May 2021 both met.",
    ...          "2-zh.txt": "2021年5月2日，双方会谈。", "3.txt": "On 3 June 2021 both met."}
    >>> found = other_versions([from_text(t, path=p) for p, t in texts.items()])
    >>> [(version.path, meeting.path) for version, meeting in found]
    [('2-zh.txt', '2.txt')]
    """
    from readoutdiff.formulas.keys.key_minor import day_gap, versions_of

    if not readouts:
        return []
    counts: dict[str, int] = {}
    for readout in readouts:
        counts[readout.language] = counts.get(readout.language, 0) + 1
    first = readouts[0].language
    major = max(counts, key=lambda code: (counts[code], code == first))
    meetings = [readout for readout in readouts if readout.language == major]
    found = []
    for readout in readouts:
        near = [
            (day_gap(readout, meeting) or 0, n)
            for n, meeting in enumerate(meetings)
            if versions_of(readout, meeting, undated=False)
        ]
        if near:
            found.append((readout, meetings[min(near)[1]]))
    if len(readouts) - len(found) < 2:
        return []
    return found


def version_note(version: Readout, meeting: Readout) -> str:
    """The note a meeting carries of ``version``, its call's readout in another language that
    the series leaves out (:func:`other_versions`)."""
    return f"the same call in {_name(version)}: {_beside(version, meeting)}, left out"


def versions_said(readouts: Sequence[Readout]) -> list[str]:
    """The warning lines naming the :func:`other_versions` among ``readouts`` (in series
    order), one a version; empty when there is none."""
    return [
        f"{_shown_path(version.path)}: the {_name(version)} version of one call with"
        f" {_beside(meeting, version)} ({_name(meeting)}); the series reads that one as the"
        " meeting, in its majority language, and leaves this one out"
        for version, meeting in other_versions(readouts)
    ]


def _name(readout: Readout) -> str:
    """The readout's language by name ("Chinese")."""
    from readoutdiff.languages import language

    return language(readout.language).name


def _beside(readout: Readout, other: Readout) -> str:
    """``readout``'s file name when it is in ``other``'s folder, else its path."""
    from pathlib import PurePath

    if readout.path == "-":
        return STDIN
    path = PurePath(readout.path)
    return path.name if path.parent == PurePath(other.path).parent else readout.path


def _shown_path(path: str) -> str:
    """A readout's path as the warnings name it (standard input as such)."""
    return STDIN if path == "-" else path


def build_series(
    readouts: Sequence[Readout],
    *,
    options: Options = Options(),
    order: Order = Order.DATE,
    on_pair: Callable[[int, int], None] | None = None,
    on_comparison: Callable[[Comparison], None] | None = None,
    on_report: Callable[[Comparison], None] | None = None,
) -> Series:
    """Order ``readouts``, compare each with the one before and build the formula timeline.

    ``on_pair(done, total)`` is called after each comparison (for a progress bar);
    ``on_comparison`` receives each comparison the rows are built from (formulas named without
    their governing words, each entry's fate taken from the report where it is sure:
    :func:`readoutdiff.series.facts.overlaid`) before it is let go; ``on_report`` each pair's report, the same
    comparison read with governing words as ``readoutdiff A B`` reads it (ser5: one alignment
    and one formula stage's shared prefix, :func:`readoutdiff.compare.compare_readings`).

    >>> from readoutdiff.ingest import from_text
    >>> texts = ["On 1 March 2021 both upheld core interests.", "On 2 March 2021 both met.",
    ...          "On 3 March 2021 both upheld core interests."]
    >>> series = build_series([from_text(t, path=f"{n}.txt") for n, t in enumerate(texts)])
    >>> [(c.present, c.fate and c.fate.value) for c in series.formulas[0].cells]
    [(True, None), (False, 'dropped'), (True, 'appeared')]
    >>> series.formulas[0].trend.value, series.formulas[0].gaps
    ('returned', (Gap(first=2, last=2),))
    """
    # here: the CLI imports this module at start-up
    from readoutdiff.compare import compare_readings
    from readoutdiff.formulas.mining.memo import ReadoutMemo
    from readoutdiff.formulas.mining.recurrence import with_recurring

    # copies left out first: an undated copy of a dated readout is read once, not refused
    ordered = order_readouts(once(readouts), order)
    versions = other_versions(ordered)  # one call in two languages is one meeting (ux11)
    left = {id(version) for version, _ in versions}
    told: dict[int, tuple[str, ...]] = {}
    for version, meeting in versions:
        told[id(meeting)] = (*told.get(id(meeting), ()), version_note(version, meeting))
    ordered = tuple(readout for readout in ordered if id(readout) not in left)
    if len(ordered) < 2:
        raise ReadoutError("a series needs at least two readouts; give more files or a directory")
    if options.formulas and options.mine_formulas:
        options = with_recurring(options, ordered)
    options = replace(options, governing_words=False)  # a row is named by the formula itself
    facts: list[PairFacts] = []
    memo = ReadoutMemo()  # each readout's own formulas and sightings, found once, not per pair
    for done, (a, b) in enumerate(pairwise(ordered), 1):
        # the report with governing words, from the rows' own comparison (one stage prefix);
        # the rows take its fates where it is sure (ser7)
        comparison, report = compare_readings(a, b, options=options, memo=memo)
        if on_report is not None:
            on_report(report)
        comparison = overlaid(comparison, report)
        facts.append(PairFacts.of(comparison))
        if on_comparison is not None:
            on_comparison(comparison)
        if on_pair is not None:
            on_pair(done, len(ordered) - 1)
    meetings = tuple(
        _meeting(n, r, facts[n - 2] if n > 1 else None, told.get(id(r), ()))
        for n, r in enumerate(ordered, 1)
    )
    texts = tuple(readout.text for readout in ordered)
    return Series(
        order=order, meetings=meetings, formulas=timelines(facts, texts), names=names_said(ordered)
    )


def names_said(readouts: Sequence[Readout]) -> tuple[str, ...]:
    """The series names the file names of ``readouts`` say, sorted, when each says one
    (:attr:`Series.names`).

    >>> from readoutdiff.ingest import from_text
    >>> names_said([from_text("Met.", path=f"{n}__2024-0{d}-01__wh.txt") for n, d in
    ...     (("xi-trump", 1), ("xi-macron", 2), ("xi-trump", 3))])
    ('xi-macron', 'xi-trump')
    >>> names_said([from_text("Met.", path="xi-trump__2024-01-01.txt"), from_text("Met.")])
    ()
    """
    from readoutdiff.ingest.readout_paths import series_named

    said = {series_named(readout.path) for readout in readouts}
    return () if None in said else tuple(sorted(name for name in said if name))


def _meeting(
    number: int, readout: Readout, facts: PairFacts | None, versions: tuple[str, ...] = ()
) -> Meeting:
    return Meeting(
        number=number, path=readout.path, title=readout.title, date=readout.date,
        sha256=readout.sha256, chars=len(readout.text), sentences=len(readout.sentences),
        similarity=facts.similarity if facts else None,
        context_changes=facts.context_changes if facts else 0,
        notes=(facts.notes if facts else ()) + readout.notes + versions,
    )  # fmt: skip


def pair_told(comparison: Comparison, readouts: int) -> Comparison:
    """``comparison`` (one pair's report in a series of ``readouts``, read with governing words
    as ``readoutdiff A B`` reads it: ser5) with a note of why it may list more formulas than
    ``readoutdiff A B`` on the same two files: the phrases recurring in the whole series (said in
    two of its readouts or more, later ones too) are tracked in every pair. No note when none of
    its formulas is such a phrase.

    u60 saw the series page's report of harris-herzog 2023-12-03 → 2024-01-08 say "7 appeared"
    where the pair's own report says 2: five of the seven are phrases the series learnt.

    >>> from readoutdiff import compare, from_text
    >>> pair_told(compare(from_text("We met."), from_text("We met.")), 5).notes
    ()
    """
    found = sum(formula.id.startswith("recurring:") for formula in comparison.formulas)
    if not found:
        return comparison
    phrases = (
        "1 of these formulas is a phrase"
        if found == 1
        else f"{found} of these formulas are phrases"
    )
    note = (
        f"series: {phrases} recurring in the series (said in two or more of its {readouts}"
        " readouts, later ones too); the pair's own report (readoutdiff A B) learns phrases from"
        " its two readouts only, so it may list fewer formulas"
    )
    return replace(comparison, notes=(*comparison.notes, note))
