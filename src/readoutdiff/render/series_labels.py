"""The words a series view shows for a formula's row: its wording, what it is, what it is linked to.

A row is named by the first wording seen (:attr:`Timeline.text`) unless that wording ends on
a cut ("commitment to supporting Ukraine’s"): then by the first of its wordings that does
not. A phrase found in the readouts has an id made of word stems ("mined:security-assistanc",
an API value kept in JSON's and CSV's id fields); the views say what kind of phrase it is
instead ("mined phrase"), since its words are already the row's name.
Two rows are never named alike (:func:`row_names`): where two formulas were first seen in one
wording ("core interests" for ``core-interests`` and for ``core-interests-major-concerns``),
each later row takes its next wording no row is named by ("core interests and major
concerns"), or failing that its kind after the words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from readoutdiff.formulas.keys.key_record import inner
from readoutdiff.formulas.keys.naming import one_line
from readoutdiff.formulas.lexicon.ids import phrase_kind
from readoutdiff.model import REWORDED
from readoutdiff.render.labels import PHRASE_KINDS
from readoutdiff.series import Cell, Fate, Series, Timeline, Trend
from readoutdiff.series.facts import AROUND, ONE_SIDED, UNLISTED

_KINDS = PHRASE_KINDS

_DANGLING = frozenset(
    "a an the of and or to in on at by for with from as its his her their our".split()
)
"""Words a formula's wording does not end on: they announce a word that was cut off."""


def row_text(timeline: Timeline) -> str:
    """The words a row is named by: the first wording seen that does not end on a cut.

    >>> from readoutdiff.series import Cell, Trend
    >>> from readoutdiff.model import FormulaSource
    >>> cells = (Cell(present=True, fate=None, wording="commitment to supporting Ukraine’s"),
    ...          Cell(present=True, fate=None, wording="support for the people of Ukraine"))
    >>> t = Timeline(id="x", text="commitment to supporting Ukraine’s", source=FormulaSource.BUILTIN,
    ...              topic="", trend=Trend.CHANGED, cells=cells, first_seen=1, last_seen=2)
    >>> row_text(t)
    'support for the people of Ukraine'
    """
    if not _cut(timeline.text):
        return one_line(timeline.text)
    whole = (cell.wording for cell in timeline.cells if cell.wording and not _cut(cell.wording))
    return one_line(next(whole, timeline.text))


def row_names(rows: Sequence[Timeline]) -> dict[str, str]:
    """Name each row (by id) with :func:`row_text`, except where rows would share a name: then the
    first of them keeps it, and each other takes its first whole wording no row is named by and
    its row does not tell as a rewording (a row named by the wording it is "reworded at 2 →" read
    as a change to itself: u55), or the name followed by its kind in brackets.

    >>> from readoutdiff.series import Cell, Trend
    >>> from readoutdiff.model import FormulaSource
    >>> said = lambda *w: tuple(Cell(present=True, fate=None, wording=x) for x in w)
    >>> row = lambda i, *w: Timeline(id=i, text=w[0], source=FormulaSource.BUILTIN, topic="",
    ...     trend=Trend.CHANGED, cells=said(*w), first_seen=1, last_seen=len(w))
    >>> rows = [row("core-interests", "core interests"),
    ...         row("core-interests-major-concerns", "core interests", "core interests and major concerns",
    ...             "issues concerning their core interests"),
    ...         row("core-interests-red-line", "core interests")]
    >>> list(row_names(rows).values())
    ['core interests', 'core interests and major concerns', 'core interests (core-interests-red-line)']
    """
    names = {row.id: row_text(row) for row in rows}
    shared = {name for name, count in Counter(names.values()).items() if count > 1}
    taken = set(names.values())
    kept: set[str] = set()
    for row in rows:
        name = names[row.id]
        if name not in shared or name not in kept:
            kept.add(name)
            continue
        reworded = {one_line(c.wording) for c in row.cells if c.wording and c.fate is Fate.CHANGED}
        other = next((w for w in _whole_wordings(row) if w not in taken | reworded), None)
        names[row.id] = other or f"{name} ({row_kind(row)})"
        taken.add(names[row.id])
    return names


