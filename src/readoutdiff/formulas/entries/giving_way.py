"""In Chinese readouts, a less sure formula written over a surer one's wording gives way.

A Chinese readout's formulas are clauses, and the stage finds them at three degrees of trust:
what the user's lexicon spells, what the built-in lexicon spells, and what mining and the
background of recurring phrases propose. A clause holds shorter known phrases
("共建“一带一路”倡议和沙特“2030愿景”对接" holds 一带一路; "共同维护世界和平稳定" holds the
background's 维护世界和平稳定), and each was reported beside the clause: the analyst read one
change twice. Here a formula gives way when on every side it is written, each of its spans
overlaps a span of one formula of greater trust (user over built-in over mined), or of the
same trust with a longer wording: that formula already reports the passage.

A built-in formula never gives way to a mined or background phrase, even one holding it: the
lexicon's wording is what ``check`` rules and the other languages meet by id (the background
leaves the lexicon's words out for the same reason). English and Russian comparisons are
left alone (there a formula's wording is words, and the lexicon's longest match decides).

>>> from readoutdiff.model import FormulaStatus, Span
>>> outer = Formula(status=FormulaStatus.APPEARED, a_text=None, b_text="共同维护世界和平稳定",
...                 b_spans=(Span(start=10, end=20, line=1),))
>>> inner = Formula(status=FormulaStatus.APPEARED, a_text=None, b_text="维护世界和平稳定",
...                 b_spans=(Span(start=12, end=20, line=1),))
>>> [f.b_text for f in giving_way((outer, inner))]
['共同维护世界和平稳定']
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.formulas.words.spans import overlaps
from readoutdiff.model import CLAUSE, Formula, FormulaSource

TRUST = {FormulaSource.USER: 2, FormulaSource.BUILTIN: 1, FormulaSource.MINED: 0}
"""How sure a formula's source is: user over built-in over mined (and background)."""


def giving_way(formulas: Sequence[Formula]) -> tuple[Formula, ...]:
    """Return ``formulas`` less those written over a surer or longer one (see the module)."""
    return tuple(f for f in formulas if not any(_inside(f, g) for g in formulas if g is not f))


def _inside(inner: Formula, outer: Formula) -> bool:
    """``inner`` gives way to ``outer``: less trusted (or as trusted and shorter), and each of
    its spans on each side it is written overlaps one of ``outer``'s spans on that side."""
    if outer.anchor == inner.id and CLAUSE in outer.id:
        return False  # the formula of a series' row, beside its clause's change (see clauses)
    trust, over = TRUST[inner.source], TRUST[outer.source]
    if trust > over or (trust == over and _length(inner) >= _length(outer)):
        return False
    sides = [(inner.a_spans, outer.a_spans), (inner.b_spans, outer.b_spans)]
    written = [(mine, theirs) for mine, theirs in sides if mine]
    return bool(written) and all(
        all(overlaps(span, theirs) for span in mine) for mine, theirs in written
    )


def _length(formula: Formula) -> int:
    return max(len(formula.a_text or ""), len(formula.b_text or ""))
