"""A Chinese clause that tells one event (a meeting's outcome, documents signed or published,
the dateline) is no formula (``formulas.entries.one_event_zh``), on the readouts of
``eval/noise`` (branch zh10's and zh14's tuning pairs; their aside pairs are no test input)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutdiff import compare
from readoutdiff.formulas.entries.one_event_zh import (
    ENDS_ON_ADVERB,
    OPENS_INSIDE_PARTY,
    named,
    one_event,
)
from readoutdiff.formulas.unpaired.documents_zh import ID as DOCUMENTS_ID
from readoutdiff.formulas.unpaired.talks_zh import ID as TALKS_ID
from readoutdiff.formulas.unpaired.talks_zh import TALKS
from readoutdiff.ingest import load
from readoutdiff.model import Span

_NOISE = Path(__file__).resolve().parent.parent / "eval" / "noise"
_FORMULAS = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _reports(a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    result = compare(load(_NOISE / a), load(_NOISE / b))
    return [(str(f.status), f.a_text, f.b_text) for f in result.formulas]


def _but_documents(folder: Path, a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    """The reports of the pair but the documents lines, which
    :mod:`readoutdiff.formulas.unpaired.documents_zh` tells as their own line (branch chg1):
    each of them is a documents clause on every side it has."""
    result = compare(load(folder / a), load(folder / b))
    lines = [f for f in result.formulas if f.id.startswith(DOCUMENTS_ID)]
    assert all(
        any(word in w for word in ("签署", "交换", "发表《", "发布《"))
        for f in lines for w in (f.a_text, f.b_text) if w
    )  # fmt: skip
    return [(str(f.status), f.a_text, f.b_text) for f in result.formulas if f not in lines]


def _but_talks(a: str, b: str) -> tuple[list[tuple[str, str | None, str | None]], list]:
    """The reports of the noise-set pair but the talks lines, which
    :mod:`readoutdiff.formulas.unpaired.talks_zh` tells as their own line (branch chg2), and
    those lines: each of them is a talks clause on every side it has."""
    result = compare(load(_NOISE / a), load(_NOISE / b))
    lines = [f for f in result.formulas if f.id.startswith(TALKS_ID)]
    assert all(TALKS.search(w) for f in lines for w in (f.a_text, f.b_text) if w)
    rest = [(str(f.status), f.a_text, f.b_text) for f in result.formulas if f not in lines]
    return rest, [(str(f.status), f.a_text, f.b_text) for f in lines]


def test_outcome_of_one_meeting_is_no_formula() -> None:
    # A's "落实好两国领导人重要共识" was paired with B's "达成新的重要共识" (what Xi's meeting of
    # two days before reached); A's "就中巴关系发展作出进一步规划" was reported dropped. No formula
    # is paired with the outcome; since branch chg2 the outcome is told as its own line, the
    # course each readout's recalled meeting set (a plan → a new consensus), one changed entry.
    found, talks = _but_talks(
        "liqiang-shehbaz__2024-10-15__cctv.txt", "liqiang-shehbaz__2025-09-04__cctv.txt"
    )
    wordings = {w for _, a, b in found for w in (a, b) if w}
    assert not any("达成新的重要共识" in w or "作出进一步规划" in w for w in wordings)
    assert talks == [("changed", "就中巴关系发展作出进一步规划", "就推进中巴关系达成新的重要共识")]
    assert ("persisted", "一个中国原则", "一个中国原则") in found
    assert ("appeared", None, "中方愿同巴方不断深化战略互信") in found


def test_documents_and_dateline_are_no_formula() -> None:
    # Xi–Vučić: A's dateline (会见来华出席…论坛的…武契奇) and the signing before the two
    # presidents (两国元首共同见证签署…) were reported; the formulas around them stay.
    # The documents are told as their own line since branch chg1 (no formula paired with them).
    found = _but_documents(
        _NOISE, "xi-vucic__2023-10-18__cctv.txt", "xi-vucic__2024-05-09__cctv.txt"
    )
    wordings = {w for _, a, b in found for w in (a, b) if w}
    assert not any("会见来华" in w or "见证签署" in w or "见证交换" in w for w in wordings)
    assert ("appeared", None, "践行真正的多边主义") in found


@pytest.mark.parametrize(
    ("wording", "event"),
    [
        ("习近平总书记、国家主席对越南国事访问取得圆满成功", True),
        ("新时代中塞命运共同体建设开局良好", True),
        (
            "双方发表《中华人民共和国和塞尔维亚共和国关于持续推进构建新时代中塞命运共同体的联合声明》",
            True,
        ),
        ("两党最高领导人达成的重要共识", False),  # the consensus to carry out: a formula
        ("推动两国务实合作和机制性交流取得积极成果", False),  # a goal the evaluation set lists
        ("期待以建交50周年为契机", False),  # anniversaries are listed by the evaluation set
        ("并就构建吉中命运共同体达成一致", True),  # zh14: the agreement one visit reached
        ("确立了两国关系新定位", True),  # a verb of a beginning with 了: what a meeting did
        ("两国关系发展进入了新阶段", True),
        ("不断开辟两国关系新篇章", False),  # without 了, a wish
        ("中方愿以共建“一带一路”倡议提出10周年为契机", True),  # an initiative's anniversary
    ],
)
def test_one_event(wording: str, event: bool) -> None:
    assert one_event(wording) is event


def test_a_quoted_name_alone_is_no_formula() -> None:
    # A's Anwar says "深化共建“一带一路”以及各领域务实合作": the clause is the formula, the quoted
    # name was reported dropped beside it.
    found = _reports("liqiang-anwar__2024-11-06__cctv.txt", "liqiang-anwar__2025-05-27__cctv.txt")
    assert ("dropped", "一带一路", None) not in found
    assert ("dropped", "深化共建“一带一路”以及各领域务实合作", None) in found


def test_the_clause_stands_for_the_name() -> None:
    # Xi–Vučić, 2024 -> 2025: the bare “一带一路” gave way to the clause that says it.
    found = _reports("xi-vucic__2024-05-09__cctv.txt", "xi-vucic__2025-05-10__cctv.txt")
    assert ("dropped", "一带一路", None) not in found
    assert ("dropped", "不断深化拓展高质量共建“一带一路”和中国－中东欧国家合作", None) in found


def test_the_name_spelt_with_its_quotes_is_the_name_too() -> None:
    # Xi–Sassou, 2023-08 -> 2023-10 (an eval/formulas dev pair; branch nz5): B says the name
    # quoted alone five times and once as “一带一路”倡议, a place the lexicon's quoted spelling
    # matched; the bare name stood as appeared (noise) until that place read as the name too.
    # The clause that says it is the report now.
    result = compare(
        load(_FORMULAS / "xi-sassou__2023-08-24__cctv.txt"),
        load(_FORMULAS / "xi-sassou__2023-10-19__cctv.txt"),
    )
    found = [(str(f.status), f.a_text, f.b_text) for f in result.formulas]
    assert ("appeared", None, "一带一路") not in found
    assert ("appeared", None, "刚果（布）是共建“一带一路”的积极参与方和重要合作伙伴") in found
    b = result.b.text
    spelt = b.index("“一带一路”倡议")
    quoted = b.index("一带一路")
    places = [Span(start=spelt, end=spelt + 8, line=1), Span(start=quoted, end=quoted + 4, line=1)]
    assert named(places, b, "一带一路")
    assert not named(places[:1], b, "“一带一路”倡议")  # the spelling itself is listed (xi-lula)


def test_a_member_cut_from_its_list_is_no_formula() -> None:
    # A says 坚持互尊互信、平等相待、合作共赢, B 坚持互尊互信、平等相待、互利共赢: the first member
    # was reported persisted beside the list's drop. The whole list is told: since zh20's list
    # pairing (entries.listed_items) as changed into B's list, which it is.
    found = _reports("liqiang-anwar__2024-11-06__cctv.txt", "liqiang-anwar__2025-05-27__cctv.txt")
    assert ("persisted", "坚持互尊互信", "坚持互尊互信") not in found
    assert (
        "changed",
        "坚持互尊互信、平等相待、合作共赢",
        "坚持互尊互信、平等相待、互利共赢",
    ) in found


def test_a_member_alone_is_no_formula_but_a_changed_report_stays() -> None:
    # Xi–Vučić 2023 -> 2024: B's 坚持独立自主 (of 坚持独立自主、走适合自身国情的发展道路) was
    # reported appeared; a changed report keeps its cut member (the list may have swapped it).
    found = _reports("xi-vucic__2023-10-18__cctv.txt", "xi-vucic__2024-05-09__cctv.txt")
    assert ("appeared", None, "坚持独立自主") not in found
    assert ("changed", "推进基础设施建设", "推进交通和能源基础设施") in found


def test_a_wording_opening_on_a_cut_modifier_is_no_formula() -> None:
    # Xi–Vučić 2023 -> 2024: 关系的战略性 (of 突出两国关系的战略性) was reported appeared, and A's
    # 各自选择的发展道路 paired with B's 国情的发展道路 (of 走适合自身国情的发展道路).
    found = _reports("xi-vucic__2023-10-18__cctv.txt", "xi-vucic__2024-05-09__cctv.txt")
    wordings = {w for _, a, b in found for w in (a, b) if w}
    assert "关系的战略性" not in wordings and "国情的发展道路" not in wordings
    # A party's 的 opens a whole clause: Vučić's line on China's investment stays.
    assert ("appeared", None, "中国的投资与合作极大地促进了塞尔维亚的经济社会发展") in found


def test_a_wording_stopping_inside_a_quotation_is_no_formula() -> None:
    # Li Qiang–Shehbaz 2024-06 -> 2024-10: A's 巴中经济走廊建设 was paired with B's
    # 中巴经济走廊“升级版 (of 以打造中巴经济走廊“升级版”为中心); the whole clause stays.
    found = _reports(
        "liqiang-shehbaz__2024-06-07__cctv.txt", "liqiang-shehbaz__2024-10-15__cctv.txt"
    )
    assert not any(b == "中巴经济走廊“升级版" for _, _, b in found)
    # The whole clause was then a changed report, "以打造中巴经济走廊“升级版”为中心" ->
    # "中方愿同巴方以打造中巴经济走廊“升级版”为中心"; both readouts say the first whole, so since
    # zh11 (entries/said_within) it is no change either; since zh18 (clauses.framed_same: the
    # same clause in another frame, 中方愿同巴方…) it is told kept, whole: no report quotes the
    # corridor cut, and none changes it.
    quoting = [(s, a, b) for s, a, b in found if "升级版" in (a or "") + (b or "")]
    assert all(s == "persisted" and a == b and a.count("“") == a.count("”") for s, a, b in quoting)


def test_an_anniversary_of_a_victory_is_an_occasion() -> None:
    # Xi–Vučić 2025-09 -> 2026-05: A's 中国人民抗日战争胜利80周年 (the commemoration Vučić came
    # for) was paired with B's "中国将". Vučić's congratulation on it is a greeting, paired with
    # B's congratulation on the Five-Year Plan (branch cnv3): the occasion is told in it, and
    # in no report of its own.
    found = _reports("xi-vucic__2025-09-04__cctv.txt", "xi-vucic__2026-05-25__cctv.txt")
    assert not any(a and "胜利80周年" in a and "祝贺" not in a for _, a, _ in found)
    assert (
        "changed",
        "祝贺中方成功举办纪念中国人民抗日战争胜利80周年活动",
        "祝贺中国成功制定并开始实施“十五五”规划",
    ) in found
    assert ("persisted", "当前国际形势变乱交织", "当前国际形势变乱交织") in found
    assert one_event("祝贺中国人民抗日战争胜利80周年")
    assert not one_event("今年是中马建交50周年")  # the relationship's years: listed


_DEV = Path(__file__).resolve().parent.parent / "eval" / "formulas"


def _dev_reports(a: str, b: str) -> list[tuple[str, str | None, str | None]]:
    result = compare(load(_DEV / a), load(_DEV / b))
    return [(str(f.status), f.a_text, f.b_text) for f in result.formulas]


def test_a_clause_pointing_back_and_a_discussion_are_no_formula() -> None:
    # Xi–Scholz (Chinese dev pair): "德方愿就此作出积极努力", "希望德方继续为此发挥重要作用" back
    # the line before them; "双方还就……交换了意见" is what one meeting did, no formula: since
    # branch chg2 it is told as its own line (talks_zh), the issues discussed. The lines stay.
    result = compare(
        load(_DEV / "xi-scholz__2024-04-16__cctv.txt"),
        load(_DEV / "xi-scholz__2024-11-19__cctv.txt"),
    )
    found = [
        (str(f.status), f.a_text, f.b_text)
        for f in result.formulas
        if not f.id.startswith(TALKS_ID)
    ]
    wordings = {w for _, a, b in found for w in (a, b) if w}
    assert not any("就此" in w or "为此" in w or "交换了意见" in w for w in wordings)
    assert ("dropped", "增进战略互信", None) in found


def test_this_serves_and_documents_signed_are_no_formula() -> None:
    # Xi–Albanese: "这符合两国的共同利益" weighs the line before it (这是… is left alone);
    # Xi–Lukashenko: "双方签署……等领域多份双边合作文件" tells one visit's documents.
    found = _dev_reports("xi-albanese__2024-11-18__cctv.txt", "xi-albanese__2025-07-15__cctv.txt")
    assert not any(w and w.startswith("这符合") for _, a, b in found for w in (a, b))
    found = _but_documents(
        _DEV, "xi-lukashenko__2025-06-04__cctv.txt", "xi-lukashenko__2025-08-31__cctv.txt"
    )  # the documents line itself is told since branch chg1
    assert not any(w and "合作文件" in w for _, a, b in found for w in (a, b))
    assert one_event("这是中国共产党为什么能的关键密码") is False


def test_a_wording_opening_inside_a_party_is_no_formula() -> None:
    # Li Qiang–Shehbaz: "方坚定支持中方在涉台" started inside 巴方; 方针 is a word.
    found = _reports(
        "liqiang-shehbaz__2024-06-07__cctv.txt", "liqiang-shehbaz__2024-10-15__cctv.txt"
    )
    assert not any(w and w.startswith("方") for _, a, b in found for w in (a, b))
    assert OPENS_INSIDE_PARTY.match("方针政策") is None


def test_a_bare_core_leaves_for_its_clause() -> None:
    # Xi–Tokayev (Chinese dev pair): "核心利益" was reported persisted, cut from "在主权、安全等涉及
    # 彼此核心利益问题上始终相互支持"; without it the clause reports (the hand list names it).
    found = _dev_reports("xi-tokayev__2025-06-16__cctv.txt", "xi-tokayev__2025-08-30__cctv.txt")
    wordings = {w for _, a, b in found for w in (a, b) if w}
    assert "核心利益" not in wordings and "战略互信" not in wordings
    assert ("dropped", "在主权、安全等涉及彼此核心利益问题上始终相互支持", None) in found


def test_what_a_past_visit_opened_and_a_list_tail_are_no_formula() -> None:
    # zh14, Xi–Japarov: B's "那次访问开辟了吉中关系的新时代" was paired with a formula as changed,
    # and "教育等领域合作" (the tail of "推进产业、投资、贸易、交通、电子商务、教育等领域合作",
    # a 、 before it) was reported appeared; the formulas around them stay.
    found = _reports("xi-japarov__2024-07-04__cctv.txt", "xi-japarov__2025-02-05__cctv.txt")
    wordings = {w for _, a, b in found for w in (a, b) if w}
    assert not any("开辟了" in w for w in wordings)
    assert "教育等领域合作" not in wordings
    assert ("persisted", "发展战略对接", "发展战略对接") in found
    assert ("appeared", None, "践行全球发展倡议、全球安全倡议、全球文明倡议") in found


def test_a_wording_ending_on_a_modifier_is_no_formula() -> None:
    # zh14, on a Chinese dev pair: A's "互利合作的" (its head noun cut off) was paired with
    # "互利共赢的合作路径" as changed; the formulas around it stay.
    found = _dev_reports("xi-merz__2025-05-23__cctv.txt", "xi-merz__2026-02-25__cctv.txt")
    wordings = {w for _, a, b in found for w in (a, b) if w}
    assert not any(w.endswith("的") for w in wordings)
    # B's 密切人文交流 stays a report (appeared until e36 rebuilt the Chinese background; paired
    # since with A's 密切各领域交流合作, neither in the hand list)
    assert any(b == "密切人文交流" for _, _, b in found)


def test_a_wording_ending_on_an_adverb_is_no_formula() -> None:
    # zh14, on a Chinese dev pair: B's "推动双边关系不断" (its verb, 走深走实, cut off) was paired
    # with A's "深化，双边关系" as changed; 源源不断 and 可持续 end their phrase.
    found = _dev_reports(
        "liqiang-lawrence-wong__2025-06-23__cctv.txt",
        "liqiang-lawrence-wong__2025-10-25__cctv.txt",
    )
    assert not any(b and b.endswith("不断") for _, _, b in found)
    assert ("persisted", "政治互信", "政治互信") in found
    assert ENDS_ON_ADVERB.search("中国将") and ENDS_ON_ADVERB.search("当前国际形势正在")
    assert not ENDS_ON_ADVERB.search("交流源源不断") and not ENDS_ON_ADVERB.search("发展可持续")


def test_a_wording_ending_on_a_frame_or_on_international_is_no_formula() -> None:
    # zh14, on a Chinese dev pair: A's "共同关心的国际" (of "…共同关心的国际和地区问题") was
    # reported dropped, and B's "感谢中方长期以来" (of "感谢中方长期以来为…提供的宝贵支持") paired
    # as changed; the formulas around them stay.
    found = _dev_reports("xi-ramaphosa__2023-08-22__cctv.txt", "xi-ramaphosa__2024-09-02__cctv.txt")
    wordings = {w for _, a, b in found for w in (a, b) if w}
    assert not any(w.endswith(("国际", "以来")) for w in wordings)
    # and B's "尽管国际形势风云变幻" (a concession framing the line after it) was reported
    assert not any(w.startswith("尽管") for w in wordings)
    assert ("appeared", None, "完善两国合作顶层设计") in found


def test_a_core_inside_a_phrase_of_listed_modifiers_is_no_formula() -> None:
    # zh21, on a Chinese dev pair: 合作共赢 of "开放包容、合作共赢的金砖精神" and "提出的合作共赢
    # 主张" was reported dropped; 基础设施建设 of "深化产能和基础设施建设合作" too (six characters).
    found = _dev_reports("xi-ramaphosa__2023-08-22__cctv.txt", "xi-ramaphosa__2024-09-02__cctv.txt")
    assert not any("合作共赢" in (a, b) for _, a, b in found)
    found = _dev_reports(
        "xi-bin-salman__2022-12-08__cctv.txt", "xi-bin-salman__2023-03-28__cctv.txt"
    )
    assert ("dropped", "基础设施建设", None) not in found


def test_a_relationship_names_core_cut_from_its_qualifier_is_no_formula() -> None:
    # zh21, zh14's tuning pairs: 全面战略伙伴关系 of "提升为新时代全天候全面战略伙伴关系" was
    # reported appeared, and the bare 新时代 too; a core kept on both sides stays (zh10's
    # "加快构建新时代更加紧密的中巴命运共同体").
    found = _reports("xi-mirziyoyev__2023-10-18__cctv.txt", "xi-mirziyoyev__2024-07-04__cctv.txt")
    assert not any(w in ("全面战略伙伴关系", "新时代") for _, a, b in found for w in (a, b))
    found = _reports(
        "liqiang-shehbaz__2024-06-07__cctv.txt", "liqiang-shehbaz__2024-10-15__cctv.txt"
    )
    kept = "更加紧密的中巴命运共同体"
    assert ("persisted", kept, kept) in found
