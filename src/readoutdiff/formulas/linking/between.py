"""A standing line whose middle words were swapped between two words it keeps.

Most standing lines no lexicon, mined or background formula touches are reworded in place:
the readout keeps the verb and the head noun of the line and swaps the words between them,
"prosecute gun traffickers" → "prosecute drug traffickers", "Egypt's leading role" →
"Egypt's essential role". Here two sentences, one of each readout, that the aligner paired
together or that stand near each other (:mod:`readoutdiff.formulas.linking.standing` says which),
hold such a line when, for two words both keep in the same order (the **ends**):

- at most ``MIDDLE`` words stand between them on each side, in one clause (no punctuation,
  no clause word, no auxiliary or modal verb: "commodities *can* leave Ukraine"), all lower
  case (no name, no title, no figure);
- each side's middle holds a content word the other's lacks, and no content word of one is
  in the other (that is a narrower pair of ends); a word put in or taken out is a qualifier's
  fate, told elsewhere, not a swap ("work closely" / "work together closely");
- the middles hold the same prepositions ("humanitarian *pause in* Gaza" / "humanitarian
  *assistance to* Gaza" are two things, not one reworded), but for one that opens a middle of
  more words, which ties the middle to the left end, not a complement to the line
  ("opportunities *to deepen bilateral* cooperation" / "opportunities *for greater*
  cooperation" are one line reworded), and neither ends on a verb in the
  past tense before a name (its object: "Russian energy *and congratulated* Poland");
- the ends are content words, no word that introduces a formula ("reaffirmed", "the two
  leaders"); stock words of readouts count ("close … cooperation": on the dev pairs, asking
  for one telling end lost one changed event and kept out no noise); the
  right end is the head of its phrase: no lower-case content word follows it ("further surge
  *humanitarian* assistance" ends inside the phrase; "heinous *war* crimes" too);
- the right ends are not followed by the same tying preposition ("for", "of", "on",
  "against") before objects that share no content word ("Uzbekistan's continued support *for
  a just and durable peace settlement*" / "Uzbekistan's humanitarian support *for the people
  of Ukraine*": qualifiers swapped before two things);
- the two wordings are not one formula in two inflections (:func:`wording.same_formula`) and
  neither is a name, an office, a date, boilerplate or a cut (:func:`noise.why`).

The entry runs from end to end on each side. Places other entries tell are left to them, and
each place is taken once, the pairs that stand first in both readouts first (so swapping the
readouts mirrors the result).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met in Mexico City.\\n\\nThey agreed on new tools to prosecute gun traffickers, as well as on trade.")
>>> b = from_text("They met in Mexico City.\\n\\nThey discussed increased cooperation to prosecute drug traffickers and on trade.")
>>> [(f.status.value, f.a_text, f.b_text, f.anchor) for f in compare(a, b).formulas]
[('changed', 'prosecute gun traffickers', 'prosecute drug traffickers', 'mined:prosecute-trafficker')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import contains

from readoutdiff.formulas.linking.line_entries import Busy, OneSided, Place, Wording, entries
from readoutdiff.formulas.linking.nearby import Placement
from readoutdiff.formulas.linking.openings import Run
from readoutdiff.formulas.linking.word_readings import END, IGNORED
from readoutdiff.formulas.matching.content_words import counts
from readoutdiff.formulas.mining import noise
from readoutdiff.formulas.succession.succession import View
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import PREPOSITIONS
from readoutdiff.formulas.words.spans import Unhelds
from readoutdiff.formulas.words.wording import CLAUSE_WORDS, same_formula, strip
from readoutdiff.model import Formula

MIDDLE = 4
"""Most words between the two ends on one side (3, 4, 5 and 6 find the same on the dev pairs)."""
_AUXILIARY = frozenset(
    "can could will would may might must should shall be is are was were been being have has had "
    "do does did".split()
)
_BARRED = CLAUSE_WORDS | _AUXILIARY | noise.OFFICES
"""Words that never stand in a line's middle."""

Swap = tuple[int, int, int, int]
"""Ends of one line in two sentences: (A's left end, A's right end, B's left, B's right)."""


