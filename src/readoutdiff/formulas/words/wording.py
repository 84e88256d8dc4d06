"""Replaced phrases of reworded passages, and whether two wordings are one formula.

Every changed aligned pair is diffed word by word on stems. Each run of replaced,
deleted or inserted words (runs one word apart are one run) is widened to its phrase:
one content word of the unchanged text on each side, never across punctuation
or a clause word, and trimmed of stop words at its edges. The two wordings of a
replacement are the **same formula** (a variant) when their content words are equal
once inflections are stripped ("deepen"/"deepening") or they read alike (rapidfuzz
ratio of the stripped words at least the fuzzy threshold), so a changed article or
preposition in a long formula is no change.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.formulas.words.phrases import readout_words
>>> a = from_text("They condemned Russia's unprovoked and unjustified war against Ukraine.")
>>> b = from_text("They condemned Russia's brutal and unprovoked war.")
>>> pair = compare(a, b).alignments[0]
>>> [(r.a_text, r.b_text, r.variant) for r in replacements(pair, a, b, readout_words(a), readout_words(b))]
[("Russia's unprovoked and unjustified war against Ukraine", "Russia's brutal and unprovoked war", False)]
>>> same_formula("deepen cooperation between our countries", "deepening the cooperation among our countries")
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import chain, repeat

from rapidfuzz import fuzz

from readoutdiff.formulas.words import cuts, wording_zh
from readoutdiff.formulas.words.negation import negated_keys
from readoutdiff.formulas.words.phrases import Place as Place  # the formula modules read it here
from readoutdiff.formulas.words.phrases import Words, key
from readoutdiff.formulas.words.roles import (
    FIRMNESS,
    ONE_STANCE,
    REPORTING,
    STANCES,
    STOP_WORDS,
    STOPS,
    SUBJECT_WORDS,
)
from readoutdiff.formulas.words.spans import line_of
from readoutdiff.formulas.words.word_diff import PairDiff, opcodes_of, regions_of
from readoutdiff.model import Alignment, Readout, Span
from readoutdiff.records.record import record
from readoutdiff.text.shared_runs import BlockMemo

CLAUSE_WORDS = frozenset(
    "that which who where when while whereas because so but is are was were be being been".split()
)
"""Widening a replacement to its phrase stops before these."""
_WIDEN = 1
"""Content words of unchanged text a replacement takes on each side."""
_LONGEST = 10
"""Most words on one side of a replaced phrase; longer runs are rewritten passages."""
_POSSESSIVE = ("'s", "\u2019s")
_ENDINGS = ("ing", "ed", "es", "s", "e")
_DOUBLING = frozenset(("ing", "ed"))
"""Endings before which English doubles a final consonant ("set" / "setting")."""
_KEPT_DOUBLE = frozenset("lsz")
"""Doubled letters that belong to the word ("fall", "address", "buzz")."""


@record
class Replacement:
    """Words of A replaced by words of B inside one aligned pair (either side may be empty)."""

    a: tuple[Place, ...]
    b: tuple[Place, ...]
    a_core: tuple[Place, ...]
    """The words that differ, before widening to the phrase."""
    b_core: tuple[Place, ...]
    a_text: str
    b_text: str
    a_span: Span | None
    """Where A's wording stands (None when A has no words here)."""
    b_span: Span | None
    threshold: float
    """The fuzzy threshold :attr:`variant` is read with."""
    score: float
    """Score of the aligned pair."""

    @property
    def variant(self) -> bool:
        """The two wordings are the same formula (see :func:`same_formula`). Read when a rule
        asks, not made with the replacement: at 500 KB some 130 are made, a fifth of them
        asked (each reading is some 150 k instructions)."""
        if not (self.a_text and self.b_text):
            return False
        if wording_zh.in_characters(self.a_core or self.b_core) and wording_zh.variant(
            self.a_text, self.b_text
        ):
            return True  # convention (c): a lead verb swapped before the same object
        held = held_firmly(self.a)
        if held is not None and held == held_firmly(self.b):
            return True  # convention (p): "ironclad" / "unwavering support", firmness reworded
        return same_formula(self.a_text, self.b_text, self.threshold)


