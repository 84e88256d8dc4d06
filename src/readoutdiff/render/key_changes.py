"""The key changes: the three to seven changes an analyst puts in a briefing's first paragraph.

Ranked, most significant first:

1. formulas replaced (a successor, or a changed phrase naming its formula) and formulas
   dropped, lexicon formulas before mined ones, changes first; at most three changes before
   the drops get their places, so that many rewordings never hide a dropped formula; a
   changed phrase that keeps fewer words reads as a qualifier removed;
2. whole passages dropped or added, the two longest (they keep two places);
3. then, to reach three, formulas that appeared.

When none of these changed but the readouts still differ, one entry says what did (only
capitalisation, only the order, only spacing, quotes or dashes, or only wording outside the
formulas), so that a reader who looks for the key changes learns why there are none.

Each entry quotes both wordings and gives line numbers; a wording wholly inside another
entry's at the same place is told once, in the fuller entry.

>>> from readoutdiff import compare, from_text
>>> a = from_text("We defend core interests. We oppose hegemonism and power politics.")
>>> b = from_text("We defend core interests. Trade grew fast this year, both said.")
>>> [k.summary for k in key_changes(compare(a, b))]
['Dropped formula “oppose hegemonism and power politics” (A line 1).', 'Dropped passage (A line 1): “We oppose hegemonism and power politics.”', 'Added passage (B line 1): “Trade grew fast this year, both said.”']
"""

from __future__ import annotations

from functools import partial

from readoutdiff.fold import fold_style
from readoutdiff.model import (
    REWORDED,
    Alignment,
    Comparison,
    Formula,
    FormulaSource,
    FormulaStatus,
    Op,
    Status,
)
from readoutdiff.naming import anchor_names, frame
from readoutdiff.record import record
from readoutdiff.render.labels import shorten

MOST = 7
FEWEST = 3
_QUOTE_CHARS = 160
_PASSAGES = 2
"""Places kept for whole passages dropped or added, however many formulas changed."""
_CHANGED = 3
"""Places first given to changed formulas; dropped formulas get the rest before more changes."""


@record
class KeyChange:
    """One key change, ready to be copied into a briefing."""

    kind: str
    """``formula-dropped``, ``formula-changed``, ``qualifier-removed``, ``passage-dropped``,
    ``passage-added``, ``formula-appeared`` or ``minor-only`` (none of the others; what changed
    instead, see :func:`minor_only`)."""
    summary: str
    a_text: str | None
    b_text: str | None
    a_line: int | None
    b_line: int | None
    formula: str | None
    """Id of the formula the change is about, if any."""


def key_changes(comparison: Comparison) -> list[KeyChange]:
    """Return the key changes of ``comparison``, most significant first (at most seven)."""
    formulas = sorted(comparison.formulas, key=_formula_rank)
    changed = [f for f in formulas if f.status is FormulaStatus.CHANGED]
    drops = [f for f in formulas if f.status is FormulaStatus.DROPPED]
    passages = [a for a in comparison.alignments if a.status in (Status.DROPPED, Status.ADDED)]
    room = MOST - min(len(passages), _PASSAGES)
    # Changes and drops share the room, so that many rewordings do not hide a dropped formula.
    first = changed[:_CHANGED] + drops[: max(room - min(len(changed), _CHANGED), 0)]
    rest = [f for f in (*changed, *drops) if f not in first]
    names = anchor_names(comparison)
    told = _fullest([*first, *rest])
    found = [_formula(f, names) for f in sorted(told[:room], key=_formula_rank)]
    for alignment in sorted(passages, key=lambda a: -len(a.a_text or a.b_text))[:_PASSAGES]:
        side = alignment.a or alignment.b
        dropped = alignment.status is Status.DROPPED
        text = _cut(alignment.a_text if dropped else alignment.b_text)
        found.append(KeyChange(
            kind="passage-dropped" if dropped else "passage-added",
            summary=f"{'Dropped' if dropped else 'Added'} passage ({'A' if dropped else 'B'} line "
            f"{side[0].span.line}): “{text}”",
            a_text=text if dropped else None, b_text=None if dropped else text,
            a_line=side[0].span.line if dropped else None, b_line=None if dropped else side[0].span.line,
            formula=None,
        ))  # fmt: skip
    if len(found) < FEWEST:
        found += [_formula(f, names) for f in formulas if f.status is FormulaStatus.APPEARED]
    if not found:
        minor = minor_only(comparison)
        found = [minor] if minor else []
    return found[:MOST]


