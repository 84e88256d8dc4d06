"""A lead verb swapped before the same object is one kept formula (issue 10 point 3).

Conventions (c) and (d) of ``eval/formulas/SOURCES.md`` (branch cnv1): when two wordings of a
*changed* report say **the same object** and differ only in what leads to it — the verb, an
adverb or a modal, the speaker — the analyst reads the line kept ("推进发展战略对接" /
"双方要加强发展战略对接", "deepen" / "expand commercial and economic cooperation"). It stays
*changed* when the object's own words change (a qualifier added inside it, a list item), when a
firmness word is said on one side only, or when the verb turns what is done (a negation).

The shape is read off the two quotes alone, the same for Chinese (characters) and English
(words): their longest shared ending is the object, their shared opening is set aside, and
what is left on each side (the *leads*) must both be there (a swap, not an insertion) and be
short, hold no list and no qualifier of the object.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readoutdiff.formulas.words.negation import negated
from readoutdiff.formulas.words.roles import DETERMINERS, STOP_WORDS
from readoutdiff.model import CONTEXT, Formula, FormulaStatus, Readout
from readoutdiff.records.replacing import replace

_KIND = re.compile(r"/[a-z_]+")
"""The kind of a change in its id ("/reworded", "/context", "/clause")."""

LEAST_ZH = 4
"""Characters the shared Chinese object must hold ("高层交往", "发展战略对接")."""

LEAD_ZH = 8
"""Characters a Chinese lead may hold: a speaker, adverbs and a verb ("双方要继续加强");
a longer one says a clause of its own ("中加关系健康稳定发展" before "符合两国共同利益")."""

_LIST_ZH = frozenset("、和与及并")
"""Characters that join list items or clauses: a lead holding one, or an object opening on
one, is another item of a list, not a lead."""

FIRM_ZH = ("坚定", "坚决", "始终", "一如既往", "毫不动摇")
"""The firmness of a commitment (convention (c)): said on one side only, it is a change."""

TURN_ZH = ("反对", "支持", "欢迎", "谴责")
"""Words that turn what is done or take a stance (support, welcome, oppose, condemn): on one
side only, the line says another thing ("欢迎" / "支持" a country's accession is a stance
moved, "支持" / "帮助" another act)."""

ADVERBS_ZH = (
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
"""What convention (c) lists before a lead verb (adverbs of manner or time, a modal, the
speaker): the only opening two Chinese wordings may share before their leads. Another shared
opening is a verb, and what differs after it is its object ("推动国际秩序" / "推动全球治理…")."""

_NUMERALS = frozenset("一二三四五六七八九十两百千万")
"""A lead ending on a numeral cut a count off the object ("三" / "四大全球倡议")."""

LEAST_EN = 2
"""Words the shared English object must hold ("climate crisis")."""

LEAD_EN = 4
"""Words an English lead may hold ("pledged to remain")."""

FIRM_EN = frozenset(
    "strongly firmly unwavering ironclad steadfast steadfastly unequivocally resolutely "
    "unshakable unshakeable staunch".split()
)
"""English firmness words (convention (d): "condemned" / "strongly condemned" is a change)."""

TURN_EN = frozenset(
    "oppose opposed opposing opposition reject rejected rejecting not never support supported "
    "supporting supports welcome welcomed welcoming welcomes condemn condemned condemning".split()
)
"""English words that turn what is done or take a stance, on one side only ("support for"
/ "welcomed" the UK's accession)."""

_ADVERBS = frozenset("again soon together closely further forward ahead".split())
"""Words an object never opens on: after them the verb is the line ("speaking" / "meeting"
again soon)."""

MODALS = frozenset("to will would shall should can could must may might".split())
"""Words after which an English word is a verb."""

_WORD = re.compile(r"[\w’'-]+")


def swapped_leads(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """``formulas`` with each *changed* report whose two quotes are one object led by
    another verb (:func:`lead_swapped_zh`, :func:`lead_swapped_en`) kept: *persisted* as a
    variant under its formula's id, or left out when that formula is told kept already (a
    change of the words governing a kept formula, "tackle" / "taking steps to address" the
    climate crisis beside the kept "climate crisis"). English and Chinese; Russian inflects
    its objects and is left as it is."""
    language = a.language
    if language != b.language or language not in ("en", "zh") or not formulas:
        return tuple(formulas)
    taken = {f.id for f in formulas}
    out: list[Formula] = []
    for f in formulas:
        if f.status is FormulaStatus.CHANGED and _swapped(f, a, b):
            name = _KIND.sub("", f.id, count=1)
            if name != f.id and name in taken:
                if CONTEXT in f.id:
                    continue  # its formula is told kept: its governing words only swapped
                out.append(f)  # another place of a formula told kept: its change stays
                continue
            taken.add(name)
            f = replace(f, status=FormulaStatus.PERSISTED, variant=True, id=name, anchor=None)
        out.append(f)
    return tuple(out)


def _swapped(f: Formula, a: Readout, b: Readout) -> bool:
    if not f.a_text or not f.b_text or len(f.a_spans) != 1 or len(f.b_spans) != 1:
        return False
    if a.language == "zh":
        return lead_swapped_zh(f.a_text, f.b_text)
    before_a = _last_word(a.text[: f.a_spans[0].start])
    before_b = _last_word(b.text[: f.b_spans[0].start])
    return lead_swapped_en(f.a_text, f.b_text, before_a, before_b)


def _last_word(text: str) -> str:
    tail = text[-40:].rstrip()
    found = _WORD.findall(tail)
    return found[-1].lower() if found and tail[-1:].isalnum() else ""


def _ends(x: Sequence[str], y: Sequence[str]) -> tuple[int, int]:
    """The lengths of the shared ending of ``x`` and ``y``, then of their shared opening
    before it."""
    n = 0
    while n < min(len(x), len(y)) and x[-1 - n] == y[-1 - n]:
        n += 1
    p = 0
    while p < min(len(x), len(y)) - n and x[p] == y[p]:
        p += 1
    return n, p


def lead_swapped_zh(x: str, y: str) -> bool:
    """Two Chinese wordings that end with the same object, of ``LEAST_ZH`` characters or
    more, and differ before it by a lead on both sides (after any shared opening) of at most
    ``LEAD_ZH`` characters, with no list mark, no 的 (a qualifier of the object), no firmness
    (``FIRM_ZH``) or turn (``TURN_ZH``) on one side only.

    >>> lead_swapped_zh("推进发展战略对接", "双方要加强发展战略对接")
    True
    >>> lead_swapped_zh("继续密切多边协作", "继续加强多边协作")
    True
    >>> lead_swapped_zh("维护发展中国家共同利益", "维护共同利益")  # a qualifier left out
    False
    >>> lead_swapped_zh("推动国际秩序朝着更加公正合理的方向发展", "推动全球治理朝着更加公正合理的方向发展")
    False
    >>> lead_swapped_zh("秉持伙伴定位", "双方应该秉持战略伙伴定位")  # a qualifier added
    False
    >>> lead_swapped_zh("共同构建命运共同体", "构建人类命运共同体")  # the same verb, a qualifier
    False
    >>> lead_swapped_zh("要深化人文交流", "开展健康有益的人文交流")  # a qualifier added
    False
    >>> lead_swapped_zh("坚定恪守一个中国政策", "将继续奉行一个中国政策")  # firmness on one side
    False
    """
    x, y = "".join(x.split()), "".join(y.split())
    n, p = _ends(x, y)
    if n < LEAST_ZH or x[-n] in _LIST_ZH or x[-n] == "的":
        return False
    lead_x, lead_y = x[p : len(x) - n], y[p : len(y) - n]
    if not lead_x or not lead_y or max(len(lead_x), len(lead_y)) > LEAD_ZH:
        return False
    if lead_x in lead_y or lead_y in lead_x:  # a word added before the object, no swap
        return False
    if not _adverbs_only(x[:p]):
        return False
    if any(c in _LIST_ZH or c == "的" for c in lead_x + lead_y):
        return False
    if lead_x[-1] in _NUMERALS or lead_y[-1] in _NUMERALS:
        return False
    if any((w in x) != (w in y) for w in FIRM_ZH + TURN_ZH):
        return False
    return not _shared_verb(lead_x, lead_y)


def _shared_verb(lead_x: str, lead_y: str) -> bool:
    """Whether the two leads say a run of two characters or more alike, once the adverbs and
    firmness words are set aside: the same verb, with a word after it on one side only that
    qualifies the object ("共同构建" / "构建人类" 命运共同体)."""
    for word in ADVERBS_ZH + FIRM_ZH:
        lead_x, lead_y = lead_x.replace(word, "|"), lead_y.replace(word, "|")
    runs = {lead_x[i : i + 2] for i in range(len(lead_x) - 1)}
    return any(
        lead_y[i : i + 2] in runs and "|" not in lead_y[i : i + 2] for i in range(len(lead_y) - 1)
    )


def _adverbs_only(opening: str) -> bool:
    """Whether ``opening`` is made of :data:`ADVERBS_ZH` alone (or is empty)."""
    while opening:
        for word in ADVERBS_ZH:
            if opening.startswith(word):
                opening = opening[len(word) :]
                break
        else:
            return False
    return True


def lead_swapped_en(x: str, y: str, before_x: str = "", before_y: str = "") -> bool:
    """Two English wordings that end with the same object, of ``LEAST_EN`` words or more
    (one of them a content word), and differ before it by a lead on both sides (after any
    shared opening) of at most ``LEAD_EN`` words, each ending on a verb: a word in "-ing",
    one after "to" or a modal (in the wording or right before it, ``before_x``), or any word
    before an object that opens on a determiner ("the climate crisis"). No list ("and", "or")
    in a lead, no firmness word (``FIRM_EN``) or turn (``TURN_EN``, a negating prefix) on one
    side only.

    >>> lead_swapped_en("tackle the climate crisis", "address the climate crisis")
    True
    >>> lead_swapped_en("tackle the climate crisis", "taking steps to address the climate crisis")
    False
    >>> lead_swapped_en("deepen commercial and economic cooperation", "expand commercial and economic cooperation", "to", "to")
    True
    >>> lead_swapped_en("strong commitment to Israel's security", "ironclad commitment to Israel's security")
    False
    >>> lead_swapped_en("condemned the attack on civilians", "strongly condemned the attack on civilians")
    False
    """
    wx = [w.lower() for w in _WORD.findall(x)]
    wy = [w.lower() for w in _WORD.findall(y)]
    n, p = _ends(wx, wy)
    obj = wx[len(wx) - n :]
    if n < LEAST_EN or not set(obj) - STOP_WORDS or obj[0] in _ADVERBS | {"and", "or"}:
        return False
    if obj[0].endswith("ly"):
        return False
    lead_x, lead_y = wx[p : len(wx) - n], wy[p : len(wy) - n]
    if not lead_x or not lead_y or max(len(lead_x), len(lead_y)) > LEAD_EN:
        return False
    if {"and", "or"} & set(lead_x + lead_y):
        return False
    # the verb alone differs (convention (d)): no other content word in a lead, "attempts to
    # change" / "efforts to alter" the status quo says another noun too
    if any(len([w for w in lead if w not in STOP_WORDS | MODALS]) > 1 for lead in (lead_x, lead_y)):
        return False
    if any(w.startswith("de-") and w[3:] in lead_y + lead_x for w in lead_x + lead_y):
        return False  # "escalate" / "de-escalate": the opposite
    opener = obj[0] in DETERMINERS
    for lead, words, before in ((lead_x, wx, before_x), (lead_y, wy, before_y)):
        at = len(words) - n - 1  # the lead's last word
        ahead = words[at - 1] if at > 0 else before
        # a verb: after "to" or a modal, in "-ing", or before a determiner ("and global"
        # health security is no verb: "and" before a lead tells nothing)
        if not (opener or lead[-1].endswith("ing") or ahead in MODALS):
            return False
    if any((w in wx) != (w in wy) for w in FIRM_EN | TURN_EN):
        return False
    return not negated(" ".join(lead_x), " ".join(lead_y))
