"""In Chinese readouts, a clause that tells one event — what a meeting did, the documents a
visit signed or published, who came to China for what — is no formula.

A readout frames its formulas with the news of the day: "习近平主席同总理先生举行会晤，就中巴关系发展
作出进一步规划", "双方就深化两国关系达成重要共识", "新时代中塞命运共同体建设开局良好", "两国元首共同见证
签署……多项双边合作文件", "双方发表《……联合声明》", "国家主席习近平……会见来华出席……的塞尔维亚总统武契奇". The next
readout says another meeting's outcome, another visit's documents, another occasion, and the formula stage
paired the two as a line that changed, or listed each alone. An analyst's hand list names none of
them: they are what happened, not what either side holds.

A report is *of one event* (:func:`one_event`) when a wording of it says

- a meeting's outcome (:data:`OUTCOME`): 作出…规划/指引 (the plan or guidance a meeting gave),
  擘画…蓝图, 达成…共识 as the clause's verb (not "达成的重要共识", the consensus a clause goes on
  to carry out: "落实两党最高领导人达成的重要共识" is a formula), 圆满成功, 开局良好, 开启…篇章,
  not 取得积极成果 ("推动两国务实合作和机制性交流取得积极成果" is a goal, and the evaluation set
  lists it);
- documents signed, exchanged or published (:data:`DOCUMENTS`): 见证签署, 共同签署, 见证交换,
  交换仪式, 发表《, 发布《;
- the readout's first sentence (:data:`DATELINE`): 会见来华…, 同来华…;
- the anniversary of a victory or a founding (:data:`OCCASION`): 抗日战争胜利80周年,
  中国共产党成立105周年, the occasion of one day.

The years of the relationship are left alone: the evaluation set's hand lists name "建交50周年" and
"两国全面战略伙伴关系建立10周年" (a relationship's years are a line the readouts repeat), though
they are dates; congratulations (祝贺…) too ("祝贺中国在……取得举世瞩目的发展成就" is listed).

A name is no formula either (:func:`without_names`): a wording every place of which is the whole
of a quotation (“一带一路”, quoted inside the clause that says the line: "深化共建“一带一路”以及
各领域务实合作") or the start of an initiative's name (全球治理 of 全球治理倡议), or that wording
with its quotation marks, alone or before 倡议 (“一带一路”倡议: a place the lexicon's quoted
spelling matched, the same name; branch nz5). Without the bare name, the clause around it is the
report (the evaluation set lists "以高质量共建“一带一路”促进两国合作提质升级").

A list's member cut from its list is no formula (:func:`without_members`) unless the report is
changed: a wording every place of which the text goes on with 、 or 等 (坚持互尊互信 of
"坚持互尊互信、平等相待、合作共赢", which is reported whole beside it), or which opens with a
conjunction (和国际公平正义 of "坚定维护自身权益和国际公平正义"). An analyst lists the list, or the
clause. A changed report stays: taking it out too cut five wrong pairings of the Chinese dev
pairs, but lost a changed event on the held-out ones (benchmarks/README.md, zh10).

A wording opening on one word and 的 is cut inside a noun phrase (:func:`without_cut_modifiers`),
whatever its status: 取得的伟大成就 of "在习近平主席卓越领导下取得的伟大成就", 关系的战略性 of
"突出两国关系的战略性"; a party's 的 (中国的, 中方的) opens a clause whole. So is a wording that
stops inside a quotation or a title (:func:`half_quoted`: 中巴经济走廊“升级版), and (branch zh14) a
wording ending on 的 or on a "while" frame, 的同时 (:data:`ENDS_ON_MODIFIER`: 互利合作的), or on an
adverb or auxiliary before its verb (:data:`ENDS_ON_ADVERB`: 推动双边关系不断), or opening on a
concession (:data:`CONCESSIONS`: 尽管国际形势风云变幻).

Branch zh12 added: a discussion (交换了意见, what one meeting did) and documents signed
(签署……文件) to the events; a clause that points back at the line before it (:data:`POINTS_BACK`:
这符合两国的共同利益, 德方愿就此作出积极努力) as an event too; a wording opening inside a party
(:data:`OPENS_INSIDE_PARTY`: 方坚定支持… of 巴方) to the cuts; and a bare core
(:func:`without_bare_cores`: a short wording between two characters of its phrase at every
place, 核心利益 of "在主权、安全等涉及彼此核心利益问题上始终相互支持"), changed reports excepted.
Branch zh21 let a bare core run to seven characters and stand next to a list mark 、 inside its
phrase (:data:`IN_LIST`: 合作共赢 of "开放包容、合作共赢的金砖精神"), and took out a one-sided
report of a relationship name's core cut from its qualifier or from the parties' short names
(:func:`without_cut_names`: 全面战略伙伴关系 of "提升为新时代全天候全面战略伙伴关系" or of "推动乌中
全面战略伙伴关系迈上新的台阶", and the bare 新时代).

Such a report leaves the list, whatever its status: a changed report one of whose wordings is
an event pairs a formula with the news (the file's convention: such a report is noise). The
documents line itself, said in each readout, is one event that
:mod:`readoutdiff.formulas.unpaired.documents_zh` tells afterwards (branch chg1: the hand lists
give it since branches cnv10 and cnv11).
Before this rule, "就深化两国关系达成重要共识" below was reported as appeared; the documents line
that only A says is reported once, whole, as dropped (by ``documents_zh``, not by a formula in it),
and the talks line that only B says once, whole, as appeared (by
:mod:`readoutdiff.formulas.unpaired.talks_zh`, branch chg2: the course the talks set is a line the
hand lists give).

>>> from readoutdiff.compare import compare
>>> from readoutdiff.ingest import from_text
>>> a = from_text("李强表示，双方要加强发展战略对接。会谈后，两国总理共同见证签署多项合作文件。")
>>> b = from_text("李强表示，双方要加强发展战略对接。习近平主席同总理先生举行会晤，就深化两国关系达成重要共识。")
>>> [(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas]
[('dropped', '两国总理共同见证签署多项合作文件', None), ('persisted', '发展战略对接', '发展战略对接'), ('appeared', None, '就深化两国关系达成重要共识')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from readoutdiff.model import Formula, FormulaStatus, Span
from readoutdiff.text.wide import HAN, HAN_CHAR, lazy

_CLAUSE = r"[^，。；：！？]"
"""A character of the same clause."""
OUTCOME = re.compile(
    rf"作出{_CLAUSE}{{0,8}}(?:规划|指引)|擘画{_CLAUSE}{{0,6}}蓝图|达成(?!的){_CLAUSE}{{0,6}}共识"
    rf"|圆满成功|开局良好|开启{_CLAUSE}{{0,10}}篇章|交换了?意见"
    r"|达成一致|(?:确立|开辟|开启|进入)了"
)
"""What one meeting or visit did: the plan it made, the consensus it reached, its success, the
agreement it reached (达成一致), and what a past meeting opened or set: a verb of a beginning
with the perfective 了 (确立了两国关系新定位, 那次访问开辟了…新时代, 两国关系发展进入了新阶段).
Without 了 the verb is a wish ("不断开辟两国关系新篇章" is a formula)."""
DOCUMENTS = re.compile(rf"(?:见证|共同)(?:签署|交换)|交换仪式|发[表布]《|签署{_CLAUSE}{{0,40}}文件")
"""Documents a visit signed, exchanged or published."""
OCCASION = re.compile(r"(?:胜利|成立|提出)\d+周年")
"""An anniversary of a victory, a founding or an initiative put forward: a day's occasion
(抗日战争胜利80周年, 中国共产党成立105周年, 共建“一带一路”倡议提出10周年), not the years of the
relationship (建交50周年 is listed)."""
DATELINE = re.compile(r"(?:会见|同)来华")
"""The readout's first sentence: who met whom, come to China for what."""
POINTS_BACK = re.compile(r"^[这此](?!是)|[为就对]此")
"""A clause that points back at the line before it (这符合两国的共同利益, 德方愿就此作出积极努力,
希望德方继续为此发挥重要作用): it weighs or backs that line and says nothing of its own. A readout
names a thing with 这是 ("这是中国共产党为什么能的关键密码" is listed), left alone."""


