"""In Chinese readouts, the same anniversary told in both readouts is one line.

A Chinese readout tells the anniversary the meeting falls in ("今年是中匈建交75周年"), and the
next readout of the series tells it again in its own frame: "以明年建交75周年为契机" a year
before, "为今年两国建交75周年赋予新的历史意义" after; "今年是中埃建立全面战略伙伴关系10周年" →
"今年是“中埃伙伴年”和两国建立全面战略伙伴关系10周年". The clause rules report each one-sided
(an anniversary pairs with no clause of another kind, :func:`readoutdiff.formulas.entries.
clauses._anniversaries`: zh18), so the line said in both readouts was told as two events; the
hand lists call it one changed event.

Two anniversaries are the same (:func:`anniversaries`) when they count the same number of years
(75, 十) of the same act (the verb before the count and what follows it: 建交, 建立全面战略伙伴
关系, 成立), said of the same subject or of the two parties, however each readout names them
(中匈 / 两国 / nothing: :func:`_the_parties`). "中华人民共和国成立75周年" and "柬埔寨人民党成立75周年"
count the same years of the same act of two subjects: two anniversaries. The parties are read by
jieba's tags and words, so some namings keep a subject of their own (rev5): 中国和西班牙 (its 和
is cut as a frame word), short forms not tagged as names (中土, 中智, 中刚), a verb before them
(以庆祝澳中…).

A dropped and an appeared entry (not the user's, one place each) that tell the same anniversary,
each the other's only such partner (a phrase inside a longer one-sided clause of its side is
that clause's, and gives way to it afterwards: :mod:`readoutdiff.formulas.entries.giving_way`),
become one *changed* entry, named by the lesser id and made
from that entry (:func:`readoutdiff.formulas.entries.joined.only_partners_joined`), so
swapping A and B swaps the result. Where the two stand in the alignment is not asked: the
anniversary is one whatever sentence it is told in.

>>> drop = Formula(status=FormulaStatus.DROPPED, a_text="以明年建交75周年为契机", b_text=None,
...     a_spans=(Span(start=0, end=11, line=1),), id="background:x")
>>> appear = Formula(status=FormulaStatus.APPEARED, a_text=None, b_text="今年是中匈建交75周年",
...     b_spans=(Span(start=0, end=11, line=1),), id="background:y")
>>> [(g.status.value, g.a_text, g.b_text, g.id) for g in anniversaries_paired([drop, appear])]
[('changed', '以明年建交75周年为契机', '今年是中匈建交75周年', 'background:x/reworded')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readoutdiff.formulas.entries.joined import only_partners_joined
from readoutdiff.languages.zh import BOTH, GREETING, PARTNER_CHARS, tagged
from readoutdiff.model import Formula, FormulaSource, FormulaStatus, Span

_COUNT = re.compile(r"([0-9０-９]+|[一二两三四五六七八九十百零〇]+)周年")
"""A count of years and the word that says it is an anniversary (75周年, 十周年)."""
_NUMERALS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_MARKS = frozenset("、，,；;：:")
"""Marks before which the run telling what an anniversary counts never reaches."""
_FRAMES = frozenset(("是", "以", "为", "在", "和", "与", "及", "于"))
"""Words (as jieba cuts them) that open what an anniversary counts: the copula, a frame's
preposition, a list's joining word ("…伙伴年”和两国建立…"; not the 和 of 共和国)."""
_NAMES = frozenset(("ns", "nt", "nz", "j"))
"""jieba's tags of a place's, a body's or another proper name, and of a short form (欧盟)."""

Anniversary = tuple[int, str, str]
"""(years counted, the act counted and what follows it, the subject: "" for the two parties)."""


