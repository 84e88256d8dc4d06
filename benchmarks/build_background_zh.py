"""Build ``src/readoutdiff/data/background_zh.tsv``: Chinese phrases recurring across readouts.

    python benchmarks/build_background_zh.py --lexicon-at 479a47dc           # the committed file
    python benchmarks/build_background_zh.py --lexicon-at 479a47dc --check   # is it still that?
    python benchmarks/build_background_zh.py [--repo DIR] [--counterparts 5] [--margin 1] [--keep FILE] [--shortest 6] [--out FILE] [--first-use] [--left-edge SHARE] [--lexicon-at REV]

Source: CCTV's evening news archive ``DuckBurnIncense/xin-wen-lian-bo`` (one Markdown file a day,
``news/<date>.md``, each item a ``### title`` and its ``<p>`` paragraphs) at commit ``ae8d591``,
read from its git mirror (``git archive``; no work tree needed). An item is a readout when its
title is a Chinese leader's call or meeting ("习近平同…通电话", "王毅会见…", "栗战书会见…"; not an
exchange of messages, a symposium, a banquet or a press meeting: :data:`NOT_READOUT`); items naming a
counterpart of the evaluation set's series, of the outside set's Chinese series or of a
reserved series (:data:`LEFT_OUT_NAMES`, the one list to extend) are left out, as are items
under 150 characters (abridged). A phrase is a run
of segmenter words of one readout's clause outside the built-in lexicon's formulas
(:func:`readoutdiff.formulas.mining.recurrence.phrases_of`, as ``build_background.py`` counts),
counted once per readout; it is kept when seen with ``--counterparts`` counterparts (the
headline's words after the leader; a counterpart met ten times is one voice), or, when the
``--keep`` file (by default the current ``--out`` file) already holds it, with ``--margin`` fewer
— so a phrase of the background is not lost when a few counterparts leave the reading (branch
zh25 measured it: :func:`turnover`), of ``--shortest`` characters or more
(three words, a Chinese character weighing half a word as in ``recurrence.from_history``: a
phrase of two words, 务实合作, is mostly the lexicon's core of a longer clause), maximal (no kept phrase holding it is seen
:data:`~readoutdiff.formulas.mining.recurrence.CUT_SHARE` as often), closed on the right over
every use of it (:func:`~readoutdiff.formulas.mining.recurrence.open_right`; ``--first-use``:
over each readout's first use, as before branch bg1), no noise
(:func:`~readoutdiff.formulas.mining.zh_phrases.standing_why`) and no body's name
(:func:`body_name`).

``--lexicon-at REV`` reads the built-in lexicon as the repository held it at a git revision:
the committed file is built with 479a47dc's, the lexicon it was first built with (bg1: today's
lexicon gives 一个中国政策 its Chinese wording, which takes four phrases holding it out of the
background and costs dev Chinese one changed event). The file's header names the revision.
``--check`` writes nothing and exits 1 unless the build is the ``--out`` file byte for byte.
Without git, the archive's mirror (``--repo``), the ``--lexicon-at`` revision or the ``--items``
file, the builder says which in one line and exits 2.
``--days 2022111`` reads only the archive's days so named; ``--write-items FILE`` writes the
readout items read, in the archive's format, and ``--items FILE`` reads them instead of the
archive (the suite's small fixed corpus, ``tests/background_zh``).

``--left-edge SHARE`` (branch bg2's probe, off by default) also keeps no phrase opening with a
noun or name that follows, in ``SHARE`` of its uses, a noun or name binding it (:func:`bound_left`:
"中欧 | 关系取得更大发展", "中巴 | 经济走廊建设"): with 0.7 or 0.9 it takes 30-55 such phrases out
and costs the outside set's Chinese tuning part two changed events (bg2 in benchmarks/README.md).

``--keep`` a file that does not exist builds from scratch. ``--turnover [K ...]`` writes nothing:
it prints the phrases a rebuild loses and gains, with and without the margin, when K (default 3,
10, 30) counterparts drawn with seeds 0-4 leave the reading.
"""

from __future__ import annotations

