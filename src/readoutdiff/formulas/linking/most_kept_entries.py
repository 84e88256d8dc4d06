"""The entries of the lines :mod:`readoutdiff.formulas.linking.most_kept` reads in the changed pairs
of a comparison: a *changed* entry per line reworded, then a *persisted* one (``variant``) per
line said again in other inflections, aspect, names or stop words, each place once
(:mod:`readoutdiff.formulas.linking.line_entries`). A line must not cut a formula both readouts keep;
a changed one may hold it (the entry tells what was said around it), a persisted one holding
it is that formula, told already.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from readoutdiff.formulas.linking.comparing import Comparing
from readoutdiff.formulas.linking.line_entries import OneSided, Place, Wording, entries
from readoutdiff.formulas.linking.most_kept import Found, lines, may_share
from readoutdiff.formulas.linking.most_kept_edits import Held
from readoutdiff.formulas.linking.open_sentences import LONGEST
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import View
from readoutdiff.model import REWORDED, Formula, FormulaStatus
from readoutdiff.records.replacing import replace

ENGLISH = "en"
"""The language whose telling, introducing, framing and joining words the rule knows."""


def changes(
    a: View, b: View, comparing: Comparing, one_sided: OneSided, told: Sequence[Formula]
) -> tuple[list[Formula], set[str]]:  # fmt: skip
    """One entry per line of the changed aligned pairs (of ``comparing``) said with most telling words kept,
    *changed* or *persisted* (a variant), and the ids of the one-sided formulas (``one_sided``)
    the entries tell; places the entries ``told`` so far tell are left to them. English
    readouts only: which words tell, introduce, frame or join a line is known in English."""
    if a.readout.language != ENGLISH or b.readout.language != ENGLISH:
        return [], set()
    found: dict[bool, list[Wording]] = {True: [], False: []}
    memo = comparing.told
    # The lines of a pair said again (the same two sentences at other places, with the same
    # words held) are read once: they depend on the words alone. Keyed by the ids of each
    # sentence's shape tuples, shared by its copies and alive during the call.
    read: dict[tuple[object, ...], list[Found]] = {}
    for pair in comparing.changed:
        for x, y in ((s.index, t.index) for s in pair.a for t in pair.b):
            wa, wb = a.words[x], b.words[y]
            if len(wa.stems) > LONGEST or len(wb.stems) > LONGEST or not may_share(wa, wb, memo):
                continue  # a sentence of thousands of words is a dump, not a readout's line
            held = (_kept_words(a, x, one_sided[0]), _kept_words(b, y, one_sided[1]))
            key = (*map(id, (wa.stems, wa.offsets, wa.caps, wa.breaks)),
                   *map(id, (wb.stems, wb.offsets, wb.caps, wb.breaks)), *held)  # fmt: skip
            said = read.get(key)
            if said is None:
                said = read[key] = lines(wa, wb, held, memo)
            for fa, la, fb, lb, name, changed in said:
                if _whole(a, x, fa, la, one_sided[0], changed) and _whole(
                    b, y, fb, lb, one_sided[1], changed
                ):
                    found[changed].append((x, y, (fa, la, fb, lb), name))
    out: list[Formula] = []
    consumed: set[str] = set()
    taken: list[Place] = []
    ids = Counter(f.anchor for f in told if f.anchor)
    for changed in (True, False):  # a change first: a line kept elsewhere in the pair is less
        if not found[changed]:
            continue
        made = [*told, *out]
        busy = ([s for f in made for s in f.a_spans], [s for f in made for s in f.b_spans])
        entries_made, ids_told = entries(a, b, found[changed], one_sided, busy, taken, ids)
        out += entries_made if changed else map(_persisted, entries_made)
        consumed |= ids_told
    return out, consumed


def _persisted(entry: Formula) -> Formula:
    """The entry of a line said again in other inflections, aspect, names or stop words."""
    persisted_id = entry.id.replace(REWORDED, "", 1)  # "mined:x/reworded#2" -> "mined:x#2"
    return replace(entry, status=FormulaStatus.PERSISTED, variant=True, id=persisted_id)


def _kept_words(
    view: View, sentence: int, one_sided: Mapping[str, Sequence[Occurrence]]
) -> Held:  # fmt: skip
    """The words of the sentence that a formula both readouts keep (not in ``one_sided``) says."""
    return frozenset(
        k
        for o in view.by_sentence.get(sentence, ())
        if o.id not in one_sided
        for k in range(o.first, o.last)
    )


def _whole(
    view: View, sentence: int, first: int, last: int,
    one_sided: Mapping[str, Sequence[Occurrence]], changed: bool,
) -> bool:  # fmt: skip
    """No formula both readouts keep is cut by words [first, last): each stands outside them,
    or inside a changed line (whose entry tells what was said around it; a persisted line
    holding one is that formula, told already). A one-sided formula is taken whole by the
    entry (:func:`line_entries.covering`)."""
    return all(
        o.id in one_sided
        or o.last <= first or last <= o.first
        or (changed and first <= o.first and o.last <= last)
        for o in view.by_sentence.get(sentence, ())
    )  # fmt: skip