def changes(
    a: View, b: View, sentence_pairs: Iterable[tuple[int, int]], in_place: Sequence[Wording],
    one_sided: OneSided, busy: Busy, taken: list[Place], ids: Counter[str],
    indexed: Unhelds | None = None, placed: Placement | None = None,
) -> tuple[list[Formula], set[str]]:  # fmt: skip
    """One changed entry per line swapped between kept ends in ``sentence_pairs`` ((A
    sentence, B sentence) indexes) and per line of ``in_place`` (the swaps of the pairs whose
    word diff is known, :func:`lines_in_diff`, told after), and the ids of the one-sided
    formulas the entries tell (see :func:`entries`, which takes ``indexed`` too). A swap of
    two sentences not aligned together is none when either wording is said word for word in
    the aligned partner of its own sentence (``placed``'s partners: each side's, by
    sentence): that wording is kept in place, not one half of a change (sym8: "bilateral maritime
    cooperation" and "bilateral economic cooperation", each kept where it stood, read as
    changed into each other across two aligned pairs). So is it when either wording is said
    word for word in a sentence of the other side that stands in no aligned pair (a partner
    of no sentence, so of every one: the wording is kept, only moved), or when either
    sentence is aligned unchanged (its partner says it whole) (sym9)."""
    found = []
    known = Known()
    of_a, of_b = placed.partners if placed is not None else ({}, {})
    alone: tuple[Alone, Alone] | None = None  # read at the first swap: most find none
    for x, y in sentence_pairs:
        wa, wb = a.words[x], b.words[y]
        for i, j, k, m in swaps(wa, wb, known):
            if alone is None:
                alone = _alone(a, b, placed)
            if placed is not None and (x in placed.same[0] or y in placed.same[1]):
                continue
            line_a, line_b = wa.stems[i : j + 1], wb.stems[k : m + 1]
            if not (
                any(_kept(line_a, b.words[p]) for p in of_a.get(x, ())) or alone[1].says(line_a)
                or any(_kept(line_b, a.words[q]) for q in of_b.get(y, ())) or alone[0].says(line_b)
            ):  # fmt: skip
                found.append((x, y, (i, j + 1, k, m + 1), (wa.stems[i], wa.stems[j])))
    return entries(a, b, [*found, *in_place], one_sided, busy, taken, ids, indexed)


class Alone:
    """The sentences of one readout that stand in no aligned pair, asked whether one says a
    line word for word (:func:`_kept` of each). The first ``SCANNED`` lines asked are looked
    for in the sentences holding their first stem (a test in C a sentence); later ones read
    an index of the distinct sentences by their stems, made then, and only the sentences
    holding the line's rarest stem. Asking every sentence of every swap was swaps × unpaired
    sentences: a readout said over and over to 16 MB against another (tens of thousands of
    unpaired sentences, as many swaps) ran for hours (rev29); indexing every stem of every
    unpaired sentence first cost ~3 M instructions at 500 KB for the two lines asked there
    (sp99). The answers are the same either way."""

    __slots__ = ("asked", "at", "scans", "sentences")

    def __init__(self, said: Iterable[tuple[str, ...]]) -> None:
        self.sentences = list(dict.fromkeys(said))  # each distinct sentence once
        self.at: dict[str, list[int]] | None = None
        self.asked: dict[tuple[str, ...], bool] = {}
        self.scans = SCANNED

    def says(self, line: tuple[str, ...]) -> bool:
        """Some sentence says ``line`` (a tuple of stems) word for word."""
        found = self.asked.get(line)
        if found is None:
            sentences, size, first = self.sentences, len(line), line[0]
            if self.scans:  # the few lines of most comparisons: no index
                self.scans -= 1
                holding: Iterable[tuple[str, ...]] = compress(
                    sentences, map(contains, sentences, repeat(first))
                )
            else:
                holding = map(sentences.__getitem__, self._holding(line))
            found = self.asked[line] = any(
                stems[p : p + size] == line
                for stems in holding
                for p, stem in enumerate(stems)
                if stem == first
            )
        return found

    def _holding(self, line: tuple[str, ...]) -> Sequence[int]:
        """The sentences (by number) holding the rarest stem of ``line``, the sentences
        indexed at the first call."""
        at = self.at
        if at is None:
            at = self.at = {}
            for n, stems in enumerate(self.sentences):
                for stem in set(stems):
                    at.setdefault(stem, []).append(n)
        return min((at.get(stem, ()) for stem in line), key=len)


SCANNED = 8
"""Lines an :class:`Alone` looks for sentence by sentence before it indexes its sentences."""


def _alone(a: View, b: View, placed: Placement | None) -> tuple[Alone, Alone]:
    """The sentences of A and of B that stand in no aligned pair (none without ``placed``)."""
    if placed is None:
        return Alone(()), Alone(())
    held = placed.held
    return (
        Alone(a.words[x].stems for x in range(len(a.words)) if x not in held[0]),
        Alone(b.words[y].stems for y in range(len(b.words)) if y not in held[1]),
    )


