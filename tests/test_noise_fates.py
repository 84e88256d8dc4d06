"""benchmarks/score_noise_fates.py and the fates of ``eval/noise/judged.toml``: the loader
reads every fate written by hand, and the counts per part and per kind are the file's."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest
import score_noise_fates
from revision_src import emitted_from
from score_noise import (
    GROUPS,
    Judgement,
    Report,
    of_batch,
    of_group,
    pairs,
    publisher_group,
    reports,
    verdicts,
)
from score_noise_fates import Judged, kind, main, tally, wrong_list

ROOT = Path(__file__).resolve().parent.parent

STATUSES = {"persisted", "changed", "appeared", "dropped"}


@pytest.fixture(scope="module")
def found() -> list[Report]:
    """This checkout's reports on every judged pair, compared once for the module's tests."""
    return reports()


@pytest.fixture
def scored_once(found: list[Report], monkeypatch: pytest.MonkeyPatch) -> None:
    """``main`` reads the module's one comparison of the pairs instead of comparing them again."""
    monkeypatch.setattr(score_noise_fates, "reports", lambda: found)


def as_judged() -> list[Report]:
    """Every judged report of the file, with the status it had when its fate was judged."""
    aside = {f"{p['a']} -> {p['b']}": bool(p["aside"]) for p in pairs()}
    return [
        (name, ("tuning", "aside")[aside[name]], a, b, "id", j.said)
        for (name, a, b), j in verdicts().items()
    ]


def test_every_formula_has_a_fate_and_no_noise_has_one() -> None:
    judged = verdicts()
    formulas = [j for j in judged.values() if j.verdict == "formula"]
    assert formulas and all(j.said in STATUSES for j in formulas)
    assert all(j.fate in STATUSES | {"two"} for j in formulas)
    noise = [j for j in judged.values() if j.verdict == "noise"]
    assert noise and all(not j.fate and not j.said and not j.doubt for j in noise)


def test_a_wrong_fate_says_why_and_a_two_is_a_changed_report() -> None:
    with (ROOT / "eval" / "noise" / "judged.toml").open("rb") as file:
        data = tomllib.load(file)
    written = [r for p in data["pair"] for r in p["reports"]] + list(data["added"])
    for report in written:
        if report["verdict"] == "formula" and report["fate"] != report["said"]:
            assert report.get("fate_why"), report
        if report.get("fate") == "two":
            assert report["said"] == "changed" and report.get("a") and report.get("b")


