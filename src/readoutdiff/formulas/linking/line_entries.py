"""Changed entries for lines found in two sentences, one of each readout (by
:mod:`readoutdiff.formulas.linking.between` and :mod:`readoutdiff.formulas.linking.openings`): each place
once, those that stand first in both readouts first, so that swapping the readouts mirrors
the result; a place another entry tells is left to it, and a formula only one readout has
that stands inside a wording is told by the entry."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.spans import Unheld, Unhelds, word_span
from readoutdiff.model import REWORDED, Formula, FormulaSource, FormulaStatus, Span

Place = tuple[int, int, int, int]
"""(side: 0 for A, 1 for B; sentence; first word; word past the last)."""
Wording = tuple[int, int, tuple[int, int, int, int], tuple[str, ...]]
"""A line in two sentences: (A sentence, B sentence, (A's first word, past A's last, B's
first, past B's last), the stems that name it)."""
OneSided = tuple[Mapping[str, Sequence[Occurrence]], Mapping[str, Sequence[Occurrence]]]
Busy = tuple[Sequence[Span], Sequence[Span]]


def entries(
    a: View, b: View, found: Sequence[Wording], one_sided: OneSided, busy: Busy,
    taken: list[Place], ids: Counter[str], indexed: Unhelds | None = None,
) -> tuple[list[Formula], set[str]]:  # fmt: skip
    """The changed entries of ``found`` lines, each place once, those that stand first in both
    readouts first (the same order whichever readout is A), and the ids of the one-sided
    formulas they tell. ``busy``: places other entries tell; ``taken``: word places told
    already (the entries' own are added); ``ids``: the entries made so far per anchor;
    ``indexed``: the caller's indexes of ``busy``, kept while it asks again of its lists grown."""

    def order(line: Wording) -> tuple[int, int, int, int]:
        x, y, (fa, la, fb, lb), _ = line
        wa, wb = a.words[x], b.words[y]
        starts, ends = (wa.start(fa), wb.start(fb)), (wa.end(la - 1), wb.end(lb - 1))
        return (sum(starts), min(starts), sum(ends), min(ends))  # mirrors on a swap

    out: list[Formula] = []
    consumed: set[str] = set()
    if not found:
        return out, consumed
    # The spans other entries tell, indexed (by ``indexed`` when the caller asks again).
    free_a, free_b = (Unheld(side) if indexed is None else indexed(side) for side in busy)
    places: dict[tuple[int, int], list[tuple[int, int]]] = {}  # ``taken`` by side and sentence
    for side, sentence, first, last in taken:
        places.setdefault((side, sentence), []).append((first, last))
    for x, y, (fa, la, fb, lb), name in sorted(found, key=order):
        wa, wb = a.words[x], b.words[y]
        held_a, held_b = held_in(a, x, fa, la, one_sided[0]), held_in(b, y, fb, lb, one_sided[1])
        # A formula the wording cuts into is quoted whole: its words are the better quote.
        fa, la = covering(fa, la, held_a)
        fb, lb = covering(fb, lb, held_b)
        mine = [(0, x, fa, la), (1, y, fb, lb)]
        if any(
            f < e2 and f2 < e for s, n, f, e in mine for f2, e2 in places.get((s, n), ())
        ):  # fmt: skip
            continue
        span_a, span_b = word_span(a.readout, wa, fa, la), word_span(b.readout, wb, fb, lb)
        if not (free_a(span_a) and free_b(span_b)):
            continue
        held = held_a + held_b
        if any(o.id in consumed for o in held):
            continue
        taken += mine
        for side, sentence, first, last in mine:
            places.setdefault((side, sentence), []).append((first, last))
        consumed |= {o.id for o in held}
        out.append(entry(a, b, (span_a, span_b), name, held, ids))
    return out, consumed


def covering(first: int, last: int, held: Sequence[Occurrence]) -> tuple[int, int]:
    """Words [first, last) widened to hold every occurrence of ``held`` in the same sentence."""
    return min([first, *(o.first for o in held)]), max([last, *(o.last for o in held)])


def held_in(
    view: View, sentence: int, first: int, last: int, one_sided: Mapping[str, Sequence[Occurrence]]
) -> list[Occurrence]:  # fmt: skip
    """The formulas of ``one_sided`` said in words [first, last) of ``view``'s sentence."""
    return [
        o for o in view.by_sentence.get(sentence, ())
        if o.id in one_sided and o.first < last and first < o.last
    ]  # fmt: skip


def entry(
    a: View, b: View, spans: tuple[Span, Span], name: tuple[str, ...],
    held: Sequence[Occurrence], ids: Counter[str],
) -> Formula:  # fmt: skip
    """The changed entry, named by a one-sided formula it tells (a lexicon one first), else by
    ``name``'s stems."""
    span_a, span_b = spans
    owner = min(held, key=lambda o: (o.source is FormulaSource.MINED, o.id), default=None)
    anchor = owner.id if owner else phrase_id("mined", name)
    ids[anchor] += 1
    suffix = f"#{ids[anchor]}" if ids[anchor] > 1 else ""
    return Formula(
        status=FormulaStatus.CHANGED, a_text=a.readout.text[span_a.start : span_a.end],
        b_text=b.readout.text[span_b.start : span_b.end], a_spans=(span_a,), b_spans=(span_b,),
        id=f"{anchor}{REWORDED}{suffix}", source=owner.source if owner else FormulaSource.MINED,
        topic=owner.topic if owner else "", confidence=1.0, anchor=anchor,
    )  # fmt: skip
