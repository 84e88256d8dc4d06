"""A line whose head noun stays and whose qualifiers or complement are reworded, across two
sentences the aligner did not pair with each other.

When a passage is rewritten, the aligner often pairs neither of its sentences: A's sentence is
left *dropped*, B's *added*, though one line runs through both. What keeps such a line is its
head noun with a word of its phrase: "The Secretary reaffirmed support for Ukraine, where …"
→ "… discussed the urgency of continued support to Ukraine, including …". Here two sentences, one of each
readout, that stand near each other (``near``: as :mod:`standing` reads it) and of which one at
least the aligner left unpaired, are read for **noun phrases**: a lower-case content word that
ends its noun group (punctuation, a preposition, "and"/"or", a clause word or the sentence's
end follows it), the qualifiers before it (up to :data:`QUALIFIERS` words, no stop word, no
verb of saying) and its complement (a preposition and up to :data:`COMPLEMENT` more words to
punctuation, a clause word, "and" or the next preposition). Two phrases are one line changed
when

- they have the same head noun (inflection stripped);
- they share a telling word besides it: the qualifier right before the head on both sides,
  lower case and not the stock of readouts (:data:`phrases.STOCK`) ("critical
  *humanitarian* assistance" / "life-saving *humanitarian* assistance"), or a name both
  complements hold ("support *for Ukraine*" / "continued support *to Ukraine*");
- when both heads have a complement, the two share a content word: each head with its own
  object says two lines ("strong support for Ukraine" / "strong support for ASEAN
  centrality", "expanding cooperation in new defense domains" / "expand cooperation on our
  shared priorities");
- their content words differ (equal content is the same line said again);
- neither phrase is said in the other readout as well (it was kept there, not reworded),
  the two are not one formula in two inflections, neither holds an amount ("nearly 200 state
  legislators" / "80 state legislators"), and neither is a name, an office, a date,
  boilerplate or a cut (:func:`noise.why`; a wording that opens on the initials of "U.S." is
  a cut there, so "U.S. assistance to Ukraine" / "U.S. security assistance" stays unlinked).

The entry runs over the two phrases and is named by the head and the words they share; places
other entries tell are left to them (:func:`line_entries.entries`).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met in London.\\n\\nThe Secretary reaffirmed support for Ukraine, where the brave Ukrainian people defend their land.\\n\\nThey spoke of grain.")
>>> b = from_text("They met in London.\\n\\nThey stressed the urgency of continued support to Ukraine, including vital humanitarian assistance.\\n\\nThey spoke of grain.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'support for Ukraine', 'continued support to Ukraine')]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from operator import attrgetter

from readoutdiff.formulas.linking.line_entries import Wording
from readoutdiff.formulas.linking.nearby import placement
from readoutdiff.formulas.matching.content_words import counts
from readoutdiff.formulas.mining import noise
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import STOCK, Words, holds_amount
from readoutdiff.formulas.words.roles import (
    ASPECT,
    INTRODUCING,
    PREPOSITIONS,
    REPORTING,
    STOP_WORDS,
)
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, same_formula, strip
from readoutdiff.model import Alignment, Status

QUALIFIERS = 4
"""Most words before the head noun that qualify it."""
COMPLEMENT = 4
"""Most words of the head noun's complement after its preposition."""
_JOINS = frozenset(("and", "or"))
_SIDES = (attrgetter("a"), attrgetter("b"))
_GROUP_ENDS = PREPOSITIONS | _JOINS | CLAUSE_WORDS
"""Words that end a noun group when they follow its head."""
_NO_HEAD = (
    INTRODUCING
    | CLAUSE_WORDS
    | ASPECT
    | frozenset(
        """day days week weeks month months year years hour hours decade decades century time
        work working works ensure ensuring strengthen strengthening address addressing advance
        advancing provide providing deepen deepening remain remaining stay staying""".split()
    )
)
"""Words that head no line: a verb of saying, "the importance of …" (it introduces a line), a
verb of aspect or a stock verb before its "to" ("continue to endure Russia's strikes"), a span
of time ("last year", "the coming days")."""
_LINKS = frozenset("through including via amid following regarding per like".split())
"""Words that open another phrase, as a preposition does ("legal pathways for migrants
*through* continued implementation")."""
_DETERMINERS = frozenset("the a an its their our his her this these those s".split())
"""Stop words a complement may hold ("to *the* people of", "Ukraine*'s* ports")."""

Phrase = tuple[int, int, int, frozenset[str]]
"""A noun phrase: its head word, first word, word past its last, and content stems (stripped)."""


