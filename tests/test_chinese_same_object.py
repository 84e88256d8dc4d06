"""Convention (c) of eval/formulas/SOURCES.md as a rule: a Chinese commitment said in one clause
on each side with the same object under another lead (a lead verb, an adverb of manner or time,
who speaks) and firmness on both sides or neither is the formula kept, not a change
(languages/zh.py ``same_object``, read by formulas/entries/clauses.py); on a dev pair of
eval/formulas and a tuning pair of eval/outside, both ways (branch fat2, thirty-fifth session)."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval_pairs import cctv
from eval_pairs import holding as _said

from readoutdiff.compare import compare
from readoutdiff.ingest import from_text, load
from readoutdiff.languages.zh import object_said, same_object
from readoutdiff.model import FormulaStatus

OUTSIDE = Path(__file__).resolve().parent.parent / "eval" / "outside"
EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"


@pytest.mark.parametrize("swap", [False, True])
def test_another_lead_verb_before_the_corridors_keeps_them(swap: bool) -> None:
    """xi-hun-manet 2025-08-30 -> 2026-07-17 (dev): "统筹推进“工业发展走廊”和“鱼米走廊”建设" /
    "加快“工业发展走廊”和“鱼米走廊”建设", the hand list's persisted event (it was reported changed)."""
    comparison = cctv("xi-hun-manet", "2025-08-30", "2026-07-17", swap=swap)
    corridors = "“工业发展走廊”和“鱼米走廊”建设"
    assert _said(comparison, corridors) == [(FormulaStatus.PERSISTED, corridors, corridors)]


@pytest.mark.parametrize("swap", [False, True])
def test_another_lead_and_the_parties_named_keep_the_strategies_aligned(swap: bool) -> None:
    """xi-rahmon 2023-05-18 -> 2024-07-05 (the outside set's tuning part): "双方要加强发展战略对接" /
    "推进两国发展战略对接", the hand list's persisted event (it was reported changed)."""
    days = ("2023-05-18", "2024-07-05")
    a, b = (load(OUTSIDE / f"xi-rahmon__{day}__cctv.txt") for day in days)
    comparison = compare(b, a) if swap else compare(a, b)
    assert _said(comparison, "发展战略对接") == [
        (FormulaStatus.PERSISTED, "发展战略对接", "发展战略对接")
    ]


@pytest.mark.parametrize("swap", [False, True])
def test_the_country_speaking_before_its_lead_keeps_the_policy(swap: bool) -> None:
    """xi-fico 2025-05-09 -> 2025-09-04 (dev, alone in its series): "斯洛伐克将坚定恪守一个中国政策" /
    "坚定奉行一个中国政策", the hand list's persisted event (it was reported changed): the country
    that speaks is who speaks, as 斯方 would be."""
    comparison = cctv("xi-fico", "2025-05-09", "2025-09-04", swap=swap)
    policy = "一个中国政策"
    assert _said(comparison, policy) == [(FormulaStatus.PERSISTED, policy, policy)]


@pytest.mark.parametrize(
    ("x", "y", "same"),
    [
        ("双方要加强发展战略对接", "推进两国发展战略对接", True),
        ("统筹推进“工业发展走廊”建设", "加快“工业发展走廊”建设", True),
        ("继续在核心利益问题上相互坚定支持", "在核心利益问题上坚定相互支持", True),
        ("坚定恪守一个中国原则", "将继续奉行一个中国原则", False),  # firmness on one side
        ("加强互联互通水平", "加强互联互通合作", False),  # the object's head
        ("深化人文交流", "开展健康有益的人文交流", False),  # a qualifier inside the object
        ("进一步加强", "深化", False),  # no object left
        ("斯洛伐克将坚定恪守一个中国政策", "坚定奉行一个中国政策", True),  # the country speaking
        ("中国企业赴匈投资合作", "匈牙利企业赴华投资合作", False),  # a name inside the object
        ("深化全面务实合作", "推进务实合作", False),  # 全面 before a noun (jieba: 务实 an adverb)
        ("继续大力推进务实合作", "大力推进务实合作", True),  # 继续 leans on a verb only
        # left1: 全面 and 共同 open an object's own name before a noun or inside a word (xi-sisi
        # 2024-05-29, tuning; xi-hun-manet 2025-04-17, dev), and are a manner before a verb
        ("进一步深化全面战略伙伴关系", "深化战略伙伴关系", False),  # a partnership raised
        ("维护双方共同利益", "维护双方利益", False),
        ("共同打击“三股势力”", "打击“三股势力”", True),  # xi-tokayev 2025-06-16, dev
    ],
)  # fmt: skip
def test_same_object_both_ways(x: str, y: str, same: bool) -> None:
    assert same_object(x, y) is same
    assert same_object(y, x) is same


def test_the_object_less_its_lead() -> None:
    assert object_said("一是夯实政治互信") == object_said("不断巩固政治互信") == "政治互信"
    assert object_said("坚定不移恪守一个中国原则") == object_said("土方将坚定奉行一个中国原则")
    assert object_said("捍卫国际公平正义") == "国际公平正义"
    assert object_said("斯洛伐克将坚定恪守一个中国政策") == "一个中国政策"
    assert object_said("中国企业赴匈投资合作") == "中国企业赴匈投资合作"
    # left1: the start of a name is no lead (xi-sisi 2024-05-29, xi-hun-manet 2025-04-17)
    assert object_said("进一步深化全面战略伙伴关系") == "全面战略伙伴关系"
    assert object_said("柬方愿同中方加强协调和配合，维护双方共同利益".split("，")[1]) == "共同利益"
    assert object_said("推动构建人类命运共同体") == "人类命运共同体"
    assert object_said("双方要全面推进") == object_said("共同推动") == ""
    # a one-character lead is no lead at the start of a word (xi-albanese 2025-07-15, dev)
    assert object_said("四是要共同应对风险挑战") == "应对风险挑战"
    assert object_said("应加强合作") == "合作"