def test_the_counts_of_the_judged_file() -> None:
    tallies = tally(as_judged(), verdicts())
    every, tuning, aside = tallies["all"], tallies["tuning"], tallies["aside"]
    # acc14 added three judgements of re-quoted reports (with parties: Widodo, Omamo; with the
    # list of qualifiers: Muhriddin, aside), each judged as its earlier wording was; ru5 the
    # first Russian pairs (Kremlin 2025, one aside) and what its clauses and wordings re-quote;
    # ru6 five Kremlin announcement -> readout pairs (Maduro's three formulas and three noise);
    # acc16 two changes of a kept head (Cravinho; Abbas, aside), judged right; acc20 bin Zayed's
    # partnership line (aside) said changed, judged right; zh10 twelve Chinese pairs (新闻联播,
    # four aside): 248 formula reports (one of its rules' clauses added), 219 fates right, 84 noise;
    # ru7 one more noise report of the Maduro pair (its occasion rule cut the event name off it);
    # zh13 four reports of its re-pointed links (xi-vucic, tuning): three formulas, two right, one noise;
    # zh14 ten Chinese pairs (新闻联播, three aside): 236 formula wordings, 216 fates right, 69 noise,
    # and one noise report its OUTCOME rule makes (a cut, [[added]]); acc23 three English reports
    # grown to their governing phrase (two tuning, one aside), judged formulas with right fates;
    # zh16 twenty reports zh13's re-pointing makes on zh14's batch (18 tuning, 2 aside): 19
    # formulas, 11 fates right (5 said dropped, 2 appeared, 1 changed wrongly), 1 noise;
    # zh17 three reports its pairing of the lists of fields makes on zh10's and zh14's batches
    # (tuning): 2 formulas, 1 fate right (1 said appeared), 1 noise; acc27
    # three reports of its gap words (tuning): two formulas, one right (the other a kept line
    # said changed), one noise; zh18 four reports its frame and anniversary rules for clauses
    # make on zh10's and zh14's batches (tuning): 3 formulas, 3 fates right (all persisted),
    # 1 noise (a date); the lead three Chinese reports the merge of zh17 and zh18 with e36's
    # rebuilt background makes (tuning): 3 formulas, 3 fates right; acc31 ten White House pairs
    # (batch en15, three aside): 57 formulas (43 tuning, 40 right; 14 aside, 13 right) and 2 noise;
    # the lead withdrew en15's two Sullivan–Hulata pairs at the merge (the series joined the
    # evaluation set's fresh batch): 6 formulas (3 tuning, 2 right; 3 aside, 3 right) fewer;
    # zh20 six reports its list pairing makes on zh10's and zh14's batches (tuning): 6
    # formulas, 6 fates right; the lead three that zh19's and zh20's rules make on zh14's aside
    # part after the merge: 2 formulas (1 right, 1 said changed of two lines), 1 noise; ru9
    # nineteen reports of its lone Russian points on ru5's and ru6's batches (thirteen tuning,
    # six aside): 17 formulas (15 right, 2 the halves of one changed point), 2 noise, both on
    # ru6's announcement pairs (boilerplate, a one-off); zh21 two reports (tuning) the bare 新时代
    # no longer stands for: 2 noise (one-off, an upgrade one past visit announced); zh22 twelve
    # its kept tails make on zh10's and zh14's batches: 11 formulas (9 tuning, 2 aside), 11 fates
    # right (4 doubtful), 1 noise (a joint statement's title); acc32 three reports of
    # role_objects (two tuning, one aside): 3 formulas, 2 right (the aside one said changed of
    # two lines); ru10 one report its tails of Russian points make on ru5's batch (aside): 1
    # formula, fate right; and one its ", включая" objects make on ru6's (tuning): 1 formula,
    # fate right; acc34 one report of gap_words' list members (tuning): 1 formula, fate right
    # (doubtful: two list items fused into one reworded line); zh24 one clause its modified
    # cores leave standing on zh14's (tuning): 1 formula, fate right; ru12 one its ", в том
    # числе" objects make on ru5's (aside): 1 formula, fate right; zh26 fifteen reports zh23's
    # better_partner makes on zh10's and zh14's batches (twelve tuning, three aside): 11
    # formulas (8 tuning, 4 right; 3 aside, 1 right: three said changed of two lines, three
    # former partners said one-sided of a change), 4 noise (two cut, a date, a cut former
    # partner); zh25 three its rebuilt Chinese background makes on zh10's (two tuning) and
    # zh14's (one aside): 3 formulas, 2 right (a changed report of two formulas is not); the lead
    # three the merged rules make on zh14's xi-mirziyoyev (tuning): 2 formulas, both right, and 1
    # noise (a one-off); and one acc40's variant "stay in close touch" makes on en's
    # biden-al-kadhimi (tuning): 1 formula, fate right; and zh32's one dropped line it leaves
    # one-sided on zh14's xi-mirziyoyev (tuning): 1 formula, fate wrong (a doubtful changed);
    # zh37 the one its parties named alike keep on zh10's liqiang-shehbaz (tuning): 1 formula,
    # fate right (persisted); and the two the merged rules of the thirtieth session make on the
    # aside part (suga-trudeau's detained Canadians, blinken-motegi's cornerstone line quoted to
    # its place phrase), judged by the lead: 2 formulas, both right (said changed). cnv2
    # re-judged ten fates by cnv1's conventions (c) and (d) of eval/formulas/SOURCES.md (a lead
    # verb swapped before the same object is persisted): 8 Chinese (6 tuning, 2 aside) and 2
    # English (1 tuning, 1 aside), each said changed, now "said changed, is persisted" (two of
    # them doubtful: 经受住 -> 历经, 希望双方密切 -> 全面深化人文交流); cnv3 the three greetings it
    # pairs on the tuning part (johnson-kishida, sunak-modi, xi-vucic): 3 formulas, 3 right
    # (changed, convention (a)); ru25 the putin-rahmon point its Russian wording of mutually
    # beneficial cooperation reports with its subject (tuning): 1 formula, fate wrong (said
    # dropped, is changed, as the same point without its subject); cnv5 the eleven greetings said
    # in one readout only it tells alone on the tuning part: 11 formulas, 11 right (dropped /
    # appeared, convention (e)).
    # The lead judged the seven reports the merged rules make on the aside part (cnv5's lone
    # greetings, ru25's cut points): 7 formulas, 6 right (biden-mitsotakis's yearly greeting
    # on Greek independence said changed, is persisted by convention (a)). acc56 judged the two
    # short formulas its rule tells with the parties "between" names (tuning): 2 formulas, 1 right
    # (blinken-shoukry's strategic partnership said dropped, is changed, as its bare wording).
    # The lead judged the one report acc55's relationship rule makes (tuning, johnson-kishida's
    # "deepening the close bilateral ties" -> "... the UK-Japan relationship"): 1 formula, right;
    # and the one e47's rebuilt Chinese background lets through (tuning, xi-vucic's cut
    # "共同维护两国"): noise. The lead judged the nine that bg1's and e50's rebuilt Chinese
    # background lets through (CCTV): on the tuning part (xi-vucic, xi-mirziyoyev) 6 formulas,
    # 6 right, and one cut ("经济社会发展"), noise; on the aside part (liqiang-pham-minh-chinh)
    # 2 formulas, 0 right (two consensus lines said changed, are persisted by convention (c)).
    # acc60 judged the five its named relationship phrases make (three tuning, two aside): 5
    # formulas, 4 right (harris-bin-zayed's bilateral partnership and its defense partnership,
    # said changed, is two formulas). rev9 judged the six fat2's kept objects leave (four tuning,
    # two aside): 6 formulas, 5 right (xi-abiy's mutual support, aside, a background phrase
    # inside the clause (c) keeps, said changed, is persisted). dup6 judged the one its "of"
    # complement grows (tuning, biden-merkel's Kabul evacuation clause): noise, as its shorter
    # wording. The lead judged the one ext2's trim of a leading 和 makes (tuning, xi-vucic's
    # 国际公平正义 → 国际和平和公平正义): a formula, right. The fortieth session's zh10 judged the two
    # its world-situation entries make (tuning: xi-vucic, xi-japarov, each reading of the world
    # one changed event, as their halves were judged): 2 formulas, 2 right. The forty-first
    # session's zn5 judged the six main a5334549 left unjudged (en3's stances, zh10's entries):
    # 3 formulas, 3 right (tuning: johnson-kishida's FOIP line grown, doubtful as its shorter
    # wording; xi-japarov's community line changed; its community of mankind appeared), 3 noise
    # (one-off: xi-vucic's year's assessment and its Expo request, tuning; liqiang-anwar's
    # consensus of one meeting, aside); zh12 judged the 13 its multilateral-concert entries make
    # (9 tuning, 4 aside, CCTV: xi-vucic, xi-abiy, xi-japarov, xi-mirziyoyev): 13 formulas, 10
    # right (three said dropped or appeared where the other readout says the slot in a sentence
    # the rule does not read). The lead judged the five the merged rules left unjudged (tuning:
    # en4's relationship lines on sunak-albanese and blinken-omamo, changed; xi-mirziyoyev's
    # China–Central Asia mechanism line appeared then dropped and its 不断开辟两国关系新篇章
    # dropped, left one-sided around zh12's concert lines): 5 formulas, 5 right.
    # The forty-second session's jd1 judged the 11 the session's merged rules left unjudged
    # (CCTV; e61's rebuilt Chinese background, lnk1's slots decision): 8 formulas, 4 right (7
    # tuning, 3 right; 1 aside, right), 3 noise (liqiang-shehbaz's action plan title cut, tuning;
    # xi-mirziyoyev's Middle East line and xi-abiy's praise of the initiatives, one-off, one each).
    # The forty-third session's lead judged the four e66's rebuilt Chinese background left
    # unjudged (CCTV): 3 formulas, 3 right (liqiang-pham-minh-chinh's global initiatives dropped;
    # xi-mirziyoyev's trade line appeared, then dropped), 1 noise (xi-vucic, A cut inside 两国根本
    # 和长远利益). The forty-fourth session's lead judged the one nz5's rule (a place matched as
    # a lexicon variant of a name is the name) made in place of the bare 一带一路: noise (one-off,
    # xi-mirziyoyev, Peng Liyuan's remark at the spouses' programme). The forty-eighth session's
    # chg1 judged the 27 its documents lines make (CCTV; 19 tuning, 8 aside): 27 formulas, 27
    # right, by the formula set's convention (documents signed one line each side). nz11 of the
    # same session re-judged by that convention the four documents reports of the tuning part
    # zh10/zh14 had judged noise (one-off): 4 formulas, 1 right (one said dropped where B signs
    # too, fate changed and doubtful; two changed reports pairing fields with the documents, two).
    # The forty-ninth session's chg2 judged the 14 its talks lines make (CCTV; 9 tuning, 5 aside)
    # by the formula set's convention (what the leaders' talks did, one line each side): 14
    # formulas, 13 right (liqiang-anwar's second half of A's course line said dropped, its whole
    # changed: doubtful). The fiftieth session's lead judged the one chg4's rule (a kept formula
    # whose words right beside it were reworded) makes in biden-suga (aside): a formula, its fate
    # persisted (doubtful), so not right as said. The fifty-first session's lead judged the one
    # report bg1's rebuilt background (without "allies and partners"; reverted, shipped by bg2 in
    # the fifty-second session) lets through in blinken-chung (aside): noise, a cut ("… towards
    # the complete" / "Japan towards the complete");
    # zh47 judged the one its rule (a Chinese phrase reworded around kept words) makes in
    # xi-mirziyoyev (tuning): noise (one-off, the guest's praise of China's record, 各种挑战 /
    # 各种风险挑战). The fifty-third session's bg3 judged the two reports its rebuilt Chinese
    # background (without batch 80's counterparts) makes in liqiang-shehbaz (one tuning, one
    # aside): noise, cuts (战略合作伙伴 inside 全天候战略合作伙伴; 命运共同体建设 without 两国).
    # The fifty-third session's var1 judged the one its firmness reading (convention
    # (p): a stance held firmly in other words is one stance) makes in biden-bennett (tuning,
    # "unwavering commitment" / "ironclad support for Israel's security"): a formula, its fate
    # changed (B's line adds "and right to self-defense"; doubtful), so not right as said.
    # The fifty-second session's chg5 judged the two its rule (such a wording cut before its
    # clause's mark run on to it) makes (CCTV, tuning): the same praise with its lead verb on
    # xi-mirziyoyev, noise (one-off), and xi-japarov's people-to-people aim (培育更多…的接班人 /
    # 力量), a formula, changed as said. The fifty-fourth session's lk5 judged the eight its
    # far-apart links re-pointed (far_partner) make on xi-vucic, xi-abiy and xi-japarov (CCTV):
    # 6 formulas (4 fates right; tuning 1 and 1, aside 5 and 3) and 2 noise (one-off). Its bg4
    # judged the three reports its rebuilt Chinese background (without batch 84's counterparts)
    # makes in xi-japarov (CCTV): 实现跨越式发展 persisted, noise (a cut, the subject of
    # 中吉关系实现跨越式发展 left out); Xi's 完善互联互通网络 paired with Japarov's list of fields, a
    # formula, changed (doubtful: its partner is Xi's 深化互联互通); Japarov's support on China's
    # core interests said again (吉方将一如既往坚定支持中方立场), a formula, changed (doubtful); the
    # counts are net of the base's reports of those slots it makes no more; all on the tuning part.
    # At the lead's merge of lk5 and bg4, far_partner on the rebuilt background re-points
    # Japarov's fields lists, so bg4's 完善互联互通网络 report is made no more; two reports neither
    # branch makes alone were judged (xi-japarov 06-17 -> 08-31, tuning): Xi's
    # 完善互联互通网络 said dropped, a formula whose fate is changed (深化互联互通 in its place),
    # and Japarov's fields lists said changed, right.
    # The fifty-fourth session's var2 re-judged six reports of two places by convention (p)
    # (a stance's firmness said in other words is the stance kept; an item after its kept
    # object an event of its own, as sullivan-hanegbi's dev lists split them; all doubtful):
    # biden-bennett's Israel-security stance, 06-13 -> 08-27 (two said persisted: changed ->
    # persisted, right now) and 08-27 -> 02-06 (two said changed: changed -> persisted, wrong
    # as said), and blinken-gantz's (aside: "strong" / "ironclad commitment" said changed, wrong
    # as said; its kept "commitment to Israel's security" said persisted, right now). The same
    # counts of formulas and fates right; 3 more "said changed, is persisted", 3 fewer "said
    # persisted, is changed".
    assert (every.formulas, every.right, every.noise, every.unjudged) == (1091, 948, 204, 0)
    assert (tuning.formulas, tuning.right) == (743, 645)
    assert (aside.formulas, aside.right) == (348, 303)
    assert every.wrong == Counter(
        {
            "said appeared, is changed": 25,
            "said dropped, is changed": 49,
            "said changed, is persisted": 30,
            "said changed, is two formulas": 34,
            "said persisted, is changed": 4,
            "said dropped, is persisted": 1,
        }
    )
    # zh13: 为塞尔维亚经济社会发展提供宝贵支持 (appeared, the half of a change) is a doubtful call;
    # zh16 six more (a line said again in a wording paired elsewhere, a two of the SCO); zh17
    # one more (a list of fields whose partner is another list); acc31 three in en15 (a second
    # report of one change, the Ukraine line said dropped, 'climate change' said changed), of
    # which the Ukraine line left with the Sullivan–Hulata pairs; zh26 two of zh23's former
    # partners (a line split into two lists of fields; Abiy's fields, aside); cnv2's two
    # doubtful re-judged fates; acc56 one (the strategic partnership told with its parties); the
    # lead's two consensus lines of liqiang-pham-minh-chinh (persisted by convention (c), aside);
    # acc60 one (harris-bin-zayed's two partnerships); jd1 four (xi-vucic's pledge of support
    # for China and xi-mirziyoyev's people-to-people exchanges and all fields, each said
    # one-sided of a change; its 助力各自发展 of two lines); nz11 one (xi-vucic's documents
    # said dropped where B exchanges documents in the same slot); chg2 one (liqiang-anwar's
    # blueprint, the second half of A's course line, said dropped where the whole is changed);
    # the fiftieth session's lead one (chg4's biden-suga public health measures, each sentence's
    # own clause after them, said changed); var1 one (biden-bennett's Israel-security stance,
    # firmness said both ways, said persisted where B's line adds an item); lk5 two (the former
    # partners of re-pointed links, one-sided: Abiy's and Japarov's fields lists, aside; Abiy's
    # a doubtful call); var2 re-judged var1's persisted, and made three said changed doubtful
    # "is persisted": bennett's two of 08-27 -> 02-06 and gantz's, aside).
    assert sum(every.doubtful.values()) == 63
    assert tuning.wrong + aside.wrong == every.wrong


