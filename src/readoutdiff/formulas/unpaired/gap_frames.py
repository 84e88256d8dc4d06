"""A frame said once on each side of one rewritten passage, its object said in other words.

Two readouts of a series often rewrite a passage whole: the sentences between two aligned
pairs pair with nothing, and a point an analyst lists as *changed* stands in one of them on
each side under the same frame with an object that shares no word ("the urgency of the
situation" -> "the urgency of bringing negotiations to a close", "planning for the day after
the fighting ends" -> "ongoing planning for post-conflict Gaza"). :mod:`framed` links two
framed clauses only when their objects share a word: in a whole window one frame word is said
of many things. Here the two clauses stand in **one passage** (the runs of unpaired sentences
between the same two aligned pairs, :func:`nearby.gap`) and their frame is said there **once
on each side**: the one place the rewritten passage gives that frame, the way an analyst
pairs the two sentences. A frame is :func:`framed.clauses`' noun and preposition, "of" too
("the urgency of", "the strength of"), with the same preposition on both sides, and

- no stock word of readouts (:data:`phrases.STOCK`: "support for", "efforts to", "work
  to", "importance of"): a stock frame is said of many lines, and the same stock frame with
  another object is two lines, each appeared or dropped;
- "to" only before a noun phrase (a determiner or a name after it: "humanitarian assistance
  to Gaza"): mostly a verb or an aim stands after "to" ("response to condemn …", "looked
  forward to speaking …"), another act, not the same line reworded; no verb after "to"
  frames (:func:`framed.clauses`' "to advance …").

Each wording runs from the frame's first qualifier to its object's end (before "and to": a
second clause; stop words at the end left out); neither is a name, an office, a date, boilerplate or a cut (:func:`noise.why`),
holds an amount, ends in a verb in the past tense, or is said in the other readout, and the
two are not one formula. The entries take places no other entry tells
(:func:`line_entries.entries`), run after :mod:`framed`.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met in Doha.\\n\\nThe leaders spoke at length about the urgency of the situation, given recent events.\\n\\nThey agreed to stay in touch.")
>>> b = from_text("They met in Doha.\\n\\nThe President underscored the urgency of bringing negotiations to a close as soon as possible.\\n\\nThey agreed to stay in touch.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'urgency of the situation', 'urgency of bringing negotiations to a close')]
"""

from __future__ import annotations

from collections import Counter

from readoutdiff.formulas.linking.comparing import Said
from readoutdiff.formulas.linking.line_entries import Busy, OneSided, Wording, entries
from readoutdiff.formulas.linking.nearby import Gap
from readoutdiff.formulas.linking.open_sentences import Layout, Runs, read_once, readable, runs_of
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.unpaired.framed import GOVERNING, Framed, clauses, refused
from readoutdiff.formulas.words.phrases import STOCK, Words
from readoutdiff.formulas.words.roles import DETERMINERS
from readoutdiff.formulas.words.wording import strip
from readoutdiff.model import Formula

FRAMING = GOVERNING | frozenset(("of",))
"""Prepositions after a frame word whose object a passage may say in other words ("to" only
before a noun phrase: :func:`_clauses`)."""
_STOCK = frozenset(map(strip, STOCK))


Passages = list[tuple[list[int], list[int]]]
"""The readable unpaired sentences of A and of B of each passage both sides rewrote
(:func:`passages`)."""


def changes(
    a: View, b: View, runs: Passages, said: Said, one_sided: OneSided, busy: Busy,
    ids: Counter[str],
) -> tuple[list[Formula], set[str]]:  # fmt: skip
    """The changed entries of a frame said once on each side of one passage, and the ids of
    the one-sided formulas they tell (``runs``: the comparison's :func:`passages`, read once
    for this step and :mod:`acts` and :mod:`gap_words`; the others as :func:`framed.changes`)."""
    memo: dict[str, list[Framed]] = {}
    found: list[Wording] = []
    for xs, ys in runs:
        once_a = _once([c for x in xs for c in read_once(memo, a, x, _clauses)])
        if not once_a:
            continue
        once_b = _once([c for y in ys for c in read_once(memo, b, y, _clauses)])
        for word in sorted(once_a.keys() & once_b.keys()):
            wording = _wording(a, b, once_a[word], once_b[word], said)
            if wording is not None:
                found.append(wording)
    return entries(a, b, found, one_sided, busy, [], ids)


def passages(a: View, b: View, placed: Layout, read: Runs | None = None) -> Passages:
    """The readable unpaired sentences of A and of B of each passage both sides rewrote, in
    A's order (``read``: :func:`open_sentences.runs_of` of the readable open sentences, when
    read already for :func:`open_sentences.near_pairs`)."""
    if read is None:
        read = runs_of(placed, readable(a, placed.open_a), readable(b, placed.open_b))
    in_a, in_b = read
    found: dict[Gap, tuple[list[int], list[int]]] = {}
    # A sentence in a pair stands in no run: most open sentences, left out before the call.
    for x, at in in_a.items():
        found.setdefault(at, ([], []))[0].append(x)
    if not found:
        return []
    for y, at in in_b.items():
        if at in found:
            found[at][1].append(y)
    return [(xs, ys) for xs, ys in found.values() if ys]


def _clauses(view: View, words: Words) -> list[Framed]:
    """The clauses of one sentence under a frame word that is no stock word."""
    found = clauses(view, words, FRAMING)
    return [c for c in found if c.word not in _STOCK and _noun_phrase(words, c)]


def _noun_phrase(words: Words, clause: Framed) -> bool:
    """The clause's object is a noun phrase: not a verb after "to" ("to advance …", "response
    to condemn …", "looked forward to speaking …"), another act, but a determiner or a name
    after it ("assistance to Gaza", "commitment to the people of Ukraine")."""
    if clause.word.startswith("to "):
        return False
    if words.stems[clause.frame + 1] != "to":
        return True
    k = clause.frame + 2
    return words.stems[k] in DETERMINERS or words.caps[k]


def _once(found: list[Framed]) -> dict[str, Framed]:
    """Frame word -> its clause, for the frame words said once in ``found``."""
    counts = Counter(c.word for c in found)
    return {c.word: c for c in found if counts[c.word] == 1}


def _wording(a: View, b: View, ca: Framed, cb: Framed, said: Said) -> Wording | None:
    """The two wordings of one frame's clauses, or None when they say no line reworded."""
    wa, wb = a.words[ca.sentence], b.words[cb.sentence]
    if wa.stems[ca.frame + 1] != wb.stems[cb.frame + 1]:
        return None  # "support for" / "support of": another frame
    la, lb = _end(wa, ca), _end(wb, cb)
    if la is None or lb is None or wa.stems[ca.frame + 2 : la] == wb.stems[cb.frame + 2 : lb]:
        return None
    if refused(a, b, (ca, la), (cb, lb), said):
        return None
    name = (ca.word, wa.stems[ca.frame + 1])
    return ca.sentence, cb.sentence, (ca.first, la, cb.first, lb), name


def _end(words: Words, clause: Framed) -> int | None:
    """Past the object's last word, stop words at its end left out; None for no object."""
    last, start = clause.last, clause.frame + 2
    for k in range(start, last - 1):
        if words.stems[k] == "and" and words.stems[k + 1] == "to":
            last = k  # "… to Gaza and to find a path …": a second clause
            break
    while last > start and words.stems[last - 1] in words.stop_words:
        last -= 1
    return last if last > start else None