def one_event(wording: str | None) -> bool:
    """Whether a Chinese wording tells one event (see the module).

    >>> one_event("就中巴关系发展作出进一步规划")
    True
    >>> one_event("两党最高领导人达成的重要共识")
    False
    >>> one_event("国家主席习近平在人民大会堂会见来华出席论坛的塞尔维亚总统武契奇")
    True
    >>> one_event("双方要加强发展战略对接")
    False
    """
    if not wording:
        return False
    return bool(
        OUTCOME.search(wording)
        or DOCUMENTS.search(wording)
        or DATELINE.search(wording)
        or OCCASION.search(wording)
        or POINTS_BACK.search(wording)
    )


def without_events(formulas: Sequence[Formula]) -> tuple[Formula, ...]:
    """``formulas`` without the reports a wording of which tells one event."""
    return tuple(f for f in formulas if not (one_event(f.a_text) or one_event(f.b_text)))


NAME_GOES_ON = ("倡议",)
"""What makes the words before it a name: "全球治理倡议" names an initiative."""


def named(spans: Sequence[Span], text: str, wording: str | None = None) -> bool:
    """Whether every place of a wording is a name: the whole of a quotation (“一带一路”), the
    start of an initiative's name (全球治理 of 全球治理倡议), or, for an unquoted ``wording``, that
    wording in its quotation marks, alone or with the word that makes it a name (“一带一路”倡议,
    a place the lexicon's quoted spelling matched: the name again, not a clause of it).

    >>> text = "加快“一带一路”倡议同“五角战略”对接。共建“一带一路”。"
    >>> spelt, quoted = Span(start=2, end=10, line=1), Span(start=23, end=27, line=1)
    >>> named([spelt, quoted], text, "一带一路"), named([spelt], text, "“一带一路”倡议")
    (True, False)
    """
    quoted = (f"“{wording}”", f"“{wording}”{NAME_GOES_ON[0]}") if wording else ()
    return bool(spans) and all(
        (text[s.start - 1 : s.start] == "“" and text[s.end : s.end + 1] == "”")
        or text.startswith(NAME_GOES_ON, s.end)
        or text[s.start : s.end] in quoted
        for s in spans
    )