def test_the_publishers_that_are_not_american_apart() -> None:
    """Branch o16's 12 pairs (gov.uk, MOFA Japan, pm.gc.ca) are the 'not American' group: 41
    reports judged formula (n17 added two, c21 two more, acc2 one, the seventeenth session two), 38 fates
    right, 4 noise; with ru5's Kremlin pairs (8 reports, 8 fates right, 1 noise) 51, 46 and 5;
    with ru6's announcement pairs (3, 3 and 3 noise) 54, 49 and 8; with zh10's CCTV pairs
    (248, 219 and 84 noise) 302, 268 and 92; with zh13's four (3, 2 and 1 noise) 305, 270 and 94;
    with zh14's (236, 216 and 70, one added by its rules) 541, 486 and 164; with zh16's twenty
    of zh13's rule on zh14's batch (19, 11 and 1) 560, 497 and 165; with zh17's three of its
    list pairing (2, 1 and 1) 562, 498 and 166; with zh18's four (3, 3 and 1) 565, 501 and 167;
    with the lead's three of the session's merge (3, 3 and 0) 568, 504 and 167; with zh20's six
    of its list pairing (6, 6 and 0) 574, 510 and 167; with the lead's three of the merge of
    zh19 and zh20 (2, 1 and 1) 576, 511 and 168; with ru9's lone Russian points on ru5's and
    ru6's pairs (17, 15 and 2) 593, 526 and 170; with zh21's two (0, 0 and 2) 593, 526 and 172;
    with zh22's twelve of its kept tails (11, 11 and 1) 604, 537 and 173; with acc32's one of
    role_objects on MOFA Japan's Hayashi–Payne (1, 0 and 0) 605, 537 and 173; with ru10's one
    tail of a Russian point and one ", включая" object (2, 2 and 0) 607, 539 and 173; with zh24's
    one clause of a modified core (1, 1 and 0) 608, 540 and 173; with ru12's one ", в том числе"
    object (1, 1 and 0) 609, 541 and 173; with zh26's fifteen of zh23's better_partner (11, 5 and
    4) 620, 546 and 177; with zh25's three of its rebuilt background (3, 2 and 0) 623, 548 and
    177; with the lead's three of the merged Chinese rules (2, 2 and 1) 625, 550 and 178; with
    zh32's one line left one-sided (1, 0 and 0) 626, 550 and 178; with zh37's one formula its
    parties named alike keep (1, 1 and 0) 627, 551 and 178; with the thirtieth session's one on
    suga-trudeau (1, 1 and 0) 628, 552 and 178; with cnv2's eight Chinese fates re-judged
    persisted by convention (c) 628, 544 and 178; with cnv3's three greetings paired (3, 3 and
    0) 631, 547 and 178; with ru25's putin-rahmon point told with its subject (1, 0 and 0) 632,
    547 and 178; with cnv5's six lone greetings (gov.uk, MOFA Japan, four CCTV: 6, 6 and 0) 638,
    553 and 178; with the lead's four judged at the merge (Kremlin, CCTV: 4, 4 and 0) 642, 557
    and 178; with the lead's one of acc55's relationship rule (gov.uk: 1, 1 and 0) 643, 558 and
    178; with the lead's one cut after e47's background (CCTV: 0, 0 and 1) 643, 558 and 179; with
    the lead's nine after bg1's and e50's background (CCTV: 8, 6 and 1) 651, 564 and 180; with
    rev9's six of fat2's kept objects (CCTV: 6, 5 and 0) 657, 569 and 180; with zh10's (fortieth
    session) two world-situation entries (CCTV: 2, 2 and 0) 660, 572 and 180; with zn5's five
    of the six left unjudged at a5334549 (gov.uk and CCTV: 3, 3 and 3) 663, 575 and 183; with
    zh12's multilateral-concert entries (CCTV: 13, 10 and 0) 676, 585 and 183; with the lead's
    four left unjudged after the forty-first session's merges (gov.uk and CCTV: 4, 4 and 0) 680,
    589 and 183; with jd1's eleven the forty-second session's rules left unjudged (CCTV: 8, 4
    and 3) 688, 593 and 186; with the lead's four after e66's background (forty-third session;
    CCTV: 3, 3 and 1) 691, 596 and 187; with the lead's one after nz5's rule (forty-fourth
    session; CCTV: 0, 0 and 1) 691, 596 and 188; with chg1's 27 documents lines (forty-eighth
    session; CCTV: 27, 27 and 0) 718, 623 and 188; with nz11's four documents reports re-judged
    formula (CCTV: 4, 1 and -4) 722, 624 and 184; with chg2's 14 talks lines (forty-ninth session;
    CCTV: 14, 13 and 0) 736, 637 and 184; with zh47's one (fifty-first session; CCTV: 0, 0 and
    1) 736, 637 and 185; with bg3's two after its background rebuild (fifty-third session; CCTV:
    0, 0 and 2) 736, 637 and 187; with chg5's two (fifty-second session, landed by chg7 in the
    fifty-third; CCTV: 1, 1 and 1) 737, 638 and 188; with lk5's eight (fifty-fourth session; CCTV:
    6, 4 and 2) 743, 642 and 190; with bg4's after its rebuilt Chinese background (fifty-fourth
    session; CCTV: 2, 2 and 1) 745, 644 and 191. The two groups add up."""
    found = as_judged()
    groups = {group: tally(of_group(found, group), verdicts())["all"] for group in GROUPS}
    other = groups["not American"]
    assert (other.formulas, other.right, other.noise) == (747, 645, 191)
    american = groups["American"]
    assert american.formulas + other.formulas == tally(found, verdicts())["all"].formulas
    named = {
        p["a"].rsplit("__", 1)[-1]
        for p in pairs()
        if publisher_group(f"{p['a']} -> x") != "American"
    }
    assert named == {"gov-uk.txt", "mofa-jp.txt", "pm-gc-ca.txt", "kremlin.txt", "cctv.txt"}


