"""A standing line reworded in sentences the aligner did not pair with each other.

A readout often says the same policy line as the one before it, reworded, inside a passage
that was rewritten around it, so the two sentences pair with nothing or with other
sentences: "support efforts to expand legal pathways for migrants and refugees" in A, "expand
legal pathways as an alternative to irregular migration" in another sentence of B; and often
no lexicon, mined or background formula stands there to anchor a change
(:mod:`readoutdiff.formulas.linking.slots` and :mod:`readoutdiff.formulas.linking.twins` need one). Here two
sentences, one of A and one of B, are compared when they stand near each other (each in the
other's :func:`nearby.window`, ``twins.WITHIN`` sentences beyond where its paired neighbours
went), the aligner did not pair them together, and neither was aligned without change (its
partner keeps every line of it). Two regions of them are one line reworded, a *changed* entry,
when :mod:`readoutdiff.formulas.linking.lines` says so, they share two words or more besides
the time words (:func:`_timed`: "the next steps" is no line), their shared words do not all
stand in the aligned partner of either sentence too (the line is kept there: "They reviewed
item 3 ..." beside "... item 4 ..."), neither wording is a name, an office, a date, boilerplate
or a cut (:func:`noise.why`), and neither touches a place another entry tells or a formula
the other readout keeps, nor opens right after a compound of two names (:func:`_named_before`),
nor holds an amount (:func:`~readoutdiff.formulas.words.phrases.holds_amount`), nor, in English,
says two or more telling words the other wording does not that stand together in another
sentence of the other readout (:func:`lines.said_apart`: its line went there); and the two
sentences do not stand in numbered points that do not correspond (:mod:`numbered`). A
one-sided formula inside a wording is told by the entry ("strengthening global
health security" -> "expand our partnership on global health": no "global health security"
dropped besides).

Pairs are taken best first, each place once: by the shared words, then by where they stand
(the same order whichever readout is A), so swapping the readouts mirrors the result.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met in Mexico City.\\n\\nThey agreed to support efforts to expand legal pathways for migrants and refugees, and more.")
>>> b = from_text("They met in Mexico City.\\n\\nThey welcomed plans to expand legal pathways as an alternative to irregular migration.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'support efforts to expand legal pathways for migrants', 'welcomed plans to expand legal pathways as an alternative')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from readoutdiff.formulas.linking import (
    anchored,
    between,
    governed,
    line_entries,
    openings,
    stances,
)
from readoutdiff.formulas.linking.clauses import grown
from readoutdiff.formulas.linking.comparing import Comparing
from readoutdiff.formulas.linking.line_entries import (
    OneSided,
    Place,
    Wording,
    covering,
    entry,
    held_in,
)
from readoutdiff.formulas.linking.lines import (
    MIN_SHARED,
    Elsewhere,
    Region,
    Said,
    evidence,
    keys,
    regions,
    said,
    said_apart,
    telling,
)
from readoutdiff.formulas.linking.nearby import Placement
from readoutdiff.formulas.linking.numbered import never
from readoutdiff.formulas.linking.one_clause import comma_clause_end, in_one_clause
from readoutdiff.formulas.linking.open_windows import Windowed
from readoutdiff.formulas.linking.openings import Run
from readoutdiff.formulas.linking.slots import Busy, Mutations
from readoutdiff.formulas.linking.twins import WITHIN
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.mining import noise
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import holds_amount, stem
from readoutdiff.formulas.words.roles import WHEN
from readoutdiff.formulas.words.spans import Unhelds, word_span
from readoutdiff.formulas.words.wording import strip
from readoutdiff.model import Alignment, Formula, Span, Status
from readoutdiff.text.shared_runs import BlockMemo

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_PASSAGE_CHANGED = Status.CHANGED


def changes(
    a: View, b: View, only_a: Mapping[str, Sequence[Occurrence]],
    only_b: Mapping[str, Sequence[Occurrence]], comparing: Comparing, busy: Busy,
    blocks: BlockMemo | None = None, *, mining: bool = True,
) -> Mutations:  # fmt: skip
    """Return one changed entry per line reworded across sentences not paired together
    (``only_a``/``only_b``: the one-sided formulas left; ``busy``: places told already;
    ``blocks``: the word runs of reworded pairs found already, see :func:`openings.runs`;
    ``mining``: off, no line is read off the words alone, :mod:`between` and :mod:`openings`
    do not run)."""
    out = Mutations(changed=[], consumed=set())
    layout = comparing.placement()
    near = _near(layout, comparing.windowed(len(a.words), len(b.words), WITHIN))
    crosses = comparing.crosses(a.readout, b.readout)
    if crosses is not never:  # no line crosses from one numbered point to another
        near = [(x, y) for x, y in near if not crosses(x, y)]
    candidates = _candidates(a, b, near, layout.partners)
    taken: list[tuple[int, int, int, int]] = []
    ids: Counter[str] = Counter()
    english = a.readout.language == b.readout.language == "en"  # see :func:`lines.said_apart`
    elsewhere = Elsewhere((a.words, b.words))  # indexed at the first question
    # ``busy`` (thousands of spans in a huge readout) indexed at the first question, and the
    # index kept for :func:`_in_place`, which asks of the same lists grown by the entries.
    told = (list(busy[0]), list(busy[1]))
    indexed = Unhelds()

    @cache
    def free() -> tuple[Callable[[Span], bool], Callable[[Span], bool]]:
        return indexed(told[0]), indexed(told[1])

    for _, x, ra, y, rb in sorted(candidates, key=lambda c: c[0]):
        if _timed(ra, rb):
            continue
        wa, wb = a.words[x], b.words[y]
        for lists in (True, False):  # a list a wording stops inside: through it if it may be
            (fa, la) = grown(wa, ra.first, ra.last, lists)
            (fb, lb) = grown(wb, rb.first, rb.last, lists)
            if english:  # not over a comma into the next clause's predicate (one_clause)
                la = comma_clause_end(wa, a.readout.text, fa, la)
                lb = comma_clause_end(wb, b.readout.text, fb, lb)
            held_a, held_b = held_in(a, x, fa, la, only_a), held_in(b, y, fb, lb, only_b)
            # A wording that cuts into a formula it tells takes it whole ("against Russia's
            # war" of "… Russia's war of aggression").
            (fa, la), (fb, lb) = covering(fa, la, held_a), covering(fb, lb, held_b)
            held = held_a + held_b
            if _fits(a, b, (x, y), (fa, la, fb, lb), (taken, free)) and not any(
                o.id in out.consumed for o in held
            ):
                break
        else:
            continue
        if english and said_apart(elsewhere, (x, fa, la), (y, fb, lb)):
            continue  # one side's other words stand together elsewhere: two lines
        span_a, span_b = word_span(a.readout, wa, fa, la), word_span(b.readout, wb, fb, lb)
        places = [(0, x, fa, la), (1, y, fb, lb)]
        taken += places
        out.consumed |= {o.id for o in held}
        name = tuple(s for s in ra.stems if s in rb.stems)  # the words the two wordings share
        out.changed.append(entry(a, b, (span_a, span_b), name, held, ids))
    if mining:
        _in_place(
            a, b, comparing, near, (only_a, only_b), (told, indexed), (out, taken, ids), blocks
        )
    return out


_Candidate = tuple[tuple[int, int, int], int, Region, int, Region]
"""A pair of regions that may say one line: its rank (best first), then sentence and region of A
and of B."""


def _candidates(
    a: View, b: View, near: Sequence[tuple[int, int]],
    partners: tuple[dict[int, list[int]], dict[int, list[int]]],
) -> list[_Candidate]:  # fmt: skip
    """Return the regions of the ``near`` sentence pairs that share evidence of one line and
    stand in neither sentence's aligned partner (``partners``) too."""
    of_a, of_b = partners
    known: dict[tuple[tuple[str, ...], tuple[bool, ...]], Said] = {}
    # Each distinct sentence's telling words read once, whichever readout and place says it
    # (its words' stems and caps tuples are one text's: ids, all alive during the call).
    told: dict[tuple[int, int], frozenset[str]] = {}
    candidates: list[_Candidate] = []
    for x, y in near:
        wa, wb = a.words[x], b.words[y]
        ta = told.get((id(wa.stems), id(wa.caps)))
        if ta is None:
            ta = told[id(wa.stems), id(wa.caps)] = telling(wa)
        tb = told.get((id(wb.stems), id(wb.caps)))
        if tb is None:
            tb = told[id(wb.stems), id(wb.caps)] = telling(wb)
        if ta.isdisjoint(tb):
            continue  # the cheap test first: most sentences near each other share too little
        # Read whole only now: four of five pairs near each other stop above (500 KB corpus).
        sa, sb = said(wa, known, ta), said(wb, known, tb)  # their telling words read above
        shared = sa.content & sb.content
        if len(shared) < MIN_SHARED:
            continue  # a region holds this many shared words: none can be read (a third here)
        for ra in regions(wa, sa.keys, shared):
            for rb in regions(wb, sb.keys, shared):
                common = evidence(wa, wb, ra, rb)
                if not common or _kept(ra, of_a.get(x, ()), b) or _kept(rb, of_b.get(y, ()), a):
                    continue
                a_at, b_at = wa.start(ra.first), wb.start(rb.first)
                candidates.append(((-common, a_at + b_at, min(a_at, b_at)), x, ra, y, rb))
    return candidates