def minor_only(comparison: Comparison) -> KeyChange | None:
    """Say in one entry what changed when no formula and no whole passage did; None when the
    passages are the same, character for character, or in two languages.

    >>> from readoutdiff import compare, from_text
    >>> a = from_text("We defend core interests. Trade grew.")
    >>> minor_only(compare(a, from_text("We defend Core Interests. Trade grew."))).summary
    'Only capitalisation changed: “core interests” → “Core Interests” (A line 1 → B line 1).'
    >>> minor_only(compare(a, from_text("Trade grew.  We defend core  interests."))).summary
    'Only the order and spacing, quotes or dashes changed: 1 passage moved (A line 1 → B line 1); 1 passage spaced or punctuated otherwise (A line 1 → B line 1), in the same words.'
    >>> minor_only(compare(a, a)) is None
    True

    Across languages every passage differs in words, so there is nothing minor to tell:

    >>> minor_only(compare(a, from_text("我们维护核心利益。贸易增长了。"))) is None
    True
    """
    if comparison.a.language != comparison.b.language:
        return None
    changed = [x for x in comparison.alignments if x.status is Status.CHANGED]
    # Split by identity: "x in case" compared alignments field by field, n² of them.
    in_case = [_words(x.a_text) == _words(x.b_text) for x in changed]
    case = [x for x, cased in zip(changed, in_case, strict=True) if cased]
    reworded = [x for x, cased in zip(changed, in_case, strict=True) if not cased]
    moved = [x for x in comparison.alignments if x.moved]
    restyled = [
        x for x in comparison.alignments if x.status is Status.UNCHANGED and x.a_text != x.b_text
    ]
    told = [
        (what, places, describe(places))
        for what, places, describe in (
            ("wording outside the formulas", reworded, partial(_count, what="reworded")),
            ("capitalisation", case, _case_detail),
            ("the order", moved, partial(_count, what="moved")),
            ("spacing, quotes or dashes", restyled, _restyled_detail),
        )
        if places
    ]
    if not told:
        return None
    whats = [what for what, _, _ in told]
    what = whats[0] if len(whats) == 1 else f"{', '.join(whats[:-1])} and {whats[-1]}"
    first = told[0][1][0]
    a_words, b_words = _changed_words(first) if case and first is case[0] else (None, None)
    return KeyChange(
        kind="minor-only",
        summary=f"Only {what} changed: {'; '.join(detail for _, _, detail in told)}.",
        a_text=a_words, b_text=b_words,
        a_line=first.a[0].span.line, b_line=first.b[0].span.line, formula=None,
    )  # fmt: skip


def _words(text: str) -> list[str]:
    """``text``'s words as a change of case, spacing, quotes or dashes leaves them."""
    return fold_style(text).lower().split()


def _where(alignment: Alignment) -> str:
    return f"A line {alignment.a[0].span.line} → B line {alignment.b[0].span.line}"


def _count(places: list[Alignment], what: str) -> str:
    """``1 passage moved (A line 3 → B line 1)``, or ``3 passages moved (first …)``."""
    if len(places) == 1:
        return f"1 passage {what} ({_where(places[0])})"
    return f"{len(places)} passages {what} (first {_where(places[0])})"


def _case_detail(places: list[Alignment]) -> str:
    a_words, b_words = _changed_words(places[0])
    quoted = f"“{a_words}” → “{b_words}” ({_where(places[0])})"
    return quoted if len(places) == 1 else f"{len(places)} passages, first {quoted}"


def _restyled_detail(places: list[Alignment]) -> str:
    return f"{_count(places, 'spaced or punctuated otherwise')}, in the same words"


def _changed_words(alignment: Alignment) -> tuple[str | None, str | None]:
    """The first words deleted and inserted in ``alignment`` (a change of case: the same words)."""
    deleted = next((op.text for op in alignment.ops if op.op is Op.DELETE), "")
    inserted = next((op.text for op in alignment.ops if op.op is Op.INSERT), "")
    return _cut(deleted), _cut(inserted)


