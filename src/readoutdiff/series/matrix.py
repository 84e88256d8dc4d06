"""Turn what was kept of each consecutive comparison into one timeline per formula.

A formula is present at a meeting when either comparison that meeting takes part in found it
there: as side B of the comparison with the meeting before, or as side A of the one with the
meeting after. (Mined formulas are found per pair, so one comparison may see a phrase the other
did not look for; lexicon formulas are found the same way in both.) Each cell's fate then
follows from presence at this meeting and the one before, except that a formula replaced by
another in the same passage (a ``changed`` link of the comparison) is ``changed`` on both ends,
and one present at both meetings in other words, where their comparison did not find it on
both sides, is ``changed`` (reworded), not ``persisted``. One place found under two ids, one by
each comparison, is one row's (:func:`_one_place_one_row`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping, Sequence
from enum import StrEnum

from readoutdiff.languages.folding import is_cjk
from readoutdiff.languages.zh import simplified
from readoutdiff.model import FormulaSource, source_rank
from readoutdiff.records.record import record
from readoutdiff.records.replacing import replace
from readoutdiff.series.facts import ONE_SIDED, TOLD, PairFacts, Seen


class Fate(StrEnum):
    """What a formula did at one meeting, against the meeting before."""

    PERSISTED = "persisted"  #: there at both
    CHANGED = "changed"  #: replaced by (or replacing) another formula in the same passage
    APPEARED = "appeared"  #: there now, not before (``Cell.returned`` if seen earlier still)
    DROPPED = "dropped"  #: there before, not now
    ABSENT = "absent"  #: at neither


class Trend(StrEnum):
    """A formula's story over the whole series, in the order a reader wants them."""

    DROPPED = "dropped"  #: seen, but absent from the last meeting
    CHANGED = "changed"  #: reworded, replaced or newly worded around at some meeting
    RETURNED = "returned"  #: absent for a while, then back
    APPEARED = "appeared"  #: absent at first, present from some meeting on
    STEADY = "steady"  #: present at every meeting


@record
class Cell:
    """One formula at one meeting."""

    present: bool
    fate: Fate | None
    """Against the meeting before; None at the first meeting."""
    wording: str | None = None
    """The formula's wording at this meeting (None where absent)."""
    linked: str | None = None
    """For ``changed``: the id of the formula it was replaced by, or replaced."""
    returned: bool = False
    """For ``appeared``: the formula was seen before, then absent."""
    gap: bool = False
    """Absent here, but present both before and after."""
    worded: tuple[str, ...] = ()
    """The kinds (:attr:`~readoutdiff.series.facts.PairFacts.worded`) of the changed entries
    worded around this formula at this meeting, as the comparison with the meeting before
    names them: ``around`` once for each the meeting's count holds."""


@record
class Gap:
    """A run of meetings at which a formula was absent between two at which it was present."""

    first: int
    """Number of the first meeting of the run."""
    last: int


@record
class Timeline:
    """One formula across the series: one cell per meeting."""

    id: str
    text: str
    """The first wording seen."""
    source: FormulaSource
    topic: str
    trend: Trend
    cells: tuple[Cell, ...]
    first_seen: int
    """Number of the first meeting at which it is present."""
    last_seen: int
    gaps: tuple[Gap, ...] = ()
    first_at: int | None = None
    """Character offset of its first wording in the readout of meeting ``first_seen``
    (None when the comparison kept no place for it); orders rows of one trend as read."""


_FATES = {
    (True, True): Fate.PERSISTED,
    (False, True): Fate.APPEARED,
    (True, False): Fate.DROPPED,
    (False, False): Fate.ABSENT,
}
"""Fate by (present before, present now)."""
_RANK = {trend: rank for rank, trend in enumerate(Trend)}
NOWHERE = sys.maxsize
"""Place of a row whose first wording has no known place: after every row with one."""
MIN_MEETINGS = 2
"""Fewest meetings a mined phrase is found at to be a row of the table."""