def replacements(
    pair: Alignment, a: Readout, b: Readout, a_words: Sequence[Words], b_words: Sequence[Words],
    threshold: float = 90.0, blocks: BlockMemo | None = None,
    cores: Callable[[tuple[Place, ...], tuple[Place, ...]], bool] | None = None,
    diff: PairDiff | None = None,
) -> list[Replacement]:  # fmt: skip
    """Return the replaced phrases of one aligned pair, in A's order (``blocks``: word runs
    already found for pairs of the comparison, see :func:`~readoutdiff.text.shared_runs.remembered_blocks`).

    ``cores``: when given, only the replacements whose differing words (A's, B's) it accepts
    are made; a caller that reads nothing else of the others skips widening, trimming and
    cutting their text. ``diff``: the pair's :func:`~readoutdiff.formulas.words.word_diff.pair_diff`
    when the caller made it already."""
    a_said, b_said = [a_words[s.index] for s in pair.a], [b_words[s.index] for s in pair.b]
    left, right = _places(a_said), _places(b_said)
    if diff is None:
        x, y = _stems(a_said), _stems(b_said)
        opcodes = opcodes_of(x, y, blocks)
    else:
        x, _, opcodes = diff
    if wording_zh.is_chinese(a, b):
        return _chinese(pair, (a, b), (left, right), regions_of(opcodes, x), threshold, cores)
    found: list[Replacement] = []
    regions = [piece for r in regions_of(opcodes, x) for piece in _pieces(left, right, *r)]
    for i1, i2, j1, j2 in regions:
        core = (tuple(left[i1:i2]), tuple(right[j1:j2]))
        if cores is not None and not cores(*core):
            continue
        i1, j1 = _widen(left, right, i1, j1, -1, (a.text, b.text))
        i2, j2 = _widen(left, right, i2, j2, 1, (a.text, b.text))
        a_run, b_run = _whole(_trim(left[i1:i2])), _whole(_trim(right[j1:j2]))
        if (
            not any(content_word(p) for p in (*a_run, *b_run))
            or max(len(a_run), len(b_run)) > _LONGEST
        ):
            continue  # nothing but stop words changed, or a passage rewritten rather than a phrase
        a_span, b_span = _span(a, a_run), _span(b, b_run)
        a_text = a.text[a_span.start : a_span.end] if a_span else ""
        b_text = b.text[b_span.start : b_span.end] if b_span else ""
        found.append(Replacement(
            a=tuple(a_run), b=tuple(b_run), a_core=core[0], b_core=core[1], a_text=a_text, b_text=b_text, a_span=a_span,
            b_span=b_span, threshold=threshold, score=pair.score,
        ))  # fmt: skip
    return found


def _chinese(
    pair: Alignment, readouts: tuple[Readout, Readout], runs: tuple[list[Place], list[Place]],
    regions: list[tuple[int, int, int, int]], threshold: float,
    cores: Callable[[tuple[Place, ...], tuple[Place, ...]], bool] | None,
) -> list[Replacement]:  # fmt: skip
    """The replaced phrases of a Chinese pair, at word and phrase edges (:mod:`wording_zh`)."""
    (a, b), (left, right) = readouts, runs
    found: list[Replacement] = []
    for (c1, c2, d1, d2), (i1, i2, j1, j2) in wording_zh.phrases(
        regions, left, right, (a.text, b.text), cores
    ):
        a_span, b_span = _span(a, left[i1:i2]), _span(b, right[j1:j2])
        found.append(Replacement(
            a=tuple(left[i1:i2]), b=tuple(right[j1:j2]), a_core=tuple(left[c1:c2]),
            b_core=tuple(right[d1:d2]), a_text=a.text[a_span.start : a_span.end] if a_span else "",
            b_text=b.text[b_span.start : b_span.end] if b_span else "", a_span=a_span,
            b_span=b_span, threshold=threshold, score=pair.score,
        ))  # fmt: skip
    return found


def _places(said: list[Words]) -> list[Place]:
    """Every word of the sentences ``said`` as a place, in order (pairs made in C: some 5,000
    words a 500 KB comparison, each once a tuple built in the bytecode loop)."""
    return list(chain.from_iterable(zip(repeat(words), range(len(words.stems))) for words in said))


def _stems(said: list[Words]) -> list[str]:
    """The stems of the sentences ``said``, in order: what the places' stems read."""
    return list(chain.from_iterable(words.stems for words in said))