LIST_GOES_ON = ("、", "等")
"""After a list's member: the list goes on."""
CONJUNCTIONS = ("和", "与", "及")
"""Words that join a member to the one before: a wording opening with one is cut."""


def cut_member(spans: Sequence[Span], text: str, wording: str | None) -> bool:
    """Whether every place of a wording is a list's member cut from its list: the text goes on
    with 、 or 等 right after it, or a 、 comes right before it (the list began earlier:
    教育等领域合作 of "推进产业、投资、贸易、交通、电子商务、教育等领域合作"), or it opens with a
    conjunction (和国际公平正义)."""
    if wording and wording.startswith(CONJUNCTIONS):
        return True
    return bool(spans) and all(
        text.startswith(LIST_GOES_ON, s.end) or text[s.start - 1 : s.start] == LIST_GOES_ON[0]
        for s in spans
    )


def without_members(formulas: Sequence[Formula], a_text: str, b_text: str) -> tuple[Formula, ...]:
    """``formulas`` without the reports, other than changed ones, a wording of which is a member
    cut from its list (a changed one may name the member the list swapped)."""
    return _without(formulas, a_text, b_text, cut_member, keep_changed=True)


OPENS_ON_MODIFIER = lazy(rf"^(?!(?:中国|两国|双方|.方)的)[{HAN}]{{1,2}}的")
"""One word and 的 at a wording's start: a modifier cut from the phrase it ends (提出的重大全球
倡议 of "习近平主席提出的重大全球倡议", 关系的战略性 of "两国关系的战略性"). A party's 的 opens a
clause whole ("中国的投资与合作极大地促进了塞尔维亚的经济社会发展")."""


OPENS_INSIDE_PARTY = re.compile(r"^方(?![针面式法向案略位])")
"""方 at a wording's start: the wording starts inside a party (巴|方坚定支持中方在涉台问题上的立场,
塞|方, 中|方): its first word is cut. 方针, 方面, 方式, 方法, 方向, 方案, 方略 and 方位 are words."""


def half_quoted(wording: str | None) -> bool:
    """Whether a wording opens a quotation or a title it does not close, or closes one it does
    not open: it stops inside the quotation (中巴经济走廊“升级版 of 打造中巴经济走廊“升级版”).

    >>> half_quoted("中巴经济走廊“升级版"), half_quoted("以打造中巴经济走廊“升级版”为中心")
    (True, False)
    """
    if not wording:
        return False
    return any(wording.count(left) != wording.count(right) for left, right in ("“”", "《》"))