def lines(a: View, b: View, pairs: Sequence[Alignment]) -> list[Wording]:
    """Every line whose head noun stays, in two sentences of one gap between aligned pairs
    (:func:`gaps`) of which one at least is in no pair."""
    out: list[Wording] = []
    said: list[str] = []  # each readout's stems, read only when two phrases may link
    for (xs, ys), (free_a, free_b) in gaps(pairs, len(a.words), len(b.words)):
        # The cheap test, in C: a head both sides say is a word both sides' sentences hold.
        in_theirs = frozenset().union(*(b.words[y].stems for y in ys))
        both = in_theirs.intersection(frozenset().union(*(a.words[x].stems for x in xs)))
        in_b: dict[str, list[tuple[int, Phrase]]] = {}
        for y in ys:
            for head, found in heads(b.words[y], both).items():
                in_b.setdefault(head, []).extend((y, q) for q in found)
        if not in_b:
            continue
        for x in xs:
            for head, found in sorted(heads(a.words[x], both).items()):
                for y, q in in_b.get(head, ()):
                    if x not in free_a and y not in free_b:
                        continue  # two paired sentences: their lines are told in place
                    for p in found:
                        name = _linked(a, b, (a.words[x], b.words[y]), (p, q), said)
                        if name:
                            out.append((x, y, (p[1], p[2], q[1], q[2]), name))
    return out


_Gap = tuple[tuple[list[int], list[int]], tuple[set[int], set[int]]]


def gaps(pairs: Sequence[Alignment], na: int, nb: int) -> list[_Gap]:
    """The sentences of A and of B that stand between the same two aligned pairs, each gap with
    the sentences of the changed pairs on either side of it (a line split off a changed pair or
    merged into one), and the gap's own (unpaired) sentences of each side.

    >>> from readoutdiff.compare import compare
    >>> from readoutdiff.ingest import from_text
    >>> a = from_text("They met in Rome.\\n\\nThey praised progress on trade.\\n\\nThey spoke of grain.")
    >>> b = from_text("They met in Rome.\\n\\nMore was said on climate finance.\\n\\nThey spoke of grain.")
    >>> gaps([p for p in compare(a, b).alignments if p.a and p.b], 3, 3)
    [(([1], [1]), ({1}, {1}))]
    """
    held_a, held_b = placement(pairs).held  # read once per comparison, shared with standing
    if len(held_a) == na and len(held_b) == nb:
        return []  # every sentence paired: no gap holds one
    key_a = _keys(pairs, na, 0, held_a)
    key_b = _keys(pairs, nb, 1, held_b)
    out: list[_Gap] = []
    for key in sorted(key_a.keys() | key_b.keys()):
        free_a, free_b = key_a.get(key, []), key_b.get(key, [])
        xs, ys = list(free_a), list(free_b)
        for k in key:
            if 0 <= k < len(pairs) and pairs[k].status is Status.CHANGED:
                xs += [t.index for t in pairs[k].a]
                ys += [t.index for t in pairs[k].b]
        if (free_a or free_b) and xs and ys:
            out.append(((xs, ys), (set(free_a), set(free_b))))
    return out


def _keys(
    pairs: Sequence[Alignment], count: int, side: int, held: AbstractSet[int]
) -> dict[tuple[int, int], list[int]]:
    """The unpaired sentences of one side (0: A, 1: B; ``held``: its paired ones) by their gap:
    the numbers of the pairs right before and right after them (-1 and ``len(pairs)`` at the
    readout's edges)."""
    free = [sentence for sentence in range(count) if sentence not in held]
    if not free:
        return {}
    sides = list(map(_SIDES[side], pairs))
    numbers = range(len(sides)) if all(sides) else [k for k, ts in enumerate(sides) if ts]
    starts = [sides[k][0].index for k in numbers]  # sorted below, then by pair: a stable
    order = sorted(range(len(starts)), key=starts.__getitem__)  # sort on ints, no tuples
    firsts = [starts[i] for i in order]
    out: dict[tuple[int, int], list[int]] = {}
    for sentence in free:
        at = bisect_left(firsts, sentence)
        before = numbers[order[at - 1]] if at else -1
        after = numbers[order[at]] if at < len(order) else len(pairs)
        out.setdefault((before, after), []).append(sentence)
    return out


def heads(words: Words, among: AbstractSet[str] | None = None) -> dict[str, list[Phrase]]:
    """The sentence's noun phrases by head noun (stripped); ``among``: only heads whose stem is
    one of these."""
    found: dict[str, list[Phrase]] = {}
    stems, n = words.stems, len(words.stems)
    for h, stem in enumerate(stems):
        if among is not None and stem not in among:
            continue
        if words.caps[h] or not counts(stem) or stem in _NO_HEAD or strip(stem) in _NO_HEAD:
            continue
        if h + 1 < n and not words.breaks[h + 1] and stems[h + 1] not in _GROUP_ENDS:
            continue  # the noun group runs on: no head here
        first, last = _qualifiers(words, h), _complement(words, h)
        content = frozenset(strip(s) for s in stems[first:last] if counts(s))
        found.setdefault(strip(stem), []).append((h, first, last, content))
    return found


