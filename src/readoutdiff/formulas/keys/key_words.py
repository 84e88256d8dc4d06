"""How two wordings of one formula differ, read word by word as an analyst compares them.

A key change says whether a formula lost a qualifier, gained one, had one word swapped or was
reworded; and a light change (one word taken off, put in or swapped) ranks below a dropped
formula (:mod:`readoutdiff.formulas.keys.key_changes`). The words compared are a wording's content
words in order: linking words out, a plural or -ing ending off, names kept (in lower case),
so that "Russia's" → "Putin's" is a swap and "Article 5" taken out is two words taken out.

>>> shift("impose severe costs", "imposing costs on Russia")
Shift(taken=('sever',), put=('Russia',), swapped=False, kept=True, lone_taken=True, lone_put=False)
>>> qualifier(shift("impose severe costs", "imposing costs on Russia"))
'removed'
>>> qualifier(shift("commitment to North American economic cooperation",
...                 "commitment to the United States-Mexico-Canada Agreement")) is None
True
>>> light(shift("support for ASEAN centrality", "commitment to ASEAN centrality"))
True
>>> light(shift("commitment to Article 5 and to the security", "commitment to the security"))
False
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from readoutdiff.languages import tokens
from readoutdiff.records.record import record

_LINKS = frozenset(
    "a an the of on in to for and or with by at as its their his her s also too well".split()
)
"""Words that link or add ("as well", "also") and qualify nothing."""


@record
class Shift:
    """What B's wording did to A's content words (see :func:`shift`); names keep a capital."""

    taken: tuple[str, ...]
    """A's words that B has not, where B put nothing in their place or swapped them."""
    put: tuple[str, ...]
    """B's words that A has not, where A had nothing in their place or swapped them."""
    swapped: bool
    """Some of A's words stand where B has other words."""
    kept: bool
    """The two share a word in lower case (not only names): a word a qualifier could be on."""
    lone_taken: bool
    """A's words B has not, names aside, stand in one place, at most :data:`QUALIFIER` of them,
    as a qualifier does ("all remaining hostages", "sovereignty and territorial integrity")."""
    lone_put: bool
    """The same of B's words A has not."""


QUALIFIER = 2
"""Most words of a qualifier: "all remaining", "economic and humanitarian"; more words put in
one place are a phrase of their own ("continue supporting the government and")."""


@lru_cache(maxsize=512)
def shift(a: str, b: str) -> Shift:
    """Compare the content words of wordings ``a`` and ``b`` in order, case aside. Kept for
    the next call (a :class:`Shift` is frozen): the key changes rank, choose and name each
    changed formula by it, three to five calls of a ``SequenceMatcher`` each."""
    x, y = content(a), content(b)
    opcodes = SequenceMatcher(
        None, [w.lower() for w in x], [w.lower() for w in y], autojunk=False
    ).get_opcodes()
    taken = tuple(w for op, i, j, _, _ in opcodes if op != "equal" for w in x[i:j])
    put = tuple(w for op, _, _, k, m in opcodes if op != "equal" for w in y[k:m])
    return Shift(
        taken=taken, put=put,
        swapped=any(op == "replace" for op, *_ in opcodes),
        kept=any(op == "equal" and not _named(x[i:j]) for op, i, j, _, _ in opcodes),
        lone_taken=_lone([(op, x[i:j]) for op, i, j, _, _ in opcodes]),
        lone_put=_lone([(op, y[k:m]) for op, _, _, k, m in opcodes]),
    )  # fmt: skip


def qualifier(change: Shift) -> str | None:
    """``"removed"`` when B only took words off a kept word, one of them not a name (names it
    adds are a complement, "on Russia"), ``"added"`` when it only put words on one; else None:
    a rewording, or only a name changed ("Putin's war" → "its war").

    >>> qualifier(shift("Russia's war against Ukraine", "Russia's unjustifiable war against Ukraine"))
    'added'
    >>> qualifier(shift("Comprehensive Global Strategic Partnership", "Global Strategic Partnership"))
    """
    if change.swapped or not change.kept:
        return None
    if not _named(change.taken) and _named(change.put):
        return "removed" if change.lone_taken else None
    if not _named(change.put) and _named(change.taken):
        return "added" if change.lone_put else None
    return None


def light(change: Shift) -> bool:
    """At most one word taken or swapped out and one put or swapped in, around a kept word:
    "leading role" → "essential role", "severe" taken off; not a formula's words replaced."""
    return change.kept and len(change.taken) <= 1 and len(change.put) <= 1


def _lone(runs: list[tuple[str, list[str]]]) -> bool:
    """Whether one side's words the other has not, names aside, stand in one run of at most
    :data:`QUALIFIER` words (``runs``: each opcode's words on that side, in order): words put
    in two places, or more in one, are the formula said in other words."""
    own = [words for op, words in runs if op != "equal" and not _named(words)]
    return len(own) == 1 and sum(not w[0].isupper() for w in own[0]) <= QUALIFIER


def _named(words: list[str] | tuple[str, ...]) -> bool:
    """Every one of ``words`` is a name, or there are none."""
    return all(word[0].isupper() for word in words)


def content(text: str) -> list[str]:
    """The content words of ``text`` in order, stemmed; a name keeps its capital."""
    found = []
    for token in tokens(text):
        if not token[0].isalnum() or token.lower() in _LINKS:
            continue
        stem = token.removesuffix("s").removesuffix("ing").removesuffix("e") or token
        found.append(stem if token[0].isupper() else stem.lower())
    return found