def test_by_publisher_prints_both_groups(
    capsys: pytest.CaptureFixture[str], scored_once: None
) -> None:
    assert main(["--by-publisher"]) == 0
    out = capsys.readouterr().out
    assert "| this checkout, American | all |" in out
    assert "| this checkout, not American | all |" in out


def test_a_batch_scores_its_own_pairs_only(
    capsys: pytest.CaptureFixture[str], scored_once: None
) -> None:
    """acc9's eleven White House pairs (batch "acc9"): 51 reports judged formula (three of them
    first made by acc9's rules, one re-quoted by acc14's, one made by acc16's and one by
    acc20's, and one grown by acc23's, judged as ``[[added]]``) and 4 noise (one made by acc27's
    gap words); cnv5's lone greeting on Biden–Widodo (a formula) makes 52, and on Biden–bin
    Zayed and Biden–Mitsotakis (the lead's judgments, aside) 54; acc56's partnership of Biden–King
    Salman told with its parties 55; ``--batch`` keeps only theirs."""
    found = as_judged()
    mine = of_batch(found, "acc9")
    assert len({r[0] for r in mine}) == 11
    assert {r[0].split("__")[-1] for r in mine} == {"wh.txt"}
    counted = tally(mine, verdicts())["all"]
    assert (counted.formulas, counted.noise) == (55, 4)
    assert main(["--batch", "acc9"]) == 0
    assert "| this checkout | all |" in capsys.readouterr().out


