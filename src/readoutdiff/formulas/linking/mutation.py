"""Where a formula's wording stands reworded in a sentence of the other readout.

:func:`place` scores the words around one shared word of the other side as the rewording of a
formula: they must share at least ``MIN_SHARED`` content stems with the formula's clause (one
of them the formula's own), at least ``MIN_SHARE`` of the longer wording's content words, and
differ in their content words, and share one that is neither a name nor a reporting verb
("holding President Putin accountable" / "President Putin's brutal war" share only names);
a country's adjective on one side and the country as the owner of a thing on the other are one
shared word toward the share, not toward ``MIN_SHARED`` ("in the face of Russian aggression" /
"in the face of Russia's ongoing aggression against Ukraine"); a name and stock words only,
said in the other order and without the formula's head, are a chance share ("further security
assistance for Ukraine" / "Ukraine's ports without further delay"); of the formula's own words,
the place must keep more than its names ("imposing costs on Russia for its aggression" /
"Russia's ongoing aggression" shares Russia and the clause's "aggression", branch fat2);
or, for a formula that coordinates one-word members (alone or before the noun they qualify:
"unprovoked and unjustified attack"), stand in a coordination as long that keeps at least half
of them, not only stock words of formulas for a formula with its noun ("unjustified and
unprovoked" / "brutal and unprovoked"). The wordings start after the words that only introduce them, even
when both sides share those ("They expressed their shared commitment …": "shared commitment
…"), and end before stop words. When the formula ties the shared words to its head with a
preposition and an article, and the other side ties them the same way, the other wording
takes its own head noun there ("support to the Ukrainian people" / "assistance to the
Ukrainian people", not the shared object alone: that is the topic, no rewording).
:mod:`readoutdiff.formulas.linking.slots` chooses among the places.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from readoutdiff.formulas.matching.content_words import clause, content, counts, headed, trimmed
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.words import coordination, edges
from readoutdiff.formulas.words.phrases import STOCK, Words
from readoutdiff.formulas.words.roles import ARTICLES, ASPECT, INTRODUCING, PREPOSITIONS, STOP_WORDS
from readoutdiff.formulas.words.whole_words import han, shared_words
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, strip

MIN_SHARED = 2
"""Content stems the two wordings must share."""
MIN_SHARE = 0.5
"""Shared content stems over the content words of the longer wording."""
NEAR = 6
"""How far from its anchor a shared word of the other side may stand."""
_INTRODUCING = frozenset(map(strip, INTRODUCING))
"""Stripped stems of the words that introduce a formula rather than say it."""


_STOCK = frozenset(map(strip, STOCK | ASPECT)) | _INTRODUCING
"""Stripped stems of the stock words of readouts and of aspect ("continued", "joint
efforts", "close cooperation"), and of the introducing words."""


def _said(stems: Sequence[str]) -> list[str]:
    """``stems`` (stripped) without subject words and reporting verbs."""
    return [s for s in stems if s not in _INTRODUCING]


_CROSSING = coordination.JOINS | {"as"}
"""Words that join two phrases or open a clause ("… Ukraine's defense as Russia continues")."""

_AWAY = frozenset("into through across via from by at over under toward towards".split())
"""Prepositions that tie an adverbial complement to a phrase ("… across the Indo-Pacific
*through* open and transparent work", "inject more stability *into* the world"): a shared word
after one, and before it in the formula, qualifies another thing. Not "of", "for", "to", "on"
or "in", across which a compound is said the other way round ("hostage release" / "release
of the hostages", "climate cooperation" / "cooperation on climate"), nor "with", which gives
a thing to its receiver ("supporting Ukraine" / "providing Ukraine with the support")."""


def _crossed(theirs: Words, matches: Sequence[tuple[int, int]]) -> bool:
    """The shared words stand in the formula's order reversed across an "and" joining two
    phrases ("confront climate change and tackle …" / "tackling the climate crisis") or an
    "as" opening a clause ("continued support for Ukraine" / "support for Ukraine's defense as
    Russia continues its assaults") or a preposition of :data:`_AWAY` ("free and open
    Indo-Pacific" / "the Indo-Pacific through open and transparent work"); the members of one
    list may swap ("humanitarian and security assistance")."""
    for (q1, k1), (q2, k2) in pairwise(sorted(matches)):
        span = coordination.around(theirs, q1)
        listed = span is not None and span[0] <= q1 and q2 < span[1]
        if (
            k2 < k1
            and not listed
            and any(s in _CROSSING or s in _AWAY for s in theirs.stems[q1:q2])
        ):
            return True
    return False


def place(
    own: Occurrence, words: Words, around: Mapping[str, Sequence[int]], core: set[str],
    theirs: Words, p: int, texts: tuple[str, str] = ("", ""), *, telling: bool = False,
) -> tuple[float, tuple[int, int], tuple[int, int]] | None:  # fmt: skip
    """Score the other side's words around ``p`` as the rewording of ``own`` (``texts``: the
    two readouts' texts, own first, to read possessives and names off; ``telling``: a shared
    word must be more than a name or a stock word of readouts, see :mod:`slots`)."""
    matches = _matches(own, (words, theirs), around, p, texts)
    # Named as the formula's side says it: a country's adjective on the other side is the
    # formula's own word ("Russian" for "Russia's"), not a word the formula lacks.
    shared = {strip(words.stems[k]) for _, k in matches}
    if len(shared) == 1 and shared & core:
        return _member_swapped(own, words, theirs, p)
    # A country named alike on both sides counts toward the share, not toward the words two
    # wordings must have in common: a name and one word make no rewording.
    alike = {strip(theirs.stems[q]) for q, _ in matches} & shared
    if len(alike) < MIN_SHARED or not shared & core:
        return None
    if _own_names_only(own, words, matches, core):
        return None  # "imposing costs on Russia" / "Russia's ongoing aggression": a name kept
    if _crossed(theirs, matches):
        return None  # two phrases joined: "confront climate change and tackle challenges"
    if _only_names_shared(theirs, matches):
        return None  # only names and reporting verbs in common: "holding President Putin …"
    if telling and _only_stock_shared(theirs, matches):
        return None  # "continued close cooperation" / "bolster U.S.-Philippines cooperation"
    if (
        _name_and_stock_reversed(theirs, matches)
        and _head(words, own.first, own.last) not in shared
    ):
        return None  # "further security assistance for Ukraine" / "Ukraine's ports without
        # further delay": a name and a stock word that qualifies another head
    mine_at = [own.first, own.last - 1, *(k for _, k in matches)]
    theirs_at = [q for q, _ in matches]
    own_span = (min(mine_at), max(mine_at) + 1)
    last_shared = _last_shared(words, own_span, shared)
    # A member the formula adds after the shared words ("sovereignty and territorial
    # integrity" / "its sovereignty in the face of …"): no head noun to look for in the slot,
    # and the other's wording is the formula less that member, not words cut from a topic.
    added = last_shared + 1 < own_span[1] and words.stems[last_shared + 1] in coordination.JOINS
    tail = 0 if added else len(content(words, last_shared + 1, own_span[1]))
    other_span = _grow(theirs, min(theirs_at), max(theirs_at) + 1, tail)
    other_span = _led(words, own_span, shared, theirs, other_span)
    # Neither wording ends on a possessive: it takes what the possessive owns.
    own_span = (own_span[0], edges.owned(texts[0], words, own_span[1]))
    other_span = (other_span[0], edges.owned(texts[1], theirs, other_span[1]))
    mine, other = content(words, *own_span), content(theirs, *other_span)
    if (
        all(map(han, shared))
        and len(shared_words(words.stems[slice(*own_span)], theirs.stems[slice(*other_span)]))
        < MIN_SHARED
    ):
        return None  # characters in common, not words: "作为联合" / "务实合作"
    if sorted(_said(mine)) == sorted(_said(other)):
        return None  # the same words, introduced by another subject or reporting verb
    if set(other) <= shared and _head(words, *own_span) not in shared and not added:
        return None  # words cut from around a topic the other side names: "COVID-19 pandemic"
    score = len(shared) / max(len(mine), len(other))
    if score < MIN_SHARE:
        return None
    return (
        score,
        trimmed(words, *own_span, keep=(own.first, own.last), text=texts[0]),
        trimmed(theirs, *other_span, text=texts[1]),
    )


def _matches(
    own: Occurrence, sides: tuple[Words, Words], around: Mapping[str, Sequence[int]], p: int,
    texts: tuple[str, str] = ("", ""),
) -> list[tuple[int, int]]:  # fmt: skip
    """Pair each counted word of the clause around ``p`` with its nearest place in ``own``'s
    surroundings (``(theirs, mine)``), kept only where it joins the formula (``sides``: the
    formula's words and the other side's; ``texts``: their readouts' texts)."""
    words, theirs = sides
    lo, hi = clause(theirs, p, p + 1, NEAR)
    matches: list[tuple[int, int]] = []
    heads: set[str] | None = None  # the first letters of the clause's words, made when needed
    for q in range(lo, hi):
        stem = theirs.stems[q]
        if not counts(stem):
            continue
        stripped = strip(stem)
        places = around.get(stripped)
        if not places and theirs.caps[q]:
            heads = {word[:4] for word in around} if heads is None else heads
            if stripped[:4] in heads:
                places = _owned_alike(stripped, around, (words, texts[0]), (theirs, q, texts[1]))
        if places:
            matches.append((q, min(places, key=lambda k: (abs(k - own.first), k))))
    kept = _joined(own, words, {k for _, k in matches})
    return [(q, k) for q, k in matches if k in kept]


_DEMONYM_ENDINGS = frozenset(("n", "an", "ian", "ean", "es", "ese", "i"))
"""What English adds to a country's name, less its last vowel, for its people's adjective
("Russia" / "Russian", "Ukraine" / "Ukrainian", "China" / "Chinese", "Israel" / "Israeli")."""


def demonym(word: str, country: str) -> bool:
    """Say whether the stripped stem ``word`` is the adjective of the name ``country``.

    >>> demonym("russian", "russia"), demonym("ukrainian", "ukrain"), demonym("chines", "china")
    (True, True, True)
    >>> demonym("indiana", "india"), demonym("russia", "russian")
    (False, False)
    """
    if word[:4] != country[:4]:  # most pairs of names differ at once
        return False
    root = country.rstrip("aeo")
    return len(root) >= 4 and word.startswith(root) and word[len(root) :] in _DEMONYM_ENDINGS


def _owned_alike(
    stem: str, around: Mapping[str, Sequence[int]], mine: tuple[Words, str],
    theirs: tuple[Words, int, str],
) -> Sequence[int] | None:  # fmt: skip
    """The places of the clause's word that names, as the owner of a thing, the country whose
    adjective the other side says: "Russian aggression" / "Russia's ongoing aggression"
    (``stem``: the other side's word, at ``theirs``; ``mine``: the formula's words and text).
    A country said bare is in another role ("hold Russia accountable for its aggression" /
    "against Russian aggression"): no shared word then. None when no word is alike."""
    words, text = mine
    other_words, q, other_text = theirs
    owner = edges.possessive(other_text, other_words, q)
    for other, places in around.items():  # in the clause's order
        if demonym(stem, other):
            owned = [k for k in places if edges.possessive(text, words, k)]
        elif owner and demonym(other, stem):
            owned = list(places)
        else:
            continue
        return owned or None
    return None


def _own_names_only(
    own: Occurrence, words: Words, matches: Sequence[tuple[int, int]], core: set[str]
) -> bool:
    """Whether the only words of the formula itself that the place shares are names
    (capitalised past the sentence's first word): the rest it shares comes from the clause
    around the formula, so the place keeps who the formula is about and none of what it says
    ("imposing costs on Russia for its aggression" / "in the face of Russia's ongoing
    aggression", biden-macron 2023-03-07, the hand list's dropped). A name and a word of the
    formula's own ("the Kremlin's war against Ukraine" / "the Kremlin's war of choice") is a
    rewording still."""
    mine = {k for _, k in matches if own.first <= k < own.last and strip(words.stems[k]) in core}
    return bool(mine) and all(k > 0 and words.caps[k] for k in mine)


def _only_names_shared(theirs: Words, matches: list[tuple[int, int]]) -> bool:
    """Whether every shared word is a name (capitalised past the first word) or introducing."""
    return not any(
        (q == 0 or not theirs.caps[q]) and strip(theirs.stems[q]) not in _INTRODUCING
        for q, _ in matches
    )


def _only_stock_shared(theirs: Words, matches: list[tuple[int, int]]) -> bool:
    """Whether every shared word is a name or a stock word of readouts (:data:`_STOCK`)."""
    return not any(
        (q == 0 or not theirs.caps[q]) and strip(theirs.stems[q]) not in _STOCK for q, _ in matches
    )


def _name_and_stock_reversed(theirs: Words, matches: list[tuple[int, int]]) -> bool:
    """Whether the shared words are names and stock words of readouts only, a name among
    them, and the other side says them in the other order: a chance share of a country and a
    common word ("further security assistance for Ukraine" / "Ukraine's ports without further
    delay"; fix8). The same order keeps the link ("support for the Euro-Atlantic aspirations"
    / "support for the Euro-Atlantic integration"), and so does a shared head
    (:func:`place`)."""
    if not _only_stock_shared(theirs, matches) or not any(q and theirs.caps[q] for q, _ in matches):
        return False
    return any(k2 < k1 for (_, k1), (_, k2) in pairwise(sorted(matches)))


def closest(
    own: Occurrence, own_words: Sequence[Words], other_words: Sequence[Words],
    held: Sequence[Occurrence],
) -> Occurrence | None:  # fmt: skip
    """The formula of ``held`` (the other side's) that shares the most content words with
    ``own``, the longest and first on a tie (None when none shares one)."""
    mine = set(content(own_words[own.sentence], own.first, own.last))
    best: tuple[int, int, int] | None = None
    found = None
    for o in held:
        shared = len(mine & set(content(other_words[o.sentence], o.first, o.last)))
        key = (shared, o.last - o.first, -o.first)
        if shared and (best is None or key > best):
            best, found = key, o
    return found


def _member_swapped(
    own: Occurrence, words: Words, theirs: Words, p: int
) -> tuple[float, tuple[int, int], tuple[int, int]] | None:  # fmt: skip
    """A coordinated formula (or a coordination and the noun it qualifies: "unprovoked and
    unjustified attack") whose other side keeps one member and swaps the rest, in a
    coordination as long: "unjustified and unprovoked" / "brutal and unprovoked"."""
    members = _members(words, own)
    if members is None:
        return None
    span = coordination.around(theirs, p)
    if span is None:
        return None
    mine, other = content(words, *members), content(theirs, *span)
    if len(mine) != len(other) or sorted(mine) == sorted(other):
        return None
    if members != (own.first, own.last):
        # Reached by few pairs: the stock words load only then.
        from readoutdiff.formulas.lexicon.stock import stock

        if set(mine) & set(other) <= stock():
            return None  # a stock word of formulas kept: "… and energy investments" /
            # "food and energy …"
    score = len(set(mine) & set(other)) / len(mine)
    # Each side with the head noun the members qualify: "… war" / "… invasion".
    own_span, other_span = headed(words, *members), headed(theirs, *span)
    return (score, own_span, other_span) if score >= MIN_SHARE else None


def _members(words: Words, own: Occurrence) -> tuple[int, int] | None:
    """The coordination of one-word members the formula is, or that opens it and qualifies
    its last word; None when it is neither."""
    if coordination.is_coordination(words, own.first, own.last):
        return own.first, own.last
    span = coordination.around(words, own.first)
    if span is not None and span[0] == own.first and span[1] == own.last - 1:
        return span
    return None


def _joined(own: Occurrence, words: Words, matched: set[int]) -> set[int]:
    """The matched words of the formula, and those of its clause joined to it through matched
    words and stop words only. On the right a capitalised word stops the run: "with Russian
    President Vladimir Putin" is a name, not part of the formula's wording; unless the other
    side says it too and says the formula's head, its last word, and nothing the other side
    says follows it (:func:`_closing_name`): then the name closes the head's complement
    ("commitment to the Philippines" / "commitment to the defense of the Philippines", acc20)."""
    kept = {k for k in matched if own.first <= k < own.last}
    k = own.first - 1
    while k >= 0 and (k in matched or words.stems[k] in STOP_WORDS):
        kept.add(k)
        k -= 1
    k = own.last
    while k < len(words.stems) and (k in matched or words.stems[k] in STOP_WORDS):
        if words.caps[k] and not _closing_name(words, k, own, matched):
            break
        kept.add(k)
        k += 1
    return kept & matched


def _closing_name(words: Words, k: int, own: Occurrence, matched: set[int]) -> bool:
    """The name at ``k`` closes the formula's complement: the other side says it, every word of
    it, and the formula's head (its last word), and the name is followed by the end of the sentence or a
    stop word (a possessive going on to what it owns, "to Ukraine's sovereignty …", stops the
    run as before)."""
    if k not in matched or own.last - 1 not in matched:
        return False
    end = k
    while end < len(words.stems) and words.caps[end]:
        end += 1
    if not matched.issuperset(range(k, end)):  # the other side says only part of the name:
        return False  # "Russian President Vladimir" of "… Vladimir Putin via video link"
    return end == len(words.stems) or words.stems[end] in STOP_WORDS


def _last_shared(words: Words, own_span: tuple[int, int], shared: set[str]) -> int:
    """The formula's last content word the other side shares (its last word if none)."""
    return max(
        (k for k in range(*own_span) if strip(words.stems[k]) in shared and counts(words.stems[k])),
        default=own_span[1] - 1,
    )


def _grow(theirs: Words, first: int, last: int, tail: int) -> tuple[int, int]:
    """Take up to ``tail`` more content words of the clause after ``last``: the other side's
    head noun in the formula's slot ("unprovoked war" / "unprovoked aggression")."""
    end = last
    while tail and end < len(theirs.stems) and not theirs.breaks[end]:
        stem = theirs.stems[end]
        if stem in CLAUSE_WORDS:
            break
        end += 1
        if counts(stem):
            tail -= 1
            last = end
    return first, last


def _led(
    words: Words, own_span: tuple[int, int], shared: set[str], theirs: Words,
    other_span: tuple[int, int],
) -> tuple[int, int]:  # fmt: skip
    """Take the other side's head before the shared words when both tie them to it with the
    same preposition ("support to the Ukrainian people" / "assistance to the Ukrainian
    people"), as :func:`_grow` takes the head after them."""
    first = next(
        (k for k in range(*own_span) if counts(words.stems[k]) and strip(words.stems[k]) in shared),
        own_span[0],
    )
    tie, there = _tie(words, first), _tie(theirs, other_span[0])
    if tie is None or tie <= own_span[0] or not counts(words.stems[tie - 1]):
        return other_span
    if there is None or there < 1 or theirs.stems[there] != words.stems[tie]:
        return other_span
    head = there - 1
    if not counts(theirs.stems[head]) or theirs.caps[head] or theirs.stems[head] in CLAUSE_WORDS:
        return other_span
    return head, other_span[1]


def _tie(words: Words, k: int) -> int | None:
    """The preposition that ties word ``k``'s noun phrase to a head before it: a preposition
    and an article right before ``k`` in its clause (an article, so that the infinitive's
    "to" ties nothing: "committed to work together")."""
    at = k - 2
    if at < 0 or words.stems[at + 1] not in ARTICLES or words.stems[at] not in PREPOSITIONS:
        return None
    return None if words.breaks[at + 1] or words.breaks[k] else at


def _head(words: Words, first: int, last: int) -> str:
    """The head of a wording: its last content word before a preposition ("politicization" in
    "stigmatization and politicization of the pandemic"), else its last content word."""
    head = ""
    for k in range(first, last):
        stem = words.stems[k]
        if head and stem in PREPOSITIONS:
            break
        if counts(stem):
            head = strip(stem)
    return head
