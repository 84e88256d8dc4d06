"""The parties' undertaking to stay in contact, said once in each readout in other words: a
formula only one readout has ("remain in close contact") and the other readout's one contact
line ("agreed to step up their direct communication even further in the days to come").

A readout of a call most often closes on the leaders' word to keep talking: "agreed to stay in
close contact", "looked forward to speaking again soon", "will remain in close touch over the
coming days". The hand lists of the dev English pairs pair the two lines as one *changed* event
whenever each readout says one (johnson-zelenskyy 2022-03-20, starmer-albanese 2024-07-06,
starmer-carney 2025-03-17, biden-sisi 2023-11-22) and keep a line *dropped* or *appeared* when
the other readout says none (biden-abdullah 2024-04-14, johnson-zelenskyy 2022-05-22,
starmer-albanese 2024-10-25); the words they share are at most "close" or none, so no step
before this one links them. Here

- a **contact line** is a sentence holding a phrase of :data:`CONTACT` after a verb of
  undertaking (:data:`UNDERTAKING`: "agreed", "looked", "pledged", "will" …); its extent runs
  from that verb to the sentence's end;
- each readout says **exactly one** contact line, at least one of the two holds a formula only
  its readout has, and the two are not the same words;
- neither line is a name, an office, boilerplate or an amount, nor said in the other readout
  (:func:`framed.refused`).

The entries take places no other entry tells; run last in :func:`unpaired.link`.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("Prime Minister Johnson spoke to President Zelenskyy this morning.\\n\\nThe two leaders agreed to step up their direct communication even further in the days to come.")
>>> b = from_text("Prime Minister Johnson spoke to President Zelenskyy this morning.\\n\\nThe Prime Minister and President Zelenskyy agreed to continue to remain in close contact in the coming days.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'agreed to step up their direct communication even further in the days to come', 'agreed to continue to remain in close contact in the coming days')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from readoutdiff.formulas.linking.comparing import Said
from readoutdiff.formulas.linking.line_entries import Busy, OneSided, entries, held_in
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.unpaired.framed import Framed, refused
from readoutdiff.model import Formula

CONTACT = frozenset(
    (
        ("close", "contact"), ("close", "touch"), ("in", "touch"), ("direct", "communication"),
        ("active", "communication"), ("close", "coordination"), ("speak", "again"),
        ("speaking", "again"), ("talk", "again"), ("speaking", "soon"),
    )
)  # fmt: skip
"""Two words that say the parties keep talking ("remain in close contact", "speaking again")."""
_SECOND = frozenset(second for _, second in CONTACT)
UNDERTAKING = frozenset(
    "agreed agree pledged committed promised decided resolved looked look will".split()
)
"""Verbs of an undertaking a contact line opens with ("agreed to", "looked forward to")."""

Line = tuple[int, int, int]
"""A contact line: sentence, first word (the verb of undertaking), past the last word."""


def changes(
    a: View, b: View, said: Said, one_sided: OneSided, busy: Busy, ids: Counter[str]
) -> tuple[list[Formula], set[str]]:
    """The changed entry of the two readouts' contact lines, and the ids of the one-sided
    formulas it tells (the arguments as :func:`gap_frames.changes`)."""
    only_a, only_b = one_sided
    held_a = {o.sentence for found in only_a.values() for o in found}
    held_b = {o.sentence for found in only_b.values() for o in found}
    if not (_lines(a, held_a) or _lines(b, held_b)):
        return [], set()  # no one-sided formula in a contact line: read no further
    lines_a = _lines(a)
    if len(lines_a) != 1:
        return [], set()
    lines_b = _lines(b)
    if len(lines_b) != 1:
        return [], set()
    (x, fa, la), (y, fb, lb) = lines_a[0], lines_b[0]
    if not (held_in(a, x, fa, la, only_a) or held_in(b, y, fb, lb, only_b)):
        return [], set()
    if a.words[x].stems[fa:la] == b.words[y].stems[fb:lb]:
        return [], set()
    at_a, at_b = Framed(x, fa, fa, la, ""), Framed(y, fb, fb, lb, "")
    if refused(a, b, (at_a, la), (at_b, lb), said):
        return [], set()
    return entries(a, b, [(x, y, (fa, la, fb, lb), ("contact",))], one_sided, busy, [], ids)


def _lines(view: View, sentences: Iterable[int] | None = None) -> list[Line]:
    """The contact lines of a readout (of ``sentences`` of it, when given)."""
    out: list[Line] = []
    every = view.words
    for x in range(len(every)) if sentences is None else sorted(sentences):
        stems = every[x].stems
        if _SECOND.isdisjoint(stems):
            continue  # one set test for most sentences
        n = len(stems)
        at = next((k for k in range(n - 1) if (stems[k], stems[k + 1]) in CONTACT), None)
        if at is None:
            continue
        first = next((k for k in range(at - 1, -1, -1) if stems[k] in UNDERTAKING), None)
        if first is not None:
            out.append((x, first, n))
    return out