def _whole_wordings(timeline: Timeline) -> list[str]:
    """The row's wordings that do not end on a cut, on one line, in the order seen."""
    said = (cell.wording for cell in timeline.cells if cell.wording and not _cut(cell.wording))
    return [one_line(wording) for wording in said]


def _cut(wording: str) -> bool:
    """True when ``wording`` ends on a possessive, a linking word or a lone capital letter.

    >>> _cut("commitment to supporting Ukraine’s"), _cut("allies’"), _cut("the U"), _cut("core interests")
    (True, True, True, False)
    """
    words = wording.split()
    if not words:
        return True
    last = words[-1]
    possessive = last.endswith(("’s", "'s", "’", "'")) and len(last) > 2
    return possessive or last.lower() in _DANGLING or (len(last) == 1 and last.isupper())


def row_kind(timeline: Timeline) -> str:
    """What a row's formula is, as a reader is told it: a lexicon's id (words a user wrote), or
    the kind of phrase for an id made of stems.

    >>> from readoutdiff.series import Trend
    >>> from readoutdiff.model import FormulaSource
    >>> t = Timeline(id="mined:security-assistanc", text="security assistance", cells=(),
    ...              source=FormulaSource.MINED, topic="", trend=Trend.CHANGED, first_seen=1, last_seen=2)
    >>> lexicon = Timeline(id="core-interests", text="core interests", cells=(),
    ...                    source=FormulaSource.BUILTIN, topic="", trend=Trend.CHANGED, first_seen=1, last_seen=2)
    >>> row_kind(t), row_kind(lexicon)
    ('mined phrase', 'core-interests')
    """
    return _kind_of(timeline.id)


def _kind_of(formula_id: str) -> str:
    kind = phrase_kind(formula_id)
    return _KINDS.get(kind, formula_id) if kind else formula_id


def bare_name(formula_id: str, names: Mapping[str, str]) -> str:
    """A row's name in ``names`` (:func:`row_names`) without the kind it may end with, for a
    view that says the kind beside it: the text view's “中巴命运共同体建设 (phrase of many
    readouts)”  phrase of many readouts read as if the brackets were the formula's words, and
    said its kind twice (u61, the Xi–Lula series).

    >>> bare_name("background:x", {"background:x": "x y (phrase of many readouts)"})
    'x y'
    >>> bare_name("core-interests", {"core-interests": "core interests (G7)"})
    'core interests (G7)'
    """
    return names[formula_id].removesuffix(f" ({_kind_of(formula_id)})")


def quoted_name(formula_id: str, names: Mapping[str, str]) -> str:
    """A row's name in quotes, its kind (when :func:`row_names` added one) after them.

    >>> quoted_name("background:x", {"background:x": "x y (phrase of many readouts)"})
    '“x y” (phrase of many readouts)'
    """
    bare = bare_name(formula_id, names)
    return f"“{inner(bare)}”{names[formula_id][len(bare) :]}"


def linked_words(timeline: Timeline, linked: str, names: Mapping[str, str]) -> str:
    """Say in words what a changed cell is linked to: the row's own change told as a rewording
    or as wording around it, or another row by its name in ``names`` (:func:`row_names`).

    >>> from readoutdiff.series import Trend
    >>> from readoutdiff.model import FormulaSource
    >>> t = Timeline(id="mined:x", text="x", source=FormulaSource.MINED, topic="",
    ...              trend=Trend.CHANGED, cells=(), first_seen=1, last_seen=2)
    >>> linked_words(t, "mined:x/reworded", {}), linked_words(t, "mined:x/context-2", {})
    ('reworded', 'wording around it')
    >>> linked_words(t, "core-interests", {"core-interests": "core interests"})
    'linked to “core interests”'

    A change linked to the row's own id (a qualifier put into its own words: "blockage of
    agricultural exports" → "blockage of Ukrainian agricultural exports") is a rewording, not a
    link to a row of the same name:

    >>> linked_words(t, "mined:x", {"mined:x": "x"})
    'reworded'
    """
    if linked == timeline.id:
        return "reworded"
    if linked.startswith(timeline.id + "/"):
        return "reworded" if linked.endswith(REWORDED) else "wording around it"
    if linked in names:
        return f"linked to {quoted_name(linked, names)}"
    kind = phrase_kind(linked)
    return f"linked to {_KINDS.get(kind, 'another phrase') if kind else linked}"