import argparse
import html
import io
import random
import re
import subprocess
import sys
import tarfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from readoutdiff.formulas.lexicon.lexicon import FormulaSource, Lexicon, builtin, parse
from readoutdiff.formulas.mining import recurrence, zh_phrases
from readoutdiff.ingest import from_text
from readoutdiff.languages import zh
from readoutdiff.model import Readout

ROOT = Path(__file__).resolve().parent.parent
REPO = Path("/work/.mirror/DuckBurnIncense+xin-wen-lian-bo/repo")
COMMIT = "ae8d591"
OUT = ROOT / "src" / "readoutdiff" / "data" / "background_zh.tsv"
LEADERS = "习近平|李强|王毅|赵乐际|王沪宁|韩正|丁薛祥|蔡奇|李克强|栗战书|汪洋|王岐山|李希"
TITLE = re.compile(
    rf"^({LEADERS})(同|会见|集体会见|分别会见)(?P<who>.+?)(举行)?(视频)?(通电话|会谈|会晤|会见|通话)?$"
)
LEFT_OUT_NAMES = (
    # counterparts of the evaluation set's series with a Chinese leader (eval/formulas)
    "卢拉 桑切斯 穆罕默德 萨勒曼 斯塔默 贝尔伯克 马克龙 卢卡申科 托卡耶夫 阿尔巴尼斯 朔尔茨"
    " 默茨 拉马福萨 洪玛奈 黄循财 莫迪 埃尔多安 菲佐 拉克森 卡尼 博里奇 鲁托 加兹瓦尼"
    " 萨苏 哈西娜 别尔德穆哈梅多夫 普拉博沃 李在明 维文"
    # the thirty-ninth fresh batch's series (branch e59)
    " 博鲁阿尔特 佩特罗 马杜罗 兰布卡 诺沃亚"
    # the forty-first fresh batch's series (branch e61)
    " 卡内尔 姆南加古瓦 穆伊兹 奥比昂 伊萨亚斯"
    # the forty-sixth fresh batch's series (branch e66)
    " 米舒斯京 佩通坦 米沙勒 莱希"
    # the fifty-second fresh batch's series (branch e72): Wang Yi with Saudi Foreign Minister Faisal
    " 费萨尔"
    # the fifty-fourth fresh batch's series (branch e74): Wang Yi with Pakistan's Foreign Minister
    # Qureshi
    " 库雷希"
    # the fifty-eighth fresh batch's series (branch e78): Wang Yi with Korea's Foreign Ministers
    # Chung Eui-yong and Park Jin
    " 郑义溶 朴振"
    # the sixty-first fresh batch's series (branch e81): Wang Yi with French President Macron's
    # diplomatic adviser Emmanuel Bonne
    " 博纳"
    # the sixty-fifth fresh batch's series (branch e85): Wang Yi with Brazilian President Lula's
    # chief special adviser Celso Amorim
    " 阿莫林"
    # the sixty-seventh fresh batch's series (branch e87): Wang Yi with Hungary's Foreign Minister
    # Szijjártó and with the Secretary of Russia's Security Council Shoigu
    " 西雅尔多 绍伊古"
    # the seventieth fresh batch's series (branch e90): Defence Minister Dong Jun with US Defense
    # Secretaries Austin and Hegseth (Li Qiang with Mishustin: 米舒斯京 is named above)
    " 奥斯汀 赫格塞思"
    # the seventy-third fresh batch's series (branch e94): Premier Li Qiang with the President of
    # the European Commission von der Leyen, Vice-President Han Zheng with Venezuela's
    # Vice-President Delcy Rodríguez (items naming another Rodríguez go with hers)
    " 冯德莱恩 罗德里格斯"
    # the seventy-sixth fresh batch's series (branch e99): Premier Li Qiang with Uzbekistan's Prime
    # Minister Aripov, Vice-President Han Zheng with South Africa's Deputy President Mashatile (Li
    # Qiang's and Zhao Leji's meetings with Ecuador's President Noboa: 诺沃亚 is named above)
    " 阿里波夫 马沙蒂莱"
    # the eightieth fresh batch's series (branch e104, left out by bg3): Premier Li Qiang with
    # Pakistan's President Zardari, Malaysia's King Sultan Ibrahim (items naming another Ibrahim go
    # with his), the DPRK's Premier Pak Thae Song and Zambia's President Hichilema, Vice-Premier
    # Ding Xuexiang with Norway's Foreign Minister Eide
    " 扎尔达里 易卜拉欣 朴泰成 希奇莱马 艾德"
    # the eighty-second fresh batch's series (branch e106): Cai Qi with the Vietnamese party's Tran
    # Cam Tu, Vice-President Han Zheng with HSBC's Mark Tucker and Philips' Roy Jakobs, Premier Li
    # Qiang with Kono Yohei's delegation (Eritrea's Isaias is named above, xi-isaias)
    " 陈锦绣 杜嘉祺 贾博瑞 河野洋平"
    # the eighty-fourth fresh batch's series (branch e108, left out by bg4): Premier Li Qiang with
    # the WEF's Klaus Schwab, the ADB's Asakawa Masatsugu, Kyrgyzstan's President Sadyr Japarov
    # (items naming Premier Akylbek Japarov go with his) and Uzbekistan's President Mirziyoyev
    " 施瓦布 浅川雅嗣 扎帕罗夫 米尔济约耶夫"
    # the eighty-sixth fresh batch's series (branch e110): Vice-President Han Zheng with Canada's
    # former Prime Minister Chrétien, CPPCC Chairman Wang Huning with Harvard's Graham Allison,
    # Vice-Premier Ding Xuexiang with Pakistan's Foreign Minister Ishaq Dar (外长达尔: the name's two
    # characters alone are also Gwadar's, 瓜达尔), NPC Chairman Zhao Leji with Vietnam's National
    # Assembly Chairman Vuong Dinh Hue and Premier Li Qiang with US Treasury Secretary Yellen
    " 克雷蒂安 艾利森 外长达尔 王庭惠 耶伦"
    # the eighty-eighth fresh batch's series (branch e112): Han Zheng with Singapore's Deputy
    # Prime Minister Heng Swee Keat, Premier Li Qiang with the European Council's President
    # Charles Michel and NPC Chairman Zhao Leji with Cambodia's National Assembly President Khuon
    # Sudary
    " 王瑞杰 米歇尔 昆索达莉"
    # counterparts of the outside set's Chinese series (eval/outside: e46, e47, e50)
    " 古特雷斯 阿利耶夫 呼日勒苏赫 佩泽希齐扬 欧尔班 塞西 通伦 拉赫蒙 哈桑纳尔"
    # reserved series (/work/shared/REAL-DATA.md), and Trump and Rubio left out with them
    " 普京 拜登 布林肯 沙利文 拉夫罗夫 特朗普 鲁比奥"
).split()
"""Every name whose readouts the background may not learn from, the one list to extend when a
series of the evaluation or outside set, or a reserved one, names a new counterpart: an item is
left out when its title or text names one (:data:`LEFT_OUT`)."""
LEFT_OUT = re.compile("|".join(LEFT_OUT_NAMES))
"""An item naming a counterpart of :data:`LEFT_OUT_NAMES`."""
BODIES = tuple(
    "组织 联盟 理事会 委员会 联合会 协会 基金会 银行 集团 议会 人大 政协 政治局 大学 公司".split()
)
"""Head nouns of a body's name: "上海合作组织", "各国议会联盟", "世界银行", "中央政治局" (a
meeting's or a forum's name is an occasion: :func:`~readoutdiff.formulas.mining.zh_phrases.why`)."""
_TAIL_TAGS = zh.NAME_TAGS | frozenset(("n",))
"""Tags of what may follow a body's name inside its own name: nouns (a title, 委员, 行长) and
names (a person's, 彭安杰)."""
NOT_READOUT = re.compile("贺电|贺信|贺卡|座谈|共商国是|宴会|记者")
"""Titles the leaders' pattern matches that are no readout of a call or meeting: messages
("互致贺电"), symposia ("同中外企业家代表座谈"), banquets, press meetings."""
_LEXICON = re.compile(r"^# Lexicon: .*\(--lexicon-at (\S+)\)\.$", re.M)
"""The header line of a file built with ``--lexicon-at``."""
Key = tuple[str, ...]
Gathered = list[tuple[str, dict[Key, tuple[tuple[str, ...], str, tuple[bool, ...]]]]]
"""Each readout's counterpart and phrases: the word after each use, the wording at the first,
and whether each use is cut from a word binding it on the left (:func:`bound_left`)."""
_HEAD_TAGS = zh.NAME_TAGS | frozenset(("n", "j"))
"""Tags of a noun or name opening a phrase: a head a word before it may modify (关系 in
"中德关系", 命运共同体 in "中塞命运共同体", 领导人 in "两国领导人")."""
_BINDING_TAGS = _HEAD_TAGS | frozenset(("f", "t", "s", "zg", "l", "b"))
"""Tags of the word before such a noun that makes one compound with it: nouns and names, and
the segmenter's tags of a party's short name (中欧 ns, 新中 f, 古中 t, 缅 zg), of 两国关系 (l)
and of attributes (新型 b)."""


