"""Where a reworded wording may start: never on a word that leans on the words before it.

A wording does not start on the last member of a list before it ("demarcation, opening
transport …" of "border delimitation and demarcation, opening transport …"), on a connective
("coupled with expanded pathways …") or on the particle of a verb ("forward to the conclusion
…" of "looked forward to the conclusion …"): it starts after that word. :func:`mutation.trimmed`
then drops the words that only introduce it ("with", "to the").
"""

from __future__ import annotations

from readoutdiff.formulas.phrases import Words

JOINING = frozenset("coupled along alongside together forward ahead".split())
"""Words that join a wording to what comes before it: connectives and the particles of verbs."""


def start(words: Words, first: int, bound: int) -> int:
    """``first`` moved past one word that leans on the words before it, never past ``bound``."""
    if first >= bound:
        return first
    listed = first + 1 < len(words.stems) and words.breaks[first + 1]
    joining = not words.caps[first] and words.stems[first] in JOINING
    return first + 1 if listed or joining else first
