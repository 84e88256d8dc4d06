"""Mining real Chinese readouts (the xi-starmer dev pairs of eval/formulas): a phrase is read in
the segmenter's words, reaches a clause, never starts or ends on a function word, and names,
offices and the frame of a readout are no formula."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import Any

import pytest

from readoutdiff import compare
from readoutdiff.formulas.entries.field_lists import FIELD_LIST_ID
from readoutdiff.formulas.entries.kept_tails import TAIL_ID
from readoutdiff.formulas.lexicon.ids import bare_id
from readoutdiff.formulas.mining import recurrence, zh_phrases
from readoutdiff.formulas.unpaired.concert_zh import ID as CONCERT_ID
from readoutdiff.formulas.unpaired.world_zh import ID as WORLD_ID
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.formulas.words.roles import STOP_WORDS, stop_words
from readoutdiff.ingest import from_text, load
from readoutdiff.languages import function_stems, zh
from readoutdiff.model import GREETING, Options

EVAL = Path(__file__).resolve().parent.parent / "eval" / "formulas"
STARMER = [EVAL / f"xi-starmer__{day}__cctv.txt" for day in ("2024-08-23", "2024-11-18")]
CLAUSE = "联合国安理会常任理事国和世界主要经济体"


def _sighted(text: str, first: int = 0) -> list[str]:
    readout = from_text(text)
    words = readout_words(readout)[0]
    found = zh_phrases.sighted("shared", readout, words, first, len(words.stems))
    return [wording for _, _, wording in found]


def test_a_clause_both_readouts_say_is_mined_and_persisted() -> None:
    a, b = load(str(STARMER[0])), load(str(STARMER[1]))
    comparison = compare(a, b, options=Options(background=False))
    # The lists of fields of cooperation are paired by a rule of their own (field_lists.py), and
    # so are two clauses ending in one rare noun (kept_tails.py: 秉持伙伴定位 -> 秉持战略伙伴定位),
    # and the greetings A says alone (greetings.py, convention (e): Xi's on Starmer taking office),
    # and the reading of the world in each readout (world_zh.py, convention (l): 国际形势变乱交织 ->
    # 当前世界进入新的动荡变革期), and the line of acting together in the bodies (concert_zh.py:
    # B's 英方愿同中方加强多边沟通协调, appeared, as the hand list says).
    own = (FIELD_LIST_ID, TAIL_ID, GREETING, WORLD_ID, CONCERT_ID)
    mined = [
        f for f in comparison.formulas if f.id.startswith("mined:") and bare_id(f.id) not in own
    ]
    assert [(f.status.value, f.a_text, f.b_text) for f in mined] == [("persisted", CLAUSE, CLAUSE)]
    # With the Chinese background the same: its stock part, 世界主要经济体, was a background
    # phrase at the threshold (5 readouts of 5 counterparts) until branch e30 left the
    # counterparts of its series out of the background (eval/formulas/SOURCES.md).
    kept = {(f.status.value, f.a_text, f.b_text) for f in compare(a, b).formulas}
    assert ("persisted", CLAUSE, CLAUSE) in kept
    assert not any(
        f.id.startswith("background:") for f in compare(a, b).formulas if f.a_text == CLAUSE
    )


def test_edges_move_to_word_edges_and_past_function_words() -> None:
    # a run from the second character would start inside the segmenter's word "中英同"
    assert _sighted("中英同为" + CLAUSE, first=1) == [CLAUSE]
    # "愿同", the subject "中方" and "的" at the edges are trimmed, the clause between them kept
    assert _sighted("愿同中方加强战略沟通的") == ["加强战略沟通"]


def test_names_offices_places_and_dates_are_no_formula() -> None:
    assert _sighted("国家主席习近平在人民大会堂") == []  # office
    assert _sighted("在人民大会堂") == []  # one name of a place, no content word
    assert _sighted("2024年11月18日举行重要活动") == []  # date
    assert _sighted("双方就共同关心的问题交换意见") == []  # boilerplate


def test_chinese_function_words_trim_mined_phrases_but_are_no_stop_words() -> None:
    """zh.FUNCTION_WORDS edge the mined Chinese phrases; the formula stage's stop words, read
    where a Chinese word is one character, stay the English ones for Chinese."""
    assert not function_stems("zh") and not function_stems("en")
    assert stop_words("zh") == STOP_WORDS
    assert "在" in zh.FUNCTION_WORDS and "中" not in zh.FUNCTION_WORDS


def test_a_series_of_chinese_readouts_recurs_in_clauses_not_in_fragments() -> None:
    found = [e.text for e in recurrence.recurring([load(str(p)) for p in STARMER])]
    assert CLAUSE in found
    assert all(len(text) >= zh_phrases.MIN_CHARACTERS for text in found)
    assert not [text for text in found if text[0] in "在同愿的和与对" or text[-1] in "在同的和与"]


def test_a_short_chinese_phrase_needs_more_readouts_of_a_history() -> None:
    # four characters are two words: said in three readouts, 2 + 3 < HISTORY_EVIDENCE
    assert not recurrence.from_history(tuple("互利共赢"), {0, 1, 2}, earlier=1)
    assert recurrence.from_history(tuple(CLAUSE), {0, 1}, earlier=1)
    assert recurrence.from_history(("as", "long", "as", "it", "take"), {0, 1}, earlier=1)


def test_a_subject_with_its_bare_verb_an_occasion_and_a_title_are_no_formula() -> None:
    """Phrases of the CCTV archive's readouts (the background's source): a clause's subject,
    adverb and verb states how things go; a banquet is an occasion; 总书记 is an office. A
    predicate with its object stays a phrase."""
    assert zh_phrases.standing_why("两国关系进一步发展") == "clause"
    assert zh_phrases.standing_why("中国始终坚持") == "clause"  # 走和平发展道路 cut off
    assert zh_phrases.standing_why("举行的欢迎宴会") == "occasion"
    assert zh_phrases.standing_why("国际合作高峰论坛") == "occasion"
    assert zh_phrases.standing_why("再次当选中共中央总书记") == "office"
    assert zh_phrases.standing_why("坚持多边主义") is None
    assert zh_phrases.standing_why("推动两国关系进一步发展") is None
    assert _sighted("对此高度赞赏") == ["高度赞赏"]  # "to this", as 就此, edges no phrase


def test_a_verbal_noun_cut_from_its_noun_phrase_starts_no_formula() -> None:
    """Phrases of the background before zh7 (CCTV's archive): 合作 or 发展, the head of a noun
    phrase whose modifiers were cut off, then its predicate, is a clause cut; the predicate with
    its object, and two words that are one formula (合作共赢), stay phrases."""
    assert zh_phrases.standing_why("合作取得更多成果") == "clause"  # 两国中文教育合作…
    assert zh_phrases.standing_why("发展发挥积极作用") == "clause"  # …进一步发展发挥积极作用
    assert zh_phrases.standing_why("合作不断深化") == "clause"
    assert zh_phrases.standing_why("发挥积极作用") is None
    assert zh_phrases.standing_why("合作共赢") is None
    assert zh_phrases.standing_why("合作伙伴关系") is None


def test_a_chinese_function_word_after_a_phrase_does_not_cut_it() -> None:
    """recurrence.next_word, which the background's builder counts: 的 after 加强务实合作 ends
    the phrase where it ends (as English "of"); a character that goes on cuts it."""
    readout = from_text("两国要加强务实合作的共识。")
    words = readout_words(readout)[0]
    assert recurrence.next_word((words, 3, 9), "zh") == "的"
    assert recurrence.next_word((words, 3, 8), "zh") == "+作"
    assert recurrence.next_word((words, 3, 8), "en") == "+作"


def test_a_state_visits_welcome_and_the_papers_signed_are_the_readouts_frame() -> None:
    """Phrases of the background before zh7 (CCTV's items on state visits): the welcome and the
    documents signed before the leaders recur in every such readout but are no wording; a
    formula naming documents stays a phrase."""
    assert zh_phrases.standing_why("天安门广场鸣放21响礼炮") == "boilerplate"
    assert zh_phrases.standing_why("礼兵列队致敬") == "boilerplate"
    assert zh_phrases.standing_why("领域多项双边合作文件") == "boilerplate"
    assert zh_phrases.standing_why("两国领导人共同见证签署") == "boilerplate"
    assert zh_phrases.standing_why("恪守中日四个政治文件") is None
    assert zh_phrases.standing_why("运动会开幕式") == "occasion"
    assert zh_phrases.standing_why("纪念中国人民抗日战争胜利80周年活动") == "occasion"


def test_a_chinese_quotation_alone_is_no_formula_on_either_side() -> None:
    """Wang Yi–Baerbock (dev): the May readout quotes the image of the day, “超级发动机”, once;
    a Chinese readout writes its formulas bare, so a quotation of one side mines nothing. Quoted
    by both sides, the quotation alone is still no report (zh10: a wording that is the whole of
    a quotation is a name, judged noise on the 新闻联播 batch of eval/noise); the sentence's
    other words, said on both sides, are not a formula either. (Since branch chg2 the February
    readout's discussion of Ukraine is told as its own line, dropped, as the hand list has it.)"""
    days = ("2022-02-26", "2022-05-24")
    a, b = (load(str(EVAL / f"wangyi-baerbock__{day}__mfa-zh.txt")) for day in days)
    mined = [f for f in compare(a, b).formulas if f.id.startswith("mined:")]
    talks = [(f.status.value, f.a_text, f.b_text) for f in mined if f.id.startswith("mined:talks")]
    assert talks == [("dropped", "双方重点就当前乌克兰局势交换意见", None)]
    assert not [f for f in mined if not f.id.startswith("mined:talks")]
    said = "王毅表示，双方要不断为这一“超级发动机”注入新燃料。"
    both = compare(from_text(said), from_text(said), options=Options(background=False))
    assert not [f for f in both.formulas if "超级发动机" in (f.a_text or "")]


def test_a_long_sentence_is_cut_into_words_once_not_once_per_phrase(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A Chinese text with no full stop is one sentence; each phrase sighted in it cut the whole
    sentence again (a 74 KB one: 175 s). The words of the last sentence are kept."""
    clause = "双方同意加强各领域务实合作，推动两国关系健康稳定发展，共同维护国际公平正义，"
    a = clause * 60
    b = a.replace("务实合作", "互利合作", 30)
    cuts: list[int] = []
    real = zh_phrases._cut

    def counted(readout: Any, words: Any) -> Any:
        cuts.append(words.sentence)
        return real(readout, words)

    monkeypatch.setattr(zh_phrases, "_cut", counted)
    compare(from_text(a, path="a.txt"), from_text(b, path="b.txt"))
    assert 0 < len(cuts) <= 4


def test_a_series_row_never_starts_after_the_joining_tong_of_two_parties() -> None:
    """xi-bin-salman (CCTV, dev): "中国同阿拉伯国家关系" names both parties of the relations; a
    row starting after its trimmed 同 ("阿拉伯国家关系", "关系发展") is that whole cut. A phrase
    after a 对 that governs its object ("沙中关系" of "我对沙中关系前景充满信心") stays whole."""
    readouts = [
        load(EVAL / f"xi-bin-salman__{date}__cctv.txt")
        for date in ("2022-12-08", "2023-03-28", "2026-04-20")
    ]
    texts = {e.text for e in recurrence.recurring(readouts)}
    assert not texts & {"阿拉伯国家关系", "国家关系", "关系发展"}
    assert "沙中关系" in texts


def test_a_phrase_s_words_are_found_by_bisection_as_by_a_walk_through_the_sentence() -> None:
    """xi-starmer (CCTV, dev): each sentence's segmenter words follow one another over its
    character words, so the words inside any run of them are one slice, found by bisecting the
    words' starts and ends (fix6), the same as those a walk through every word kept."""
    for path in STARMER:
        readout = load(str(path))
        for words in readout_words(readout):
            every, starts, ends = zh_phrases._indexed(readout, words)
            assert [t[0] for t in every] == [0, *ends[:-1]] and ends[-1] == len(words.stems)
            for first in range(len(words.stems)):
                for end in range(first, len(words.stems) + 1):
                    at = bisect_left(starts, first)
                    walked = [t for t in every if first <= t[0] and t[1] <= end]
                    assert every[at : max(bisect_right(ends, end), at)] == walked