def _pieces(
    left: list[Place], right: list[Place], i1: int, i2: int, j1: int, j2: int
) -> list[tuple[int, int, int, int]]:
    """Cut a region too long to be one phrase at punctuation: the clause piece that opens it on
    each side ("invasion" / "aggression" before a comma or full stop) is one replacement, the
    piece that closes it another; the rewritten middle is no phrase change."""
    if max(i2 - i1, j2 - j1) <= _LONGEST:
        return [(i1, i2, j1, j2)]
    a_cut, b_cut = _first_cut(left, i1, i2), _first_cut(right, j1, j2)
    a_last, b_last = _last_cut(left, i1, i2), _last_cut(right, j1, j2)
    pieces = []
    if a_cut < i2 and b_cut < j2:
        pieces.append((i1, a_cut, j1, b_cut))
    if a_last > a_cut and b_last > b_cut:
        pieces.append((a_last, i2, b_last, j2))
    return [p for p in pieces if max(p[1] - p[0], p[3] - p[2]) <= _LONGEST]


def _first_cut(run: list[Place], start: int, end: int) -> int:
    """The first clause boundary after ``start`` (``end`` if none)."""
    return next((p for p in range(start + 1, end + 1) if not _joined(run, p)), end)


def _last_cut(run: list[Place], start: int, end: int) -> int:
    """The last clause boundary before ``end`` (``start`` if none)."""
    return next((p for p in range(end - 1, start, -1) if not _joined(run, p)), start)


def _widen(
    left: list[Place], right: list[Place], i: int, j: int, step: int, texts: tuple[str, str]
) -> tuple[int, int]:
    """Move the edge ``(i, j)`` over unchanged words, up to ``_WIDEN`` content words, in the clause.

    A capitalised word before the phrase joins it only as a possessive ("Russia's"): otherwise
    it is the subject ("Blinken strongly condemned"), not part of the phrase.
    """
    taken = 0
    while taken < _WIDEN:
        x, y = (i - 1, j - 1) if step < 0 else (i, j)
        if not (0 <= x < len(left) and 0 <= y < len(right)):
            break
        stem = left[x][0].stems[left[x][1]]
        if stem != right[y][0].stems[right[y][1]] or stem in CLAUSE_WORDS:
            break
        if not (
            _joined(left, x + 1 if step < 0 else x) and _joined(right, y + 1 if step < 0 else y)
        ):
            break
        if step < 0 and any(
            _subject(place, side) for place, side in ((left[x], texts[0]), (right[y], texts[1]))
        ):
            break  # looked at on both sides, so that swapping the readouts widens alike
        taken += stem not in STOPS
        i, j = (x, y) if step < 0 else (x + 1, y + 1)
    return i, j


def _subject(place: Place, text: str) -> bool:
    """A capitalised word that is no possessive ("Blinken", not "Russia's")."""
    words, k = place
    return words.caps[k] and text[words.end(k) - 2 : words.end(k)] not in _POSSESSIVE


def _joined(run: list[Place], p: int) -> bool:
    """No punctuation or sentence end between the words ``p - 1`` and ``p`` of ``run``."""
    if p <= 0 or p >= len(run):
        return p > 0
    (before, _), (words, k) = run[p - 1], run[p]
    return before is words and not words.breaks[k]


def _trim(run: list[Place]) -> list[Place]:
    """``run`` less stop words at its edges, its opening frame and a closing ", the leaders agreed"."""
    while run and not content_word(run[0]):
        run = run[1:]
    if run and run[-1][0].stems[run[-1][1]] in REPORTING and (p := _last_cut(run, 0, len(run))):
        tail = [w.stems[k] for w, k in run[p:]]
        k = next((k for k, stem in enumerate(tail) if stem not in SUBJECT_WORDS), len(tail))
        if k < len(tail) and tail[k] in REPORTING and not any(map(content_word, run[p + k + 1 :])):
            run = run[:p]  # who said it is no part of the phrase, as for :func:`_frame`
    run = run[_frame(run) :]
    while run and not content_word(run[-1]):
        run = run[:-1]
    return run


