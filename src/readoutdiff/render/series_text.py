"""The terminal summary of a series: the meetings in order, then each formula's timeline.

A timeline is one symbol per meeting (:data:`SYMBOLS`), in groups of ten; formulas come
dropped, changed and returned first, because they are the news.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from readoutdiff.formulas.keys.key_record import columns, inner
from readoutdiff.model.figures import said_similarity
from readoutdiff.render.escape import shown_line, shown_path
from readoutdiff.render.labels import dated
from readoutdiff.render.series_labels import (
    REWORDED_AT,
    bare_name,
    came_back_words,
    change_words,
    context_note,
    header_counts,
    rewordings,
    row_kind,
    row_names,
)
from readoutdiff.render.series_titles import WIDTH as TITLE_WIDTH
from readoutdiff.render.series_titles import shared_folder, shared_opening, shown_titles
from readoutdiff.render.text import wrapped
from readoutdiff.series import Cell, Fate, Meeting, Series, Timeline, Trend

if TYPE_CHECKING:
    from readoutdiff.model import Options

SYMBOLS = {
    "present": "*",
    Fate.PERSISTED: "=",
    Fate.CHANGED: "~",
    Fate.APPEARED: "+",
    "returned": "^",
    Fate.DROPPED: "-",
    Fate.ABSENT: ".",
}
"""One character per cell; ``present`` and ``absent`` at the first meeting, which has no fate."""


def render_series_text(
    series: Series, *, width: int | None = None, no_rows: str | None = None
) -> str:
    """Return the terminal summary of ``series``.

    ``width``: the terminal's columns, to wrap every line to, as the pair view does: a
    meeting's line under its file's column, a formula's row under its wording (at 80 columns a
    meeting's line of path, title and notes ran to three lines that started at the left edge,
    through the numbers' column). None (a file, a pipe) keeps every line whole. ``no_rows``:
    the line under "Formulas: 0" (:func:`no_rows_said`; None: :data:`NO_ROWS`).

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.series import build_series
    >>> texts = ["On 1 May 2021 both upheld core interests.", "On 9 May 2021 they met."]
    >>> out = render_series_text(build_series([from_text(t, path=f"{n}.txt") for n, t in enumerate(texts)]))
    >>> print(out.splitlines()[-1])
      *-  “core interests”  core-interests · seen at 1
    """
    lines = _meetings(series, width)
    counts, kept = _formula_counts(series)
    lines += ["", *wrapped(counts, width, 2, kept=kept)]
    if not series.formulas:  # a legend of no rows, and the pairs' own phrases unexplained
        return "\n".join([*lines, *wrapped(f"  {no_rows or NO_ROWS}", width, 2)]) + "\n"
    lines += wrapped(_legend(), width, 2, kept=_PAIRS)
    lines += wrapped(ROWS_COUNTED, width, 2, kept=("readoutdiff A B",))
    names = row_names(series.formulas)
    for trend in Trend:
        rows = [timeline for timeline in series.formulas if timeline.trend is trend]
        if rows:
            lines += ["", f"{trend.value} ({len(rows)})"]
            for timeline in rows:
                lines += _row(_formula(timeline, names), place_facts(timeline), width)
    return "\n".join(lines) + "\n"


def _row(line: str, facts: tuple[str, ...], width: int | None) -> list[str]:
    """A formula's row (``line``) broken to ``width``: on under its wording's column, or under
    the timeline (4) when an id or one of its ``facts`` would not fit there whole, or fewer
    than :data:`_ROOM` columns are left (under its first column, 2, when one would not fit
    even under the timeline); a timeline wider than the line (45 meetings at 50
    columns) in lines of whole groups of ten, one under the other, the row on under them (ux24:
    the line breaker opens no line on ".", so a group starting with one ran past the line)."""
    at = line.index("“") if "“" in line else 4
    widest = max([_widest(line), *(columns(fact) + 2 for fact in facts)])
    # under the timeline, or under its first column when an id would not fit whole even there
    # (ux25: "all-weather-strategic-cooperative-partnership ·", 47 columns, ran one column
    # past the line at 50)
    under = 2 if width is not None and width - 4 < widest else 4
    if width is not None and width - at < max(widest, _ROOM):
        at = under  # an id or a fact whole, not past the line
    kept = facts + tuple(REWORDED_AT.findall(line))
    kept += _wordings(line, None if width is None else width - at)
    timeline = line[: line.index("“")].rstrip() if "“" in line else ""
    if width is None or columns(timeline) <= width:
        return wrapped(line, width, at, kept=kept)
    groups = timeline.split()
    each = max(1, (width - 1) // 11)  # groups of ten and a space
    lines = ["  " + " ".join(groups[n : n + each]) for n in range(0, len(groups), each)]
    return lines + wrapped(" " * under + line[len(timeline) :].lstrip(), width, under, kept=kept)


_QUOTED = re.compile(r"“[^“”]+”(?:\s*[,.;:!?)…·])*")
"""A wording a row quotes (its name, a rewording after "→"): at 80 columns "reworded at 4 →
“accountable for its brutal and” broke at a space inside it (u62); kept whole, it moves to the
next line when it fits there. The marks after it that no line may break before (", …" ending
a list of rewordings, "·") are kept with it and measured with it: blinken-kuleba's “efforts to
resolve the global food security crisis”, … fitted the 53 columns after the indent at 80
alone, and ran to 82 with its ", …" (ux20 left it)."""


def _wordings(line: str, room: int | None) -> tuple[str, ...]:
    """The quoted wordings of a row's ``line`` (:data:`_QUOTED`, each with its marks) kept
    whole: all of them, but none of a wording that in one of its places does not fit the
    ``room`` after the indent with its marks. :func:`~readoutdiff.render.text.wrapped` keeps
    a wording whole wherever it stands, so the bare one (a rewording, “sovereignty and
    territorial integrity”, in the row before it) glued the place where its comma ran it one
    column past the line (blinken-kuleba at 66 columns).

    >>> _wordings("“a b” → “c d”, at 4 → “a b”, …", 6)
    ('“c d”,',)
    >>> _wordings("“a b” → “c d”, at 4 → “a b”, …", None)
    ('“a b”', '“c d”,', '“a b”, …')
    """
    found = _QUOTED.findall(line)
    if room is None:
        return tuple(found)
    torn = {_bare(words) for words in found if columns(words) > room}
    return tuple(words for words in found if _bare(words) not in torn)


def _bare(words: str) -> str:
    """A wording :data:`_QUOTED` found, without the marks after it."""
    return words[: words.rindex("”") + 1]


_ROOM = 20
"""The fewest columns a row's words go on in under its wording's column; in fewer (a series
of more than ten meetings at 40 columns: 13 after column 27), under the timeline instead."""

_WORD = re.compile(r"\S+(?: ·)?")
"""A piece of a row no line breaks inside: a word, with the "·" after it (no line opens on a
"·")."""


def _widest(line: str) -> int:
    """The columns of the widest piece of a row's ``line`` that no line may break inside: an id
    ("security-economic-humanitarian-assistance ·", 43 columns), a word; not one of wide
    characters, which a line breaks between (Chinese). ux24: at 60 columns three ids of
    blinken-kuleba ran past the line under the wording's column (27), at 50 ten.

    >>> _widest("  *-  “core interests”  core-interests · seen at 1")
    16
    >>> _widest("  *-  “核心利益”  phrase · seen at 1")
    8
    """
    return max((len(word) for word in _WORD.findall(line) if columns(word) == len(word)), default=0)


_MEETING = len(f"{1:>4}  {'':<10}  {'':>4}  ")
"""Where a meeting's file starts on its line: its wrapped lines start there."""


