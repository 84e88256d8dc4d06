"""A clause said again under the same governing frame with another object, in sentences the
aligner did not pair with each other.

A readout states a policy line as a governing noun, a preposition and its object ("their
commitment to the people of Ukraine", "cooperation on COVID-19", "pressure on Putin"), and the
next readout of the series says the same line under the same frame with the object
reworded ("their shared commitment to continue supporting the government and people of
Ukraine", "cooperation on ending the COVID-19 pandemic", "the pressure on Vladimir Putin's
regime"), often in a sentence that paired with nothing or with another. Here a **framed
clause** is

- a frame: a lower-case content word (no stop word, no word that introduces a formula, no
  verb in the past tense) and, right after it, a preposition that governs an object
  (:data:`GOVERNING`), with at most ``QUALIFIERS`` lower-case qualifiers before the word
  ("steadfast support for", "continued international efforts to"); or "to" and the verb
  after it, the verb's object reworded ("to advance bilateral security and economic cooperation"
  -> "to advance cooperation on a range of security, economic, and diplomatic issues"), but a
  verb that governs no object of its own (:data:`_NO_FRAME`: "to continue to", "to work
  together") or introduces a formula ("to discuss");
- its object: the words after the preposition to the end of the clause (punctuation, a
  clause word, "as", "including"), at most ``OBJECT`` words.

Two framed clauses, one of each readout, are one line reworded, a *changed* entry, when
their frames have the same word (inflection stripped); their objects share a word that
tells something (no stop or stock word: :data:`phrases.STOCK`) other than an owner alone (a
possessive that owns another thing on each side: "support for Uzbekistan's continuing
reforms" / "support for Uzbekistan's sovereignty" are two lines), and do not open with the
same two content words (a kept opening with another continuation is
:mod:`openings`'s); the two sentences stand near each other (:func:`nearby.window`) and
were not aligned without change. Each wording runs from its first qualifier to the last word
its object shares with the other's (a name's next word with it: "U.S.-EU partnership").
Neither wording is a name, an office, a date, boilerplate or a cut (:func:`noise.why`), holds
an amount, ends in a verb in the past tense, or is said in the other readout; the two are not
one formula (:func:`wording.same_formula`). Pairs are taken best first (the most shared
words, then the places first in both readouts, then the two wordings in alphabetical order:
the same order whichever readout is A), each clause once, none on a place another entry tells
(:func:`line_entries.entries`).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met in Kyiv.\\n\\nBoth leaders stressed the importance of sanctions in exerting pressure on Putin, and more.")
>>> b = from_text("They met in Kyiv.\\n\\nHe set out his intention to increase the pressure on Vladimir Putin’s regime.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'exerting pressure on Putin', 'pressure on Vladimir Putin’s regime')]
"""

from collections import Counter
from typing import NamedTuple

from readoutdiff.formulas.linking.comparing import Said
from readoutdiff.formulas.linking.line_entries import Busy, OneSided, Place, Wording, entries
from readoutdiff.formulas.linking.open_sentences import (
    Layout,
    near_pairs,
    read_once,
    readable,
    text_once,
)
from readoutdiff.formulas.mining import noise
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words import edges
from readoutdiff.formulas.words.phrases import STOCK, Words, holds_amount
from readoutdiff.formulas.words.roles import ARTICLES, INTRODUCING
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, same_formula, strip
from readoutdiff.model import Formula

GOVERNING = frozenset(("to", "for", "on", "with", "against", "between"))
"""Prepositions that tie a frame to its object."""
QUALIFIERS = 2
OBJECT = 10
_ENDS = CLAUSE_WORDS | frozenset(("as", "including"))
_STOCK = frozenset(map(strip, STOCK))
_ADVERB = ("ed", "ly", "together")
"""Endings of words that frame nothing: a verb in the past tense (what the readout narrates)
or an adverb ("closely with", "together with")."""
_NO_FRAME = frozenset(("be", "have", "do", "continue", "work", "make", "take", "help"))
"""Verbs after "to" that govern no object of their own ("to continue to", "to work together")."""
WIDE = 4
"""Shared words with which two objects that share ``SAME`` of their words say one line."""
SAME = 2 / 3