def test_the_kremlin_announcement_batch_scores_its_own_pairs_only() -> None:
    """ru6's five Kremlin pairs (batch "ru6", an announcement of talks -> their readout): only
    Maduro's reports, three formulas (fates right) and four noise (ru7 added one), then ru9's
    lone Russian points: three formulas more (right) and two noise, and ru10's ", включая"
    object: one formula more (right); two pairs aside."""
    mine = of_batch(as_judged(), "ru6")
    assert {r[0].split("__")[-1] for r in mine} == {"kremlin.txt"}
    counted = tally(mine, verdicts())["all"]
    assert (counted.formulas, counted.right, counted.noise) == (7, 7, 6)
    names = {(p["a"], p["aside"]) for p in pairs() if p.get("batch") == "ru6"}
    assert len(names) == 5
    assert sum(aside for _, aside in names) == 2


def test_the_state_department_batch_scores_its_own_pairs_only() -> None:
    """acc12's thirteen State Department pairs (batch "acc12", Blinken's and Sherman's calls and
    meetings of 2021-2022): 66 reports, all judged formula at the session's base, two re-quoted
    by acc14's rules, and three more
    (``[[added]]``) that acc12's lexicon wordings and between rule make; 6 pairs aside (two
    added whole after the rules); two more grown to their governing phrase by acc23's rule, and
    one the thirtieth session's merged rules quote to its place phrase (blinken-motegi), and
    Sherman's lone congratulation to Seed on APEC (cnv5, judged by the lead); acc60's three
    named relationship phrases (Gantz and Muhriddin aside, Ramirez tuning; all fates right); en4's
    relationship line on blinken-omamo (forty-first session, judged by the lead: formula, right)."""
    mine = of_batch(as_judged(), "acc12")
    assert len({r[0] for r in mine}) == 13
    assert {r[0].split("__")[-1] for r in mine} == {"state.txt"}
    assert len({r[0] for r in mine if r[1] == "aside"}) == 6
    counted = tally(mine, verdicts())["all"]
    assert (counted.formulas, counted.noise) == (79, 0)


