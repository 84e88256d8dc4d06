"""Replaced phrases of a reworded Chinese pair, at the edges of words and phrases.

A Chinese sentence's words (:class:`~readoutdiff.formulas.words.phrases.Words`) are its
characters, so the pair's diff runs on characters and a run of differing characters may start
or end inside a word (``的近`` / ``的重要近`` of 搬不走的近邻 / 搬不走的重要近邻). Here each run is moved out to
the edges of the words jieba cuts (:func:`readoutdiff.languages.zh.cut`), by as many kept
characters on both sides, then widened over the kept words around it as English takes one
content word each side (:func:`readoutdiff.formulas.words.wording.replacements`): the function
words there (的, 和, 同 …: :data:`readoutdiff.languages.zh.FUNCTION_WORDS`) and one word more,
never across punctuation (、，。；). A run of function words only is no phrase.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.formulas.words.phrases import readout_words
>>> from readoutdiff.formulas.words.wording import replacements
>>> a, b = from_text("中韩是搬不走的近邻。"), from_text("中韩是搬不走的重要近邻。")
>>> pair = compare(a, b).alignments[0]
>>> [(r.a_text, r.b_text) for r in replacements(pair, a, b, readout_words(a), readout_words(b))]
[('搬不走的近邻', '搬不走的重要近邻')]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from readoutdiff.formulas.words.phrases import Place, Words
from readoutdiff.languages.folding import is_cjk
from readoutdiff.languages.zh import FUNCTION_WORDS, HAN_RUN, cut, same_object
from readoutdiff.model import Readout

Region = tuple[int, int, int, int]

LONGEST = 20
"""Most characters on one side of a Chinese replaced phrase; longer runs are rewritten text."""
_WORD = 3
"""The weight of one kept word a widening takes each side (:func:`_weight`)."""
_SNAPS = 6
"""Most rounds of moving a run's two sides out to word edges together (each round moves one
side to the end of a word the other side's move cut into)."""


def is_chinese(a: Readout, b: Readout) -> bool:
    """Both readouts are Chinese: their words are characters."""
    return a.language == b.language == "zh"


def in_characters(run: Sequence[Place]) -> bool:
    """The run's first word is a Chinese character (a Chinese pair's replacement)."""
    return bool(run) and is_cjk(run[0][0].stems[run[0][1]])


def shares_word(x: Sequence[Place], y: Sequence[Place]) -> bool:
    """Two runs of characters share two characters in a row (a word, not a character every
    Chinese phrase may hold: 的, 发, 展 …): one phrase mutated, as English asks of a shared
    content word (:func:`readoutdiff.formulas.succession.belongs.mutation`)."""
    return not _pairs(x).isdisjoint(_pairs(y))


def _pairs(run: Sequence[Place]) -> set[str]:
    return {
        w.stems[k] + v.stems[m]
        for (w, k), (v, m) in zip(run, run[1:], strict=False)
        if w is v and not v.breaks[m] and w.stems[k] + v.stems[m] not in FUNCTION_WORDS
    }


def variant(x: str, y: str) -> bool:
    """Two Chinese wordings say one commitment in two styles (convention (c) of
    ``eval/formulas/SOURCES.md``: :func:`readoutdiff.languages.zh.same_object`): no change.

    >>> variant("坚定奉行一个中国原则", "坚定恪守一个中国原则"), variant("抵制单边主义", "捍卫多边主义")
    (True, False)
    """
    return same_object(x, y)


@lru_cache(maxsize=4096)
def _starts(text: str) -> frozenset[int]:
    """Offsets in ``text`` at which a word starts, jieba's cut of each run of Chinese characters;
    every other character starts a word of its own."""
    starts = set(range(len(text)))
    for run in HAN_RUN().finditer(text):
        position = run.start()
        inside = set(range(run.start(), run.end()))
        starts -= inside
        for word in cut(run.group()):
            starts.add(position)
            position += len(word)
    return frozenset(starts)


