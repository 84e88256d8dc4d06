"""An owner's qualified noun said again with another owner or other qualifiers, wherever the
aligner put the two sentences.

Readouts name a standing thing by its owner, a few qualifiers and a head noun, and the next
readout of the series often says it again with the owner or the qualifiers changed: "his
unprovoked and unlawful war" -> "President Putin's brutal war", "the Russian Federation's
unprovoked war against Ukraine" -> "President Putin's ruinous war in Ukraine", in sentences
that were rewritten around it and so paired with nothing or with other sentences. Here an
**owned phrase** (:mod:`owned_phrases`) is an owner's qualified noun.

Two owned phrases, one of each readout, are one thing reworded, a *changed* entry, when they
have the same head (inflection stripped) but not two sets of complements that share no word
("Indonesia's leadership in ASEAN" / "its leadership on global health issues": one head on
two subjects), or two heads that name one war ("attack",
"invasion", "war", "aggression") with the same owner or against the same target, and neither
holds words of a formula both readouts keep (that formula's entry tells the place); their
sentences stand near each other (each in the other's :func:`nearby.window`) and neither was
aligned without change; neither is said in the other readout (as the same formula:
:func:`wording.same_formula` with an owned phrase of the other side, or its words anywhere in
the other text); neither owner is a pronoun that
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
from collections.abc import Callable, Sequence

from readoutdiff.formulas.linking.comparing import Said
from readoutdiff.formulas.linking.line_entries import Busy, OneSided, Place, Wording, entries
from readoutdiff.formulas.linking.open_sentences import (
    Layout,
    near_pairs,
    read_once,
    readable,
    text_once,
)
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.unpaired.owned_phrases import TIES, Owned, heads, phrases, thing
from readoutdiff.formulas.words.roles import ARTICLES
from readoutdiff.formulas.words.wording import same_formula, strip
from readoutdiff.model import Formula

SAME_HEAD = 8
"""Wordings of the other readout with the same head a phrase is compared with (see _kept):
a readout says a thing a few times; a hostile text of thousands stays linear."""


def changes(
    a: View, b: View, placed: Layout, said: Said, one_sided: OneSided, busy: Busy,
    ids: Counter[str] | None = None, near: dict[int, set[int]] | None = None,
) -> tuple[list[Formula], set[str]]:  # fmt: skip
    """The changed entries of owned phrases reworded, and the ids of the one-sided formulas
    they tell (``placed``: where the aligner put the sentences; ``said``: whether a wording
    stands in a readout; ``one_sided``: the formulas left; ``busy``: places other entries
    tell; ``near``: :func:`near_pairs` of the readable open sentences, when read already)."""
    memo: dict[str, list[Owned]] = {}  # a sentence said again is read once
    xs, ys = readable(a, placed.open_a), readable(b, placed.open_b)
    if near is None:  # told pair by pair: the same for any sentences of these
        near = near_pairs(placed, xs, ys)
    if not _may_pair(a, b, near, memo, said):
        return [], set()
    in_a = [p for x in xs for p in read_once(memo, a, x, phrases)]
    in_b = [p for y in ys for p in read_once(memo, b, y, phrases)]
    heads = {thing(p.head) for p in in_a} & {thing(p.head) for p in in_b}
    if not heads:
        return [], set()
    in_a = [p for p in in_a if thing(p.head) in heads]
    in_b = [p for p in in_b if thing(p.head) in heads]
    texts_a, texts_b = _texts(a, in_a), _texts(b, in_b)
    said_a, said_b = _by_head(texts_a), _by_head(texts_b)
    judged: dict[tuple[str, int], bool] = {}  # each wording judged once a side

    def kept(side: int, phrase: Owned) -> bool:  # judged only for the phrases that may pair
        if side == 0:
            return _kept(
                texts_a[phrase], b.readout.text, said_b[thing(phrase.head)], (said, judged)
            )
        return _kept(texts_b[phrase], a.readout.text, said_a[thing(phrase.head)], (said, judged))

    chosen = _pick(a, b, near, (in_a, in_b), kept)
    taken: list[Place] = []
    return entries(a, b, chosen, one_sided, busy, taken, ids if ids is not None else Counter())


def _may_pair(
    a: View, b: View, near: dict[int, set[int]], memo: dict[str, list[Owned]], said: Said
) -> bool:  # fmt: skip
    """Two near sentences hold owned phrases :func:`_pick` may pair: one thing, neither a
    reference nor bare, neither said in the other readout's text. Read before the phrases of
    the sentences near none and the wordings each head has (at 500 KB every pair that gets
    this far is said in the other text: owned phrases recur)."""
    # Two phrases are one thing only when their heads name one (:func:`_one_thing`): the
    # phrases of a sentence are read only when its heads meet those of a near sentence of the
    # other readout (:func:`owned_phrases.heads`, read once per sentence text): the answer
    # is the same.
    seen: dict[str, frozenset[str]] = {}
    for x, ys in near.items():
        if not ys or not (things := text_once(seen, a, x, heads)):
            continue
        near_heads = {y: text_once(seen, b, y, heads) for y in ys}
        ys = {y for y, found in near_heads.items() if not things.isdisjoint(found)}
        mine = read_once(memo, a, x, phrases) if ys else []
        theirs = [pb for y in sorted(ys) for pb in read_once(memo, b, y, phrases)] if mine else []
        for pa, pb in ((pa, pb) for pb in theirs for pa in mine):
            if not _one_thing(pa, pb) or _referred(pa, pb) or _bare(pa) or _bare(pb):
                continue
            text_a, text_b = _texts(a, [pa])[pa], _texts(b, [pb])[pb]
            if not (said(text_a, b.readout.text) or said(text_b, a.readout.text)):
                return True
    return False


def _kept_ids(view: View) -> set[str]:
    """Ids of the formulas ``view`` says."""
    return {o.id for found in view.by_sentence.values() for o in found}


def _holds(view: View, phrase: Owned, kept: set[str]) -> bool:
    """The phrase holds words of a formula both readouts say: that formula's entry (persisted,
    or changed by its own words: "Russia's unprovoked and unjustified invasion" -> "its
    unjustified and unprovoked attack") tells the place, and a second entry would tell it
    twice."""
    return any(
        o.id in kept and o.first < phrase.last and phrase.first < o.last
        for o in view.by_sentence.get(phrase.sentence, ())
    )


def _texts(view: View, found: Sequence[Owned]) -> dict[Owned, str]:
    text, words = view.readout.text, view.words
    return {
        p: text[words[p.sentence].start(p.first) : words[p.sentence].end(p.last - 1)] for p in found
    }


def _by_head(texts: dict[Owned, str]) -> dict[str, list[str]]:
    """The distinct wordings of each head, in order."""
    out: dict[str, dict[str, None]] = {}
    for phrase, text in texts.items():
        out.setdefault(thing(phrase.head), {})[text] = None
    return {head: list(found) for head, found in out.items()}


def _kept(
    text: str, other: str, theirs: Sequence[str],
    memos: tuple[Said, dict[tuple[str, int], bool]],
) -> bool:  # fmt: skip
    """The other readout says the phrase too: its text, or one of the first ``SAME_HEAD``
    owned phrases with the same head there is the same formula (each wording judged once)."""
    said, kept = memos
    key = (text, id(other))
    found = kept.get(key)
    if found is None:
        found = said(text, other) or any(same_formula(text, t) for t in theirs[:SAME_HEAD])
        kept[key] = found
    return found


def _pick(
    a: View, b: View, near: dict[int, set[int]], found: tuple[Sequence[Owned], Sequence[Owned]],
    kept: Callable[[int, Owned], bool],
) -> list[Wording]:  # fmt: skip
    """One partner each among near sentences, best first: most shared words, then the places
    first in both; no phrase the other readout says too (``kept``)."""
    in_a, in_b = found
    heads: tuple[dict[str, list[Owned]], dict[str, list[Owned]]] = ({}, {})
    for side, phrases_of in enumerate(found):
        for phrase in phrases_of:
            heads[side].setdefault(thing(phrase.head), []).append(phrase)

    def alone(side: int, head: str) -> bool:  # the only one with its head the other lacks
        left = 0
        for phrase in heads[side][head]:
            left += not kept(side, phrase)
            if left > 1:
                return False
        return left == 1

    both: list[set[str]] = []  # the ids both say, read on the first pair of two heads

    def held(pa: Owned, pb: Owned) -> bool:
        if not both:
            both.append(_kept_ids(a) & _kept_ids(b))
        return _holds(a, pa, both[0]) or _holds(b, pb, both[0])

    by_sentence: dict[int, list[Owned]] = {}
    for pb in in_b:
        by_sentence.setdefault(pb.sentence, []).append(pb)
    ranked = []
    for pa in in_a:
        for y in sorted(near.get(pa.sentence, ())):
            for pb in by_sentence.get(y, ()):
                if not _one_thing(pa, pb) or _referred(pa, pb) or _bare(pa) or _bare(pb):
                    continue
                if kept(0, pa) or kept(1, pb):
                    continue
                if pa.head != pb.head and held(pa, pb):
                    continue  # two war heads over a formula both keep: its entry tells them
                shared = len(pa.said & pb.said)
                if not shared and not (alone(0, thing(pa.head)) and alone(1, thing(pb.head))):
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
        # Named by what both say: two war heads by the thing they name, not A's ("attack"
        # with "invasion" is war-…, whichever readout is A: tests/test_formulas_symmetry.py).
        head = pa.head if pa.head == pb.head else thing(pa.head)
        name = (head, *sorted(pa.said & pb.said))
        out.append((pa.sentence, pb.sentence, (pa.first, pa.last, pb.first, pb.last), name))
    return out


def _one_thing(x: Owned, y: Owned) -> bool:
    """The two phrases may name one thing: the same head, or two heads of one war
    (:data:`owned_phrases.WAR_WORDS`) with the same owner or against the same target
    ("Russia's attack on Ukraine" / "Russia's war against Ukraine", "… attack on Ukraine" /
    "the Kremlin's war against Ukraine"); "Hamas's attack on Israel" / "Israel's war against
    Hamas" are two."""
    if x.head == y.head:
        return not told_apart(x, y)
    if thing(x.head) != thing(y.head):
        return False
    return bool(x.owner) and x.owner == y.owner or bool(x.target) and x.target == y.target