def anniversaries_paired(formulas: Sequence[Formula]) -> tuple[Formula, ...]:
    """Return ``formulas`` with each dropped and appeared entry (not the user's, one place
    each) telling the same anniversary, each the other's only such partner, made one *changed*
    entry (see the module). The caller asks this of Chinese readouts only."""
    found: list[list[tuple[int, Span, frozenset[Anniversary]]]] = [[], []]
    for n, f in enumerate(formulas):
        if f.status not in _ONE_SIDED or f.source is FormulaSource.USER:
            continue
        side = 0 if f.status is FormulaStatus.DROPPED else 1
        spans, wording = (f.a_spans, f.a_text) if side == 0 else (f.b_spans, f.b_text)
        if len(spans) != 1 or not wording or "周年" not in wording:
            continue
        told = anniversaries(wording)
        if told:
            found[side].append((n, spans[0], told))
    if not found[0] or not found[1]:
        return tuple(formulas)
    # a phrase inside a longer one-sided clause is that clause's (it gives way afterwards)
    sides = [
        [(n, told) for n, span, told in side if not any(
            other is not span and other.start <= span.start and span.end <= other.end
            and other.end - other.start > span.end - span.start for _, other, _ in side
        )]
        for side in found
    ]  # fmt: skip
    ties = ((n, m) for n, mine in sides[0] for m, theirs in sides[1] if mine & theirs)
    return only_partners_joined(formulas, ties)


_ONE_SIDED = (FormulaStatus.DROPPED, FormulaStatus.APPEARED)


def anniversaries(wording: str) -> frozenset[Anniversary]:
    """The anniversaries ``wording`` tells, each as (years, act, subject): the words before the
    count back to a clause or list mark (:data:`_MARKS`) or a frame word (:data:`_FRAMES`), the
    act from their last verb on, the subject before it (:func:`_the_parties`).

    >>> sorted(anniversaries("为今年两国建交75周年赋予新的历史意义"))
    [(75, '建交', '')]
    >>> sorted(anniversaries("今年是中加建交55周年和建立战略伙伴关系20周年"))
    [(20, '建立战略伙伴关系', ''), (55, '建交', '')]
    >>> sorted(anniversaries("再次祝贺中华人民共和国成立75周年"))
    [(75, '成立', '中华人民共和国')]
    >>> sorted(anniversaries("澳中全面战略伙伴关系建立十周年"))
    [(10, '建立', '全面战略伙伴关系')]
    """
    found: set[Anniversary] = set()
    for count in _COUNT.finditer(wording):
        years = _years(count[1])
        start = count.start()
        while start > 0 and wording[start - 1] not in _MARKS:
            start -= 1
        words = tagged(wording[start : count.start()]) if start < count.start() else []
        framed = [k for k, (word, _) in enumerate(words) if word in _FRAMES]
        words = words[framed[-1] + 1 :] if framed else words
        verbs = [k for k, (_, tag) in enumerate(words) if tag.startswith("v")]
        if years is None or not verbs:
            continue
        act = "".join(word for word, _ in words[verbs[-1] :])
        found.add((years, act, _the_parties(words[: verbs[-1]])))
    return frozenset(found)


def _years(count: str) -> int | None:
    """The number a count of years says (75, ７５, 十, 二十五, 七十五); None for one not read."""
    if count.isdigit():
        return int(count)
    if "百" in count or "十" not in count:
        return None if len(count) != 1 or count not in _NUMERALS else _NUMERALS[count]
    tens, _, ones = count.partition("十")
    if len(tens) > 1 or len(ones) > 1 or not set(tens + ones) <= set(_NUMERALS):
        return None
    return _NUMERALS.get(tens, 1) * 10 + _NUMERALS.get(ones, 0)


def _the_parties(words: list[tuple[str, str]]) -> str:
    """The subject said by ``words`` (jieba's, with tags), a year told, an adverb or a greeting
    before it left out ("今年", "再次祝贺"), and the two parties' name at its start left out: ""
    when that is all (两国, 双方, a pair of one-character names with 中: 中匈, 澳中; China and a
    partner said out: 中国同欧盟, 中国欧盟)."""
    while words and (words[0][1].startswith(("t", "d")) or words[0][0] in GREETING):
        words = words[1:]
    subject = "".join(word for word, _ in words)
    if subject.startswith("中国") and words[0][0] == "中国":
        partner = subject[2:].lstrip("同和与")
        if partner and len(partner) <= PARTNER_CHARS and words[-1][1] in _NAMES:
            return ""
        return subject
    if subject[:2] in BOTH:
        return subject[2:]
    if words and len(words[0][0]) == 2 and "中" in words[0][0] and words[0][1] in _NAMES:
        return subject[2:]  # 澳中, 中埃
    if len(words) > 1 and words[0][0] == "中" and len(words[1][0]) == 1:
        return subject[2:]  # 中 / 匈
    return subject
