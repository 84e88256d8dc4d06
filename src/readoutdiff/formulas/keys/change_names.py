"""What kind of change a *changed* formula entry is, named once for every view.

A changed entry is one of six things to an analyst, and each view (terminal, Markdown, HTML,
JSON's ``change`` on a key change) says which with the same words:

- **Formula reworded**: the formula itself is said in other words, in the passage B kept or in
  one B rewrote ("Russia's unprovoked and unjustified invasion" → "its unjustified and
  unprovoked attack");
- **Formula replaced**: another formula took its place, a known successor or a different
  formula in the same slot ("stable, prosperous, and integrated Middle East region" → "peace
  and security"), or one known formula swapped for another however few words differ
  ("坚定奉行一个中国政策" → "坚定奉行一个中国原则", :mod:`~readoutdiff.formulas.keys.key_swaps`);
- **Wording around kept formula “X” changed**: X is said on both sides; the words that govern
  it changed ("tackle the climate crisis" → "taking steps to address the climate crisis"). A
  changed phrase that says X on one side only is **Formula “X” reworded**, and one around a
  formula only A or only B says (reported dropped or new besides) is **Wording around dropped
  formula “X” changed** / **Wording around new formula “X” changed**;
- **Wording inside “hold … accountable” changed**: a formula's first and last words are kept,
  the words between them replaced ("hold the Russian Federation and Belarus accountable" →
  "hold President Putin and his regime accountable");
- **Greeting on another occasion**: a courtesy line, the greeting each readout makes, on
  occasions that differ ("сердечно поздравил … с избранием на пост Президента" → "поздравил
  своего коллегу … с предстоящим государственным праздником",
  :mod:`~readoutdiff.formulas.entries.greetings`); **Wish reworded**: the wish each readout
  makes, in other words. Named so whatever their words, since an analyst reads the occasion,
  not a formula's wording.

Where B only took a qualifier off a kept word (or, for the formula's own wording, only put one
on), that is said instead: **Qualifier removed** / **Qualifier added**, with where it was ("around
kept formula “X”") when the formula is kept.

>>> from readoutdiff.model import Formula, FormulaStatus
>>> def changed(a, b, id="x", anchor=None):
...     return Formula(status=FormulaStatus.CHANGED, a_text=a, b_text=b, id=id, anchor=anchor)
>>> named(changed("steadfast support of Ukraine", "unwavering support for Ukraine"))
(<Change.REWORDED: 'reworded'>, 'Formula reworded')
>>> named(changed("tackle the climate crisis", "address the climate crisis", "climate-crisis/context",
...               "climate-crisis"), {"climate-crisis": "climate crisis"})[1]
'Wording around kept formula “climate crisis” changed'
>>> named(changed("ensure aid reaches civilians", "ensure that aid reached civilians", "pause/wording",
...               "pause"), {"pause": "humanitarian pause"}, {"pause": FormulaStatus.DROPPED})[1]
'Wording around dropped formula “humanitarian pause” changed'
>>> named(changed("hold Belarus accountable", "hold his regime accountable", "h/wording", "h"))[1]
'Wording inside “hold … accountable” changed'
>>> named(changed("impose severe costs", "impose costs", "a>b"))[1]
'Qualifier removed'
>>> named(changed("congratulated him on his election", "congratulated him on his birthday", "mined:greeting"))
(<Change.GREETING: 'greeting'>, 'Greeting on another occasion')
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from readoutdiff.formulas.keys.key_record import inner
from readoutdiff.formulas.keys.key_swaps import swapped_formulas
from readoutdiff.formulas.keys.key_words import qualifier, shift
from readoutdiff.formulas.keys.naming import frame, one_line
from readoutdiff.formulas.lexicon.ids import phrase_stems
from readoutdiff.model import CONTEXT, GREETING, REWORDED, Formula, FormulaStatus, courtesy


class Change(StrEnum):
    """The kind of a changed formula entry; JSON carries the string (``change`` of a key
    change)."""

    REWORDED = "reworded"
    """The formula itself said in other words."""
    REPLACED = "replaced"
    """Another formula in its place: a known successor, or another formula in its slot."""
    AROUND = "around"
    """A formula both sides keep, with other words governing it."""
    INSIDE = "inside"
    """A formula's first and last words kept, the words between them replaced."""
    QUALIFIER_REMOVED = "qualifier-removed"
    """Only a qualifier taken off a kept word."""
    QUALIFIER_ADDED = "qualifier-added"
    """Only a qualifier put on the formula's own kept words."""
    GREETING = "greeting"
    """The greeting of each readout, on occasions that differ."""
    WISH = "wish"
    """The wish of each readout, in other words."""


_HEADS = {
    Change.REWORDED: "Formula reworded",
    Change.REPLACED: "Formula replaced",
    Change.QUALIFIER_REMOVED: "Qualifier removed",
    Change.QUALIFIER_ADDED: "Qualifier added",
    Change.GREETING: "Greeting on another occasion",
    Change.WISH: "Wish reworded",
}


