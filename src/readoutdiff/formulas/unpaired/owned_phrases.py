"""The owned phrases of one sentence, for :mod:`owned` (an owner's qualified noun said again
with another owner or other qualifiers). An **owned phrase** is

- an owner: a possessive name ("Russia's", "President Putin's": capitalised words, no
  punctuation between) or a possessive pronoun ("his", "its", "their");
- one to ``QUALIFIERS`` lower-case qualifiers and the head noun (a list of qualifiers joined by
  commas and "and" is one run), the head neither a stop word nor a verb in the past tense;
- and at most ``COMPLEMENTS`` complements of the head ("of choice", "on Ukraine", "against
  Ukraine": a preposition that ties a noun to its object, an article, then one lower-case
  word with the rest of a compound it opens ("on regional security issues"; a participle
  with the noun it qualifies: "on shared global challenges"), or a name,
  with the noun the name qualifies: "against Russian aggression"; a name
  that owns what follows it is no complement: "their condemnation of Russia's" is cut from
  "… of Russia's attempted annexation").

A noun followed by "to" or "for" governs a clause or a beneficiary ("his commitment to
repair …", "its support for …"): that is a frame, not an owned thing, and no owned phrase.

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.formulas.words.phrases import readout_words
>>> from readoutdiff.formulas.succession.succession import View
>>> r = from_text("They condemned the Russian Federation’s unprovoked war against Ukraine and its toll.")
>>> view = View(readout=r, words=readout_words(r), by_sentence={})
>>> [(p.head, p.owner, p.pronoun) for p in phrases(view, view.words[0])]
[('war', 'federation', False), ('toll', 'ukraine', True)]
"""

from typing import NamedTuple

from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words import edges
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import ARTICLES
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, strip

QUALIFIERS = 5
"""Lower-case words between the owner and the head, the head included ("unprovoked,
unjustified, and premeditated war": and counts too)."""
COMPLEMENTS = 2
"""Complements of the head ("war of choice on Ukraine")."""
_PRONOUNS = frozenset(("his", "her", "its", "their"))
TIES = frozenset(("of", "on", "against", "in", "as"))
"""Prepositions that tie a head to its complement ("as": a role, "leadership as the chair of …")."""
_FRAMES = frozenset(("to", "for"))
"""A head followed by one of these governs a clause or a beneficiary: a frame, no owned thing."""
WAR_WORDS = frozenset(("war", "wars", "invasion", "attack", "aggression", "assault"))
"""Heads (inflection stripped) that name one armed conflict: readouts of one series name the
same war "Russia's attack on Ukraine", then "Russia's war against Ukraine" (see :func:`thing`)."""


# Annotations evaluated (no ``from __future__ import annotations``): ``NamedTuple`` makes a
# string annotation a ``ForwardRef``, which compiles it, and a process's first ``compile()``
# builds the ``ast`` types (~9 M instructions of a 500 KB command; see ``test_startup_imports.py``).
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
    target: str
    """The last word of the head's complements ("ukraine" in "war against Ukraine"), "" when
    it has none."""


def phrases(view: View, words: Words, within: range | None = None) -> list[Owned]:
    """The owned phrases of one sentence; with ``within``, only those whose owner ends at a
    word of that range (a phrase's words run from its first to its last, the owner's last
    among them: a phrase inside a stretch of words has its owner there)."""
    out: list[Owned] = []
    stems, breaks = words.stems, words.breaks
    for k in _owners(words, range(len(stems)) if within is None else within):
        stem = stems[k]
        first = _start(view, words, k)
        if first is None:
            continue
        head = _head(words, k + 1)
        if head is None:
            continue
        last = _complements(words, head + 1, view.readout.text)
        if last < len(stems) and stems[last] in _FRAMES and not breaks[last]:
            continue
        said = frozenset(strip(s) for s in stems[first:last] if s not in words.stop_words)
        name = strip(stems[head])
        owner, pronoun = _owner(words, k), stem in _PRONOUNS
        owned = stems[k + 1 : last]
        target = stems[last - 1] if last > head + 1 else ""
        out.append(
            Owned(words.sentence, first, last, name, said - {name}, owned, owner, pronoun, target)
        )
    return out


def heads(view: View, words: Words) -> frozenset[str]:
    """The things (:func:`thing`) the heads of a sentence's owned phrases name, and maybe more
    (an owner's head with a frame after it is none): read before :func:`phrases`, which goes
    on to the complements, for a test of whether two sentences may hold one thing."""
    stems = words.stems
    found: set[str] = set()
    for k in _owners(words, range(len(stems))):
        if _start(view, words, k) is not None and (head := _head(words, k + 1)) is not None:
            found.add(thing(strip(stems[head])))
    return frozenset(found)


