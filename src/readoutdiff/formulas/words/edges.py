"""Where a reworded wording may start and end: never on a word that leans on the words before
it, never before what its last word needs.

A wording does not start on the last member of a list before it ("demarcation, opening
transport …" of "border delimitation and demarcation, opening transport …"), on a connective
("coupled with expanded pathways …"), on or inside a connective of several words ("well as their
efforts" of "as well as their efforts") or on the particle of a verb ("forward to the conclusion
…" of "looked forward to the conclusion …") or on a capitalised word that goes on the name
before it ("India Comprehensive …" of "U.S.-India Comprehensive …"): it starts after that word. :func:`content_words.trimmed`
then drops the words that only introduce it ("with", "to the"). A quoted wording
(:func:`wording_at.text_at`) does not end before the clause a pronoun opens after it ("the support"
of "the support it needs to defend itself"), before what its "-ing" verb goes on to
("community continuing" of "community continuing to work", also in :func:`clauses.grown`),
inside a compound noun ("supply chain" of "supply chain security") or inside a list that goes
on after it ("strengthening economic, security" of "… economic, security, and migration
cooperation"): it takes them, a list with its head noun. Nor does it end inside a
connective of several words ("… the United States as well" of "… as well as with …"), on a
preposition the stop words lack ("women's empowerment around") or on a noun that opens what
follows it ("… and the importance" of "… and the importance of …", :func:`trimmed_end`). Two
wordings that open on a list of qualifiers take the qualifier each says before its list when
the two differ: that swap is the change ("additional security and humanitarian assistance" →
"vital humanitarian and security assistance", :func:`qualified`). And a name is not reworded
into common words (:func:`named_apart`).
"""

from __future__ import annotations

import re

from readoutdiff.formulas.words import coordination
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import ARTICLES, INTRODUCING, PREPOSITIONS
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, strip

JOINING = frozenset("coupled including along alongside together forward ahead".split())
"""Words that join a wording to what comes before it: connectives and the particles of verbs."""


CONNECTIVES = (
    ("as", "well", "as"),
    ("so", "far"),
    ("as", "soon", "as", "possible"),
    *(
        tuple(phrase.split())
        for phrase in (
            "with respect to", "with regard to", "in respect of", "in relation to",
            "in terms of", "on behalf of", "in light of", "in view of", "in spite of",
            "by mean of", "in addition to", "with a view to", "in accordance with",
            "in line with",
        )
    ),
)  # fmt: skip
"""Connectives of several words, and the prepositions of several words (their stems): a
wording never starts on or inside one ("well as their efforts", "far to protect access" of "so
far to protect access", "respect to negotiations on …" of "the current situation with respect
to negotiations on …"), nor ends inside one ("… the United States as well" of "… as well as
with …", :func:`trimmed_end`)."""


def _by_word(last_too: bool) -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """Each word of :data:`CONNECTIVES` -> the (connective, place) pairs it stands in, place
    counted from the connective's start, in the order :func:`start` (every place) and
    :func:`_before_connective` (``last_too`` off: not the last place) try them."""
    found: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in CONNECTIVES:
        for inside in range(len(phrase) if last_too else len(phrase) - 1):
            found.setdefault(phrase[inside], []).append((phrase, inside))
    return {word: tuple(pairs) for word, pairs in found.items()}


_HOLDING = _by_word(True)
"""A word -> where it stands in a connective: a wording's first word that stands in none
starts on or inside none (most words), and no connective is tried."""
_BEFORE_END = _by_word(False)
"""The same for a wording's last word, a connective's last word left out: a wording ending
inside a connective ends on one of its other words."""


SUBORDINATING = frozenset(
    "as while whereas because since although though unless until whether".split()
)
"""Conjunctions that open a clause leaning on the clause before it ("as it defends itself …"
of "supporting Ukraine as it defends itself …")."""

OPENS_CUT = (
    (PREPOSITIONS - {"to"})
    | frozenset("and or but nor that which who whom whose".split())
    | SUBORDINATING
)
"""Words no quoted wording of a change opens on: a preposition other than "to" (whose
infinitive opens wordings: "to address the root causes …"), a conjunction (coordinating or
subordinating) or a relative pronoun. Each leans on the words before it (:func:`opens_cut`)."""

