"""Two formulas each only one side has, near each other and sharing a word: one formula reworded.

:mod:`readoutdiff.formulas.linking.slots` looks for a one-sided formula's rewording in the other
readout's words. What it leaves can still be one formula said two ways when the other side
has a formula of its own in the same place: "unjustified and unprovoked war of choice" in
A, "brutal and unprovoked invasion" in the passage B puts there. Two such formulas are one
*changed* entry when

- they stand near each other: each in the other's window of :func:`nearby.window` (between
  where the paired neighbours of its sentence went, ``WITHIN`` sentences more each way), or
  both sentences unpaired between the same two aligned pairs, in runs of ``nearby.GAP_MOST``
  sentences at most (one passage rewritten: a formula in the fifth of nine new sentences
  after the last pair is near one in the third of three old ones);
- their wordings share a content word that tells something (lower case, not a stop word,
  a subject or a pronoun such as "itself", inflection stripped: "unprovoked";
  "agricultural products" / "agricultural exports");
- at least one of them is not of the built-in lexicon, whose entries name their successors
  themselves ("themes of peace and development" and "high-quality development" are two);
  or both are of one topic of it and both say the word that names the topic ("address the
  climate crisis" / "fighting climate change", topic "climate"), which then take the words
  of their clause as slots' short wordings do, and need not stand near each other;
- their telling words differ: one whose telling words all stand in the other lost or took a
  qualifier ("humanitarian pause in Gaza" / "prolonged humanitarian pause in the fighting",
  "vital humanitarian and security assistance" / "vital assistance to Ukraine"), a change as
  much as a swapped word is (c11: the words of a formula said inside the other's wording
  never reach here, :mod:`readoutdiff.formulas.succession.inside` keeps those); the same telling words
  link only when both wordings name something and not the same ("Russia's unprovoked,
  unjustified, and premeditated war" / "Putin's premeditated, unjustified, and unprovoked
  war");
- and, when they share one telling word only and neither a name nor a coordination says
  more, neither names something the other does not (besides what either readout is about:
  "growing strength of the Quad partnership" / "reaffirmed the strength of the U.S.-India
  relationship"; "bolstering Saudi Arabia's defenses against threats in the region" / "its
  destabilizing behavior in the region"), and that word is neither the one that opens both
  (a shared governing verb is a frame, not a topic: "strengthening transatlantic security" /
  "strengthen our bilateral ties") nor stock vocabulary of formulas (one that stands in many
  formulas of the built-in lexicon: "energy" in "ensuring sustainable and affordable energy
  resources" / "Russia's use of energy as a weapon").

Pairs are taken best first, each formula once: by evidence (the shared telling words, one
more for a name both wordings hold that neither readout is all about, and one more for a
coordination of one-word qualifiers that keeps a member and swaps another, "unprovoked and
unjustified attack" / "unprovoked and unlawful war"), then nearer, then by ids, so swapping
the readouts mirrors the result.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Container, Mapping, Sequence
from itertools import chain, compress

from readoutdiff.formulas.linking.comparing import Comparing
from readoutdiff.formulas.linking.nearby import Gap, Placement, gap, window
from readoutdiff.formulas.linking.slots import Busy, Mutations
from readoutdiff.formulas.linking.wording_at import text_at
from readoutdiff.formulas.matching.content_words import PRONOUNS
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words import coordination, word_swaps
from readoutdiff.formulas.words.phrases import Copies, Words, stem
from readoutdiff.formulas.words.roles import INTRODUCING
from readoutdiff.formulas.words.spans import overlaps
from readoutdiff.formulas.words.wording import strip
from readoutdiff.model import REWORDED, Formula, FormulaSource, FormulaStatus
from readoutdiff.records.record import record_positional

WITHIN = 2
"""Sentences beyond where a sentence's paired neighbours went, for the other formula to be near."""
NAME_PREFIX = 5
"""Names are compared by their first letters: "Ukrainian" and "Ukraine's", "Russian" and
"Russia" name one thing."""


