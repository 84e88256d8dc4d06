"""Chinese: words cut by jieba, Traditional characters folded to Simplified for matching.

Words come from ``rjieba`` (the Rust port of jieba: same dictionary and cuts,
loads in a fraction of the time of the Python ``jieba``); characters are
folded Traditional → Simplified with OpenCC before cutting and matching, so
"核心利益" matches "核心利益" in either script. Outputs always keep the
original characters: folding is one character for one character, so every
offset still points into the original text.

Both libraries load on first use only.

>>> cut("中方高度重视发展两国关系")
['中方', '高度重视', '发展', '两国关系']
>>> simplified("堅定支持彼此核心利益")
'坚定支持彼此核心利益'
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from readoutdiff.languages.base import Clauses, Language
from readoutdiff.text.wide import HAN as HAN  # the ranges live beside the other wide scripts
from readoutdiff.text.wide import HAN_CHAR, has_wide, lazy


@cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@cache
def _segmenter() -> Any:
    import rjieba

    return rjieba


def simplified(text: str) -> str:
    """Fold Traditional characters to Simplified, keeping the length (one character for one)."""
    if not has_wide(text) or not HAN_CHAR().search(text):
        return text
    converted: str = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    convert = _converter().convert
    return "".join(piece if len(piece := convert(char)) == 1 else char for char in text)


def cut(run: str) -> list[str]:
    """Cut a run of Chinese characters into words (the run's script is kept as given)."""
    lengths = [len(word) for word in _segmenter().cut(simplified(run), False)]
    words, position = [], 0
    for length in lengths:
        words.append(run[position : position + length])
        position += length
    if position < len(run):  # never lose a character, whatever the segmenter returned
        words.append(run[position:])
    return words


def tagged(run: str) -> list[tuple[str, str]]:
    """Cut a run of Chinese characters into words, each with its part-of-speech tag ("ns" a
    place, "nr" a name, "p" a preposition …; jieba's tags), keeping the run's script.

    >>> tagged("在人民大会堂")
    [('在', 'p'), ('人民大会堂', 'nt')]
    """
    pairs = _segmenter().tag(simplified(run))
    words, position = [], 0
    for word, tag in pairs:
        words.append((run[position : position + len(word)], tag))
        position += len(word)
    if position < len(run):  # never lose a character, whatever the segmenter returned
        words.append((run[position:], "x"))
    return words


def is_traditional(text: str) -> bool:
    """Tell whether at least 3 % of the Chinese characters of ``text`` are Traditional forms."""
    han = HAN_CHAR().findall(text) if has_wide(text) else []
    if not han:
        return False
    folded = simplified("".join(han))
    changed = sum(1 for before, after in zip(han, folded, strict=True) if before != after)
    return changed >= max(1, 0.03 * len(han))


FUNCTION_WORDS = frozenset(
    """在 同 与 和 及 以及 并 并且 而 而且 也 都 将 把 被 为 为了 以 于 从 向 给 跟 对 对于 关于
    其 之 的 地 得 了 着 过 所 或 或者 还 又 就 再 已 已经 正在 要 会 能 可 应 应当 应该 愿 愿意
    让 使 由 按照 根据 本着 就此 对此 之间 方面 这 这些 那 该 此 本 其他 各 我们 他 他们 她
    双方 同时 此外 另外 是 有 即 等 愿同 愿与 将同 将与 并同 并与 同各方""".split()
)
"""Closed-class words and the frame of a readout's clause (prepositions 在/同/对, conjunctions
和/与/并, particles 的/了, modal verbs 愿/将/要 and what jieba cuts as one word with a
preposition (愿同 "willing, with"), pronouns, "the two sides" 双方, "is" 是): a mined
Chinese phrase never starts or ends with one (:mod:`readoutdiff.formulas.mining.zh_phrases`).

They are not the language's ``function_words``: those are the formula stage's stop words
(``roles.stop_words``), read at some eighty places where a Chinese word is one character, and
there 和 or 同 as a stop word lost the Xi–Macron rewording 保持交往和沟通 → 保持高層交往
(``tests/test_publishers_outside.py``) and a changed event of the Chinese dev pairs."""

HAN_RUN = lazy(f"[{HAN}]+")
"""A run of Chinese characters (compiled by a Chinese run only: the class walks 33 000 code
points; mining and the clause rules share it)."""

NAME_TAGS = frozenset(("nr", "nrfg", "nrt", "ns", "nt", "nz"))
"""jieba's tags of names: people (nr …), places (ns), bodies (nt), other proper names (nz)."""

CLAUSE_MARKS = frozenset("，。；：！？,;:!?\n\r")
"""Marks that end a clause of a Chinese sentence (full-width and ASCII; a line end too). The
enumeration comma 、 is not one: it parts the members of a list inside a clause."""

LANGUAGE = Language(code="zh", name="Chinese", clauses=Clauses(marks=CLAUSE_MARKS, near_chars=2))


GREETING = ("祝贺",)
"""The word a Chinese readout greets a leader or a people on an occasion by ("习近平祝贺白俄罗斯成为
上海合作组织正式成员", "对……表示衷心祝贺"; branch cnv3, :mod:`readoutdiff.formulas.entries.greetings`)."""
GREETING_MUTUAL = ("互致", "相互祝贺")
"""Words that make a greeting mutual: the two leaders greeted each other."""

BOTH = ("两国", "双方")
"""Two names of the two parties a Chinese readout uses alike ("两国人民" / "双方人民")."""
_SAID_OUT = re.compile(r"中国[和同与]")
"""Where a Chinese readout says the two parties out ("中国和巴基斯坦") that it may shorten to
one character each ("中巴")."""
PARTNER_CHARS = 5
"""Characters of the partner's name said out, at most ("巴基斯坦", "塞尔维亚", "欧盟")."""
_SPEAKERS = re.compile(r"([^\W\d_])方([愿将要也]*)([同与和])([^\W\d_])方")
"""A party that speaks for doing a thing with the other ("中方愿同塔方…", "塔方愿同中方…")."""
_NO_PARTY = frozenset("各双多诸他")
"""Characters before 方 that name no one party of the two (各方 all parties, 双方 both, 多方,
诸方, 他方): "中方愿同各方一道努力" is China speaking, "各方愿同中方…" all parties."""


TIME_WORDS = tuple(
    """明年将迎来 今年将迎来 明年是 今年是 去年是 明年 今年 去年 即将 将要 近期 最近 日前 此前 不久前
    前不久 下个月 下月 本月 上月 下周 本周 今天 明天 昨天 今日 届时 将""".split()
)
"""Words that only place a dated thing in time (convention (k) of ``eval/formulas/SOURCES.md``):
明年 / 今年, 即将, 将, and the anniversary's frame said of the year (明年将迎来 / 今年是), longest
first; a wording less these is the thing itself (:mod:`readoutdiff.formulas.linking.retimed`)."""


def parties_alike(x: str, y: str) -> bool:
    """Whether two Chinese wordings are the same words but for how they name the two parties:
    两国 for 双方, or the pair said out ("中国和巴基斯坦是…") for its short form ("中巴是…", the
    partner's name opening with the short form's second character). The parties are who speaks,
    not what is said: the analyst reads the same line.

    >>> parties_alike("为两国人民带来更多福祉", "为双方人民带来更多福祉")
    True
    >>> parties_alike("中巴是全天候战略合作伙伴", "中国和巴基斯坦是全天候战略合作伙伴")
    True
    >>> parties_alike("中巴是全天候战略合作伙伴", "中国和柬埔寨是全天候战略合作伙伴")
    False

    Which of the two speaks for doing a thing with the other is who speaks too (convention
    (c): the subject): "中方愿同塔方加强执法安全合作" is "塔方愿同中方加强执法安全合作" (branch fat1).

    >>> parties_alike("中方愿同塔方加强执法安全合作", "塔方愿同中方加强执法安全合作")
    True
    >>> parties_alike("中方愿同塔方加强执法安全合作", "塔方愿同中方深化执法安全合作")
    False
    >>> parties_alike("中方愿同各方一道努力", "各方愿同中方一道努力")
    False
    """
    x, y = _speakers_in_order(x.replace(*BOTH)), _speakers_in_order(y.replace(*BOTH))
    if x == y:
        return True
    short, long = sorted((x, y), key=len)
    for said in _SAID_OUT.finditer(long):
        at, name = said.start(), said.end()
        if name >= len(long) or long[:at] != short[:at] or short[at : at + 2] != "中" + long[name]:
            continue
        rest = short[at + 2 :]
        if any(long[name + n :] == rest for n in range(1, PARTNER_CHARS + 1)):
            return True
    return False


def _speakers_in_order(text: str) -> str:
    """``text`` with each "X方愿同Y方" said with its two parties in one order (:data:`_SPEAKERS`)."""
    if "方" not in text:
        return text
    return _SPEAKERS.sub(_in_order, text)


def _in_order(m: re.Match[str]) -> str:
    if m[1] in _NO_PARTY or m[4] in _NO_PARTY:  # one of them is no party of the two
        return m[0]
    return f"{min(m[1], m[4])}方{m[2]}{m[3]}{max(m[1], m[4])}方"


def speaker_framed(clause: str) -> int:
    """How many characters of a Chinese ``clause`` are its speaker's frame: a third person
    (他, 她, 他们 …) or a person's name (jieba's ``nr`` tags) and a verb of saying (称, 表示, 指出,
    强调, 说) run on into the point with no comma, as Hong Kong papers write ("他稱中方堅定維護
    聯合國憲章宗旨和原則", "顧綺慧表示英中兩國有很多共同利益"; branch zhs1, u68's pages). Who says
    a point is no word of its formula. 0 when the clause opens on no such frame; "我谨表示…",
    "中方表示…" are not frames (the first person's verb is the point; a party is (c)'s subject).

    >>> speaker_framed("他稱中方堅定維護聯合國憲章宗旨和原則"), speaker_framed("顧綺慧表示英中兩國有很多共同利益")
    (2, 5)
    >>> speaker_framed("中方表示愿加强合作"), speaker_framed("表示衷心祝贺"), speaker_framed("他说")
    (0, 0, 0)
    >>> speaker_framed("他称赞中方的努力")  # the verb of saying must end a word
    0
    """
    head = clause[: _NAME_MOST + 3]  # a name, a verb of two characters, one more
    said = simplified(head)  # one character for one: OpenCC's table keeps the length
    if len(said) != len(head) or _SAYS().search(said, 1) is None:
        return 0  # no verb of saying near the start: most clauses stop here, untagged
    cut = tagged(said)
    found = _PRONOUN_SAYS().match(said)
    if found is None:
        first, tag = cut[0]
        if tag not in _PERSON_TAGS:
            return 0
        found = _SAYS().match(said, len(first))
    if found is None or found.end() >= len(clause) or not HAN_CHAR().match(clause[found.end()]):
        return 0
    edges, at = set(), 0
    for word, _ in cut:
        at += len(word)
        edges.add(at)
    return found.end() if found.end() in edges else 0  # "他称赞…": 称 opens a word


_PERSON_TAGS = frozenset(("nr", "nrfg", "nrt"))
_NAME_MOST = 4
_SAYS = lazy(r"(?:称|表示|指出|强调|说)")
_PRONOUN_SAYS = lazy(r"(?:他们|她们|他|她)(?:称|表示|指出|强调|说)")


FIRMNESS = lazy(r"坚定不移|坚定|始终|一如既往|一贯|坚决")
"""Words that say how firm a commitment is: said on one side only, they change the line
(convention (c) of ``eval/formulas/SOURCES.md``: 坚定恪守 → 将继续奉行 is *changed*)."""
_LEAD = lazy(
    r"^(?:[一二三四]是|[一二三四]要|首先要|双方|两国|中方|[^\W\d_]方|我国|我们|我"
    r"|愿同[^\W\d_]方|同[^\W\d_]方|愿意|愿|将|要|希望|应该|应|也|还|都"
    r"|进一步|持续|不断|全面|共同|一道|携手|合力|积极|充分|深入|统筹|更好|继续|稳步"
    r"|推进|推动|促进|共促|加强|深化|加快|拓展|提升|巩固|夯实|加深|增进|恪守|奉行|尊重|照顾"
    r"|密切|筑牢|维护|捍卫|践行|坚持|构建|落实好|落实|乐见|欢迎|用好|发挥|打击)"
)
"""What may open a Chinese commitment before its object and change by style alone (convention
(c)): a list marker, who speaks and with whom, a modal, an adverb of manner or time, a lead
verb. Taken off the front again and again."""


def object_said(wording: str) -> str:
    """The object a Chinese commitment is about: ``wording`` less its firmness words and the lead
    before the object (:data:`_LEAD`), 的 left out and a list's conjunctions read alike.

    >>> object_said("一是夯实政治互信") == object_said("不断巩固政治互信") == "政治互信"
    True
    >>> object_said("双方要加强发展战略对接")
    '发展战略对接'
    >>> object_said("斯洛伐克将坚定恪守一个中国政策"), object_said("中国企业赴匈投资合作")
    ('一个中国政策', '中国企业赴匈投资合作')
    """
    wording = FIRMNESS().sub("", wording)
    lead = _LEAD()
    shorter = None
    while shorter != wording:
        shorter, wording = wording, _lead_off(wording, lead)
        wording = _subject_named(wording, lead)
    return re.sub("[与和及、]", "、", wording.replace("的", ""))


_QUALIFYING = lazy(r"^(?:[^\W\d_]方|我国|全面|共同|深入|持续|积极|充分)$")
"""Leads that may be the object's own first word too: an adverb of manner that also qualifies
a noun ("深化全面战略伙伴关系", "维护共同利益", "深入交流", "持续发展"), and a character before 方,
which may make a noun ("地方合作"), not who speaks. The others (进一步, 不断, 继续, 携手 …) lean on
a verb only."""
_VERB_TAGS = frozenset(("v", "p", "c"))
"""jieba's tags of a verb, a preposition or a conjunction: the words before which an adverb of
manner or a party (:data:`_QUALIFYING`) is a lead, not the object's."""
_ADVERB_TAGS = frozenset(("d", "ad"))
"""jieba's tags of an adverb: read past to the word it leans on ("继续大力推进": a lead; "全面
务实合作", jieba's 务实 an adverb: the object's own words)."""


def _lead_off(wording: str, lead: re.Pattern[str]) -> str:
    """``wording`` less the lead that opens it (:data:`_LEAD`). A lead that may be the object's
    own word (:data:`_QUALIFYING`) is one only before another lead or before a word jieba reads
    as a verb, preposition or conjunction, past any adverbs: "全面推进…", "共同应对…", "继续在…",
    "中方支持…" (branch rev12: "全面战略伙伴关系" and "共同利益" were read as "战略伙伴关系" and
    "利益", so a qualifier dropped read as the formula kept). A one-character lead (应, 我, 要, 将,
    也 …) is one only when it is a word of its own (:func:`_word_goes_on`; branches left1 and
    fix1 both found "共同应对风险挑战" read as "对风险挑战").

    >>> _lead_off("应对风险挑战", _LEAD()), _lead_off("应加强合作", _LEAD())
    ('应对风险挑战', '加强合作')
    """
    found = lead.match(wording)
    if found is None:
        return wording
    rest = wording[found.end() :]
    if rest and _QUALIFYING().match(found.group()) and not _before_verb(rest, lead):
        return wording  # "全面战略伙伴关系": the object's own word
    if rest and len(found.group()) == 1 and _word_goes_on(wording, lead):
        return wording  # "应对", "要求", "愿景": the lead's character opens a word
    return rest


def _opens_on_lead(text: str, lead: re.Pattern[str]) -> bool:
    """Whether a lead opens ``text``: one of :data:`_LEAD`, not a one-character lead that opens
    a longer word ("共同愿景": 愿 is no lead there, :func:`_word_goes_on`)."""
    found = lead.match(text)  # its ^ holds at the start only
    return found is not None and (len(found.group()) > 1 or not _word_goes_on(text, lead))


def _word_goes_on(wording: str, lead: re.Pattern[str]) -> bool:
    """Whether the one-character lead that opens ``wording`` (我, 愿, 将, 要, 应 …) is the first
    character of a longer word, as jieba cuts it, whose rest opens on no lead: "应对气候变化",
    "要求双方", "共同愿景", "我国" (branch fix1: they read as "对气候变化", "求双方", "景",
    "国"); not "还要" (还 and 要 both leads), "我愿同" nor "愿同" (jieba's words; 同 opens the
    partner, a lead before "X方")."""
    first = tagged(wording)[0][0]
    return len(first) > 1 and not first.startswith("同", 1) and lead.match(first[1:]) is None


def _before_verb(rest: str, lead: re.Pattern[str]) -> bool:
    """Whether ``rest`` opens, past any adverbs, on a lead or a verb, preposition or
    conjunction (:data:`_VERB_TAGS`)."""
    at = 0
    for word, tag in tagged(rest):
        if tag in _VERB_TAGS or _opens_on_lead(rest[at:], lead):
            return True
        if tag not in _ADVERB_TAGS:
            return False
        at += len(word)
    return False


def _subject_named(wording: str, lead: re.Pattern[str]) -> str:
    """``wording`` less the place name that opens it when a lead follows: the country that
    speaks ("斯洛伐克将坚定恪守…", "土耳其将奉行…"; jieba tags it ``ns``), who speaks as (c) has
    it; a name before other words is the object's own ("中国企业赴匈投资")."""
    if not wording:
        return wording
    first, tag = tagged(wording)[0]
    if tag == "ns" and lead.match(wording[len(first) :]):
        return wording[len(first) :]
    return wording


def same_object(x: str, y: str) -> bool:
    """Whether two Chinese clauses say one commitment in two styles (convention (c)): the same
    object (:func:`object_said`, a real one: two characters or more), with firmness said on both
    sides or on neither. The analyst reads the formula kept.

    >>> same_object("继续在核心利益问题上相互坚定支持", "在核心利益问题上坚定相互支持")
    True
    >>> same_object("坚定恪守一个中国原则", "将继续奉行一个中国原则")
    False
    >>> same_object("推进两国发展战略对接", "加强人文交流")
    False
    """
    return not _firm_once(x, y) and _one_object(x, y)


def firm_on_one_side(x: str, y: str) -> bool:
    """Whether two Chinese clauses say one commitment, firm on one side only: the same object
    (:func:`object_said`, two characters or more) and a firmness word (:data:`FIRMNESS`) in one
    of them alone. Convention (c) calls it *changed* however alike the two clauses read: a
    kept formula inside them hides the change (branch zhc1, thirty-eighth session).

    >>> firm_on_one_side("中方坚定支持阿方维护国家主权、独立和领土完整", "中方支持阿方维护国家主权、独立和领土完整")
    True
    >>> firm_on_one_side("埃方恪守一个中国原则", "埃方坚定恪守一个中国原则")
    True
    >>> firm_on_one_side("坚定恪守一个中国原则", "坚定奉行一个中国原则")  # firm on both sides
    False
    >>> firm_on_one_side("坚定支持一个中国原则", "支持中国实现国家统一")  # another object
    False
    """
    return _firm_once(x, y) and _one_object(x, y)


def _firm_once(x: str, y: str) -> bool:
    """Whether a firmness word (:data:`FIRMNESS`) is said in one of two clauses alone."""
    return bool(FIRMNESS().search(x)) != bool(FIRMNESS().search(y))


def _one_object(x: str, y: str) -> bool:
    """Whether two clauses say the same object (:func:`object_said`), a real one: two
    characters or more (:func:`same_object` and :func:`firm_on_one_side` read it alike)."""
    said = object_said(x)
    return len(said) >= 2 and said == object_said(y)


# Who a readout names (:mod:`readoutdiff.ingest.people`, the two-meetings warning): a pattern as
# text, compiled by ``re`` at its first use.
OFFICE_NAMES = (
    r"(?:主席|总统|总理|首相|国王|女王|王储|埃米尔|苏丹|国务卿|外长|部长|秘书长|议长|委员长|亲王|顾问)"
    r"([\u4e00-\u9fff]{2})"
)
"""An office and the two characters after it, a name's first two (总统普京, 主席习近平)."""
NAME_NOT_FIRST = frozenset("同与和对的是在会举提表指强说通高深连级共基卓致首就也还将并等及兼第")
"""Characters that open the words after an office that are no name (总理提出, 总统同…)."""
NOT_NAMES = frozenset(
    """先生 女士 阁下 领导 战略 成功 一道 访问 访华 中国 一致 达成 今天 昨天 今年 去年 明年 明天
    都是 亲自 不久 应邀 坚强 擘画 双方 两国 国的 国发""".split()
)
"""Common words that follow an office and are no name (总统先生, 主席亲自, 总理今天), and the
words an office opens (兼外长, 第四 …: :data:`NAME_NOT_FIRST` takes 兼 and 第)."""
NAME_ENDS = NAME_NOT_FIRST | frozenset(
    "向于时应出抵率互邀请见谈访称宣讲、，。：；（）主总首国王外部秘议委亲先今昨一后分"
)
"""Characters a name shown whole stops before: a word after it, an office, punctuation."""


def name_at(text: str, start: int) -> str:
    """The name that begins at ``start`` of ``text``, whole: its two characters and up to two
    more before a character that ends it (:data:`NAME_ENDS`; 赵乐际, not 赵乐).

    >>> name_at("委员长赵乐际同西班牙国王费利佩六世会谈", 3), name_at("国王费利佩六世会谈", 2)
    ('赵乐际', '费利佩六世')
    """
    end = start + 2
    while end < len(text) and end - start < 5 and HAN_CHAR().match(text[end]) is not None:
        if text[end] in NAME_ENDS:
            break
        end += 1
    return text[start:end]


def names(text: str) -> frozenset[str]:
    """The names ``text`` gives after an office, as keys :func:`names_one` looks for: a name's
    first two characters, Traditional Chinese read as Simplified (習近平 is 习近平).
    :mod:`readoutdiff.ingest.people` asks.

    >>> sorted(names("国家主席习近平同俄罗斯总统普京举行会谈。"))
    ['习近', '普京']
    """
    return frozenset(
        name
        for name in re.findall(OFFICE_NAMES, simplified(text))
        if name[0] not in NAME_NOT_FIRST and name not in NOT_NAMES
    )


def names_one(keys: frozenset[str], text: str) -> bool:
    """Whether ``text`` (read as Simplified) holds one of ``keys`` (:func:`names`)."""
    text = simplified(text)
    return any(key in text for key in keys)


def name_written(key: str, opening: str) -> tuple[int, str]:
    """Where ``opening`` first says the name ``key`` begins (-1: nowhere) and the name, whole
    (:func:`name_at`: 赵乐际, not 赵乐), as written (習近平) when reading it as Simplified kept
    every character in its place.

    >>> name_written("习近", "國家主席習近平同西班牙首相桑切斯舉行會談。")
    (4, '習近平')
    """
    folded = simplified(opening)
    at = folded.find(key)
    if at < 0:
        return at, key
    whole = name_at(folded, at)
    return at, opening[at : at + len(whole)] if len(opening) == len(folded) else whole