_FIRST_WORDS = re.compile(r"[\w’'-]+")


def opens_cut(text: str) -> bool:
    """Whether the wording ``text`` opens on a word that leans on the words before it (one of
    :data:`OPENS_CUT`, or "well as" of "as well as"): it was cut mid-phrase, and names no line
    ("for the Mexican government’s continued collaboration …", "that the United States is
    committed …", "well as its ironclad commitment …", "as it defends itself …").

    >>> [opens_cut(t) for t in ("well as its ironclad commitment", "for the Mexican people",
    ...                         "to address the root causes", "its unprovoked war", "",
    ...                         "as it defends itself from Russia’s brutal aggression")]
    [True, True, False, False, False, True]
    """
    first = _FIRST_WORDS.findall(text[:40].lower())[:2]
    return bool(first) and (first[0] in OPENS_CUT or first == ["well", "as"])


INTENSIFIERS = frozenset("even still ever yet".split())
"""Words that raise a comparative after them ("even stronger", "ever closer")."""

MAKING = frozenset(
    """make makes made making become becomes became becoming grow grows grew grown growing
    bring brings brought bringing keep keeps kept keeping remain remains remained remaining
    render renders rendered rendering""".split()
)
"""Verbs whose complement a raised comparative is ("make the partnership even stronger")."""

_ADVERBS = frozenset("further farther more less longer".split())
"""Comparatives that end a phrase whole as adverbs ("deepen ties even further")."""


def closes_cut(text: str) -> bool:
    """Whether the wording ``text`` ends on a raised comparative adjective with no verb of
    making or becoming before it ("… partnership even stronger" of "make the U.S.-Jordan
    partnership even stronger"): the adjective is the complement of a verb the quote left
    out; it names no line. An adverb ("even further") ends a phrase whole.

    >>> [closes_cut(t) for t in ("U.S.-Jordan partnership even stronger",
    ...                          "make the partnership even stronger", "ties even further",
    ...                          "an ever closer union of peoples", "a stronger partnership",
    ...                          "even the water", "")]
    [True, False, False, False, False, False, False]
    """
    last = _FIRST_WORDS.findall(text[-40:].lower())[-2:]
    return (
        len(last) == 2
        and last[0] in INTENSIFIERS
        and last[1] not in _ADVERBS
        and (last[1] in ("better", "worse") or (len(last[1]) > 4 and last[1].endswith("er")))
        and MAKING.isdisjoint(_FIRST_WORDS.findall(text.lower()))
    )


_GERUND_OBJECT = PREPOSITIONS - {"to"}
"""Prepositions before which a verb's "-ing" form needs its object ("in confronting …"); "to"
is left out, whose "-ing" ends a wording whole ("committed to working")."""


def ends_before_object(text: str) -> bool:
    """Whether the wording ``text`` ends on a preposition and a verb's "-ing" form, lower case
    ("solidarity among partners and NATO Allies in confronting" of "… in confronting this
    crisis"): the verb's object is left out, so the wording stops mid-clause and names no line.

    >>> [ends_before_object(t) for t in ("solidarity among Allies in confronting",
    ...                                  "humanitarian pause in the fighting",
    ...                                  "committed to working", "cooperation on Training",
    ...                                  "work on", "")]
    [True, False, False, False, False, False]
    """
    if not text.endswith("ing"):  # most quotes: no words read
        return False
    last = _FIRST_WORDS.findall(text[-40:])[-2:]
    return (
        len(last) == 2
        and last[0].lower() in _GERUND_OBJECT
        and last[1].islower()
        and len(last[1]) > 5
    )