def timelines(facts: Sequence[PairFacts], texts: Sequence[str] = ()) -> tuple[Timeline, ...]:
    """Return the timeline of every formula of the series whose consecutive pairs gave ``facts``
    (``texts``: the meetings' readouts, in order, where a phrase mined in one pair is looked
    for at the meetings no comparison looked for it: :func:`_said_unsought`).

    >>> seen = {"core-interests": Seen(wording="core interests", source=FormulaSource.BUILTIN, topic="")}
    >>> pair = lambda a, b: PairFacts(a=a, b=b, links=(), similarity=1.0, context_changes=0, notes=())
    >>> [t.trend.value for t in timelines([pair(seen, {}), pair({}, seen)])]
    ['returned']
    """
    present = _presence(facts)
    changed = _changes(facts)
    worded = _worded(facts)
    _one_place_one_row(facts, present, changed)
    if texts:
        _held_by_a_longer(facts, present, changed, texts)
    _follow_rewordings(present, changed, worded)
    _replaced_in_new_words(present, changed, worded)
    if texts:  # after the folds: a phrase found again is one row's, not a row of its own
        _said_unsought(facts, present, texts)
    _reworded_between(facts, present, changed)  # after: a fold is told by its own link
    _kept_words(facts, present, changed, worded)
    ids = sorted({formula_id for seen in present for formula_id in seen})
    built = [_timeline(formula_id, present, changed, worded) for formula_id in ids]
    # the other end of a change: a row linked to itself (a formula reworded in its own place,
    # or a half the pair report tells changed: facts.overlaid) is no other row's end, and a
    # phrase seen at one meeting is no row for it (ser8: 39 one-meeting background rows)
    linked = {
        cell.linked
        for timeline in built
        for cell in timeline.cells
        if cell.linked and cell.linked != timeline.id
    }
    shown = _one_row_a_wording([t for t in built if _shown(t, linked)])
    return tuple(sorted(shown, key=_ranked))


def _one_row_a_wording(rows: list[Timeline]) -> list[Timeline]:
    """One row for one phrase of the readouts: a mined phrase's row said, at every meeting it
    stands at, by the very words another row stands in there (a phrase mined in one pair out
    of the sentence a phrase recurring over the series is found in: "security situation in the
    West Bank" at 1 and "security and economic situation in the West Bank" at 2 on both rows)
    is told by that other row, the better named (:func:`_kind`: a lexicon's formula, then a
    recurring phrase, then one mined in a pair, then the background's; the one at more
    meetings first), which takes its changes where it had none (u57). A row of a lexicon's
    formula always stays its own."""
    ordered = sorted(rows, key=lambda t: (_kind(t), -_count(t), t.id))
    kept: list[Timeline] = []
    folded: dict[str, str] = {}
    for row in ordered:
        into = next(
            (
                i
                for i, other in enumerate(kept)
                if row.source is FormulaSource.MINED and _within(row, other)
            ),
            None,
        )
        if into is None:
            kept.append(row)
            continue
        kept[into] = _taken(kept[into], row)
        folded[row.id] = kept[into].id
    if not folded:
        return rows
    return [_relinked(row, folded) for row in kept]


def _kind(timeline: Timeline) -> int:
    """0 for a lexicon's formula, then 1 a phrase recurring over the series, 2 a phrase mined
    in one pair, 3 the background's."""
    return source_rank(timeline.source, timeline.topic)


def _count(timeline: Timeline) -> int:
    return sum(cell.present for cell in timeline.cells)


def _within(row: Timeline, other: Timeline) -> bool:
    """``other`` stands at every meeting ``row`` stands at, in the same words."""
    return all(
        not cell.present
        or (there.present and _key(there.wording or "") == _key(cell.wording or ""))
        for cell, there in zip(row.cells, other.cells, strict=True)
    )


def _taken(keep: Timeline, row: Timeline) -> Timeline:
    """``keep`` with the changes of ``row`` at the meetings where ``keep`` has none."""
    cells = tuple(
        replace(
            mine,
            fate=Fate.CHANGED,
            linked=_renamed(theirs.linked, row.id, keep.id),
            worded=theirs.worded,
        )  # fmt: skip
        if theirs.fate is Fate.CHANGED and theirs.linked and mine.fate is not Fate.CHANGED
        else mine
        for mine, theirs in zip(keep.cells, row.cells, strict=True)
    )
    flags = [cell.present for cell in cells]
    return replace(keep, cells=cells, trend=_trend(cells, flags, keep.id))


