"""A Chinese lead verb swapped before the same object is one kept formula (issue 10 point 3).

Convention (c) of ``eval/formulas/SOURCES.md`` (branches cnv1, cnv7): when the two wordings of
a *changed* entry say **the same object** and differ only in what leads to it — the verb, an
adverb of manner or time, a modal, the speaker — an analyst reads the line kept
("双方要加强发展战略对接" / "推进两国发展战略对接", "中方愿同塔方" / "塔方愿同中方加强执法安全合作"). It
stays *changed* when the object's own words change (a qualifier put into it, a list item), when
a firmness word is said on one side only, or when the verb turns what is done or takes a
stance (支持 / 帮助, 欢迎 / 支持).

The shape is read off the two quotes alone: their longest shared ending is the object, a shared
opening of adverbs or a speaker is set aside, and what is left on each side (the *leads*) must
both be there (a swap, not a word added), be short, hold no list mark and no 的, and share no
verb (the same verb with a word after it on one side qualifies the object: "共同构建" /
"构建人类" 命运共同体). Branch cnv2 measured this shape for English and Chinese before cnv7 applied
(c) alike to every Chinese hand list, and dropped it; branch fat1 (thirty-fourth session)
measured it again, Chinese only, on the lists as they now stand (``benchmarks/README.md``).
Russian inflects its objects and English (d) was measured to cost held-out changed events:
both are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readoutdiff.model import CONTEXT, Formula, FormulaStatus, Readout
from readoutdiff.records.replacing import replace

_KIND = re.compile(r"/[a-z_]+")
"""The kind of a change in its id ("/reworded", "/context", "/clause")."""

LEAST = 4
"""Characters the shared object must hold ("高层交往", "发展战略对接")."""

LEAD = 8
"""Characters a lead may hold: a speaker, adverbs and a verb ("双方要继续加强"); a longer one
says a clause of its own ("中加关系健康稳定发展" before "符合两国共同利益")."""

_JOINS = frozenset("、和与及并的")
"""A list mark or 的: a lead holding one, or an object opening on one, is another item of a
list or a qualifier of the object, not a lead."""

FIRM = ("坚定", "坚决", "始终", "一如既往", "毫不动摇")
"""The firmness of a commitment: said on one side only, it is a change (convention (c))."""

TURN = ("反对", "支持", "欢迎", "谴责")
"""A stance taken or an act turned (support, welcome, oppose, condemn): on one side only, the
line says another thing."""

ADVERBS = (
    "进一步",
    "持续",
    "不断",
    "全面",
    "共同",
    "继续",
    "将",
    "要",
    "愿",
    "双方",
    "两国",
    "中方",
)
"""What convention (c) names before a lead verb (adverbs of manner or time, a modal, the
speaker): the only opening two wordings may share before their leads. Another shared opening is
a verb, and what differs after it is its object ("推动国际秩序" / "推动全球治理…")."""

_NUMERALS = frozenset("一二三四五六七八九十两百千万")
"""A lead ending on a numeral cut a count off the object ("三" / "四大全球倡议")."""


def swapped_leads(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """``formulas`` with each Chinese *changed* entry whose two quotes are one object led by
    another verb (:func:`lead_swapped`) kept: *persisted* as a variant under its formula's id,
    or left out when that formula is told kept already and the change is of its governing
    words (``/context``); a change at another place of a kept formula stays told."""
    if a.language != "zh" or b.language != "zh" or not formulas:
        return tuple(formulas)
    taken = {f.id for f in formulas}
    out: list[Formula] = []
    for f in formulas:
        if _swapped(f):
            name = _KIND.sub("", f.id, count=1)
            if name != f.id and name in taken:
                if CONTEXT not in f.id:
                    out.append(f)
                continue
            taken.add(name)
            f = replace(f, status=FormulaStatus.PERSISTED, variant=True, id=name, anchor=None)
        out.append(f)
    return tuple(out)


def _swapped(f: Formula) -> bool:
    """A changed entry said in one place on each side whose quotes are :func:`lead_swapped`."""
    if f.status is not FormulaStatus.CHANGED or len(f.a_spans) != 1 or len(f.b_spans) != 1:
        return False
    return bool(f.a_text and f.b_text) and lead_swapped(f.a_text or "", f.b_text or "")


def lead_swapped(x: str, y: str) -> bool:
    """Two wordings that end with the same object of :data:`LEAST` characters or more and
    differ before it, after a shared opening of :data:`ADVERBS` alone, by a lead on both
    sides of at most :data:`LEAD` characters, neither holding the other, with no list mark
    or 的, no numeral ending a lead, no firmness (:data:`FIRM`) or stance (:data:`TURN`) said
    on one side only, and no verb the two leads share.

    >>> lead_swapped("推进发展战略对接", "双方要加强发展战略对接")
    True
    >>> lead_swapped("继续密切多边协作", "继续加强多边协作")
    True
    >>> lead_swapped("中方愿同塔方加强执法安全合作", "塔方愿同中方加强执法安全合作")
    True
    >>> lead_swapped("维护发展中国家共同利益", "维护共同利益")  # a qualifier left out
    False
    >>> lead_swapped("推动国际秩序朝着更加公正合理的方向发展", "推动全球治理朝着更加公正合理的方向发展")
    False
    >>> lead_swapped("秉持伙伴定位", "双方应该秉持战略伙伴定位")  # a qualifier added
    False
    >>> lead_swapped("共同构建命运共同体", "构建人类命运共同体")  # the same verb, a qualifier
    False
    >>> lead_swapped("要深化人文交流", "开展健康有益的人文交流")  # a qualifier added
    False
    >>> lead_swapped("坚定恪守一个中国政策", "将继续奉行一个中国政策")  # firmness on one side
    False
    """
    x, y = "".join(x.split()), "".join(y.split())
    n = 0
    while n < min(len(x), len(y)) and x[-1 - n] == y[-1 - n]:
        n += 1
    p = 0
    while p < min(len(x), len(y)) - n and x[p] == y[p]:
        p += 1
    if n < LEAST or x[-n] in _JOINS:
        return False
    lead_x, lead_y = x[p : len(x) - n], y[p : len(y) - n]
    if not lead_x or not lead_y or max(len(lead_x), len(lead_y)) > LEAD:
        return False
    if lead_x in lead_y or lead_y in lead_x or not _adverbs_only(x[:p]):
        return False  # a word added before the object is no swap
    if _JOINS.intersection(lead_x + lead_y) or {lead_x[-1], lead_y[-1]} & _NUMERALS:
        return False
    if any((w in x) != (w in y) for w in FIRM + TURN):
        return False
    return not _shared_verb(lead_x, lead_y)


def _shared_verb(lead_x: str, lead_y: str) -> bool:
    """Whether the two leads say a run of two characters alike once the adverbs and firmness
    words are set aside: the same verb, with a word after it on one side only that qualifies
    the object ("共同构建" / "构建人类" 命运共同体)."""
    for word in ADVERBS + FIRM:
        lead_x, lead_y = lead_x.replace(word, "|"), lead_y.replace(word, "|")
    runs = {lead_x[i : i + 2] for i in range(len(lead_x) - 1)} - {""}
    return any(
        lead_y[i : i + 2] in runs and "|" not in lead_y[i : i + 2] for i in range(len(lead_y) - 1)
    )


def _adverbs_only(opening: str) -> bool:
    """Whether ``opening`` is made of :data:`ADVERBS` alone (or is empty)."""
    while opening:
        word = next((w for w in ADVERBS if opening.startswith(w)), "")
        if not word:
            return False
        opening = opening[len(word) :]
    return True
