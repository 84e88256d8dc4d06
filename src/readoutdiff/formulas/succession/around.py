"""A replaced phrase in the clause of a formula both sides keep: that formula's context changed.

A qualifier put in or taken out, or words swapped for unrelated ones, within ``AROUND`` words
of a lexicon formula both sides keep, in its clause, is a *changed* entry named after that
formula; its wordings run from the replaced phrase through the formula (see :func:`around`).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They thanked Turkey for its strong and vocal support in defense of Ukraine's sovereignty and territorial integrity.")
>>> b = from_text("They thanked Turkey for its strong support in defense of Ukraine's sovereignty and territorial integrity.")
>>> [(f.status.value, f.id, f.a_text, f.b_text) for f in compare(a, b).formulas][0]
('changed', 'sovereignty-territorial-integrity/wording', "strong and vocal support in defense of Ukraine's sovereignty and territorial integrity", "strong support in defense of Ukraine's sovereignty and territorial integrity")
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress

from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words import word_swaps, wording
from readoutdiff.formulas.words.roles import INTRODUCING
from readoutdiff.model import Alignment, Formula, FormulaSource, FormulaStatus, Span

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_MINED = FormulaSource.MINED

AROUND = 8
"""Words between a replaced phrase and a formula both sides keep, for the phrase to be its context."""
AKIN = 5
"""Letters two words share at their start to be one word inflected or derived."""


def around(
    rep: wording.Replacement, pair: Alignment, views: tuple[View, View],
    occurrences: tuple[Sequence[Occurrence], Sequence[Occurrence]], one_sided: set[str],
) -> Formula | None:  # fmt: skip
    """A qualifier put in or taken out, or words swapped, in the clause of a lexicon formula
    both sides keep: "strong and vocal support in defense of Ukraine's sovereignty and
    territorial integrity" -> "strong support in defense of Ukraine and its sovereignty and
    territorial integrity". Its wordings run from the replaced phrase through the formula.

    A reworded governing phrase that keeps a content word of the other ("strongly condemned" /
    "reiterated his condemnation for") is the same thing said again, and names, subjects and
    stop words alone are no change.
    """
    # The formula first: few replacements stand near one both sides keep (9 of 88 at 500 KB),
    # and whether the two wordings are one formula (``variant``) costs more than the rest.
    anchors = []
    for x in occurrences[0]:
        if _kept(x, one_sided) and _near(rep.a, x):
            y = next((o for o in occurrences[1] if o.id == x.id and _near(rep.b, o)), None)
            anchors += [(x, y)] if y is not None else []
    if not anchors or rep.variant or swapped(rep, pair, *views):
        return None
    a_told = word_swaps.told(rep.a_core, INTRODUCING)
    b_told = word_swaps.told(rep.b_core, INTRODUCING)
    if not (a_told or b_told):
        return None
    cut = not content(rep.a_core) or not content(rep.b_core)  # a qualifier in or out
    if cut and _item_moved(a_told or b_told, pair, *views, to_b=bool(b_told)):
        return None
    if not cut and (not a_told or not b_told or _akin(a_told, b_told)):
        return None
    x, y = min(anchors, key=lambda pair: pair[0].id)
    a_span, b_span = joined(rep.a_span, x.span), joined(rep.b_span, y.span)
    return Formula(
        status=FormulaStatus.CHANGED, id=x.id, anchor=x.id, source=x.source, topic=x.topic,
        a_text=views[0].readout.text[a_span.start : a_span.end], a_spans=(a_span,),
        b_text=views[1].readout.text[b_span.start : b_span.end], b_spans=(b_span,),
        confidence=round(rep.score, 3), evidence_score=rep.score,
    )  # fmt: skip


def _kept(occurrence: Occurrence, one_sided: set[str]) -> bool:
    """A lexicon formula both sides keep: mined and background phrases anchor nothing."""
    return (
        occurrence.id not in one_sided
        and occurrence.source is not _MINED
        and occurrence.topic != "background"
    )


def _item_moved(told: set[str], pair: Alignment, a: View, b: View, *, to_b: bool) -> bool:
    """Words put in (or taken out) that the other side's passage says too: a list item moved
    within the list, no change of the kept formula's context ("including addressing the root
    causes of migration, combatting corruption, and expanding economic opportunity" / "including
    expanding economic opportunity and addressing the root causes of migration")."""
    other, sentences = (a, pair.a) if to_b else (b, pair.b)
    if len(told) < 2:
        return False
    said = set[str]()
    for s in sentences:
        words = other.words[s.index]
        said |= word_swaps.told([(words, k) for k in range(len(words.stems))])
    return told <= said


