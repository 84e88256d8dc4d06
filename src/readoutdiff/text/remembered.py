"""A word's reading remembered for the process, in a table that empties itself when full."""

from __future__ import annotations

TYPE_CHECKING = False  # not typing's: this leaf is imported on the way to every comparison
if TYPE_CHECKING:
    from collections.abc import Callable


class Remembered(dict[str, str]):
    """Each word met -> what ``make`` reads of it, kept for the process and emptied whole once
    it holds ``held`` words (a bound on memory over a long ``series`` run). Its ``__getitem__``
    is the reading: a word met before is one look-up in C with no Python frame, so a sentence's
    words are read by one ``map`` in C.

    >>> upper = Remembered(str.upper, held=2).__getitem__
    >>> [upper(w) for w in ("a", "b", "a", "c")], len(upper.__self__)
    (['A', 'B', 'A', 'C'], 1)
    """

    __slots__ = ("_make", "_held")

    def __init__(self, make: Callable[[str], str], held: int = 65536) -> None:
        super().__init__()
        self._make = make
        self._held = held

    def __missing__(self, word: str) -> str:
        if len(self) >= self._held:
            self.clear()
        made = self[word] = self._make(word)
        return made