def _shown(text: str) -> str:
    return shown_line(text)


def _meetings(series: Series, width: int | None) -> list[str]:
    lines = [f"Series of {len(series.meetings)} readouts, in {series.order.value} order"]
    titles = [meeting.title or "" for meeting in series.meetings]
    opening = shared_opening(titles)
    if opening:  # said once: each meeting's title is shown past it
        lines += wrapped(_shown(f"Every title opens “{opening.rstrip()}…”"), width, 2)
    elif len(titles) > 1 and titles[0] and len(set(titles)) == 1:
        # one title at every meeting, said once (ux5: “Secretary Blinken’s Call with Ukrainian
        # Foreign Minister Kuleba” took a line or two under each of 21 meetings, told nothing)
        lines += wrapped(_shown(f"Every readout is titled “{inner(titles[0])}”"), width, 2)
        titles = [""] * len(titles)
    folder = shared_folder([meeting.path for meeting in series.meetings])
    if folder:  # said once too: each meeting's file is shown past it
        lines += wrapped(_shown(f"Every file is in {folder}"), width, 2)
    named = all(_from_file_name(m) or _counted_back(m) for m in series.meetings)
    if named:  # and once more: a note at every line told nothing of one meeting
        # a date counted back (a readout posted the day after) keeps its note at its meeting:
        # one such meeting put "(date from the file name)" back on every other line (ux5)
        counted = any(_counted_back(meeting) for meeting in series.meetings)
        said = "; a date counted back says so at its meeting" if counted else ""
        lines += wrapped(f"Every date is taken from the file name{said}", width, 2)
    # a terminal wider than a cut title and its column takes the title whole up to its width
    # (u55: at 120 columns "…Meeting with President…" was cut at 72 with 24 columns to spare)
    room = TITLE_WIDTH if width is None else max(TITLE_WIDTH, width - _MEETING - 2)
    for meeting, title in zip(series.meetings, shown_titles(titles, room), strict=True):
        head, rest = _meeting(meeting, title, folder, named)  # a break after the file, not in it
        if width is None or (not rest or columns(head + rest) <= width) and columns(head) <= width:
            lines += wrapped(head + rest, width, _MEETING, kept=(head,))
            continue
        lines += _narrow(head, rest, width, _notes(meeting, named))
    return [*lines, *wrapped(SIMILARITY_NOTE, width, 2)]


