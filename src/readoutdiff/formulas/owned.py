"""An owner's qualified noun said again with another owner or other qualifiers, wherever the
aligner put the two sentences.

Readouts name a standing thing by its owner, a few qualifiers and a head noun, and the next
readout of the series often says it again with the owner or the qualifiers changed: "his
unprovoked and unlawful war" -> "President Putin's brutal war", "the Russian Federation's
unprovoked war against Ukraine" -> "President Putin's ruinous war in Ukraine", in sentences
that were rewritten around it and so paired with nothing or with other sentences. Here an
**owned phrase** is

- an owner: a possessive name ("Russia's", "President Putin's": capitalised words, no
  punctuation between) or a possessive pronoun ("his", "its", "their");
- one to ``QUALIFIERS`` lower-case qualifiers and the head noun (a list of qualifiers joined by
  commas and "and" is one run), the head neither a stop word nor a verb in the past tense;
- and at most ``COMPLEMENTS`` complements of the head ("of choice", "on Ukraine", "against
  Ukraine": a preposition that ties a noun to its object, an article, then one lower-case
  word or a name).

A noun followed by "to" or "for" governs a clause or a beneficiary ("his commitment to
repair …", "its support for …"): that is a frame, not an owned thing, and no owned phrase.

Two owned phrases, one of each readout, are one thing reworded, a *changed* entry, when they
have the same head (inflection stripped); their sentences stand near each other (each in
the other's :func:`nearby.window`) and neither was aligned without change; neither is said
in the other readout (as the same formula: :func:`wording.same_formula` with an owned phrase
of the other side, or its words anywhere in the other text); neither owner is a pronoun that
refers to the other's owner with the rest the same ("Ukraine's sovereignty" / "... Ukraine
and its sovereignty"); neither touches a place another entry tells; and the pair is
the best left for both: the most shared words (owner, qualifiers, complements), then
the places that stand first in both readouts (the same order whichever readout is A, so
swapping the readouts mirrors the result). A pair that shares only the head is taken only
when it is the only owned phrase with that head left on each side. A one-sided formula
inside a wording is told by the entry (:func:`line_entries.entries`).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met in Paris.\\n\\nThey condemned the Russian Federation’s unprovoked war against Ukraine.")
>>> b = from_text("They met in Paris.\\n\\nThey deplored President Putin’s ruinous war in Ukraine and its toll.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'Russian Federation’s unprovoked war against Ukraine', 'President Putin’s ruinous war in Ukraine')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from readoutdiff.formulas.line_entries import Busy, OneSided, Place, Wording, entries
from readoutdiff.formulas.open_sentences import Layout, near_pairs, read_once, said_in
from readoutdiff.formulas.phrases import Words
from readoutdiff.formulas.roles import STOP_WORDS
from readoutdiff.formulas.succession import View
from readoutdiff.formulas.wording import CLAUSE_WORDS, same_formula, strip
from readoutdiff.model import Formula

QUALIFIERS = 5
"""Lower-case words between the owner and the head, the head included ("unprovoked,
unjustified, and premeditated war": and counts too)."""
COMPLEMENTS = 2
"""Complements of the head ("war of choice on Ukraine")."""
_PRONOUNS = frozenset(("his", "her", "its", "their"))
_TIES = frozenset(("of", "on", "against", "in"))
"""Prepositions that tie a head to its complement."""
_FRAMES = frozenset(("to", "for"))
"""A head followed by one of these governs a clause or a beneficiary: a frame, no owned thing."""
_ARTICLES = frozenset(("a", "an", "the"))


class Owned(NamedTuple):
    """An owned phrase: words [first, last) of a sentence, its head and the stems it says."""

    sentence: int
    first: int
    last: int
    head: str
    said: frozenset[str]
    """Stripped stems of its owner, qualifiers and complements (the head left out)."""
    owned: tuple[str, ...]
    """The stems after the owner."""
    owner: str
    """Who owns it: the last word of a named owner; for a pronoun, the name it refers to (the
    nearest name before it in the sentence), "" when none stands there."""
    pronoun: bool
    """The owner is a pronoun."""


def changes(
    a: View, b: View, placed: Layout, one_sided: OneSided, busy: Busy,
    ids: Counter[str] | None = None,
) -> tuple[list[Formula], set[str]]:  # fmt: skip
    """The changed entries of owned phrases reworded, and the ids of the one-sided formulas
    they tell (``placed``: where the aligner put the sentences; ``one_sided``: the formulas
    left; ``busy``: places other entries tell)."""
    memo: dict[str, list[Owned]] = {}  # a sentence said again is read once
    in_a = [p for x in placed.open_a for p in read_once(memo, a, x, phrases)]
    in_b = [p for y in placed.open_b for p in read_once(memo, b, y, phrases)]
    heads = {p.head for p in in_a} & {p.head for p in in_b}
    if not heads:
        return [], set()
    in_a = [p for p in in_a if p.head in heads]
    in_b = [p for p in in_b if p.head in heads]
    texts_a, texts_b = _texts(a, in_a), _texts(b, in_b)
    seen: dict[tuple[str, int], bool] = {}
    in_a = [p for p in in_a if not _kept(texts_a[p], b.readout.text, p.head, texts_b, seen)]
    in_b = [p for p in in_b if not _kept(texts_b[p], a.readout.text, p.head, texts_a, seen)]
    xs, ys = {p.sentence for p in in_a}, {p.sentence for p in in_b}
    chosen = _pick(a, b, near_pairs(placed, xs, ys), in_a, in_b)
    taken: list[Place] = []
    return entries(a, b, chosen, one_sided, busy, taken, ids if ids is not None else Counter())


def phrases(view: View, words: Words) -> list[Owned]:
    """The owned phrases of one sentence."""
    out: list[Owned] = []
    stems, breaks = words.stems, words.breaks
    caps = words.caps
    for k in [j for j, stem in enumerate(stems) if caps[j] or stem in _PRONOUNS]:
        stem = stems[k]
        first = _start(view, words, k)
        if first is None:
            continue
        head = _head(words, k + 1)
        if head is None:
            continue
        last = _complements(words, head + 1)
        if last < len(stems) and stems[last] in _FRAMES and not breaks[last]:
            continue
        said = frozenset(strip(s) for s in stems[first:last] if s not in STOP_WORDS)
        name = strip(stems[head])
        owner, pronoun = _owner(words, k), stem in _PRONOUNS
        owned = stems[k + 1 : last]
        out.append(Owned(words.sentence, first, last, name, said - {name}, owned, owner, pronoun))
    return out


def _start(view: View, words: Words, k: int) -> int | None:
    """Where an owned phrase whose owner ends at word ``k`` starts; None when word ``k`` owns
    nothing."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    if stems[k] in _PRONOUNS:
        return k
    possessive = (  # the stem lost two letters or more: an "'s" first, read only then
        caps[k]
        and words.stops[k] - words.offsets[k] >= len(stems[k]) + 2
        and view.readout.text[words.end(k) - 2 : words.end(k)] in ("'s", "\u2019s")
    )
    if not possessive:
        return None
    first = k
    while first > 0 and caps[first - 1] and not breaks[first]:
        first -= 1
    return first + 1 if stems[first] in STOP_WORDS else first  # "The" opens the sentence


def _owner(words: Words, k: int) -> str:
    """The owner's name: word ``k`` itself, or for a pronoun the nearest name before it."""
    if words.stems[k] not in _PRONOUNS:
        return words.stems[k]
    for j in range(k - 1, -1, -1):
        if words.caps[j] and words.stems[j] not in STOP_WORDS:
            return words.stems[j]
    return ""


def _head(words: Words, start: int) -> int | None:
    """The head of the qualifiers that run from ``start``: their last word."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    head = None
    k = start
    while k < len(stems) and k - start < QUALIFIERS:
        stem = stems[k]
        if caps[k] or stem in CLAUSE_WORDS or (stem in STOP_WORDS and stem != "and"):
            break
        if breaks[k] and (k == start or stems[k - 1] == "and" or stems[k + 1 : k + 2] == ()):
            break
        if stem != "and":
            head = k
        k += 1
    if head is None or stems[head].endswith("ed") or not stems[head].isalpha():
        return None
    return head


def _complements(words: Words, start: int) -> int:
    """Past the last word of at most ``COMPLEMENTS`` complements from ``start``."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    last = start
    for _ in range(COMPLEMENTS):
        k = last
        if k + 1 >= len(stems) or stems[k] not in _TIES or breaks[k]:
            break
        k += 1
        if stems[k] in _ARTICLES:
            k += 1
        if k >= len(stems) or breaks[k] or (stems[k] in STOP_WORDS and not caps[k]):
            break
        if caps[k]:
            k += 1
            while k < len(stems) and caps[k] and not breaks[k] and stems[k] not in STOP_WORDS:
                k += 1
        else:
            k += 1
        last = k
    return last


def _texts(view: View, found: Sequence[Owned]) -> dict[Owned, str]:
    text, words = view.readout.text, view.words
    return {
        p: text[words[p.sentence].start(p.first) : words[p.sentence].end(p.last - 1)] for p in found
    }


def _kept(
    text: str, other: str, head: str, theirs: dict[Owned, str], seen: dict[tuple[str, int], bool]
) -> bool:
    """The other readout says the phrase too: its text, or an owned phrase of the same formula."""
    if said_in(text, other, seen):
        return True
    said = {t for p, t in theirs.items() if p.head == head}
    return any(same_formula(text, t) for t in said)


def _pick(
    a: View, b: View, near: dict[int, set[int]], in_a: Sequence[Owned], in_b: Sequence[Owned]
) -> list[Wording]:
    """One partner each among near sentences, best first: most shared words, then the places
    first in both."""
    heads_a = Counter(p.head for p in in_a)
    heads_b = Counter(p.head for p in in_b)
    by_sentence: dict[int, list[Owned]] = {}
    for pb in in_b:
        by_sentence.setdefault(pb.sentence, []).append(pb)
    ranked = []
    for pa in in_a:
        for y in sorted(near.get(pa.sentence, ())):
            for pb in by_sentence.get(y, ()):
                if pa.head != pb.head or _referred(pa, pb):
                    continue
                shared = len(pa.said & pb.said)
                if not shared and not heads_a[pa.head] == 1 == heads_b[pb.head]:
                    continue
                at_a = a.words[pa.sentence].start(pa.first)
                at_b = b.words[pb.sentence].start(pb.first)
                ranked.append(((-shared, at_a + at_b, min(at_a, at_b)), pa, pb))
    ranked.sort(key=lambda r: r[0])
    used_a: set[tuple[int, int]] = set()
    used_b: set[tuple[int, int]] = set()
    out: list[Wording] = []
    for _, pa, pb in ranked:
        if (pa.sentence, pa.first) in used_a or (pb.sentence, pb.first) in used_b:
            continue
        used_a.add((pa.sentence, pa.first))
        used_b.add((pb.sentence, pb.first))
        name = (pa.head, *sorted(pa.said & pb.said))
        out.append((pa.sentence, pb.sentence, (pa.first, pa.last, pb.first, pb.last), name))
    return out


def _referred(x: Owned, y: Owned) -> bool:
    """The same thing, its owner named on one side and referred to by a pronoun on the other
    ("Ukraine's sovereignty" / "... Ukraine and its sovereignty"): a reference, not a
    rewording ("Putin's ... war" / "... Russia ... its ... war" is one)."""
    return (x.pronoun or y.pronoun) and x.owned == y.owned and x.owner == y.owner
