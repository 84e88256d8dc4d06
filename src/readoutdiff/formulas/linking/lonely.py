"""Link the formulas only one side has that no replaced phrase of an aligned pair told.

The steps run in order, each on what the ones before left, best evidence first:
:mod:`twins` (two one-sided formulas sharing telling words), :mod:`slots` (a formula's
rewording in the other readout's words), :mod:`qualified_nouns` (not with mining off),
:mod:`standing` (a line reworded across passages), :mod:`most_kept` (a line an aligned pair
says again with most of its telling words; not with mining off) and :mod:`replaced` (two
formulas alone in one replaced run of a pair). Moved out of :mod:`tracking` (c11) to keep
both modules short.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from readoutdiff.formulas.entries.entries import linked
from readoutdiff.formulas.linking import most_kept_entries, qualified_nouns, slots, standing, twins
from readoutdiff.formulas.linking.comparing import Comparing
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession import replaced
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import Copies
from readoutdiff.model import Formula, Span
from readoutdiff.text.shared_runs import BlockMemo

ById = Mapping[str, Sequence[Occurrence]]


def link(
    a: View, b: View, every: tuple[ById, ById], one_sided: tuple[ById, ById],
    comparing: Comparing, told: Sequence[Formula], blocks: BlockMemo | None = None,
    *, mining: bool = True, groups: tuple[Sequence[Copies], Sequence[Copies]] | None = None,
) -> tuple[list[Formula], set[str]]:  # fmt: skip
    """Return the changed entries that link one-sided formulas, and the ids they tell.

    ``every``: each side's formulas by id; ``one_sided``: those left to link; ``comparing``:
    the comparison's aligned pairs and memos; ``told``: the entries made so far (their places
    are busy); ``blocks`` and ``mining``: see :func:`standing.changes`; ``groups``: each side's
    words grouped by text (:meth:`ReadoutMemo.groups`), when made already."""
    in_a, in_b = every
    lonely_a, lonely_b = one_sided
    formulas = list(told)
    start = len(formulas)
    # The places each side's entries tell, apart: A's offsets and B's are not comparable.
    busy_a, busy_b = spans_of(formulas)
    # Two one-sided formulas that share telling words first, then a formula's rewording in the
    # other readout's words: a place no formula holds must not take a formula whose partner
    # the other side names ("Egypt's leading role" / "Egypt's essential role").
    twinned = twins.link(a, b, lonely_a, lonely_b, comparing, (busy_a, busy_b))
    formulas += twinned.changed
    left_a = {i: o for i, o in lonely_a.items() if i not in twinned.consumed}
    left_b = {i: o for i, o in lonely_b.items() if i not in twinned.consumed}
    busy_a, busy_b = spans_of(formulas)
    reworded = slots.find(a, b, left_a, left_b, comparing, (busy_a, busy_b), groups)
    formulas += reworded.changed
    left_a = {i: o for i, o in left_a.items() if i not in reworded.consumed}
    left_b = {i: o for i, o in left_b.items() if i not in reworded.consumed}

    def busy() -> tuple[list[Span], list[Span]]:  # made only when some qualified noun may pair
        busy_a, busy_b = spans_of(formulas)
        busy_a += [o.span for found in in_a.values() for o in found]  # every formula said there
        busy_b += [o.span for found in in_b.values() for o in found]
        return busy_a, busy_b

    if mining:  # read off the words alone, as most_kept below: no lexicon names these nouns
        told_ids = Counter(f.anchor for f in formulas if f.anchor)
        formulas += qualified_nouns.changes(a, b, comparing, busy, told_ids, groups)
    # A line reworded across passages last: the narrower evidence above tells its place first.
    busy_a, busy_b = spans_of(formulas)
    busy_a += [o.span for i, found in in_a.items() if i not in left_a for o in found]
    busy_b += [o.span for i, found in in_b.items() if i not in left_b for o in found]
    lines = standing.changes(
        a, b, left_a, left_b, comparing, (busy_a, busy_b), blocks, mining=mining
    )
    formulas += lines.changed
    left_a = {i: o for i, o in left_a.items() if i not in lines.consumed}
    left_b = {i: o for i, o in left_b.items() if i not in lines.consumed}
    kept_most: tuple[list[Formula], set[str]] = ([], set())
    if mining:  # read off the words alone
        kept_most = most_kept_entries.changes(a, b, comparing, (left_a, left_b), formulas)
        formulas += kept_most[0]
        left_a = {i: o for i, o in left_a.items() if i not in kept_most[1]}
        left_b = {i: o for i, o in left_b.items() if i not in kept_most[1]}
    placed = replaced.links(a, b, left_a, left_b, comparing.pairs, spans_of(formulas))
    formulas += [replaced.told(p, linked(p.link, in_a, in_b), a, b) for p in placed]
    consumed = reworded.consumed | twinned.consumed | lines.consumed | kept_most[1]
    consumed |= {p.link.a_id for p in placed} | {p.link.b_id for p in placed}
    return formulas[start:], consumed


def spans_of(formulas: Iterable[Formula]) -> tuple[list[Span], list[Span]]:
    """The spans of A and the spans of B that ``formulas`` tell."""
    told = list(formulas)
    return [s for f in told for s in f.a_spans], [s for f in told for s in f.b_spans]