def _whole(run: list[Place]) -> list[Place]:
    """``run`` with its edges moved off a cut as a mined phrase's may not be
    (:func:`~readoutdiff.formulas.words.cuts.whole`: "… with the United" takes "States",
    "… with H.E. Mr" gives back "H.E. Mr"), then less stop words at its edges."""
    if not run:
        return run
    (head, first), (tail, last) = run[0], run[-1]
    start, end = cuts.whole_run(head, first, tail, last + 1)
    if (start, end) == (first, last + 1):
        return run
    if head is tail:
        run = [(head, k) for k in range(start, end)]
    else:
        run = [p for p in run if p[0] is not head or p[1] >= start]
        run = [p for p in run if p[0] is not tail or p[1] < end]
        run += [(tail, k) for k in range(last + 1, end)]
    while run and not content_word(run[0]):
        run = run[1:]
    while run and not content_word(run[-1]):
        run = run[:-1]
    return run


def _frame(run: list[Place]) -> int:
    """How many words open ``run`` with the readout's frame, its subject and the verb that
    reports it ("participants discussed further measures" / "They also discussed additional
    economic measures": who said it is no part of the phrase), stop words after them included;
    0 when the run does not open so or holds nothing else."""
    k = 0
    while k < len(run) and run[k][0].stems[run[k][1]] in SUBJECT_WORDS:
        k += 1
    if k >= len(run) or run[k][0].stems[run[k][1]] not in REPORTING:
        return 0
    k += 1
    while k < len(run) and not content_word(run[k]):
        k += 1
    return k if k < len(run) else 0


def content_word(place: Place) -> bool:
    """A word that may stand at a phrase's edge: no stop word, nor a lone letter ("U" of "U.S.")."""
    words, k = place
    return words.stems[k] not in STOP_WORDS and len(words.stems[k]) > 1


def _span(readout: Readout, run: Sequence[Place]) -> Span | None:
    if not run:
        return None
    (first, i), (last, k) = run[0], run[-1]
    start = first.start(i)
    return Span(start=start, end=last.end(k), line=line_of(readout, first, start))


@lru_cache(maxsize=8192)
def bare(text: str) -> tuple[str, ...]:
    """Content stems without inflection: "deepening" and "deepen" give "deep"."""
    return tuple(_content_of(key(text)))


@lru_cache(maxsize=16384)  # a pure function of the stem, called some 3,000 times a 500 KB pair
def strip(stem: str) -> str:
    """``stem`` without an inflection ending; "-iable" ends a verb in "-ify" as "-ied" does
    ("unjustifiable" / "unjustified").

    >>> strip("deepening"), strip("unjustifiable"), strip("unjustified"), strip("reliable")
    ('deepen', 'unjustifi', 'unjustifi', 'reliabl')
    >>> strip("setting"), strip("committed"), strip("addressing"), strip("falling")
    ('set', 'commit', 'address', 'fall')
    """
    if stem.endswith("iable") and len(stem) > 8:
        return stem[:-4]
    if not stem.endswith(_ENDINGS):  # most stems: one C call, not the loop's five tests
        return stem
    for ending in _ENDINGS:
        if len(stem) > len(ending) + 3 and stem.endswith(ending):
            bare = stem[: -len(ending)]
            if ending in _DOUBLING and bare[-1] == bare[-2] and bare[-1] not in _KEPT_DOUBLE:
                return bare[:-1]  # "setting" / "set", "committed" / "commit"
            return bare
    return stem


FIRMNESS_SAID = FIRMNESS | {strip(w) for w in FIRMNESS}
"""The firmness words (:data:`~readoutdiff.formulas.words.roles.FIRMNESS`), as said and with
their inflection stripped ("unwaver")."""
STANCES_SAID = STANCES | {strip(w) for w in STANCES}
"""The stances of :func:`firmly`, as said and with their inflection stripped."""
FIRM, STANCE = "(firmly)", "(stance)"
"""What :func:`firmly` reads every firmness word, and "support" or "commitment", as."""


def firmly(said: Iterable[str]) -> set[str] | None:
    """The words ``said`` (stems, inflection stripped or not) of a stance held firmly, read as
    convention (p) of eval/formulas/SOURCES.md reads them: every firmness word one word
    (:data:`FIRM`), "support" and "commitment" one stance (:data:`STANCE`); None unless they
    say firmness and a stance (:data:`~readoutdiff.formulas.words.roles.STANCES`: "strong
    partnership" is a quality of a relation, not firmness). Firmness said on one side only,
    "continued" or "full" are no firmness and stay what they are.

    >>> firmly(["steadfast", "support"]) == firmly(["unwaver", "support"]) == {FIRM, STANCE}
    True
    >>> firmly(["ironclad", "commitment", "secur"]) == firmly(["unwavering", "support", "secur"])
    True
    >>> firmly(["continuing", "support"]), firmly(["strong", "partnership"])
    (None, None)
    """
    words = set(said)
    if not words & FIRMNESS_SAID or not words & STANCES_SAID:
        return None
    return {FIRM if w in FIRMNESS_SAID else STANCE if w in ONE_STANCE else w for w in words}


