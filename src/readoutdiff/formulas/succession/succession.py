"""Link a formula of A to its successor in B through the aligned passages.

Three rules, all read off aligned pairs (A sentences paired with B sentences):

- **declared**: a lexicon entry lists the other formula among its ``successors`` (either
  way round, so that swapping the readouts mirrors the link);
- **same slot**: a formula only A has and one only B has sit in the same pair
  between the same content words (the nearest content word before and the
  nearest after, within the clause, are equal: "safeguard X in Asia" / "safeguard
  Y in Asia"); where punctuation stands on one side of the slot, the rest of the
  two sentences must read alike (rapidfuzz ratio of their words at least 75);
- **governor**: a formula both sides keep (the *anchor*) is governed by a
  different phrase: "will hail the 20th anniversary of the signing of the Treaty"
  / "officially announced the renewal of the Treaty". The governing phrase runs
  back from the anchor to punctuation, a clause word or another formula, loses a
  leading subject ("we", "the two sides have") and trailing stop words; it has
  changed when the words just before the anchor share no content word, and the content word
  nearest before it is not one word in two forms ("for the realization of" / "to realize").

The first two rules return :class:`Link` objects; the third returns
:class:`Governed` phrases. Evidence is the pair's alignment score.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from rapidfuzz import fuzz

from readoutdiff.formulas.matching.content_words import derived, last_content
from readoutdiff.formulas.matching.occurrences import Occurrence
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.roles import EDGE_WORDS, INTRODUCING, PREPOSITIONS
from readoutdiff.formulas.words.spans import word_span
from readoutdiff.formulas.words.wording import held_firmly, strip
from readoutdiff.model import Alignment, FormulaSource, Readout, Span, Status
from readoutdiff.records.record import record

# Read once: Python 3.11 reads each member through EnumType.__getattr__ (~0.9 K instructions).
_MINED, _PASSAGE_CHANGED = FormulaSource.MINED, Status.CHANGED

_CLAUSE_WORDS = frozenset(
    "that which who where when while whereas because so and or but is are was were be being been has have had".split()
)
"""Walking back from an anchor, the governing phrase stops after these (or punctuation)."""
_MAX_GOVERNOR = 10
_LISTING = EDGE_WORDS | frozenset(("include", "includes", "included"))
"""Words that frame or join, and the verb of "including": "an agenda that includes the root
causes of migration, trafficking, …" lists the formula, it governs none of its items."""
_SURE_REST = 75
"""A slot framed on one side only needs the rest of the two sentences this alike (0-100)."""


@record
class Link:
    """A formula of A (only in A) replaced by a formula of B (only in B)."""

    a_id: str
    b_id: str
    score: float | None
    """Score of the aligned pair that links them; None for a declared link found outside any pair."""


@record
class Governed:
    """Different phrases governing the same anchor formula in an aligned pair."""

    anchor: str
    a_text: str
    b_text: str
    a_span: Span
    b_span: Span
    score: float


@record
class View:
    """One readout with its words and formula occurrences, grouped by sentence."""

    readout: Readout
    words: tuple[Words, ...]
    by_sentence: Mapping[int, tuple[Occurrence, ...]]


def links(
    a: View, b: View, pairs: Sequence[Alignment], only_a: set[str], only_b: set[str],
    successors: Mapping[str, tuple[str, ...]],
) -> list[Link]:  # fmt: skip
    """Return declared and same-slot links; each formula takes part in at most one."""
    candidates: list[tuple[int, float, int, str, str, str, str]] = []
    # Most sentences hold no one-sided formula: find those that do once, not once per pair.
    held_a = _holding(a, only_a) if only_b else {}  # each walked only when the other's may pair
    held_b = _holding(b, only_b) if held_a else {}
    for pair in pairs if held_a and held_b else ():
        xs = [x for sentence in pair.a for x in held_a.get(sentence.index, ())]
        ys = [y for sentence in pair.b for y in held_b.get(sentence.index, ())] if xs else []
        for x in xs:
            for y in ys:
                rule = _rule(successors, a, b, x, y)
                if rule is not None:
                    low, high = sorted((x.span.start, y.span.start))
                    first, second = sorted((x.id, y.id))  # the same order whichever side is A
                    candidates.append(
                        (rule, -pair.score, low * 10**9 + high, first, second, x.id, y.id)
                    )
    related: dict[str, set[str]] = {}
    for old, news in successors.items():
        for new in news:
            related.setdefault(old, set()).add(new)
            related.setdefault(new, set()).add(old)
    for x_id in sorted(only_a):
        for y_id in sorted(related.get(x_id, set()) & only_b):
            first, second = sorted((x_id, y_id))
            candidates.append((2, 1.0, 0, first, second, x_id, y_id))
    chosen: list[Link] = []
    used: set[str] = set()
    for rule, score, _, _, _, x_id, y_id in sorted(candidates):
        if x_id not in used and y_id not in used:
            used.update((x_id, y_id))
            chosen.append(Link(a_id=x_id, b_id=y_id, score=None if rule == 2 else -score))
    return chosen