def start(words: Words, first: int, bound: int, text: str = "") -> int:
    """``first`` moved past one word that leans on the words before it, or past a connective
    it stands on or inside, or past a name that is the object of the preposition before
    it (read only with the readout's ``text``), never past ``bound``."""
    if first >= bound:
        return first
    if text:
        after = _object_end(words, first, text)
        if after > first:
            return min(after, bound)
    # On a connective or inside one: only those ``first``'s word stands in are tried.
    for phrase, inside in _HOLDING.get(words.stems[first], ()) if first < len(words.stems) else ():
        at = first - inside
        if at >= 0 and words.stems[at : at + len(phrase)] == phrase:
            return min(at + len(phrase), bound)
    listed = first + 1 < len(words.stems) and words.breaks[first + 1]
    joining = not words.caps[first] and words.stems[first] in JOINING
    named = (
        first > 1
        and words.caps[first]
        and words.caps[first - 1]
        and (
            len(words.stems[first - 1]) == 1  # an initial: "U.S.-India"
            or (not words.breaks[first] and words.stems[first - 1] not in words.stop_words)
        )
    )
    return first + 1 if listed or joining or named else first


_GOVERNING = PREPOSITIONS - {"to"}
"""Prepositions whose capitalised next word is their object; not "to", whose capitalised next
word may be a title's verb ("Call to Action to Address the Root Causes …")."""