def _in_place(
    a: View, b: View, comparing: Comparing, near: Sequence[tuple[int, int]],
    one_sided: OneSided, busy: tuple[tuple[list[Span], list[Span]], Unhelds],
    made: tuple[Mutations, list[Place], Counter[str]], blocks: BlockMemo | None,
) -> None:  # fmt: skip
    """Add the lines reworded in place to ``made`` (the entries so far, the word places they
    take, their numbers per anchor): words swapped between two kept words
    (:mod:`between`), then a kept opening that one side ends with a formula and the other with
    other words (:mod:`anchored`), a kept opening with another continuation
    (:mod:`openings`), a kept noun of commitment or support with another object
    (:mod:`governed`), a kept thing with another stance on it (:mod:`stances`)."""
    out, taken, ids = made
    only_a, only_b = one_sided
    told, indexed = busy  # the places told before :func:`changes`, and their index
    told[0].extend(s for f in out.changed for s in f.a_spans)
    told[1].extend(s for f in out.changed for s in f.b_spans)
    left = ({i: o for i, o in only_a.items() if i not in out.consumed},
            {i: o for i, o in only_b.items() if i not in out.consumed})  # fmt: skip
    single = _together(comparing.changed, single=True)  # diffed once, for swaps and for openings
    diffed = {(x, y): openings.runs(a.words[x].stems, b.words[y].stems, blocks) for x, y in single}
    together = _together(comparing.changed)  # read once for the swaps and the last two rules
    swapped_in_place, opened, objects, stanced, relinked = _kept_runs(
        a, b, together, diffed, blocks
    )
    swapped, consumed = between.changes(
        a, b, sorted({*near, *together} - diffed.keys()), swapped_in_place, left, told, taken,
        ids, indexed, comparing.placement(),
    )  # fmt: skip
    _add(out, swapped, consumed, told, left)
    # A formula one side ends a kept opening with first: the formula is the evidence.
    ends = anchored.lines(a, b, diffed, together, left)
    opened = [*opened, *_no_formula_after(relinked, left)]  # the walk's own list left as found
    for found in (ends, opened, objects, stanced):
        found = in_one_clause(a, b, found)  # not from the subject, not into the next predicate
        told_now, consumed = line_entries.entries(a, b, found, left, told, taken, ids, indexed)
        _add(out, told_now, consumed, told, left)


