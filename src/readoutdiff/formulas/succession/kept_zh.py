"""A Chinese phrase reworded around words both sides keep, in a pair no formula is in.

The Chinese form of :mod:`~readoutdiff.formulas.succession.kept_complement`: a replaced phrase
of a reworded Chinese pair (:mod:`~readoutdiff.formulas.words.wording_zh`, at word and phrase
edges), its wordings run on to their clause's mark where they stop short of it (chg5), is
a *changed* entry told last, where no other step's entry stands (中韩是搬不走的**重要**近邻, 积极拓展第三方
**市场**合作 → 第三方合作), unless convention (c) of ``eval/formulas/SOURCES.md`` reads it kept: the
same object after another lead verb, adverb or subject, firm on both sides or neither
(:func:`readoutdiff.languages.zh.same_object`), or the two parties named otherwise
(:func:`readoutdiff.languages.zh.parties_alike`). No entry either where the differing words
are only function words, time words or the meeting's frame (会见, 会谈, 通电话 …), or hold a
number, a name (the venue, who attends), an office or a stock phrase of readouts.

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("习近平表示，中韩是搬不走的近邻。")
>>> b = from_text("习近平表示，中韩是搬不走的重要近邻。")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', '搬不走的近邻', '搬不走的重要近邻')]

A wording cut off before its clause's mark is run on to it on both sides, so that the filters
and convention (c) read what it is about (xi-scholz: 德中关系发展良好 → 德中关系取得积极发展):

>>> a = from_text("习近平表示，德中关系发展良好。")
>>> b = from_text("习近平表示，德中关系取得积极发展。")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('changed', '关系发展良好', '关系取得积极发展')]

An item put into a list is left to the list rules, which tell the whole line:

>>> a = from_text("希望澳方为中国企业提供公平、公正、非歧视的营商环境。")
>>> b = from_text("希望澳方为中国企业提供公平、公正、非歧视、可预期的营商环境。")
>>> [f.a_text for f in compare(a, b).formulas if f.status.value == "changed"]
['希望澳方为中国企业提供公平、公正、非歧视的营商环境']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.formulas.mining.noise import BOILERPLATE, ZH_OFFICES
from readoutdiff.formulas.mining.zh_phrases import OCCASIONS
from readoutdiff.formulas.succession.told_last import changed_entry
from readoutdiff.formulas.words.spans import line_of
from readoutdiff.formulas.words.wording import Place, Replacement
from readoutdiff.formulas.words.wording_zh import LONGEST, starts_word
from readoutdiff.languages.zh import (
    FIRMNESS,
    FUNCTION_WORDS,
    NAME_TAGS,
    TIME_WORDS,
    cut,
    firm_on_one_side,
    object_said,
    parties_alike,
    same_object,
    tagged,
)
from readoutdiff.model import Formula, Readout, Span
from readoutdiff.records.replacing import replace

_FRAME = re.compile(r"会见|会谈|会晤|通电话|通话|参加|出席|表示|指出|强调|说|介绍|祝贺|致电")
"""Words of the meeting's frame and of saying: a change of them is the dateline (zh45)."""
_DIGIT = re.compile(r"\d|[一二三四五六七八九十百千万]+周年")
_KIND = "mined"
_LIST_MARK = "、"
_BOTH = frozenset(("两国", "双边", "双方", "中外"))
_CHINA = frozenset("中华")
KEPT = 3
"""Fewest characters both wordings keep, function and time words aside: a phrase, not one
word beside a swapped one (共同发展 / 共同繁荣, 战略选择 / 战略抉择), as English asks
:data:`~readoutdiff.formulas.succession.noun_phrases.KEPT_WORDS` content words of a kept
complement."""
OBJECT = 3
"""Fewest characters of what each wording is about once its lead is off
(:func:`readoutdiff.languages.zh.object_said`)."""
_VERB_TAGS = frozenset(("v", "vd", "vi", "vg"))
_UNTOLD = frozenset((*TIME_WORDS, *FUNCTION_WORDS))
_STOCK = tuple(
    "".join(phrase)
    for phrase in (*ZH_OFFICES, *BOILERPLATE)
    if phrase != ("双", "方") and all(len(c) == 1 and not c.isascii() for c in phrase)
)


