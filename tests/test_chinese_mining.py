"""Mining real Chinese readouts (the xi-starmer dev pairs of eval/formulas): a phrase is read in
the segmenter's words, reaches a clause, never starts or ends on a function word, and names,
offices and the frame of a readout are no formula."""

from __future__ import annotations

from pathlib import Path

from readoutdiff import compare
from readoutdiff.formulas.mining import recurrence, zh_phrases
from readoutdiff.formulas.words.phrases import readout_words
from readoutdiff.formulas.words.roles import STOP_WORDS, stop_words
from readoutdiff.ingest import from_text, load
from readoutdiff.languages import function_stems, zh
from readoutdiff.model import Options

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
    mined = [f for f in comparison.formulas if f.id.startswith("mined:")]
    assert [(f.status.value, f.a_text, f.b_text) for f in mined] == [("persisted", CLAUSE, CLAUSE)]
    # With the Chinese background its stock part, 世界主要经济体, is known and persisted instead.
    kept = {(f.id, f.status.value) for f in compare(a, b).formulas}
    assert ("background:" + "-".join("世界主要经济体"), "persisted") in kept


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