ENDS_ON_MODIFIER = ("的", "的同时", "以来", "国际")
"""A wording's end that modifies what the wording leaves out: the noun after 的 (互利合作的 of
"互利合作的…", 两国老一辈领导人缔造的 of "…缔造的铁杆友谊") or after 国际 (共同关心的国际 of
"…共同关心的国际和地区问题"), or the clause after a frame of time (在深化传统领域合作的同时,
感谢中方长期以来 of "感谢中方长期以来为…提供的宝贵支持")."""


CONCESSIONS = ("尽管", "虽然")
"""A concession that opens a wording: "although …" frames the line the sentence goes on to say
(尽管国际形势风云变幻, 尽管国际形势发生很大变化); the hand lists name the line, not the frame."""

ENDS_ON_ADVERB = re.compile(
    r"(?:(?<!源源)(?<!接连)不断|(?<!可)持续|进一步|更加|继续|始终|正在|一道|将)$"
)
"""A wording's end on an adverb or an auxiliary that goes before a verb: the wording stops before
its verb (推动双边关系不断 of "推动双边关系不断走深走实", 当前国际形势正在 of "…正在经历…", 中国将 of
"中国将…"). 源源不断 and 可持续 end their phrase."""


def without_cut_modifiers(formulas: Sequence[Formula]) -> tuple[Formula, ...]:
    """``formulas`` without the reports a wording of which opens on a cut modifier, ends on one
    (:data:`ENDS_ON_MODIFIER`) or stops inside a quotation (:func:`half_quoted`)."""
    return tuple(
        f
        for f in formulas
        if not any(
            w
            and (
                OPENS_ON_MODIFIER().match(w)
                or OPENS_INSIDE_PARTY.match(w)
                or w.endswith(ENDS_ON_MODIFIER)
                or w.startswith(CONCESSIONS)
                or ENDS_ON_ADVERB.search(w)
                or half_quoted(w)
            )
            for w in (f.a_text, f.b_text)
        )
    )


def without_names(formulas: Sequence[Formula], a_text: str, b_text: str) -> tuple[Formula, ...]:
    """``formulas`` without the reports a wording of which is only a name (see :func:`named`)."""
    return _without(formulas, a_text, b_text, named)


BARE_CORE = 7
"""The longest wording that can be a bare core (新时代, 命运共同体, 共同利益, 战略互信; branch zh21
raised it from 5: 基础设施建设 of "深化产能和基础设施建设合作", 各领域务实合作 of "推动各领域务实合作
取得更多丰硕成果", 全面战略伙伴 of "推动中南全面战略伙伴关系不断迈上新台阶")."""


def bare_core(spans: Sequence[Span], text: str, wording: str | None) -> bool:
    """Whether a short wording (:data:`BARE_CORE` characters at most) stands, at every place,
    between two characters of the same phrase: a noun cut from the clause that says what is done
    with it (新时代 of "携手推进新时代中塞命运共同体建设", 核心利益 of "照顾彼此核心利益关切").
    An analyst lists the clause; a short wording that ends its clause (高层交往 of
    "保持密切高层交往") is left alone.

    >>> text = "携手推进新时代中塞命运共同体建设。保持密切高层交往。"
    >>> core, end = Span(start=4, end=7, line=1), Span(start=21, end=25, line=1)
    >>> bare_core([core], text, "新时代"), bare_core([end], text, "高层交往")
    (True, False)
    """
    if not wording or len(wording) > BARE_CORE or not spans:
        return False
    han, end = HAN_CHAR(), len(text)
    return all(
        s.start > 0
        and s.end < end
        and (text[s.start - 1] == IN_LIST or han.match(text, s.start - 1))
        and (text[s.end] == IN_LIST or han.match(text, s.end))
        for s in spans
    )


IN_LIST = "、"
"""Next to a wording, the list mark between two modifiers of the same noun phrase goes on with
the phrase as a Han character does (branch zh21: 合作共赢 of "开放包容、合作共赢的金砖精神" is a cut
core, as 合作共赢 of "提出的合作共赢主张")."""