def lines_in_diff(x: int, y: int, wa: Words, wb: Words, kept: Sequence[Run]) -> list[Wording]:
    """The lines of :func:`in_diff` of sentences ``x`` of A and ``y`` of B, each from end to
    end, named by its two ends (as :func:`changes` takes them)."""
    return [
        (x, y, (i, j + 1, k, m + 1), (wa.stems[i], wa.stems[j]))
        for i, j, k, m in in_diff(wa, wb, kept)
    ]


def in_diff(wa: Words, wb: Words, kept: Sequence[Run]) -> list[Swap]:
    """The swaps of two sentences whose word diff keeps ``kept`` (:func:`openings.runs`): the
    ends are the last word of one kept run that may end a line and the first such word of
    the next (stop words of the runs stand in the middle: "a duty *to* help Ukraine")."""
    out = []
    stems = wa.stems
    for (i, k, n), (j, m, size) in zip(kept, kept[1:], strict=False):
        # The ends stand at most the run's last word and at least the next run's first: two
        # runs more than ``MIDDLE`` words apart on a side hold no swap, whichever their ends
        # (told before the words are read: most runs of a reworded pair stand further apart).
        if j - i - n > MIDDLE or m - k - n > MIDDLE or not size:
            continue
        left = i + n - 1
        while left >= i and not END[stems[left]]:
            left -= 1
        right, last = j, j + size
        while right < last and not END[stems[right]]:
            right += 1
        if left < i or right == last:
            continue
        swap = (left, right, k + left - i, m + right - j)
        if (
            1 < right - left <= MIDDLE + 1
            and 1 < swap[3] - swap[2] <= MIDDLE + 1
            and _fits(wa, wb, swap)
        ):
            out.append(swap)
    return out


def _fits(wa: Words, wb: Words, swap: Swap) -> bool:
    """The middles are free, the right ends heads, and the words between swapped (each middle
    is ``MIDDLE`` words at most: :func:`in_diff` tells first)."""
    i, j, k, m = swap
    return (
        _free(wa, i + 1) >= j - i - 1 and _free(wb, k + 1) >= m - k - 1
        and not (wa.breaks[j] or wb.breaks[m]) and _head(wa, j) and _head(wb, m)
        and _swapped(wa, wb, swap)
    )  # fmt: skip


class Known:
    """What was read of each sentence already, by the identity of its words: every sentence
    meets several of the other readout's. A plain slotted class (a dataclass is ~0.4 ms of
    start-up to make)."""

    __slots__ = ("stems",)

    def __init__(self, stems: dict[int, frozenset[str]] | None = None) -> None:
        self.stems = {} if stems is None else stems


def swaps(wa: Words, wb: Words, known: Known | None = None) -> list[Swap]:
    """Every pair of ends the two sentences keep with swapped words between (see the module's
    text)."""
    known = Known() if known is None else known
    if wa.stems == wb.stems:
        return []
    shared = set(filter(END.__getitem__, _stem_set(wa, known) & _stem_set(wb, known)))  # in C
    if len(shared) < 2:
        return []  # the cheap test first: most sentences near each other share no two ends
    at_b: dict[str, list[int]] = {}
    for k, stem in enumerate(wb.stems):
        if stem in shared:
            at_b.setdefault(stem, []).append(k)
    out = []
    stems = wa.stems
    free_b: dict[int, int] = {}  # B's free runs, each read once: a place meets several of A's
    for i in (i for i, stem in enumerate(stems) if stem in shared):
        for j in range(i + 2, min(i + 2 + _free(wa, i + 1), len(stems))):
            if stems[j] not in shared or wa.breaks[j] or not _head(wa, j):
                continue
            for k, m in ((k, m) for k in at_b[stems[i]] for m in at_b[stems[j]]):
                free = free_b.get(k)
                if free is None:
                    free = free_b[k] = _free(wb, k + 1)
                if (
                    k + 2 <= m < k + 2 + free
                    and not wb.breaks[m] and _head(wb, m) and _swapped(wa, wb, (i, j, k, m))
                    and not _kept(stems[i : j + 1], wb) and not _kept(wb.stems[k : m + 1], wa)
                ):  # fmt: skip
                    out.append((i, j, k, m))
    return out


def _kept(line: tuple[str, ...], other: Words) -> bool:
    """The other sentence says ``line`` word for word too: it kept the line (and said
    another beside it), no swap (sym3: a sentence of A saying "humanitarian response in Gaza"
    and "humanitarian crisis in northern Gaza", joined to the one before it in B, read as each
    line reworded into the other)."""
    size, first = len(line), line[0]
    return any(
        other.stems[p : p + size] == line for p, stem in enumerate(other.stems) if stem == first
    )