_FILE = 6
"""Where a meeting's file starts on a line of its own, under its date, when the file does not
fit past the similarity's column (below 62 columns: eval's file names run to 37 and more)."""


def _narrow(head: str, rest: str, width: int, notes: list[str]) -> list[str]:
    """A meeting's lines when its file, title and notes do not fit on one: the file's line
    (``head``), then the title and notes (``rest``) on lines of their own under the file's
    column, a title not torn after its first word, a note that fits a line not torn ("(1" |
    "wording …)"). A file that does not fit past the similarity goes on a line of its own under
    the date (at the left edge but two columns when even that is too narrow; never torn, to be
    copied whole), its title and notes under it there (rev34: they stayed at the file's usual
    column, 18 columns to its right, in 26 columns at 50), and under the date when a word of
    theirs would not fit under the file (a note naming the same call's file in another
    language). ux24: at 60 columns the file went under its column and ran past the line, at
    every meeting of blinken-kuleba (24 lines), and three notes of wangyi-qureshi's did too."""
    file = head[_MEETING:]
    lines = [head]
    under = _MEETING  # the file's column
    if columns(head) > width:
        under = _FILE if _FILE + columns(file) <= width else 2
        lines = [head[:_MEETING].rstrip(), " " * under + file]
    if rest:  # rev34: under the file where it went, not 18 columns right of it
        at = under if _widest(rest) <= width - under else min(under, _FILE)
        kept = tuple(note for note in notes if columns(note) <= width - at)
        lines += wrapped(" " * at + rest.lstrip(), width, at, kept=kept)
    return lines


SIMILARITY_NOTE = "The figure after each date is its similarity to the meeting before"
"""Under the meetings, the column it explains: the head of the formulas' counts ended
"…; similarity is to the meeting before", a note on the meetings read as one on the
formulas (u65, u66)."""


_NO_FORMULA = "no formula of the lexicon at any meeting"
_NO_PHRASE = (
    "no phrase found at two meetings or changed into another (a phrase mined in one pair alone"
    " is no row: readoutdiff A B on that pair lists it)"
)
NO_ROWS = f"{_NO_FORMULA}, and {_NO_PHRASE}"
"""What a series of no rows says under its count, the terminal's and the HTML page's: the
Kremlin's and Kommersant's readouts of two Putin–Cameron calls read "Formulas: 0" and a legend
of no rows, and the HTML page "No formulas found in these readouts" above the pair's report,
which lists eight mined phrases (u68)."""