def held_firmly(run: Sequence[Place]) -> set[str] | None:
    """The lower-case content words of ``run`` (names are no stance) read by :func:`firmly`."""
    return firmly(strip(w.stems[k]) for w, k in run if not w.caps[k] and content_word((w, k)))


FIRM_BEFORE = 3
"""Names read over, at most, back to a firmness word before a formula ("ironclad U.S.
commitment to …"): see :func:`firm_before`."""


def firm_before(words: Words, first: int) -> int | None:
    """The firmness word (:data:`FIRMNESS_SAID`) that stands right before word ``first`` of
    ``words``, over at most :data:`FIRM_BEFORE` names ("the Administration's unwavering support
    for …", "ironclad U.S. commitment to …"), or None; no punctuation between."""
    k = first - 1
    while k >= 0 and first - k <= FIRM_BEFORE and words.caps[k] and not words.breaks[k + 1]:
        k -= 1
    if k >= 0 and not words.breaks[k + 1] and words.stems[k] in FIRMNESS_SAID:
        return k
    return None


def stripped_from(key: str) -> tuple[str, ...]:
    """Every stem :func:`strip` may take to ``key``, and some it does not, spelled from the
    key alone: bare, with each ending strip takes off, with the last letter doubled before an
    ending that doubles it, and with the "-able" of "-iable" after an "-i"
    ("unjustifi" / "unjustifiable"). ``tests/test_stem_index.py`` holds every stem of real
    readouts to be among the forms of its key.

    >>> stripped_from("set")
    ('set', 'seting', 'seted', 'setes', 'sets', 'sete', 'setting', 'setted')
    >>> stripped_from("unjustifi")[-1]
    'unjustifiable'
    """
    doubled = tuple(key + key[-1:] + ending for ending in _ENDINGS if ending in _DOUBLING)
    iable = (key + "able",) if key.endswith("i") else ()
    return (key, *(key + ending for ending in _ENDINGS), *doubled, *iable)


def _content_of(stems: Sequence[str]) -> list[str]:
    """The stems that are no stop word, inflection stripped."""
    return [strip(s) for s in stems if s not in STOPS]


def _initialled(words: tuple[str, ...], other: tuple[str, ...]) -> list[str]:
    """``words`` with each run of words whose initials the other wording spells as single
    letters ("united", "state" for "u", "s") written as those letters."""
    out = list(words)
    letters = [k for k, w in enumerate(other) if len(w) == 1]
    runs: list[list[str]] = []
    for n, k in enumerate(letters):
        if runs and letters[n - 1] == k - 1:
            runs[-1].append(other[k])
        else:
            runs.append([other[k]])
    for run in (r for r in runs if len(r) >= 2):
        for start in range(len(out) - len(run) + 1):
            window = out[start : start + len(run)]
            if all(len(w) > 1 and w[0] == c for w, c in zip(window, run, strict=True)):
                out[start : start + len(run)] = run
                break
    return out


def same_formula(x: str, y: str, threshold: float = 90.0) -> bool:
    """Say whether two wordings are one formula: equal content stems, or alike enough, and
    no word of one the other negates ("food insecurity" is no "food security")."""
    # Each wording cut into stems once, its content stems (what ``bare`` gives) taken from
    # them: replaced phrases' wordings are new to a run, so ``bare`` missed its memo and cut
    # each, and ``key`` cut it again (some 20 % of this function in a first comparison).
    kx, ky = key(x), key(y)
    bx, by = _content_of(kx), _content_of(ky)
    if not bx or not by:
        return False
    if negated_keys(kx, ky):
        return False
    if sorted(bx) == sorted(by):
        return True
    if sorted(_content_of(_initialled(kx, ky))) == sorted(_content_of(_initialled(ky, kx))):
        return True  # "the United States' ironclad" / "the U.S. ironclad": a name, initialled
    return bool(fuzz.ratio(" ".join(bx), " ".join(by), score_cutoff=threshold))