def body_name(wording: str) -> bool:
    """The phrase ends in the name of a body: one of its segmenter words holds a body's head
    noun (:data:`BODIES`) and nothing but nouns and names follows it ("上海合作组织",
    "密切在各国议会联盟", "越共中央政治局委员", "世界银行行长彭安杰"). Names of people, places and
    offices are :func:`~readoutdiff.formulas.mining.zh_phrases.standing_why`'s "name" and
    "office"; a body's name read in ordinary words (上海 合作 组织) holds two content words, so
    that test keeps it. A clause going on after the name is kept ("中国全国人大的友好交往",
    "各国议会联盟等多边机制中")."""
    tokens = zh.tagged(wording)
    for at in range(len(tokens) - 1, -1, -1):
        if any(body in tokens[at][0] for body in BODIES):
            return True
        if tokens[at][1] not in _TAIL_TAGS:
            return False
    return False


def readouts(repo: Path, days: str = "") -> Iterator[tuple[str, str]]:
    """Yield (counterpart, text) of every readout item of the archive at ``COMMIT``, of the
    days whose file name starts with ``days`` ("2022111": 10-19 November 2022)."""
    archive = subprocess.run(
        ["git", "--git-dir", str(repo), "archive", COMMIT, "news"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            handle = tar.extractfile(member) if member.isfile() else None
            name = member.name
            if handle is not None and name.startswith(f"news/{days}") and name.endswith(".md"):
                yield from _items(handle.read().decode("utf-8"))


def as_day(items: list[tuple[str, str]]) -> str:
    """The readout items written back in the archive's format (``### title``, ``<p>`` lines),
    so that :func:`_items` reads them as they were: a small fixed corpus for a test."""
    out = []
    for _, text in items:
        title, _, body = text.partition("\n\n")
        out.append(f"### {title}\n")
        out += [f"<p>{html.escape(line, quote=False)}</p>\n" for line in body.splitlines()]
    return "".join(out)


def _items(day: str) -> Iterator[tuple[str, str]]:
    for item in re.split(r"^### ", day, flags=re.M)[1:]:
        title, _, body = item.partition("\n")
        title = title.strip()
        found = TITLE.match(title)
        if found is None or NOT_READOUT.search(title):
            continue
        paragraphs = [
            html.unescape(re.sub("<[^>]+>", "", p)).strip()
            for p in re.findall(r"<p>(.*?)</p>", body, flags=re.S)
        ]
        text = "\n".join(p for p in paragraphs if p)
        if len(text) >= 150 and not LEFT_OUT.search(title + text):
            yield found.group("who"), f"{title}\n\n{text}\n"


def lexicon_at(revision: str) -> Lexicon:
    """The built-in lexicon as this repository held it at ``revision`` (``git show``)."""
    path = "src/readoutdiff/data/formulas.toml"
    text = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{revision}:{path}"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return parse(text, path=f"{revision}:{path}", source=FormulaSource.BUILTIN)


def bound_left(readout: Readout, place: recurrence.Place) -> bool:
    """The phrase at ``place`` opens with a noun or name that the segmenter word right before
    it, in the same clause, modifies: a noun or a name, no function word ("中欧 | 关系取得更大
    发展", "两国 | 领导人重要共识", "新时代 | 中塞命运共同体"). A verb before it ("推动 | 两国关系")
    or a noun before a predicate ("关系 | 取得更大发展") binds nothing: the phrase starts where
    a clause's parts start."""
    words, first, _ = place
    if first == 0 or words.breaks[first]:
        return False
    tokens = zh_phrases._tokens(readout, words)
    before = next((t for t in tokens if t[1] == first), None)
    head = next((t for t in tokens if t[0] == first), None)
    return (
        before is not None
        and head is not None
        and head[3] in _HEAD_TAGS
        and before[3] in _BINDING_TAGS
        and before[2] not in zh_phrases._EDGE
    )


def open_left(bound: list[bool], share: float) -> bool:
    """At least ``share`` of the phrase's uses are cut from a word binding them on the left
    (:func:`bound_left`): the phrase is the tail of a compound whose first word varies
    (中X关系…), as :func:`recurrence.open_right` reads the right edge. Measured by branch bg2
    and not used by default (``--left-edge SHARE``): it costs the outside set's Chinese tuning
    part changed events."""
    return sum(bound) >= share * len(bound)


def gather(items: list[tuple[str, str]], lexicon: Lexicon | None = None) -> Gathered:
    """Each Chinese readout's counterpart and phrases, with the word after each use of a phrase
    (in the readout's order), its wording at the first and whether each use is bound on the
    left (:func:`bound_left`); no phrase holds a word of a formula of ``lexicon`` (by default
    the built-in one)."""
    search = recurrence.matcher_for(lexicon or builtin())
    found = []
    for counterpart, text in items:
        readout = from_text(text)
        if readout.language != "zh":
            continue
        grams: dict[Key, tuple[tuple[str, ...], str, tuple[bool, ...]]] = {}
        for gram, place, passage in recurrence.phrases_of(readout, search):
            if passage:
                continue
            following = recurrence.next_word(place, "zh")
            bound = bound_left(readout, place)
            if gram in grams:
                after, wording, left = grams[gram]
                grams[gram] = (after + (following,), wording, left + (bound,))
            else:
                words, first, end = place
                wording = readout.text[words.start(first) : words.end(end - 1)]
                grams[gram] = ((following,), wording, (bound,))
        found.append((counterpart, grams))
    return found


def count(
    gathered: Gathered,
    counterparts: int,
    shortest: int = 6,
    keep: frozenset[Key] = frozenset(),
    margin: int = 0,
    leave: frozenset[str] = frozenset(),
    first_use: bool = False,
    left_edge: float | None = None,
) -> list[tuple[int, int, Key, str]]:
    """The kept phrases as (readouts, counterparts, stems, wording), most readouts first; a
    phrase of ``keep`` needs ``margin`` counterparts fewer; readouts of ``leave`` are not read.
    Closed on the right is read over every use of a phrase (``first_use``: over each readout's
    first use only, the builder before branch bg1). With ``left_edge``, closed on the left too
    (:func:`open_left` with that share, over every use; bg2's probe)."""
    seen: dict[Key, list[int]] = defaultdict(list)
    for number, (counterpart, grams) in enumerate(gathered):
        if counterpart not in leave:
            for gram in grams:
                seen[gram].append(number)
    kept: dict[Key, int] = {}
    for gram, numbers in seen.items():
        if len(numbers) >= counterparts - (margin if gram in keep else 0):
            who = len({gathered[n][0] for n in numbers})
            if who >= counterparts - (margin if gram in keep else 0):
                kept[gram] = who
    rows = []
    for gram in recurrence.maximal(kept, {}, recurrence.CUT_SHARE):
        numbers = seen[gram]
        wording = gathered[numbers[0]][1][gram][1]
        after: Counter[str] = Counter()
        bound: list[bool] = []
        for n in numbers:
            uses, _, left = gathered[n][1][gram]
            after.update(uses[:1] if first_use else uses)
            bound += left
        if (
            len(wording) >= shortest
            and zh_phrases.standing_why(wording) is None
            and not body_name(wording)
            and not recurrence.open_right(after)
            and not (left_edge is not None and open_left(bound, left_edge))
        ):
            rows.append((len(numbers), kept[gram], gram, wording))
    return sorted(rows, key=lambda row: (-row[0], -row[1], row[2]))


def kept_stems(path: Path) -> frozenset[Key]:
    """The phrases (stems) of a background file; none when there is no file."""
    if not path.is_file():
        return frozenset()
    lines = path.read_text("utf-8").splitlines()
    return frozenset(
        tuple(line.split("\t")[2].split()) for line in lines if line and not line.startswith("#")
    )


def turnover(
    gathered: Gathered,
    counterparts: int,
    margin: int,
    leaving: int,
    seeds: int = 5,
    shortest: int = 6,
    first_use: bool = False,
    left_edge: float | None = None,
) -> tuple[float, float, int]:
    """How many phrases a rebuild loses and gains on average when ``leaving`` counterparts
    (seeded draws) leave the reading, the background before them kept with ``margin``; and its
    size (the edges read as :func:`count` reads them with ``first_use`` and ``left_edge``)."""
    before = count(gathered, counterparts, shortest, first_use=first_use, left_edge=left_edge)
    stems = frozenset(row[2] for row in before)
    people = sorted({who for who, _ in gathered})
    lost = gained = 0
    for seed in range(seeds):
        leave = frozenset(random.Random(seed).sample(people, leaving))
        rows = count(gathered, counterparts, shortest, stems, margin, leave, first_use, left_edge)
        after = {row[2] for row in rows}
        lost += len(stems - after)
        gained += len(after - stems)
    return lost / seeds, gained / seeds, len(stems)


def text_of(
    gathered: Gathered,
    counterparts: int = 5,
    shortest: int = 6,
    keep: frozenset[Key] = frozenset(),
    margin: int = 1,
    first_use: bool = False,
    source: str = "news/*.md",
    lexicon: str = "",
    left_edge: float | None = None,
) -> str:
    """The background file's text: its header and the kept phrases (:func:`count`); ``source``
    names what of the archive was read, ``lexicon`` the revision of the lexicon whose formulas'
    words are in no phrase (none: the built-in one)."""
    rows = count(
        gathered, counterparts, shortest, keep, margin, first_use=first_use, left_edge=left_edge
    )
    people = len({who for who, _ in gathered})
    right = "closed on the right" if first_use else "closed on the right over every use"
    if left_edge is not None:
        right += f", closed on the left ({left_edge:g} of uses)"
    header = [
        "# Chinese background of recurring phrases: built by benchmarks/build_background_zh.py.",
        f"# Source: github.com/DuckBurnIncense/xin-wen-lian-bo at commit {COMMIT}, {source} (CCTV 新闻联播 items).",
        f"# {len(gathered)} readouts of {people} counterparts (Chinese leaders' calls and meetings), evaluation and reserved series left out.",
        f"# Kept: seen with >= {counterparts} counterparts (a phrase of the file before: >= {counterparts - margin}), >= {shortest} characters, maximal, {right}, no Chinese noise, no body's name.",
        *([f"# Lexicon: the built-in formulas.toml of {lexicon} (--lexicon-at {lexicon})."] if lexicon else []),
        "# readouts\tcounterparts\tstems\twording",
    ]  # fmt: skip
    lines = [f"{n}\t{c}\t{' '.join(g)}\t{w}" for n, c, g, w in rows]
    return "\n".join(header + lines) + "\n"


def _why(error: OSError | subprocess.CalledProcessError, args: argparse.Namespace) -> str:
    """One line saying why the builder could not read its input: no git, no archive mirror
    (``--repo``), no ``--lexicon-at`` revision, no ``--items`` file."""
    if isinstance(error, subprocess.CalledProcessError):
        said = error.stderr.decode() if isinstance(error.stderr, bytes) else error.stderr or ""
        what = said.strip().splitlines()[-1] if said.strip() else f"exit status {error.returncode}"
        if error.cmd[:2] == ["git", "--git-dir"]:
            return f"cannot read the archive's mirror {args.repo} at {COMMIT} ({what})"
        return f"cannot read the lexicon at {args.lexicon_at} ({what})"
    if error.filename == "git":
        return "git is not on PATH (the archive's mirror and --lexicon-at are read with git)"
    return f"{error.filename}: {error.strerror}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repo", type=Path, default=REPO)
    parser.add_argument("--counterparts", type=int, default=5)
    parser.add_argument("--margin", type=int, default=1)
    parser.add_argument("--keep", type=Path, default=None, help="default: the --out file")
    parser.add_argument("--shortest", type=int, default=6)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--first-use", action="store_true",
        help="read closed on the right over each readout's first use of a phrase (before bg1)",
    )  # fmt: skip
    parser.add_argument(
        "--left-edge", type=float, default=None, metavar="SHARE",
        help="keep no phrase whose head noun follows a binding word in SHARE of its uses (bg2)",
    )  # fmt: skip
    parser.add_argument(
        "--check", action="store_true",
        help="write nothing: exit 1 unless the build is the --out file byte for byte",
    )  # fmt: skip
    parser.add_argument(
        "--lexicon-at", default="", metavar="REV",
        help="no phrase holds a formula of the built-in lexicon of this git revision (default: today's)",
    )  # fmt: skip
    parser.add_argument("--days", default="", help="read only the archive's days starting so")
    parser.add_argument(
        "--items",
        type=Path,
        help="read the readout items of this file (--write-items), not the archive",
    )
    parser.add_argument(
        "--write-items", type=Path, help="write the readout items read to this file, nothing else"
    )
    parser.add_argument(
        "--turnover", type=int, nargs="*", metavar="K",
        help="print the phrases lost and gained when K counterparts leave (5 seeds), write nothing",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.check and args.write_items is not None:
        parser.error("--check writes nothing: not with --write-items")
    try:
        if args.items is not None:
            items = list(_items(args.items.read_text("utf-8")))
        else:
            items = list(readouts(args.repo, args.days))
        lexicon = lexicon_at(args.lexicon_at) if args.lexicon_at else None
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"build_background_zh: error: {_why(error, args)}", file=sys.stderr)
        return 2
    if args.write_items is not None:
        args.write_items.write_text(as_day(items), "utf-8")
        return 0
    gathered = gather(items, lexicon)
    if args.turnover is not None:
        for leaving in args.turnover or [3, 10, 30]:
            for margin in sorted({0, args.margin}):
                lost, gained, size = turnover(
                    gathered, args.counterparts, margin, leaving, shortest=args.shortest,
                    first_use=args.first_use, left_edge=args.left_edge,
                )  # fmt: skip
                print(f"{leaving} counterparts leave, margin {margin}: {lost:.1f} lost, "
                      f"{gained:.1f} gained of {size}")  # fmt: skip
        return 0
    keep = kept_stems(args.out if args.keep is None else args.keep)
    source = f"news/{args.days}*.md" if args.items is None else f"the items of {args.items.name}"
    built = text_of(
        gathered, args.counterparts, args.shortest, keep, args.margin, args.first_use, source,
        args.lexicon_at, args.left_edge,
    )  # fmt: skip
    pinned = _LEXICON.search(args.out.read_text("utf-8")) if args.out.is_file() else None
    if pinned and pinned.group(1) != args.lexicon_at:
        print(f"note: {args.out} was built with --lexicon-at {pinned.group(1)}", file=sys.stderr)
    phrases = sum(1 for line in built.splitlines() if not line.startswith("#"))
    people = len({who for who, _ in gathered})
    print(f"{len(gathered)} readouts, {people} counterparts, {phrases} phrases", file=sys.stderr)
    if args.check:
        before = args.out.read_text("utf-8") if args.out.is_file() else ""
        if built == before:
            return 0
        old, new = set(before.splitlines()), set(built.splitlines())
        print(f"{args.out}: {len(old - new)} lines not built, {len(new - old)} built lines not in it",
              file=sys.stderr)  # fmt: skip
        return 1
    args.out.write_text(built, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