def _holding(view: View, ids: set[str]) -> dict[int, list[Occurrence]]:
    """Sentence index -> its occurrences of formulas in ``ids``, in order (sentences with one)."""
    if not ids:
        return {}
    found = {
        index: [o for o in occurrences if o.id in ids]
        for index, occurrences in view.by_sentence.items()
    }
    return {index: held for index, held in found.items() if held}


def _rule(
    successors: Mapping[str, tuple[str, ...]],
    a: View,
    b: View,
    x: Occurrence,
    y: Occurrence,
) -> int | None:
    """Return 0 for a declared successor, 1 for the same slot, None for no link."""
    if _declared(successors, x.id, y.id):
        return 0
    if x.source != y.source:
        return None
    before = (
        _neighbour(a.words[x.sentence], x.first - 1, -1),
        _neighbour(b.words[y.sentence], y.first - 1, -1),
    )
    after = _neighbour(a.words[x.sentence], x.last, 1), _neighbour(b.words[y.sentence], y.last, 1)
    if before[0] != before[1] or after[0] != after[1]:
        return None
    if before[0] is not None and after[0] is not None:
        return 1
    if (before[0], after[0]) == (None, None):
        return None
    return 1 if _rest_alike(a.words[x.sentence], x, b.words[y.sentence], y) else None


def _declared(successors: Mapping[str, tuple[str, ...]], x_id: str, y_id: str) -> bool:
    """Say whether the lexicon declares either formula the other's successor: a later readout
    going back to the older wording is a change as much as one taking up the newer."""
    return y_id in successors.get(x_id, ()) or x_id in successors.get(y_id, ())


def _rest_alike(x_words: Words, x: Occurrence, y_words: Words, y: Occurrence) -> bool:
    """Say whether the two sentences around the formulas read alike (ratio of words >= 75)."""
    x_rest = x_words.stems[: x.first] + x_words.stems[x.last :]
    y_rest = y_words.stems[: y.first] + y_words.stems[y.last :]
    return bool(fuzz.ratio(x_rest, y_rest, score_cutoff=_SURE_REST))  # word by word


def _neighbour(words: Words, i: int, step: int) -> str | None:
    """Return the nearest content word from ``i`` in direction ``step``, within the clause."""
    while 0 <= i < len(words.stems):
        if (step == -1 and words.breaks[i + 1]) or (step == 1 and words.breaks[i]):
            return None
        if words.stems[i] not in words.stop_words:
            return words.stems[i]
        i += step
    return None


_POSSESSIVES = ("'s", "\u2019s", "s'", "s\u2019")


def governed(a: View, b: View, pairs: Sequence[Alignment], kept: set[str]) -> list[Governed]:
    """Return anchors kept on both sides of a reworded pair whose governing phrase changed.

    Only lexicon formulas serve as anchors: mined ones are too unsure to hang a change on.
    """
    found: list[Governed] = []
    for pair in pairs:
        if pair.status is not _PASSAGE_CHANGED:
            continue
        a_side = [o for s in pair.a for o in a.by_sentence.get(s.index, ()) if _anchor(o, kept)]
        b_side = [o for s in pair.b for o in b.by_sentence.get(s.index, ()) if _anchor(o, kept)]
        for x, y in same_formulas(a_side, b_side):
            change = governor_change(a, b, x, y, pair.score)
            found += [change] if change else []
    return found


def same_formulas(
    a_side: Sequence[Occurrence], b_side: Sequence[Occurrence]
) -> Iterator[tuple[Occurrence, Occurrence]]:
    """Pair each occurrence of A's side of a passage with the first of B's side of the same
    formula (by id), each of B's taken once: the formula as each side keeps it."""
    left = list(b_side)
    for x in a_side:
        y = next((o for o in left if o.id == x.id), None)
        if y is not None:
            left.remove(y)
            yield x, y


def _anchor(occurrence: Occurrence, kept: set[str]) -> bool:
    return occurrence.id in kept and occurrence.source is not _MINED


