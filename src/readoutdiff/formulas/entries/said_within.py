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

One such entry stays (:func:`raised`): two formulas of the built-in lexicon, one holding the
other (战略伙伴关系 / 全面战略伙伴关系: the lexicon's entries are two designations of a
relationship and name one the other's successor), linked as a succession, when one side says its
name right after a verb that establishes or raises a relationship (:data:`RAISING`: 建立,
提升为 …; the parties' two short names, 两国 or 双边 may stand between). That is a relationship
upgraded, what an analyst lists as changed (xi-aliyev 2024-07-03 → 2025-04-23 of the outside
tuning set: "宣布建立阿中战略伙伴关系" / "建立中阿全面战略伙伴关系"). Without such a verb the other
designation is one line's passing mention (xi-ramaphosa 2023-06-09, dev: "珍视南中…战略伙伴关系",
hand-listed dropped) and the entry is left out as before (branch acc62).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readoutdiff.formulas.entries.one_event_zh import after_pair
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Readout, Span

RAISING = ("建立", "提升为", "提升到", "升级为", "升格为")
"""Verbs whose object is a relationship's designation set at the meeting (建立中阿全面战略伙伴关系,
将中匈关系提升为…, 将双边关系定位提升到战略伙伴关系)."""
_PARTIES = ("两国", "双边")
"""Words that may stand between such a verb and the designation, beside the parties' two short
names (:func:`readoutdiff.formulas.entries.one_event_zh.after_pair`)."""
_ANNIVERSARY = re.compile("[0-9０-９一二三四五六七八九十百]+周年")
"""A count of years after the designation: 建立…伙伴关系20周年 dates the relationship set up
long ago (an anniversary), it raises nothing at this meeting."""


def said_within(formula: Formula) -> bool:
    """``formula`` is changed and its one wording holds the other whole."""
    if formula.status is not FormulaStatus.CHANGED or not formula.a_text or not formula.b_text:
        return False
    a, b = formula.a_text, formula.b_text
    return a != b and (a in b or b in a)


def raised(formula: Formula, a_text: str, b_text: str) -> bool:
    """Whether ``formula`` links two formulas of the built-in lexicon (a succession, ``x>y``)
    and one side says its wording right after a verb of :data:`RAISING` at some place of it.

    >>> from readoutdiff.model import Span
    >>> def link(a: str, b: str, at: Span) -> Formula:
    ...     return Formula(status=FormulaStatus.CHANGED, a_text=a, b_text=b, a_spans=(at,),
    ...         b_spans=(at,), id="strategic-partnership>comprehensive-strategic-partnership",
    ...         source=FormulaSource.BUILTIN)
    >>> up = link("战略伙伴关系", "全面战略伙伴关系", Span(start=6, end=12, line=1))
    >>> raised(up, "共同宣布建立阿中战略伙伴关系", ""), raised(up, "高度珍视南中高水平的战略伙伴关系", "")
    (True, False)
    >>> dated = link("战略伙伴关系", "全面战略伙伴关系", Span(start=7, end=13, line=1))
    >>> raised(dated, "今年是中加建立战略伙伴关系", ""), raised(dated, "今年是中加建立战略伙伴关系20周年", "")
    (True, False)
    """
    if formula.source is not FormulaSource.BUILTIN or ">" not in formula.id:
        return False
    return _after_raising(formula.a_spans, a_text) or _after_raising(formula.b_spans, b_text)


def _after_raising(spans: Sequence[Span], text: str) -> bool:
    for span in spans:
        start = span.start
        if text.endswith(_PARTIES, 0, start) or after_pair(text, start):
            start -= 2
        if text.endswith(RAISING, 0, start) and not _ANNIVERSARY.match(text, span.end):
            return True
    return False


def without_said_within(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """``formulas`` without the Chinese changed entries whose one wording holds the other, but a
    lexicon's designation raised (:func:`raised`; see the module); other languages' as they
    are."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    return tuple(f for f in formulas if not said_within(f) or raised(f, a.text, b.text))
