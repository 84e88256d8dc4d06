"""Recognise site furniture in a page pasted as text: banners, menus, widgets, bylines, blocks.

Every rule names the kind of junk it finds; that name is the reason the line is listed as
ignored. Rules look at one line at a time, and only at short lines, so a sentence of the readout
(which is long, and says something) is never taken for junk. A "related news" or comments
heading starts a block: that line and every line after it belong to other articles.

>>> [reason(line) for line in ("Home > News", "责任编辑：张三", "Читайте также", "15:16", "###")]
['navigation', 'editor or source line', 'related news', 'time stamp or counter', 'end mark']
>>> reason("Xi Jinping held talks with President Macron in Paris.") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from readoutdiff.ingest.dates import iso_date

SHORT = 120
"""Longest line (in characters, stripped) a line rule looks at."""


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I | re.X)


_BLOCKS = (
    ("related news", _rule(
        r"""^[\W_]*(?:related\s+(?:news|articles?|links|stories|content|posts)|more\s+(?:news|stories)
        |read\s+(?:more|also)|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?|most\s+(?:read|viewed|popular)
        |相关(?:新闻|阅读|链接|报道|推荐|文章|稿件)|相關(?:新聞|閱讀|鏈接|報道|推薦)|推荐阅读|延伸阅读
        |热(?:门|点)(?:新闻|推荐|文章)|更\s*多(?:新闻|精彩内容|报道)?|精彩推荐|猜你喜欢|latest\s+news(?:\s+from)?
        |читайте\s+также|смотрите\s+также|(?:новости\s+)?по\s+теме|другие\s+новости|ещё\s+по\s+теме
        |еще\s+по\s+теме|картина\s+дня|популярное|самое\s+читаемое|лента\s+новостей
        |вам\s+может\s+быть\s+интересно|материалы\s+по\s+теме)
        [\s:：.»>]*(?:更多)?[\s>»]*$"""
    )),
    ("comments", _rule(
        r"""^[\W_]*(?:\d+\s+)?(?:comments?|no\s+comments|leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|join\s+the\s+discussion
        |网友评论|评论|发表评论|我要评论|全部评论|評論|комментари[иейя]\w*|добавить\s+комментарий
        |обсуждение|что\s+думаешь\??)\s*[:：(（]?\s*\d*\s*[)）]?\s*$"""
    )),
)  # fmt: skip
_LINES = (
    ("site banner", _rule(
        r"""^(?:an\s+official\s+website\s+of\s+the\s+united\s+states\s+government|here['’]s\s+how\s+you\s+know
        |official\s+websites\s+use\s+\.gov|a\s+\.gov\s+website\s+belongs|secure\s+\.gov\s+websites
        |a\s+lock\s+\(|share\s+sensitive\s+information\s+only|skip\s+to\s+(?:main\s+)?content
        |версия\s+для\s+слабовидящих|на\s+сайте\s+используются\s+cookies|this\s+(?:web)?site\s+uses\s+cookies
        |we\s+use\s+cookies|this\s+was\s+published\s+under\s+the\s+\d{4}\s+to\s+\d{4}\s[^.!?]{0,80}government$)
        |^(?:press\s+release|updates\s+to\s+this\s+page|show\s+all\s+updates|office\s+of\s+the\s+press\s+secretary
        |for\s+immediate\s+release|(?:prime\s+minister['’]s\s+office,?\s+)?10\s+downing\s+street
        |настройки(?:\s+отображения)?|размер\s+шрифта|цвета\s+сайта|изображения
        |президент\s+россии\s*[—–-]\s*официальный\s+сайт
        |(?:(?:contact\s+us|links|sitemap|site\s+map|about\s+us)\s*[|·]?\s*){2,5}(?:中文|english|русский)?)\s*[:：]?$
        |^(?:the\s+white\s+house|u\.?s\.?\s+department\s+of\s+state|ministry\s+of\s+foreign\s+affairs
        (?:\s+of\s+the\s+people['’]s\s+republic\s+of\s+china)?|президент\s+россии|мид\s+россии
        |中华人民共和国外交部|新华网|人民网)$"""
    )),
    ("navigation", _rule(
        r"""^(?:(?:上一篇|下一篇|previous|next|предыдущая|следующая)\s*[:：]|(?:home|首页|首頁|主页|главная)\s*(?:-*>|›|»|/|\||>|→)|^документ\s*/\s*$|(?:当前位置|您现在的位置|你的位置|您的位置|位置)\s*[:：]
        |[^.。!?！？>›]{1,30}(?:\s*(?:>|›)\s*[^.。!?！？>›]{1,30}){2,}$
        |(?:menu|main\s+menu|search|briefing\s+room|statements\s+and\s+releases|press\s+releases|news|home
        |главная|новости|новости\s+дня|меню|поиск|события|политика|темы|теги|tags|首页|新闻|要闻|正文|即时新闻|时讯|politics|world)$)"""
    )),
    ("language switcher", _rule(
        r"""^(?:(?:english|español|français|deutsch|русский|中文|简体|繁体|繁體|简|繁|日本語|العربية|português
        |en|ru|zh|fr|es|ar|de|eng|rus|рус|англ|english\s+version)(?:\s*[|/·,]?\s*|$)){1,12}$"""
    )),
    ("share or print widget", _rule(
        r"""^(?:[\[【(（<＜]?\s*(?:print(?:able\s+version)?|e-?mail|share|tweet|close|bookmark|subscribe|download|suggest\s+to\s+a\s+friend
        |font\s*size|打印(?:本页)?|关闭(?:窗口)?|分享到?|收藏|字号|字號|[大中小]|扫一扫|微信|微博|поделиться
        |версия\s+для\s+печати|распечатать|печать|подписаться|отправить|в\s+избранное|telegram|вконтакте
        |одноклассники|facebook|twitter|x|linkedin|whatsapp)(?:\s+(?:this|the)?\s*(?:page|article|story|window))?
        \s*[\]】)）>＞]?\s*[:：|/]?\s*)+$|^подпишитесь\s+на\b|^APP\s*内打开|^打开\S{0,8}参与讨论|^扫一扫
        |^[\[【〖(（]?\s*(?:字体|字号|font)\s*[:：]?\s*[\[【〖(（]?\s*(?:大\s*中\s*小|小\s*中\s*大)"""
    )),
    ("time stamp or counter", _rule(
        r"""^(?=.*\d)(?:(?:release\s+time|published|updated|posted|опубликовано|обновлено|发布时间|發佈時間|發布時間
        |时间|時間|日期)\s*[:：]?\s*)?[\d\s:.,/\-|年月日号時时分秒″'′]*(?:\s*(?:am|pm|a\.m\.|p\.m\.|edt|est|мск))?
        \s*[|]?\s*$|^\d[\d\s]*\s*(?:views?|просмотр\w*|阅读|浏览|次|комментари\w*)?$
        |^(?:views?|просмотр\w*|阅读|浏览|点击)\s*[:：]?\s*\d+$|^(?:\d+\s+){2,}\d+$
        |^(?=.*\d)(?-i:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s(?:Published|Updated|Posted))\s*[:：]?\s
        (?=[\w\s:.,/|\-]{0,30}?(?:\d:\d\d|\d[./\-]\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))
        [\w\s:.,/|\-]{0,30}(?:\d{4}|\d:\d\d)[\w\s:.,/|\-]{0,20}$"""
    )),
    ("exchange rate or weather", _rule(
        r"""^(?:(?:usd|eur|cny|rub|gbp|jpy|\$|€|¥|₽)\s*[\d.,]+[\s▲▼↑↓+\-\d.,%]*){1,6}$
        |^[^.!?。\d]{0,30}[+\-−]?\d+\s*°\s*[CСF]?\b|^[^.!?。]{0,30}(?:погода|天气|weather)[^.!?。]{0,30}[+\-−]?\d+\s*°
        |^(?:курсы?\s+(?:валют|цб)|汇率|exchange\s+rates?)[^.!?。]{0,30}$"""
    )),
    ("document number", _rule(r"^(?:no\.|№|doc\.|文号|文件编号|документ\s*№)\s*[\w/\-.]+$")),
    ("editor or source line", _rule(
        r"""^[\[【(（]?[\d\s:.,/\-|年月日]*(?:责任编辑|責任編輯|编辑|編輯|来源|來源|作者|记者|記者|审核|校对|稿源|出处|原标题|editor
        |source|author|автор|источник|редактор|текст)\s*[:：]|^[(（]?web\s+editor\s*[:：]|^редакция\s+сайта
        |^[\w\s]{1,30}:\s*https?://\S+$
        |(?:来源|來源|责任编辑|責任編輯|时间|時間)\s*[:：]|^by\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,3}$
        |^[\w\s]{0,20}(?:网|網|新闻|日报)(?:\w{0,6})?综合$|撰稿人$|^(?-i:[\u4e00-\u9fff]){2,4}$|released\s+the\s+following\s+statement:?$"""
    )),
    ("photo caption or search widget", _rule(
        r"""^(?:фото|photo|видео|video|фотогалерея|все\s+фото|поиск\s+по\s+сайту|найти|搜索|高级搜索|图集|图片)\s*(?:[:：/]|$)
        |\((?:xinhua|photo|фото|图|圖)[^)]{0,60}\)\s*$|（(?:图|圖)[^）]{0,30}）\s*$
        |^[^.。!?]{0,60}/(?:pool|риа\s+новости|тасс|reuters|ap|afp|xinhua|sputnik|istock)\b|[摄攝]$|截[图圖]$
        |[(（]\s*(?:reuters|afp|getty\s+images|路透社?|法新社|美联社|美聯社)\s*[)）]\s*$
        |^[▲△]|taken\s+by\s+xinhua|^\d{1,2}″$|^视频\s*[|｜]"""
    )),
    ("copyright", _rule(
        r"""©|^copyright\b|copyright\s*(?:\(c\)|\d{4})|all\s+rights\s+reserved|版权所有|版權所有|все\s+права\s+защищены|ICP备|^dmca$
        |^при\s+(?:полном\s+или\s+частичном\s+)?(?:использовании|цитировании)|^[声聲]明\s*[:：]|^/public\s+release
        |рекламно-информационного|^18\+$|转载请"""
    )),
    ("back to top", _rule(r"^(?:back\s+to\s+top|返回顶部|回到顶部|наверх|top|↑)\s*$")),
    # A press release's end: the White House's "###" ("\###" where Markdown escaped it, "# # #")
    ("end mark", _rule(r"^(?:(?:\\?\#\s*){3}|[(（]\s*完\s*[)）])$")),  # Chinese agencies' "(完)"
    # A character the copy could not show ("?" for a no-break space a site put on a line alone)
    ("stray mark", _rule(r"^[?？�]+$")),
    ("reader comment", _rule(r"^(?:reply|report|ответить|пожаловаться|举报|回复|点赞|нравится|阅读全文|暂无列表)$")),
)  # fmt: skip


_LONG = (  # marks plain enough to trust on a line of any length
    ("photo caption or search widget", _rule(r"\((?:xinhua|photo|фото|新华社)\s*/[^)]{0,60}\)\s*$")),
    ("copyright", _rule(r"^(?:/public\s+release\b|[声聲]明\s*[:：]|©|copyright\b|при\s+использовании\s+материалов)")),
)  # fmt: skip


ASCII_NEEDS = {
    "navigation": (
        ":",
        ">",
        "home",
        "menu",
        "search",
        "briefing",
        "releases",
        "news",
        "tags",
        "politics",
        "world",
    ),
    "time stamp or counter": tuple("0123456789"),
    "exchange rate or weather": ("usd", "eur", "cny", "rub", "gbp", "jpy", "$", "exchange"),
    "editor or source line": (":", "by", "statement"),
    "photo caption or search widget": ("photo", "video", "(", "/", "xinhua"),
    "copyright": ("copyright", "rights", "dmca", "/public", "18+"),
    "end mark": ("#",),
}
"""What an ASCII line holds (lower-cased) wherever the short-line rule of that name matches
it: one of these. Each rule's other branches need a character that is not ASCII (Chinese,
Cyrillic, ©, °, ″ ...), which no ASCII character matches, even ignoring case. These rules have
branches that are not anchored: ``re`` tries each branch at every position of the line (with
IGNORECASE it cannot skip ahead to a first letter). A readout of short lines (the benchmark's
500 KB files, one sentence a line) spent 49 M instructions of 654 M reading both files on
them. The navigation rule is anchored, but its trail of ``>`` ("Home > News > China") tries
every length of each step before it fails, and every branch of the time stamp rule needs a
digit: the two cost 12 M instructions on the 297 distinct short lines of such a file (branch
sp73), the hints ~2 M. tests/test_junk_needs.py checks the hints on real and drawn lines."""

TYPOGRAPHIC = frozenset("‘’“”–—…")
"""Curly quotes, dashes and the ellipsis: no branch of a rule with :data:`ASCII_NEEDS` is
held up by one of them alone (each branch needs a hint or a letter or sign of its own), and
none has a case, so a line whose only characters beyond ASCII are these needs a hint as an
ASCII line does. The apostrophe of "President Xi’s" alone kept a third of the benchmark's short
lines (97 of 297 distinct ones in a 500 KB file) from the hints and on the costliest searches."""
_ASCII_CHARACTERS = frozenset(map(chr, range(128)))

_SHORT_RULES = tuple(
    (name, pattern, ASCII_NEEDS.get(name, ())) for name, pattern in _BLOCKS + _LINES
)
_JOINED = frozenset({
    "related news", "comments", "site banner", "language switcher", "share or print widget",
    "document number", "back to top", "end mark", "stray mark", "reader comment",
})  # fmt: skip
"""Short-line rules each branch of which starts with ``^`` and fails at once on a sentence of
the readout (``re`` reads a few characters): asked together in ``_ANCHORED``. The navigation
and time stamp rules also start with ``^`` but try a trail of steps or a look-ahead over the
line (costly; their hints skip them), and three rules may match past a line's start."""
_ANCHORED = re.compile(
    "|".join(
        f"(?:{pattern.pattern}\n)"  # the line end closes a comment (re.X) inside the rule
        for name, pattern in _BLOCKS + _LINES
        if name in _JOINED
    ),
    re.I | re.X,
)
"""The rules of ``_JOINED`` as one pattern, which ``match`` tries at the line's start: a line
it does not match (nearly every line) meets only the other rules. Each of the nine took a call
of its own on each short line (branch sp73)."""
_OTHER_RULES = tuple(rule for rule in _SHORT_RULES if rule[0] not in _JOINED)


def reason(line: str) -> str | None:
    """Why ``line`` is site furniture, or ``None`` when it may be part of the readout."""
    stripped = line.strip()
    for name, pattern in _LONG:
        if pattern.search(stripped):
            return name
    if not stripped or len(stripped) > SHORT:
        return None
    lowered = stripped.lower() if _hinted(stripped) else None
    rules = _SHORT_RULES if _ANCHORED.match(stripped) else _OTHER_RULES
    for name, pattern, needs in rules:
        if needs and lowered is not None and not any(map(lowered.__contains__, needs)):
            continue  # an ASCII line without any of them: the rule cannot match
        if pattern.search(stripped):
            return name
    if _DIGIT.search(stripped) and (_only_a_date(stripped) or _only_a_stamp(stripped)):
        return "time stamp or counter"
    return None


_DIGIT = re.compile(r"\d")
"""A decimal digit: every date :func:`_only_a_date` reads has one (its day, in each of
``dates``' patterns) and :func:`_only_a_stamp` asks for one, so a short line without any is
neither, told by one search in C. Most short lines of a readout are sentences with no figure
(the benchmark's 500 KB pair: 276 of 308 distinct short lines), on which the two read the
line through ``iso_date``'s seven patterns and a search or two (branch cli11: ``reason`` on
the pair's distinct lines 48.0 -> 44.7 M instructions; tests/test_junk_digits.py)."""


def _hinted(line: str) -> bool:
    """Whether the rules' hints hold for ``line``: ASCII, or beyond it only :data:`TYPOGRAPHIC`."""
    return line.isascii() or TYPOGRAPHIC.issuperset(set(line).difference(_ASCII_CHARACTERS))


def starts_block(line: str) -> bool:
    """Whether ``line`` heads a block (related news, comments) that runs to the end of the page."""
    stripped = line.strip()
    return len(stripped) <= SHORT and any(pattern.search(stripped) for _, pattern in _BLOCKS)


_DATE_WORDS = re.compile(
    r"[\d\s:.,/|\-–—]+|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
    r"[a-z]*\.?|[а-яё]+(?:ря|ля|та|ая|ня)\b|\b(?:года?|г\.|a\.?m\.?|p\.?m\.?|edt|est|utc|gmt|мск"
    r"|release\s+time|published|updated|posted|date|time|опубликовано|обновлено"
    r"|for\s+immediate\s+release|\(?(?:xinhua|reuters|afp)\))",
    re.I,
)


def _only_a_date(line: str) -> bool:
    """A line that is a date and a time, perhaps with a weekday: a page's time stamp."""
    if len(" ".join(line.split())) > 48 or not iso_date(line):  # a press office's wide gap
        return False
    rest = _DATE_WORDS.sub("", line)
    return not rest.strip("年月日号()（）")


_STAMP = re.compile(
    r"(?:(?:first|last|page\s+last)\s+)?(?:(?:published|updated|posted|modified|revised"
    r"|опубликовано|обновлено|изменено)\b|发布于|更新于)\s*[:：]?",
    re.I,
)
_STAMP_WORDS = re.compile(
    r"\b(?:at|on|in|ago|just|now|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?"
    r"|years?|read|bst|cest?|[ecmp][sd]t|gmt|utc|et|pt|ct|msk|jst|hkt|ist|в|году)\b|[·•]",
    re.I,
)


def _only_a_stamp(line: str) -> bool:
    """A line that says when the page was published or updated and nothing else, a byline's
    stamp: "Published in 2024", "Last updated 12 March 2024", "Updated: May 3, 2024 at 5:01
    p.m. ET", "Posted 3 hours ago", "Обновлено 3 мая 2024", "发布于2024年3月3日" (branch u71:
    a stamp of a year or a date in words, or with "on", "at", "ago", was kept as the
    readout's first or last sentence). Only the stamp's words may follow the verb: "Published
    in 2024 by the Office of the Spokesperson" is no stamp alone, and a title that holds the
    verb ("The Joint Statement Published in 2024") does not start with it.

    >>> [_only_a_stamp(line) for line in ("Published in 2024", "Posted 3 hours ago")]
    [True, True]
    >>> _only_a_stamp("Published in 2024 by the Office of the Spokesperson")
    False
    """
    found = _STAMP.match(line)
    if found is None or not any(map(str.isdigit, line)):
        return False
    rest = _DATE_WORDS.sub(" ", _STAMP_WORDS.sub(" ", line[found.end() :]))
    return not rest.strip(" 年月日号()（）")


def junk(lines: Sequence[str]) -> list[str | None]:
    """The reason each of ``lines`` is junk (``None`` for a line of the readout).

    >>> junk(["Title of the talks", "Leaders met.", "Related News", "Another story"])
    [None, None, 'related news', 'related news']
    """
    reasons: list[str | None] = []
    block: str | None = None
    # A recurring line (boilerplate, a paragraph) is read once, and so is a line the readout
    # read before this one held (the earlier readout of a pair): the reason is the line's own.
    known = _KNOWN.for_lines(lines)
    for line in lines:
        found = known[line] if line in known else known.setdefault(line, reason(line))
        if block is None and found and starts_block(line):
            block = found
        reasons.append(block or found)
    return reasons


class _Known:
    """The reason of each distinct line judged, kept from one call to the next, emptied before
    it holds more than ``budget`` characters of lines (memory stays bounded over a series)."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.held = 0
        self.reasons: dict[str, str | None] = {}

    def for_lines(self, lines: Sequence[str]) -> dict[str, str | None]:
        """The memo for judging ``lines``: this call's own when they are too many to keep."""
        size = sum(map(len, lines))
        if size > self.budget:
            return {}
        if self.held + size > self.budget:
            self.held, self.reasons = 0, {}
        self.held += size
        return self.reasons


_KNOWN = _Known(budget=2_000_000)