def _word_starts(words: Words, text: str) -> frozenset[int]:
    """The numbers of the characters of ``words`` at which a jieba word starts."""
    if not words.stems:
        return frozenset()
    first = words.start(0)
    found = _starts(text[first : words.end(len(words.stems) - 1)])
    base = words.offsets[0]
    return frozenset(k for k, offset in enumerate(words.offsets) if offset - base in found)


def starts_word(place: Place, text: str) -> bool:
    """A jieba word of ``text`` starts at ``place``: its sentence's first character, one after a
    mark, or a word's first character (not 固 of 巩固)."""
    words, k = place
    return k == 0 or words.breaks[k] or k in _word_starts(words, text)


class _Edges:
    """Where words start in one side's run of places (memo per sentence)."""

    __slots__ = ("run", "text", "_held")

    def __init__(self, run: list[Place], text: str) -> None:
        self.run, self.text = run, text
        self._held: dict[int, frozenset[int]] = {}

    def edge(self, p: int) -> bool:
        """No word is cut between place ``p - 1`` and place ``p``."""
        if p <= 0 or p >= len(self.run):
            return True
        (before, _), (words, k) = self.run[p - 1], self.run[p]
        return before is not words or k in self._of(words)

    def word_before(self, p: int) -> int:
        """Where the word ending at place ``p`` starts (``p`` at a word edge)."""
        q = p - 1
        while q > 0 and not self.edge(q):
            q -= 1
        return q

    def word_after(self, p: int) -> int:
        """Where the word starting at place ``p`` ends."""
        q = p + 1
        while q < len(self.run) and not self.edge(q):
            q += 1
        return q

    def broken(self, p: int) -> bool:
        """Punctuation or a sentence end between place ``p - 1`` and place ``p``."""
        if p <= 0 or p >= len(self.run):
            return True
        (before, _), (words, k) = self.run[p - 1], self.run[p]
        return before is not words or words.breaks[k]

    def _of(self, words: Words) -> frozenset[int]:
        held = self._held.get(id(words))
        if held is None:
            held = self._held[id(words)] = _word_starts(words, self.text)
        return held

    def text_of(self, i: int, j: int) -> str:
        """The characters of places ``i`` to ``j``, as stems (folded)."""
        return "".join(w.stems[k] for w, k in self.run[i:j])


def snapped(region: Region, sides: tuple[_Edges, _Edges]) -> Region:
    """``region`` moved out to word edges on both sides, the same kept characters taken on
    both (a run ends inside a word on one side: both sides take the rest of that word)."""
    i1, i2, j1, j2 = region
    left, right = sides
    for _ in range(_SNAPS):
        di = i1 - (left.word_before(i1 + 1) if not left.edge(i1) else i1)
        dj = j1 - (right.word_before(j1 + 1) if not right.edge(j1) else j1)
        ei = (left.word_after(i2 - 1) if not left.edge(i2) else i2) - i2
        ej = (right.word_after(j2 - 1) if not right.edge(j2) else j2) - j2
        grow_front, grow_back = max(di, dj), max(ei, ej)
        if not grow_front and not grow_back:
            break
        grow_front = min(grow_front, i1, j1)
        grow_back = min(grow_back, len(left.run) - i2, len(right.run) - j2)
        if not grow_front and not grow_back:
            break
        i1, j1, i2, j2 = i1 - grow_front, j1 - grow_front, i2 + grow_back, j2 + grow_back
    return i1, i2, j1, j2