def no_rows_said(options: Options | None = None) -> str:
    """What a series of no rows says under its count (:data:`NO_ROWS`), as far as ``options``
    looked: with ``--no-mining`` no phrase was looked for, and with ``--no-builtin-lexicon``
    and no ``--lexicon`` no formula was (rev24: the line said "no phrase found at two
    meetings … readoutdiff A B on that pair lists it" of a run that mined none, and "no
    formula of the lexicon" of one that had no lexicon).

    >>> from readoutdiff.model import Lexicon, Options
    >>> no_rows_said(Options(mine_formulas=False))
    'no formula of the lexicon at any meeting (phrases are not mined: --no-mining)'
    >>> no_rows_said(Options(lexicon=Lexicon(), mine_formulas=False))
    'nothing looked for: no lexicon (--no-builtin-lexicon) and no phrases mined (--no-mining)'
    """
    if options is None:
        return NO_ROWS
    lexicon = options.lexicon is None or bool(options.lexicon.entries)
    if options.mine_formulas:
        return NO_ROWS if lexicon else f"no lexicon (--no-builtin-lexicon), and {_NO_PHRASE}"
    if lexicon:
        return f"{_NO_FORMULA} (phrases are not mined: --no-mining)"
    return (
        "nothing looked for: no lexicon (--no-builtin-lexicon) and no phrases mined (--no-mining)"
    )


def _from_file_name(meeting: Meeting) -> bool:
    """Whether the meeting's date was taken from its file's name."""
    return dated(meeting.date, meeting.notes)[0] != meeting.date


def _counted_back(meeting: Meeting) -> bool:
    """Whether the meeting's date was counted back from the one its file's name gives (a
    readout dated the day after the call: ``ingest.text``'s note says it)."""
    told = f"date {meeting.date} counted back from the file name"
    return any(note.startswith(told) for note in meeting.notes)


def _notes(meeting: Meeting, named: bool = False) -> list[str]:
    """The notes a meeting's line ends with, each in its brackets: how many wordings around
    kept formulas changed, then the meeting's own notes (a date taken from the file name says
    so, not the date again: the date stands in its column; nor at all when every date was, as
    ``named`` says: the series' head says it once, as it does the folder)."""
    context = [f"({context_note(meeting.context_changes)})"] if meeting.context_changes else []
    date, notes = dated(meeting.date, meeting.notes)
    if date != meeting.date and not named:
        notes.insert(0, "date from the file name")
    return [_shown(note) for note in context + [f"({note})" for note in notes]]


def _meeting(
    meeting: Meeting, shown: str, folder: str = "", named: bool = False
) -> tuple[str, str]:
    """A meeting's line: its number, date, similarity and file past the ``folder`` every
    meeting's path opens with (:func:`~readoutdiff.render.series_titles.shared_folder`); then
    its title (``shown``, as :func:`~readoutdiff.render.series_titles.shown_titles` tells it)
    and notes (``named``: every date from the file names, said once above)."""
    similarity = said_similarity(meeting.similarity)
    title = f"  “{inner(shown)}”" if shown else ""
    notes = "".join(f"  {note}" for note in _notes(meeting, named))
    line = f"{meeting.number:>4}  {meeting.date or 'undated':<10}  {similarity:>4}  "
    return _shown(line + shown_path(meeting.path[len(folder) :])), _shown(title) + notes


def _formula_counts(series: Series) -> tuple[str, tuple[str, ...]]:
    """The head's counts: formulas under each group shown below, then, when some formula
    that came back after an absence stands under another group, how many came back (the rows
    with a ``^``) and where they are listed (:func:`came_back_words`); and the counts a wrapped head keeps whole ("4 dropped", never "(^)" on a
    line of its own)."""
    groups = tuple(f"{count} {trend.value}" for trend, count in header_counts(series))
    told = came_back_words(series, SYMBOLS["returned"])
    line = f"Formulas: {len(series.formulas)}" + (f" ({' · '.join(groups)})" if groups else "")
    line += f"; {' '.join(told)}" if told else ""
    return line, told + groups  # the longer first


_PAIRS = tuple(
    f"{symbol} {'back' if key == 'returned' else key}" for key, symbol in SYMBOLS.items()
)
"""The legend's symbol-name pairs ("- dropped"): a wrapped legend breaks between them. A ``^``
cell is "back", as the HTML calls it: "returned" is also the name of a group of rows (those back
to the end, never changed), and "^ returned" above a head saying "8 came back … listed under
dropped or changed" read as one word for two things (u55)."""


