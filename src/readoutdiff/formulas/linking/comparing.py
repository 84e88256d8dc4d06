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

from collections.abc import Callable, Container, Sequence
from itertools import filterfalse

from readoutdiff.formulas.linking.most_kept import Memo
from readoutdiff.formulas.linking.nearby import Placement, placement
from readoutdiff.formulas.linking.numbered import Crosses, crossing
from readoutdiff.formulas.linking.open_windows import Windowed, windowed
from readoutdiff.model import Alignment, Readout, Status
from readoutdiff.text.caseless import beyond_ascii

Opened = tuple[tuple[int, ...], tuple[int, ...]]
"""A's and B's sentences not aligned without change, in order (:meth:`Comparing.opened`)."""
Said = Callable[[str, str], bool]
"""Whether a wording stands in one of the two readouts' texts, case aside (:meth:`Comparing.said_in`)."""


class Comparing:
    """One comparison's aligned pairs and what the linking steps read off them once."""

    __slots__ = (
        "pairs", "changed", "subjects", "told", "_held", "_folded", "_placed", "_said", "_open",
        "_crosses", "_windowed",
    )  # fmt: skip

    def __init__(
        self, pairs: Sequence[Alignment], subjects: Callable[[], Container[str]] = frozenset
    ) -> None:
        self.pairs = pairs
        """The aligned pairs of a sentence a side at least, in order."""
        changed = Status.CHANGED  # a local: read off its class, a member costs 10 times more
        self.changed = [pair for pair in pairs if pair.status is changed]
        """The reworded ones, in order: five steps read only these (one pass over the pairs,
        not one per step)."""
        self.subjects = subjects
        """The two readouts' subjects (:func:`twins.subjects`, asked name by name:
        :class:`twins.Subjects`), made when first asked (set once the formulas are found: the
        pairs are read before, for mining)."""
        self.told: Memo = {}
        """:func:`most_kept.telling` of each distinct sentence (a readout says many twice)."""
        self._placed: Placement | None = None
        self._open: dict[tuple[int, int], Opened] = {}
        self._held: dict[int, str] = {}
        """Each readout text asked of, held so that its ``id`` (in the keys below) stays its own."""
        self._folded: dict[int, bytes] = {}
        """Each readout text's fold in UTF-8 (:func:`casefolded`), made when a wording is not
        found in it as written."""
        self._said: dict[tuple[str, int], bool] = {}
        self._crosses: Crosses | None = None
        self._windowed: dict[tuple[int, int, int], Windowed] = {}

    def crosses(self, a: Readout, b: Readout) -> Crosses:
        """Whether a sentence of A and one of B stand in numbered points that do not
        correspond (:func:`numbered.crossing`), read once for :mod:`standing` and
        :mod:`unpaired` (``a``, ``b``: the compared readouts, the same at every call)."""
        if self._crosses is None:
            # The placement itself (the rules that ask have read it): the bound method, held
            # by the function made here, would hold this memo in a cycle (sp57)
            self._crosses = crossing(a, b, self.placement())
        return self._crosses

    def placement(self) -> Placement:
        """Where the aligner put the sentences (:func:`nearby.placement`), read once."""
        if self._placed is None:
            self._placed = placement(self.pairs)
        return self._placed

    def opened(self, na: int, nb: int) -> Opened:
        """The sentences of A (of ``na``) and of B (of ``nb``) not aligned without change, in
        order, read once for every rule that starts from them (:mod:`standing`,
        :mod:`unpaired`).

        >>> Comparing((), frozenset).opened(3, 2)
        ((0, 1, 2), (0, 1))
        """
        found = self._open.get((na, nb))
        if found is None:
            same_a, same_b = self.placement().same
            found = self._open[na, nb] = (
                tuple(filterfalse(same_a.__contains__, range(na))),  # the test in C
                tuple(filterfalse(same_b.__contains__, range(nb))),
            )
        return found

    def windowed(self, na: int, nb: int, reach: int) -> Windowed:
        """Each open sentence of A (of ``na``) -> the open sentences of B (of ``nb``) near it
        by window (:func:`open_windows.windowed`, ``reach`` beyond the paired neighbours, read
        off the anchors), read once for :mod:`standing` and :mod:`unpaired`, which read it and
        never change it."""
        found = self._windowed.get((na, nb, reach))
        if found is None:
            placed = self.placement()
            found = self._windowed[na, nb, reach] = windowed(
                placed.anchors, placed.mirrored, *self.opened(na, nb), (na, nb), reach
            )
        return found

    def said_in(self, text: str, other: str) -> bool:
        """``text`` stands in ``other`` (one of the readouts' texts), case aside; each text is
        folded at most once (only when a wording is not found as written) and each wording
        looked for once.

        >>> comparing = Comparing((), frozenset)
        >>> said = "They reaffirmed the Comprehensive Strategic Partnership."
        >>> comparing.said_in("strategic partnership", said), comparing.said_in("alliance", said)
        (True, False)
        """
        key = (text, id(other))
        found = self._said.get(key)
        if found is None:
            self._held[id(other)] = other
            if text in other:
                # Folding keeps each character's place (no context), so a wording that
                # stands in the text as written stands in its fold: most do, and then no
                # readout is folded at all (26 M instructions for two 500 KB readouts).
                found = self._said[key] = True
            else:
                folded = self._folded.get(id(other))
                if folded is None:
                    folded = self._folded[id(other)] = casefolded(other)
                # In UTF-8 a whole character's bytes match only at a character's start, so
                # the bytes of one fold stand in the other's exactly where its characters do.
                wanted = text.casefold().encode("utf-8", "surrogatepass")
                found = self._said[key] = folded.find(wanted) >= 0
        return found


def casefolded(text: str) -> bytes:
    """``text.casefold()`` in UTF-8, made in C at memory speed when every character outside
    ASCII folds to itself (curly quotes, dashes, "é", "ñ" …): then the fold only lowers the
    ASCII letters, which ``bytes.lower`` does. ``str.casefold`` looks each character of a text
    with one such character up in the Unicode tables: some 34 M instructions for a 500 KB
    readout, against 13 M for this.

    >>> casefolded("Straße’s ÉTÉ"), casefolded("the Ukrainian people’s")
    (b'strasse\\xe2\\x80\\x99s \\xc3\\xa9t\\xc3\\xa9', b'the ukrainian people\\xe2\\x80\\x99s')
    """
    data = text.encode("utf-8", "surrogatepass")
    rest = beyond_ascii(data)
    if rest.casefold() != rest:  # a character folds to another (or to several: no shorter)
        return text.casefold().encode("utf-8", "surrogatepass")
    return data.lower()