def widened(region: Region, sides: tuple[_Edges, _Edges]) -> Region:
    """``region`` widened over the kept words on each side: function words and one word more,
    (or three characters jieba leaves alone), the same characters on both sides, in the clause."""
    i1, i2, j1, j2 = region
    left, right = sides
    taken = 0
    while taken < _WORD and not left.broken(i1) and not right.broken(j1):
        start = left.word_before(i1)
        n = i1 - start
        if n > j1 or left.text_of(start, i1) != right.text_of(j1 - n, j1):
            break
        if not right.edge(j1 - n):
            break
        taken += _weight(left.text_of(start, i1))
        i1, j1 = start, j1 - n
    first = i2, j2
    while i2 < len(left.run) and j2 < len(right.run):
        if left.broken(i2) or right.broken(j2):
            break
        end = left.word_after(i2)
        n = end - i2
        if j2 + n > len(right.run) or left.text_of(i2, end) != right.text_of(j2, j2 + n):
            break
        if not right.edge(j2 + n):
            break
        i2, j2 = end, j2 + n
        if first == (i2 - n, j2 - n) and _weight(left.text_of(i2 - n, i2)):
            first = i2, j2  # one word at least, if the clause runs on too long
    if max(i2 - i1, j2 - j1) > LONGEST:
        i2, j2 = first
    return i1, i2, j1, j2


def pieces(region: Region, sides: tuple[_Edges, _Edges]) -> list[Region]:
    """``region`` cut at punctuation: the piece before its first mark on each side and the
    piece after its last (as English cuts a long one, :func:`wording._pieces`), none when
    one side has no mark there; a phrase never runs across 、，。；."""
    i1, i2, j1, j2 = region
    left, right = sides
    a_cut = next((p for p in range(i1 + 1, i2) if left.broken(p)), i2)
    b_cut = next((p for p in range(j1 + 1, j2) if right.broken(p)), j2)
    if a_cut == i2 and b_cut == j2:
        return [region]
    if a_cut == i2 or b_cut == j2:
        return []  # a clause on one side against part of one: no phrase for phrase
    a_last = next(p for p in range(i2 - 1, i1, -1) if left.broken(p))
    b_last = next(p for p in range(j2 - 1, j1, -1) if right.broken(p))
    return [(i1, a_cut, j1, b_cut), (a_last, i2, b_last, j2)]


def _weight(word: str) -> int:
    """How much of the one word a widening takes ``word`` is: none for a function word, a
    third for a character jieba leaves alone (搬/不/走 of 搬不走), all of it for a longer word."""
    if word in FUNCTION_WORDS:
        return 0
    return _WORD if len(word) > 1 else 1


def trimmed(side: _Edges, i: int, j: int) -> tuple[int, int]:
    """Places ``i`` to ``j`` less the function words at their edges."""
    while i < j:
        end = side.word_after(i)
        if end > j or side.text_of(i, end) not in FUNCTION_WORDS:
            break
        i = end
    while i < j:
        start = side.word_before(j)
        if start < i or side.text_of(start, j) not in FUNCTION_WORDS:
            break
        j = start
    return i, j


def phrases(
    regions: Sequence[Region], left: list[Place], right: list[Place], texts: tuple[str, str],
    cores: Callable[[tuple[Place, ...], tuple[Place, ...]], bool] | None = None,
) -> list[tuple[Region, Region]]:  # fmt: skip
    """Each region's core at word edges and its phrase (widened, trimmed), as place ranges;
    none for a run of function words only or one longer than :data:`LONGEST` characters."""
    sides = (_Edges(left, texts[0]), _Edges(right, texts[1]))
    found = []
    for region in (piece for r in regions for piece in pieces(r, sides)):
        core = snapped(region, sides)
        if cores is not None and not cores(
            tuple(left[core[0] : core[1]]), tuple(right[core[2] : core[3]])
        ):
            continue
        i1, i2, j1, j2 = widened(core, sides)
        i1, i2 = trimmed(sides[0], i1, i2)
        j1, j2 = trimmed(sides[1], j1, j2)
        if max(i2 - i1, j2 - j1) > LONGEST or (i1 == i2 and j1 == j2):
            continue
        found.append((core, (i1, i2, j1, j2)))
    return found
