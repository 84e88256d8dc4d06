"""A lexicon topic that says whose policy a formula is, claimed only where a readout names
that government.

A topic of the built-in lexicon may name one government's policy ("us-foreign-policy": "build
back better", "America First", "maximum pressure"). Another government may say the same words
as its own ("build back better" was the UK's slogan too): a UK readout that never names the
United States is no readout about US foreign policy, so its entry carries no topic there. A
readout that names the government keeps it (a Chinese readout on the US "极限施压" names 美国).

>>> from readoutdiff.model import Formula, FormulaStatus
>>> f = Formula(status=FormulaStatus.DROPPED, a_text="build back better", b_text=None, id="b",
...             topic="us-foreign-policy")
>>> [g.topic for g in owned_topics((f,), ("helping the world build back better",))]
['']
>>> [g.topic for g in owned_topics((f,), ("The United States will build back better.",))]
['us-foreign-policy']
>>> [g.topic for g in owned_topics((f,), ("build back better in Latin America",))]
['']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from readoutdiff.model import Formula
from readoutdiff.records.replacing import replace

WHOSE = {
    "us-foreign-policy": re.compile(
        r"United\s+States|\bU\.\s?S\.|\bUSA?\b|\bAmerica|White\s+House|Washington"
        r"|美国|美方|美利坚|США|Соедин[её]нн\w+\s+Штат|Америк|Вашингтон"
    ),
}
"""Each topic of the built-in lexicon that is one government's policy, and how a readout names
that government (English, Chinese, Russian)."""

ELSEWHERE = re.compile(
    r"\b(?:Latin|South|Central)[\s-]+America\w*|\b[Tt]he\s+Americas\b"
    r"|(?:Латинск|Южн|Центральн)\w*\s+Америк\w*"
)
"""Regions whose names hold a government's name and name no government ("Latin America", "the
Americas", "Латинской Америки"): a name of :data:`WHOSE` inside one is read past (rev6: "the
situation in Latin America" named the United States)."""
_AROUND = 40
"""How far around a name :data:`ELSEWHERE` is looked for: longer than any region's name."""


def owned_topics(formulas: Sequence[Formula], texts: Iterable[str]) -> tuple[Formula, ...]:
    """``formulas``, each whose topic is one government's policy (:data:`WHOSE`) without that
    topic when none of ``texts`` (the two readouts) names the government."""
    owned = {f.topic for f in formulas if f.topic in WHOSE}
    if not owned:
        return tuple(formulas)
    texts = tuple(texts)
    unnamed = {t for t in owned if not any(_names(WHOSE[t], text) for text in texts)}
    return tuple(replace(f, topic="") if f.topic in unnamed else f for f in formulas)


def _names(government: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` names ``government`` outside a region's name (:data:`ELSEWHERE`). Only
    the words around each name are read for a region, not the whole text: a readout of 500 KB
    is searched once, up to its first name of the government.

    >>> us = WHOSE["us-foreign-policy"]
    >>> [_names(us, t) for t in ("in Latin America", "in Latin America and the United States")]
    [False, True]
    """
    for name in government.finditer(text):
        low = max(0, name.start() - _AROUND)
        start, end = name.start() - low, name.end() - low
        around = text[low : name.end() + _AROUND]
        if not any(r.start() < end and r.end() > start for r in ELSEWHERE.finditer(around)):
            return True
    return False
