"""One act said on the same thing in one place of each readout: a formula only one readout has
that is an act ("combat corruption"), and the act the other readout says there on the same
thing in other words ("countering corruption").

An analyst reading two readouts of a series pairs the two wordings of one point even when they
share one telling word, when each is the same kind of thing said in the same place: the
parties' act on a problem or an aim, a verb of :data:`ACTS` and its object ("combat climate
change" / "address the global climate and food security crises", "cooperate on climate goals"
/ "addressing climate change", "secure the release of hostages" / "secure a hostage deal").
The linking steps before this one need two shared stems (:mod:`slots`), a governing frame
(:mod:`framed`) or an owner (:mod:`owned`); one shared word alone is a coin flip (acc11,
acc20). Here the word must stand in the *objects* of two acts, and

- the two acts stand in **one place**: the two sentences of one aligned pair, or the unpaired
  sentences between the same two aligned pairs (:func:`gap_frames.passages`);
- at least one act holds a formula only its readout has, and no other act of the place shares
  a word with either (an act with two partners pairs nothing);
- the shared word is a noun of the object's first phrase (before a preposition other than
  "of"): no name (a capitalised word), stop word, stock word (:data:`phrases.STOCK`), noun said
  of any problem ("crisis", "situation", "challenge") or word of an adjective's ending
  ("global", "economic"): "enhance global health security" / "ensure
  rules governing global trade" share an adjective, "maintaining peace and stability" /
  "tackle challenges to regional stability" a word of the complement, neither the thing acted
  on;
- neither wording is a name, an office, boilerplate, an amount, or said in the other readout,
  and the two are not one formula (:func:`framed.refused`).

An act is a verb of :data:`ACTS` in the lower case that acts: in "-ing" form, after "to" or a
modal, or after "and" or a comma (a list of acts, "to end the pandemic, combat climate
change"); a verb inside another act of its sentence is part of it ("ensure Israel can defend
itself"). Its object runs to punctuation, to "and" before another act or a past-tense verb, or
to a word that opens another matter ("together with", "including") or a preposition before a
name ("in Guatemala": where, not what). The entries take places
no other entry tells (:func:`line_entries.entries`), run after :mod:`gap_frames`.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met in Guatemala City.\\n\\nThe Vice President expressed support for efforts to combat corruption in Guatemala.")
>>> b = from_text("They met in Guatemala City.\\n\\nThe Vice President reaffirmed her commitment to good governance, countering corruption, and labor rights.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'combat corruption', 'countering corruption')]
"""

from collections import Counter
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from readoutdiff.formulas.linking.comparing import Said
from readoutdiff.formulas.linking.line_entries import Busy, OneSided, Wording, entries, held_in
from readoutdiff.formulas.linking.open_sentences import read_once, readable
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.unpaired.framed import Framed, refused
from readoutdiff.formulas.unpaired.gap_frames import Passages
from readoutdiff.formulas.words.phrases import STOCK, Words, stem
from readoutdiff.formulas.words.roles import PREPOSITIONS, REPORTING
from readoutdiff.formulas.words.wording import strip, stripped_from
from readoutdiff.model import Formula

