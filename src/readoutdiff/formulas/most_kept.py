"""A line said again in an aligned pair with most of its telling words, one or two reworded.

When the aligner pairs two sentences that were rewritten around a line, the word diff of the
pair often runs the line into a long replaced run and names nothing, though the two readouts
say it with nearly the same words: "secure sustainable and affordable energy resources" →
"securing sustainable and affordable energy supplies", "traditional areas as civil nuclear
energy, aviation and aerospace" → "traditional areas like civilian nuclear energy, and
aerospace". Here the **telling words** of each sentence (content words, inflection stripped;
no word that only introduces a formula, no pronoun, no figure) are compared in order, and a
run of them both sentences keep with a small edit is one line changed when:

- the kept words, joined over gaps of at most ``GAP`` telling words on each side, number at
  least ``MIN_KEPT``, ``MIN_LOWER`` of them in lower case (names alone make no line), and no
  clause word ("that", "while", "is" …) stands between two of them;
- the edit is at most ``MOST_EDITED`` telling words, both sides together: the words in the
  gaps, or one head noun swapped right after the last kept word ("energy *resources*" /
  "energy *supplies*", each the last content word of its phrase); a spelling or inflection
  of the other side's word is no edit ("civil" / "civilian");
- the edit holds a lower-case word that is no word of aspect ("continued" / "ongoing") nor a
  name: a line whose only change is its names or its aspect is the same line;
- the two wordings are not one formula in two inflections (:func:`wording.same_formula`) and
  neither is a name, an office, a date, boilerplate or a cut (:func:`noise.why`).

The wording runs from the first kept word to the last kept or edited word on each side. A
formula both readouts keep may stand inside it (it stays *persisted*: the entry tells what was
said around it); a place another entry tells is left to it (:mod:`line_entries`).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("They met in London.\\n\\nThe leaders agreed to support Ukraine, address the challenges posed by China, and secure sustainable and affordable energy resources.")
>>> b = from_text("They met in London.\\n\\nThe leaders coordinated on global issues. They discussed the importance of securing sustainable and affordable energy supplies.")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas if f.status.value == "changed"]
[('changed', 'secure sustainable and affordable energy resources', 'securing sustainable and affordable energy supplies')]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from readoutdiff.formulas import noise
from readoutdiff.formulas.content_words import PRONOUNS, counts
from readoutdiff.formulas.phrases import Words
from readoutdiff.formulas.roles import ASPECT, INTRODUCING
from readoutdiff.formulas.told import NOUN_ENDINGS
from readoutdiff.formulas.word_swaps import IRREGULAR
from readoutdiff.formulas.wording import CLAUSE_WORDS, strip
from readoutdiff.shared_runs import sequence_blocks

MIN_KEPT = 3
"""Telling words both sentences keep in the line."""
MIN_LOWER = 2
"""Of them, in lower case."""
MOST_EDITED = 2
"""Telling words put in, taken out or swapped, both sides together."""
GAP = 2
"""Most telling words between two kept ones on one side."""
GAP_WORDS = 4
"""Most lower-case words of any kind between two kept ones on one side: a longer gap holds a
clause of its own ("Russia *accountable in the face of its* unprovoked … war"); names do not
count ("commitment *of the United States to* stand strong")."""
_MANNER = frozenset(("together", "closely"))
"""Adverbs that say how two sides do a thing, not what they do ("work together with" /
"work with", "work closely together" / "work together closely"): counted as aspect."""
_FRAMING = frozenset(("including", "today"))
"""Words that frame what follows rather than say it."""
_ASKING = frozenset(("call", "called", "calls", "calling", "urge", "urged", "urges", "urging"))
"""Verbs that ask someone to do what a line says: which one a readout uses tells nothing of
the line ("called on Congress to pass" / "urging Congress to pass")."""
_IGNORED = frozenset(map(strip, INTRODUCING | PRONOUNS | _FRAMING | _ASKING))
_QUALIFYING = ("ed", "en", "al", "ful", "ous", "ic", "ive", "able", "ible", "ary", "less")
"""Endings of English adjectives and participles: a word after a noun with one qualifies it
("public health measures *taken*"), it is no head noun swapped."""
_ASPECT = frozenset(map(strip, ASPECT | _MANNER))

QUANTIFIERS = frozenset(("all", "every", "any", "no"))
"""Stop words that say how much of a thing a line covers: one put in or taken out is an edit
("the release of the remaining detainees" / "release all remaining detainees")."""
_JOINS = frozenset(("and", "or"))

Told = tuple[tuple[int, ...], tuple[str, ...]]
"""The telling words of a sentence: where each stands, and its stem without inflection."""
Found = tuple[int, int, int, int, tuple[str, ...], bool]
"""A's wording [first, last), B's [first, last), the kept words that name the line, and
whether it changed (else it persisted, reworded only in inflection, aspect, names or stop
words)."""


def lines(
    wa: Words, wb: Words, held: tuple[Held, Held] = (frozenset(), frozenset())
) -> list[Found]:
    """Every line the two sentences of one aligned pair say with most telling words kept
    (see the module's text); ``held``: the words of each that a formula both readouts keep
    says (a word swapped there is that formula's variant, no edit of the line)."""
    if not may_share(wa, wb):
        return []
    ta, tb = telling(wa), telling(wb)
    out = []
    for chain in _chains(wa, wb, ta, tb):
        found = _line(wa, wb, ta, tb, chain, held)
        if found is not None:
            out.append(found)
    return out


def telling(words: Words) -> Told:
    """Where the telling words of ``words`` stand, and their stems without inflection."""
    return _telling(words.stems)


@lru_cache(maxsize=4096)
def _telling(stems: tuple[str, ...]) -> Told:
    """:func:`telling`, once per distinct sentence (a readout says many twice)."""
    places, plains = [], []
    for k, stem in enumerate(stems):
        plain = strip(stem)
        plain = IRREGULAR.get(plain, plain)
        if (
            counts(stem) and not any(map(str.isdigit, stem)) and plain not in _IGNORED
        ) or stem in QUANTIFIERS:
            places.append(k)
            plains.append(plain)
    return tuple(places), tuple(plains)


@lru_cache(maxsize=4096)
def _said(stems: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_telling(stems)[1])


def may_share(wa: Words, wb: Words) -> bool:
    """The cheap test first: the two sentences share ``MIN_KEPT`` telling words."""
    return len(_said(wa.stems) & _said(wb.stems)) >= MIN_KEPT


Block = tuple[int, int, int]
Held = frozenset[int]
"""Words of a sentence that a formula both readouts keep says."""


def _chains(wa: Words, wb: Words, ta: Told, tb: Told) -> Iterator[list[Block]]:
    """Runs of telling words both keep (:func:`sequence_blocks` of the telling stems), cut
    where a clause ends and joined over gaps of at most ``GAP`` telling words and
    ``GAP_WORDS`` lower-case words on each side in one clause."""
    chain: list[Block] = []
    for block in sequence_blocks(ta[1], tb[1]):
        for piece in _cut(wa, wb, ta, tb, block):
            if chain:
                i, j, n = chain[-1]
                left_a, left_b = ta[0][i + n - 1], tb[0][j + n - 1]
                if (
                    piece[0] - i - n <= GAP and piece[1] - j - n <= GAP
                    and _lower(wa, left_a, ta[0][piece[0]]) <= GAP_WORDS
                    and _lower(wb, left_b, tb[0][piece[1]]) <= GAP_WORDS
                    and _one_clause(wa, ta[0][i + n - 1], ta[0][piece[0]])
                    and _one_clause(wb, tb[0][j + n - 1], tb[0][piece[1]])
                ):  # fmt: skip
                    chain.append(piece)
                    continue
                yield chain
            chain = [piece]
    if chain:
        yield chain


def _lower(words: Words, first: int, last: int) -> int:
    """How many lower-case words stand between words ``first`` and ``last``."""
    return sum(not cap for cap in words.caps[first + 1 : last])


def _cut(wa: Words, wb: Words, ta: Told, tb: Told, block: Block) -> Iterator[Block]:
    """The kept run ``block`` cut where a clause ends between two of its words."""
    i, j, n = block
    start = 0
    for d in range(1, n):
        if not (
            _one_clause(wa, ta[0][i + d - 1], ta[0][i + d])
            and _one_clause(wb, tb[0][j + d - 1], tb[0][j + d])
        ):
            yield i + start, j + start, d - start
            start = d
    yield i + start, j + start, n - start


def _one_clause(words: Words, first: int, last: int) -> bool:
    """Words ``first`` and ``last`` stand in one clause: no clause word between them, and no
    punctuation but that of a list going on ("civil nuclear energy, aviation and aerospace")."""
    if last == first + 1:  # most words a line keeps stand side by side
        return not words.breaks[last]
    between = words.stems[first + 1 : last]
    if not CLAUSE_WORDS.isdisjoint(between):
        return False
    cut = [k for k in range(first + 1, last + 1) if words.breaks[k]]
    return not cut or not _JOINS.isdisjoint(words.stems[cut[-1] : last])


def _line(
    wa: Words, wb: Words, ta: Told, tb: Told, chain: list[Block], held: tuple[Held, Held]
) -> Found | None:  # fmt: skip
    """The line ``chain`` keeps, if it is one (see the module's text)."""
    places = [ta[0][i + d] for i, _, n in chain for d in range(n)]
    saying = [k for k in places if _says(wa, k)]
    if len(saying) < MIN_KEPT or sum(not wa.caps[k] for k in saying) < MIN_LOWER:
        return None
    edited, (first_a, first_b), (last_a, last_b) = _edits(wa, wb, ta, tb, chain, held)
    if len(edited) > MOST_EDITED:
        return None
    # A name put in or taken out tells nothing of the line ("the Kremlin's war" / "the war"),
    # unless it is a member of a list the line keeps another member of ("Sweden and Finland").
    changed = any(kind != _NAME and w not in _ASPECT for w, kind in edited)
    fa, la = ta[0][first_a], ta[0][last_a] + 1
    fb, lb = tb[0][first_b], tb[0][last_b] + 1
    if wa.stems[fa:la] == wb.stems[fb:lb]:
        return None
    if not (_ends_phrase(wa, la - 1) and _ends_phrase(wb, lb - 1)):
        return None  # cut inside a phrase: "the evacuation of American" of "American citizens"
    if _figures(wa, fa, la) != _figures(wb, fb, lb) or _counted(wa, fa) or _counted(wb, fb):
        return None  # figures of the day, not a standing line
    if noise.why(wa, fa, la) or noise.why(wb, fb, lb):
        return None
    name = tuple(wa.stems[k] for k in saying if not wa.caps[k])
    return fa, la, fb, lb, name, changed


def _says(words: Words, k: int) -> bool:
    """Kept word ``k`` says what the line is: no word of aspect, quantifier or narration."""
    stem = words.stems[k]
    return strip(stem) not in _ASPECT and stem not in QUANTIFIERS and not _narrating(words, k)


def _edits(
    wa: Words, wb: Words, ta: Told, tb: Told, chain: list[Block], held: tuple[Held, Held]
) -> tuple[list[tuple[str, str]], tuple[int, int], tuple[int, int]]:  # fmt: skip
    """The telling words ``chain`` does not keep (in its gaps, a word swapped right before it
    and a head noun swapped after it), each with its kind (:func:`_kind`), less those one side
    spells as the other; and the first and last telling word of the line on each side."""
    edit_a: list[int] = []  # indexes into the telling words
    edit_b: list[int] = []
    for (i, j, n), (next_i, next_j, _) in zip(chain, chain[1:], strict=False):
        edit_a += range(i + n, next_i)
        edit_b += range(j + n, next_j)
    i, j, n = chain[-1]
    first, last = (chain[0][0], chain[0][1]), (i + n - 1, j + n - 1)
    head = _swapped_head(wa, wb, ta, tb, last)
    if head is not None:
        edit_a.append(head[0])
        edit_b.append(head[1])
        last = head
    before = None if edit_a or edit_b else _swapped_before(wa, wb, ta, tb, first)
    if before is not None:  # only a line kept whole may be told by the word before it
        edit_a.append(before[0])
        edit_b.append(before[1])
        first = before
    words_a, words_b = [ta[1][t] for t in edit_a], [tb[1][t] for t in edit_b]
    words_a, words_b = _unjoined(words_a, words_b)
    kept_a = {ta[0][i + d] for i, _, n in chain for d in range(n)}
    kept_b = {tb[0][j + d] for _, j, n in chain for d in range(n)}
    edited = [
        (w, _kind(wa, ta[0][t], kept_a))
        for t, w in zip(edit_a, words_a, strict=True)
        if w and not _spelled(w, words_b) and ta[0][t] not in held[0]
    ] + [
        (w, _kind(wb, tb[0][t], kept_b))
        for t, w in zip(edit_b, words_b, strict=True)
        if w and not _spelled(w, words_a) and tb[0][t] not in held[1]
    ]  # fmt: skip
    return edited, first, last


_NAME, _MEMBER, _WORD = "name", "member", "word"


def _kind(words: Words, k: int, kept: set[int]) -> str:
    """What edited word ``k`` is: a name, a name that is a member of a list the line keeps
    another member of (joined to it by "and" or "or"), or a common word."""
    if not words.caps[k]:
        return _WORD
    stems = words.stems
    listed = (k >= 2 and stems[k - 1] in _JOINS and k - 2 in kept) or (
        k + 2 < len(stems) and stems[k + 1] in _JOINS and k + 2 in kept
    )
    return _MEMBER if listed else _NAME


def _figures(words: Words, first: int, last: int) -> list[str]:
    return [s for s in words.stems[first:last] if any(map(str.isdigit, s))]


def _counted(words: Words, first: int) -> bool:
    """The wording starts right after a figure: on what it counts ("billion in …")."""
    return first > 0 and any(map(str.isdigit, words.stems[first - 1]))


def _narrating(words: Words, k: int) -> bool:
    """Word ``k`` is a verb of narration in the past tense before "to" ("agreed to …")."""
    return words.stems[k].endswith("ed") and words.stems[k + 1 : k + 2] == ("to",)


def _swapped_head(
    wa: Words, wb: Words, ta: Told, tb: Told, last: tuple[int, int]
) -> tuple[int, int] | None:  # fmt: skip
    """The telling words right after the last kept ones, when each is a lower-case word other
    than the other side's that stands right after the last kept one and ends its phrase."""
    na, nb = last[0] + 1, last[1] + 1
    if na >= len(ta[0]) or nb >= len(tb[0]) or ta[1][na] == tb[1][nb]:
        return None
    for words, told, t in ((wa, ta, na), (wb, tb, nb)):
        k, before = told[0][t], told[0][t - 1]
        if words.caps[k] or words.breaks[k] or k != before + 1:
            return None
        if not _ends_phrase(words, k) or (
            words.stems[k].endswith(_QUALIFYING) and not words.stems[k].endswith(NOUN_ENDINGS)
        ):
            return None
    return na, nb


def _swapped_before(
    wa: Words, wb: Words, ta: Told, tb: Told, first: tuple[int, int]
) -> tuple[int, int] | None:  # fmt: skip
    """The telling words right before the first kept ones, when each is a lower-case word other
    than the other side's that stands right before the first kept one ("*increase* cooperation
    on a broad range of priority issues" / "*ongoing* cooperation on …")."""
    na, nb = first[0] - 1, first[1] - 1
    if na < 0 or nb < 0 or ta[1][na] == tb[1][nb]:
        return None
    for words, told, t in ((wa, ta, na), (wb, tb, nb)):
        k, after = told[0][t], told[0][t + 1]
        if words.caps[k] or words.breaks[after] or after != k + 1:
            return None
    return na, nb


def _ends_phrase(words: Words, k: int) -> bool:
    """No lower-case content word follows word ``k`` in its clause, but one that frames what
    follows ("priority issues *including* …")."""
    n = k + 1
    return (
        n >= len(words.stems) or words.breaks[n] or not counts(words.stems[n])
        or words.caps[n] or words.stems[n] in _FRAMING
    )  # fmt: skip


def _unjoined(x: list[str], y: list[str]) -> tuple[list[str], list[str]]:
    """``x`` and ``y`` less each word one side writes as two in a row on the other
    ("likeminded" / "like-minded"), those blanked."""
    x, y = list(x), list(y)
    for one, two in ((x, y), (y, x)):
        for k in range(len(two) - 1):
            joined = two[k] + two[k + 1]
            for m, word in enumerate(one):
                if word and word in (joined, strip(joined)):
                    one[m] = two[k] = two[k + 1] = ""
    return x, y


def _spelled(word: str, others: Sequence[str]) -> bool:
    """One of ``others`` is a spelling or an inflection of ``word`` that :func:`strip` left
    apart ("civil" / "civilian", "defence" / "defense")."""
    return any(
        w[:4] == word[:4]
        or (min(len(w), len(word)) >= 4 and (w.startswith(word) or word.startswith(w)))
        for w in others
    )