def _batch(
    batch: str, publisher: str, *, aside: list[int]
) -> tuple[dict[str, score_noise_fates.Tally], list[tuple[str, bool]]]:
    """A batch's tallies and its pairs (A's file, aside), checking that every pair is of
    ``publisher`` and that the pairs drawn aside are those at the places ``aside``."""
    mine = of_batch(as_judged(), batch)
    assert {r[0].split("__")[-1] for r in mine} == {publisher}
    names = [(str(p["a"]), bool(p["aside"])) for p in pairs() if p.get("batch") == batch]
    assert [i for i, (_, drawn) in enumerate(names) if drawn] == aside
    return tally(mine, verdicts()), names


def test_the_second_chinese_batch_scores_its_own_pairs_only() -> None:
    """zh14's ten 新闻联播 pairs (batch "zh14": Xi with Abiy, Japarov, Mirziyoyev), judged at
    the base 846349d: 236 wordings judged formula (216 fates right) and 69 noise, and one noise
    report its rules made (``[[added]]``); zh16 judged the twenty zh13's rule makes on it (19
    formulas, 11 fates right, 1 noise; 2 aside, both formulas), zh17 two its list pairing
    makes (2 formulas, 1 fate right; tuning), the lead two the session's merge makes (2
    formulas, 2 fates right; tuning), zh20 four its list pairing makes (4 formulas, 4 fates
    right; tuning), the lead three zh19's and zh20's rules make on its aside part after the
    merge (2 formulas, 1 fate right, 1 noise), zh21 two noise its cut names make (tuning), zh22
    four its kept tails make (4 formulas, 4 fates right; 1 aside), zh24 one clause its modified
    cores leave standing (1 formula, 1 fate right; tuning), zh26 eight zh23's better_partner
    makes (7 formulas, 4 fates right, 1 noise; 2 aside, both formulas), zh25 one its rebuilt
    background makes (1 formula, 1 fate right; aside), the lead three the merged rules make on
    xi-mirziyoyev (2 formulas, 2 fates right, 1 noise; tuning), zh32 one line it leaves
    one-sided on xi-mirziyoyev (1 formula, fate wrong; tuning); cnv2 re-judged five of its fates
    persisted by convention (c) (a lead verb swapped before the same object; 3 tuning, 2 aside:
    248 right -> 243); cnv5 two lone greetings it tells (xi-japarov, xi-mirziyoyev; tuning: 2
    formulas, 2 fates right); the lead one the rebuilt background of bg1 and e50 makes on
    xi-mirziyoyev (1 formula, 1 fate right; tuning); rev9 five of fat2's kept objects (5
    formulas, 4 fates right; 2 aside, xi-abiy's said changed of a kept line); the fortieth
    session's zh10 one world-situation entry on xi-japarov (1 formula, 1 fate right; tuning);
    the forty-first session's zn5 two left unjudged at a5334549 on xi-japarov (2 formulas, 2
    fates right; tuning) and zh12 eleven multilateral-concert entries on xi-abiy, xi-japarov and
    xi-mirziyoyev (11 formulas, 8 fates right) and the lead three lines left one-sided around
    them on xi-mirziyoyev (3 formulas, 3 fates right); the forty-second session's jd1 seven the
    session's rules left unjudged on xi-abiy, xi-japarov and xi-mirziyoyev (5 formulas, 2 fates
    right, 2 noise; 1 formula and 1 noise aside); the forty-third session's lead two after e66's
    background on xi-mirziyoyev (2 formulas, 2 fates right); the forty-fourth session's lead one
    nz5's rule makes on xi-mirziyoyev (1 noise; tuning); the forty-eighth session's chg1 the 14
    documents lines its rule makes on xi-abiy, xi-japarov and xi-mirziyoyev (14 formulas, 14
    fates right; 4 aside); the forty-ninth session's chg2 the 8 talks lines its rule makes on
    xi-japarov and xi-mirziyoyev (8 formulas, 8 fates right; 1 aside); the fifty-first
    session's zh47 one its Chinese reworded phrases make on xi-mirziyoyev (1 noise; tuning); the
    fifty-second session's chg5 two its run-on wordings make on xi-mirziyoyev and xi-japarov (1
    formula, 1 fate right, 1 noise; tuning); the fifty-fourth session's lk5 six its far-apart
    links re-pointed make on xi-abiy and xi-japarov (5 formulas, 3 fates right, 1 noise; all
    aside); the fifty-fourth session's bg4 three its rebuilt background makes on xi-japarov (2
    formulas, 2 fates right, 1 noise; the noise on one of the batch's aside pairs below; net of
    the reports it makes no more); the three pairs
    ``random.Random(23)``
    drew are aside, and no series is one of zh10's."""
    counted, names = _batch("zh14", "cctv.txt", aside=[0, 1, 4])
    assert (counted["all"].formulas, counted["all"].right, counted["all"].noise) == (346, 297, 84)
    assert (counted["aside"].formulas, counted["aside"].noise) == (91, 24)
    earlier = {str(p["a"]).split("__")[0] for p in pairs() if p.get("batch") == "zh10"}
    assert not earlier & {str(a).split("__")[0] for a, _ in names}