def _fullest(ranked: list[Formula]) -> list[Formula]:
    """``ranked`` without a formula whose wording lies wholly inside another's at the same
    place ("sovereignty and territorial integrity" inside "steadfast commitment to Ukraine's
    sovereignty and territorial integrity"): the fuller one is told once, at the better rank."""
    told: list[Formula] = []
    for formula in ranked:
        inside = [other for other in ranked if _inside(formula, other)]
        fullest = max(inside, key=_length, default=formula)
        if fullest not in told:
            told.append(fullest)
    return told


def _inside(formula: Formula, other: Formula) -> bool:
    """Every side ``formula`` is on, ``other`` is on too, with a longer span around it."""
    pairs = [(formula.a_spans, other.a_spans), (formula.b_spans, other.b_spans)]
    sides = [(mine[0], theirs) for mine, theirs in pairs if mine]
    return (
        bool(sides)
        and all(any(s.start <= m.start and m.end <= s.end for s in theirs) for m, theirs in sides)
        and _length(other) > _length(formula)
    )


def _length(formula: Formula) -> int:
    return sum(span.end - span.start for span in (*formula.a_spans[:1], *formula.b_spans[:1]))


def _formula_rank(formula: Formula) -> tuple[int, int, bool, int, float, int]:
    """Lexicon before mined, changes before drops; among changes, a successor or a new phrase
    governing a kept formula before a formula reworded elsewhere in B; a formula said more
    often in A first (it was central there); then confidence and position."""
    spans = formula.a_spans or formula.b_spans
    return (
        formula.source is FormulaSource.MINED,
        formula.status is not FormulaStatus.CHANGED,
        formula.id.endswith(REWORDED),
        -len(formula.a_spans),
        -formula.confidence,
        spans[0].start if spans else 0,
    )


def _formula(formula: Formula, names: dict[str, str]) -> KeyChange:
    """``names``: formula id -> its words (:func:`anchor_names`), to say which formula a
    changed phrase is around; else the frame both wordings kept; never the id."""
    a_line = formula.a_spans[0].line if formula.a_spans else None
    b_line = formula.b_spans[0].line if formula.b_spans else None
    a, b = formula.a_text, formula.b_text
    if formula.status is FormulaStatus.DROPPED:
        kind, summary = "formula-dropped", f"Dropped formula “{a}” (A line {a_line})."
    elif formula.status is FormulaStatus.APPEARED:
        kind, summary = "formula-appeared", f"New formula “{b}” (B line {b_line})."
    else:
        told_a, told_b = _told(a or ""), _told(b or "")
        # A qualifier is put on (or taken off) words both keep: a side with no word of its own
        # to qualify (all names, "India Comprehensive Global Strategic Partnership") is reworded.
        fewer = bool(a and b and told_b) and told_b < told_a
        more = bool(a and b and told_a) and told_a < told_b
        kind = "qualifier-removed" if fewer else "formula-changed"
        if formula.id.endswith(REWORDED):  # the formula itself reworded: its wording says which
            what = (
                "Qualifier removed" if fewer else "Qualifier added" if more else "Formula reworded"
            )
        else:
            anchor = formula.anchor
            around = f" around “{names[anchor]}”" if anchor in names else ""
            kept = frame(a or "", b or "") if anchor and not around else None
            around = around or (f" in “{kept}”" if kept else "")  # never the bare id
            what = f"{'Qualifier removed' if fewer else 'Changed wording'}{around}"
        summary = f"{what}: “{a}” (A line {a_line}) → “{b}” (B line {b_line})."
    return KeyChange(
        kind=kind, summary=summary, a_text=a, b_text=b, a_line=a_line, b_line=b_line,
        formula=formula.anchor or formula.id,
    )  # fmt: skip


_LINKS = frozenset("a an the of on in to for and or with by at as its their his her".split())


def _told(text: str) -> set[str]:
    """The words a reader compares to see a qualifier go: lower case (names are no
    qualifiers), no linking word, a plural or -ing ending off ("imposing" is "impos")."""
    found = set()
    for word in text.split():
        word = word.strip(".,;:!?\"'“”‘’()")
        if word and not word[0].isupper() and word.lower() not in _LINKS:
            found.add(word.lower().removesuffix("s").removesuffix("ing").removesuffix("e"))
    return found


def _cut(text: str) -> str:
    """A passage quoted in one line, cut after a whole word (as every view folds passages)."""
    return shorten(" ".join(text.split()), _QUOTE_CHARS)