def kept_zh(rep: Replacement, readouts: tuple[Readout, Readout]) -> Formula | None:
    """The changed entry of a Chinese replaced phrase reworded around kept words, or None."""
    spans = rep.a_span, rep.b_span
    if not (spans[0] and spans[1]) or rep.variant:
        return None
    told: tuple[Span, Span] = (spans[0], spans[1])
    if not (_to_the_end(rep.a) and _to_the_end(rep.b)):
        run_on = _run_on(rep, readouts)
        if run_on is None or run_on[0].variant:
            return None
        rep, told = run_on
    if _listed(rep.a_core, readouts[0].text) or _listed(rep.b_core, readouts[1].text):
        return None
    a_text, b_text = rep.a_text, rep.b_text
    if same_object(a_text, b_text) or parties_alike(a_text, b_text) or _firmness_only(rep):
        return None
    if min(len(object_said(a_text)), len(object_said(b_text))) < OBJECT:
        return None  # who, with whom, together: the clause's frame (中方愿同X方一道 / 携手努力)
    a_core, b_core = _said(rep.a_core), _said(rep.b_core)
    if not _telling(a_core) and not _telling(b_core):
        return None
    if _DIGIT.search(a_text + b_text) or _FRAME.search(a_text + b_text):
        return None
    if _parties(a_core) and _parties(b_core):
        return None
    if _named(a_core) or _named(b_core) or _no_formula(a_text + b_text):
        return None
    if _moved(a_core, rep.b) or _moved(b_core, rep.a):
        return None
    if a_text.endswith(OCCASIONS) or b_text.endswith(OCCASIONS) or _lead_swapped(rep):
        return None
    kept = _kept(rep.a, rep.a_core)
    if len(_telling_of("".join(kept))) < KEPT:
        return None
    return changed_entry((a_text, b_text), told, phrase_id(_KIND, kept), rep.score)


def _listed(core: Sequence[Place], text: str) -> bool:
    """The differing characters stand right after or right before an enumeration comma: an
    item put into a list or left out of it (非歧视、可预期的营商环境), which the list rules tell
    with the whole list (:mod:`~readoutdiff.formulas.entries.listed_items`)."""
    if not core:
        return False
    (first, i), (last, k) = core[0], core[-1]
    start, end = first.start(i), last.end(k)
    return text[start - 1 : start] == _LIST_MARK or text[end : end + 1] == _LIST_MARK


def _firmness_only(rep: Replacement) -> bool:
    """The differing characters are firmness words said otherwise on both sides (坚定 /
    坚定不移: convention (c), firmness said on both sides)."""
    a_core, b_core = _said(rep.a_core), _said(rep.b_core)
    return bool(FIRMNESS().search(rep.a_text) and FIRMNESS().search(rep.b_text)) and (
        FIRMNESS().sub("", rep.a_text) == FIRMNESS().sub("", rep.b_text)
        or not (FIRMNESS().sub("", a_core) and FIRMNESS().sub("", b_core))
        and bool(FIRMNESS().search(a_core + b_core))
    )


def _parties(core: str) -> bool:
    """The differing characters of one side name nothing but the two parties, or nothing at
    all: 两国, 双边, a relation named by its two parties or from one side (韩中关系 / 对华关系):
    convention (c)'s parties named alike, as English leaves the parties said otherwise."""
    told = _telling_of(core).removesuffix("关系")
    return not told or told in _BOTH or (len(told) <= 2 and any(c in _CHINA for c in told))


def _named(core: str) -> bool:
    """The differing characters hold a name (jieba's tags: a person, a place, a body): the
    parties, the venue or who attends, no formula's words."""
    return bool(core) and any(tag in NAME_TAGS for _, tag in tagged(core))


def _no_formula(text: str) -> bool:
    """The wording holds an office or a stock phrase of readouts (:data:`noise.ZH_OFFICES`,
    :data:`noise.BOILERPLATE`'s Chinese phrases but 双方, the parties): a person, a post or the
    meeting's frame (:func:`noise.why` reads English cuts, every Chinese character a lone letter)."""
    return any(stock in text for stock in _STOCK)


def _to_the_end(run: Sequence[Place]) -> bool:
    """The wording runs to a mark (，、。；) or its sentence's end: it holds the object its
    verb takes, so that convention (c) can read it (a lead verb swapped before an object cut
    off reads as a change: 中方尊重和支持 / 中方将继续支持 …); one that does not is run on to it
    (:func:`_run_on`)."""
    words, k = run[-1]
    return k + 1 >= len(words.stems) or words.breaks[k + 1]