def test_the_english_batch_en15_scores_its_own_pairs_only() -> None:
    """acc31's ten White House pairs (batch "en15": Harris with bin Zayed and Morawiecki, Sullivan
    with Hulata and Tsikhanouskaya, Biden with Tshisekedi and Fernández, Finer with Ali), judged
    at the base d3391cc3: 57 reports judged formula (53 fates right) and 2 noise, all on the
    tuning part; the three pairs ``random.Random(31)`` drew are aside, and no series is in any
    other batch or section of the sample. The two Sullivan–Hulata pairs (the aside pair 7 and
    tuning pair 8: 6 formulas, 5 right) were withdrawn at the merge, the series being in the
    evaluation set's fresh batch: 8 pairs, 51 formulas, 48 right, the two first pairs aside.
    acc32's role_objects adds one on Harris–bin Zayed (tuning, right): 52 and 49; cnv5's lone
    greeting on COP28, appeared then dropped on Harris–bin Zayed (tuning, right): 54 and 51;
    acc60's named relationship phrases on Harris–bin Zayed (tuning, two formulas said as one
    changed line): 55 and 51."""
    counted, names = _batch("en15", "wh.txt", aside=[0, 1])
    assert (counted["all"].formulas, counted["all"].right, counted["all"].noise) == (55, 51, 2)
    assert (counted["aside"].formulas, counted["aside"].noise) == (11, 0)
    assert len(names) == 8
    mine_series = {str(a).split("__")[0] for a, _ in names}
    others = {str(p["a"]).split("__")[0] for p in pairs() if p.get("batch") != "en15"}
    assert not mine_series & others


