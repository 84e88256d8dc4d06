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

from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet

from readoutdiff.align.similarity import Scorer, Side, new_side_memo
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.succession.succession import Governed, View

Reading = Callable[[Occurrence, Occurrence], Governed | None]
"""The change of governing words read at one sighting on each side (None: no change there)."""
Sightings = Callable[[Occurrence, Occurrence, Reading], Governed | None]


def sightings(
    a: View, b: View, paired: tuple[AbstractSet[int], AbstractSet[int]],
    sides: tuple[Mapping[str, Sequence[Occurrence]], Mapping[str, Sequence[Occurrence]]],
) -> Sightings:  # fmt: skip
    """The change found at ``(x, y)`` read (by ``read``) at a closer pair of sightings (see
    the module), or None when there is none; ``paired``: the sentences of A and of B an
    aligned pair holds; ``sides``: each formula's sightings on each side, by id."""
    known: dict[tuple[int, int], Side] = {}  # (side, sentence) -> the sentence read, once
    memo = new_side_memo()  # a word is stemmed once however many sentences say it

    def side(view: View, number: int, sentence: int) -> Side:
        found = known.get((number, sentence))
        if found is None:
            found = known[number, sentence] = Side([view.readout.sentences[sentence]], memo)
        return found

    def score(x: int, y: int) -> float:
        """The aligner's score of A's sentence ``x`` and B's ``y`` read on their own: its
        rarity weights counted over the two sentences, not over both readouts (a scorer of two
        whole 500 KB readouts costs more than the comparison), and no paragraph's bonus."""
        return Scorer(side(a, 0, x), side(b, 1, y)).pair(0, 0)

    def closer(x: Occurrence, y: Occurrence, read: Reading) -> Governed | None:
        in_a = [o for o in sides[0].get(x.id, ()) if o.sentence not in paired[0]]
        in_b = [o for o in sides[1].get(y.id, ()) if o.sentence not in paired[1]]
        if not in_a and not in_b:
            return None
        # only sightings whose governing words read as a change are scored (most are not)
        read_at = [(o, y, read(o, y)) for o in in_a] + [(x, o, read(x, o)) for o in in_b]
        found = [(p, q, change) for p, q, change in read_at if change is not None]
        if not found:
            return None
        here = score(x.sentence, y.sentence)
        scored = [(score(p.sentence, q.sentence), p, q, change) for p, q, change in found]
        better = [c for c in scored if c[0] > here]
        # best first; a tie by the sentences' places (their sum reads alike whichever side is A)
        better.sort(key=lambda c: (-c[0], c[1].sentence + c[2].sentence, c[1].sentence))
        return better[0][3] if better else None

    return closer