_VERBS = """combat counter fight tackle address confront curb secure achieve advance promote
strengthen deepen expand enhance bolster ensure uphold defend protect maintain preserve build
boost improve foster pursue cooperate deliver reduce prevent resolve""".split()
ACTS = frozenset(
    strip(stem(form))
    for verb in _VERBS
    for form in (verb, verb + "ing", verb.removesuffix("e") + "ing")
)
"""Verbs of the parties' act on a problem or an aim, bare and in "-ing" (stripped stems:
"address" and "addressing" strip to two)."""
_BEFORE = frozenset(("to", "can", "will", "must", "would", "could", "and"))
"""Words after which a verb of :data:`ACTS` acts ("to combat", "can defend", "and address")."""
_OTHER_MATTER = frozenset(("with", "together", "including", "while", "as", "which", "that"))
"""Words that end an act's object: what follows is another matter ("secure the release of
hostages together with an immediate ceasefire")."""
_ADJECTIVE = ("al", "ic", "ive", "ous", "ful", "ary", "ian", "ible", "able", "ly")
"""Endings of adjectives and adverbs ("global", "economic", "humanitarian", "globally"): a
shared qualifier is no shared thing."""
_STOCK = frozenset(map(strip, STOCK))
_GENERIC = frozenset(
    map(strip, "crisis crises situation issue challenge threat concern matter".split())
)
"""Nouns said of any problem: "fighting the climate crisis" / "help alleviate the humanitarian
crisis" (biden-pope-francis) share the word, not the thing."""
_FORMS = frozenset(form for act in ACTS for form in stripped_from(act))
"""Every stem that may strip to a verb of :data:`ACTS` (:func:`stripped_from`, some more): a
sentence holding none has no act (one set test)."""
Places = tuple[
    tuple[AbstractSet[int], AbstractSet[int]],
    tuple[Mapping[int, Sequence[int]], Mapping[int, Sequence[int]]],
    Passages,
]
"""The sentences of A and of B in a pair, each changed pair's partners, the unpaired passages."""
_LONGEST = 12
"""Words of an act's object read at most."""


# Annotations evaluated (no ``from __future__ import annotations``): ``NamedTuple`` makes a
# string annotation a ``ForwardRef``, which compiles it, and a process's first ``compile()``
# builds the ``ast`` types (~9 M instructions of a 500 KB command; see ``test_startup_imports.py``).
class Act(NamedTuple):
    """A verb of :data:`ACTS` and its object in one sentence."""

    sentence: int
    first: int
    """The verb."""
    last: int
    """Past the object's last word."""
    nouns: frozenset[str]
    """The stripped stems of the nouns of the object's first phrase."""


def changes(
    a: View, b: View, places: Places, said: Said,
    one_sided: OneSided, busy: Busy, ids: Counter[str],
) -> tuple[list[Formula], set[str]]:  # fmt: skip
    """The changed entries of one act said in one place of each readout, and the ids of the
    one-sided formulas they tell (``places``: the sentences of each readout in a pair, those of
    each changed aligned pair, :attr:`nearby.Placement.partners`, and the unpaired passages,
    :func:`gap_frames.passages`; the other arguments as :func:`gap_frames.changes`)."""
    only_a, only_b = one_sided
    if not only_a and not only_b:
        return [], set()
    memo_a: dict[str, list[Act]] = {}
    memo_b: dict[str, list[Act]] = {}
    found: list[Wording] = []
    for xs, ys in places_where(a, b, places, one_sided):
        acts_a = [act for x in xs for act in read_once(memo_a, a, x, acts_of)]
        acts_b = [act for y in ys for act in read_once(memo_b, b, y, acts_of)] if acts_a else []
        found += wordings(a, b, paired(acts_a, acts_b), one_sided, said, both=False)
    return entries(a, b, found, one_sided, busy, [], ids)


def wordings(
    a: View, b: View, pairs: Sequence[tuple[Act, Act]], one_sided: OneSided, said: Said,
    *, both: bool,
) -> list[Wording]:  # fmt: skip
    """The lines of ``pairs`` (an act or a span of A, one of B) that hold a formula only its
    readout has (on both sides with ``both``, else on one) and are not refused
    (:func:`refused_pair`), named by the nouns they share."""
    out: list[Wording] = []
    for ca, cb in pairs:
        in_a = bool(held_in(a, ca.sentence, ca.first, ca.last, one_sided[0]))
        in_b = bool(held_in(b, cb.sentence, cb.first, cb.last, one_sided[1]))
        if (in_a and in_b if both else in_a or in_b) and not refused_pair(a, b, ca, cb, said):
            name = tuple(sorted(ca.nouns & cb.nouns))
            out.append((ca.sentence, cb.sentence, (ca.first, ca.last, cb.first, cb.last), name))
    return out


