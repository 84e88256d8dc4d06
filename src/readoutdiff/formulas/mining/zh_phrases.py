"""Chinese phrases for mining: runs of the segmenter's words, up to a clause, and their noise.

The formula stage reads Chinese one character a word (a lexicon wording matches character by
character), which is too fine for mining: a run of characters starts and ends anywhere inside
a word, and three to six of them are a fragment of the clause a Chinese readout repeats
("联合国安理会常任理事国和世界主要经济体"). Here a run is read in the segmenter's words
(:func:`readoutdiff.languages.zh.tagged`): its edges move in to the nearest word edges, it is
trimmed of function words (:data:`readoutdiff.languages.zh.FUNCTION_WORDS`) and reaches up to a
clause (``MAX_CHARACTERS``). It is no formula when it holds an office (主席, 总理 …), a date, the
boilerplate of readouts (双方, 通电话, 应约 …), a person's name, a clause's subject with its
bare verb ("两国关系进一步发展"), or fewer than two content words
besides names of places and bodies ("人民大会堂", "国家主席习近平").

>>> from readoutdiff.ingest import from_text
>>> from readoutdiff.formulas.words.phrases import readout_words
>>> r = from_text("中英同为联合国安理会常任理事国和世界主要经济体。")
>>> w = readout_words(r)[0]
>>> [text for _, _, text in sighted("shared", r, w, 2, len(w.stems))]
['联合国安理会常任理事国和世界主要经济体']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterator
from itertools import takewhile

from readoutdiff.formulas.mining.noise import BOILERPLATE, ZH_OFFICES
from readoutdiff.formulas.words.phrases import Words
from readoutdiff.languages import points, zh
from readoutdiff.model import Readout

MIN_CHARACTERS = 4
"""Fewer characters are a word or two, too often a coincidence (and the lexicon's cores)."""
MAX_CHARACTERS = 30
"""A clause of a Chinese readout; a longer run is unchanged text rather than a formula."""
_HAN = zh.HAN_RUN
_NAME_TAGS = zh.NAME_TAGS
_PERSON_TAGS = frozenset(("nrfg", "nrt"))
"""Tags of a person's full or transliterated name (the bare "nr" also tags 沙特, 沙 of 中沙)."""
_EDGE = zh.FUNCTION_WORDS | frozenset(
    "表示 指出 强调 说 认为 介绍 称 会见 会谈 通话 一道 一起 期间 中方 各方".split()
)
"""Words a Chinese phrase never starts or ends with: function words, verbs of saying and of
meeting (the clause's frame: "习近平指出"), "together" (愿同沙方一道), "during" (峰会期间), and
the subject of a readout's clause, China or all parties ("中方加强对话"; 双方 is a function
word), as English "the two sides"."""
OCCASIONS = tuple(
    "峰会 会议 会晤 会见 会谈 访问 论坛 仪式 大会 博览会 宴会 开幕式 闭幕式 典礼 纪念活动 "
    "庆祝活动 周年活动".split()
)
"""Nouns of events: a phrase ending with one names an occasion ("中国－阿拉伯国家峰会",
"国事访问", "欢迎宴会", "运动会开幕式", "…胜利80周年活动"), as English "summit", "visit",
"ceremony" (:data:`readoutdiff.formulas.mining.noise.OCCASIONS`)."""
_SUBJECT_TAGS = frozenset(("n", "l", "j", "m", "r", "vn", "ns", "nt", "nz"))
"""Tags of a word that may be a clause's subject: nouns, idioms (两国关系), numbers (两国),
pronouns, verbal nouns (合作), names of places and bodies."""
_PARTY = re.compile(r"^.方$")
"""A party of the talks (中方, 沙方, 各方): the readout's subject, as English "the two sides"."""
_WORDS_BOILERPLATE = tuple("".join(phrase) for phrase in BOILERPLATE if phrase[0] >= "\u2e80")
_WORDS_OFFICES = tuple("".join(phrase) for phrase in ZH_OFFICES)
_DATE = re.compile(r"[0-9０-９一二三四五六七八九十]+(?:年|月|日|号)|星期|今天|昨天|今年|明年|去年")
"""A date, a day or a year named: "11月18日", "2024年", "今年" (an anniversary, "建交50周年",
is kept: on the dev pairs an analyst lists it)."""
_FRAME = ("上述活动", "陪同", "礼炮", "礼兵", "仪仗", "检阅", "见证签署", "共同签署", "合作文件")
"""The readout's frame of who attended and what was done: "…参加上述活动" (attended the above
events), "陪同" (accompanied by); a state visit's welcome ("天安门广场鸣放21响礼炮", "礼兵列队致敬",
"检阅中国人民解放军仪仗队"); the documents signed before the leaders ("共同见证签署经贸…等领域多项
双边合作文件"), a list of the day's papers, not a wording (a formula naming documents, 恪守中日四个
政治文件, stays a phrase)."""

_JOINING = frozenset(("同", "与"))
"""Words that join two parties into one ("中国同阿拉伯国家关系", "中国与东盟关系"): a phrase
starting right after one that follows a name starts inside that whole (:func:`_second_party`)."""
_JOINED_TAGS = _NAME_TAGS | frozenset(("j",))
"""Tags of a party so joined: a name of a place or body, an abbreviation (东盟)."""
_NOUN_TAGS = _JOINED_TAGS | frozenset(("n",))
"""Tags of the words of the second party's noun ("阿拉伯国家关系")."""

Sighting = tuple[str, tuple[str, ...], str]
"""(kind, stems, original wording), as :mod:`readoutdiff.formulas.mining.sightings` yields them."""
Token = tuple[int, int, str, str]
"""(first word, word past the last, text, tag) of one segmenter word, in the formula stage's
character words of a sentence."""


def sighted(
    kind: str, readout: Readout, words: Words, first: int, end: int,
    taken: Container[int] = (),
) -> Iterator[Sighting]:  # fmt: skip
    """Yield the Chinese phrase ``first:end`` of ``words`` moved in to the segmenter's word
    edges and trimmed of edge words, if it is a phrase that may be a formula (see the module)."""
    every, starts, ends = _indexed(readout, words)
    at = bisect_left(starts, first)  # the tokens inside first:end are one run of the sentence's
    tokens = every[at : max(bisect_right(ends, end), at)]
    while tokens and (tokens[0][2] in _EDGE or _numbered(readout, words, tokens)):
        cut = max(_numbered(readout, words, tokens), 1)
        del tokens[:cut]
        at += cut
    while tokens and tokens[-1][2] in _EDGE:
        tokens.pop()
    if len(tokens) < 2 or _second_party(words, every, at):
        return
    first, end = tokens[0][0], tokens[-1][1]
    if end < len(words.stems) and end in taken and not words.breaks[end]:
        return
    text = readout.text[words.start(first) : words.end(end - 1)]
    if MIN_CHARACTERS <= len(text) <= MAX_CHARACTERS and why(tokens, text) is None:
        yield kind, words.stems[first:end], text


def why(tokens: list[Token], text: str) -> str | None:
    """Why the Chinese phrase of ``tokens`` (written ``text``) is no formula, or None."""
    folded = zh.simplified(text)
    if any(office in folded for office in _WORDS_OFFICES):
        return "office"
    if _DATE.search(folded):
        return "date"
    if any(phrase in folded for phrase in (*_WORDS_BOILERPLATE, *_FRAME)):
        return "boilerplate"
    if any(tag in _PERSON_TAGS for _, _, _, tag in tokens):
        return "name"
    if folded.endswith(OCCASIONS):
        return "occasion"
    if _bare_predicate(tokens) or _headless_subject(tokens):
        return "clause"
    if content_words(tokens) < 2:
        return "name"
    return None


def _bare_predicate(tokens: list[Token]) -> bool:
    """A subject, an adverb and its verb, last: a clause that states how something goes
    ("两国关系进一步发展", "合作不断深化") or a predicate cut before its object
    ("中国始终坚持" 走和平发展道路), as jieba tags the words; a formula is the predicate with its
    object ("坚持多边主义"), not its subject."""
    return (
        len(tokens) >= 3
        and tokens[0][3] in _SUBJECT_TAGS
        and tokens[-2][3] == "d"
        and tokens[-1][3] in ("v", "vn")
    )


def _headless_subject(tokens: list[Token]) -> bool:
    """A verbal noun, then a verb or an adverb, first: the head of a noun phrase cut off from
    what it governs, going on into its predicate and what follows ("合作取得更多成果" of
    两国中文教育合作取得更多成果, "发展发挥积极作用" of 为促进两国关系进一步发展发挥积极作用). That
    noun phrase is a subject or the object of a preposition before it, never a formula's start:
    a formula is the predicate with its object ("发挥积极作用") or the whole noun phrase ("务实合作");
    two words are one formula (合作共赢), so three at least."""
    return len(tokens) >= 3 and tokens[0][3] == "vn" and tokens[1][3] in ("v", "d")


def content_words(tokens: list[Token]) -> int:
    """How many of ``tokens`` are content words: of two characters or more (one character is
    mostly a particle or a country's abbreviation, 中 and 沙 of 中沙关系), and no function word,
    party of the talks, name, number or mark."""
    return sum(
        1
        for _, _, word, tag in tokens
        if len(word) >= 2
        and word not in zh.FUNCTION_WORDS
        and not _PARTY.match(word)
        and tag not in _NAME_TAGS
        and tag not in ("m", "x")
    )


_LAST: list[tuple[Readout, Words, list[Token], list[int], list[int]]] = []
"""The tokens of the last sentence read, with its readout and words (held, so compared by
identity), and the tokens' first words and ends: :func:`sighted` asks for one sentence once per
phrase sighted in it, and cutting the whole sentence each time made a long one quadratic: a
Chinese text with no full stop (one sentence) of 8,000 characters took 7.6 s (552 cuts), of
74 KB 175 s; now 1.6 s and 3.7 s. Its phrase's tokens are then found by bisection, not by a
walk through every token of the sentence."""


def _tokens(readout: Readout, words: Words) -> list[Token]:
    """The segmenter's words of the sentence of ``words``, over its character words; a word of
    another script is a token of its own."""
    return _indexed(readout, words)[0]


def _indexed(readout: Readout, words: Words) -> tuple[list[Token], list[int], list[int]]:
    """:func:`_tokens`, with the first word of each token and the word past its last, both
    rising (the tokens follow one another, none overlapping)."""
    if _LAST and _LAST[0][0] is readout and _LAST[0][1] is words:
        return _LAST[0][2:]
    tokens = _cut(readout, words)
    _LAST[:] = [(readout, words, tokens, [t[0] for t in tokens], [t[1] for t in tokens])]
    return _LAST[0][2:]


def _cut(readout: Readout, words: Words) -> list[Token]:
    text = readout.sentences[words.sentence].text
    at = {offset: k for k, offset in enumerate(words.offsets)}
    tokens: list[Token] = []
    covered = -1
    for k, offset in enumerate(words.offsets):
        if k <= covered:
            continue
        run = _HAN().match(text, offset)
        if run is None:
            tokens.append((k, k + 1, text[offset : words.stops[k]], "x"))
            continue
        position = offset
        for word, tag in zh.tagged(run.group()):
            start = at[position]
            position += len(word)
            tokens.append((start, start + len(word), word, tag))
        covered = at[position - 1]
    return tokens


def substantive(text: str) -> bool:
    """A Chinese phrase that says enough to be a formula when two readouts share it once:
    three content words or more."""
    return content_words(_standing(text)) >= 3


def grams(readout: Readout, words: Words, taken: Container[int]) -> Iterator[tuple[int, int]]:
    """Yield the word ranges of the Chinese phrases of one sentence for
    :mod:`~readoutdiff.formulas.mining.recurrence`: runs of two segmenter words or more inside a
    clause and outside formulas (``taken``), of ``MIN_CHARACTERS`` to ``MAX_CHARACTERS``, with
    no edge word at either end and two content words."""
    tokens = _tokens(readout, words)
    for i, (first, _, word, _) in enumerate(tokens):
        if word in _EDGE or first in taken or _second_party(words, tokens, i):
            continue
        if word[0] in _POINT_STARTS and _numbered(readout, words, tokens[i:]):
            continue
        for j in range(i + 1, len(tokens)):
            start, end, last, _ = tokens[j]
            if words.breaks[start] or end - first > MAX_CHARACTERS or end - 1 in taken:
                break
            span = tokens[i : j + 1]
            if last not in _EDGE and end - first >= MIN_CHARACTERS and content_words(span) >= 2:
                yield first, end


_POINT_STARTS = frozenset(points.NUMERALS + "第")
"""Characters a segmenter word that opens a point's number starts with (a bracket is no word)."""


def _numbered(readout: Readout, words: Words, tokens: list[Token]) -> int:
    """How many of the first ``tokens`` a point's number takes ("一" before 要, "一是", "第一"
    with its comma, "一" in "（一）": :func:`readoutdiff.languages.points.opening`), a word the
    number ends inside included: a phrase starts after it, as after a function word."""
    if not tokens or tokens[0][2][0] not in _POINT_STARTS:
        return 0
    text = readout.sentences[words.sentence].text
    at = words.offsets[tokens[0][0]]
    if at and text[at - 1] in "（(":
        at -= 1
    past = at + points.opening(text[at : at + _POINT_CHARACTERS])
    return sum(1 for _ in takewhile(lambda t: words.offsets[t[0]] < past, tokens))


_POINT_CHARACTERS = 8
"""Characters read for a point's number: "（十二）" and a character after it."""


def _second_party(words: Words, tokens: list[Token], i: int) -> bool:
    """Segmenter word ``i`` stands in the nouns after a joining 同 or 与 that follows a name, no
    punctuation between ("中国同 | 阿拉伯国家关系", "中国同阿拉伯 | 国家关系"): a phrase starting
    on it is the second half of a whole that names both parties, cut after its trimmed 同."""
    k = i
    while k > 0 and tokens[k - 1][3] in _NOUN_TAGS and not words.breaks[tokens[k][0]]:
        k -= 1
    return (
        k >= 2
        and tokens[k - 1][2] in _JOINING
        and tokens[k - 2][3] in _JOINED_TAGS
        and not words.breaks[tokens[k - 1][0]]
        and not words.breaks[tokens[k][0]]
    )


def standing_why(text: str) -> str | None:
    """:func:`why` of a phrase known by its text alone (cut into words on its own)."""
    return why(_standing(text), text)


def _standing(text: str) -> list[Token]:
    return [(0, 0, word, tag) for word, tag in zh.tagged(text)]
