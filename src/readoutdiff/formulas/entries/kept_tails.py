"""In Chinese readouts, two clauses that end in the same rare words, each reworded before them,
are one line that changed.

A Chinese readout keeps the head of a line and rewords what stands before it: "秉持伙伴定位"
becomes "秉持战略伙伴定位", "推动两国关系早日重回稳定发展轨道" becomes "印中关系重回积极轨道",
"密切文化、教育、体育、旅游等领域人文交流" becomes "加强人文交流", "为世界经济稳定增长作出新贡献"
becomes "为世界和平与发展作出更大贡献". The two clauses end in the same jieba words (their *tail*:
定位, 轨道, 人文交流, 作出…贡献) and share little else, so no rule that asks a run of a formula's
own words pairs them (:mod:`readoutdiff.formulas.entries.clause_heads`), and when neither holds a
formula nothing reports them at all.

A *dropped* or *appeared* entry (not the user's) becomes one *changed* entry with a clause of
the other readout, and two clauses no entry reports, one of each readout, become one new
*changed* entry (id :data:`TAIL_ID`) when each is the other's one best, when

- the clause is *silent*: no entry has a span in it, and the other readout does not say it
  (:func:`readoutdiff.formulas.entries.closer_clause.silent_clauses`);
- the two end in the same jieba words (the *tail*), :data:`TAIL` Chinese characters or more,
  which each readout says at most :data:`RARE` times (合作, 发展, 关系 end clauses throughout
  and tie no two), and differ before them; the tail is a noun phrase (:func:`_head`: no verb or
  preposition in it, its last word a noun, not a :data:`LIGHT` one such as 贡献), at most half
  of each clause (共同的宝贵财富, 边境地区和平安宁 are the line kept), and neither clause's
  words are all said in the other in order (深化铁杆友谊 -> 深化两国铁杆友谊: words only added
  keep the line, as the evaluation set counts it);
- they share another word of :data:`TAIL` characters or more before the tail (the verb, the
  frame: 秉持, 重回, 分享): a tail alone, even a long one (多边主义, 铁杆友谊), ends lines
  that kept it as often as lines that changed;
- neither tells an anniversary, one event or the meeting's news (as zh20's lists,
  :mod:`readoutdiff.formulas.entries.listed_items`), a visit, a call, greetings or a dateline
  (:data:`VISITS`, :data:`DATELINE`);
- no other such clause shares as long a tail and as many words, and no other entry offers that
  clause as much.

Nothing hangs on reading order: swapping A and B swaps the result.

>>> from readoutdiff.ingest import from_text
>>> a = from_text("双方要秉持伙伴定位。")
>>> b = from_text("斯塔默表示，英方愿同中方秉持战略伙伴定位。")
>>> [(g.status.value, g.a_text, g.b_text) for g in tails_paired([], a, b)]
[('changed', '双方要秉持伙伴定位', '英方愿同中方秉持战略伙伴定位')]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from readoutdiff.formulas.entries.clause_heads import Clause, clauses
from readoutdiff.formulas.entries.closer_clause import silent_clauses
from readoutdiff.formulas.entries.listed_items import eligible
from readoutdiff.formulas.entries.relationships import mutual_pairs, offered, one_sided, only_best
from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.formulas.words.spans import said_more
from readoutdiff.languages.zh import tagged
from readoutdiff.model import REWORDED, Formula, Readout
from readoutdiff.text.wide import HAN, HAN_CHAR, lazy

TAIL = 2
"""Characters of a tail, and of another shared word: one character (的, 年) is no head."""
RARE = 2
"""Times a tail is said in each readout at most."""
LIGHT = ("贡献", "作用", "努力", "意义")
"""Heads that frame a line whose content stands before them (为…作出贡献, 发挥…作用): a kept
light head is no kept line."""
VISITS = ("访问", "会晤", "会面", "通电话", "通话", "问候")
"""Words of a visit, a summit, a call or the greetings conveyed: "第四次对南非进行国事访问",
"习近平主席同…会面", "转达…亲切问候" are the meeting's news."""
DATELINE = lazy(r"[0-9０-９]+日|[上下]午")
"""A day of the month or a time of day: "赵乐际25日上午同…座谈交流" is the meeting's dateline."""
_PREDICATE = frozenset({"v", "p"})
HAN_PAIR = lazy(f"[{HAN}]{{2}}")
WEIGHT = 1000
"""A tail's character outweighs any number of other shared characters."""

TAIL_ID = phrase_id("mined", ("尾",)) + REWORDED
"""The id of an entry made of two silent clauses: "mined:尾/reworded"."""