def governor_change(
    a: View, b: View, x: Occurrence, y: Occurrence, score: float
) -> Governed | None:
    x_words, y_words = a.words[x.sentence], b.words[y.sentence]
    x_region, y_region = _region(a, x_words, x), _region(b, y_words, y)
    if (
        not x_region
        or not y_region
        or "and" in (x_words.stems[x.first - 1], y_words.stems[y.first - 1])
    ):
        return None
    x_stems, y_stems = x_words.stems[x_region[0] : x.first], y_words.stems[y_region[0] : y.first]
    for x_stem, y_stem in zip(reversed(x_stems), reversed(y_stems), strict=False):
        if strip(x_stem) != strip(y_stem):
            break
        if x_stem not in x_words.stop_words:
            return None  # the same word governs the anchor on both sides ("maintain"/"maintaining")
    governors = last_content(x_stems, x_words.stop_words), last_content(y_stems, y_words.stop_words)
    if derived(*governors):  # the content word nearest before the anchor governs it
        return None  # "for the realization of a …" / "to realize a …": one governor, two forms
    if _owned(a, x_words, x) or _owned(b, y_words, y):
        return None  # "for the Kremlin's war": an owner belongs to the formula, no governor
    x_phrase, y_phrase = _phrase(x_words, *x_region), _phrase(y_words, *y_region)
    if not x_phrase or not y_phrase or _said(x_words, x_phrase) == _said(y_words, y_phrase):
        return None  # the same words, but for stop words and words that introduce them
    held = _held_firmly(x_words, x_phrase, x.first)
    if held is not None and held == _held_firmly(y_words, y_phrase, y.first):
        return None  # "ironclad" / "unwavering" support: one stance held as firmly (p)
    return Governed(
        anchor=x.id, a_text=_text(a, x_words, x_phrase), b_text=_text(b, y_words, y_phrase),
        a_span=_span(a, x_words, x_phrase), b_span=_span(b, y_words, y_phrase), score=score,
    )  # fmt: skip


def _region(view: View, words: Words, anchor: Occurrence) -> tuple[int, int] | None:
    """Return the words before ``anchor`` back to punctuation, a clause word or a lexicon formula."""
    others = {
        i
        for o in view.by_sentence.get(words.sentence, ())
        if o.source is not _MINED
        for i in range(o.first, o.last)
    }
    start = anchor.first
    while (
        start > 0 and not words.breaks[start] and anchor.first - start < _MAX_GOVERNOR
        and words.stems[start - 1] not in _CLAUSE_WORDS and start - 1 not in others
    ):  # fmt: skip
        start -= 1
    return (start, anchor.first) if start < anchor.first else None


def _owned(view: View, words: Words, anchor: Occurrence) -> bool:
    """A possessive stands right before ``anchor``: "Putin's" in "Putin's brutal war"."""
    k = anchor.first - 1
    return k >= 0 and view.readout.text[words.start(k) : words.end(k)].endswith(_POSSESSIVES)


def _said(words: Words, phrase: tuple[int, int]) -> list[str]:
    stops = words.stop_words
    return [s for s in words.stems[slice(*phrase)] if s not in stops and s not in INTRODUCING]


def _held_firmly(words: Words, phrase: tuple[int, int], anchor: int) -> set[str] | None:
    """A governing ``phrase`` and the first word of the formula at ``anchor`` it governs, read
    as a stance held firmly (:func:`~readoutdiff.formulas.words.wording.held_firmly`:
    "ironclad U.S." before "commitment to Israel's security"), or None."""
    return held_firmly([*((words, k) for k in range(*phrase)), (words, anchor)])


_AUXILIARIES = frozenset("is are was were be being been".split())


def _phrase(words: Words, start: int, end: int) -> tuple[int, int] | None:
    """Drop a leading subject (subject words, a name or office: "Foreign Secretary Truss"),
    the verb that reports it ("emphasized") and trailing stop words; None if no lower-case
    content word is left (names are no governing phrase: "to Russia's"), nor if what is left
    only frames or joins (``_LISTING``: "including the challenges posed by China" is
    the formula listed, not governed by another word)."""
    while start < end and (words.stems[start] in INTRODUCING or words.caps[start]):
        start += 1
    if (
        0 < start < end - 2 and words.stems[start - 1] in _AUXILIARIES
        and words.stems[start + 1] in PREPOSITIONS
    ):  # fmt: skip
        start += 2  # a passive verb and its preposition: "(progress is being) made in synergizing"
    stems, stops = words.stems, words.stop_words  # a Russian readout's: "в", "также" too
    while end > start and (stems[end - 1] in stops or len(stems[end - 1]) == 1):
        end -= 1  # nor a lone letter, the cut end of "U.S." ("to surge U")
    told = (stems[k] for k in range(start, end) if not words.caps[k])
    return (start, end) if any(s not in _LISTING and s not in stops for s in told) else None


def _text(view: View, words: Words, phrase: tuple[int, int]) -> str:
    return view.readout.text[words.start(phrase[0]) : words.end(phrase[1] - 1)]


def _span(view: View, words: Words, phrase: tuple[int, int]) -> Span:
    return word_span(view.readout, words, *phrase)
