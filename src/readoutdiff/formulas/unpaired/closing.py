"""The closing lines of two readouts, both unpaired, each a commitment narrated with "to": one
line reworded when a one-sided formula stands in one of them.

A readout of a call often closes on what the leaders will do next ("The two leaders agreed to
step up their direct communication even further in the days to come."), and the next readout
of the series closes on another wording of it ("… agreed to continue to remain in close
contact in the coming days."). When only one of the two wordings is a formula the tool
reported it *appeared* or *dropped*: the other wording shares no telling word with it, so no
rule before this one links them. The evidence here is place and frame, no word of the text:

- each readout's **last sentence** stands unpaired, and the two stand in the same gap (both
  after the last aligned pair: :func:`twins.gap`);
- each holds exactly one **frame**: a verb in the past tense and "to" ("agreed to",
  "committed to"), or such a verb, a particle and "to" ("looked forward to"); its object runs
  from the lower-case word after "to" to the end of the clause (punctuation, a clause word,
  "including", or "and" before another "to"), at most ``OBJECT`` words;
- one of the two objects holds a one-sided formula.

Measured (c25): a frame alone is no evidence. The same verb and "to" in sentences of one
rewritten passage paired two lines for each one line under ``--oracle`` ("agreed to speak
again in a month …" / "agreed to continue efforts to control the pandemic"), and the closing
lines under any reporting verb paired other lines three times (four under ``--oracle``); the
closing lines under "-ed to" paired none wrongly.

The two objects are one line reworded, a *changed* entry, unless either is noise
(:func:`noise.why`), holds an amount, is said in the other readout, or the two are one formula;
none on a place another entry tells (:func:`line_entries.entries`).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met in Kyiv.\\n\\nThe two leaders agreed to step up their direct communication even further in the days to come.")
>>> b = from_text("They met in Kyiv.\\n\\nThe Prime Minister and President Zelenskyy agreed to continue to remain in close contact.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'step up their direct communication even further in the days to come', 'continue to remain in close contact')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from readoutdiff.formulas.linking.comparing import Said
from readoutdiff.formulas.linking.line_entries import Busy, OneSided, Wording, entries
from readoutdiff.formulas.linking.open_sentences import LONGEST, Layout
from readoutdiff.formulas.linking.twins import gap
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.mining import noise
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import Words, holds_amount
from readoutdiff.formulas.words.roles import ASPECT, STOP_WORDS
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, same_formula
from readoutdiff.model import Formula

OBJECT = 16
"""Most words of an object: a longer clause is a passage, not a line."""
_ENDS = CLAUSE_WORDS | frozenset(("including",))


class Object(NamedTuple):
    """The object of a frame: words [first, last) of a sentence."""

    sentence: int
    first: int
    last: int


def changes(
    a: View, b: View, placed: Layout, said: Said, one_sided: OneSided, busy: Busy,
    ids: Counter[str] | None = None,
) -> tuple[list[Formula], set[str]]:  # fmt: skip
    """The changed entry of the two readouts' closing lines, if they say one line, and the ids
    of the one-sided formulas it tells (``placed``: where the aligner put the sentences;
    ``said``: whether a wording stands in a readout; ``one_sided``: the formulas left;
    ``busy``: places told)."""
    oa = _closing(a, placed.held[0], placed.marks, placed.na)
    ob = _closing(b, placed.held[1], placed.mirrored, placed.nb)
    if oa is None or ob is None or oa[0] != ob[0]:
        return [], set()  # no such line on a side, or the two in different gaps
    (_, xa), (_, xb) = oa, ob
    if not (_holds(a, xa, one_sided[0]) or _holds(b, xb, one_sided[1])):
        return [], set()  # no formula says either: nothing to tell
    wording = _wording(a, b, xa, xb, said)
    found = [] if wording is None else [wording]
    return entries(a, b, found, one_sided, busy, [], ids if ids is not None else Counter())


def _closing(
    view: View, held: frozenset[int], marks: Sequence[tuple[int, int]], count: int
) -> tuple[int, Object] | None:
    """The gap and the one framed object of the readout's last sentence, if it is unpaired."""
    last = count - 1
    if last < 0 or last in held or len(view.words[last].stems) > LONGEST:
        return None
    at = gap(marks, last, count)
    found = objects(view.words[last])
    return None if at is None or len(found) != 1 else (at, found[0])


def objects(words: Words) -> list[Object]:
    """The objects of the frames of one sentence ("agreed to" + "step up … to come")."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    out: list[Object] = []
    for k in range(len(stems) - 2):
        if stems[k + 1] != "to" or breaks[k + 1] or breaks[k + 2] or caps[k + 2]:
            continue
        if stems[k + 2] in STOP_WORDS or not _narrated(words, k):
            continue
        last = _end(words, k + 2)
        if last is not None:
            out.append(Object(words.sentence, k + 2, last))
    return out


def _narrated(words: Words, k: int) -> bool:
    """A verb in the past tense frames "to" after word ``k``: word ``k`` ("agreed to"), or
    the word before it, word ``k`` a particle of it ("looked forward to"); not "the need
    to", "continued to", "opportunity to"."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    if caps[k] or stems[k] in STOP_WORDS:
        return False
    for at in (k, k - 1):
        if at < 0 or caps[at] or breaks[at + 1]:
            return False
        stem = stems[at]
        if len(stem) > 4 and stem.endswith("ed") and stem.isalpha() and stem not in ASPECT:
            return True
    return False


def _end(words: Words, start: int) -> int | None:
    """Past the object's last word: the end of its clause, or None past ``OBJECT`` words."""
    stems, breaks = words.stems, words.breaks
    last = start + 1
    while last < len(stems) and stems[last] not in _ENDS:
        if breaks[last] and len(stems[last - 1]) > 1:
            break  # punctuation ends the clause, not the full stop of "U.S."
        if stems[last] in ("and", "or") and last + 1 < len(stems) and stems[last + 1] == "to":
            break  # another frame's object
        last += 1
    return last if last - start <= OBJECT else None


def _holds(view: View, found: Object, one_sided: Mapping[str, Sequence[Occurrence]]) -> bool:
    """A one-sided formula stands wholly inside the object."""
    return any(
        o.id in one_sided and found.first <= o.first and o.last <= found.last
        for o in view.by_sentence.get(found.sentence, ())
    )


def _wording(a: View, b: View, oa: Object, ob: Object, said: Said) -> Wording | None:
    """The line the two objects say, or None when either is no line of its own."""
    wa, wb = a.words[oa.sentence], b.words[ob.sentence]
    if wa.stems[oa.first : oa.last] == wb.stems[ob.first : ob.last]:
        return None
    for words, found in ((wa, oa), (wb, ob)):
        if noise.why(words, found.first, found.last) or holds_amount(
            words, found.first, found.last
        ):
            return None
    text_a = a.readout.text[wa.start(oa.first) : wa.end(oa.last - 1)]
    text_b = b.readout.text[wb.start(ob.first) : wb.end(ob.last - 1)]
    if same_formula(text_a, text_b) or said(text_a, b.readout.text) or said(text_b, a.readout.text):
        return None
    return (oa.sentence, ob.sentence, (oa.first, oa.last, ob.first, ob.last), ("closing",))