class Near:
    """Whether a sentence of A and one of B stand near each other: each in the other's
    :func:`nearby.window` (between where its paired neighbours went, ``WITHIN`` more each way),
    or both unpaired between the same two pairs (:func:`nearby.gap`)."""

    def __init__(self, placed: Placement, counts: tuple[int, int]) -> None:
        self._marks, self._mirrored = placed.anchors, placed.mirrored
        self._ends = placed.marks, placed.marks_mirrored
        self._held = placed.held
        self._counts = counts

    def __call__(self, x: int, y: int) -> bool:
        lo, hi = window(self._marks, x, self._counts[1], WITHIN)
        if lo <= y < hi:
            return True
        back_lo, back_hi = window(self._mirrored, y, self._counts[0], WITHIN)
        return back_lo <= x < back_hi or self._same_gap(x, y)

    def among(self, xs: Sequence[int], ys: Sequence[int]) -> tuple[set[int], set[int]]:
        """The sentences of ``xs`` (A's) near one of ``ys`` (B's), and those of ``ys`` near one
        of ``xs``: as asking every pair, by one window a sentence and the gaps.

        >>> from readoutdiff.formulas.linking.nearby import placement
        >>> near = Near(placement(()), (40, 40))  # nothing paired: every sentence is near
        >>> near.among([3, 30], [5])
        ({3, 30}, {5})
        """
        wanted_a, wanted_b = sorted(set(xs)), sorted(set(ys))
        found_a: set[int] = set()
        found_b: set[int] = set()
        _reach(wanted_a, wanted_b, (self._marks, self._counts[1]), found_a, found_b)
        _reach(wanted_b, wanted_a, (self._mirrored, self._counts[0]), found_b, found_a)
        (marks, mirrored), (held_a, held_b) = self._ends, self._held
        gaps: dict[Gap, list[int]] = {}
        for y in wanted_b:
            at = gap(mirrored, y, self._counts[1], held_b, mirrored=True)
            if at is not None:
                gaps.setdefault(at, []).append(y)
        for x in wanted_a:
            at = gap(marks, x, self._counts[0], held_a)
            if at is not None and at in gaps:
                found_a.add(x)
                found_b.update(gaps[at])
        return found_a, found_b

    def _same_gap(self, x: int, y: int) -> bool:
        """Both sentences unpaired in one rewritten passage (:func:`nearby.gap`)."""
        (marks, mirrored), (held_a, held_b) = self._ends, self._held
        at = gap(marks, x, self._counts[0], held_a)
        return at is not None and at == gap(mirrored, y, self._counts[1], held_b, mirrored=True)


def link(
    a: View, b: View, only_a: Mapping[str, Sequence[Occurrence]],
    only_b: Mapping[str, Sequence[Occurrence]], comparing: Comparing, busy: Busy,
    least: int = 1,
) -> Mutations:  # fmt: skip
    """Return one changed entry per pair of one-sided formulas reworded into each other
    (``comparing``: the comparison's pairs, and the two readouts' :func:`subjects`, asked only
    when there is a pair to link; ``least``: the evidence a pair needs, see :func:`_evidence`)."""
    out = Mutations(changed=[], consumed=set())
    if not only_a or not only_b:
        return out
    near = Near(comparing.placement(), (len(a.words), len(b.words)))
    # The subjects are asked only of a name a wording holds (:class:`Subjects`, made once).
    told_of = comparing.subjects
    traits_a = {i: _traits(a, o[0], told_of) for i, o in only_a.items()}
    traits_b = {i: _traits(b, o[0], told_of) for i, o in only_b.items()}
    # Every pair with evidence shares a telling word (see _evidence and _family): each formula
    # of A is met only with those of B that share one, not with all of them.
    telling: dict[str, list[str]] = {}
    for y_id, y_traits in traits_b.items():
        for word in y_traits.told:
            telling.setdefault(word, []).append(y_id)
    candidates = []
    for x_id, x_traits in traits_a.items():
        x = only_a[x_id][0]
        sharing = {y_id for word in x_traits.told for y_id in telling.get(word, ())}
        for y_id in sorted(sharing):
            y, y_traits = only_b[y_id][0], traits_b[y_id]
            family = x.source is y.source is FormulaSource.BUILTIN
            if family:
                # The built-in lexicon names successors itself; else only one topic's family.
                evidence = _family(x, y, x_traits, y_traits)
            else:
                evidence = _evidence(x_traits, y_traits)
            if evidence is None or evidence < least:
                continue
            if not family and not near(x.sentence, y.sentence):
                continue  # a topic's name in both says more than the place (see _family)
            rank = (-evidence, abs(x.sentence - y.sentence), min(x_id, y_id), max(x_id, y_id))
            candidates.append((rank, x, y))
    for _, x, y in sorted(candidates, key=lambda c: c[0]):
        if x.id in out.consumed or y.id in out.consumed:
            continue
        if overlaps(x.span, busy[0]) or overlaps(y.span, busy[1]):
            continue
        out.consumed |= {x.id, y.id}
        owner = min((x, y), key=lambda o: (o.source is FormulaSource.MINED, o.id))
        # Two built-in formulas are bare ("climate crisis"): a short one takes its clause.
        grow = x.source is y.source is FormulaSource.BUILTIN
        x_text, x_span = (
            text_at(a, (x.sentence, x.first, x.last), True) if grow else (x.text, x.span)
        )
        y_text, y_span = (
            text_at(b, (y.sentence, y.first, y.last), True) if grow else (y.text, y.span)
        )
        out.changed.append(Formula(
            status=FormulaStatus.CHANGED, a_text=x_text, b_text=y_text, a_spans=(x_span,),
            b_spans=(y_span,), id=f"{owner.id}{REWORDED}", source=owner.source, topic=owner.topic,
            confidence=1.0, anchor=owner.id,
        ))  # fmt: skip
    return out