def places_where(a: View, b: View, places: Places, one_sided: OneSided) -> Passages:
    """The sentences of A and of B of each place (a changed aligned pair, or the unpaired
    sentences between the same two pairs) where a one-sided formula stands."""
    held_a = {o.sentence for found in one_sided[0].values() for o in found}
    held_b = {o.sentence for found in one_sided[1].values() for o in found}
    (in_pair_a, in_pair_b), (of_a, of_b), runs = places
    in_pairs = held_a.intersection(of_a).union(*(of_b.get(y, ()) for y in held_b))
    out = [([x], readable(b, of_a[x])) for x in readable(a, sorted(in_pairs))]
    if held_a <= in_pair_a and held_b <= in_pair_b:
        return out  # no one-sided formula in an unpaired sentence
    for xs, ys in runs:
        if not held_a.isdisjoint(xs) or not held_b.isdisjoint(ys):
            out.append((xs, ys))
    return out


def acts_of(view: View, words: Words) -> list[Act]:
    """The acts of one sentence, none inside another."""
    stems, caps, breaks, stops = words.stems, words.caps, words.breaks, words.stop_words
    out: list[Act] = []
    if _FORMS.isdisjoint(stems):
        return out
    n = len(stems)
    for k in range(n - 1):
        if caps[k] or stems[k] not in _FORMS or (out and k < out[-1].last):
            continue
        if strip(stems[k]) not in ACTS:
            continue
        if not (stems[k].endswith("ing") or (k and (breaks[k] or stems[k - 1] in _BEFORE))):
            continue
        start = k + 1 + (stems[k + 1] == "on")  # "cooperate on climate goals"
        end = start
        while end < min(n, start + _LONGEST):
            word = stems[end]
            if end > start and breaks[end] or word in _OTHER_MATTER:
                break
            if word == "and" and end + 1 < n and _verb(stems[end + 1]):
                break
            if word in PREPOSITIONS and word != "of" and end + 1 < n and caps[end + 1]:
                break  # "in Guatemala": where, not what
            end += 1
        while end > start and (stems[end - 1] in stops or caps[end - 1] and end - 1 == start):
            end -= 1
        if end <= start:
            continue
        phrase = start
        while phrase < end and (stems[phrase] not in PREPOSITIONS or stems[phrase] == "of"):
            phrase += 1
        nouns = frozenset(strip(stems[j]) for j in range(start, phrase) if noun(words, j))
        if nouns:
            out.append(Act(words.sentence, k, end, nouns))
    return out


def _verb(stem_: str) -> bool:
    """Another act, a verb in "-ing" or in the past tense opens after "and": a second clause
    ("combatting the pandemic and providing … financing")."""
    return (
        stem_ == "to" or strip(stem_) in ACTS or stem_ in REPORTING
        or stem_.endswith(("ed", "ing"))
    )  # fmt: skip


def noun(words: Words, j: int) -> bool:
    """Word ``j`` may be the thing an act is on: lower case, no stop, stock or adjective word."""
    word = words.stems[j]
    return (
        not words.caps[j] and len(word) > 2 and word not in words.stop_words
        and strip(word) not in _STOCK and strip(word) not in _GENERIC
        and not word.endswith(_ADJECTIVE)
    )  # fmt: skip


def paired(acts_a: list[Act], acts_b: list[Act]) -> list[tuple[Act, Act]]:
    """The acts of A and of B whose objects share a noun, each with no other partner."""
    pairs = [(ca, cb) for ca in acts_a for cb in acts_b if not ca.nouns.isdisjoint(cb.nouns)]
    count_a = Counter(ca for ca, _ in pairs)
    count_b = Counter(cb for _, cb in pairs)
    return [(ca, cb) for ca, cb in pairs if count_a[ca] == 1 and count_b[cb] == 1]


def refused_pair(a: View, b: View, ca: Act, cb: Act, said: Said) -> bool:
    """The two acts say no line reworded (:func:`framed.refused`), or the same words."""
    wa, wb = a.words[ca.sentence], b.words[cb.sentence]
    if wa.stems[ca.first : ca.last] == wb.stems[cb.first : cb.last]:
        return True
    at_a = Framed(ca.sentence, ca.first, ca.first, ca.last, "")
    at_b = Framed(cb.sentence, cb.first, cb.first, cb.last, "")
    return refused(a, b, (at_a, ca.last), (at_b, cb.last), said)
