"""In Chinese readouts, a *changed* entry whose one wording holds the other whole is no change.

The formula stage links a short phrase of one readout to a longer one of the other that says
the phrase with words around it: "平等相待" / "坚持平等相待", "取得积极进展" / "澳中关系取得积极进展",
"实现共同发展" / "共同发展", "命运共同体" / "共建命运共同体", "世界经济增长" / "经济增长". An analyst
lists no change there: the shorter wording is said on both sides, and what the longer one adds
(a verb, a subject, a qualifier) is told by its own clause when it is news. On the Chinese dev
pairs this rule was written on, none of the five such entries was a hand-listed change (two had
no event, three were the half of another event). The entry is left out, not split into a
dropped and an appeared half (measured: more noise, fewer fates right on untuned pairs), and not
kept *persisted* as the English :mod:`.contained` keeps one: that rule reads governing words
(prepositions, determiners) that Chinese does not mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from readoutdiff.model import Formula, FormulaStatus, Readout


def said_within(formula: Formula) -> bool:
    """``formula`` is changed and its one wording holds the other whole."""
    if formula.status is not FormulaStatus.CHANGED or not formula.a_text or not formula.b_text:
        return False
    a, b = formula.a_text, formula.b_text
    return a != b and (a in b or b in a)


def without_said_within(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """``formulas`` without the Chinese changed entries whose one wording holds the other (see
    the module); other languages' as they are."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    return tuple(f for f in formulas if not said_within(f))