def _akin(x: set[str], y: set[str]) -> bool:
    """Some word of ``x`` and some of ``y`` share a stem ("condemned"/"condemnation")."""
    return any(
        u[:AKIN] == v[:AKIN] if min(len(u), len(v)) >= AKIN else u == v for u in x for v in y
    )


def _near(run: Sequence[wording.Place], occurrence: Occurrence) -> bool:
    """The run stands within ``AROUND`` words of the formula, in its clause."""
    if not run:
        return False
    (first, i), (last, k) = run[0], run[-1]
    if last.sentence == occurrence.sentence and k < occurrence.first:
        words, gap = last, range(k + 1, occurrence.first + 1)
    elif first.sentence == occurrence.sentence and i >= occurrence.last:
        words, gap = first, range(occurrence.last, i + 1)
    else:
        return False
    return len(gap) <= AROUND and not any(words.breaks[j] for j in gap if j < len(words.breaks))


def joined(span: Span | None, other: Span) -> Span:
    """The span from the first start of the two to the last end (``other`` alone when ``span``
    is None)."""
    if span is None:
        return other
    first = span if span.start <= other.start else other
    return Span(start=first.start, end=max(span.end, other.end), line=first.line)


def swapped(rep: wording.Replacement, pair: Alignment, a: View, b: View) -> bool:
    """One side's wording stands word for word elsewhere in the other side's passage."""
    for run, other, sentences in ((rep.a, b, pair.b), (rep.b, a, pair.a)):
        stems = tuple(words.stems[k] for words, k in run)
        if len(stems) < 2:
            continue
        first, size = stems[0].__eq__, len(stems)
        for s in sentences:
            held = other.words[s.index].stems
            # Only where the wording's first word stands (picked in C): not every window.
            starts = compress(range(len(held) - size + 1), map(first, held))
            if any(held[i : i + size] == stems for i in starts):
                return True
    return False


def content(run: Sequence[wording.Place]) -> int:
    return sum(words.stems[k] not in words.stop_words for words, k in run)


def apart(x: Sequence[wording.Place], y: Sequence[wording.Place]) -> bool:
    """Two wordings of one formula that each say something the other does not, at opposite
    ends of the words they share: "secure the release of hostages" / "release of hostages
    held by Hamas" (a governing verb on one side, a qualifier on the other) is the formula
    said otherwise, not one wording of it. Words swapped at the same end ("true" / "genuine
    multilateralism") or inside it are a variant."""
    x_ends, y_ends = _ends(x, y), _ends(y, x)
    return bool(x_ends and y_ends) and "inside" not in x_ends | y_ends and not x_ends & y_ends


def _ends(run: Sequence[wording.Place], other: Sequence[wording.Place]) -> set[str]:
    """Where the telling words of ``run`` that ``other`` lacks stand: before, after or inside
    the words both share (an empty set when it lacks none, or they share none)."""
    shared = word_swaps.told(run) & word_swaps.told(other)
    places = [(i, word_swaps.told([place])) for i, place in enumerate(run)]
    at = [i for i, stems in places if stems & shared]
    if not at:
        return set()
    return {
        "before" if i < at[0] else "after" if i > at[-1] else "inside"
        for i, stems in places
        if stems and not stems & shared
    }