@record_positional
class _Traits:
    told: frozenset[str]
    """Content stems that tell something (see the module's text)."""
    opener: str
    """The stripped stem of the wording's first word when it tells something, else ""."""
    names: frozenset[str]
    """The first ``NAME_PREFIX`` letters of the stems of the capitalised words inside the
    wording (not a sentence's first word), but the readouts' subjects (see :func:`subjects`)."""
    members: frozenset[str]
    """The members of a coordination of one-word qualifiers in the wording."""


def subjects(a: View, b: View) -> frozenset[str]:
    """Names (stems of capitalised words, not a sentence's first) that stand in more than half
    of either readout's sentences: what the readout is about ("Ukraine" in a call on the war), which tells nothing
    about which two formulas of the pair are one (the names of either readout's subjects are
    left out of both readouts' wordings). :class:`Subjects` asks the same of one name."""
    return _subjects_of(a) | _subjects_of(b)


def _subjects_of(view: View) -> frozenset[str]:
    # Each sentence's capitalised words but the first, picked in C, counted in one call.
    counted = Counter(
        chain.from_iterable(set(compress(w.stems[1:], w.caps[1:])) for w in view.words)
    )
    return frozenset(name for name, n in counted.items() if 2 * n > len(view.words))


class Subjects:
    """Whether a name is one of :func:`subjects` (``name in Subjects(a, b, groups)``), asked
    of the few names the one-sided formulas' wordings hold: each is counted in the sentences
    of A, then of B, until it stands in more than half of them or can no longer; ``groups``:
    each side's words grouped by text (:meth:`ReadoutMemo.groups`), when made already, so
    that a text is read once for all its copies. Reading every name of every sentence of both
    readouts, as :func:`subjects` does, cost 7.5 M instructions of the 50 KB corpus pair's
    comparison for the dozen names asked (sp99); the answers are the same."""

    __slots__ = ("_asked", "_sides")

    def __init__(
        self, a: View, b: View, groups: tuple[Sequence[Copies], Sequence[Copies]] | None = None
    ) -> None:  # fmt: skip
        texts = (
            ([(w.stems, (w,)) for w in a.words], [(w.stems, (w,)) for w in b.words])
            if groups is None
            else groups
        )
        self._sides = ((texts[0], len(a.words)), (texts[1], len(b.words)))
        self._asked: dict[str, bool] = {}

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        found = self._asked.get(name)
        if found is None:
            found = self._asked[name] = any(_most_say(name, *side) for side in self._sides)
        return found


