"""What changed in a line :mod:`readoutdiff.formulas.linking.most_kept` finds kept in two sentences:
the telling words its kept runs do not keep (in the gaps between them, a head noun swapped
after them, a word swapped right before them), each with its kind (a common word, a name, a
name joined to a member the line keeps), less those one side only spells otherwise ("civil" /
"civilian", "like-minded" / "likeminded") or that a formula both readouts keep says (that
formula's variant).
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.entries.told import NOUN_ENDINGS
from readoutdiff.formulas.matching.content_words import counts
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.formulas.words.wording import strip

Told = tuple[tuple[int, ...], tuple[str, ...]]
"""The telling words of a sentence: where each stands, and its stem without inflection."""
Block = tuple[int, int, int]
"""A run of telling words both sentences keep: where in A's, where in B's, how many."""
Held = frozenset[int]
"""Words of a sentence that a formula both readouts keep says."""
Edited = list[tuple[str, str]]
"""Each edited word's stem and kind (``NAME``, ``MEMBER`` or ``WORD``)."""

NAME, MEMBER, WORD = "name", "member", "word"
JOINS = frozenset(("and", "or"))
FRAMING = frozenset(("including", "today"))
"""Words that frame what follows rather than say it."""
_QUALIFYING = ("ed", "en", "al", "ful", "ous", "ic", "ive", "able", "ible", "ary", "less")
"""Endings of English adjectives and participles: a word after a noun with one qualifies it
("public health measures *taken*"), it is no head noun swapped."""


Bounds = tuple[list[int], list[int], tuple[int, int], tuple[int, int]]
"""The telling words a chain does not keep on each side (indexes into the telling words),
and the first and last telling word of its line on each side: :func:`bounds`."""


def bounds(wa: Words, wb: Words, ta: Told, tb: Told, chain: list[Block]) -> Bounds:
    """Where the line of ``chain`` starts and ends on each side, and the telling words in its
    gaps, with a word swapped right before it and a head noun swapped after it: the places
    :func:`edits` judges. Read apart so that a line said alike on both sides can be left
    before its edits are judged (:func:`most_kept._line`)."""
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
    return edit_a, edit_b, first, last


def edits(
    wa: Words, wb: Words, ta: Told, tb: Told, chain: list[Block], held: tuple[Held, Held],
    at: Bounds | None = None,
) -> tuple[Edited, tuple[int, int], tuple[int, int]]:  # fmt: skip
    """The telling words ``chain`` does not keep (in its gaps, a word swapped right before it
    and a head noun swapped after it), each with its kind (:func:`_kind`), less those one side
    spells as the other; and the first and last telling word of the line on each side (``at``:
    :func:`bounds` of the chain, when read already)."""
    edit_a, edit_b, first, last = bounds(wa, wb, ta, tb, chain) if at is None else at
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


def _kind(words: Words, k: int, kept: set[int]) -> str:
    """What edited word ``k`` is: a name, a name that is a member of a list the line keeps
    another member of (joined to it by "and" or "or"), or a common word."""
    if not words.caps[k]:
        return WORD
    stems = words.stems
    listed = (k >= 2 and stems[k - 1] in JOINS and k - 2 in kept) or (
        k + 2 < len(stems) and stems[k + 1] in JOINS and k + 2 in kept
    )
    return MEMBER if listed else NAME


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
        if not ends_phrase(words, k) or (
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


def ends_phrase(words: Words, k: int) -> bool:
    """No lower-case content word follows word ``k`` in its clause, but one that frames what
    follows ("priority issues *including* …")."""
    n = k + 1
    return (
        n >= len(words.stems) or words.breaks[n] or not counts(words.stems[n], words.stop_words)
        or words.caps[n] or words.stems[n] in FRAMING
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