_WORDED = {
    "reworded": "reworded",
    "inside": "words inside it changed",
    "qualifier-added": "qualifier added",
    "qualifier-removed": "qualifier removed",
    ONE_SIDED: "wording around it where one readout lacks it",
    UNLISTED: "wording around it where no entry keeps it",
    "appeared": "said in a new clause",
    "dropped": "a clause saying it dropped",
    "persisted": "wording around it kept",
}
"""What a change worded around a row's formula was, by the kind the pair's key changes name
it by (:attr:`~readoutdiff.series.facts.PairFacts.worded`), other than :data:`AROUND`."""


def change_words(timeline: Timeline, cell: Cell, names: Mapping[str, str]) -> tuple[str, ...]:
    """Say in words what a changed cell's change was (:func:`linked_words`), so that the rows
    a meeting's cells tell "wording around it" are the wordings its note counts ("(4 wordings
    around kept formulas changed)"): 23 of 224 dev meetings disagreed when every link to an
    entry worded around the formula was told so (ser2, ser3). A link to such an entry says
    what the pair's key changes call it ("reworded", "qualifier removed"); each wording around
    the formula the meeting's count holds is told, two or more by their number ("2 wordings
    around it"), also beside a link to another row.

    >>> from readoutdiff.series import Trend
    >>> from readoutdiff.model import FormulaSource
    >>> t = Timeline(id="x", text="x", source=FormulaSource.BUILTIN, topic="",
    ...              trend=Trend.CHANGED, cells=(), first_seen=1, last_seen=2)
    >>> cell = lambda linked, *worded: Cell(present=True, fate=Fate.CHANGED, linked=linked,
    ...                                     worded=worded)
    >>> change_words(t, cell("x/clause", "around", "around"), {})
    ('2 wordings around it',)
    >>> change_words(t, cell("x/wording", "qualifier-removed"), {})
    ('qualifier removed',)
    >>> change_words(t, cell("y", "around"), {"y": "y"})
    ('linked to “y”', 'wording around it')
    >>> change_words(t, cell("x", "around-unlisted"), {})
    ('reworded', 'wording around it where no entry keeps it')
    """
    if not cell.linked:
        return ()
    own = cell.linked.startswith(timeline.id + "/") and not cell.linked.endswith(REWORDED)
    words = [] if own and cell.worded else [linked_words(timeline, cell.linked, names)]
    if own:
        words += [_WORDED.get(k, k) for k in dict.fromkeys(cell.worded) if k != AROUND]
    elif UNLISTED in cell.worded:  # told beside a link, as the count's wordings are (ux28)
        words.append(_WORDED[UNLISTED])
    around = cell.worded.count(AROUND)
    if around:
        words.append("wording around it" if around == 1 else f"{around} wordings around it")
    return tuple(dict.fromkeys(words))


def context_note(count: int) -> str:
    """Say how many context changes a meeting has (changed wordings around a formula both
    meetings keep), in the words of the key changes ("Wording around kept formula … changed"):
    "context change" alone told a reader nothing. The text view's meeting line and the HTML
    timeline's column heading say it, so that a cell's "wording around it" has its count in
    both (ser3).

    >>> context_note(1), context_note(4)
    ('1 wording around a kept formula changed', '4 wordings around kept formulas changed')
    """
    if count == 1:
        return "1 wording around a kept formula changed"
    return f"{count} wordings around kept formulas changed"