ROWS_COUNTED = (
    "Rows are formulas; readoutdiff A B lists entries and may count otherwise (a kept formula"
    " reworded around it as two; none of the series' recurring phrases)"
)
"""Why ``series`` of two readouts may count other formulas than the pair view of the same two
(ux26: ``series samples/`` said "Formulas: 37" where ``readoutdiff A B`` lists 39 entries:
three kept formulas reworded around them, each two entries there, the congratulations line
told with its words, less two phrases recurring in the series; a Chinese pair's clause entry
takes the kept formula's place, one entry, as wangyi-qureshi 2021-07-24's three)."""


def _legend() -> str:
    parts = "  ".join(_PAIRS)
    return f"Legend: {parts} (first meeting: * present, . absent)"


def _formula(timeline: Timeline, names: Mapping[str, str]) -> str:
    symbols = "".join(_symbol(cell) for cell in timeline.cells)
    grouped = " ".join(symbols[start : start + 10] for start in range(0, len(symbols), 10))
    facts = _facts(timeline, names)
    name = inner(bare_name(timeline.id, names))  # its kind follows: said once (u61)
    return _shown(f"  {grouped}  “{name}”  {row_kind(timeline)} · {facts}")


def _symbol(cell: Cell) -> str:
    if cell.fate is None:
        return SYMBOLS["present"] if cell.present else SYMBOLS[Fate.ABSENT]
    return SYMBOLS["returned"] if cell.returned else SYMBOLS[cell.fate]


def _facts(timeline: Timeline, names: Mapping[str, str]) -> str:
    links = sorted({words for c in timeline.cells for words in change_words(timeline, c, names)})
    said = rewordings(timeline, names)
    links = [said if link == "reworded" and said else link for link in links]
    facts = list(place_facts(timeline))
    return " · ".join(facts + [f"changed: {', '.join(links)}"] if links else facts)


def place_facts(timeline: Timeline) -> tuple[str, ...]:
    """Where a row was seen, absent and dropped: facts a wrapped row never breaks inside
    ("seen 1–2", "dropped at 3"), since at 80 columns a number was torn from its words
    ("seen" at one line's end, "1–2" at the next's start). The HTML timeline shows the same
    facts, each with no-break spaces.
    """
    seen = (
        f"seen at {timeline.first_seen}"
        if timeline.first_seen == timeline.last_seen
        else f"seen {timeline.first_seen}–{timeline.last_seen}"
    )
    return tuple(fact for fact in (seen, absences(timeline), dropped_at(timeline)) if fact)


def dropped_at(timeline: Timeline) -> str:
    """Say where a row listed under another trend left the series for good ("dropped at 5").

    A row that changed is listed as changed even when a later meeting dropped it ("*~~~-"); its
    trend's heading then does not say that it is gone, so its facts do. A row replaced by its
    successor at its last change ("*~") was not dropped: it says nothing.

    >>> from readoutdiff.model import FormulaSource
    >>> cells = tuple(Cell(present=p, fate=f) for p, f in
    ...               ((True, None), (True, Fate.CHANGED), (False, Fate.DROPPED), (False, Fate.ABSENT)))
    >>> t = Timeline(id="x", text="x", source=FormulaSource.MINED, topic="", trend=Trend.CHANGED,
    ...              cells=cells, first_seen=1, last_seen=2)
    >>> dropped_at(t)
    'dropped at 3'
    """
    cells = timeline.cells
    if timeline.trend is Trend.DROPPED or not cells or cells[-1].present:
        return ""
    gone = cells[timeline.last_seen] if timeline.last_seen < len(cells) else None
    return f"dropped at {timeline.last_seen + 1}" if gone and gone.fate is Fate.DROPPED else ""


def absences(timeline: Timeline, *, shown: int = 3) -> str:
    """Say where a formula was absent between presences: the first ``shown`` gaps, then a count.

    >>> from readoutdiff.series import Gap
    >>> from readoutdiff.model import FormulaSource
    >>> t = Timeline(id="x", text="x", source=FormulaSource.MINED, topic="", trend=Trend.RETURNED, cells=(),
    ...              first_seen=1, last_seen=9, gaps=(Gap(first=2, last=3), Gap(first=5, last=5)))
    >>> absences(t), absences(t, shown=1)
    ('absent 2–3, 5', 'absent 2–3, … (2 gaps)')
    """
    words = [f"{g.first}" if g.first == g.last else f"{g.first}–{g.last}" for g in timeline.gaps]
    if not words:
        return ""
    more = f", … ({len(words)} gaps)" if len(words) > shown else ""
    return f"absent {', '.join(words[:shown])}{more}"