def tails_paired(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with each one-sided entry and the other readout's silent clause that
    ends in the same rare words, and each two such silent clauses, made one *changed* entry
    (see the module)."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    readouts, texts = (a, b), (a.text, b.text)
    said = [list(clauses(r)) for r in readouts]
    ends = [{_ending(words) for _, words in side} for side in said]
    said = [[c for c in said[side] if _ending(c[1]) in ends[1 - side]] for side in (0, 1)]
    pools = tuple(
        silent_clauses(formulas, r, said[side], readouts[1 - side].text, side)
        for side, r in enumerate(readouts)
    )
    wanted = [
        (n, side) for n, f in enumerate(formulas) if (side := one_sided(f, eligible_line)) >= 0
    ]

    def closest(wording: str, pool: Sequence[Clause]) -> tuple[int, Clause] | None:
        found = _closest(wording, pool, texts)  # the wording's own news asked last, as the pool's
        return found if found is not None and eligible_line(wording) else None

    out = offered(formulas, wanted, pools, closest)
    out.extend(mutual_pairs(out, pools, closest, TAIL_ID))
    return tuple(out)


def eligible_line(clause: str) -> bool:
    """Whether ``clause`` tells no anniversary, event or news of the meeting (zh20's test) nor
    a visit, a call (:data:`VISITS`) or a dateline (:data:`DATELINE`)."""
    if any(word in clause for word in VISITS) or DATELINE().search(clause):
        return False
    return eligible(clause)


def _closest(
    wording: str, pool: Sequence[Clause], texts: tuple[str, str]
) -> tuple[int, Clause] | None:
    """The one clause of ``pool`` (no anniversary, event or news: :func:`eligible_line`, asked last,
    of the few that share a tail) sharing the longest rare tail and most words with ``wording``
    (:func:`shared`), and that score; None when none does or two share as much."""
    end = _ending(wording)
    scored = [
        (score, clause)
        for clause in pool
        if _ending(clause[1]) == end and (score := shared(wording, clause[1], texts))
        and eligible_line(clause[1])
    ]  # fmt: skip
    return only_best(scored)


def shared(one: str, other: str, texts: tuple[str, str] = ("", "")) -> int:
    """How much ``one`` and ``other`` share as a line reworded before its kept tail: the
    characters of the rare tail they end in, times :data:`WEIGHT`, and of the other words they
    share before it (see the module); 0 when they share no such tail.

    >>> shared("秉持伙伴定位", "秉持战略伙伴定位")
    2002
    >>> shared("加强各领域合作", "加强贸易投资合作", ("合作、合作、合作", ""))
    0
    """
    if _ending(one) != _ending(other) or not _pairs(one) & _pairs(other):
        return 0  # the cheap tests first, no jieba: a tail's end, a word before it
    mine, theirs = han_words(one), han_words(other)
    size = 0
    while size < min(len(mine), len(theirs)) and mine[-1 - size] == theirs[-1 - size]:
        size += 1
    if not size or size in (len(mine), len(theirs)) or not _head(mine[len(mine) - size :]):
        return 0
    end = "".join(word for word, _ in mine[len(mine) - size :])
    if len(end) < TAIL or any(said_more(text, end, RARE) for text in texts):
        return 0
    if any(len(end) * 2 > sum(len(word) for word, _ in words) for words in (mine, theirs)):
        return 0  # most of a clause kept: the line is kept (共同的宝贵财富, 边境地区和平安宁)
    if within(mine, theirs) or within(theirs, mine):
        return 0
    before = {w for w, _ in mine[: len(mine) - size]} & {w for w, _ in theirs[: len(theirs) - size]}
    others = sum(len(word) for word in before if len(word) >= TAIL)
    if not others:
        return 0
    return len(end) * WEIGHT + others


def _head(tail: Sequence[tuple[str, str]]) -> bool:
    """Whether ``tail`` (tagged words) is a noun phrase that heads a line: no verb or
    preposition in it (拓展第三方合作, 主办…会晤 keep the predicate: the same line), its last
    word a noun (轨道, 定位, 安全), or a locative after one (领导下), and no :data:`LIGHT` head;
    not a verb's noun (进展, 挑战, 协作 end any line) nor a frame's word (愿同越方一道)."""
    if any(tag in _PREDICATE for _, tag in tail):
        return False
    word, tag = tail[-1]
    if tag == "f" and len(tail) > 1:
        word, tag = tail[-2]
    return (tag.startswith("n") or tag == "an") and not word.endswith(LIGHT)


def within(short: Sequence[tuple[str, str]], long: Sequence[tuple[str, str]]) -> bool:
    """Whether the words of ``short`` are all said in ``long``, in order: words only added
    (深化铁杆友谊 -> 深化两国铁杆友谊) keep the line, as the evaluation set counts it."""
    rest = iter(long)
    return all(word in rest for word in short)


@lru_cache(maxsize=4096)
def _ending(clause: str) -> str:
    """The last :data:`TAIL` Chinese characters of ``clause``: two clauses whose tails are the
    same words end in the same ones."""
    return "".join(HAN_CHAR().findall(clause[-4 * TAIL :]))[-TAIL:]


@lru_cache(maxsize=4096)
def _pairs(clause: str) -> frozenset[str]:
    """The runs of two Chinese characters ``clause`` says before its last two characters: a
    word shared before a tail (of :data:`TAIL` characters or more) opens with one of them."""
    return frozenset(
        pair for k in range(len(clause) - 3) if HAN_PAIR().fullmatch(pair := clause[k : k + 2])
    )


@lru_cache(maxsize=4096)
def han_words(clause: str) -> tuple[tuple[str, str], ...]:
    """The jieba words of Chinese characters ``clause`` says, in order, with their tags."""
    return tuple((word, tag) for word, tag in tagged(clause) if HAN_CHAR().match(word))