def context_changes(cell: Cell) -> int:
    """How many of the wordings around kept formulas its meeting's note counts a cell tells:
    the rows' figures at a meeting add up to the note's.

    >>> context_changes(Cell(present=True, fate=Fate.CHANGED, linked="x/clause",
    ...                      worded=("around", "reworded", "around")))
    2
    """
    return cell.worded.count(AROUND)


REWORDED_AT = re.compile(r"\bat \d+ (?:“[^”]+” )?→")
"""Where :func:`rewordings` says a row was reworded ("at 11 →", or "at 4 “…” →" back to the
row's name): the text view breaks no line inside it when it fits one (which tore the number
from its arrow at 120 columns), as it keeps a quoted wording whole (u62): the width decides,
not the words' length (branch fix2; it was kept only up to 40 characters of words)."""
GLUED_AT = re.compile(r"\bat \d+ (?:“[^”]+” )?→")
""":data:`REWORDED_AT` in the HTML view, where no-break spaces hold "at N" to the first word
of the wording it left and that wording's last word to its "→": the number is never torn from
its words, nor the arrow. The words between break as any quote's do: a run glued whole ("at 4
“support for Ukraine's sovereignty” →", u70 on the Carney–Macron readouts) is one word wider
than the heading cell, which left "reworded" alone on a line at 1400 pixels and cut the run
mid-word ("Ukrain|e's") at 700, where the cell breaks anywhere rather than overflow."""


def rewordings(timeline: Timeline, names: Mapping[str, str], *, shown: int = 2) -> str:
    """Say what a row was reworded into and where ("reworded at 4 → “war and abhorrent
    attacks”"): the first ``shown`` rewordings, then a count of the rest. A series view that
    said only "changed: reworded" left the new words to a cell's tooltip (HTML) or to nothing
    (text); a reader asking which phrase changed and how had to open each comparison.
    Empty when the row was never reworded into words of its own.

    >>> from readoutdiff.series import Cell, Trend
    >>> from readoutdiff.model import FormulaSource
    >>> cells = (Cell(present=True, fate=None, wording="range of shared challenges"),
    ...          Cell(present=True, fate=Fate.CHANGED, wording="range of global challenges",
    ...               linked="mined:r/reworded"))
    >>> t = Timeline(id="mined:r", text="range of shared challenges", source=FormulaSource.MINED,
    ...              topic="", trend=Trend.CHANGED, cells=cells, first_seen=1, last_seen=2)
    >>> rewordings(t, {})
    'reworded at 2 → “range of global challenges”'
    """
    said = [
        (number, one_line(cell.wording))
        for number, cell in enumerate(timeline.cells, start=1)
        if cell.fate is Fate.CHANGED
        and cell.linked
        and cell.wording
        and "reworded" in change_words(timeline, cell, names)
    ]
    if not said:
        return ""
    name = bare_name(timeline.id, names) if timeline.id in names else row_text(timeline)
    words = [
        f"at {number} {_from(timeline, number, wording, name)}→ “{inner(wording)}”"
        for number, wording in said[:shown]
    ]
    more = f", … ({len(said)} rewordings)" if len(said) > shown else ""
    return f"reworded {', '.join(words)}{more}"


def _from(timeline: Timeline, number: int, wording: str, name: str) -> str:
    """The words a rewording at meeting ``number`` left, when it went back to the row's
    ``name``: "reworded at 4 → “中巴命运共同体建设”" on the row so named read as a change to
    itself (u61, the Xi–Lula series: said “命运共同体建设” at 3). Empty otherwise.

    >>> from readoutdiff.series import Cell, Trend
    >>> from readoutdiff.model import FormulaSource
    >>> cells = (Cell(present=True, fate=None, wording="a b"), Cell(present=True, fate=None,
    ...          wording="b"), Cell(present=True, fate=Fate.CHANGED, wording="a b"))
    >>> t = Timeline(id="mined:a", text="a b", source=FormulaSource.MINED, topic="",
    ...              trend=Trend.CHANGED, cells=cells, first_seen=1, last_seen=3)
    >>> _from(t, 3, "a b", "a b"), _from(t, 3, "c", "a b")
    ('“b” ', '')
    """
    if wording != name:
        return ""
    before = [one_line(c.wording) for c in timeline.cells[: number - 1] if c.present and c.wording]
    return f"“{inner(before[-1])}” " if before and before[-1] != wording else ""