def _most_say(
    name: str, texts: Sequence[tuple[tuple[str, ...], Sequence[Words]]], count: int
) -> bool:
    """More than half of a readout's ``count`` sentences (``texts``: each distinct text's stems
    and its copies) say ``name`` capitalised past their first word."""
    needed = count // 2 + 1  # 2 * n > count
    said, left = 0, count
    for stems, copies in texts:
        left -= len(copies)
        if name in stems and _capitalised(name, stems, copies[0].caps):
            said += len(copies)
            if said >= needed:
                return True
        if said + left < needed:
            return False  # too few sentences left to say it
    return False


def _capitalised(name: str, stems: tuple[str, ...], caps: tuple[bool, ...]) -> bool:
    """``name`` stands capitalised somewhere past the first of ``stems``."""
    at = 0
    while True:
        try:
            at = stems.index(name, at + 1)
        except ValueError:
            return False
        if caps[at]:
            return True


def _traits(
    view: View, occurrence: Occurrence, subjects: Callable[[], Container[str]]
) -> _Traits:  # fmt: skip
    """What a one-sided formula says (``subjects``: the readouts' subjects, asked only of a
    capitalised word that is no stop word)."""
    words = view.words[occurrence.sentence]
    first, last = occurrence.first, occurrence.last
    run = [(words, k) for k in range(first, last)]
    told = frozenset(word_swaps.told(run, INTRODUCING | PRONOUNS))
    opener = strip(words.stems[first]) if not words.caps[first] else ""
    names = frozenset(
        words.stems[k][:NAME_PREFIX]
        for k in range(max(first, 1), last)
        if words.caps[k]
        and words.stems[k] not in words.stop_words
        and words.stems[k] not in subjects()
    )
    members: set[str] = set()
    k = first
    while k < last:
        span = coordination.around(words, k)
        if span is not None and first <= span[0] and span[1] <= last:
            members |= {
                strip(s) for s in words.stems[span[0] : span[1]] if s not in coordination.JOINS
            }
            k = span[1]
        else:
            k += 1
    return _Traits(told, opener if opener in told else "", names, frozenset(members))


def _family(x: Occurrence, y: Occurrence, xt: _Traits, yt: _Traits) -> int | None:
    """Evidence that two built-in formulas are one line reworded: the lexicon names no
    successor for them, but both stand under one topic and both wordings say the word that
    names it ("address the climate crisis" / "fighting climate change", topic "climate");
    each has a telling word the other lacks. A shared word that is not the topic's name says
    too little ("respect for international humanitarian law" / "humanitarian pause", topic
    "middle-east": two lines)."""
    if not x.topic or x.topic != y.topic:
        return None
    shared = xt.told & yt.told
    if strip(stem(x.topic)) not in shared or xt.told <= yt.told or yt.told <= xt.told:
        return None
    return len(shared)


def _evidence(x: _Traits, y: _Traits) -> int | None:
    """How much says that the two wordings are one formula reworded; None when nothing does."""
    shared = x.told & y.told
    if not shared or x.told == y.told and not (x.names and y.names and x.names != y.names):
        return None
    named = bool(x.names & y.names)
    swapped = bool(x.members & y.members) and x.members != y.members
    if len(shared) == 1 and not named and not swapped:
        (word,) = shared
        if x.names or y.names:
            return None  # one names what the other does not: "… of the Quad partnership" /
            # "… of the U.S.-India relationship" share "strength" and are two formulas
        if word == x.opener == y.opener:
            return None  # only the governing word: "strengthening …" / "strengthen …"
        # Reached by few pairs: the stock words load only then.
        from readoutdiff.formulas.lexicon.stock import stock

        if word in stock():
            return None  # only a stock word of formulas: "energy", "global"
    return len(shared) + named + swapped


def _reach(
    wanted: list[int],
    others: list[int],
    marks: tuple[Sequence[tuple[int, int]], int],
    found: set[int],
    found_others: set[int],
) -> None:
    """Add to ``found`` each of ``wanted`` that has one of ``others`` (sorted) in its window
    (``marks``: the window's marks and the other side's sentence count), and those to
    ``found_others``: one direction of :meth:`Near.among`."""
    ends, count = marks
    for x in wanted:
        lo, hi = window(ends, x, count, WITHIN)
        hit = others[bisect_left(others, lo) : bisect_left(others, hi)]
        if hit:
            found.add(x)
            found_others.update(hit)
