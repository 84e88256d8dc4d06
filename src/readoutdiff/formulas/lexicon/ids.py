"""What a formula's id tells: the entry of a lexicon it names, or the stems of a phrase.

A formula from a lexicon file keeps the id the file gives it. A phrase the stage finds in the
readouts themselves (mined from the pair, recurring across a series, known from the background
corpus) has no file: its id is its kind and its stems, ``mined:security-assistanc``. This
module makes and reads both kinds, so that whoever names a formula to a reader by its words
(:mod:`readoutdiff.formulas.keys.naming`) asks it rather than spelling ids or walking a lexicon itself.

>>> phrase_id("mined", ("security", "assistanc"))
'mined:security-assistanc'
>>> phrase_stems("mined:security-assistanc"), phrase_stems("core-interests")
(('security', 'assistanc'), None)
>>> phrase_kind("recurring:new-era"), phrase_kind("core-interests")
('recurring', None)
>>> builtin_entry("core-interests").text, builtin_entry("no-such-formula")
('core interests', None)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache

from readoutdiff.formulas.lexicon.lexicon import builtin
from readoutdiff.model import REWORDED, Entry, Formula
from readoutdiff.records.replacing import replace

_KIND = ":"
"""Between a phrase's kind and its stems; never in a lexicon file's id."""
_STEM = "-"
"""Between a phrase's stems."""


def phrase_id(kind: str, stems: Iterable[str]) -> str:
    """The id of a phrase of ``kind`` (``mined``, ``recurring``, ``background``) with ``stems``."""
    return kind + _KIND + _STEM.join(stems)


def phrase_stems(formula_id: str) -> tuple[str, ...] | None:
    """The stems of a phrase's id, in order; None for a lexicon entry's id."""
    kind, colon, stems = formula_id.rpartition(_KIND)
    return tuple(stems.split(_STEM)) if kind and colon else None


def phrase_kind(formula_id: str) -> str | None:
    """The kind of a phrase's id (``mined``, ``recurring``, ``background``); None for a
    lexicon entry's id."""
    kind, colon, _ = formula_id.rpartition(_KIND)
    return kind if kind and colon else None


def numbered(formulas: Sequence[Formula]) -> list[Formula]:
    """``formulas`` in their order, each id that several share numbered after the first
    (``…/wording``, ``…/wording#2``) by their places on both sides together, the wordings
    breaking a tie: the order the comparison of the swapped readouts reads too, so a change
    keeps its number when A and B change places (one side's order, the order of B's passages,
    gave two changes around one formula each other's number; tests/test_formulas_symmetry.py).

    >>> from readoutdiff.model import FormulaStatus, Span
    >>> def change(a_start: int, b_start: int) -> Formula:
    ...     return Formula(status=FormulaStatus.CHANGED, a_text="x", b_text="y", id="f/wording",
    ...         a_spans=(Span(start=a_start, end=a_start + 1, line=1),),
    ...         b_spans=(Span(start=b_start, end=b_start + 1, line=1),))
    >>> [f.id for f in numbered([change(90, 5), change(10, 70)])]
    ['f/wording', 'f/wording#2']
    """
    count: dict[str, int] = defaultdict(int)
    number: dict[int, int] = {}
    for k in sorted(range(len(formulas)), key=lambda k: both_places(formulas[k])):
        count[formulas[k].id] += 1
        number[k] = count[formulas[k].id]
    return [
        f if number[k] == 1 else replace(f, id=f"{f.id}#{number[k]}")
        for k, f in enumerate(formulas)
    ]


def kept_id(formula_id: str, taken: Iterable[str]) -> str:
    """The id of a reworded entry (``<formula>/reworded``, maybe numbered ``#N``) read as the
    formula kept: the formula's id, numbered after the ids ``taken`` when one of them is it
    already, so no two entries share an id (branch fix2: ``"x/reworded#2"`` became ``"x#2"``
    whatever ``x`` entries there were). An id with no reworded suffix is left as it is.

    >>> kept_id("mined:x/reworded#2", []), kept_id("mined:x/reworded", ["mined:x"])
    ('mined:x', 'mined:x#2')
    >>> kept_id("mined:x/reworded", ["mined:x", "mined:x#2"]), kept_id("x/context", [])
    ('mined:x#3', 'x/context')
    """
    head, reworded, number = formula_id.rpartition(REWORDED)
    if not reworded or number and not (number[:1] == "#" and number[1:].isdigit()):
        return formula_id
    busy = set(taken)
    return next(
        name
        for name in (head, *(f"{head}#{n}" for n in range(2, len(busy) + 3)))
        if name not in busy
    )


def both_places(formula: Formula) -> tuple[tuple[int, int], tuple[str, str]]:
    """A formula's first places and wordings on its two sides, the lower first: the same key
    when the readouts are swapped."""
    starts = [spans[0].start if spans else -1 for spans in (formula.a_spans, formula.b_spans)]
    texts = sorted((formula.a_text or "", formula.b_text or ""))
    return (min(starts), max(starts)), (texts[0], texts[1])


def builtin_entry(formula_id: str) -> Entry | None:
    """The built-in lexicon's entry with ``formula_id``, or None."""
    return _builtin_by_id().get(formula_id)


@cache
def _builtin_by_id() -> dict[str, Entry]:
    return {entry.id: entry for entry in builtin().entries}