def _object_end(words: Words, first: int, text: str) -> int:
    """Past the name at ``first`` when it closes the phrase of the preposition before it
    ("President Zelenskyy of Ukraine|to underscore …"): a wording starting there starts on
    the object of the clause before it. ``first`` when it does not: no name there, a name
    that owns the words after it ("for Ukraine's defense") or qualifies the word after it
    ("of U.S. assistance"): only a stop word or preposition may follow it."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    if not (0 < first < len(stems) and caps[first] and not breaks[first]):
        return first
    if caps[first - 1] or stems[first - 1] not in _GOVERNING:
        return first
    k = first + 1
    while k < len(stems) and caps[k] and not breaks[k]:
        k += 1
    if k == len(stems) or breaks[k] or owns(text, words, k - 1):
        return first
    # A content word right after the name is what the name qualifies ("U.S. assistance").
    return k if stems[k] in words.stop_words or stems[k] in PREPOSITIONS else first


_POSSESSIVES = ("'s", "\u2019s")


def possessive(text: str, words: Words, k: int) -> bool:
    """Word ``k`` ends in a possessive "'s" ("Russia's", "Putin’s")."""
    return text[words.end(k) - 2 : words.end(k)] in _POSSESSIVES


def owns(text: str, words: Words, k: int) -> bool:
    """Word ``k`` is a possessive with a word after it in its phrase: it owns what follows
    ("Ukraine's" in "on Ukraine's critical infrastructure")."""
    return k + 1 < len(words.stems) and not words.breaks[k + 1] and possessive(text, words, k)


OWNED = 6
"""Most words a wording ending on a possessive takes for the thing it owns."""


def owned(text: str, words: Words, last: int) -> int:
    """``last`` moved past the thing the wording's last word owns when that word is a
    possessive: a wording never ends on one ("continues its assaults on Ukraine's" is cut
    from "… Ukraine's critical infrastructure"). The thing runs to the next punctuation,
    stop word, preposition or clause word."""
    if last < 1 or not owns(text, words, last - 1):
        return last
    hi = last
    while hi < min(len(words.stems), last + OWNED) and not words.breaks[hi]:
        stem = words.stems[hi]
        if stem in words.stop_words or stem in PREPOSITIONS or stem in CLAUSE_WORDS:
            break
        hi += 1
    return hi


SUBJECTS = frozenset("it they".split())
"""Pronouns that open the clause saying what the word before them is ("the support it needs")."""
_AND = frozenset(("and", "or"))
REACH = 8
"""Most words a wording takes for the complement of its last word."""
COMPOUND = 3
"""Most words a wording takes to finish the compound noun it stops inside ("leadership on
regional|security issues")."""


def end(words: Words, last: int, lists: bool = True, qualifiers: bool = False) -> int:
    """``last`` moved past what the wording's last word needs: the clause a pronoun or the
    "to" of an "-ing" verb opens after it ("the support it needs to defend itself") or the noun that goes on its compound
    ("supply chain security"), or the rest of a list it stops inside, with its head noun
    (not when ``lists`` is off); with ``qualifiers``, the rest of the qualifiers an article
    opens that it stops inside, with their head (:func:`_qualifiers`); with ``lists``, the
    "of" complement of an article's noun it stops before (:func:`_of_complement`)."""
    count = len(words.stems)
    # Inside a list of commas that goes on ("economic, security|, and migration cooperation"):
    # through it and its head.
    inside = lists and 1 < last < count and words.breaks[last - 1] and words.breaks[last]
    listed = coordination.around(words, last - 1) if inside else None
    if listed is not None and listed[0] < last - 1 < last < listed[1]:
        hi = listed[1]
        head = hi < count and not (words.breaks[hi] or words.caps[hi]) and _noun_like(words, hi)
        return hi + 1 if head else hi
    if not 0 < last < count or words.breaks[last] or words.caps[last] or words.caps[last - 1]:
        return last
    stem = words.stems[last]
    if qualifiers and stem in _AND:  # "a just| and lasting peace": the article's phrase goes on
        qualified = _qualifiers(words, last)
        if qualified != last:
            return qualified
    if lists and stem == "of" and last > 1 and words.stems[last - 2] in ARTICLES:
        complement = _of_complement(words, last)  # "the security| of Poland and …"
        if complement != last:
            return complement
    if stem in SUBJECTS or (stem == "to" and words.stems[last - 1].endswith("ing")):
        hi = last
        while hi < min(count, last + REACH) and not words.breaks[hi]:
            if words.stems[hi] in CLAUSE_WORDS:
                return last
            if words.stems[hi] in _AND:
                return hi
            hi += 1
        return hi if hi == count or words.breaks[hi] else last
    if not (_noun_like(words, last - 1) and _noun_like(words, last)):
        return last
    hi = last + 1
    while hi < min(count, last + COMPOUND) and not words.breaks[hi] and not words.caps[hi]:
        if not _noun_like(words, hi):
            break
        hi += 1
    ends = hi == count or words.breaks[hi] or not _noun_like(words, hi)
    return hi if ends else last


def _qualifiers(words: Words, last: int) -> int:
    """``last`` (an "and" or "or") moved past the rest of the qualifiers an article opens and
    the wording stops inside, with their head ("helping Ukraine achieve a just| and lasting
    peace"): the wording's last word is a member of a coordination of one-word members right
    after an article, and a noun follows the coordination; else ``last``."""
    listed = coordination.around(words, last - 1)
    if listed is None or listed[0] < 1 or listed[1] <= last + 1:
        return last
    hi = listed[1]
    if words.stems[listed[0] - 1] not in ARTICLES or hi >= len(words.stems) or words.breaks[hi]:
        return last
    return hi + 1 if words.caps[hi] or _noun_like(words, hi) else last


def _of_complement(words: Words, last: int) -> int:
    """``last`` (an "of" after an article and one noun: "commitment to the security| of Poland
    and NATO's eastern flank") moved past "of" and its complement when the complement ends the
    phrase within :data:`REACH` words, with no clause word and no second preposition in it (a
    clause or another complement goes on elsewhere: the wording stays where it stopped); else
    ``last`` (branch dup6)."""
    if not _noun_like(words, last - 1):
        return last
    count = len(words.stems)
    hi = last + 1
    while hi < min(count, last + REACH) and not words.breaks[hi]:
        stem = words.stems[hi]
        if stem in CLAUSE_WORDS or stem in PREPOSITIONS:
            return last
        hi += 1
    return hi if hi > last + 1 and (hi == count or words.breaks[hi]) else last


def _noun_like(words: Words, k: int) -> bool:
    """Word ``k`` may stand in a compound noun: no stop, clause word, preposition or verb form."""
    stem = words.stems[k]
    return not (
        stem in words.stop_words or stem in CLAUSE_WORDS or stem in PREPOSITIONS
        or stem.endswith(("ed", "ing"))
    )  # fmt: skip


def qualified(wa: Words, first_a: int, wb: Words, first_b: int) -> bool:
    """Both wordings open on a list of qualifiers ("security and humanitarian assistance") and
    a qualifier of another kind stands right before each, not the same word: the two quoted
    wordings start one word earlier."""
    before_a, before_b = _qualifier_before(wa, first_a), _qualifier_before(wb, first_b)
    return before_a is not None and before_b is not None and before_a != before_b


def _qualifier_before(words: Words, first: int) -> str | None:
    """The word right before ``first`` when ``first`` opens a list of one-word members and that
    word may qualify it: a lower-case content word in the same phrase, neither a verb form
    ("-ed", "-ing", after "to"), nor one that introduces or joins ("discussed", "including")."""
    found = coordination.around(words, first)
    if found is None or found[0] != first or first < 1 or words.breaks[first]:
        return None
    k = first - 1
    stem = words.stems[k]
    if words.caps[k] or stem in words.stop_words or stem in INTRODUCING or stem in JOINING:
        return None
    if stem.endswith(("ed", "ing")) or (k and words.stems[k - 1] in ("to", "will", "would")):
        return None
    return stem


LEANING = frozenset(
    "around across through throughout beyond amid via regarding despite including".split()
)
"""Prepositions and particles the stop words lack: a wording ending on one was cut before its
object ("women’s empowerment around", "health security efforts around", "… rules and
norms, including" of "… norms, including in the South China Sea")."""
_OPENING = frozenset(("importance", "need"))
"""Nouns that open what follows them ("the importance of …"): no wording ends on one."""


def trimmed_end(words: Words, first: int, last: int) -> int:
    """``last`` moved back before a connective the wording ends inside ("… the United States
    as well" of "… as well as with …"), then over a last word that leans on words the wording
    lacks: a preposition or particle (:data:`LEANING`), a noun that opens what follows it,
    cut from it ("shared democratic values and the importance" of "… the importance of …"),
    or the first letter of initials ("investments by U" of "… by U.S. companies"), with the
    stop words before it."""
    k = _before_connective(words, first, last)
    while k - 1 > first:
        stem = words.stems[k - 1]
        cut_open = stem in _OPENING and k < len(words.stems) and words.stems[k] in PREPOSITIONS
        if stem not in LEANING and not cut_open and not _initial(words, k - 1):
            break
        k -= 1
        while k - 1 > first and words.stems[k - 1] in words.stop_words:
            k -= 1
    return k


def _initial(words: Words, k: int) -> bool:
    """Word ``k`` is a lone capital letter that opens initials going on after the wording
    ("by U" of "by U.S. companies"): a wording ending there is cut inside a name."""
    nxt = k + 1
    return (
        len(words.stems[k]) == 1
        and words.caps[k]
        and nxt < len(words.stems)
        and len(words.stems[nxt]) == 1
        and words.caps[nxt]
    )


def _before_connective(words: Words, first: int, last: int) -> int:
    """``last`` moved back before a connective of several words the wording ends inside
    ("… between Japan and the United States as well" of "… as well as with the international
    community"), with the stop words before it; ``last`` when it ends inside none."""
    if not 0 < last <= len(words.stems):
        return last  # a connective ends inside the wording only if its last word is one
    for phrase, place in _BEFORE_END.get(words.stems[last - 1], ()):
        at = last - 1 - place  # the wording's last word is the connective's word ``place``
        if at > first and words.stems[at : at + len(phrase)] == phrase:
            while at - 1 > first and words.stems[at - 1] in words.stop_words:
                at -= 1
            return at
    return last


def named_apart(
    own: Words, mine: tuple[int, int], theirs_words: Words, theirs: tuple[int, int]
) -> bool:
    """Every content word the two wordings share is a name's on one side and a common word on
    the other ("Comprehensive Global Strategic Partnership" / "strategic technology
    partnership", "the Root Causes of Migration" / "irregular migration"): a name is not
    reworded into common words. A sentence's first word tells nothing by its capital."""
    cased = [
        {
            strip(w.stems[k]): w.caps[k]
            for k in range(*span)
            if k > 0 and w.stems[k] not in w.stop_words
        }
        for w, span in ((own, mine), (theirs_words, theirs))
    ]
    shared = cased[0].keys() & cased[1].keys()
    return bool(shared) and all(cased[0][s] != cased[1][s] for s in shared)
