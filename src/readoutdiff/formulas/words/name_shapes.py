"""What reads as a name: runs of capitalised words, a name running on past a phrase's edge,
a state or body named by the name after its "of", a name the text defines by its initials.

:mod:`readoutdiff.formulas.mining.noise` reads these shapes to tell a mined phrase that is a name
(:func:`mostly_name`, :func:`population`) or cut from one (:func:`in_name`);
:mod:`readoutdiff.formulas.matching.cut` asks :func:`defined` of every occurrence of a wording.

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.formulas.words.phrases import readout_words
>>> w = readout_words(from_text("They defend the United Nations Charter."))[0]
>>> mostly_name(w, 3, 6), mostly_name(w, 1, 6), in_name(w, 4, 6)
(True, False, True)
"""

from __future__ import annotations

import re

from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import STOP_WORDS

POPULATIONS = frozenset(
    "government country nation citizen member group region city capital state".split()
)
"""Nouns that name a state, a body or its members by the name after their "of" ("countries of
the Western Balkans", "government of Colombia"): with only a name after it, the phrase is that
name. Not "people": "the people of Ukraine" is the core of a standing line of support."""

_JOINING = frozenset(("of", "and", "the", "for", "и"))
"""Words that join the parts of one name ("Republic of Korea"; Russian "и", and)."""

_ACRONYM = re.compile(r" ?\(([A-Z][A-Za-z.&-]*[A-Z])\)")
_LETTERS = re.compile(r"[^\W\d_]+")


def defined(text: str, start: int, end: int) -> bool:
    """Say whether the wording ``text[start:end]`` is a name the text defines: its initials
    (of every word, or of its capitalised words) in parentheses right after it, or it is
    those initials in parentheses after the name.

    >>> t = "demands beyond the Joint Comprehensive Plan of Action (JCPOA) and the deal"
    >>> defined(t, 19, 53), defined(t, 55, 60), defined(t, 25, 53)
    (True, True, False)
    """
    match = _ACRONYM.match(text, end)
    if match is not None:
        return _initials(match.group(1), _LETTERS.findall(text[start:end]))
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    letters = _LETTERS.findall(text[max(0, start - 160) : start])
    acronym = text[start:end]
    return any(
        _initials(acronym, letters[-n:]) for n in range(2, len(acronym) + 3) if n <= len(letters)
    )


def _initials(acronym: str, words: list[str]) -> bool:
    """``acronym`` spells the initials of ``words``, which are all of a name: every word's,
    or the capitalised words' when the others are stop words ("Plan of Action"); a phrase
    that only ends on a name ("support for a strong Pacific Islands Forum (PIF)") is none."""
    letters = "".join(c for c in acronym if c.isalpha())
    if len(letters) < 2 or not letters.isupper():
        return False
    if letters == "".join(w[0] for w in words).upper():
        return True
    named = all(w[0].isupper() or w.casefold() in STOP_WORDS for w in words)
    return named and letters == "".join(w[0] for w in words if w[0].isupper())


def population(words: Words, first: int, end: int) -> bool:
    """A state or body named by the name after its "of" and nothing else: "countries of the
    Western Balkans", "government of Colombia"."""
    k = first + (words.stems[first] in words.stop_words)
    if end - k < 3 or words.stems[k] not in POPULATIONS or words.stems[k + 1] != "of":
        return False
    rest = [i for i in range(k + 2, end) if words.stems[i] not in words.stop_words]
    return bool(rest) and all(words.caps[i] for i in rest)


def _capital(words: Words, i: int) -> bool:
    """A capitalised word that is not capitalised only for standing first in its sentence."""
    return words.caps[i] and (
        i > 0 or words.stems[i] not in words.stop_words and _upper_run(words, i)
    )


def _upper_run(words: Words, i: int) -> bool:
    """At a sentence start, a capital counts only when the next word is capitalised too."""
    return i + 1 < len(words.stems) and words.caps[i + 1] and not words.breaks[i + 1]


def in_name(words: Words, first: int, end: int) -> bool:
    """An edge of ``words[first:end]`` is inside a name that runs on outside it: the phrase is
    a capitalised run continuing a name ("Nuclear Power Plant" of "the Zaporizhzhya Nuclear
    Power Plant"), part of that name."""
    before = first > 0 and words.caps[first - 1] and words.caps[first]
    before = before and (not words.breaks[first] or len(words.stems[first - 1]) == 1)
    return bool(before or runs_on(words, end))


def runs_on(words: Words, end: int) -> bool:
    """A phrase ending before word ``end`` ends inside a name: its last word and the next are
    capitalised, nothing but a space between, and the next is no stop word ("Just Energy
    Transition" of "the Just Energy Transition Partnership"): the name's tail is cut off."""
    return (
        end < len(words.stems)
        and not words.breaks[end]
        and words.caps[end]
        and words.caps[end - 1]
        and words.stems[end] not in words.stop_words
    )


def mostly_name(words: Words, first: int, end: int) -> bool:
    """More runs of capitalised words than lower-case content words."""
    runs = lower = 0
    previous = False
    for i in range(first, end):
        capital = _capital(words, i)
        if capital and not previous:
            runs += 1
        elif not (capital or words.stems[i] in words.stop_words or words.stems[i].isdigit()):
            lower += 1  # a lower-case content word (the readout language's function words aside)
        previous = capital or (previous and words.stems[i] in _JOINING)
    return runs > lower


_PARTIES = re.compile(r"(?<![\w.\-\u2013])(?:[A-Z][\w.]*[\-\u2013])+[A-Z][\w.]*[ \u00a0]\Z")
"""A compound of parties right before a wording: capitalised names joined by hyphens or en
dashes ("U.S.-Oman ", "China–Russia ", "U.S.-Japan-ROK "), then one space."""


def parties_before(text: str, start: int) -> int:
    """``start`` moved back over the compound of parties right before it, when there is one:
    "the *U.S.-Oman* strategic partnership", "the *U.S.-India* Strategic Partnership". A
    relationship is named with the countries it binds; without them "strategic partnership"
    says nowhere whose it is.

    >>> text = "They will deepen the U.S.-India Strategic Partnership and the EU partnership."
    >>> text[parties_before(text, text.index("Strategic")) :].split(" and")[0]
    'U.S.-India Strategic Partnership'
    >>> parties_before(text, text.index("partnership")) == text.index("partnership")
    True
    """
    window = max(0, start - 60)
    if "-" not in text[window:start] and "\u2013" not in text[window:start]:
        return start  # the common case, told before any pattern runs
    found = _PARTIES.search(text, window, start)
    return found.start() if found else start


_NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def written_as_name(text: str) -> bool:
    """Every word of ``text`` but the joining ones ("of", "and", "for", "on", "the") starts with a
    capital: a name ("Partnership for Global Infrastructure and Investment", "Global War on
    Terror"), not a phrasing ("strategic partnership", "Comprehensive strategic partnership").

    >>> written_as_name("Partnership for Global Infrastructure and Investment")
    True
    >>> written_as_name("comprehensive strategic partnership"), written_as_name("")
    (False, False)
    """
    words = [
        w for w in _NAME_WORD.findall(text) if w.casefold() not in _JOINING | {"on", "to", "in"}
    ]
    return bool(words) and all(w[0].isupper() for w in words)
