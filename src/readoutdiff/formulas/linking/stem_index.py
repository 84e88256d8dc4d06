"""Where the content stems a formula only one side has stand in the other readout: the index
:mod:`slots` looks up each one-sided formula's words in, made once per side and comparison for
those words only, each distinct sentence read once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from readoutdiff.formulas.matching.content_words import content, counts
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.wording import strip


def wanted_stems(side: Mapping[str, Sequence[Occurrence]], view: View) -> set[str]:
    """The stripped content stems of the side's one-sided formulas (the first place of each):
    what :mod:`slots` looks up in the other readout."""
    firsts = [side[formula_id][0] for formula_id in side]
    return {stem for o in firsts for stem in content(view.words[o.sentence], o.first, o.last)}


def stem_index(view: View, wanted: set[str]) -> dict[str, list[tuple[int, int]]]:
    """Stripped content stem of ``wanted`` -> every (sentence, word) where it stands."""
    index: dict[str, list[tuple[int, int]]] = defaultdict(list)
    keys: dict[str, str | None] = {}  # each distinct stem is judged and stripped once
    useful: set[str] = set()  # the stems judged so far that strip to a wanted key
    heads = {key[:3] for key in wanted}  # strip() keeps a prefix: a stem starts like its key
    # Each distinct sentence is read once; its copies share one stems tuple, named by its id
    # (all of view.words is alive during the call).
    places: dict[int, list[tuple[int, str]]] = {}
    for words in view.words:
        stems = words.stems
        found = places.get(id(stems))
        if found is None:
            for stem in set(stems).difference(keys):
                key = strip(stem) if stem[:3] in heads and counts(stem) else None
                keys[stem] = key if key in wanted else None
                if keys[stem] is not None:
                    useful.add(stem)
            found = places[id(stems)] = (
                []
                if useful.isdisjoint(stems)
                else [(k, key) for k, stem in enumerate(stems) if (key := keys[stem]) is not None]
            )
        for k, key in found:
            index[key].append((words.sentence, k))
    return index