def named(
    formula: Formula, names: Mapping[str, str] | None = None,
    fates: Mapping[str, FormulaStatus] | None = None,
) -> tuple[Change, str]:  # fmt: skip
    """Return the kind of the changed entry ``formula`` and its heading, as the key changes
    print it before the two wordings. ``names``: formula id -> its words
    (:func:`~readoutdiff.formulas.keys.naming.anchor_names`), to name the formula kept around a change;
    ``fates``: the fate of each formula's own entry (:func:`~readoutdiff.formulas.keys.naming.anchor_fates`):
    a change is around a *kept* formula only where the formula list counts it persisted, around
    a *dropped* or a *new* one where one side only says it, and around a formula (no fate
    named) where it has no entry of its own; without ``fates``, around a kept one."""
    if courtesy(formula.id):
        kind = Change.GREETING if formula.id.split("#")[0] == GREETING else Change.WISH
        return kind, _HEADS[kind]
    a, b = formula.a_text or "", formula.b_text or ""
    how = qualifier(shift(a, b))
    own = formula.id.endswith(REWORDED) or not formula.anchor  # the formula's own words
    if own:
        if how == "added":
            return Change.QUALIFIER_ADDED, _HEADS[Change.QUALIFIER_ADDED]
        if how == "removed":
            return Change.QUALIFIER_REMOVED, _HEADS[Change.QUALIFIER_REMOVED]
        replaced = ">" in formula.id and not formula.id.endswith(REWORDED)
        replaced = replaced or (how is None and swapped_formulas(a, b))
        kind = Change.REPLACED if replaced else Change.REWORDED
        return kind, _HEADS[kind]
    kept = (names or {}).get(formula.anchor or "")
    kept = None if kept and _lone_name(formula.anchor or "", kept) else kept
    if kept and CONTEXT not in formula.id and _one_side_says(kept, a, b):
        return Change.REWORDED, f"Formula “{_name(kept)}” reworded"  # went or came in it
    fate = FormulaStatus.PERSISTED if fates is None else fates.get(formula.anchor or "")
    which = f"{_FATE_WORDS[fate]} " if fate in _FATE_WORDS else ""
    where = f"around {which}formula “{_name(kept)}”" if kept else ""
    kind = Change.AROUND
    if not kept:
        ends = frame(a, b)
        where, kind = (f"inside “{_name(ends)}”", Change.INSIDE) if ends else ("", kind)
    if how == "removed":
        head = f"Qualifier removed {where}" if where else "Qualifier removed"
        return Change.QUALIFIER_REMOVED, head
    if not where:  # a kept formula no text names and no kept ends: its own words changed
        return Change.REWORDED, _HEADS[Change.REWORDED]
    return kind, f"Wording {where} changed"


def _name(words: str) -> str:
    """A formula's words as a heading quotes them: on one line, the readout's own double quotes
    single (:func:`~readoutdiff.formulas.keys.key_record.inner`), so that ``check``'s messages
    and the HTML formula panel read “‘一带一路’倡议” as the key changes do, not ““一带一路”倡议”.

    >>> _name("“一带一路”倡议"), _name("core interests")
    ('‘一带一路’倡议', 'core interests')
    """
    return inner(one_line(words))


def _lone_name(anchor: str, said: str) -> bool:
    """A mined or background phrase (no lexicon entry says it is a formula) said as a name
    only, every word capitalised ("Ukraine", "Prime Minister Draghi") but the small words
    inside a name ("Secretary of State Antony J. Blinken", "People’s Republic of China": rev6):
    a place, a person or an office, which names no formula (issue 10 point 2), so no change is
    "around kept formula “Ukraine”".

    >>> said = ("Ukraine", "Secretary of State Antony J. Blinken", "Kingdom of Saudi Arabia",
    ...         "Republic of", "the United States", "Joint Action Plan on irregular migration")
    >>> [_lone_name("mined:x_y", s) for s in said]
    [True, True, True, False, False, False]
    """
    words = said.split()
    if phrase_stems(anchor) is None or not words:
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    return all(w[:1].isupper() or w in _IN_NAMES for w in words)


_IN_NAMES = frozenset(("of", "the", "and"))
"""Small words inside a name, between capitalised ones: "Republic of Korea"."""


_FATE_WORDS = {
    FormulaStatus.PERSISTED: "kept",
    FormulaStatus.DROPPED: "dropped",
    FormulaStatus.APPEARED: "new",
}
"""How a formula is named around a change by the fate of its own entry, as the formula list
counts it (the key changes name a one-sided entry *Dropped formula*, *New formula*). A formula
with no entry of its own (a rewritten Chinese clause stands for it: ``…/clause``) or a changed
one is named by no fate: "kept" beside a header that counts 0 persisted was read as a
contradiction (ux27, wangyi-qureshi)."""


def _one_side_says(words: str, a: str, b: str) -> bool:
    """Whether one wording says the formula's ``words`` and the other does not: a phrase that
    names its formula on one side only ("support President Putin's war of choice on Ukraine" →
    "support that aids the Kremlin's war against Ukraine") is that formula said in other words,
    not words around a formula both keep."""
    folded = words.casefold()
    return (folded in a.casefold()) != (folded in b.casefold())


def listed(
    formula: Formula, names: Mapping[str, str] | None = None,
    fates: Mapping[str, FormulaStatus] | None = None,
) -> str:  # fmt: skip
    """The heading of :func:`named` as a formula list prints it before the wordings, its first
    letter in lower case and a colon after it: ``"formula reworded: "``."""
    head = named(formula, names, fates)[1]
    return f"{head[:1].lower()}{head[1:]}: "