def _run_on(
    rep: Replacement, readouts: tuple[Readout, Readout]
) -> tuple[Replacement, tuple[Span, Span]] | None:
    """``rep`` with both wordings run on to their clause's mark (，、。；) or sentence end, and
    their spans: the words each side says after the phrase are taken into its differing words,
    but for the words both end on. None when a wording would pass
    :data:`~readoutdiff.formulas.words.wording_zh.LONGEST` characters or open inside a word (固
    cut from 巩固: :func:`~readoutdiff.formulas.words.wording_zh.starts_word`); it ends on a mark.
    A phrase cut off before its object (反对外来干涉和封锁 / 反对干涉和封锁的正义斗争) is read whole,
    so that convention (c) and the filters read what it is about."""
    tails = _tail(rep.a), _tail(rep.b)
    a_run, b_run = rep.a + tails[0], rep.b + tails[1]
    if max(len(a_run), len(b_run)) > LONGEST:
        return None
    if not (starts_word(a_run[0], readouts[0].text) and starts_word(b_run[0], readouts[1].text)):
        return None
    same = _common_end(tails[0], tails[1])
    a_core = rep.a_core + tails[0][: len(tails[0]) - same]
    b_core = rep.b_core + tails[1][: len(tails[1]) - same]
    a_span, b_span = _span_of(a_run, readouts[0]), _span_of(b_run, readouts[1])
    run_on = replace(
        rep, a=a_run, b=b_run, a_core=a_core, b_core=b_core, a_span=a_span, b_span=b_span,
        a_text=readouts[0].text[a_span.start : a_span.end],
        b_text=readouts[1].text[b_span.start : b_span.end],
    )  # fmt: skip
    return run_on, (a_span, b_span)


def _tail(run: Sequence[Place]) -> tuple[Place, ...]:
    """The places after ``run`` up to its clause's mark or its sentence's end."""
    words, k = run[-1]
    end = k + 1
    while end < len(words.stems) and not words.breaks[end]:
        end += 1
    return tuple((words, m) for m in range(k + 1, end))


def _common_end(x: Sequence[Place], y: Sequence[Place]) -> int:
    """How many characters ``x`` and ``y`` end on alike."""
    n = 0
    while n < min(len(x), len(y)) and _stem(x[-1 - n]) == _stem(y[-1 - n]):
        n += 1
    return n


def _stem(place: Place) -> str:
    return place[0].stems[place[1]]


def _span_of(run: Sequence[Place], readout: Readout) -> Span:
    (first, i), (last, k) = run[0], run[-1]
    start = first.start(i)
    return Span(start=start, end=last.end(k), line=line_of(readout, first, start))


def _said(core: Sequence[Place]) -> str:
    return "".join(w.stems[k] for w, k in core)


def _telling(core: str) -> bool:
    """The differing characters say more than function words and time words."""
    core = _telling_of(core)
    return len(core) >= 2 or (len(core) == 1 and core not in "了着过")


def _telling_of(text: str) -> str:
    """``text`` less its function words and time words, read as jieba's words (会 of 社会 is
    no modal verb)."""
    return "".join(word for word in cut(text) if word not in _UNTOLD)


def _moved(core: str, other: Sequence[Place]) -> bool:
    """The differing characters of one side, less function words, stand in the other side's
    sentence: words moved within the line (超越意识形态和社会制度差异 / 超越社会制度和意识形态差异), the
    same items in another order, as English reads words swapped within a passage."""
    told = _telling_of(core)
    if len(told) < 2:
        return False
    words = other[0][0]
    return told in "".join(words.stems)


def _lead_swapped(rep: Replacement) -> bool:
    """The differing characters open both wordings, one side's ending on a verb (jieba's tags), before
    the words both keep: a lead verb swapped before the same object, which convention (c)
    reads as the line kept (活跃 / 开展青少年 …, 协商解决 / 妥处分歧), unless firmness is said
    on one side only."""
    fronts = [_front(core, run) for core, run in ((rep.a_core, rep.a), (rep.b_core, rep.b))]
    if not all(fronts) or firm_on_one_side(rep.a_text, rep.b_text):
        return False
    return any(tagged(_said(front))[-1][1] in _VERB_TAGS for front in fronts)


def _front(core: Sequence[Place], run: Sequence[Place]) -> list[Place]:
    """The differing characters that open the wording ``run``, when words both keep follow
    them in it (none otherwise)."""
    held = set(core)
    front = list(takewhile(held.__contains__, run))
    return front if len(front) < len(run) else []


def _kept(run: Sequence[Place], core: Sequence[Place]) -> tuple[str, ...]:
    """The characters of A's wording both sides keep (the phrase less its differing words)."""
    held = {(id(w), k) for w, k in core}
    return tuple(w.stems[k] for w, k in run if (id(w), k) not in held)