def _relinked(row: Timeline, folded: Mapping[str, str]) -> Timeline:
    """``row`` with every link to a folded row given to the row it was folded into."""
    if not any(cell.linked in folded for cell in row.cells):
        return row
    cells = tuple(
        replace(cell, linked=folded[cell.linked])
        if cell.linked is not None and cell.linked in folded
        else cell
        for cell in row.cells
    )
    return replace(row, cells=cells)


def _shown(timeline: Timeline, linked: set[str]) -> bool:
    """A mined phrase (recurring over the series, of the background, or mined in one pair) is a
    row only where it recurs in the table: present at two meetings or more (elsewhere a lexicon
    formula held its words), or the other end of a change. A lexicon's formula is always a row."""
    if timeline.source is not FormulaSource.MINED:
        return True
    present = sum(cell.present for cell in timeline.cells)
    return present >= MIN_MEETINGS or timeline.id in linked


def _ranked(timeline: Timeline) -> tuple[int, int, int, int, int, str]:
    """Trend by trend, the rows most likely formulas first: the row present at more meetings
    (a standing phrase), then a lexicon's (built-in or the user's) before phrases recurring
    over the series, phrases mined in one pair and the background's generic phrases; then as a
    reader meets them: the earlier meeting first, then the earlier place in that readout (rows
    with no place known after), the id last, for ties only."""
    at = NOWHERE if timeline.first_at is None else timeline.first_at
    return (
        _RANK[timeline.trend],
        -_count(timeline),
        _kind(timeline),
        timeline.first_seen,
        at,
        timeline.id,
    )


def _presence(facts: Sequence[PairFacts]) -> list[dict[str, Seen]]:
    """Return, for each meeting, the formulas found there by either of its comparisons."""
    meetings = [dict(facts[0].a)]
    for number, pair in enumerate(facts, 1):
        seen = dict(pair.b)
        if number < len(facts):
            for formula_id, found in facts[number].a.items():
                seen.setdefault(formula_id, found)
        meetings.append(seen)
    return meetings


def _said_unsought(
    facts: Sequence[PairFacts], present: list[dict[str, Seen]], texts: Sequence[str]
) -> None:
    """A phrase mined in one pair is looked for by that comparison only: at a meeting neither of
    whose comparisons mined it, it is present where the meeting's readout says one of its
    wordings word for word (case aside). Carney–Macron's "critical minerals", mined in pair
    4→5, was marked absent at 1 and 3, whose readouts say it, and told "appeared" at 4 (u70,
    branch ser6). A meeting one of whose comparisons mined the phrase keeps that comparison's
    reading (a pair that found it on one side only told it dropped or appeared there)."""
    mined: dict[str, Seen] = {}
    wordings: dict[str, set[str]] = {}
    for seen in present:
        for formula_id, found in seen.items():
            if source_rank(found.source, found.topic) == _MINED_IN_A_PAIR:
                mined.setdefault(formula_id, found)
                wordings.setdefault(formula_id, set()).add(simplified(found.wording))
    if not mined:
        return
    sought = [
        set().union(
            *(
                facts[k].a.keys() | facts[k].b.keys()
                for k in (place - 1, place)
                if 0 <= k < len(facts)
            )
        )
        for place in range(len(present))
    ]  # the ids each meeting's comparisons found on either side: mined there, or a lexicon's
    for formula_id in sorted(mined):
        said = _wording_search(wordings[formula_id])
        for place, (seen, text) in enumerate(zip(present, texts, strict=True)):
            if formula_id in seen or formula_id in sought[place]:
                continue
            match = said.search(simplified(text))  # one character for one: offsets hold
            if match is not None:
                seen[formula_id] = replace(
                    mined[formula_id], wording=text[match.start() : match.end()], at=match.start()
                )