NAME_QUALIFIERS = ("新时代", "全天候")
"""The qualifiers a relationship's name carries before its core (新时代全天候全面战略伙伴关系,
新时代全天候中柬命运共同体). 永久 (永久全面战略伙伴关系) was measured too (branch zh21): it took out
a one-sided report the Chinese dev hand list counts right, and nothing on the batches."""


def after_qualifier(spans: Sequence[Span], text: str, wording: str | None) -> bool:
    """Whether a wording is only a qualifier of a relationship's name (:data:`NAME_QUALIFIERS`),
    or every place of it opens right after one, or a name's core (:data:`NAME_CORES`) opens right
    after one or after the two parties' short names (:func:`after_pair`): the wording is the name's
    core cut from it (全面战略伙伴关系 of "将中吉关系提升为新时代全面战略伙伴关系" and of "推动乌中全面
    战略伙伴关系迈上新的台阶"); an analyst lists the name, or the clause.

    >>> text = "提升为新时代全天候全面战略伙伴关系。保持全面战略伙伴关系高水平运行。"
    >>> core = Span(start=9, end=17, line=1)
    >>> kept = Span(start=20, end=28, line=1)
    >>> after_qualifier([core], text, "全面战略伙伴关系"), after_qualifier([core, kept], text, "")
    (True, False)
    >>> after_qualifier([Span(start=4, end=12, line=1)], "推动乌中全面战略伙伴关系迈上", "全面战略伙伴关系")
    True
    """
    if not wording:
        return False
    if wording in NAME_QUALIFIERS:
        return True
    core = wording.startswith(NAME_CORES)
    return bool(spans) and all(
        text.endswith(NAME_QUALIFIERS, 0, s.start) or (core and after_pair(text, s.start))
        for s in spans
    )


NAME_CORES = ("全面战略", "全方位战略", "战略伙伴", "战略合作伙伴", "命运共同体")
"""How the core of a relationship's name opens (全面战略伙伴关系, 全方位战略合作伙伴关系,
全面战略协作伙伴关系, 命运共同体)."""


def after_pair(text: str, start: int) -> bool:
    """Whether the two characters before ``start`` are the two parties' short names, 中 and
    another Han character (中吉, 乌中: 中吉命运共同体).

    >>> after_pair("推动乌中全面", 4), after_pair("推动中中全面", 4), after_pair("推动两国全面", 4)
    (True, False, False)
    """
    two = text[start - 2 : start] if start >= 2 else ""
    return two.count("中") == 1 and all(HAN_CHAR().match(c) for c in two)


def without_cut_names(formulas: Sequence[Formula], a_text: str, b_text: str) -> tuple[Formula, ...]:
    """``formulas`` without the one-sided reports a wording of which is a relationship name's
    core cut from its qualifier (:func:`after_qualifier`). Changed and persisted reports stay: a
    core kept on both sides still tells that the name is kept (更加紧密的中巴命运共同体 of
    "加快构建新时代更加紧密的中巴命运共同体" in two readouts)."""
    return tuple(
        f
        for f in formulas
        if f.status in _TWO_SIDED
        or not (
            after_qualifier(f.a_spans, a_text, f.a_text)
            or after_qualifier(f.b_spans, b_text, f.b_text)
        )
    )


_TWO_SIDED = (FormulaStatus.CHANGED, FormulaStatus.PERSISTED)


def without_bare_cores(
    formulas: Sequence[Formula], a_text: str, b_text: str
) -> tuple[Formula, ...]:
    """``formulas`` without the reports, other than changed ones, a wording of which is a bare
    core (:func:`bare_core`): a changed report may pair a core with the clause it was cut from
    (互利共赢的合作格局 → 互利合作 is listed)."""
    return _without(formulas, a_text, b_text, bare_core, keep_changed=True)


SideTest = Callable[[Sequence[Span], str, "str | None"], object]
"""A test of one side of a report: its places, that readout's text, its wording."""


def _without(
    formulas: Sequence[Formula],
    a_text: str,
    b_text: str,
    test: SideTest,
    *,
    keep_changed: bool = False,
) -> tuple[Formula, ...]:
    """``formulas`` without the reports either side of which passes ``test`` (changed reports
    kept when ``keep_changed``)."""
    return tuple(
        f
        for f in formulas
        if (keep_changed and f.status is FormulaStatus.CHANGED)
        or not (test(f.a_spans, a_text, f.a_text) or test(f.b_spans, b_text, f.b_text))
    )