def test_every_pair_is_two_files_of_one_series_in_date_order() -> None:
    """A pair is two readouts of the same series and publisher, the earlier one first, and no
    series of the sample is one of the formula evaluation set's."""
    evaluated = {f.name.split("__")[0] for f in (ROOT / "eval" / "formulas").glob("*__*.txt")}
    for pair in pairs():
        a, b = str(pair["a"]).split("__"), str(pair["b"]).split("__")
        assert (ROOT / "eval" / "noise" / str(pair["a"])).is_file()
        assert (ROOT / "eval" / "noise" / str(pair["b"])).is_file()
        assert a[0] == b[0] and a[2] == b[2] and a[1] < b[1], pair
        assert a[0] not in evaluated, a[0]


def test_a_status_that_moved_unknown_reports_and_noise() -> None:
    pair = "x.txt -> y.txt"
    judged: Judged = {
        (pair, "a1", None): Judgement("formula", "", "dropped", "dropped", False),
        (pair, "a2", "b2"): Judgement("formula", "", "changed", "two", False),
        (pair, "a3", "b3"): Judgement("formula", "", "persisted", "changed", True),
        (pair, "n", None): Judgement("noise", "cut", "", "", False),
    }
    found: list[Report] = [
        (pair, "tuning", "a1", None, "f", "dropped"),
        (pair, "tuning", "a2", "b2", "f", "changed"),
        (pair, "aside", "a3", "b3", "f", "changed"),  # a later revision got it right
        (pair, "aside", "n", None, "f", "dropped"),
        (pair, "aside", "new", None, "f", "dropped"),
    ]
    tallies = tally(found, judged)
    assert (tallies["all"].formulas, tallies["all"].right) == (3, 2)
    assert tallies["tuning"].wrong == Counter({kind("changed", "two"): 1})
    assert (tallies["aside"].noise, tallies["aside"].unjudged) == (1, 1)
    assert wrong_list(found, judged) == [
        "- said changed, is two formulas: 'a2' -> 'b2'  (x.txt -> y.txt)"
    ]


def test_this_checkout_reports_a_status_for_every_formula(found: list[Report]) -> None:
    assert found and {r[5] for r in found} <= STATUSES


def test_every_report_of_this_checkout_is_judged(found: list[Report]) -> None:
    """A change that makes a report the judged file lacks fails here, not only in
    ``score_noise.py``: judge it (``score_noise.py --show-unjudged``) into ``[[added]]``."""
    judged = verdicts()
    unjudged = [
        f"{pair}: {a!r} -> {b!r} ({status})"
        for pair, _, a, b, _, status in found
        if (judged.get((pair, a, b)) is None)
        or (judged[(pair, a, b)].verdict != "noise" and not judged[(pair, a, b)].fate)
    ]
    assert unjudged == [], "\n".join(unjudged)
    assert tally(found, judged)["all"].unjudged == 0


def test_a_folder_without_readoutdiff_is_one_error_line(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        emitted_from(tmp_path, "x.py", [], "score_noise_fates", "x")
    message = str(stopped.value.code)
    assert message.startswith("score_noise_fates: error: ") and "\n" not in message


def test_other_src_is_scored_in_the_same_run(
    capsys: pytest.CaptureFixture[str], scored_once: None
) -> None:
    assert main(["--other", str(ROOT / "src")]) == 0
    out = capsys.readouterr().out
    mine = [line.split("|")[3:5] for line in out.splitlines() if "| this checkout | all |" in line]
    other = [
        line.split("|")[3:5] for line in out.splitlines() if f"| {ROOT / 'src'} | all |" in line
    ]
    assert mine and mine == other