# Annotations evaluated (no ``from __future__ import annotations``): ``NamedTuple`` makes a
# string annotation a ``ForwardRef``, which compiles it, and a process's first ``compile()``
# builds the ``ast`` types (~9 M instructions of a 500 KB command; see ``test_startup_imports.py``).
class Framed(NamedTuple):
    """A framed clause: words [first, last) of a sentence, its frame word and where its
    object starts."""

    sentence: int
    first: int
    frame: int
    """The frame's word (or "to" before a verb): its object starts two words after it."""
    last: int
    word: str
    """The frame's word, inflection stripped ("to " and the verb for a verb after "to")."""
    keys: tuple[str, ...] = ()
    """The object's stems, inflection stripped ("" for a stop word)."""


def changes(
    a: View, b: View, placed: Layout, said: Said, one_sided: OneSided, busy: Busy,
    ids: Counter[str] | None = None, near: dict[int, set[int]] | None = None,
) -> tuple[list[Formula], set[str]]:  # fmt: skip
    """The changed entries of framed clauses said with another object, and the ids of the
    one-sided formulas they tell (``placed``: where the aligner put the sentences; ``said``:
    whether a wording stands in a readout; ``one_sided``: the formulas left; ``busy``: places
    told; ``near``: :func:`near_pairs` of the readable open sentences, when read already)."""
    memo: dict[str, list[Framed]] = {}  # a sentence said again is read once
    # Only the open sentences near an open one of the other readout are read (at 500 KB some
    # half of them): nearness is told pair by pair, so their clauses pair as among all.
    if near is None:  # read by the caller for owned phrases too
        near = near_pairs(placed, readable(a, placed.open_a), readable(b, placed.open_b))
    # Only the sentences near one of the other readout that may say a frame word of theirs
    # are read for clauses (:func:`frame_words`: at 500 KB some third of them): a clause
    # pairs only with one of the same word in a near sentence, so the pairs are the same.
    said_a, said_b = _near_frames(a, b, near)
    in_a = [c for x in near if x in said_a for c in read_once(memo, a, x, clauses)]
    in_b = [c for y in sorted(said_b) for c in read_once(memo, b, y, clauses)]
    words = {c.word for c in in_a} & {c.word for c in in_b}
    if not words:
        return [], set()
    in_a = [c for c in in_a if c.word in words]
    by_sentence: dict[int, list[Framed]] = {}
    for cb in in_b:
        if cb.word in words:
            by_sentence.setdefault(cb.sentence, []).append(cb)
    # An object's keys are read only for the clauses near one with the same frame word (some
    # 150 of 615 at 500 KB), once per sentence text and place (an object said again).
    keyed: dict[tuple[str, int, int], tuple[str, ...]] = {}
    ranked = []
    for ca in in_a:
        those = [cb for y in sorted(near.get(ca.sentence, ())) for cb in by_sentence.get(y, ())]
        if any(cb.word == ca.word for cb in those):
            ca = _keyed(a, ca, keyed)
        for cb in those:
            found = _wordings(a, b, ca, _keyed(b, cb, keyed), said) if cb.word == ca.word else None
            if found is not None:
                ranked.append(found)
    ranked.sort(key=lambda r: r[0])
    used: set[tuple[int, int, int]] = set()
    chosen: list[Wording] = []
    for _, ca, cb, wording in ranked:
        if (0, ca.sentence, ca.frame) in used or (1, cb.sentence, cb.frame) in used:
            continue
        used |= {(0, ca.sentence, ca.frame), (1, cb.sentence, cb.frame)}
        chosen.append(wording)
    taken: list[Place] = []
    return entries(a, b, chosen, one_sided, busy, taken, ids if ids is not None else Counter())


