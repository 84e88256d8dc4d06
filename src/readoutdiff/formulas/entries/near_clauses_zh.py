"""In Chinese readouts, two clauses no entry reports, one of each readout, that say nearly the
same characters are one line said again with a few characters changed: "积极拓展第三方市场合作"
becomes "积极拓展第三方合作" (branch zh45).

Two *silent* clauses (no entry has a span in them, the other readout does not say them:
:func:`readoutdiff.formulas.entries.closer_clause.silent_clauses`) become one *changed* entry
(id :data:`NEAR_ID`) when each is the other's one best by :func:`alike`, the share of their
Chinese characters said in order in both (:data:`RATIO` or more), both hold :data:`CHARACTERS`
Chinese characters or more, and neither tells an anniversary, one event, the meeting's news or
the documents signed (:func:`readoutdiff.formulas.entries.listed_items.eligible`).

Nothing hangs on reading order: swapping A and B swaps the result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from readoutdiff.formulas.entries.clause_heads import Clause, clauses
from readoutdiff.formulas.entries.closer_clause import silent_clauses
from readoutdiff.formulas.entries.listed_items import eligible
from readoutdiff.formulas.entries.relationships import mutual_pairs, only_best
from readoutdiff.formulas.lexicon.ids import phrase_id
from readoutdiff.languages.zh import BOTH, FUNCTION_WORDS, NAME_TAGS, TIME_WORDS, tagged
from readoutdiff.model import REWORDED, Formula, FormulaStatus, Readout

RATIO = 700
"""Thousandths of two clauses' Chinese characters said in order in both, at least."""
CHARACTERS = 5
"""Chinese characters of a clause at least, and of its words that are no frame and no party
(``中方愿同越方一道`` says who speaks, no line)."""

MEETING = ("会谈", "会见", "会晤", "通电话", "通话")
"""Words of who met whom, and how: the dateline of a readout, no line of it."""
HELD = ("召开", "举办", "举行", "主办")
"""Words of an occasion held (a summit, a forum): the meeting's news, no line."""
_TIME = frozenset("".join((*TIME_WORDS, "上下半年月日")))
"""Characters of the time words (and a half of the year): two clauses differing by these only
place one thing in time."""
_LIGHT = frozenset("".join((*FUNCTION_WORDS, *BOTH, "各方双边")))
"""Characters of the frame and the parties: two clauses differing by these only say one line
again (convention (c): the subject, 两国 for 双方)."""
TAIL = 4
"""Characters of the object both clauses end on, at least, for a lead swapped before it to keep
the line (convention (c))."""
QUANTITY = frozenset(("m", "mq"))
"""jieba's tags of a word of quantity (更多, 多): said before the object on one side only, it
changes what the object holds."""
FIRM = ("坚定", "始终", "一如既往", "坚决")
"""Words of a commitment's firmness: one said before the object on one side only, a change ((c));
one for another (坚决打击 → 坚定打击), the line kept."""

NEAR_ID = phrase_id("mined", ("近句",)) + REWORDED
"""The id of a changed entry made of two nearly alike silent clauses."""
KEPT_ID = phrase_id("mined", ("近句",))
"""The id of a persisted entry made of two nearly alike silent clauses."""


def near_clauses(formulas: Sequence[Formula], a: Readout, b: Readout) -> tuple[Formula, ...]:
    """Return ``formulas`` with each two silent clauses, one of each readout, nearly alike and
    each the other's one best, made one *changed* entry (see the module)."""
    if a.language != "zh" or b.language != "zh":
        return tuple(formulas)
    readouts = (a, b)
    pools = tuple(
        silent_clauses(
            formulas, r, [c for c in clauses(r) if _han(c[1]) >= CHARACTERS and _eligible(c[1])],
            readouts[1 - side].text, side,
        )
        for side, r in enumerate(readouts)
    )  # fmt: skip
    if not pools[0] or not pools[1]:
        return tuple(formulas)
    made = []
    for pair in mutual_pairs(formulas, pools, _closest, NEAR_ID):
        fate = kept(pair.a_text or "", pair.b_text or "")
        if fate is None:
            continue
        if fate:
            pair = replace(pair, status=FormulaStatus.PERSISTED, variant=True, id=KEPT_ID)
        made.append(pair)
    return (*formulas, *made) if made else tuple(formulas)


