"""Where the content stems a formula only one side has stand in the other readout: the index
:mod:`slots` looks up each one-sided formula's words in, made once per side and comparison for
those words only. A stem's places are listed only in the sentences where :mod:`slots` looks
(the windows around the formulas' sentences); how often it stands in the whole readout (a
common stem anchors nothing) is counted by distinct sentence, each counted in C, and for
:mod:`slots` only for the stems the windows list, each until it is common: most places of a
long readout hold its common words, and no one reads how common (19.8 -> 15.1 M instructions
at 500 KB a side).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import compress
from math import inf
from operator import attrgetter, itemgetter

from readoutdiff.formulas.matching.content_words import content, counts
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import Copies
from readoutdiff.formulas.words.wording import strip, stripped_from

Places = dict[str, list[tuple[int, int]]]
"""Stripped content stem -> (sentence, word) where it stands, in order."""


def wanted_stems(side: Mapping[str, Sequence[Occurrence]], view: View) -> set[str]:
    """The stripped content stems of the side's one-sided formulas (the first place of each):
    what :mod:`slots` looks up in the other readout."""
    firsts = [side[formula_id][0] for formula_id in side]
    return {stem for o in firsts for stem in content(view.words[o.sentence], o.first, o.last)}


def stem_index(
    view: View, wanted: set[str], windows: Iterable[tuple[int, int]], common: int | None = None,
    groups: Sequence[Copies] | None = None,
) -> tuple[Places, Counter[str]]:  # fmt: skip
    """The places of each stem of ``wanted`` in the sentences of ``windows`` ([lo, hi) each),
    and how many places each has in the whole readout; with ``common``, only of the stems
    listed in the windows, each counted until it has more than ``common`` places (then its
    figure is some count above ``common``: a common stem, whose exact count no one reads).
    ``groups``: the readout's words grouped by text (:meth:`ReadoutMemo.groups`), when made
    already: its distinct texts and their copies are read off them, not off every sentence.

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.formulas.words.phrases import readout_words
    >>> r = from_text("They deepened ties. Ties deepen. They met. Ties deepen.")
    >>> v = View(readout=r, words=readout_words(r), by_sentence={})
    >>> places, total = stem_index(v, {"deepen", "tie"}, [(0, 2)])
    >>> dict(places), sorted(total.items())
    ({'deepen': [(0, 1), (1, 1)], 'tie': [(0, 2), (1, 0)]}, [('deepen', 3), ('tie', 3)])
    """
    # The stems that strip to a wanted key are spelled from the key (a few each), not looked
    # for among the readout's distinct words: stripping every one of those cost more.
    keys = {
        stem: key
        for key in sorted(wanted)
        for stem in stripped_from(key)
        if counts(stem) and strip(stem) == key
    }  # fmt: skip
    places: Places = defaultdict(list)
    total: Counter[str] = Counter()
    if not keys:
        return places, total
    useful = frozenset(keys)
    read: dict[int, list[tuple[int, str]]] = {}
    for x in sorted({x for lo, hi in windows for x in range(lo, hi)}):
        stems = view.words[x].stems
        found = read.get(id(stems))
        if found is None:
            found = read[id(stems)] = [
                (k, keys[stems[k]])
                for k in compress(range(len(stems)), map(useful.__contains__, stems))
            ]
        for k, key in found:
            places[key].append((x, k))
    if common is not None:  # a stem no window lists is looked up in none
        useful = frozenset(stem for stem, key in keys.items() if key in places)
    _count(_texts(view, groups), (keys, useful), total, common)
    return places, total


def _texts(
    view: View, groups: Sequence[Copies] | None
) -> tuple[dict[int, tuple[str, ...]], Mapping[int, int]]:
    """Each distinct stems tuple of ``view``'s sentences by its id, in order of first sight,
    and how many sentences hold it. Copies of a sentence share one stems tuple (one Shape per
    text), named by its id (all of ``view.words`` is alive during the call). Read off
    ``groups`` (one a text) when given, each in C: at 500 KB a readout says 910 texts in
    3,281 sentences."""
    if groups is None:
        every = list(map(_STEMS, view.words))
        return dict(zip(map(id, every), every, strict=True)), Counter(map(id, every))
    texts = list(map(_TEXT, groups))
    ids = list(map(id, texts))
    copies = map(len, map(_COPIES, groups))
    return dict(zip(ids, texts, strict=True)), dict(zip(ids, copies, strict=True))


def _count(
    texts: tuple[dict[int, tuple[str, ...]], Mapping[int, int]],
    looked_up: tuple[dict[str, str], frozenset[str]], total: Counter[str], common: int | None,
) -> None:  # fmt: skip
    """Add to ``total`` the places of each stem of ``looked_up`` (stem -> key, the stems
    counted) in the whole readout, by distinct sentence (``texts``: each distinct sentence's
    stems by id, and how many copies each has, :func:`_texts`); a key past ``common`` is
    counted no further."""
    keys, useful = looked_up
    most = inf if common is None else common
    distinct, copies = texts
    for number, stems in distinct.items():
        if useful.isdisjoint(stems):
            continue
        past = False
        for stem in useful.intersection(stems):  # order-free: sums
            key = keys[stem]
            total[key] += stems.count(stem) * copies[number]
            past = past or total[key] > most
        if past:  # most places of a readout hold its common words: stop reading them
            useful = frozenset(stem for stem in useful if total[keys[stem]] <= most)
            if not useful:
                return


_STEMS = attrgetter("stems")
_TEXT = itemgetter(0)
_COPIES = itemgetter(1)
