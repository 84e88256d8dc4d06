"""Coordinations of one-word members ("unprovoked and unjustified", "premeditated, unprovoked,
and unjustified"): the shape of many fixed phrases, whose mutation swaps one member.

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.formulas.words.phrases import readout_words
>>> words = readout_words(from_text("They resist the government's brutal and unprovoked invasion."))[0]
>>> k = words.stems.index("unprovoked")
>>> lo, hi = around(words, k)
>>> words.stems[lo:hi]
('brutal', 'and', 'unprovoked')
>>> is_coordination(words, lo, hi), around(words, words.stems.index("resist"))
(True, None)
"""

from __future__ import annotations

import re

from readoutdiff.formulas.words.phrases import Words

JOINS = frozenset(("and", "or"))


def is_coordination(words: Words, first: int, last: int) -> bool:
    """The words [first, last) join one-word members with "and" or "or" (commas between)."""
    return around(words, first) == (first, last) if first < last else False


def around(words: Words, k: int) -> tuple[int, int] | None:
    """The coordination of one-word members that word ``k`` is a member of, or None."""
    if not _member(words, k):
        return None
    lo, hi, joined = k, k + 1, False
    while True:
        if lo >= 2 and words.stems[lo - 1] in JOINS and _member(words, lo - 2):
            lo, joined = lo - 2, True
        elif lo >= 1 and words.breaks[lo] and _member(words, lo - 1):
            lo -= 1
        else:
            break
    while True:
        if hi + 1 < len(words.stems) and words.stems[hi] in JOINS and _member(words, hi + 1):
            hi, joined = hi + 2, True
        elif hi < len(words.stems) and words.breaks[hi] and _member(words, hi):
            hi += 1
        else:
            break
    return (lo, hi) if joined else None


def _member(words: Words, k: int) -> bool:
    """A lower-case content word: an adjective or noun that can be one member."""
    return (
        0 <= k < len(words.stems) and not words.caps[k] and words.stems[k] not in words.stop_words
    )


_LISTED = re.compile(r"(?<![\w-])(?:[a-z][\w-]*, +){2,}(?:and|or) \Z")
"""Two or more lower-case one-word members, each with its comma, then "and" or "or" and one
space, right before a wording: the list of qualifiers it closes ("stable, prosperous, and |").
On one line (no line break inside), so the grown span keeps its start's line number."""


_GERUND = re.compile(r"[a-z]+ing\b")
"""A wording that opens on a verb's "-ing" form closes a list of topics, not of qualifiers."""


def listed_before(text: str, start: int) -> int:
    """``start`` moved back over the members of a list of qualifiers whose last member opens the
    wording at ``start``: "prosperous, peaceful, and *integrated Middle East region*" is one
    line, and an analyst quotes it whole. A list of one member ("security, and ensuring …") is a
    clause's end, and a wording that opens on an "-ing" form ends a list of topics ("climate,
    energy, education, and combatting the COVID-19 pandemic"): neither is taken.

    >>> text = "They backed a more prosperous, peaceful, and integrated Middle East region."
    >>> text[listed_before(text, text.index("integrated")) : -1]
    'prosperous, peaceful, and integrated Middle East region'
    >>> text = "They upheld territorial integrity, and ensuring Russia understands."
    >>> listed_before(text, text.index("ensuring")) == text.index("ensuring")
    True
    """
    if not text.endswith((" and ", " or "), max(0, start - 5), start):
        return start  # the common case, told before any pattern runs
    if _GERUND.match(text, start):  # "education, and combatting the COVID-19 pandemic": topics
        return start
    found = _LISTED.search(text, max(0, start - 120), start)
    return found.start() if found else start
