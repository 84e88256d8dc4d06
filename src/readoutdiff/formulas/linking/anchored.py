"""A formula one side says right after words both sides keep, the other side going on there
with other words: one changed line, the kept words and each side's continuation.

In a changed aligned pair a readout often keeps how a line opens and changes what it ends
on, and the end is a formula on one side only: "allies providing long-term *security
assistance to Ukraine*" → "providing Ukraine with the kind of long-term defensive capabilities
they need to win this war" (sunak-rutte, gov.uk), "work
together to set the conditions for *a durable and sustainable peace in the Middle East*" →
"… setting the conditions for that outcome". Alone, the formula reads *appeared* (or
*dropped*) and the other wording is lost; an analyst reads one line whose end changed.
:mod:`openings` finds such lines without a formula, and so asks more of them (a continuation
opening on a content word, two content words kept); here the formula is the evidence, so:

- the word diff of the pair (:func:`openings.runs`) keeps a run of words after which the
  sides differ, holding ``openings.MIN_OPENING`` content words that are not names (one kept
  word, "humanitarian", may head another noun: "humanitarian assistance" / "humanitarian
  pause");
- on one side a formula only that side has starts right after the opening (or after at most
  ``LEAD`` stop words), or starts inside it and runs on past it ("as it *defends its
  sovereignty and territorial integrity*" / "as it defends itself");
- the other side says something there that does not open on a preposition or "to" (an
  adjunct of its own: "… supporting Ukraine *for as long as it takes*" / "… supporting
  Ukraine *to ensure* …" dropped the formula, it did not reword it): its words up to the
  next run both keep, or to the end of its clause (:func:`openings.clause_end`), with stop
  words trimmed, are not empty, and
  the formula's own content words are not (mostly) said elsewhere in the other sentence (a
  formula moved within the pair is not replaced: ``openings.MOVED``).

Where the word diff kept other words than the opening ("the establishment of a Palestinian
state" rather than "set the conditions for"), the opening before the formula, its last
``openings.MIN_OPENING`` content words, is sought in the other sentence (inflection stripped:
"set" / "setting") and the line read from there. And a formula that opens on an owner and ends
on a name ("Russia's war against Ukraine") is the same line renamed when the other sentence
says the same owner and name around other lower-case words ("Russia's attack on Ukraine").

The **opening** is that run read back to a punctuation mark or a word that introduces a
formula, its stop words trimmed (:func:`openings.opening_start`). The formula's side runs from
the opening to the formula's end; the other side from the opening
to the end of its continuation. The entry is told by :mod:`line_entries` (named by the formula,
each place once).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("The leaders met today.\\n\\nThe leaders agreed on the importance of allies providing long-term security assistance to Ukraine to guarantee they can deter against future attacks.")
>>> b = from_text("The leaders met today.\\n\\nThe leaders discussed the importance of providing Ukraine with the kind of long-term defensive capabilities they need to win this war and secure a lasting peace.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'long-term security assistance to Ukraine', 'long-term defensive capabilities they need to win this war'), ('appeared', None, 'secure a lasting peace')]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from readoutdiff.formulas.linking.line_entries import Wording
from readoutdiff.formulas.linking.most_kept_edits import FRAMING
from readoutdiff.formulas.linking.openings import (
    MIN_OPENING,
    MOVED,
    Run,
    clause_end,
    opening_start,
)
from readoutdiff.formulas.matching.content_words import counts
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.mining import noise
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.edges import possessive
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import PREPOSITIONS
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, strip

LEAD = 2
"""Most stop words between the opening and the formula ("… for Jordan as a partner and ally"
when the English background held "allies and partners": no real pair of the evaluation set
shows it since the fifty-second session's rebuild, bg2)."""
MIDDLE = 4
"""Most words between an owner and a name said again around a renamed thing
(see :func:`_renamed`)."""


def lines(
    a: View, b: View, diffed: Mapping[tuple[int, int], Sequence[Run]],
    together: Sequence[tuple[int, int]],
    one_sided: tuple[Mapping[str, Sequence[Occurrence]], Mapping[str, Sequence[Occurrence]]],
) -> list[Wording]:  # fmt: skip
    """The lines of the changed pairs (``together``: their sentences, A's and B's; ``diffed``:
    the word runs of those of one sentence a side) whose end is a formula of ``one_sided`` on
    one side and other words on the other (see the module)."""
    only_a, only_b = one_sided
    out: list[Wording] = []
    for x, y in together:
        kept = diffed.get((x, y), ())
        here_a = [o for o in a.by_sentence.get(x, ()) if o.id in only_a]
        here_b = [o for o in b.by_sentence.get(y, ()) if o.id in only_b]
        if not (here_a or here_b):
            continue
        wa, wb = a.words[x], b.words[y]
        found = _found(wa, wb, kept, here_a, here_b)
        texts = (a.readout.text, b.readout.text)
        found += _renamed_things(wa, wb, texts, here_a, here_b, _told(found))
        out += [(x, y, f[:4], f[4]) for f in found]
    return out


def _renamed_things(
    wa: Words, wb: Words, texts: tuple[str, str], here_a: Sequence[Occurrence],
    here_b: Sequence[Occurrence], told: tuple[set[int], set[int]],
) -> list[Found]:  # fmt: skip
    """The one-sided formulas that name an owner's thing done to a name, said by the other
    side with the same owner and name and the thing renamed (:func:`_renamed`), but those
    ending where a line of their side ends already (``told``: A's ends, B's ends)."""
    out: list[Found] = []
    for o in here_a:
        other = _renamed(wa, texts[0], wb, texts[1], o) if o.last not in told[0] else None
        if other is not None:
            out.append((o.first, o.last, *other, (strip(wa.stems[o.first]),)))
    for o in here_b:
        other = _renamed(wb, texts[1], wa, texts[0], o) if o.last not in told[1] else None
        if other is not None:
            out.append((*other, o.first, o.last, (strip(wb.stems[o.first]),)))
    # No noise test: both wordings open and end on names (which reads as a name's run), but
    # the formula is a lexicon's and the thing between them is common words on both sides.
    return out


def _renamed(
    own: Words, own_text: str, other: Words, other_text: str, o: Occurrence
) -> tuple[int, int] | None:
    """Where the other sentence says the formula ``o`` with its thing renamed: the formula
    opens on an owner (a possessive) and ends on a name ("Russia's war against Ukraine"),
    and the other sentence says the same owner, then up to ``MIDDLE`` lower-case words in one
    clause with a content word the formula lacks or lacking one it has, then the same name
    ("Russia's attack on Ukraine"): (first word, past the last), or None."""
    first, last = o.first, o.last - 1
    if last - first < 2 or not own.caps[last] or not possessive(own_text, own, first):
        return None
    owner, name = strip(own.stems[first]), strip(own.stems[last])
    said = {strip(s) for s in own.stems[first + 1 : last] if counts(s, own.stop_words)}
    stems = other.stems
    for f in range(len(stems) - 2):
        if strip(stems[f]) != owner or not possessive(other_text, other, f):
            continue
        for k in range(f + 1, min(len(stems), f + MIDDLE + 2)):
            if other.breaks[k] or stems[k] in CLAUSE_WORDS:
                break
            if other.caps[k]:
                if strip(stems[k]) != name or k == f + 1:
                    break
                middle = {strip(s) for s in stems[f + 1 : k] if counts(s, other.stop_words)}
                return (f, k + 1) if middle and middle != said else None
    return None


Found = tuple[int, int, int, int, tuple[str, ...]]
"""(first and past the last word of A's wording, the same of B's, the opening's telling words)."""


def _told(found: Sequence[Found]) -> tuple[set[int], set[int]]:
    """Where the lines ``found`` end in A's sentence, and where in B's: each side's word
    numbers apart (a formula of A is told when a line of A ends with it, whatever B's numbers)."""
    return {f[1] for f in found}, {f[3] for f in found}


def _found(
    wa: Words, wb: Words, kept: Sequence[Run], here_a: Sequence[Occurrence],
    here_b: Sequence[Occurrence],
) -> list[Found]:  # fmt: skip
    out: list[Found] = []
    for k, (i, j, n) in enumerate(kept[:-1]):  # none in a pair of several sentences a side
        i2, j2 = i + n, j + n
        if not any(i <= o.first <= i2 + LEAD for o in here_a) and not any(
            j <= o.first <= j2 + LEAD for o in here_b
        ):
            continue  # the cheap test first: no formula starts in or right after this run
        next_i, next_j = _next_telling(wa, kept, k + 1)
        if not n or (i2 == next_i and j2 == next_j) or i2 >= len(wa.stems) or j2 >= len(wb.stems):
            continue
        lo = opening_start(wa, wb, (i, j, n))
        # Telling words over the whole kept run: a pronoun ends the quoted opening ("as it
        # defends …") but not the evidence that the sides say one line there.
        opening = _telling(wa, wb, (i, j, n))
        if len(opening) < MIN_OPENING or wa.breaks[i2] or wb.breaks[j2] or _framing(wa, i2):
            continue
        lo_b = j2 - (i2 - lo)
        for o in here_a:
            end = _other_end(wb, j2, next_j, o, wa) if _after(wa, o, (lo, i2), next_i) else 0
            if end:
                out.append((lo, o.last, lo_b, end, opening))
        for o in here_b:
            end = _other_end(wa, i2, next_i, o, wb) if _after(wb, o, (lo_b, j2), next_j) else 0
            if end:
                out.append((lo, end, lo_b, o.last, opening))
    told_a, told_b = _told(out)
    for o in here_a:
        sought = _sought(wa, wb, o) if o.last not in told_a else None
        if sought is not None:
            out.append((sought[0], o.last, sought[1], sought[2], sought[3]))
    for o in here_b:
        sought = _sought(wb, wa, o) if o.last not in told_b else None
        if sought is not None:
            out.append((sought[1], sought[2], sought[0], o.last, sought[3]))
    return [f for f in out if not (noise.why(wa, f[0], f[1]) or noise.why(wb, f[2], f[3]))]


def _telling(wa: Words, wb: Words, run: Run) -> tuple[str, ...]:
    """The content words of the kept ``run`` that are no name's on either side: a word
    capitalised on one side only ("21st Century Maritime Silk Road" / "21st-century …") reads
    as a name whichever readout is A, so a swap mirrors the result."""
    i, j, n = run
    return tuple(
        wa.stems[i + k]
        for k in range(n)
        if counts(wa.stems[i + k], wa.stop_words) and not (wa.caps[i + k] or wb.caps[j + k])
    )


def _sought(
    own: Words, other: Words, o: Occurrence
) -> tuple[int, int, int, tuple[str, ...]] | None:
    """The opening before the formula ``o`` found again in the other sentence where the word
    diff kept other words ("set the conditions for a durable …" / "… in setting the conditions
    for that outcome": the diff kept "the establishment of a Palestinian state" instead):
    (where the opening starts in ``own``, where it starts in ``other``, past the other's
    continuation, the opening's content words), or None. The first place the other sentence
    goes on with other words there is taken ("set the conditions in Gaza and began setting
    the conditions for that outcome": the second)."""
    e = o.first
    while e > 0 and o.first - e < LEAD and own.stems[e - 1] in own.stop_words:
        e -= 1
    first, telling = e, 0
    while first > 0 and telling < MIN_OPENING and not own.breaks[first]:
        first -= 1
        telling += counts(own.stems[first], own.stop_words) and not own.caps[first]
    if (
        telling < MIN_OPENING
        or _framing(own, e)
        or any(own.breaks[k] for k in range(first + 1, o.first + 1))
    ):
        return None
    sought = [strip(s) for s in own.stems[first:e]]
    size, stems = e - first, other.stems
    for q in range(len(stems) - size):
        if strip(stems[q]) != sought[0]:
            continue  # the cheap test first: most words open no such run
        if [strip(s) for s in stems[q : q + size]] != sought or any(
            other.breaks[k] for k in range(q + 1, q + size + 1)
        ):
            continue
        go_on, lead = q + size, e
        while lead < o.first and go_on < len(stems) and stems[go_on] == own.stems[lead]:
            go_on, lead = go_on + 1, lead + 1  # stop words both keep: "for" of "for a" / "for that"
        end = _other_end(other, go_on, len(stems), o, own) if go_on < len(stems) else 0
        if end and not other.breaks[go_on]:
            return first, q, end, tuple(s for s in sought if counts(s, own.stop_words))
    return None  # an opening said again with no rewording after it: the next one is read


def _framing(words: Words, past: int) -> bool:
    """The opening ends on a word that frames a list of examples ("issues *including* critical
    technologies" / "… including supply chain resilience"): what follows is a member swapped
    in a list, no line's end."""
    return past > 0 and words.stems[past - 1] in FRAMING


def _next_telling(wa: Words, kept: Sequence[Run], k: int) -> tuple[int, int]:
    """Where the next kept run from ``kept[k]`` that holds a content word starts (a lone "and"
    both sides say is no return to the same words), or the sentences' ends."""
    for i, j, n in kept[k:-1]:
        if any(counts(s, wa.stop_words) for s in wa.stems[i : i + n]):
            return i, j
    return kept[-1][0], kept[-1][1]


def _after(words: Words, o: Occurrence, opening: tuple[int, int], next_kept: int) -> bool:
    """The formula starts right after the ``opening`` (its first word, and past its last),
    after stop words only, or inside it running on past it, and ends before the next run both
    sides keep."""
    first, past = opening
    if o.last > next_kept or o.last <= past or o.first < first:
        return False
    if o.first >= past:
        lead = words.stems[past : o.first]
        return len(lead) <= LEAD and all(s in words.stop_words for s in lead)
    return any(counts(s, words.stop_words) for s in words.stems[o.first : past])


def _other_end(words: Words, first: int, next_kept: int, o: Occurrence, own: Words) -> int:
    """Past the last word the other side says after the opening, or 0 when it says nothing
    there or says the formula's words elsewhere (moved, not replaced)."""
    if words.stems[first] in PREPOSITIONS:
        return 0  # an adjunct of its own ("… supporting Ukraine *to* ensure …"), no rewording
    # "that" right after the opening points at a thing ("setting the conditions for that
    # outcome"): the clause is read from the word after it.
    pointing = words.stems[first] == "that" and first + 1 < len(words.stems)
    end = min(clause_end(words, first + pointing), next_kept)
    while end > first and words.stems[end - 1] in words.stop_words:
        end -= 1
    if end <= first:
        return 0
    said = {
        strip(own.stems[k]) for k in range(o.first, o.last)
        if counts(own.stems[k], own.stop_words) and not own.caps[k]
    }  # fmt: skip
    held = {strip(s) for s in words.stems}
    if said and len(said & held) >= MOVED * len(said):
        return 0
    return end