def _qualifiers(words: Words, head: int) -> int:
    """The first word of the head's qualifiers (the head when none)."""
    first = head
    while first > 0 and head - first < QUALIFIERS and not words.breaks[first]:
        stem = words.stems[first - 1]
        if stem in STOP_WORDS or stem in REPORTING or not counts(stem):
            break
        first -= 1
    return first


def _complement(words: Words, head: int) -> int:
    """Past the last word of the head's complement (past the head when none)."""
    stems, n, start = words.stems, len(words.stems), head + 1
    if start >= n or words.breaks[start] or stems[start] not in PREPOSITIONS:
        return start
    k = start + 1
    while k < n and k - start <= COMPLEMENT and not words.breaks[k]:
        if (stems[k] in STOP_WORDS and stems[k] not in _DETERMINERS) or stems[k] in _LINKS:
            break  # a preposition, "and", "as it …": the complement ends
        k += 1
    while k > start + 1 and stems[k - 1] in STOP_WORDS:
        k -= 1
    if not any(counts(s) for s in stems[start + 1 : k]):
        return start
    return k


def _linked(
    a: View, b: View, words: tuple[Words, Words], phrases: tuple[Phrase, Phrase], said: list[str]
) -> tuple[str, ...] | None:
    """The stems that name the line, when two phrases (of A, of B) are one line changed, else
    None; ``said``: each readout's stems as one text, filled on first use."""
    (wa, wb), ((ha, fa, la, ca), (hb, fb, lb, cb)) = words, phrases
    if ca == cb:
        return None
    head = strip(wa.stems[ha])
    if (la > ha + 1) != (lb > hb + 1):
        return None  # one head's object is not said: nothing tells it is the same thing
    if _objects(wa, ha, la).isdisjoint(_objects(wb, hb, lb)) and la > ha + 1:
        return None  # each head has its object, and they differ: two lines
    shared = (ca & cb) - {head}
    telling = sorted(
        shared & (_kept_next(wa, ha, wb, hb) | _complement_names(wa, ha, la, wb, hb, lb))
    )
    if not telling:
        return None
    if noise.why(wa, fa, la) or noise.why(wb, fb, lb):
        return None
    if holds_amount(wa, fa, la) or holds_amount(wb, fb, lb):
        return None  # "200 state legislators" / "80 state legislators": a count, no line
    text_a, text_b = " ".join(wa.stems[fa:la]), " ".join(wb.stems[fb:lb])
    if same_formula(text_a, text_b):
        return None
    # Said in the other readout too: the line was kept there.
    if not said:
        said += [_said(v) for v in (a, b)]
    kept = [_said(v, every=True) for v in (a, b)] if "|" in text_a + text_b else said
    return None if f" {text_a} " in kept[1] or f" {text_b} " in kept[0] else (head, *telling)


def _said(view: View, every: bool = False) -> str:
    """The stems of each distinct sentence (copies share one tuple; ``every``: of each, in
    order) as one text, " s1 | s2 ": a wording without "|" never runs across two of them."""
    words = view.words if every else {id(w.stems): w for w in view.words}.values()
    return " | ".join(" ".join(w.stems) for w in words).join("  ")


def _kept_next(wa: Words, ha: int, wb: Words, hb: int) -> set[str]:
    """The qualifier right before the head on both sides, when it is the same telling word
    ("critical humanitarian assistance" / "life-saving humanitarian assistance")."""
    if ha < 1 or hb < 1 or wa.breaks[ha] or wb.breaks[hb]:
        return set()
    x, y = strip(wa.stems[ha - 1]), strip(wb.stems[hb - 1])
    if x != y or x in _STOCK or not counts(wa.stems[ha - 1]) or wa.caps[ha - 1]:
        return set()
    return {x}


def _complement_names(
    wa: Words, ha: int, la: int, wb: Words, hb: int, lb: int
) -> set[str]:  # fmt: skip
    """The names both heads' complements hold ("assistance to Ukraine" / "support to Ukraine")."""
    names = [
        {strip(w.stems[k]) for k in range(h + 1, last) if w.caps[k] and counts(w.stems[k])}
        for w, h, last in ((wa, ha, la), (wb, hb, lb))
    ]
    return names[0] & names[1]


def _objects(words: Words, head: int, last: int) -> set[str]:
    """The content stems of the head's complement (stripped), read on to the end of its clause
    ("assistance to Palestinian civilians *in Gaza*")."""
    stems, n, end = words.stems, len(words.stems), last
    while end < n and end - last < 2 * COMPLEMENT and not words.breaks[end]:
        if stems[end] in _JOINS or stems[end] in CLAUSE_WORDS:
            break
        end += 1
    return {strip(s) for s in stems[head + 1 : end] if counts(s)}


_STOCK = frozenset(strip(s) for s in STOCK)