def _kept_runs(
    a: View, b: View, together: Sequence[tuple[int, int]],
    diffed: Mapping[tuple[int, int], Sequence[Run]], blocks: BlockMemo | None,
) -> tuple[
    list[Wording], list[Wording], list[Wording], list[Wording], list[tuple[Wording, int, int]]
]:  # fmt: skip
    """The lines that the four rules of the changed pairs ``together`` read off their words,
    in one walk over the pairs (each rule's lines in the pairs' order): words swapped between
    two kept runs (:func:`between.lines_in_diff`) and a kept opening with another
    continuation (:func:`openings.lines`) in the pairs of one sentence a side (``diffed``,
    with their runs), a kept noun of commitment or support with another object
    (:func:`governed.pair_lines`) and a kept thing with another stance on it
    (:func:`stances.pair_lines`) in every pair (its runs made from ``blocks`` only when both
    sentences say a stance), then the kept openings whose continuations open on two different
    words, a function word among them (:func:`openings.linked_lines`), each with where its
    continuations start. None reads the places told: the walk comes first."""
    swapped: list[Wording] = []
    opened: list[Wording] = []
    relinked: list[tuple[Wording, int, int]] = []
    objects: list[Wording] = []
    stanced: list[Wording] = []
    stance: dict[int, bool] = {}  # which sentences say a stance, each read once
    heads: dict[int, dict[str, list[int]]] = {}  # where each says a noun of commitment
    texts = (a.readout.text, b.readout.text)
    for x, y in together:
        words = wa, wb = a.words[x], b.words[y]
        kept = diffed.get((x, y))
        if kept is not None:
            swapped += between.lines_in_diff(x, y, wa, wb, kept)
            plain, linked = openings.both_lines(wa, wb, kept)
            opened += [(x, y, (fa, la, fb, lb), name) for fa, la, fb, lb, name in plain]
            relinked += [
                ((x, y, (fa, la, fb, lb), name), p1, q1)
                for (fa, la, fb, lb, name), (p1, q1) in linked
            ]
        objects += governed.pair_lines(x, y, words, texts, heads)
        stanced += stances.pair_lines(x, y, words, kept, (stance, blocks))
    return swapped, opened, objects, stanced, relinked