def _near_frames(a: View, b: View, near: dict[int, set[int]]) -> tuple[set[int], set[int]]:
    """The A sentences of ``near`` and the B sentences near them whose :func:`frame_words`
    meet: the only ones whose clauses may pair (each sentence's words read once per text)."""
    seen: dict[str, frozenset[str]] = {}
    said_a: set[int] = set()
    said_b: set[int] = set()
    of_b: dict[int, frozenset[str]] = {}
    for x, ys in near.items():
        if not ys or not (mine := text_once(seen, a, x, frame_words)):
            continue
        for y in ys:
            theirs = of_b.get(y)
            if theirs is None:
                theirs = of_b[y] = text_once(seen, b, y, frame_words)
            if not mine.isdisjoint(theirs):
                said_a.add(x)
                said_b.add(y)
    return said_a, said_b


def frame_words(view: View, words: Words) -> frozenset[str]:
    """The frame words :func:`clauses` may find in a sentence (with :data:`GOVERNING`), and
    maybe more: its tests of each word itself, not those of the words around it (a clause's
    word is always among these). Read before the clauses, which cost some five times more: a
    sentence none of whose frame words a near sentence of the other readout says has no
    clause that pairs (:func:`changes`). ``view`` is not read: it takes what :func:`clauses`
    takes, to be read once per sentence text by :func:`open_sentences.text_once`."""
    stems, caps, stops = words.stems, words.caps, words.stop_words
    n = len(stems)
    out: set[str] = set()
    for j in [j for j in range(1, n - 1) if stems[j] in GOVERNING]:
        stem = stems[j - 1]
        if not (
            caps[j - 1] or stem in stops or stem in INTRODUCING or not stem.isalpha()
            or stem.endswith(_ADVERB)
        ):  # fmt: skip
            out.add(strip(stem))
        if stems[j] == "to" and j + 2 < n:
            verb = stems[j + 1]
            if caps[j + 1] or verb in stops or verb in INTRODUCING or not verb.isalpha():
                continue
            if not verb.endswith(_ADVERB) and verb not in _NO_FRAME:
                out.add("to " + strip(verb))
    return frozenset(out)