def _key(wording: str) -> str:
    """``wording`` as the rows compare it: case aside, and in Simplified characters (one
    character for one), so that a Traditional readout beside a Simplified one says the same
    words (zh48; ux29). Each cell still quotes its own readout's characters.

    >>> _key("兩國方案") == _key("两国方案"), _key("Core Interests")
    (True, 'core interests')
    """
    return simplified(wording).casefold()


_MINED_IN_A_PAIR = 2
""":func:`~readoutdiff.model.source_rank` of a phrase mined in one pair."""


def _wording_search(wordings: set[str]) -> re.Pattern[str]:
    """The search for any of ``wordings`` said word for word (case and spacing aside), not
    inside a longer word (a Chinese wording anywhere: its words are not spaced)."""
    parts = []
    for wording in sorted(wordings, key=lambda w: (-len(w), w)):
        words = r"\s+".join(map(re.escape, wording.split()))
        parts.append(words if is_cjk(wording[:1]) else rf"(?<!\w){words}(?!\w)")
    return re.compile("|".join(parts), re.IGNORECASE)


def _one_place_one_row(
    facts: Sequence[PairFacts], present: list[dict[str, Seen]], changed: list[dict[str, str]]
) -> None:
    """Tell one place of a readout on one row: a wording the comparison with the meeting before
    found under one id and the comparison with the meeting after under another (another lexicon
    entry matching the same words, or a phrase mined in that pair) is one formula, which the
    later comparison saw change. Biden–Abdullah's "release of the hostages held by Hamas" at 2
    (``release-of-hostages`` by pair 1→2, ``ceasefire-hostage-deal`` by pair 2→3, which saw it
    reworded as "hostage release and ceasefire deal") made two rows of one name (ser1).

    The later id's cell there is left out, and its change at the meeting after is a link
    between the two rows, as a formula replaced by another is: the earlier row says it changed
    there, the later one what it became.
    """
    for place in range(1, len(facts)):
        before, after = facts[place - 1].b, facts[place].a
        here = present[place]
        for later in sorted(after.keys() - before.keys()):
            found = after[later]
            if found.at is None:
                continue
            earlier = next(
                (
                    formula_id
                    for formula_id in sorted(before.keys() - after.keys())
                    if before[formula_id].at == found.at
                    and _key(before[formula_id].wording) == _key(found.wording)
                ),
                None,
            )
            if earlier is None or later not in changed[place + 1]:
                continue
            del here[later]
            changed[place + 1][later] = earlier
            changed[place + 1].setdefault(earlier, later)


def _held_by_a_longer(
    facts: Sequence[PairFacts],
    present: Sequence[Mapping[str, Seen]],
    changed: list[dict[str, str]],
    texts: Sequence[str],
) -> None:
    """A phrase the comparison with the meeting after found on neither side, whose words stand
    there inside a phrase that comparison tells appeared, changed into that phrase: the
    comparison named the longer phrase at the later meeting and did not look for the shorter
    at either (a phrase found per pair), so the row read *dropped* and the longer one
    *appeared*, two changes where one readout's wording grew around the other's. Xi–Lula's
    "命运共同体建设" at 2 (a background phrase since e61) read dropped at 3, where "两国命运共同体建设"
    appeared, though the pair's own report and hand list tell one change (rev28, ser10; since
    bg3 the background holds no "两国命运共同体", no dev or tuning series shows the case, and
    tests/test_review_rev28.py tests it on the facts from before). The two
    are linked, as a formula replaced by another is; :func:`_replaced_in_new_words` then tells
    it on the shorter phrase's row. Only a mined phrase (a lexicon's formula is looked for by
    every comparison: not found, it is gone), and only one not seen at the later meeting by
    any comparison, and only where the later readout says its words nowhere but inside the
    longer phrase (xi-berdimuhamedov's "命运共同体" at 3 stands in "构建中土命运共同体" too, beside
    the "人类命运共同体" that appeared: kept there, not changed into it); of several such longer
    phrases, the shortest, then the first in place."""
    for number, pair in enumerate(facts, 1):
        before, now = present[number - 1], present[number]
        appeared = sorted(
            (len(seen.wording), NOWHERE if seen.at is None else seen.at, other)
            for other, seen in pair.b.items()
            if other not in pair.a and other not in changed[number] and other not in before
        )
        if not appeared:
            continue
        text = _key(texts[number])
        for formula_id in sorted(before.keys() - pair.a.keys() - pair.b.keys() - now.keys()):
            seen = before[formula_id]
            if seen.source is not FormulaSource.MINED or formula_id in changed[number]:
                continue
            words = _key(seen.wording)
            longer = next(
                (
                    other
                    for _, _, other in appeared
                    if other not in changed[number]
                    and _only_inside(words, _key(pair.b[other].wording), text)
                ),
                None,
            )
            if longer is not None:
                changed[number][formula_id], changed[number][longer] = longer, formula_id