def told_apart(x: Owned, y: Owned) -> bool:
    """Both heads have complements and the two share no word: the same head on two subjects
    ("Indonesia's leadership in ASEAN" / "its leadership on global health issues") names two
    things, not one reworded."""
    cx, cy = _complement(x), _complement(y)
    return bool(cx) and bool(cy) and cx.isdisjoint(cy)


def _complement(x: Owned) -> frozenset[str]:
    """The words of the head's complements ("asean" of "leadership in ASEAN"), ties and
    articles left out; empty when the head has none."""
    if not x.target:
        return frozenset()
    at = max(i for i, s in enumerate(x.owned) if thing(strip(s)) == thing(x.head))
    return frozenset(strip(s) for s in x.owned[at + 1 :]) - TIES - ARTICLES


def _bare(x: Owned) -> bool:
    """A pronoun and its head alone ("its territory", "its aggression"): a reference to what
    the sentence named before, which names no line; a quote of it stops inside the clause
    that does ("the U.S. commitment to help Saudi Arabia defend its territory", "the need to
    hold Russia accountable for its aggression"). Paired, it would be a changed entry whose
    wording quotes nothing (outside-sample noise, eval/noise: kind "cut")."""
    return x.pronoun and len(x.owned) == 1


def _referred(x: Owned, y: Owned) -> bool:
    """The same thing, its owner named on one side and referred to by a pronoun on the other
    ("Ukraine's sovereignty" / "... Ukraine and its sovereignty"): a reference, not a
    rewording ("Putin's ... war" / "... Russia ... its ... war" is one)."""
    return (x.pronoun or y.pronoun) and x.owned == y.owned and x.owner == y.owner