def header_counts(series: Series) -> tuple[tuple[Trend, int], ...]:
    """The counts a series' head gives of its formulas: how many stand under each group
    below it (their trend), the groups no formula stands under left out: "0 returned" beside
    a row of ``dropped`` with a "back" cell (``*-^~-.``) read as if no formula had returned.

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.series import build_series
    >>> texts = ["On 1 May 2021 both upheld core interests.", "On 9 May 2021 they met."]
    >>> series = build_series([from_text(t, path=f"{n}.txt") for n, t in enumerate(texts)])
    >>> [(trend.value, count) for trend, count in header_counts(series)]
    [('dropped', 1)]
    """
    tally = Counter(timeline.trend for timeline in series.formulas)
    return tuple((trend, tally[trend]) for trend in Trend if tally[trend])


def came_back(series: Series) -> int:
    """How many formulas came back after an absence (a row with a "back" cell, ``^``), when
    some stand under another group than ``returned`` (one dropped again, ``*-^~-.``), else 0:
    the head then says the figure beside its groups' counts, so that it counts every row a
    back cell is in (u50 and u51 saw "0 returned" beside back cells).

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.series import build_series
    >>> texts = ["On 1 May 2021 both upheld core interests.", "On 2 May 2021 they met.",
    ...          "On 3 May 2021 both upheld core interests.", "On 4 May 2021 they met."]
    >>> series = build_series([from_text(t, path=f"{n}.txt") for n, t in enumerate(texts)])
    >>> [(t.trend.value, any(c.returned for c in t.cells)) for t in series.formulas]
    [('dropped', True), ('returned', True)]
    >>> came_back(series)
    2
    """
    back = [timeline for timeline in series.formulas if any(c.returned for c in timeline.cells)]
    return len(back) if any(t.trend is not Trend.RETURNED for t in back) else 0


def came_back_words(series: Series, mark: str) -> tuple[str, ...]:
    """What the head says of the formulas that came back after an absence (:func:`came_back`),
    in two parts a wrapped head keeps whole: how many (the rows with a ``mark``), then how the
    groups' counts hold them, so that "10 returned" beside "19 came back" reads as two counts
    of two things (u50, u51, u53): "the 10 returned and 9 listed under dropped or changed" —
    a formula stands under one group, by its whole story (one back then dropped again is
    *dropped*); ``returned`` is the group of those back to the end and never changed.
    Nothing when :func:`came_back` is 0.

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.series import build_series
    >>> texts = ["On 1 May 2021 both upheld core interests.", "On 2 May 2021 they met.",
    ...          "On 3 May 2021 both upheld core interests.", "On 4 May 2021 they met."]
    >>> came_back_words(build_series([from_text(t, path=f"{n}.txt") for n, t in enumerate(texts)]), "^")
    ('2 came back after an absence (^):', 'the 1 returned and 1 listed under dropped')
    """
    back = [
        timeline.trend for timeline in series.formulas if any(c.returned for c in timeline.cells)
    ]
    if not came_back(series):
        return ()
    returned = back.count(Trend.RETURNED)
    others = [trend.value for trend in Trend if trend is not Trend.RETURNED and trend in back]
    under = " or ".join(others)
    listed = f"{len(back) - returned} listed under {under}"
    if returned:
        listed = f"the {returned} returned and {listed}"
    return f"{len(back)} came back after an absence ({mark}):", listed
