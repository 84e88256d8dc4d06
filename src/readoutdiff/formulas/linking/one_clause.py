"""A line reworded in place is quoted inside one clause: not from its subject, not into the
next predicate.

The rules that read a line kept in part and reworded in part off the word diff of an
aligned pair (:mod:`openings`, :mod:`anchored`, :mod:`governed`, :mod:`stances`) take runs of
words; a run may reach over the clause the line stands in, at either end:

- **its subject**: both wordings open on the same capitalised word(s) followed by the same
  finite verb ("The Prime Minister and *Taoiseach looked* forward to meeting in person in the
  future" / "… *Taoiseach looked* forward to seeing one another in person"): who speaks is
  kept and is no part of what is said; both wordings start at the verb;
- **the next predicate**: a wording goes on over "and" and a verb of the same subject ("the
  DPRK's destabilizing ballistic missile tests *and committed to* continue building on their
  close coordination"): the wording ends before the "and". A verb here is a reporting verb
  (:data:`~readoutdiff.formulas.words.roles.REPORTING`) or a lower-case word in "-ed"
  followed by "to" or a determiner ("committed to", "welcomed the"); an "-ed" word before a
  noun is a qualifier ("and expanded cooperation") and stays.

A wording keeps at least :data:`MIN_WORDS` words; English readouts only (the verbs are
English).

:func:`comma_clause_end` cuts one more edge, for :mod:`standing`, whose regions run from the
first to the last word two sentences share: **a comma that opens another clause** — the wording
goes on over a comma, a subject of a few words and a modal verb ("permanent members of the
United Nations Security Council, *China and the UK should* fulfill the international
responsibilities", u68's embassy page): the wording ends before the comma. A list's comma
("peace, security, and prosperity") or an appositive ("priorities, such as critical minerals")
has no modal after it and stays.

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.formulas.words.phrases import readout_words
>>> wa = readout_words(from_text("The Prime Minister and Taoiseach looked forward to meeting soon."))[0]
>>> wb = readout_words(from_text("The Prime Minister and Taoiseach looked forward to seeing one another."))[0]
>>> wa.stems[4:6], subject_kept(wa, 4, wb, 4)
(('taoiseach', 'looked'), 1)
>>> w = readout_words(from_text("They condemned the tests and committed to continue building on it."))[0]
>>> w.stems[3:6], predicate_end(w, 2, len(w.stems))
(('test', 'and', 'committed'), 4)
>>> w = readout_words(from_text("They agreed to deepen and expanded cooperation on trade."))[0]
>>> predicate_end(w, 3, len(w.stems)) == len(w.stems)
True
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.linking.line_entries import Wording
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import DETERMINERS, REPORTING
from readoutdiff.formulas.words.roles import SUBJECT_WORDS as SUBJECT_OPENERS

MIN_WORDS = 2
"""The fewest words a wording keeps after a cut (else it is left as it was)."""
SUBJECT_WORDS = 3
"""The most capitalised words a subject kept on both sides may hold ("Prime Minister Kishida")."""
MODALS = frozenset("should will would must can could shall may".split())
"""The verbs that tell a clause's predicate after a comma (:func:`comma_clause_end`)."""
CLAUSE_SUBJECT = 4
"""The most words a subject between a comma and its modal may hold ("China and the UK")."""
_JOINS = frozenset(("and", "or", "but"))
"""The words after a comma that open a clause of their own (", and the UK should …")."""


def _finite(words: Words, k: int) -> bool:
    """Word ``k`` is a verb in the past tense or a reporting verb, in lower case ("looked")."""
    if k >= len(words.stems) or words.caps[k]:
        return False
    stem = words.stems[k]
    if stem in REPORTING:
        return True
    return stem.endswith("ed") and len(stem) > 3


def subject_kept(wa: Words, fa: int, wb: Words, fb: int) -> int:
    """How many words both wordings open with that are a subject kept before its verb: the
    same capitalised words on both sides, then the same finite verb (0: none)."""
    k = 0
    while (
        k < SUBJECT_WORDS
        and fa + k < len(wa.stems)
        and fb + k < len(wb.stems)
        and wa.caps[fa + k]
        and wb.caps[fb + k]
        and wa.stems[fa + k] == wb.stems[fb + k]
    ):
        k += 1
    if not k or fa + k >= len(wa.stems) or fb + k >= len(wb.stems):
        return 0
    if wa.stems[fa + k] != wb.stems[fb + k] or wa.breaks[fa + k] or wb.breaks[fb + k]:
        return 0
    return k if _finite(wa, fa + k) and _finite(wb, fb + k) else 0


def predicate_end(words: Words, first: int, last: int) -> int:
    """Where the wording ``words[first:last]`` ends if it goes on over "and" into another
    predicate of its subject (``last`` if it does not)."""
    stems = words.stems
    for k in range(first + MIN_WORDS, last - 1):
        if stems[k] != "and" or not _finite(words, k + 1):
            continue
        after = stems[k + 2] if k + 2 < len(stems) else ""
        if stems[k + 1] in REPORTING or after == "to" or after in DETERMINERS:
            return k  # a past tense before a noun is a qualifier ("and expanded cooperation")
    return last


def comma_clause_end(words: Words, text: str, first: int, last: int) -> int:
    """Where the wording ``words[first:last]`` of a readout whose text is ``text`` ends if it
    goes on over a comma into another clause: a subject of at most :data:`CLAUSE_SUBJECT`
    words (opening, after an "and", "or" or "but", on a capitalised word, a determiner or a
    subject word) and a modal verb
    inside the wording (``last`` if it does not, or if fewer than :data:`MIN_WORDS` words would
    be left)."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    for k in range(first + MIN_WORDS, last - 1):
        if not breaks[k] or "," not in text[words.end(k - 1) : words.start(k)]:
            continue
        s = k + (stems[k] in _JOINS)  # ", and the UK should …" opens a clause too
        if s >= last or not (caps[s] or stems[s] in DETERMINERS or stems[s] in SUBJECT_OPENERS):
            continue
        for j in range(s + 1, min(s + 1 + CLAUSE_SUBJECT, last)):
            if breaks[j]:
                break
            if stems[j] in MODALS and not caps[j]:
                return k
    return last


def in_one_clause(a: View, b: View, found: Sequence[Wording]) -> list[Wording]:
    """The lines ``found`` with each wording cut to its clause (see the module); English
    readouts only, others as they are."""
    if not (a.readout.language == b.readout.language == "en"):
        return list(found)
    out: list[Wording] = []
    for x, y, (fa, la, fb, lb), name in found:
        wa, wb = a.words[x], b.words[y]
        kept = subject_kept(wa, fa, wb, fb)
        if kept and la - fa - kept >= MIN_WORDS and lb - fb - kept >= MIN_WORDS:
            fa, fb = fa + kept, fb + kept
        la, lb = predicate_end(wa, fa, la), predicate_end(wb, fb, lb)
        out.append((x, y, (fa, la, fb, lb), name))
    return out
