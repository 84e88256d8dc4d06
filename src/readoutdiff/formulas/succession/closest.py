"""Which sighting of a kept formula a change of its governing words is told at.

:func:`succession.governed` reads the words governing a kept formula in each aligned pair that
holds it on both sides. The aligner pairs a sentence by its words *and* by its paragraph (a
candidate whose paragraph another pair already joins gets a bonus), so a formula said twice on
one side can have its change read at the sighting whose paragraph paired, while the other
sighting, in a sentence left unpaired, is the closer wording of the other side's sentence. The
samples: B's "officially announced the renewal of the Treaty of Good-neighborliness …" (B line
7, sentence 4) paired with A's "we will hail the 20th anniversary of the signing of the
China-Russia Treaty …" (A line 6, sentence 1: 0.374, plus the paragraph's 0.1) over "officially
deciding to extend the China-Russia Treaty …" (A line 4, sentence 2, dropped: 0.441; read on
their own, 0.278 and 0.321).

:func:`sightings` offers, for a change found at ``(x, y)``, the other sightings of the formula
in sentences no aligned pair holds, on either side, whose sentence scores higher against the
other side's sentence than the pair does, by the aligner's own score of the two sentences
read on their own (:meth:`readoutdiff.align.similarity.Scorer.pair`; no paragraph's bonus),
best first; the caller tells the change at the first of them whose governing words it can
read.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from readoutdiff.align.similarity import Scorer, Side, new_side_memo
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import View

Sightings = Callable[[Occurrence, Occurrence], list[tuple[Occurrence, Occurrence, float]]]


def sightings(a: View, b: View, paired: tuple[AbstractSet[int], AbstractSet[int]]) -> Sightings:
    """The closer sightings of a change found at ``(x, y)`` (see the module), each with its
    sentences' score; ``paired``: the sentences of A and of B an aligned pair holds."""
    read: dict[tuple[int, int], Side] = {}  # (side, sentence) -> the sentence read, once
    memo = new_side_memo()  # a word is stemmed once however many sentences say it

    def side(view: View, number: int, sentence: int) -> Side:
        found = read.get((number, sentence))
        if found is None:
            found = read[number, sentence] = Side([view.readout.sentences[sentence]], memo)
        return found

    def score(x: int, y: int) -> float:
        """The aligner's score of A's sentence ``x`` and B's ``y`` read on their own: its
        rarity weights counted over the two sentences, not over both readouts (a scorer of two
        whole 500 KB readouts costs more than the comparison), and no paragraph's bonus."""
        return Scorer(side(a, 0, x), side(b, 1, y)).pair(0, 0)

    unpaired: list[tuple[dict[str, list[Occurrence]], ...]] = []

    def closer(x: Occurrence, y: Occurrence) -> list[tuple[Occurrence, Occurrence, float]]:
        if not unpaired:  # read once, when a change is first found
            unpaired.append((_unpaired(a, paired[0]), _unpaired(b, paired[1])))
        in_a, in_b = unpaired[0][0].get(x.id, []), unpaired[0][1].get(y.id, [])
        if not in_a and not in_b:
            return []
        here = score(x.sentence, y.sentence)
        found = [(o, y, score(o.sentence, y.sentence)) for o in in_a]
        found += [(x, o, score(x.sentence, o.sentence)) for o in in_b]
        # best first; a tie by the sentences' places (their sum reads alike whichever side is A)
        found.sort(key=lambda c: (-c[2], c[0].sentence + c[1].sentence, c[0].sentence))
        return [c for c in found if c[2] > here]

    return closer


def _unpaired(view: View, paired: AbstractSet[int]) -> dict[str, list[Occurrence]]:
    """Each formula's sightings on one side in sentences no pair holds, by id."""
    found: dict[str, list[Occurrence]] = {}
    for sentence, sighted in view.by_sentence.items():
        if sentence not in paired:
            for o in sighted:
                found.setdefault(o.id, []).append(o)
    return found