def _swapped(wa: Words, wb: Words, swap: Swap) -> bool:
    i, j, k, m = swap
    said_a, said_b = _said(wa, i + 1, j), _said(wb, k + 1, m)
    if (
        not said_a
        or not said_b
        or said_a & said_b
        or not (said_a - said_b - IGNORED)
        or not (said_b - said_a - IGNORED)
    ):
        return False
    if _prepositions(wa, i + 1, j) != _prepositions(wb, k + 1, m):
        return False
    if _object(wa, j) or _object(wb, m):
        return False
    if _told_apart(wa, j, wb, m):
        return False
    if noise.why(wa, i, j + 1) or noise.why(wb, k, m + 1):
        return False
    return not same_formula(" ".join(wa.stems[i : j + 1]), " ".join(wb.stems[k : m + 1]))


def _stem_set(words: Words, known: Known) -> frozenset[str]:
    found = known.stems.get(id(words.stems))
    if found is None:
        found = known.stems[id(words.stems)] = frozenset(words.stems)
    return found


def _object(words: Words, k: int) -> bool:
    """Word ``k`` is a name right after a verb in the past tense: the verb's object, not the
    head its qualifiers were swapped before ("Russian energy *and congratulated* Poland")."""
    return words.caps[k] and not words.caps[k - 1] and words.stems[k - 1].endswith("ed")


_TIES = frozenset(("for", "of", "on", "against"))
"""Prepositions that tie a head to what it is about ("support *for* the people of Ukraine")."""
_OBJECT = 4
"""Content words of the object after such a preposition that are compared."""


def _told_apart(wa: Words, j: int, wb: Words, m: int) -> bool:
    """Both right ends are followed by the same tying preposition and objects that share no
    content word ("Uzbekistan's continued support *for a just and durable peace settlement*" /
    "Uzbekistan's humanitarian support *for the people of Ukraine*"): the qualifiers were
    swapped before two things, not one line reworded."""
    said_a, said_b = _tied(wa, j), _tied(wb, m)
    return (
        bool(said_a)
        and bool(said_b)
        and wa.stems[j + 1] == wb.stems[m + 1]
        and said_a.isdisjoint(said_b)
    )


def _tied(words: Words, k: int) -> frozenset[str]:
    """The first ``_OBJECT`` content words (inflection stripped) of the object that a tying
    preposition right after word ``k`` opens, up to the end of the clause; empty when none."""
    n = k + 1
    if n + 1 >= len(words.stems) or words.breaks[n] or words.stems[n] not in _TIES:
        return frozenset()
    found: list[str] = []
    for p in range(n + 1, len(words.stems)):
        if words.breaks[p] or words.stems[p] in CLAUSE_WORDS or len(found) == _OBJECT:
            break
        if counts(words.stems[p], words.stop_words):
            found.append(strip(words.stems[p]))
    return frozenset(found)


def _head(words: Words, k: int) -> bool:
    """No lower-case content word follows word ``k`` in its clause: it ends its phrase."""
    n = k + 1
    return (
        n >= len(words.stems) or words.breaks[n] or not counts(words.stems[n], words.stop_words)
        or (words.caps[n] and not words.caps[k])
    )  # fmt: skip


def _free(words: Words, first: int) -> int:
    """How many words from ``first`` on, ``MIDDLE`` at most, may stand in a line's middle:
    lower case, no clause word, auxiliary verb, office or figure, no punctuation before them.
    Only the few words a middle may take are read, not the sentence (``first`` may be one past
    its end: none)."""
    stems, caps, breaks = words.stems, words.caps, words.breaks
    last, k = min(len(stems), first + MIDDLE), first
    while k < last and not _barred(stems[k], caps[k], breaks[k]):
        k += 1
    return k - first


@lru_cache(maxsize=65536)
def _barred(stem: str, cap: bool, after_break: bool) -> bool:
    return after_break or cap or stem in _BARRED or any(map(str.isdigit, stem))


def _said(words: Words, first: int, last: int) -> frozenset[str]:
    return frozenset(strip(s) for s in words.stems[first:last] if counts(s, words.stop_words))


def _prepositions(words: Words, first: int, last: int) -> list[str]:
    if last - first > 1 and words.stems[first] in PREPOSITIONS:
        first += 1  # it ties the middle to the left end; no complement (see the module)
    return sorted(s for s in words.stems[first:last] if s in PREPOSITIONS)