def _no_formula_after(
    lines: Sequence[tuple[Wording, int, int]], left: tuple[_Sided, _Sided]
) -> list[Wording]:
    """The ``lines`` whose continuations (from the two places given) hold no word of a formula
    told on one side alone (``left``): a formula there is an adjunct added or dropped by
    itself ("supporting Ukraine for as long as it takes" / "… to ensure it emerges …"), not
    the line's object swapped."""
    kept = []
    for line, p1, q1 in lines:
        x, y, (_, la, _, lb), _ = line
        if not any(
            o.sentence == sentence and o.first < last and first < o.last
            for side, sentence, first, last in ((0, x, p1, la), (1, y, q1, lb))
            for found in left[side].values()
            for o in found
        ):
            kept.append(line)
    return kept


_Sided = dict[str, Sequence[Occurrence]]


def _add(
    out: Mutations, made: Sequence[Formula], consumed: set[str],
    told: tuple[list[Span], list[Span]], left: tuple[_Sided, _Sided],
) -> None:  # fmt: skip
    """Add the entries ``made`` (telling the one-sided formulas ``consumed``) to ``out``, their
    places to ``told`` and take their formulas out of ``left``."""
    out.changed += made
    out.consumed |= consumed
    told[0].extend(s for f in made for s in f.a_spans)
    told[1].extend(s for f in made for s in f.b_spans)
    for side in left:
        for formula_id in consumed & side.keys():
            del side[formula_id]


def _fits(
    a: View, b: View, sentences: tuple[int, int], place: tuple[int, int, int, int],
    told: tuple[Sequence[Place], Callable[[], tuple[Callable[[Span], bool], ...]]],
) -> bool:  # fmt: skip
    """The two wordings take no word place taken already (``told``: those places, and the
    tests of each side's spans other entries tell, made when first asked), and neither is
    noise, a cut from a name or an amount."""
    (x, y), (fa, la, fb, lb), (taken, free) = sentences, place, told
    wa, wb = a.words[x], b.words[y]
    places = [(0, x, fa, la), (1, y, fb, lb)]
    if any(
        s == t and i == j and f < e2 and f2 < e for s, i, f, e in places for t, j, f2, e2 in taken
    ):
        return False
    if noise.why(wa, fa, la) or noise.why(wb, fb, lb):
        return False
    if (
        _named_before(a, x, fa)
        or _named_before(b, y, fb)
        or holds_amount(wa, fa, la)
        or holds_amount(wb, fb, lb)
    ):
        return False
    span_a, span_b = word_span(a.readout, wa, fa, la), word_span(b.readout, wb, fb, lb)
    free_a, free_b = free()
    return free_a(span_a) and free_b(span_b)


def _together(pairs: Sequence[Alignment], single: bool = False) -> list[tuple[int, int]]:
    """(A sentence, B sentence) of every pair the aligner found changed (``single``: of one
    sentence a side)."""
    return [
        (s.index, t.index) for pair in pairs if pair.status is _PASSAGE_CHANGED
        and not (single and len(pair.a) + len(pair.b) > 2)
        for s in pair.a for t in pair.b
    ]  # fmt: skip


def _near(layout: Placement, windowed: Windowed) -> list[tuple[int, int]]:
    """(A sentence, B sentence) near each other and not aligned together, in order; none of a
    sentence aligned without change (``windowed``: the open sentences near each other by
    window, :meth:`Comparing.windowed`, read once for the unpaired rules too)."""
    of_a = layout.partners[0]
    return sorted(
        (x, y) for x, ys in windowed.items() if ys
        for y in (ys.difference(of_a[x]) if x in of_a else ys)
    )  # fmt: skip


def _kept(region: Region, partners: Sequence[int], other: View) -> bool:
    """The sentence's aligned partner holds the region's shared words too: the line is kept
    there, not reworded elsewhere ("They reviewed item 3 …" beside "… item 4 …")."""
    return any(set(keys(other.words[y])).issuperset(region.stems) for y in partners)


_WHEN = frozenset(strip(stem(word)) for word in WHEN)


def _timed(ra: Region, rb: Region) -> bool:
    """The two regions share fewer than ``MIN_SHARED`` words once the time words
    (:data:`roles.WHEN`) are left out: "next steps to advance …" / "engage constructively on
    the next steps" place two lines in time alike, they are not one line (fat4)."""
    return sum(s in rb.stems and s not in _WHEN for s in ra.stems) < MIN_SHARED


def _named_before(view: View, sentence: int, first: int) -> bool:
    """The wording opens right after a compound of two names ("the Canada-UK enhanced national
    security partnership"): it is cut from the name of a programme or body, not a line."""
    words, k = view.words[sentence], first - 1
    if k < 1 or not (words.caps[k] and words.caps[k - 1]) or words.breaks[k] or words.breaks[first]:
        return False
    span = word_span(view.readout, words, k - 1, k + 1)
    return "-" in view.readout.text[span.start : span.end]