@pytest.mark.parametrize("swap", [False, True])
def test_a_formula_said_in_several_clauses_keeps_its_changed_entries(swap: bool) -> None:
    """xi-thongloun 2024-10-22 -> 2025-09-04 (tuning): A says the formula 核心利益 in two clauses
    ("继续在涉及彼此核心利益和重大关切问题上相互坚定支持", "毫不动摇支持中国政府捍卫国家核心利益"), so
    which clause answers B's is not known and (c) is not read: the changed entry of the two
    clauses stays (the hand list calls this one kept; read whole, a first pairing of places
    turned it into a fragment still wrong, and cost changed events)."""
    days = ("2024-10-22", "2025-09-04")
    a, b = (load(OUTSIDE / f"xi-thongloun__{day}__cctv.txt") for day in days)
    comparison = compare(b, a) if swap else compare(a, b)
    found = _said(comparison, "重大关切问题上")
    assert any(status is FormulaStatus.CHANGED for status, _, _ in found), found


def test_an_adverb_before_a_noun_is_the_objects_own_word() -> None:
    """全面 and 共同 are leads (adverbs of manner) before a verb only: before a noun they qualify
    the object, and a qualifier dropped is a change (convention (c)). Real clauses of two dev
    readouts: liqiang-prabowo 2025-05-25 "印尼愿同中方深化全面战略伙伴关系" and xi-berdimuhamedov
    2025-06-17 "共同维护多边贸易体制和全球南方共同利益" (branch rev12: 全面战略伙伴关系 was read as
    战略伙伴关系, 共同利益 as 利益)."""
    partnership = "印尼愿同中方深化全面战略伙伴关系"
    interests = "共同维护多边贸易体制和全球南方共同利益"
    assert partnership in (EVAL / "liqiang-prabowo__2025-05-25__cctv.txt").read_text("utf-8")
    assert interests in (EVAL / "xi-berdimuhamedov__2025-06-17__cctv.txt").read_text("utf-8")
    assert object_said(partnership) == "全面战略伙伴关系"
    assert not same_object(partnership, "深化战略伙伴关系")
    # "维护双方共同利益" / "维护双方利益": left1's case, test_same_object_both_ways
    # before a verb 共同 is still a lead, and a character before 方 a party only before one
    assert same_object(interests, interests.removeprefix("共同"))
    assert object_said("加强地方合作") == "地方合作"
    assert object_said("中方愿同澳方坚持全面战略伙伴关系的定位") == "全面战略伙伴关系定位"


@pytest.mark.parametrize("swap", [False, True])
def test_a_change_inside_a_clause_pair_kept_as_one_object_is_kept_too(swap: bool) -> None:
    """Branch left1 (rev9's leak): xi-tokayev 2025-08-30 (dev) says "在涉及彼此核心利益和重大
    关切问题上坚定相互支持"; said again under another lead, in the other order of 坚定 and 相互
    (this test's own text), the clause pair is one object kept (convention (c), no clause
    entry), and the background phrase reworded inside it ("…问题上坚定相互支持" / "…问题上相互坚定
    支持", which the clause entry displaced before fat2) is the line kept too: *persisted*, not a
    change reported inside a line the tool reads kept."""
    said = "在涉及彼此核心利益和重大关切问题上坚定相互支持"
    texts = (
        f"习近平指出，{said}，推动中哈关系不断迈上新台阶。",
        "双方要继续在涉及彼此核心利益和重大关切问题上相互坚定支持，推动中哈关系不断迈上新台阶。",
    )
    a, b = (from_text(t) for t in (texts[::-1] if swap else texts))
    found = [f for f in compare(a, b).formulas if "坚定" in (f.a_text or f.b_text or "")]
    assert found
    assert all(f.status is FormulaStatus.PERSISTED for f in found), found
    assert same_object(said, "双方要继续在涉及彼此核心利益和重大关切问题上相互坚定支持")


def test_a_one_character_lead_opening_a_longer_word_is_the_objects_own() -> None:
    """A one-character lead (应, 要, 愿, 将, 我 …) is one only where jieba cuts it off as a word
    of its own: "应对" is a verb of the object, "要求", "愿景", "将来", "我国" words of their own
    (branch fix1: they read as "对", "求", "景", "来", "国"). Real clause of a dev readout,
    xi-merz 2025-05-23 "共同应对气候变化等全球性挑战" (its object read as "对气候变化等全球性挑战")."""
    challenges = "共同应对气候变化等全球性挑战"
    assert challenges in (EVAL / "xi-merz__2025-05-23__cctv.txt").read_text("utf-8")
    assert object_said(challenges) == "应对气候变化等全球性挑战"
    assert not same_object(challenges, "共同对气候变化等全球性挑战")
    assert object_said("共同愿景") == "共同愿景"  # 共同 before a noun, 愿 inside it
    assert object_said("要求双方停火") == "要求双方停火"
    # 我国 is who speaks before a lead or verb, and the object's owner before a noun
    assert object_said("我国愿同各方加强务实合作") == object_said("中方愿同各方加强务实合作")
    assert object_said("维护我国主权") == "我国主权"
    # a lead's character glued to the next lead, or to 同 (the partner's), still comes off
    assert object_said("还要加强合作") == object_said("我愿同中方加强合作") == "合作"
    assert object_said("愿同各国加强合作") == object_said("将同各国加强合作")
