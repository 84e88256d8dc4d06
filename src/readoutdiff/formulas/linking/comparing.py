"""What the linking steps read off one comparison more than once, made once per comparison.

``tracking`` makes one :class:`Comparing` for each comparison and hands it to every linking
step (:mod:`lonely`, :mod:`twins`, :mod:`unpaired`); it goes when the comparison ends. The
memos the steps share (where the aligner put the sentences, the telling words of each
sentence, each readout's text folded and the wordings looked for in it) live here, never in a
module: a module's memo kept the last comparison's pairs, sentences and texts alive after it
returned, and had to tell the pairs of one comparison from equal pairs of another by identity.
(The index of the places told, asked again only inside ``standing``, lives there:
:class:`spans.Unhelds`.)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from readoutdiff.formulas.linking.most_kept import Memo
from readoutdiff.formulas.linking.nearby import Placement, placement
from readoutdiff.model import Alignment

Said = Callable[[str, str], bool]
"""Whether a wording stands in one of the two readouts' texts, case aside (:meth:`Comparing.said_in`)."""


class Comparing:
    """One comparison's aligned pairs and what the linking steps read off them once."""

    __slots__ = ("pairs", "subjects", "told", "_folded", "_placed", "_said")

    def __init__(self, pairs: Sequence[Alignment], subjects: Callable[[], frozenset[str]]) -> None:
        self.pairs = pairs
        """The aligned pairs of a sentence a side at least, in order."""
        self.subjects = subjects
        """The two readouts' subjects (:func:`twins.subjects`), read when first asked."""
        self.told: Memo = {}
        """:func:`most_kept.telling` of each distinct sentence (a readout says many twice)."""
        self._placed: Placement | None = None
        self._folded: dict[int, tuple[str, str]] = {}
        """Each readout text asked of -> (the text, held so that its ``id`` stays its own; folded)."""
        self._said: dict[tuple[str, int], bool] = {}

    def placement(self) -> Placement:
        """Where the aligner put the sentences (:func:`nearby.placement`), read once."""
        if self._placed is None:
            self._placed = placement(self.pairs)
        return self._placed

    def said_in(self, text: str, other: str) -> bool:
        """``text`` stands in ``other`` (one of the readouts' texts), case aside; each text is
        folded once and each wording looked for once.

        >>> comparing = Comparing((), frozenset)
        >>> said = "They reaffirmed the Comprehensive Strategic Partnership."
        >>> comparing.said_in("strategic partnership", said), comparing.said_in("alliance", said)
        (True, False)
        """
        key = (text, id(other))
        found = self._said.get(key)
        if found is None:
            known = self._folded.get(id(other))
            if known is None:
                known = self._folded[id(other)] = (other, other.casefold())
            found = self._said[key] = known[1].find(text.casefold()) >= 0
        return found