def _only_inside(words: str, longer: str, text: str) -> bool:
    """``longer`` holds ``words`` (and more), and ``text`` says ``words`` only inside it."""
    held = longer.count(words)
    return bool(held) and words != longer and text.count(words) == held * text.count(longer)


def _reworded_between(
    facts: Sequence[PairFacts], present: Sequence[Mapping[str, Seen]], changed: list[dict[str, str]]
) -> None:
    """A formula present at two meetings in a row, in other words, where their comparison did
    not find it on both sides, is reworded there, not persisted: one of the two cells stands
    only through the other comparison (a rewording it saw, noted under the formula in words
    that do not hold it). Biden–Guterres' "combat climate change" was reworded at 2 as "address
    the global climate and food security" (pair 1→2), and pair 2→3 told it appeared at 3; the
    row said ``=`` at 3, as if the formula had stood in the same words at both (sym6 saw four
    such cells; ser1). Present in the same words, the formula persisted, whichever comparison
    found it (a phrase mined in one pair is not looked for by the other)."""
    for number, pair in enumerate(facts, 1):
        before, now = present[number - 1], present[number]
        for formula_id in sorted(before.keys() & now.keys()):
            if formula_id in changed[number] or (formula_id in pair.a and formula_id in pair.b):
                continue
            if _key(before[formula_id].wording) != _key(now[formula_id].wording):
                changed[number][formula_id] = formula_id


SAME_WORDS = "/same-words"
"""Id suffix a row's change is linked to when its pair reworded it in place and the row's words
stood in the same words at both meetings (:func:`_kept_words`); no entry's id."""


def _kept_words(
    facts: Sequence[PairFacts],
    present: Sequence[Mapping[str, Seen]],
    changed: list[dict[str, str]],
    worded: list[dict[str, tuple[str, ...]]],
) -> None:
    """A formula its pair tells reworded in its own place (linked to itself) whose row says it
    in the same words at both meetings changed in words its row does not hold: the pair read
    it wider on one side ("worsening humanitarian situation in Ukraine" -> "situation in
    Ukraine", blinken-jaishankar at 4, on the row "situation in Ukraine" the pair before
    found). Told a rewording, the row read "reworded at 4 → “situation in Ukraine”", a change
    that says nothing (ser9); it tells the qualifier the pair's words lost or gained, or words
    inside it changed."""
    for number, pair in enumerate(facts, 1):
        before, now = present[number - 1], present[number]
        for formula_id, other in sorted(changed[number].items()):
            if other != formula_id or formula_id not in before or formula_id not in now:
                continue
            said = _key(now[formula_id].wording)
            if _key(before[formula_id].wording) != said:
                continue
            was = _key(pair.a[formula_id].wording) if formula_id in pair.a else said
            kind = (
                "qualifier-removed" if said in was and said != was
                else "qualifier-added" if was in said and said != was
                else "inside"
            )  # fmt: skip
            changed[number][formula_id] = formula_id + SAME_WORDS
            worded[number][formula_id] = worded[number].get(formula_id, ()) + (kind,)