def kept(one: str, other: str) -> bool | None:
    """Whether two nearly alike clauses say one line again (convention (c): a lead swapped before
    the object both end on, or only the parties or the frame said otherwise); None when they
    differ by time words only (convention (k), no event).

    The lead and the object are told by word class (jieba's tags, :func:`zh.tagged`): a word of
    quantity (tag ``m``: 更多) said before the object on one side only widens or narrows the
    object, a change; a place named short on one side (老 for 老挝: one word the other's name
    begins with) is the same place.

    >>> kept("共同维护好边境地区和平安宁", "要合力维护边境地区和平安宁")
    True
    >>> kept("积极拓展第三方市场合作", "积极拓展第三方合作")
    False
    >>> kept("敞开大门欢迎中国企业赴埃投资合作", "埃方欢迎更多中国企业赴埃投资合作")
    False
    >>> kept("中方将鼓励更多中国企业赴老挝投资", "鼓励更多中国企业赴老投资")
    True
    >>> kept("各领域合作强劲", "深化各领域合作") is None
    True
    """
    x, y = _chinese(one), _chinese(other)
    codes = [
        c for c in SequenceMatcher(None, x, y, autojunk=False).get_opcodes() if c[0] != "equal"
    ]
    moved = "".join(x[i:j] + y[k:m] for _, i, j, k, m in codes)
    if _turned(codes, len(x), len(y)):
        return None
    if _TIME.issuperset(moved):
        return None
    if _LIGHT.issuperset(moved):
        return True
    words_x, words_y = _words(x), _words(y)
    texts_x, texts_y = [w for w, _ in words_x], [w for w, _ in words_y]
    tail = 0
    for _, i, j, k, m in SequenceMatcher(None, texts_x, texts_y, autojunk=False).get_opcodes():
        if _same(words_x[i:j], words_y[k:m]):
            tail += sum(len(w) for w in texts_x[i:j])
            continue
        if any(tag in QUANTITY for _, tag in (*words_x[i:j], *words_y[k:m])):
            return False  # the object widened or narrowed
        tail = 0
    lead_x, lead_y = x[: len(x) - tail], y[: len(y) - tail]
    firm = any(w in lead_x for w in FIRM) != any(w in lead_y for w in FIRM)
    return tail >= TAIL and not firm


def _turned(codes: Sequence[tuple[str, int, int, int, int]], x: int, y: int) -> bool:
    """Whether the run both clauses share opens one and closes the other (各领域合作强劲 →
    深化各领域合作): a subject described on one side, an object acted on on the other, two
    lines, no line said again."""
    if len(codes) != 2:
        return False
    (_, i1, j1, k1, m1), (_, i2, j2, k2, m2) = codes
    head_x, tail_y = i1 == j1 == 0 and k1 == 0 < m1, i2 < j2 == x and k2 == m2 == y
    tail_x, head_y = i1 == 0 < j1 and k1 == m1 == 0, i2 == j2 == x and k2 < m2 == y
    return (head_x and tail_y) or (tail_x and head_y)


def _words(text: str) -> list[tuple[str, str]]:
    """The words of a clause's Chinese characters with their tags, the parties (两国, 双方)
    left out: they are the frame of convention (c), and 两 reads as a quantity."""
    for word in BOTH:
        text = text.replace(word, "")
    return tagged(text) if text else []


def _same(one: Sequence[tuple[str, str]], other: Sequence[tuple[str, str]]) -> bool:
    """Whether two runs of words are one: alike, or one name (老挝) and the word it begins
    with (老), a place or a party named short."""
    if [w for w, _ in one] == [w for w, _ in other]:
        return True
    if len(one) != 1 or len(other) != 1:
        return False
    (long, tag), (short, _) = sorted((one[0], other[0]), key=lambda w: -len(w[0]))
    return tag in NAME_TAGS and long.startswith(short)


def _chinese(text: str) -> str:
    return "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")


def _eligible(clause: str) -> bool:
    if not eligible(clause) or any(word in clause for word in (*MEETING, *HELD)):
        return False
    words = _words(_chinese(clause))
    return not frame(words) and sum(len(w) for w, tag in words if _content(w, tag)) >= CHARACTERS


def _content(word: str, tag: str) -> bool:
    """Whether a word says something of the line: not a word of the frame, not a party (中方,
    越方, 各方: a word of up to three characters ending in 方 that is not a number: 第三方)."""
    return word not in FUNCTION_WORDS and not (len(word) <= 3 and word[-1] == "方" and tag != "m")


def frame(words: Sequence[tuple[str, str]]) -> bool:
    """Whether a clause's words (with their tags) are a frame only: a preposition and a place
    word closing it (在…下, 在…中, 从…上; jieba's ``p`` and ``f``), the circumstance of the
    line that follows, no line.

    >>> frame(tagged("在各方共同努力下"))
    True
    >>> frame(tagged("共同维护好边境地区和平安宁"))
    False
    """
    return len(words) > 1 and words[0][1] == "p" and words[-1][1] == "f"


def _han(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def _closest(wording: str, pool: Sequence[Clause]) -> tuple[int, Clause] | None:
    scored = [(score, clause) for clause in pool if (score := alike(wording, clause[1]))]
    return only_best(scored)


def alike(one: str, other: str) -> int:
    """Thousandths of the Chinese characters of ``one`` and ``other`` said in order in both,
    when :data:`RATIO` or more; 0 otherwise.

    >>> alike("积极拓展第三方市场合作", "积极拓展第三方合作")
    900
    >>> alike("深化战略互信", "加强人文交流")
    0
    """
    x = "".join(ch for ch in one if "\u4e00" <= ch <= "\u9fff")
    y = "".join(ch for ch in other if "\u4e00" <= ch <= "\u9fff")
    if not x or not y or min(len(x), len(y)) * 2000 < RATIO * (len(x) + len(y)):
        return 0
    matcher = SequenceMatcher(None, x, y, autojunk=False)
    score = round(matcher.ratio() * 1000)
    if score < RATIO:
        return 0
    return score
