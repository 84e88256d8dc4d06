"""A thing named in a list of one readout and acted on in the other, in one place: a formula
only one readout has that lists fields ("including trade and investment and climate and
energy") and a formula only the other has that acts on one of them ("combating the climate
crisis").

An analyst pairs a list member with the act said of the same thing where the other readout's
list stood: biden-ramaphosa 2022 "addressing climate change" / "including … climate and
energy" and back again in the next call ("climate and energy" / "combating the climate
crisis"). Pairing a dropped and an appeared report by place alone is wrong nine times in ten
(``benchmarks/halves.py``: 2 right of 65 on the dev English pairs); those two are the only
pairings of a place where a list meets an act on a noun it names. So, in **one place** (the
sentences of one changed aligned pair, or the unpaired sentences between the same two pairs,
as :mod:`acts`):

- one side's formula, only its readout has, holds a list: "including" or "such as" and the
  nouns after it (the words :func:`acts.noun` keeps: no name, stop, stock, generic problem
  or adjective word);
- the other side's act (:func:`acts.acts_of`) holds a formula only its readout has, and the
  act's object names one of those nouns;
- each has no other partner there, among all the acts of the place (:func:`acts.paired`:
  "combating the climate crisis and expanding clean energy" against "climate and energy"
  pairs nothing), and neither is a name, an office,
  boilerplate, an amount, said in the other readout or the same words (:func:`acts.refused_pair`).

The entries take places no other entry tells; run last in :func:`unpaired.link`, after
:mod:`gap_words`.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("President Biden spoke with President Ramaphosa of South Africa.\\n\\nThey discussed the strength of the bilateral partnership and shared priorities, including trade and investment and climate and energy.")
>>> b = from_text("President Biden spoke with President Ramaphosa of South Africa.\\n\\nThey discussed the strength of the bilateral partnership and the importance of combating the climate crisis.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', 'including trade and investment and climate and energy', 'combating the climate crisis')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from readoutdiff.formulas.linking.comparing import Said
from readoutdiff.formulas.linking.line_entries import Busy, OneSided, Wording, entries
from readoutdiff.formulas.linking.open_sentences import read_once
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.unpaired.acts import (
    Act,
    Places,
    acts_of,
    noun,
    paired,
    places_where,
    wordings,
)
from readoutdiff.formulas.words.wording import strip
from readoutdiff.model import Formula

_MARKERS = frozenset(("including",))
"""Words that open a list of fields ("including trade and investment")."""
_SUCH = ("such", "as")
"""Two words that open a list ("such as")."""
_LONGEST = 12
"""Words of a list read at most."""


def changes(
    a: View, b: View, places: Places, said: Said,
    one_sided: OneSided, busy: Busy, ids: Counter[str],
) -> tuple[list[Formula], set[str]]:  # fmt: skip
    """The changed entries of a list member of one readout acted on in the other in one place,
    and the ids of the one-sided formulas they tell (the arguments as :func:`acts.changes`)."""
    only_a, only_b = one_sided
    if not only_a or not only_b:
        return [], set()
    memo_a: dict[str, list[Act]] = {}
    memo_b: dict[str, list[Act]] = {}
    found: list[Wording] = []
    for xs, ys in places_where(a, b, places, one_sided):
        lists_a, lists_b = _lists(a, xs, only_a), _lists(b, ys, only_b)
        if not lists_a and not lists_b:
            continue
        acts_a = [act for x in xs for act in read_once(memo_a, a, x, acts_of)] if lists_b else []
        acts_b = [act for y in ys for act in read_once(memo_b, b, y, acts_of)] if lists_a else []
        pairs = [*paired(lists_a, acts_b), *paired(acts_a, lists_b)]
        found += wordings(a, b, pairs, one_sided, said, both=True)
    return entries(a, b, found, one_sided, busy, [], ids)


def _lists(
    view: View, sentences: Sequence[int], only: Mapping[str, Sequence[Occurrence]]
) -> list[Act]:
    """The one-sided formulas of ``sentences`` that hold a list, each with the nouns it lists
    (an :class:`acts.Act` over the formula's words)."""
    out: list[Act] = []
    for x in sentences:
        words = view.words[x]
        stems, breaks, n = words.stems, words.breaks, len(words.stems)
        for o in view.by_sentence.get(x, ()):
            if o.id not in only:
                continue
            marker = next(
                (
                    k
                    for k in range(max(0, o.first - 2), o.last - 1)
                    if stems[k] in _MARKERS or tuple(stems[k : k + 2]) == _SUCH
                ),
                None,
            )
            if marker is None:
                continue
            start = marker + 1 + (stems[marker] == _SUCH[0])
            end = start
            while end < min(n, start + _LONGEST) and not (end > start and breaks[end]):
                end += 1
            if not o.first < end or start > o.last:
                continue  # the formula is no member of the list
            nouns = frozenset(strip(stems[j]) for j in range(start, end) if noun(words, j))
            if nouns:
                out.append(Act(x, marker, end, nouns))
    return out
