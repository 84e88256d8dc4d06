"""What changed among the telling words of a formula's wordings: a qualifier dropped, a
content word swapped for another.

:func:`told` reads the words of a wording that tell something (lower case, no stop word,
inflection stripped); :mod:`readoutdiff.formulas.entries.entries` tells a kept formula *changed* when
one side's wordings lost a qualifier (:func:`qualifier_dropped`) or swapped a content word
(:func:`content_swapped`), and :mod:`readoutdiff.formulas.succession.around` and
:mod:`readoutdiff.formulas.linking.twins` compare told words.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from os.path import commonprefix

from readoutdiff.formulas.words.roles import ARTICLES, ASPECT, INTRODUCING, PREPOSITIONS
from readoutdiff.formulas.words.wording import Place, bare, content_word, firmly, strip


def told(run: Sequence[Place], ignored: frozenset[str] = frozenset()) -> set[str]:
    """Stems, inflection stripped, of the words of ``run`` that tell something: lower case
    (names are no qualifiers), no stop word and none of ``ignored``."""
    return {
        strip(w.stems[k])
        for w, k in run
        if not w.caps[k] and content_word((w, k)) and w.stems[k] not in ignored
    }


def qualifier_dropped(x: Sequence[Sequence[Place]], y: Sequence[Sequence[Place]]) -> bool:
    """Say whether the wordings ``y`` of a formula lack a qualifier every wording ``x`` has:
    their lower-case content words are a part of those all of ``x`` share ("impose severe
    costs" -> "imposing costs on Russia"; names are no qualifiers, inflection is stripped),
    and no word of ``y`` but a preposition or an article says it otherwise ("support each
    other" is "mutual support"). When ``x`` says the formula in several wordings, one of them
    holding more than ``y`` says and none saying no more than ``y`` is enough: "release of
    all remaining hostages held by Hamas" and "secure the release of hostages" against "release
    of hostages held by Hamas" (the bare wording of ``x`` is another line, not ``y``'s)."""

    def stops(runs: Sequence[Sequence[Place]]) -> set[str]:
        return {w.stems[k] for run in runs for w, k in run if not content_word((w, k))}

    said = set().union(*(told(run) for run in y))
    if not said or not x:
        return False
    each = [told(run) for run in x]
    if not said < set.intersection(*each) and (
        len(each) < 2 or any(t <= said for t in each) or not any(said < t for t in each)
    ):
        return False  # the common case: stop words of every wording left unread
    # "support each other" -> "mutual support": words that are no link stand for the qualifier
    return not stops(y) - stops(x) - PREPOSITIONS - ARTICLES


IRREGULAR = {
    "stood": "stand", "held": "hold", "met": "meet", "led": "lead", "made": "make",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "spoke": "speak",
    "spoken": "speak", "sought": "seek", "brought": "bring", "built": "build", "kept": "keep",
    "saw": "see", "seen": "see", "sent": "send", "spent": "spend", "won": "win",
    "began": "begin", "begun": "begin", "grew": "grow", "grown": "grow", "told": "tell",
}  # fmt: skip
"""Irregular past forms of verbs readouts use, to the stripped stem of their present: one
formula in two tenses ("stood ready" / "stands ready") is one formula."""
_UNTOLD = INTRODUCING | ASPECT
"""Words whose swap is no change of a formula (see :func:`content_swapped`)."""


def content_swapped(x: Sequence[Sequence[Place]], y: Sequence[Sequence[Place]]) -> bool:
    """Say whether a content word of a formula was swapped for another between its wordings
    ``x`` and ``y``: each side has a lower-case content word (inflection stripped) that every
    one of its wordings says and no wording of the other side says, nor a spelling of it (the
    same first four letters: "defence"/"defense"). "steadfast support" -> "unwavering
    support" is another formula; "deepen"/"deepening", an article, a preposition, the order of
    the words or a name ("its"/"Ukraine's") is not a swap, nor is a verb that only reports
    ("reaffirmed"/"reiterated") or a word of aspect (:data:`~readoutdiff.formulas.words.roles.ASPECT`:
    "ongoing"/"joint efforts"), nor a firmness word of a stance swapped for another where every
    wording holds the stance firmly ("steadfast support of" / "unwavering support for", see
    :func:`firmly`)."""
    if not x or not y:
        return False
    x_told = [{IRREGULAR.get(w, w) for w in told(run, _UNTOLD)} for run in x]
    y_told = [{IRREGULAR.get(w, w) for w in told(run, _UNTOLD)} for run in y]
    held = [h for h in map(firmly, chain(x_told, y_told)) if h is not None]
    if len(held) == len(x_told) + len(y_told):  # a stance held firmly in every wording: (p)
        x_told, y_told = held[: len(x_told)], held[len(x_told) :]
    out = set.intersection(*x_told) - set().union(*y_told)
    into = set.intersection(*y_told) - set().union(*x_told)
    return any(not _spelled(w, into) for w in out) and any(not _spelled(w, out) for w in into)


def _spelled(word: str, others: set[str]) -> bool:
    """One of ``others`` is a spelling or an inflection of ``word`` that :func:`strip` left
    apart: the same first four letters ("defence"/"defense"), or one the start of the other
    ("tak" of "taking" and "take")."""
    return any(
        w[:4] == word[:4]
        or min(len(w), len(word)) >= 3
        and (w.startswith(word) or word.startswith(w))
        for w in others
    )


FORM = 6
"""Letters two content words must open alike to be forms of one word ("resilien" of
"resilience" and "resilient", "strateg" of "strategy" and "strategic"): see
:func:`other_forms`."""


def other_forms(x: str, y: str) -> bool:
    """Say whether the wordings ``x`` and ``y`` say the same content words in another order,
    some perhaps in other forms: as many content words (a Chinese wording's are its
    characters), each opening as one of the other's does, over :data:`FORM` letters at least
    (or the shorter word whole), and the words of ``x`` stand in ``y`` in another order. The
    same words in the same order are one wording (nothing to tell); one word in another form,
    in the same order, may be another line ("strategic" / "strategy"), and the dev lists show
    no such pair kept.

    >>> other_forms("supply chain resilience", "resilient supply chains")
    True
    >>> other_forms("ironclad support", "unwavering support"), other_forms("", "support")
    (False, False)
    >>> other_forms("strategic partnership", "strategy partnership")
    False
    >>> other_forms("经济全球化和自由贸易", "自由贸易和经济全球化"), other_forms("和国际公平正义", "国际和平和公平正义")
    (True, False)
    """
    a, b = bare(x), bare(y)
    if not (a and len(a) == len(b) and _formed(a, b) and _formed(b, a)):
        return False  # as many words: "和国际公平正义" is not "国际和平和公平正义" (characters)
    # Read from either side: two words of one side may open as one word of the other
    # ("Ukraine … Ukrainian people" / "Ukrainian people … peoples"), so that one reading finds
    # the same order and the other another; both must find another order (sym1).
    return _reordered(a, b) and _reordered(b, a)


def _reordered(words: Sequence[str], others: Sequence[str]) -> bool:
    """Whether ``words``, each placed at the first of ``others`` it is a form of, stand in
    ``others`` in another order."""
    at = [next(i for i, o in enumerate(others) if _one_word(w, o)) for w in words]
    return at != sorted(at)


def _formed(words: Sequence[str], others: Sequence[str]) -> bool:
    """Whether every one of ``words`` is one of ``others`` or opens as one of them does."""
    return all(any(_one_word(w, o) for o in others) for w in words)


def _one_word(w: str, o: str) -> bool:
    """``w`` and ``o`` are one word, perhaps in two forms (see :data:`FORM`)."""
    return w == o or len(commonprefix((w, o))) >= min(FORM, len(w), len(o))
