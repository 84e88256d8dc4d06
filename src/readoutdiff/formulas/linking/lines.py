"""Two regions of sentences that say one line reworded: the words of :mod:`standing`.

In a sentence, a **region** runs over the content words it shares with a sentence of the other
readout (inflection stripped; an office or title is none: "Prime Minister"), in one clause
(punctuation ends it, not the commas of a list of one-word members or names), with at most
``GAP`` other lower-case content words between two of them, from the last time its first
word stands there to the first time its last word does. Two regions are one line
reworded when

- they share at least ``MIN_SHARED`` content words, in the same order;
- at least ``MIN_TOLD`` of them tell something (one when they share ``WIDE`` words or more):
  lower case, no stock word of readouts ("commitment", "continue", "cooperation":
  :data:`phrases.STOCK`), no word that introduces a formula, no verb in the past tense (what
  the readout narrates: "looked forward to ...");
- the shared words are at least ``MIN_SHARE`` of either region's lower-case content words;
- grown to their wordings (:mod:`clauses`: up to ``EXTEND`` more content words of the clause
  on each side, over stop words but not over a clause word, "and" or a content word that
  introduces a formula; on the left not over a name, on the right over names too, which do not
  count, and one complement only: "the bravery of the Ukrainian armed forces"), the two say
  something different, and share at least ``GROWN_SHARE`` of the longer one's telling words
  (a word that begins another counts as it, four letters at least: "transport" /
  "transportation", "link" / "linkage");
- and neither wording is no more than the two words they share, side by side, while the other
  makes them the qualifier of a noun after them ("discussed foreign policy and security
  issues" / "the UK's renewed foreign policy approach"): a topic both name, not a line.

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.formulas.words.phrases import readout_words
>>> a = readout_words(from_text("The Prime Minister expressed his admiration for the bravery of Ukraine."))[0]
>>> b = readout_words(from_text("The Prime Minister reiterated his admiration for the bravery of the Ukrainian armed forces."))[0]
>>> known = {}
>>> said_a, said_b = said(a, known), said(b, known)
>>> shared = said_a.content & said_b.content
>>> sorted(shared)
['admiration', 'bravery']
>>> [(r.stems, evidence(a, b, r, s)) for r in regions(a, said_a.keys, shared) for s in regions(b, said_b.keys, shared)]
[(('admiration', 'bravery'), 2)]
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from itertools import compress
from operator import not_

from readoutdiff.formulas.linking.clauses import clause_edge, grown
from readoutdiff.formulas.linking.word_readings import IGNORED, KEY, STOCK_KEYS, TELLING_KEY
from readoutdiff.formulas.matching.content_words import counts
from readoutdiff.formulas.mining.noise import OFFICES
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import PREPOSITIONS
from readoutdiff.formulas.words.wording import strip
from readoutdiff.records.record import record_positional

MIN_SHARED = 2
"""Content words two regions share."""
MIN_TOLD = 2
"""Shared words that tell something (see the module's text). One always: noise 9.2 -> 13.9 %
on dev."""
WIDE = 3
"""Shared words (names and stock words counted) with which one telling word is enough
("support for Ukraine … Russian aggression" / "support for Ukraine … Russia's … aggression")."""
MIN_SHARE = 0.5
"""Shared words over either region's lower-case content words."""
GROWN_SHARE = 0.4
"""Telling words the two wordings share over the longer one's."""
GAP = 2
"""Lower-case content words between two shared words of one region."""
_PARTICLES = frozenset("out up off down".split())
"""English adverb particles of a phrasal verb ("set out", "step up"): the verb tells the line,
not its particle, which "set out that his preference remained …" and "set out the UK
government's decision to …" share with no line in common (en1: outside tuning noise)."""
_SUBORDINATING = frozenset("if unless whether because although though until".split())
"""English conjunctions that open a subordinate clause: they say how two clauses hang
together, never which line either says."""
_LINKING = frozenset(
    map(
        strip,
        PREPOSITIONS
        | frozenset("through throughout across among amid between via within during".split())
        | _PARTICLES
        | _SUBORDINATING,
    )
)
"""Prepositions, particles and subordinating conjunctions: they tie words together and tell
no line ("including through continued development, humanitarian, and security assistance" /
"including through continued targeted killings" share "through" and two stock words, no line:
outside-sample noise, eval/noise)."""


@record_positional
class Region:
    """Words [first, last) of a sentence that hold the words it shares with the other's."""

    first: int
    last: int
    stems: tuple[str, ...]
    """The shared stems it holds, in the order they first stand."""


@record_positional
class Said:
    """What one sentence says, for comparing it with sentences of the other readout."""

    keys: tuple[str, ...]
    """Each word's key (see :func:`keys`)."""
    content: frozenset[str]
    """The keys that are not empty."""
    telling: frozenset[str]
    """Keys of lower-case words that tell which line it is (see :func:`_telling`)."""


def said(
    words: Words, known: dict[tuple[tuple[str, ...], tuple[bool, ...]], Said],
    told: frozenset[str] | None = None,
) -> Said:  # fmt: skip
    """The sentence's :class:`Said`, read once per distinct sentence of the two readouts
    (``told``: its :func:`telling` words, when the caller read them already)."""
    found = known.get((words.stems, words.caps))
    if found is None:
        found_keys = keys(words)
        told = telling(words) if told is None else told
        found = Said(tuple(found_keys), frozenset(found_keys) - _EMPTY, told)
        known[(words.stems, words.caps)] = found
    return found


def telling(words: Words) -> frozenset[str]:
    """The sentence's :attr:`Said.telling` alone: cheap enough to tell first which sentences
    near each other share a telling word, before their whole :func:`said` is read.

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.formulas.words.phrases import readout_words
    >>> w = readout_words(from_text("The President reaffirmed strong support for Ukraine's reconstruction."))[0]
    >>> sorted(telling(w))
    ['reconstruction', 'strong']
    """
    # An office or the capitalised word before it has no key (:func:`keys`): of the two, only
    # a lower-case office may be told here, and its key is taken out with the stems.
    lower = compress(words.stems, map(not_, words.caps))
    return frozenset(map(TELLING_KEY.__getitem__, lower)) - _EMPTY


_EMPTY = frozenset(("",))


class Elsewhere:
    """Where each readout's sentences say their telling words (``sides``: each readout's
    sentences), read once per readout at the first :func:`said_apart` that asks of it: an
    index, so that a question walks only the sentences that say one of its words, not the
    whole other readout (a square in the readout's size before)."""

    __slots__ = ("_sides", "_read")

    def __init__(self, sides: tuple[Sequence[Words], Sequence[Words]]) -> None:
        self._sides = sides
        self._read: list[_Index | None] = [None, None]

    def sentences(self, side: int) -> Sequence[Words]:
        """The sentences of readout ``side`` (0: A, 1: B)."""
        return self._sides[side]

    def index(self, side: int) -> _Index:
        """Readout ``side``'s :class:`_Index`, read at the first question."""
        found = self._read[side]
        if found is None:
            found = self._read[side] = _Index.of(self._sides[side])
        return found


class _Index:
    """One readout's sentences by telling word (each sentence's :func:`telling`) and by a
    telling word followed by a preposition (:func:`_heads_apart`'s head and link)."""

    __slots__ = ("told", "saying", "heads")

    def __init__(
        self, told: list[frozenset[str]], saying: dict[str, list[int]],
        heads: dict[tuple[str, str], list[int]],
    ) -> None:  # fmt: skip
        self.told = told
        """Each sentence's telling keys."""
        self.saying = saying
        """The sentences that say each telling key, in order."""
        self.heads = heads
        """The sentences where a word of that telling key stands right before that
        preposition, in order."""

    @classmethod
    def of(cls, sentences: Sequence[Words]) -> _Index:
        told = list(map(telling, sentences))
        saying: dict[str, list[int]] = {}
        heads: dict[tuple[str, str], list[int]] = {}
        for k, (keys_of, words) in enumerate(zip(told, sentences, strict=True)):
            for key in keys_of:
                saying.setdefault(key, []).append(k)
            stems = words.stems
            for i in range(len(stems) - 1):
                link = stems[i + 1]
                if link in PREPOSITIONS:
                    at = heads.setdefault((TELLING_KEY[stems[i]], link), [])
                    if not at or at[-1] != k:
                        at.append(k)
        return cls(told, saying, heads)

    def says_all(self, differ: AbstractSet[str], skip: int) -> bool:
        """Some sentence but ``skip`` says every key of ``differ`` (not empty)."""
        rarest = min((self.saying.get(key, ()) for key in differ), key=len)
        told = self.told
        return any(k != skip and differ <= told[k] for k in rarest)

    def says_head(self, head: str, link: str, skip: int) -> bool:
        """Some sentence but ``skip`` says a word of key ``head`` right before ``link``."""
        return any(k != skip for k in self.heads.get((head, link), ()))


def said_apart(elsewhere: Elsewhere, at_a: _At, at_b: _At) -> bool:
    """Two wordings (``elsewhere``: each readout's sentences, indexed; ``at_a``: A's sentence
    and its words [first, last); ``at_b``: B's) are
    two lines, not one reworded, when the telling words one says and the other does not, at
    least ``APART``, stand together in another sentence of the other readout: that sentence is
    where its line went ("significant risk to regional stability" /
    "presenting a serious threat to regional stability" while A says "present a serious threat
    to international peace and security" elsewhere; acc36). Asked of English wordings only:
    two Chinese characters are too often said of other things (zh dev pairs lost 4 changed
    events found).

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.formulas.words.phrases import readout_words
    >>> def view(text):
    ...     return readout_words(from_text(text))
    >>> a = view("They pose a significant risk to regional stability. They present a serious threat to peace.")
    >>> b = view("They condemned it as presenting a serious threat to regional stability.")
    >>> said_apart(Elsewhere((a, b)), (0, 2, 8), (0, 4, 11))
    True
    >>> said_apart(Elsewhere((view("They pose a significant risk to regional stability. They met."), b)), (0, 2, 8), (0, 4, 11))
    False
    """
    (x, fa, la), (y, fb, lb) = at_a, at_b
    a, b = elsewhere.sentences(0), elsewhere.sentences(1)
    own_a, own_b = _telling_in(a[x], fa, la), _telling_in(b[y], fb, lb)
    for differ, other, skip in ((own_a - own_b, 1, y), (own_b - own_a, 0, x)):
        if len(differ) >= APART and elsewhere.index(other).says_all(differ, skip):
            return True
    return _heads_apart((a[x], fa, la), (b[y], fb, lb), own_a - own_b, (elsewhere, 1), y) or (
        _heads_apart((b[y], fb, lb), (a[x], fa, la), own_b - own_a, (elsewhere, 0), x)
    )


def _heads_apart(
    own: tuple[Words, int, int],
    mate: tuple[Words, int, int],
    differ: AbstractSet[str],
    other: tuple[Elsewhere, int],
    skip: int,
) -> bool:
    """The one telling word a wording says and its mate does not is the *head* of the object
    both say, the mate's head another word, and the other readout says that head with the same
    link word in another sentence: two lines ("threat to regional stability" / "significant
    risk to regional stability" while the other readout says "a serious threat to international
    peace" elsewhere; acc37). One differing word alone is too often said of other things
    (:data:`APART`); as the head of the same complement it tells the line.

    >>> from readoutdiff.ingest import from_text
    >>> from readoutdiff.formulas.words.phrases import readout_words
    >>> def view(text):
    ...     return readout_words(from_text(text))
    >>> a = view("They called it a threat to regional stability.")
    >>> b = view("They called it a significant risk to regional stability. It is a serious threat to peace.")
    >>> said_apart(Elsewhere((a, b)), (0, 4, 8), (0, 4, 9))
    True
    >>> b = view("They called it a significant risk to regional stability. They met.")
    >>> said_apart(Elsewhere((a, b)), (0, 4, 8), (0, 4, 9))
    False
    """
    if len(differ) != 1:
        return False
    (words, first, last), (mate_words, mate_first, mate_last) = own, mate
    (head,) = differ
    stems, mates = words.stems, mate_words.stems
    for k in range(first, last - 2):
        link = stems[k + 1]
        if link not in PREPOSITIONS or words.caps[k] or TELLING_KEY[stems[k]] != head:
            continue
        said = stems[k + 2]
        if not any(
            mates[j + 1] == link and mates[j + 2] == said and TELLING_KEY[mates[j]] not in _EMPTY
            for j in range(mate_first, mate_last - 2)
        ):
            continue
        elsewhere, side = other
        if elsewhere.index(side).says_head(head, link, skip):
            return True
    return False


APART = 2
"""Telling words a wording says and the other does not that mark its line said elsewhere: one
("threat", "security", "joint") is too often said of other things."""

_At = tuple[int, int, int]


def _telling_in(words: Words, first: int, last: int) -> frozenset[str]:
    """The telling keys of words [first, last) of a sentence (:func:`telling`'s)."""
    lower = compress(words.stems[first:last], map(not_, words.caps[first:last]))
    return frozenset(map(TELLING_KEY.__getitem__, lower)) - _EMPTY


def keys(words: Words) -> list[str]:
    """Each word's stripped stem when it is a content word that says something, else "":
    none for an office or title, nor for the capitalised word that opens one ("Prime
    Minister", "Foreign Secretary"): a title is no part of a line."""
    found = list(map(KEY.__getitem__, words.stems))
    if not OFFICES.isdisjoint(words.stems):
        stems, caps, breaks = words.stems, words.caps, words.breaks
        for k, stem in enumerate(stems):
            if stem in OFFICES:
                found[k] = ""
                if k > 0 and caps[k - 1] and caps[k] and not breaks[k]:
                    found[k - 1] = ""
    return found


def regions(words: Words, keys: Sequence[str], shared: AbstractSet[str]) -> list[Region]:
    """Runs of ``shared`` words in one clause, at most ``GAP`` other content words apart."""
    out: list[Region] = []
    first = last = -1
    stems: list[str] = []
    gap = 0
    for k, key in enumerate(keys):
        if first >= 0 and (clause_edge(words, k) or (key in shared and gap > GAP)):
            out.append(Region(first, last, tuple(stems)))
            first, stems = -1, []
        if key in shared:
            first = k if first < 0 else first
            last, gap = k + 1, 0
            stems += [] if key in stems else [key]
        elif key and first >= 0 and not words.caps[k]:
            gap += 1
    if first >= 0:
        out.append(Region(first, last, tuple(stems)))
    found = [_unrepeated(words, keys, r, shared) for r in out if len(r.stems) >= MIN_SHARED]
    return [r for r in found if len(r.stems) >= MIN_SHARED]


def _unrepeated(
    words: Words, keys: Sequence[str], region: Region, shared: AbstractSet[str]
) -> Region:  # fmt: skip
    """The region from the last time its first word stands in it and to the first time its
    last word does ("… in Ukraine and underscored … support for Ukraine as …" starts at the
    second "Ukraine", the one the line holds), and from its first lower-case word: the names
    that open it are the subject of the sentence ("Secretary Blinken … Foreign Secretary
    Truss to continue coordinating vital assistance …")."""
    at = [k for k in range(region.first, region.last) if keys[k] in shared]
    while len(at) > 1 and keys[at[0]] in (keys[k] for k in at[1:]):
        at = at[1:]
    while len(at) > 1 and keys[at[-1]] in (keys[k] for k in at[:-1]):
        at = at[:-1]
    while len(at) > 1 and words.caps[at[0]]:
        at = at[1:]
    if (at[0], at[-1] + 1) == (region.first, region.last):
        return region
    return Region(at[0], at[-1] + 1, tuple(dict.fromkeys(keys[k] for k in at)))


def evidence(wa: Words, wb: Words, ra: Region, rb: Region) -> int:
    """How many words the two regions share when they are one line reworded, else 0."""
    common = set(ra.stems) & set(rb.stems)
    if len(common) < MIN_SHARED:
        return 0
    if [s for s in ra.stems if s in common] != [s for s in rb.stems if s in common]:
        return 0  # the shared words in another order: two lines that share words
    told = len(_telling(wa, ra) & _telling(wb, rb) & common)
    if told < MIN_TOLD and not (told >= 1 and len(common) >= WIDE):
        return 0
    told_a, told_b = (
        _told(wa, *grown(wa, ra.first, ra.last)),
        _told(wb, *grown(wb, rb.first, rb.last)),
    )
    if told_a == told_b or _alike(told_a, told_b) < GROWN_SHARE * max(len(told_a), len(told_b)):
        return 0
    if (_bare(wa, ra, common) and _modifies(wb, rb)) or (
        _bare(wb, rb, common) and _modifies(wa, ra)
    ):
        return 0
    lower_a, lower_b = _lower(wa, ra), _lower(wb, rb)
    return len(common) if len(common) >= MIN_SHARE * max(lower_a, lower_b) else 0


def _bare(words: Words, region: Region, common: AbstractSet[str]) -> bool:
    """The wording is nothing but ``MIN_SHARED`` shared words side by side: a compound named
    bare ("discussed foreign policy and security issues")."""
    first, last = grown(words, region.first, region.last)
    return last - first == len(common) == MIN_SHARED


def _modifies(words: Words, region: Region) -> bool:
    """The region's words qualify a noun after them in its wording: a lower-case content word
    follows ("foreign policy approach"), so they name another thing than the bare compound."""
    after = region.last
    _, last = grown(words, region.first, region.last)
    return (
        after < last
        and not words.caps[after]
        and bool(counts(words.stems[after], words.stop_words))
        and words.stems[after] not in PREPOSITIONS
    )


def _alike(x: AbstractSet[str], y: AbstractSet[str]) -> int:
    """Words of ``x`` that stand in ``y``, or begin a word of it or are begun by one, four
    letters at least ("transport" / "transportation", "link" / "linkage")."""
    return sum(
        1 for w in x
        if w in y or any(len(v) >= 4 and len(w) >= 4 and (v.startswith(w) or w.startswith(v)) for v in y)
    )  # fmt: skip


def _lower(words: Words, region: Region) -> int:
    said = keys(words)
    return len({said[k] for k in range(region.first, region.last) if said[k] and not words.caps[k]})


def _telling(words: Words, region: Region) -> set[str]:
    """Words of the region that tell which line it is: no stock readout word, no past tense."""
    stems = words.stems[region.first : region.last]
    caps = words.caps[region.first : region.last]
    said = {
        strip(s)
        for s, cap in zip(stems, caps, strict=True)
        if not cap and counts(s, words.stop_words) and not s.endswith("ed")
    }
    return said - IGNORED - STOCK_KEYS - _LINKING


def _told(words: Words, first: int, last: int) -> set[str]:
    """Lower-case content words of the wording, but those that introduce a formula."""
    return {
        strip(words.stems[k]) for k in range(first, last)
        if not words.caps[k] and counts(words.stems[k], words.stop_words)
    } - IGNORED  # fmt: skip