def _owners(words: Words, places: range) -> list[int]:
    """The words of ``places`` that may own a phrase: a pronoun, or a capitalised word whose
    stem lost two letters or more (an "'s"): :func:`_start` reads the rest only for those
    (most capitalised words of a readout are names with no possessive: no call for them)."""
    stems, caps, offsets, stops = words.stems, words.caps, words.offsets, words.stops
    return [
        j for j in places
        if stems[j] in _PRONOUNS or caps[j] and stops[j] - offsets[j] >= len(stems[j]) + 2
    ]  # fmt: skip


def thing(head: str) -> str:
    """The thing a head names: one word for every head of :data:`WAR_WORDS`, else the head.

    >>> thing("invasion"), thing("aggression"), thing("partnership")
    ('war', 'war', 'partnership')
    """
    return "war" if head in WAR_WORDS else head


def _start(view: View, words: Words, k: int) -> int | None:
    """Where an owned phrase whose owner ends at word ``k`` starts; None when word ``k`` owns
    nothing."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    if stems[k] in _PRONOUNS:
        return k
    possessive = (  # the stem lost two letters or more: an "'s" first, read only then
        caps[k]
        and words.stops[k] - words.offsets[k] >= len(stems[k]) + 2
        and edges.possessive(view.readout.text, words, k)
    )
    if not possessive:
        return None
    first = k
    while first > 0 and caps[first - 1] and not breaks[first]:
        first -= 1
    return first + 1 if stems[first] in words.stop_words else first  # "The" opens the sentence


def _owner(words: Words, k: int) -> str:
    """The owner's name: word ``k`` itself, or for a pronoun the nearest name before it."""
    if words.stems[k] not in _PRONOUNS:
        return words.stems[k]
    for j in range(k - 1, -1, -1):
        if words.caps[j] and words.stems[j] not in words.stop_words:
            return words.stems[j]
    return ""


def _head(words: Words, start: int) -> int | None:
    """The head of the qualifiers that run from ``start``: their last word."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    head = None
    k = start
    while k < len(stems) and k - start < QUALIFIERS:
        stem = stems[k]
        if caps[k] or stem in CLAUSE_WORDS or (stem in words.stop_words and stem != "and"):
            break
        if breaks[k] and (k == start or stems[k - 1] == "and" or stems[k + 1 : k + 2] == ()):
            break
        if stem != "and":
            head = k
        k += 1
    if head is None or stems[head].endswith("ed") or not stems[head].isalpha():
        return None
    return head


def _complements(words: Words, start: int, text: str) -> int:
    """Past the last word of at most ``COMPLEMENTS`` complements from ``start``; a name that
    owns the words after it ("of Russia’s attempted annexation") is the owner of the next
    owned phrase, no complement of this one (the readout's ``text`` tells the possessive)."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    last = start
    for _ in range(COMPLEMENTS):
        k = last
        if k + 1 >= len(stems) or stems[k] not in TIES or breaks[k]:
            break
        k += 1
        if stems[k] in ARTICLES:
            k += 1
        if k >= len(stems) or breaks[k] or (stems[k] in words.stop_words and not caps[k]):
            break
        if caps[k]:
            k += 1
            while k < len(stems) and caps[k] and not breaks[k] and stems[k] not in words.stop_words:
                k += 1
            if edges.owns(text, words, k - 1):
                break
            k += _qualified(words, k)
        else:  # a word of a compound takes the rest of it ("on regional security issues")
            k = edges.end(words, k + 1 + _qualified(words, k + 1) * _participle(words, k), False)
        last = k
    return last


def _participle(words: Words, k: int) -> bool:
    """Word ``k``, right after a preposition or its article, is a participle ("-ed"): it
    qualifies the noun after it, which the complement takes ("on shared global challenges")."""
    return words.stems[k].endswith("ed")


def _qualified(words: Words, k: int) -> int:
    """1 when word ``k`` is the noun the name before it qualifies ("against Russian
    aggression", "of U.S. assistance"): a lower-case word of the same phrase, no stop word,
    clause word or verb form; the complement takes it (it does not end on "Russian"), else 0."""
    if k >= len(words.stems) or words.breaks[k] or words.caps[k]:
        return 0
    stem = words.stems[k]
    if stem in words.stop_words or stem in CLAUSE_WORDS or not stem.isalpha():
        return 0
    return 0 if stem.endswith(("ed", "ing")) else 1