def _follow_rewordings(
    present: list[dict[str, Seen]],
    changed: list[dict[str, str]],
    worded: list[dict[str, tuple[str, ...]]],
) -> None:
    """Carry a formula under its new wording on its own row (issue 10 point 4: a recurring
    phrase's mutations show as changed on its row).

    A formula reworded at a meeting is noted there by its own id, in its new words; when the
    new words are a formula of their own, found there by the comparison with the meeting after
    ("relationship between the United Kingdom and Türkiye" reworded at 4 as "UK-Türkiye
    relationship", a phrase recurring at 4 and 5), that formula is the same one from then on,
    not a row that appeared at 4. It is folded into the reworded formula's row when it was not
    seen before that meeting and the two are never seen together after it.
    """
    for place in range(1, len(present)):
        for formula_id in sorted(changed[place]):
            seen = present[place].get(formula_id)
            if seen is None:
                continue
            for other in sorted(present[place]):
                found = present[place][other]
                if found.source is not FormulaSource.MINED or other == formula_id:
                    continue
                if _same_words(found, seen):
                    if _continues(other, formula_id, place, present):
                        _fold(other, formula_id, place, present, changed, worded)
                    break


def _replaced_in_new_words(
    present: list[dict[str, Seen]],
    changed: list[dict[str, str]],
    worded: list[dict[str, tuple[str, ...]]],
) -> None:
    """One row for a formula a comparison replaced by a phrase of new words: the pair view's one
    *changed* entry (``X>Y``, "發展對華關係" → "高度重視對華關係", u68's Wang Yi pages) made two
    rows, X "linked to Y" at the meeting before and Y "linked to X" at the meeting of the change
    (branch zhs1). When Y is a mined phrase (a lexicon's formula keeps its row) first seen at
    that meeting, X stood at the meeting before and not at this one, and the two are never seen
    together after it, Y is X in new words: X's row takes Y's place from that meeting on and
    tells the change as a rewording there, as :func:`_follow_rewordings` does for a formula
    reworded in place."""
    for place in range(1, len(present)):
        here, before = present[place], present[place - 1]
        for old, new in sorted(changed[place].items()):
            if (
                old == new or changed[place].get(new) != old or old in here or old not in before
                or new not in here or here[new].source is not FormulaSource.MINED
                or not _continues(new, old, place, present)
            ):  # fmt: skip
                continue
            here[old] = here[new]
            _fold(new, old, place, present, changed, worded)
            del changed[place][new]
            changed[place][old] = old
            if new in worded[place]:
                worded[place][old] = worded[place].get(old, ()) + worded[place].pop(new)


def _same_words(one: Seen, other: Seen) -> bool:
    """The two are said by the same words at one meeting (one's wording holds the other's)."""
    a, b = _key(one.wording), _key(other.wording)
    return a in b or b in a


def _continues(new: str, old: str, place: int, present: Sequence[Mapping[str, Seen]]) -> bool:
    before = any(new in seen for seen in present[:place])
    together = any(new in seen and old in seen for seen in present[place + 1 :])
    return not before and not together


def _fold(
    new: str,
    old: str,
    place: int,
    present: list[dict[str, Seen]],
    changed: list[dict[str, str]],
    worded: list[dict[str, tuple[str, ...]]],
) -> None:
    """Give ``new``'s presence from ``place`` on, and its changes, to ``old``'s row."""
    for later in range(place, len(present)):
        seen = present[later].pop(new, None)
        if seen is not None and later > place:
            present[later][old] = seen
        if later > place:
            changed[later] = {
                _renamed(k, new, old): _renamed(v, new, old) for k, v in changed[later].items()
            }
            if new in worded[later]:
                worded[later][old] = worded[later].get(old, ()) + worded[later].pop(new)


def _renamed(formula_id: str, new: str, old: str) -> str:
    """``new`` or a change of its own (``new/reworded``) under ``old``'s id."""
    if formula_id == new or formula_id.startswith(new + "/"):
        return old + formula_id[len(new) :]
    return formula_id


def _changes(facts: Sequence[PairFacts]) -> list[dict[str, str]]:
    """Return, for each meeting, the formulas changed there and the id on the other end."""
    changes: list[dict[str, str]] = [{}]
    for pair in facts:
        here: dict[str, str] = {}
        for a_id, b_id in pair.links:
            here[a_id], here[b_id] = b_id, a_id
        changes.append(here)
    return changes


