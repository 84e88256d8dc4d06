"""The stem sequences a lexicon entry is matched by (see :func:`readoutdiff.formulas.matching.matcher.build`).

Each wording is keyed to its stems without edge articles; a list of one-word members joined
by "and" is also matched in its other orders; wordings in a script the texts lack are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import permutations

from readoutdiff.formulas.words.phrases import key
from readoutdiff.formulas.words.roles import ARTICLES, STOP_WORDS
from readoutdiff.formulas.words.scripts import only_in, scripts_in
from readoutdiff.model import Entry, FormulaSource

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_BUILTIN = FormulaSource.BUILTIN


def left_out(entries: Sequence[Entry], absent: frozenset[str]) -> frozenset[str]:
    """Wordings written only in an ``absent`` script, unless another wording has that script."""
    wordings = {wording for entry in entries for wording in entry.wordings}
    if not absent or all(wording.isascii() for wording in wordings):
        return frozenset()
    wide = {wording for wording in wordings if not wording.isascii()}  # others have no script
    scripts = {wording: scripts_in(wording) for wording in wide}  # each read once, not per script
    left_out: set[str] = set()
    for script in sorted(absent):
        out = {wording for wording in wide if only_in(wording, script)}
        if not any(script in scripts[wording] for wording in wide - out):
            left_out |= out
    return frozenset(left_out)


def patterns(entry: Entry, left_out: frozenset[str] = frozenset()) -> list[tuple[str, ...]]:
    """Return the distinct stem sequences of an entry's wordings, without edge articles."""
    found: list[tuple[str, ...]] = []
    for wording in entry.wordings:
        if wording in left_out:
            continue
        # The built-in lexicon's Chinese is Simplified (tested): no OpenCC needed to key it.
        stems = list(key(wording, chinese=entry.source is not _BUILTIN))
        while len(stems) > 1 and stems[0] in ARTICLES:
            stems.pop(0)
        while len(stems) > 1 and stems[-1] in ARTICLES:
            stems.pop()
        for pattern in (tuple(stems), *_reordered(stems)):
            if pattern not in found:
                found.append(pattern)
    return found


def _reordered(stems: Sequence[str]) -> list[tuple[str, ...]]:
    """One-word members joined by "and" in the other orders: readouts order such lists either
    way ("unjustified and unprovoked" for "unprovoked and unjustified"; "unprovoked,
    unjustified, and premeditated" for "premeditated, unprovoked, and unjustified": the keys
    drop the commas); two members of more words swapped (:func:`_swapped`). Empty for other
    shapes."""
    if len(stems) not in (3, 4) or stems[-2] != "and":
        return _swapped(stems)
    members = [*stems[:-2], stems[-1]]
    if any(member in STOP_WORDS for member in members):
        return []
    orders = [order for order in permutations(members) if list(order) != members]
    return [(*order[:-1], "and", order[-1]) for order in orders]


MEMBER_WORDS = 3
"""Most words of a member of two swapped (:func:`_swapped`)."""


def _swapped(stems: Sequence[str]) -> list[tuple[str, ...]]:
    """Two members joined by one "and", one of them of several words, swapped: with the last
    word as a head noun both share ("a ceasefire and hostage release deal" / "a hostage
    release and ceasefire deal") and without ("sovereignty and territorial integrity" /
    "territorial integrity and sovereignty"). Members of content words only, ``MEMBER_WORDS``
    at most, one of two words or more (two one-word qualifiers of a noun keep their order
    here: "unjustified and unprovoked attack"): the coordination is the whole wording, so the
    order is all that differs.

    >>> _swapped(("ceasefire", "and", "hostage", "release", "deal"))
    [('hostage', 'release', 'and', 'ceasefire', 'deal'), ('hostage', 'release', 'deal', 'and', 'ceasefire')]
    """
    if stems.count("and") != 1 or any(s in STOP_WORDS for s in stems if s != "and"):
        return []
    cut = stems.index("and")
    left, right = tuple(stems[:cut]), tuple(stems[cut + 1 :])
    out: list[tuple[str, ...]] = []
    if _members(left, right[:-1]):
        out.append((*right[:-1], "and", *left, right[-1]))  # a head both members share
    if _members(left, right):
        out.append((*right, "and", *left))
    return [o for o in out if o != tuple(stems)]


def _members(left: Sequence[str], right: Sequence[str]) -> bool:
    """Two members :func:`_swapped` may swap."""
    sizes = (len(left), len(right))
    return min(sizes) > 0 and max(sizes) <= MEMBER_WORDS and max(sizes) > 1