def clauses(
    view: View, words: Words, prepositions: frozenset[str] = GOVERNING, within: range | None = None
) -> list[Framed]:
    """The framed clauses of one sentence of ``view`` (their keys left out: :func:`_keyed`);
    with ``within``, only those whose governing word (the preposition after the noun, or "to")
    follows a word of that range: a noun's clause runs from before its noun to past it."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    out: list[Framed] = []
    n = len(stems)
    places = (
        range(1, n - 1)
        if within is None
        else range(max(1, within.start + 1), min(n - 1, within.stop + 1))
    )
    governing = [j for j in places if stems[j] in prepositions]
    for k in [j - 1 for j in governing]:
        stem = stems[k]
        if caps[k] or stem in words.stop_words or stem in INTRODUCING or not stem.isalpha():
            continue
        if stem.endswith(_ADVERB) or breaks[k + 1] or breaks[k + 2]:
            continue
        last = _object_end(words, k + 2)
        first = k
        while (
            first > 0 and k - first < QUALIFIERS and not breaks[first] and not caps[first - 1]
            and stems[first - 1] not in words.stop_words and stems[first - 1] not in INTRODUCING
        ):  # fmt: skip
            first -= 1
        out.append(Framed(words.sentence, first, k, last, strip(stem)))
    return out + _infinitives(words, [j for j in governing if stems[j] == "to" and j + 2 < n])


def _infinitives(words: Words, places: list[int]) -> list[Framed]:
    """The clauses of one sentence framed by a verb after "to" and its object ("to advance
    bilateral security and economic cooperation"): the frame is "to", its word the verb
    (``places``: where "to" stands, two words at least before the end)."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    out: list[Framed] = []
    for t in places:
        verb = stems[t + 1]
        if caps[t + 1] or verb in words.stop_words or verb in INTRODUCING or not verb.isalpha():
            continue
        if verb.endswith(_ADVERB) or breaks[t + 1] or breaks[t + 2] or verb in _NO_FRAME:
            continue
        out.append(Framed(words.sentence, t + 1, t, _object_end(words, t + 2), "to " + strip(verb)))
    return out


def _object_end(words: Words, start: int) -> int:
    """Past the last word of the object that starts at word ``start``: up to the end of its
    clause (punctuation, a clause word, "as", "including"), at most ``OBJECT`` words."""
    stems, breaks = words.stems, words.breaks
    last = start
    while last < len(stems) and last - start < OBJECT and stems[last] not in _ENDS:
        if last > start and breaks[last] and len(stems[last - 1]) > 1:
            break  # punctuation ends the clause, not the full stop of "U.S."
        last += 1
    return last


def _keyed(view: View, clause: Framed, memo: dict[tuple[str, int, int], tuple[str, ...]]) -> Framed:
    """``clause`` with its object's keys (read only for a clause near one with its frame
    word), read once per sentence text and place (``memo``: the keys look at that sentence's
    words only)."""
    at = (view.readout.sentences[clause.sentence].text, clause.frame, clause.last)
    keys = memo.get(at)
    if keys is None:
        words = view.words[clause.sentence]
        text = view.readout.text
        keys = memo[at] = tuple(_key(text, words, j) for j in range(clause.frame + 2, clause.last))
    return clause._replace(keys=keys)


def _wordings(
    a: View, b: View, ca: Framed, cb: Framed, said: Said
) -> tuple[tuple[int, int, int, str, str], Framed, Framed, Wording] | None:
    """The two wordings of a pair of framed clauses, with their rank, or None."""
    if two_things(a, b, ca, cb):
        return None
    shared = (set(ca.keys) & set(cb.keys)) - {""}
    opening_a = [k for k in ca.keys if k][:2]
    if len(opening_a) == 2 and opening_a == [k for k in cb.keys if k][:2]:
        return None
    told_a, told_b = set(ca.keys) - {""} - _STOCK, set(cb.keys) - {""} - _STOCK
    both = told_a & told_b
    if len(both) >= WIDE and len(both) >= SAME * max(len(told_a), len(told_b)):
        return None  # the same line, a word or two changed: no other line
    wa, wb = a.words[ca.sentence], b.words[cb.sentence]
    la, lb = _end(wa, ca, shared), _end(wb, cb, shared)
    if wa.stems[ca.frame + 2 : la] == wb.stems[cb.frame + 2 : lb]:
        return None  # the same object: only a qualifier of the frame changed
    if refused(a, b, (ca, la), (cb, lb), said):
        return None
    at_a, at_b = wa.start(ca.first), wb.start(cb.first)
    name = (ca.word, *sorted(shared - _STOCK))
    wording = (ca.sentence, cb.sentence, (ca.first, la, cb.first, lb), name)
    # Two pairs placed alike (A's clause at p and B's at q, or A's at q and B's at p: a frame
    # said twice on each side, "commitment to commitment to …") tie on places; their words,
    # the two read in one order, tell them apart whichever readout is A (sym1).
    first, second = sorted(
        (a.readout.text[at_a : wa.end(la - 1)], b.readout.text[at_b : wb.end(lb - 1)])
    )
    return (-len(shared), at_a + at_b, min(at_a, at_b), first, second), ca, cb, wording


def two_things(a: View, b: View, ca: Framed, cb: Framed) -> bool:
    """Whether two clauses of one frame word (their keys read: :func:`_keyed`) say two
    lines: their objects share no telling word, or one word that is not the object itself
    ("... of Gaza" / "... in Gaza"), or only an owner ("for Uzbekistan's reforms" / "...
    sovereignty"). :mod:`role_objects` asks it of two objects of one reporting verb."""
    shared = (set(ca.keys) & set(cb.keys)) - {""}
    if not shared - _STOCK:
        return True
    if len(shared) != 1:
        return False
    wa, wb = a.words[ca.sentence], b.words[cb.sentence]
    if not (_opens(wa, ca, shared) and _opens(wb, cb, shared)):
        return True  # one word shared, and not the object itself: "... of Gaza" / "... in Gaza"
    # only the owner shared: "for Uzbekistan's reforms" / "... sovereignty"
    return _owns(a.readout.text, wa, ca, shared) and _owns(b.readout.text, wb, cb, shared)


def refused(
    a: View, b: View, at_a: tuple[Framed, int], at_b: tuple[Framed, int], said: Said
) -> bool:
    """Whether the wordings of two clauses, each run to a word (``at_a``: A's clause and past
    its last word), say no line reworded: a name, an office, a date, boilerplate or a cut
    (:func:`noise.why`), an amount, a verb in the past tense at the end, one formula, or a
    wording the other readout says."""
    (ca, la), (cb, lb) = at_a, at_b
    wa, wb = a.words[ca.sentence], b.words[cb.sentence]
    for words, first, last in ((wa, ca.first, la), (wb, cb.first, lb)):
        if noise.why(words, first, last) or holds_amount(words, first, last):
            return True
        if words.stems[last - 1].endswith("ed"):
            return True
    text_a = a.readout.text[wa.start(ca.first) : wa.end(la - 1)]
    text_b = b.readout.text[wb.start(cb.first) : wb.end(lb - 1)]
    if same_formula(text_a, text_b):
        return True
    return said(text_a, b.readout.text) or said(text_b, a.readout.text)


def _key(text: str, words: Words, k: int) -> str:
    """The word's stem, inflection stripped; "" for a stop word, and for a name that only
    qualifies the noun after it ("Russian energy"): the object is the noun."""
    stems, caps = words.stems, words.caps
    if stems[k] in words.stop_words:
        return ""
    after = stems[k + 1] if k + 1 < len(stems) and not words.breaks[k + 1] else ""
    if caps[k] and after.isalpha() and not caps[k + 1] and after not in words.stop_words:
        return "" if not _owner(text, words, k) else strip(stems[k])
    return strip(stems[k])


def _owner(text: str, words: Words, k: int) -> bool:
    """Word ``k`` is a possessive ("Putin's regime"): it names the object's owner."""
    return edges.possessive(text, words, k)


def _opens(words: Words, clause: Framed, shared: set[str]) -> bool:
    """One of ``shared`` is the object itself: its first word (an article aside), or a word
    of the name that opens it."""
    k = clause.frame + 2
    if k < clause.last - 1 and words.stems[k] in ARTICLES:
        k += 1
    if clause.keys[k - clause.frame - 2] in shared:
        return True
    while k + 1 < clause.last and words.caps[k] and words.caps[k + 1] and not words.breaks[k + 1]:
        k += 1
        if clause.keys[k - clause.frame - 2] in shared:
            return True
    return False


def _owns(text: str, words: Words, clause: Framed, shared: set[str]) -> bool:
    """Every word of the object that ``shared`` holds is a possessive that owns the word after
    it ("Uzbekistan's" in "for Uzbekistan's continuing reforms"): the object shares its owner
    with the other's, not the thing owned."""
    start = clause.frame + 2
    at = [start + i for i, k in enumerate(clause.keys) if k in shared]
    return bool(at) and all(edges.owns(text, words, k) for k in at)


def _end(words: Words, clause: Framed, shared: set[str]) -> int:
    """Past the last object word the other's object shares, with the noun a name there
    qualifies ("the COVID-19 pandemic", "Putin's regime")."""
    start = clause.frame + 2
    last = max(start + i for i, k in enumerate(clause.keys) if k in shared) + 1
    stems = words.stems
    if (
        (words.caps[last - 1] or stems[last - 1].isdigit())
        and last < clause.last
        and not words.breaks[last]
        and (stems[last] not in words.stop_words and not words.caps[last])
    ):
        last += 1
    return last