def _worded(facts: Sequence[PairFacts]) -> list[dict[str, tuple[str, ...]]]:
    """Return, for each meeting, the kinds of the entries worded around each formula there."""
    worded: list[dict[str, tuple[str, ...]]] = [{}]
    for pair in facts:
        here: dict[str, tuple[str, ...]] = {}
        for anchor, _, kind in pair.worded:
            here[anchor] = here.get(anchor, ()) + (kind,)
        worded.append(here)
    return worded


def _timeline(
    formula_id: str,
    present: Sequence[Mapping[str, Seen]],
    changed: Sequence[Mapping[str, str]],
    worded: Sequence[Mapping[str, tuple[str, ...]]],
) -> Timeline:
    flags = [formula_id in seen for seen in present]
    places = [place for place, flag in enumerate(flags) if flag]
    first, last = places[0], places[-1]
    cells = tuple(
        _cell(formula_id, place, flags, present, changed, (first, last), worded[place])
        for place in range(len(flags))
    )
    seen = present[first][formula_id]
    return Timeline(
        id=formula_id, text=seen.wording, source=seen.source, topic=seen.topic,
        trend=_trend(cells, flags, formula_id), cells=cells, first_seen=first + 1, last_seen=last + 1,
        gaps=_gaps(flags, first, last), first_at=seen.at,
    )  # fmt: skip


def _cell(
    formula_id: str,
    place: int,
    flags: Sequence[bool],
    present: Sequence[Mapping[str, Seen]],
    changed: Sequence[Mapping[str, str]],
    seen_range: tuple[int, int],
    worded: Mapping[str, tuple[str, ...]],
) -> Cell:
    here = flags[place]
    wording = present[place][formula_id].wording if here else None
    if place == 0:
        return Cell(present=here, fate=None, wording=wording)
    linked = changed[place].get(formula_id)
    fate = Fate.CHANGED if linked else _FATES[flags[place - 1], here]
    first, last = seen_range
    kinds = worded.get(formula_id, ()) if linked else ()
    if linked == formula_id + TOLD and wording is not None:
        # a formula one side says, in a clause the pair report tells reworded (facts.overlaid),
        # back in other words than the row last said it in: a rewording of the row (xi-thongloun
        # "中国－东盟合作" → "中国东盟合作" at 4); in the same words, its change is around it
        said = [present[p][formula_id].wording for p in range(place) if flags[p]]
        if said and _key(said[-1]) != _key(wording):
            linked, kinds = formula_id, tuple(k for k in kinds if k != ONE_SIDED)
    return Cell(
        present=here, fate=fate, wording=wording, linked=linked,
        returned=fate is Fate.APPEARED and first < place, gap=not here and first < place < last,
        worded=kinds,
    )  # fmt: skip


def _trend(cells: Sequence[Cell], flags: Sequence[bool], formula_id: str) -> Trend:
    """The row's story. A row gone from the last meeting whose every change is told at a
    meeting that does not say it, as the wording around it (a formula gone, whose place the pair
    report tells reworded: the rows take that fate, :func:`readoutdiff.series.facts.overlaid`)
    is dropped, its cell there ``~``: no new wording of it stands anywhere, and hand lists call
    such a row dropped (blinken-kuleba's "increasingly brutal bombardment by Russian forces",
    whose move to the changed rows put a noise row into score_series' first ten; ser8)."""
    changes = [cell for cell in cells if cell.fate is Fate.CHANGED]
    if changes and not (
        not flags[-1]
        and all(not cell.present and cell.linked == formula_id + TOLD for cell in changes)
    ):
        return Trend.CHANGED
    if not flags[-1]:
        return Trend.DROPPED
    if any(cell.gap for cell in cells):
        return Trend.RETURNED
    return Trend.STEADY if flags[0] else Trend.APPEARED


def _gaps(flags: Sequence[bool], first: int, last: int) -> tuple[Gap, ...]:
    """Return the runs of absence between the first and the last presence (numbers from 1)."""
    gaps: list[Gap] = []
    start: int | None = None
    for place in range(first, last + 1):
        if not flags[place] and start is None:
            start = place
        elif flags[place] and start is not None:
            gaps.append(Gap(first=start + 1, last=place))
            start = None
    return tuple(gaps)
